//! The replay of a case's history: the facts, hearings, appeals, void, intake and
//! mediation it leads to, and the steps still in force that an undo walks back.

use super::{Facts, Recorded, Void};
use crate::domain::appeal::{self, Appeals};
use crate::domain::error::{DateOf, DomainError, HistoryFault};
use crate::domain::hearing::{self, Hearing};
use crate::domain::intake::{Intake, IntakeFault};
use crate::domain::mediation::Mediation;
use crate::domain::rules::{self, Field};
use crate::domain::{Date, EventKind};

/// What a history leads to: the case's facts, hearings, appeals after the decision and
/// void, and the steps still in force (latest last, each with its event number and
/// date), which `undo` walks back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replayed {
    pub facts: Facts,
    pub hearings: Vec<Hearing>,
    pub appeals: Appeals,
    pub void: Option<Void>,
    pub intake: Intake,
    pub mediation: Mediation,
    pub live: Vec<(i64, Date)>,
}

/// Everything a step can change.
#[derive(Debug)]
struct Snapshot {
    facts: Facts,
    hearings: Vec<Hearing>,
    appeals: Appeals,
    void: Option<Void>,
    intake: Intake,
    mediation: Mediation,
}

/// What a step changed, as it was before: what its undo puts back. Only that part is
/// kept, not the whole [`Snapshot`]: a copy of every hearing at each step made a case's
/// replay quadratic in its hearings (one case of 6,600 hearings: `case show` 11 s,
/// `verify` 37 s and gigabytes).
#[derive(Debug)]
enum Before {
    /// The facts, and the hearings when the step cancelled those still to come.
    Facts(Facts, Option<Vec<Hearing>>),
    /// The hearing at this place of the list: what it was, or none (the step added it,
    /// last).
    Hearing(usize, Option<Hearing>),
    Appeals(Appeals),
    Void(Option<Void>),
    Intake(Intake),
    Mediation(Mediation),
}

impl Snapshot {
    /// Puts back what a step changed.
    fn restore(&mut self, before: Before) {
        match before {
            Before::Facts(facts, hearings) => {
                self.facts = facts;
                if let Some(h) = hearings {
                    self.hearings = h;
                }
            }
            Before::Hearing(at, Some(h)) => self.hearings[at] = h,
            Before::Hearing(at, None) => self.hearings.truncate(at),
            Before::Appeals(a) => self.appeals = a,
            Before::Void(v) => self.void = v,
            Before::Intake(i) => self.intake = i,
            Before::Mediation(m) => self.mediation = m,
        }
    }
}

