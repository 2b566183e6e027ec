//! Hearings (sidang): what a hearing step records, how a case's hearings follow from its
//! history (the moves in [`super::rules::HEARING_MOVES`]), and the lapse rule of PERKI
//! 1/2013 (an applicant absent from two hearings held may lose the dispute).

mod clock;
mod guard;
pub mod row;
mod step;

pub use clock::{minutes, parse_time, shown_time};
pub use guard::{DayOff, Shared, Slot, clash, day_off, no_of_nth, nth, stands};
pub use step::{none_pending_on_closed, step_one};

use super::error::DomainError;
use super::{Attendance, Date, EventKind, HearingKind, HearingStatus, State};

/// A hearing of a case, as its history leaves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hearing {
    /// 1, 2, ... in the order scheduled; a number is never given twice on a case.
    pub no: i64,
    pub kind: HearingKind,
    /// Its date (after any postponement).
    pub on: Date,
    /// `HH:MM`, if set.
    pub at: Option<String>,
    pub room: Option<String>,
    pub panel: Option<String>,
    pub status: HearingStatus,
    /// The date it was first scheduled for.
    pub first_on: Date,
    pub postponements: i64,
    /// How the parties attended (a hearing held).
    pub applicant: Option<Attendance>,
    pub respondent: Option<Attendance>,
    /// Why it was last postponed or cancelled.
    pub reason: Option<String>,
}

/// What a hearing step records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HearingStep {
    Schedule {
        no: i64,
        kind: HearingKind,
        on: Date,
        at: Option<String>,
        room: Option<String>,
        panel: Option<String>,
    },
    Postpone {
        no: i64,
        to: Date,
        reason: String,
    },
    Cancel {
        no: i64,
        reason: String,
    },
    Held {
        no: i64,
        applicant: Attendance,
        respondent: Attendance,
    },
}

impl HearingStep {
    pub fn kind(&self) -> EventKind {
        match self {
            HearingStep::Schedule { .. } => EventKind::HearingSchedule,
            HearingStep::Postpone { .. } => EventKind::HearingPostpone,
            HearingStep::Cancel { .. } => EventKind::HearingCancel,
            HearingStep::Held { .. } => EventKind::HearingHeld,
        }
    }

    pub fn no(&self) -> i64 {
        match self {
            HearingStep::Schedule { no, .. }
            | HearingStep::Postpone { no, .. }
            | HearingStep::Cancel { no, .. }
            | HearingStep::Held { no, .. } => *no,
        }
    }

    /// The same step on the hearing numbered `no`.
    pub fn renumbered(self, to: i64) -> HearingStep {
        match self {
            HearingStep::Schedule {
                kind,
                on,
                at,
                room,
                panel,
                ..
            } => HearingStep::Schedule {
                no: to,
                kind,
                on,
                at,
                room,
                panel,
            },
            HearingStep::Postpone { to: d, reason, .. } => HearingStep::Postpone {
                no: to,
                to: d,
                reason,
            },
            HearingStep::Cancel { reason, .. } => HearingStep::Cancel { no: to, reason },
            HearingStep::Held {
                applicant,
                respondent,
                ..
            } => HearingStep::Held {
                no: to,
                applicant,
                respondent,
            },
        }
    }

    /// The reason it carries (postponement, cancellation).
    pub fn reason(&self) -> Option<&str> {
        match self {
            HearingStep::Postpone { reason, .. } | HearingStep::Cancel { reason, .. } => {
                Some(reason)
            }
            _ => None,
        }
    }
}

/// Applies a hearing step, dated `on` (the day it is recorded; a hearing held is recorded
/// on its own date), to a case in `state`, received on `received`, with `hearings`.
/// `today`, when given, refuses a hearing held before its date has come (replaying a
/// history does not ask). Neither the step nor the hearing's date may precede the case's
/// receipt. A finished case takes no hearing step.
pub fn apply(
    case: &str,
    state: State,
    received: Date,
    hearings: &[Hearing],
    step: &HearingStep,
    on: Date,
    today: Option<Date>,
) -> Result<Vec<Hearing>, DomainError> {
    apply_with(case, (state, false), received, hearings, step, (on, today))
}

