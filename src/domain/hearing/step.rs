//! One hearing step on the one hearing it touches: the procedure's checks of a step and
//! the hearing it leaves, apart from the case's other hearings (which no step reads).

use super::{Hearing, HearingStep};
use crate::domain::error::{DateOf, DomainError};
use crate::domain::rules::{Field, HEARING_MOVES, NO_HEARINGS_IN};
use crate::domain::{Date, State};

/// [`apply_with`] on the one hearing a step touches (`current`, the hearing of the step's
/// number if the case has it): the hearing as the step leaves it. A step reads no other
/// hearing, so an import keeps each case's hearings by number and checks a row in
/// constant time, however many hearings the case already has.
pub fn step_one(
    case: &str,
    (state, closed_ok): (State, bool),
    received: Date,
    current: Option<&Hearing>,
    step: &HearingStep,
    (on, today): (Date, Option<Date>),
) -> Result<Hearing, DomainError> {
    let kind = step.kind();
    if NO_HEARINGS_IN.contains(&state) && !closed_ok {
        return Err(DomainError::HearingOnClosedCase {
            case: case.to_string(),
            state,
        });
    }
    let before_receipt = |what, date: Date| {
        (date < received).then_some(DomainError::DateOrder {
            what,
            date,
            before: Field::Received,
            before_date: received,
        })
    };
    if let Some(e) = before_receipt(DateOf::Step(kind), on) {
        return Err(e);
    }
    if let HearingStep::Schedule { on: date, .. } | HearingStep::Postpone { to: date, .. } = step
        && let Some(e) = before_receipt(DateOf::Hearing, *date)
    {
        return Err(e);
    }
    let (_, from, to) = HEARING_MOVES
        .iter()
        .find(|(k, _, _)| *k == kind)
        .copied()
        .expect("every hearing step is in the table");
    let no = step.no();
    let mut h = match (from, current) {
        (None, Some(_)) => {
            return Err(DomainError::HearingNumberTaken {
                case: case.to_string(),
                no,
            });
        }
        (Some(_), None) => {
            return Err(DomainError::NoSuchHearing {
                case: case.to_string(),
                no,
            });
        }
        (Some(want), Some(h)) if h.status != want => {
            return Err(DomainError::HearingRefused {
                case: case.to_string(),
                no,
                status: h.status,
                step: kind,
            });
        }
        (_, current) => current.cloned(),
    };
    match step {
        HearingStep::Schedule {
            no,
            kind,
            on: date,
            at,
            room,
            panel,
        } => {
            h = Some(Hearing {
                no: *no,
                kind: *kind,
                on: *date,
                at: at.clone(),
                room: room.clone(),
                panel: panel.clone(),
                status: to,
                first_on: *date,
                postponements: 0,
                applicant: None,
                respondent: None,
                reason: None,
            })
        }
        HearingStep::Postpone {
            to: date, reason, ..
        } => {
            let h = h.as_mut().expect("checked");
            if *date == h.on || *date < on {
                return Err(DomainError::BadPostponement {
                    case: case.to_string(),
                    no,
                    from: h.on,
                    to: *date,
                    recorded: on,
                });
            }
            h.on = *date;
            h.postponements += 1;
            h.reason = Some(reason.clone());
        }
        HearingStep::Cancel { reason, .. } => {
            let h = h.as_mut().expect("checked");
            h.status = to;
            h.reason = Some(reason.clone());
        }
        HearingStep::Held {
            applicant,
            respondent,
            ..
        } => {
            let h = h.as_mut().expect("checked");
            if today.is_some_and(|t| t < h.on) || on != h.on {
                return Err(DomainError::HearingNotYet {
                    case: case.to_string(),
                    no,
                    on: h.on,
                    today: today.unwrap_or(on),
                });
            }
            h.status = to;
            h.applicant = Some(*applicant);
            h.respondent = Some(*respondent);
        }
    }
    Ok(h.expect("set by the step"))
}

/// A finished case takes the past records of an import, never a hearing still to come:
/// a hearing left scheduled on a case in [`NO_HEARINGS_IN`] would be summoned for a case
/// that no longer sits.
pub fn none_pending_on_closed(case: &str, state: State, h: &Hearing) -> Result<(), DomainError> {
    if NO_HEARINGS_IN.contains(&state) && h.status == crate::domain::HearingStatus::Scheduled {
        return Err(DomainError::HearingOnClosedCase {
            case: case.to_string(),
            state,
        });
    }
    Ok(())
}
