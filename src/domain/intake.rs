//! Intake (PERKI 1/2013 Art. 10-18): a filing is received (`case add`), may be found
//! incomplete (the notice, due within 3 working days of receipt; the applicant then has 7
//! working days to complete), and is registered (the akta registrasi) or not registered.
//! The steps are optional: a register that never records them behaves as before. They
//! move no state of the lifecycle; a filing not registered takes no further step but the
//! undo of that step, and is left out of every count but its own column.

use super::error::{DateOf, DomainError};
use super::rules::Field;
use super::workdays::Calendar;
use super::{Date, EventKind, NotRegisteredReason, State};

/// Working days after receipt within which the clerk notifies an incomplete filing.
pub const NOTICE_WITHIN: u32 = 3;
/// Working days after the notice within which the applicant completes the filing.
pub const COMPLETE_WITHIN: u32 = 7;
/// The states in which an intake step may be recorded: before the qualification.
pub const INTAKE_STATES: &[State] = &[State::Entered];

/// An intake step a clerk records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntakeStep {
    /// The notice of an incomplete filing, naming what is missing.
    Incomplete { missing: String },
    /// Complete: the akta registrasi.
    Register,
    /// Not completed in time (or another reason): not registered.
    NotRegister(NotRegisteredReason),
}

impl IntakeStep {
    pub fn kind(&self) -> EventKind {
        match self {
            IntakeStep::Incomplete { .. } => EventKind::Incomplete,
            IntakeStep::Register => EventKind::Register,
            IntakeStep::NotRegister(_) => EventKind::NotRegister,
        }
    }

    /// What the step keeps in its event's detail (the missing items; the reason's word).
    pub fn detail(&self) -> Option<String> {
        match self {
            IntakeStep::Incomplete { missing } => Some(missing.clone()),
            IntakeStep::Register => None,
            IntakeStep::NotRegister(r) => Some(r.as_str().to_string()),
        }
    }

    /// The step an event of `kind` with `detail` records (`None`: not an intake step, or
    /// a detail that does not read).
    pub fn from_event(kind: EventKind, detail: Option<&str>) -> Option<IntakeStep> {
        Some(match kind {
            EventKind::Incomplete => IntakeStep::Incomplete {
                missing: detail?.to_string(),
            },
            EventKind::Register => IntakeStep::Register,
            EventKind::NotRegister => {
                IntakeStep::NotRegister(NotRegisteredReason::parse(detail?).ok()?)
            }
            _ => return None,
        })
    }
}

/// What Art. 38's 14 and 100 working days count from, as the commission reads it (the
/// setting `deadline-basis`): the receipt of the application (the default, and the only
/// basis before intake was recorded) or its registration (the akta registrasi, PERKI
/// 1/2013 Art. 17-18). A filing not yet registered counts from its receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DeadlineBasis {
    #[default]
    Receipt,
    Registration,
}

impl DeadlineBasis {
    /// The setting's values, in order.
    pub const VALUES: [&'static str; 2] = ["receipt", "registration"];

    pub fn parse(s: &str) -> Option<DeadlineBasis> {
        match s {
            "receipt" => Some(DeadlineBasis::Receipt),
            "registration" => Some(DeadlineBasis::Registration),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        Self::VALUES[self as usize]
    }

    /// The day a case's deadlines count from: its registration where this basis says
    /// so and it was registered, else its receipt.
    pub fn from(self, received_on: Date, intake: &Intake) -> Date {
        match (self, intake.registered_on) {
            (DeadlineBasis::Registration, Some(d)) => d,
            _ => received_on,
        }
    }
}

/// Where a filing stands in intake: the dates of its steps in force.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Intake {
    /// The notice of an incomplete filing.
    pub incomplete_on: Option<Date>,
    /// The akta registrasi.
    pub registered_on: Option<Date>,
    pub not_registered_on: Option<Date>,
    pub not_registered_reason: Option<NotRegisteredReason>,
}

/// Why an intake step is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntakeFault {
    /// Intake is over: the case was qualified, or ended, already (its state).
    PastIntake(State),
    /// The filing was registered on this day already.
    Registered(Date),
    /// The filing was declared not registered on this day.
    NotRegistered(Date),
    /// The notice was given on this day already.
    Notified(Date),
    /// "Not completed" needs a notice of what was missing first.
    NoNotice,
}

impl Intake {
    /// Whether any intake step is in force.
    pub fn is_used(&self) -> bool {
        self.incomplete_on.is_some() || self.registered_on.is_some() || self.ended()
    }

    /// Whether the filing was declared not registered.
    pub fn ended(&self) -> bool {
        self.not_registered_on.is_some()
    }