/// [`apply`], where a finished case may take the step when `closed_ok`: the past records
/// of an import (`rules::HEARINGS_ON_CLOSED_CASES_BY`), and a replay of them.
pub fn apply_with(
    case: &str,
    (state, closed_ok): (State, bool),
    received: Date,
    hearings: &[Hearing],
    step: &HearingStep,
    (on, today): (Date, Option<Date>),
) -> Result<Vec<Hearing>, DomainError> {
    let no = step.no();
    let found = hearings.iter().position(|h| h.no == no);
    let after = step_one(
        case,
        (state, closed_ok),
        received,
        found.map(|i| &hearings[i]),
        step,
        (on, today),
    )?;
    let mut next = hearings.to_vec();
    match found {
        Some(i) => next[i] = after,
        None => next.push(after),
    }
    Ok(next)
}

/// The reason a hearing cancelled by the step that ended its case carries: the step's
/// word (`withdraw`, `decide`, ...), which the screens put in words.
pub fn ended_by(kind: EventKind) -> String {
    format!("{}{}", ENDED_BY, kind.as_str())
}

/// The prefix of [`ended_by`]'s reasons.
pub const ENDED_BY: &str = "case-ended:";

/// The step of [`ended_by`] a reason names, if it is one.
pub fn ended_by_step(reason: &str) -> Option<EventKind> {
    EventKind::parse(reason.strip_prefix(ENDED_BY)?).ok()
}

/// Cancels the hearings still scheduled after `on`, the date of the step `kind` that
/// ended the case (one on the day itself may be the reading of the decision, and stands);
/// returns how many. Part of that step: its undo restores them.
pub fn cancel_after(hearings: &mut [Hearing], kind: EventKind, on: Date) -> usize {
    let mut n = 0;
    for h in hearings
        .iter_mut()
        .filter(|h| h.status == HearingStatus::Scheduled && h.on > on)
    {
        h.status = HearingStatus::Cancelled;
        h.reason = Some(ended_by(kind));
        n += 1;
    }
    n
}

/// The hearings held at which the applicant was absent and not represented, when there
/// are two or more: the dispute may lapse (gugur), PERKI 1/2013. Each is named by its
/// place among the case's hearings that stand ("sidang ke-N").
pub fn may_lapse(hearings: &[Hearing]) -> Option<Vec<i64>> {
    let absent: Vec<i64> = hearings
        .iter()
        .filter(|h| h.status == HearingStatus::Held && h.applicant == Some(Attendance::Absent))
        .map(|h| nth(hearings, h.no).unwrap_or(h.no))
        .collect();
    (absent.len() >= 2).then_some(absent)
}