/// Replays a history: the state it implies. A void entry takes nothing more but what
/// [`rules::ON_VOID_CASES`] says, and only an entry with no step in force can be voided.
pub fn replay(case: &str, events: &[Recorded]) -> Result<Replayed, DomainError> {
    let broken = |why| DomainError::BrokenHistory {
        case: case.to_string(),
        why,
    };
    let Some(Recorded::Add { received_on }) = events.first() else {
        return Err(broken(HistoryFault::NoEntry));
    };
    // Each element: the step's event number, date and kind, and what it changed from.
    let mut stack: Vec<(i64, Date, EventKind, Before)> = Vec::new();
    let mut now = Snapshot {
        facts: Facts::new(*received_on),
        hearings: Vec::new(),
        appeals: Appeals::default(),
        void: None,
        intake: Intake::default(),
        mediation: Mediation::default(),
    };
    for event in &events[1..] {
        match event {
            Recorded::Add { .. } => return Err(broken(HistoryFault::SecondEntry)),
            _ if now.void.is_some() && !rules::ON_VOID_CASES.contains(&event.kind()) => {
                return Err(DomainError::CaseIsVoid {
                    case: case.to_string(),
                });
            }
            // A filing not registered takes nothing more but the undo of that step (and
            // the corrections a void entry takes).
            _ if now.intake.ended() && !rules::ON_VOID_CASES.contains(&event.kind()) => {
                return Err(DomainError::IntakeRefused {
                    case: case.to_string(),
                    step: event.kind(),
                    why: IntakeFault::NotRegistered(now.intake.not_registered_on.expect("ended")),
                });
            }
            Recorded::Intake { seq, step, on } => {
                let at = (now.facts.state(), now.facts.received_on);
                let next = now.intake.apply(case, at, step, *on)?;
                let before = Before::Intake(std::mem::replace(&mut now.intake, next));
                stack.push((*seq, *on, step.kind(), before));
            }
            Recorded::Mediation { seq, step, on } => {
                // The grounds were checked when the step was written; the case file may
                // have changed since.
                let at = (now.facts.state(), &[][..], now.facts.last_step());
                let next = now.mediation.apply(case, at, step, *on)?;
                let before = Before::Mediation(std::mem::replace(&mut now.mediation, next));
                stack.push((*seq, *on, step.kind(), before));
            }
            Recorded::Step { seq, action, on } => {
                let next = now.facts.apply(case, action, *on)?;
                let facts = std::mem::replace(&mut now.facts, next);
                let hearings = rules::ENDS_HEARINGS.contains(&action.kind()).then(|| {
                    let before = now.hearings.clone();
                    hearing::cancel_after(&mut now.hearings, action.kind(), *on);
                    before
                });
                stack.push((*seq, *on, action.kind(), Before::Facts(facts, hearings)));
            }
            Recorded::Hearing { seq, step, on } => {
                // A history may hold the past hearing records of a finished case.
                let found = now.hearings.iter().position(|h| h.no == step.no());
                let after = hearing::step_one(
                    case,
                    (now.facts.state(), true),
                    now.facts.received_on,
                    found.map(|i| &now.hearings[i]),
                    step,
                    (*on, None),
                )?;
                let before = match found {
                    Some(i) => {
                        Before::Hearing(i, Some(std::mem::replace(&mut now.hearings[i], after)))
                    }
                    None => {
                        now.hearings.push(after);
                        Before::Hearing(now.hearings.len() - 1, None)
                    }
                };
                stack.push((*seq, *on, step.kind(), before));
            }
            Recorded::Appeal { seq, step, on } => {
                let next = appeal::apply(case, &now.facts, &now.appeals, step, *on)?;
                let before = Before::Appeals(std::mem::replace(&mut now.appeals, next));
                stack.push((*seq, *on, step.kind(), before));
            }
            Recorded::Void { seq, void } => {
                if let Some((_, _, step, _)) = stack.last() {
                    return Err(DomainError::VoidAfterSteps {
                        case: case.to_string(),
                        step: *step,
                    });
                }
                if void.on < now.facts.received_on {
                    return Err(DomainError::DateOrder {
                        what: DateOf::Step(EventKind::Void),
                        date: void.on,
                        before: Field::Received,
                        before_date: now.facts.received_on,
                    });
                }
                let before = Before::Void(now.void.replace(void.clone()));
                stack.push((*seq, void.on, EventKind::Void, before));
            }
            Recorded::Undo { reverts } => match stack.pop() {
                Some((seq, _, _, before)) if seq == *reverts => now.restore(before),
                _ => return Err(broken(HistoryFault::UndoesNotLatest)),
            },
            // A correction changes no fact (on a void entry: see `ON_VOID_CASES`).
            Recorded::Edit => {}
        }
    }
    Ok(Replayed {
        facts: now.facts,
        hearings: now.hearings,
        appeals: now.appeals,
        void: now.void,
        intake: now.intake,
        mediation: now.mediation,
        live: stack.into_iter().map(|(s, d, _, _)| (s, d)).collect(),
    })
}

/// What an undo dated `on` does to a case with this history: the step it reverts (its
/// event number) and what the history leads to after it. The entry itself cannot be
/// undone, and an undo is not dated before the step it reverts.
pub fn plan_undo(
    case: &str,
    events: &[Recorded],
    kind_of: impl Fn(i64) -> EventKind,
    on: Date,
) -> Result<(i64, Replayed), DomainError> {
    let now = replay(case, events)?;
    let Some(&(target, date)) = now.live.last() else {
        return Err(DomainError::NothingToUndo {
            case: case.to_string(),
        });
    };
    if on < date {
        return Err(DomainError::UndoBeforeStep {
            date: on,
            kind: kind_of(target),
            before: date,
        });
    }
    let mut after = events.to_vec();
    after.push(Recorded::Undo { reverts: target });
    Ok((target, replay(case, &after)?))
}
