//! The lifecycle of a case, interpreted from the tables in [`super::rules`]: which step is
//! allowed from which state, what each step records, how the current facts of a case
//! follow from its history, and what an undo reverts.

use super::appeal::{self, Appeals};
use super::error::{DateOf, DomainError, HistoryFault};
use super::hearing::{self, Hearing};
use super::intake::{Intake, IntakeFault};
use super::mediation::Mediation;
use super::rules::{self, FactsAsOf, Field, PathView, STATE_BY_FACT, STEPS};
use super::{Date, EventKind, Outcome, Reason, State, Via};

/// A step a clerk records on a case, with what it records besides its date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Qualify,
    Reject(Reason),
    Withdraw,
    Decide {
        via: Via,
        outcome: Outcome,
        decision_no: Option<String>,
    },
    Close,
}

impl Action {
    /// The kind of event it records.
    pub fn kind(&self) -> EventKind {
        match self {
            Action::Qualify => EventKind::Qualify,
            Action::Reject(_) => EventKind::Reject,
            Action::Withdraw => EventKind::Withdraw,
            Action::Decide { .. } => EventKind::Decide,
            Action::Close => EventKind::Close,
        }
    }

    /// Its rule in the lifecycle table.
    pub fn rule(&self) -> &'static rules::StepRule {
        rules::step(self.kind()).expect("every action is a step of the table")
    }

    /// The action of kind `kind` that leads to `facts` (the payload read from them).
    fn from_facts(kind: EventKind, facts: &Facts) -> Option<Action> {
        Some(match kind {
            EventKind::Qualify => Action::Qualify,
            EventKind::Reject => Action::Reject(facts.not_qualified_reason?),
            EventKind::Withdraw => Action::Withdraw,
            EventKind::Decide => {
                let (via, outcome) = facts.decision?;
                Action::Decide {
                    via,
                    outcome,
                    decision_no: facts.decision_no.clone(),
                }
            }
            EventKind::Close => Action::Close,
            _ => return None,
        })
    }
}

/// The current facts of a case's path: the date of each step that has happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub received_on: Date,
    pub qualified_on: Option<Date>,
    pub not_qualified_on: Option<Date>,
    pub not_qualified_reason: Option<Reason>,
    pub withdrawn_on: Option<Date>,
    pub decided_on: Option<Date>,
    pub decision: Option<(Via, Outcome)>,
    pub decision_no: Option<String>,
    pub closed_on: Option<Date>,
}

impl Facts {
    pub fn new(received_on: Date) -> Facts {
        Facts {
            received_on,
            qualified_on: None,
            not_qualified_on: None,
            not_qualified_reason: None,
            withdrawn_on: None,
            decided_on: None,
            decision: None,
            decision_no: None,
            closed_on: None,
        }
    }

    /// The date of a date fact.
    pub fn date(&self, f: Field) -> Option<Date> {
        match f {
            Field::Received => Some(self.received_on),
            Field::Qualified => self.qualified_on,
            Field::NotQualified => self.not_qualified_on,
            Field::Withdrawn => self.withdrawn_on,
            Field::Decided => self.decided_on,
            Field::Closed => self.closed_on,
            _ => None,
        }
    }

    fn set_date(&mut self, f: Field, d: Option<Date>) {
        match f {
            Field::Received => self.received_on = d.expect("a received date"),
            Field::Qualified => self.qualified_on = d,
            Field::NotQualified => self.not_qualified_on = d,
            Field::Withdrawn => self.withdrawn_on = d,
            Field::Decided => self.decided_on = d,
            Field::Closed => self.closed_on = d,
            _ => unreachable!("{f:?} is not a date"),
        }
    }

    /// The state these facts put the case in.
    pub fn state(&self) -> State {
        STATE_BY_FACT
            .iter()
            .find(|(f, _)| self.date(*f).is_some())
            .map_or(rules::FIRST_STATE, |(_, s)| *s)
    }

    /// The state these facts had put the case in by the end of `date` (the steps dated
    /// after it not yet taken).
    pub fn state_as_of(&self, date: Date) -> State {
        STATE_BY_FACT
            .iter()
            .find(|(f, _)| self.date(*f).is_some_and(|d| d <= date))
            .map_or(rules::FIRST_STATE, |(_, s)| *s)
    }

    /// The latest date on the path so far, with its fact (the received date at first).
    pub fn last_step(&self) -> (Field, Date) {
        // On a tie, the fact later in this list is named (a rejection closes the case
        // the same day: the rejection is the step a clerk knows).
        const ORDER: [Field; 6] = [
            Field::Received,
            Field::Closed,
            Field::Decided,
            Field::Withdrawn,
            Field::Qualified,
            Field::NotQualified,
        ];
        ORDER
            .iter()
            .filter_map(|&f| self.date(f).map(|d| (f, d)))
            .max_by_key(|(f, d)| (*d, *f != Field::Received))
            .expect("the received date is always there")
    }