    /// Records `step` on `on` for a case in `state` received on `received_on`; `case`
    /// names it in errors.
    pub fn apply(
        &self,
        case: &str,
        (state, received_on): (State, Date),
        step: &IntakeStep,
        on: Date,
    ) -> Result<Intake, DomainError> {
        let refuse = |why| DomainError::IntakeRefused {
            case: case.to_string(),
            step: step.kind(),
            why,
        };
        if let Some(d) = self.not_registered_on {
            return Err(refuse(IntakeFault::NotRegistered(d)));
        }
        if let Some(d) = self.registered_on {
            return Err(refuse(IntakeFault::Registered(d)));
        }
        if !INTAKE_STATES.contains(&state) {
            return Err(refuse(IntakeFault::PastIntake(state)));
        }
        let (before, before_date) = match self.incomplete_on {
            Some(d) => (Field::Received, d.max(received_on)),
            None => (Field::Received, received_on),
        };
        if on < before_date {
            return Err(DomainError::DateOrder {
                what: DateOf::Step(step.kind()),
                date: on,
                before,
                before_date,
            });
        }
        let mut next = self.clone();
        match step {
            IntakeStep::Incomplete { .. } => {
                if let Some(d) = self.incomplete_on {
                    return Err(refuse(IntakeFault::Notified(d)));
                }
                next.incomplete_on = Some(on);
            }
            IntakeStep::Register => next.registered_on = Some(on),
            IntakeStep::NotRegister(reason) => {
                if *reason == NotRegisteredReason::NotCompleted && self.incomplete_on.is_none() {
                    return Err(refuse(IntakeFault::NoNotice));
                }
                next.not_registered_on = Some(on);
                next.not_registered_reason = Some(*reason);
            }
        }
        Ok(next)
    }
}

/// An intake deadline of a filing still in intake.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntakeDue {
    /// The notice of an incomplete filing: receipt + 3 working days.
    Notice(Date),
    /// The completion after the notice: notice + 7 working days.
    Completion(Date),
}

impl IntakeDue {
    pub fn date(self) -> Date {
        match self {
            IntakeDue::Notice(d) | IntakeDue::Completion(d) => d,
        }
    }
}

/// The intake deadlines of a filing received on `received_on`: the notice's (while no
/// notice was given, only for a register that uses intake) and the completion's (once
/// the notice was given); none once it was registered or not registered, or left intake.
pub fn due(
    cal: &Calendar,
    state: State,
    received_on: Date,
    intake: &Intake,
    uses_intake: bool,
) -> Option<IntakeDue> {
    if intake.registered_on.is_some() || intake.ended() || !INTAKE_STATES.contains(&state) {
        return None;
    }
    match intake.incomplete_on {
        Some(n) => cal
            .add_working_days(n, COMPLETE_WITHIN)
            .map(IntakeDue::Completion),
        None if uses_intake => cal
            .add_working_days(received_on, NOTICE_WITHIN)
            .map(IntakeDue::Notice),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_notice_then_a_registration() {
        let i = Intake::default();
        let n = i
            .apply(
                "1",
                (State::Entered, d("2021-07-26")),
                &IntakeStep::Incomplete {
                    missing: "KTP".into(),
                },
                d("2021-07-27"),
            )
            .unwrap();
        assert_eq!(n.incomplete_on, Some(d("2021-07-27")));
        let r = n
            .apply(
                "1",
                (State::Entered, d("2021-07-26")),
                &IntakeStep::Register,
                d("2021-08-22"),
            )
            .unwrap();
        assert_eq!(r.registered_on, Some(d("2021-08-22")));
        // Once registered, nothing more.
        let again = r.apply(
            "1",
            (State::Entered, d("2021-07-26")),
            &IntakeStep::Register,
            d("2021-08-23"),
        );
        assert!(matches!(
            again,
            Err(DomainError::IntakeRefused {
                why: IntakeFault::Registered(_),
                ..
            })
        ));
    }

    #[test]
    fn not_completed_needs_a_notice_and_ends_intake() {
        let i = Intake::default();
        let step = IntakeStep::NotRegister(NotRegisteredReason::NotCompleted);
        let at = (State::Entered, d("2024-01-02"));
        assert!(matches!(
            i.apply("1", at, &step, d("2024-01-20")),
            Err(DomainError::IntakeRefused {
                why: IntakeFault::NoNotice,
                ..
            })
        ));
        let other = IntakeStep::NotRegister(NotRegisteredReason::Other);
        let ended = i.apply("1", at, &other, d("2024-01-20")).unwrap();
        assert!(ended.ended());
        assert!(matches!(
            ended.apply("1", at, &IntakeStep::Register, d("2024-01-21")),
            Err(DomainError::IntakeRefused {
                why: IntakeFault::NotRegistered(_),
                ..
            })
        ));
    }

    #[test]
    fn no_step_before_receipt_or_after_qualification() {
        let i = Intake::default();
        let r = IntakeStep::Register;
        assert!(matches!(
            i.apply("1", (State::Entered, d("2024-01-02")), &r, d("2024-01-01")),
            Err(DomainError::DateOrder { .. })
        ));
        assert!(matches!(
            i.apply(
                "1",
                (State::Qualified, d("2024-01-02")),
                &r,
                d("2024-01-03")
            ),
            Err(DomainError::IntakeRefused {
                why: IntakeFault::PastIntake(State::Qualified),
                ..
            })
        ));
    }

    #[test]
    fn the_deadlines_count_working_days_after_the_day() {
        let cal = Calendar::default();
        // Friday 5 January 2024: +3 working days is Wednesday the 10th.
        let received = d("2024-01-05");
        let none = Intake::default();
        assert_eq!(
            due(&cal, State::Entered, received, &none, true),
            Some(IntakeDue::Notice(d("2024-01-10")))
        );
        assert_eq!(due(&cal, State::Entered, received, &none, false), None);
        let notified = Intake {
            incomplete_on: Some(d("2024-01-08")),
            ..Intake::default()
        };
        // Monday the 8th + 7 working days: Wednesday the 17th.
        assert_eq!(
            due(&cal, State::Entered, received, &notified, false),
            Some(IntakeDue::Completion(d("2024-01-17")))
        );
        assert_eq!(due(&cal, State::Qualified, received, &notified, true), None);
    }
}
