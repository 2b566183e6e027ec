//! Mediation on its own clock (PERKI 1/2013 Art. 29, 37-41): it starts at the first
//! meeting, runs 14 working days, may be extended once by 7, and ends by an agreement
//! (then `case decide --via mediation`) or a failure (adjudication follows). A dispute
//! over exempt information (ground (a) of Art. 35(1)) skips mediation. The steps move no
//! state of the lifecycle; they are recorded on a qualified case.

use super::error::{DateOf, DomainError};
use super::rules::Field;
use super::workdays::Calendar;
use super::{Date, EventKind, Ground, State};

/// Working days from the first meeting within which mediation runs.
pub const MEDIATION_WITHIN: u32 = 14;
/// Working days the one extension adds.
pub const EXTENSION: u32 = 7;
/// The states in which a mediation step may be recorded.
pub const MEDIATION_STATES: &[State] = &[State::Qualified];
/// The grounds whose disputes go straight to adjudication (exempt information).
pub const NO_MEDIATION_GROUNDS: &[Ground] = &[Ground::A];

/// A mediation step a clerk records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediationStep {
    /// The first meeting.
    Start,
    Extend {
        reason: String,
    },
    Fail {
        reason: String,
    },
    Agree,
}

impl MediationStep {
    pub fn kind(&self) -> EventKind {
        match self {
            MediationStep::Start => EventKind::MediationStart,
            MediationStep::Extend { .. } => EventKind::MediationExtend,
            MediationStep::Fail { .. } => EventKind::MediationFail,
            MediationStep::Agree => EventKind::MediationAgree,
        }
    }

    /// What the step keeps in its event's detail (its reason).
    pub fn detail(&self) -> Option<String> {
        match self {
            MediationStep::Extend { reason } | MediationStep::Fail { reason } => {
                Some(reason.clone())
            }
            _ => None,
        }
    }

    /// The step an event of `kind` with `detail` records.
    pub fn from_event(kind: EventKind, detail: Option<&str>) -> Option<MediationStep> {
        Some(match kind {
            EventKind::MediationStart => MediationStep::Start,
            EventKind::MediationExtend => MediationStep::Extend {
                reason: detail?.to_string(),
            },
            EventKind::MediationFail => MediationStep::Fail {
                reason: detail?.to_string(),
            },
            EventKind::MediationAgree => MediationStep::Agree,
            _ => return None,
        })
    }
}

/// A case's mediation: the dates of its steps in force.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mediation {
    /// The first meeting.
    pub started_on: Option<Date>,
    pub extended_on: Option<Date>,
    pub failed_on: Option<Date>,
    pub agreed_on: Option<Date>,
}

/// Why a mediation step is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediationFault {
    /// Mediation steps are recorded on a qualified case (its state).
    NotQualified(State),
    /// A dispute over exempt information goes straight to adjudication.
    Exempt,
    /// It started on this day already.
    Started(Date),
    NotStarted,
    /// It was extended on this day already (once only).
    Extended(Date),
    /// It ended on this day already (agreement or failure).
    Ended(Date),
}

impl Mediation {
    /// The day it ended, by agreement or failure.
    pub fn ended_on(&self) -> Option<Date> {
        self.failed_on.or(self.agreed_on)
    }

    /// Its last day: the first meeting + 14 working days, + 7 more when extended.
    pub fn due(&self, cal: &Calendar) -> Option<Date> {
        let days = MEDIATION_WITHIN
            + if self.extended_on.is_some() {
                EXTENSION
            } else {
                0
            };
        cal.add_working_days(self.started_on?, days)
    }

    /// Working days in mediation: from the first meeting to its end (or to `as_of`).
    pub fn working_days(&self, cal: &Calendar, as_of: Date) -> Option<i64> {
        let start = self.started_on?;
        Some(cal.working_days_between(start, self.ended_on().unwrap_or(as_of)))
    }

