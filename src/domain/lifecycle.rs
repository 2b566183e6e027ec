//! The lifecycle of a case, interpreted from the tables in [`super::rules`]: which step is
//! allowed from which state, what each step records, how the current facts of a case
//! follow from its history, and what an undo reverts.

use super::error::{DateOf, DomainError};
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

mod recorded;
mod replay;
pub use recorded::{Recorded, Void};
pub use replay::{Replayed, plan_undo, replay};

#[cfg(test)]
mod tests;