    /// Refuses a correction of the case's particulars (`case edit`, recorded on `on`)
    /// dated before its latest step: a pinned today once dated one before the case was
    /// even received.
    pub fn check_correction(&self, on: Date) -> Result<(), DomainError> {
        let (before, before_date) = self.last_step();
        if on < before_date {
            return Err(DomainError::DateOrder {
                what: DateOf::Step(EventKind::Edit),
                date: on,
                before,
                before_date,
            });
        }
        Ok(())
    }

    /// Records `action` on `on`, checking the state it starts from and the date's order.
    /// `case` names the case in errors.
    pub fn apply(&self, case: &str, action: &Action, on: Date) -> Result<Facts, DomainError> {
        let state = self.state();
        let rule = action.rule();
        if !rule.from.contains(&state) {
            return Err(DomainError::Refused {
                case: case.to_string(),
                state,
                step: rule.kind,
                allowed: rules::allowed_from(state),
            });
        }
        let (before, before_date) = self.last_step();
        if on < before_date {
            return Err(DomainError::DateOrder {
                what: DateOf::Step(rule.kind),
                date: on,
                before,
                before_date,
            });
        }
        if let Action::Decide { via, outcome, .. } = action
            && !via.allows(*outcome)
        {
            return Err(DomainError::BadDecision {
                case: case.to_string(),
                state,
                via: *via,
                outcome: *outcome,
            });
        }
        let mut next = self.clone();
        next.set_date(rule.date, Some(on));
        for f in rule.also {
            match (f, action) {
                (Field::Closed, _) => next.closed_on = Some(on),
                (Field::NotQualifiedReason, Action::Reject(r)) => {
                    next.not_qualified_reason = Some(*r)
                }
                (Field::DecisionVia, Action::Decide { via, outcome, .. }) => {
                    next.decision = Some((*via, *outcome))
                }
                (Field::DecisionOutcome, _) => {}
                (Field::DecisionNo, Action::Decide { decision_no, .. }) => {
                    next.decision_no = decision_no.clone()
                }
                (f, a) => unreachable!("the step {a:?} does not record {f:?}"),
            }
        }
        debug_assert_eq!(next.state(), rule.to);
        Ok(next)
    }

    /// The steps that lead from a fresh case to these facts, in order, each with its date.
    /// This is how an imported row becomes a history.
    pub fn path(&self) -> Vec<(Action, Date)> {
        let mut steps = Vec::with_capacity(4);
        let mut now = Facts::new(self.received_on);
        while let Some(rule) = STEPS.iter().find(|s| {
            s.from.contains(&now.state())
                && self.date(s.date).is_some()
                && now.date(s.date).is_none()
        }) {
            let (Some(action), Some(on)) =
                (Action::from_facts(rule.kind, self), self.date(rule.date))
            else {
                break;
            };
            match now.apply("", &action, on) {
                Ok(next) => now = next,
                Err(_) => break,
            }
            steps.push((action, on));
        }
        steps
    }

    /// The fields in which `other` differs from these facts: `name: ours -> theirs`.
    pub fn differences(&self, other: &Facts) -> Vec<String> {
        Field::ALL
            .iter()
            .filter_map(|f| {
                let (a, b) = (self.shown(*f), other.shown(*f));
                (a != b).then(|| format!("{}: {a} -> {b}", f.column()))
            })
            .collect()
    }

    /// A fact as text, "-" when not given.
    fn shown(&self, f: Field) -> String {
        if f.is_date() {
            return self.date(f).map_or("-".into(), |d| d.to_string());
        }
        self.word_of(f).map_or("-".into(), str::to_string)
    }
}

impl PathView for Facts {
    fn given(&self, f: Field) -> bool {
        if f.is_date() {
            self.date(f).is_some()
        } else {
            self.word_of(f).is_some()
        }
    }
    fn date(&self, f: Field) -> Option<Date> {
        Facts::date(self, f)
    }
    fn route(&self) -> Option<(Via, Outcome)> {
        self.decision
    }
}

impl FactsAsOf for Facts {
    fn date_of(&self, f: Field) -> Option<Date> {
        self.date(f)
    }
    fn word_of(&self, f: Field) -> Option<&str> {
        match f {
            Field::NotQualifiedReason => self.not_qualified_reason.map(Reason::as_str),
            Field::DecisionVia => self.decision.map(|d| d.0.as_str()),
            Field::DecisionOutcome => self.decision.map(|d| d.1.as_str()),
            Field::DecisionNo => self.decision_no.as_deref(),
            _ => None,
        }
    }
}

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

mod recorded;
pub use recorded::{Recorded, Void};

#[cfg(test)]
mod tests;