    /// Records `step` on `on` for a case in `state` on `grounds` (those of the case file),
    /// whose latest step of the lifecycle was on `after`; `case` names it in errors.
    pub fn apply(
        &self,
        case: &str,
        (state, grounds, after): (State, &[Ground], (Field, Date)),
        step: &MediationStep,
        on: Date,
    ) -> Result<Mediation, DomainError> {
        let refuse = |why| DomainError::MediationRefused {
            case: case.to_string(),
            step: step.kind(),
            why,
        };
        if !MEDIATION_STATES.contains(&state) {
            return Err(refuse(MediationFault::NotQualified(state)));
        }
        if let Some(d) = self.ended_on() {
            return Err(refuse(MediationFault::Ended(d)));
        }
        let mut next = self.clone();
        let latest = match step {
            MediationStep::Start => {
                if let Some(d) = self.started_on {
                    return Err(refuse(MediationFault::Started(d)));
                }
                if grounds.iter().any(|g| NO_MEDIATION_GROUNDS.contains(g)) {
                    return Err(refuse(MediationFault::Exempt));
                }
                next.started_on = Some(on);
                after
            }
            _ => {
                let Some(start) = self.started_on else {
                    return Err(refuse(MediationFault::NotStarted));
                };
                match step {
                    MediationStep::Extend { .. } => {
                        if let Some(d) = self.extended_on {
                            return Err(refuse(MediationFault::Extended(d)));
                        }
                        next.extended_on = Some(on);
                    }
                    MediationStep::Fail { .. } => next.failed_on = Some(on),
                    _ => next.agreed_on = Some(on),
                }
                (after.0, self.extended_on.unwrap_or(start).max(after.1))
            }
        };
        if on < latest.1 {
            return Err(DomainError::DateOrder {
                what: DateOf::Step(step.kind()),
                date: on,
                before: latest.0,
                before_date: latest.1,
            });
        }
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn at(grounds: &[Ground]) -> (State, &[Ground], (Field, Date)) {
        (
            State::Qualified,
            grounds,
            (Field::Qualified, d("2024-01-02")),
        )
    }

    #[test]
    fn fourteen_working_days_or_twenty_one_when_extended() {
        let cal = Calendar::default();
        let m = Mediation::default()
            .apply("1", at(&[]), &MediationStep::Start, d("2024-03-04"))
            .unwrap();
        // Monday 4 March + 14 working days: Friday 22 March.
        assert_eq!(m.due(&cal), Some(d("2024-03-22")));
        let e = m
            .apply(
                "1",
                at(&[]),
                &MediationStep::Extend { reason: "r".into() },
                d("2024-03-20"),
            )
            .unwrap();
        // + 7 more: Tuesday 2 April.
        assert_eq!(e.due(&cal), Some(d("2024-04-02")));
        assert!(matches!(
            e.apply(
                "1",
                at(&[]),
                &MediationStep::Extend { reason: "r".into() },
                d("2024-03-21")
            ),
            Err(DomainError::MediationRefused {
                why: MediationFault::Extended(_),
                ..
            })
        ));
    }

    #[test]
    fn exempt_information_skips_mediation() {
        let refused = Mediation::default().apply(
            "1",
            at(&[Ground::A]),
            &MediationStep::Start,
            d("2024-03-04"),
        );
        assert!(matches!(
            refused,
            Err(DomainError::MediationRefused {
                why: MediationFault::Exempt,
                ..
            })
        ));
    }

    #[test]
    fn it_ends_once_and_not_before_it_started() {
        let m = Mediation::default()
            .apply("1", at(&[]), &MediationStep::Start, d("2024-03-04"))
            .unwrap();
        assert!(matches!(
            m.apply("1", at(&[]), &MediationStep::Agree, d("2024-03-01")),
            Err(DomainError::DateOrder { .. })
        ));
        let a = m
            .apply("1", at(&[]), &MediationStep::Agree, d("2024-03-05"))
            .unwrap();
        assert_eq!(a.ended_on(), Some(d("2024-03-05")));
        assert!(matches!(
            a.apply(
                "1",
                at(&[]),
                &MediationStep::Fail { reason: "x".into() },
                d("2024-03-06")
            ),
            Err(DomainError::MediationRefused {
                why: MediationFault::Ended(_),
                ..
            })
        ));
        assert!(matches!(
            Mediation::default().apply("1", at(&[]), &MediationStep::Agree, d("2024-03-05")),
            Err(DomainError::MediationRefused {
                why: MediationFault::NotStarted,
                ..
            })
        ));
    }
}