/// The date of the first hearing held, if any, on or before `as_of`.
pub fn first_held(hearings: &[Hearing], as_of: Date) -> Option<Date> {
    hearings
        .iter()
        .filter(|h| h.status == HearingStatus::Held && h.on <= as_of)
        .map(|h| h.on)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::error::DateOf;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    /// The received date of the cases of these tests.
    fn rcv() -> Date {
        d("2025-12-01")
    }

    fn schedule(no: i64, on: &str) -> HearingStep {
        HearingStep::Schedule {
            no,
            kind: HearingKind::Preliminary,
            on: d(on),
            at: Some("09:00".into()),
            room: None,
            panel: None,
        }
    }

    fn held(no: i64, applicant: Attendance) -> HearingStep {
        HearingStep::Held {
            no,
            applicant,
            respondent: Attendance::Present,
        }
    }

    #[test]
    fn a_hearing_is_held_once_on_or_after_its_date() {
        let st = State::Qualified;
        let today = Some(d("2026-11-29"));
        let hs = apply(
            "c",
            st,
            rcv(),
            &[],
            &schedule(1, "2026-12-03"),
            d("2026-11-29"),
            today,
        )
        .unwrap();
        let early = apply(
            "c",
            st,
            rcv(),
            &hs,
            &held(1, Attendance::Present),
            d("2026-12-03"),
            today,
        );
        assert!(matches!(early, Err(DomainError::HearingNotYet { .. })));
        let later = Some(d("2026-12-04"));
        let hs = apply(
            "c",
            st,
            rcv(),
            &hs,
            &held(1, Attendance::Present),
            d("2026-12-03"),
            later,
        )
        .unwrap();
        assert_eq!(hs[0].status, HearingStatus::Held);
        let twice = apply(
            "c",
            st,
            rcv(),
            &hs,
            &held(1, Attendance::Present),
            d("2026-12-03"),
            later,
        );
        assert!(matches!(twice, Err(DomainError::HearingRefused { .. })));
        let done = apply(
            "c",
            State::Done,
            rcv(),
            &hs,
            &schedule(2, "2026-12-10"),
            d("2026-12-04"),
            later,
        );
        assert!(matches!(done, Err(DomainError::HearingOnClosedCase { .. })));
    }

    #[test]
    fn postponing_moves_the_date_and_counts() {
        let st = State::Entered;
        let hs = apply(
            "c",
            st,
            rcv(),
            &[],
            &schedule(1, "2026-12-03"),
            d("2026-11-29"),
            None,
        )
        .unwrap();
        let p = HearingStep::Postpone {
            no: 1,
            to: d("2026-12-10"),
            reason: "panel away".into(),
        };
        let hs = apply("c", st, rcv(), &hs, &p, d("2026-12-03"), None).unwrap();
        assert_eq!(
            (hs[0].on, hs[0].first_on, hs[0].postponements),
            (d("2026-12-10"), d("2026-12-03"), 1)
        );
        let back = HearingStep::Postpone {
            no: 1,
            to: d("2026-12-01"),
            reason: "x".into(),
        };
        assert!(apply("c", st, rcv(), &hs, &back, d("2026-12-03"), None).is_err());
        assert!(
            apply(
                "c",
                st,
                rcv(),
                &hs,
                &schedule(1, "2026-12-20"),
                d("2026-12-03"),
                None
            )
            .is_err()
        );
    }

    #[test]
    fn two_absences_may_lapse() {
        let st = State::Qualified;
        let mut hs = Vec::new();
        for (no, date) in [(1, "2026-01-05"), (2, "2026-01-12"), (3, "2026-01-19")] {
            hs = apply(
                "c",
                st,
                rcv(),
                &hs,
                &schedule(no, date),
                d("2026-01-02"),
                None,
            )
            .unwrap();
        }
        let att = [
            Attendance::Absent,
            Attendance::Represented,
            Attendance::Absent,
        ];
        for (i, a) in att.into_iter().enumerate() {
            let on = hs[i].on;
            hs = apply("c", st, rcv(), &hs, &held(i as i64 + 1, a), on, None).unwrap();
            assert_eq!(may_lapse(&hs).is_some(), i == 2);
        }
        assert_eq!(may_lapse(&hs), Some(vec![1, 3]));
        assert_eq!(first_held(&hs, d("2026-01-10")), Some(d("2026-01-05")));
        assert_eq!(first_held(&hs, d("2026-01-04")), None);
    }

    #[test]
    fn nothing_before_the_receipt() {
        let st = State::Entered;
        let early = apply(
            "c",
            st,
            rcv(),
            &[],
            &schedule(1, "2025-11-30"),
            d("2025-12-01"),
            None,
        );
        assert!(matches!(
            early,
            Err(DomainError::DateOrder {
                what: DateOf::Hearing,
                ..
            })
        ));
        let recorded_early = apply(
            "c",
            st,
            rcv(),
            &[],
            &schedule(1, "2025-12-05"),
            d("2025-11-30"),
            None,
        );
        assert!(matches!(
            recorded_early,
            Err(DomainError::DateOrder {
                what: DateOf::Step(EventKind::HearingSchedule),
                ..
            })
        ));
        let on_the_day = apply(
            "c",
            st,
            rcv(),
            &[],
            &schedule(1, "2025-12-01"),
            d("2025-12-01"),
            None,
        );
        assert!(on_the_day.is_ok());
    }
}
