//! The lifecycle of a case: which step is allowed from which state, what each step
//! records, and how the current facts of a case follow from its history.

use super::{Date, DomainError, Outcome, Reason, State, Via};

/// A step a clerk records on a case.
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
    /// The name stored in the history and used on the command line.
    pub fn kind(&self) -> &'static str {
        match self {
            Action::Qualify => "qualify",
            Action::Reject(_) => "reject",
            Action::Withdraw => "withdraw",
            Action::Decide { .. } => "decide",
            Action::Close => "close",
        }
    }

    /// The past participle, for messages ("case X is done: it cannot be qualified").
    pub fn done_word(&self) -> &'static str {
        match self {
            Action::Qualify => "qualified",
            Action::Reject(_) => "rejected",
            Action::Withdraw => "withdrawn",
            Action::Decide { .. } => "decided",
            Action::Close => "closed",
        }
    }

    /// The states this step may start from, and where it leads.
    pub fn starts_from(&self) -> &'static [State] {
        match self {
            Action::Qualify | Action::Reject(_) => &[State::Entered],
            Action::Withdraw => &[State::Entered, State::Qualified],
            Action::Decide { .. } => &[State::Qualified],
            Action::Close => &[State::Withdrawn, State::Decided],
        }
    }

    pub fn to_state(&self) -> State {
        match self {
            Action::Qualify => State::Qualified,
            Action::Reject(_) => State::Done,
            Action::Withdraw => State::Withdrawn,
            Action::Decide { .. } => State::Decided,
            Action::Close => State::Done,
        }
    }
}

/// The steps allowed from a state, as command names (for messages).
pub fn allowed_from(state: State) -> Vec<&'static str> {
    let all = [
        Action::Qualify,
        Action::Reject(Reason::Other),
        Action::Withdraw,
        Action::Decide {
            via: Via::Mediation,
            outcome: Outcome::Agreement,
            decision_no: None,
        },
        Action::Close,
    ];
    all.iter()
        .filter(|a| a.starts_from().contains(&state))
        .map(|a| a.kind())
        .collect()
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

    /// The state these facts put the case in.
    pub fn state(&self) -> State {
        if self.closed_on.is_some() {
            State::Done
        } else if self.decided_on.is_some() {
            State::Decided
        } else if self.withdrawn_on.is_some() {
            State::Withdrawn
        } else if self.qualified_on.is_some() {
            State::Qualified
        } else {
            State::Entered
        }
    }

    /// The latest date on the path so far, with what happened then.
    pub fn last_step(&self) -> (&'static str, Date) {
        let steps = [
            ("the closing", self.closed_on),
            ("the decision", self.decided_on),
            ("the withdrawal", self.withdrawn_on),
            ("the qualification", self.qualified_on),
            ("the rejection", self.not_qualified_on),
        ];
        steps
            .into_iter()
            .filter_map(|(what, d)| d.map(|d| (what, d)))
            .max_by_key(|(_, d)| *d)
            .unwrap_or(("the receipt", self.received_on))
    }

    /// Records `action` on `on`, checking the state it starts from and the date's order.
    /// `case` names the case in messages.
    pub fn apply(&self, case: &str, action: &Action, on: Date) -> Result<Facts, DomainError> {
        let state = self.state();
        if !action.starts_from().contains(&state) {
            return Err(DomainError::Refused {
                case: case.to_string(),
                state,
                action: action.done_word(),
                allowed: allowed_from(state),
            });
        }
        let (before_what, before) = self.last_step();
        if on < before {
            return Err(DomainError::DateOrder {
                what: format!("the {} date", action.kind()),
                date: on,
                before_what: format!("{before_what} date"),
                before,
            });
        }
        let mut next = self.clone();
        match action {
            Action::Qualify => next.qualified_on = Some(on),
            Action::Reject(reason) => {
                next.not_qualified_on = Some(on);
                next.not_qualified_reason = Some(*reason);
                next.closed_on = Some(on);
            }
            Action::Withdraw => next.withdrawn_on = Some(on),
            Action::Decide {
                via,
                outcome,
                decision_no,
            } => {
                if !via.allows(*outcome) {
                    return Err(DomainError::BadDecision {
                        case: case.to_string(),
                        state,
                        via: *via,
                        outcome: *outcome,
                    });
                }
                next.decided_on = Some(on);
                next.decision = Some((*via, *outcome));
                next.decision_no = decision_no.clone();
            }
            Action::Close => next.closed_on = Some(on),
        }
        debug_assert_eq!(next.state(), action.to_state());
        Ok(next)
    }

    /// The fields in which `other` differs from these facts: `name: ours -> theirs`.
    pub fn differences(&self, other: &Facts) -> Vec<String> {
        fn show<T: ToString>(v: &Option<T>) -> String {
            v.as_ref().map_or_else(|| "-".to_string(), T::to_string)
        }
        let pairs = [
            (
                "received_on",
                self.received_on.to_string(),
                other.received_on.to_string(),
            ),
            (
                "qualified_on",
                show(&self.qualified_on),
                show(&other.qualified_on),
            ),
            (
                "not_qualified_on",
                show(&self.not_qualified_on),
                show(&other.not_qualified_on),
            ),
            (
                "not_qualified_reason",
                show(&self.not_qualified_reason),
                show(&other.not_qualified_reason),
            ),
            (
                "withdrawn_on",
                show(&self.withdrawn_on),
                show(&other.withdrawn_on),
            ),
            (
                "decided_on",
                show(&self.decided_on),
                show(&other.decided_on),
            ),
            (
                "decision_via",
                show(&self.decision.map(|d| d.0)),
                show(&other.decision.map(|d| d.0)),
            ),
            (
                "decision_outcome",
                show(&self.decision.map(|d| d.1)),
                show(&other.decision.map(|d| d.1)),
            ),
            (
                "decision_no",
                show(&self.decision_no),
                show(&other.decision_no),
            ),
            ("closed_on", show(&self.closed_on), show(&other.closed_on)),
        ];
        pairs
            .into_iter()
            .filter(|(_, a, b)| a != b)
            .map(|(name, a, b)| format!("{name}: {a} -> {b}"))
            .collect()
    }

    /// The steps that lead from a fresh case to these facts, in order, each with its date.
    /// This is how an imported row becomes a history.
    pub fn path(&self) -> Vec<(Action, Date)> {
        let mut steps = Vec::with_capacity(4);
        if let Some(d) = self.qualified_on {
            steps.push((Action::Qualify, d));
        }
        if let (Some(d), Some(r)) = (self.not_qualified_on, self.not_qualified_reason) {
            steps.push((Action::Reject(r), d));
            return steps;
        }
        if let Some(d) = self.withdrawn_on {
            steps.push((Action::Withdraw, d));
        }
        if let (Some(d), Some((via, outcome))) = (self.decided_on, self.decision) {
            steps.push((
                Action::Decide {
                    via,
                    outcome,
                    decision_no: self.decision_no.clone(),
                },
                d,
            ));
        }
        if let Some(d) = self.closed_on {
            steps.push((Action::Close, d));
        }
        steps
    }
}

/// One recorded event of a case's history, as far as replaying it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    Add { received_on: Date },
    Step { seq: i64, action: Action, on: Date },
    Undo { reverts: i64 },
    Edit,
}

/// Replays a history into its current facts and the steps still in force (latest last,
/// each with its event number): the state the history implies.
pub fn replay(case: &str, events: &[Recorded]) -> Result<(Facts, Vec<i64>), DomainError> {
    let broken = |why: &str| DomainError::Other(format!("the history of case {case} {why}"));
    let Some(Recorded::Add { received_on }) = events.first() else {
        return Err(broken("does not begin with its entry"));
    };
    // Each element: the step's event number and the facts before it.
    let mut stack: Vec<(i64, Facts)> = Vec::new();
    let mut facts = Facts::new(*received_on);
    for event in &events[1..] {
        match event {
            Recorded::Add { .. } => return Err(broken("has a second entry")),
            Recorded::Step { seq, action, on } => {
                let next = facts.apply(case, action, *on)?;
                stack.push((*seq, std::mem::replace(&mut facts, next)));
            }
            Recorded::Undo { reverts } => match stack.pop() {
                Some((seq, before)) if seq == *reverts => facts = before,
                _ => return Err(broken("undoes a step that is not its latest")),
            },
            Recorded::Edit => {}
        }
    }
    Ok((facts, stack.into_iter().map(|(seq, _)| seq).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn facts_in(state: State) -> Facts {
        let mut f = Facts::new(d("2017-03-02"));
        let steps: &[Action] = match state {
            State::Entered => &[],
            State::Qualified => &[Action::Qualify],
            State::Withdrawn => &[Action::Qualify, Action::Withdraw],
            State::Decided => &[Action::Qualify, decide()],
            State::Done => &[Action::Qualify, decide(), Action::Close],
        };
        for a in steps {
            f = f.apply("t", a, d("2017-04-01")).unwrap();
        }
        f
    }

    fn decide() -> Action {
        Action::Decide {
            via: Via::Adjudication,
            outcome: Outcome::PartlyGranted,
            decision_no: None,
        }
    }

    /// Every (state, command) pair: allowed and leading where the table says, or refused
    /// with the case, its state and the steps allowed from it.
    #[test]
    fn every_state_and_command_pair() {
        let table: &[(State, &str, Option<State>)] = &[
            (State::Entered, "qualify", Some(State::Qualified)),
            (State::Entered, "reject", Some(State::Done)),
            (State::Entered, "withdraw", Some(State::Withdrawn)),
            (State::Entered, "decide", None),
            (State::Entered, "close", None),
            (State::Qualified, "qualify", None),
            (State::Qualified, "reject", None),
            (State::Qualified, "withdraw", Some(State::Withdrawn)),
            (State::Qualified, "decide", Some(State::Decided)),
            (State::Qualified, "close", None),
            (State::Withdrawn, "qualify", None),
            (State::Withdrawn, "reject", None),
            (State::Withdrawn, "withdraw", None),
            (State::Withdrawn, "decide", None),
            (State::Withdrawn, "close", Some(State::Done)),
            (State::Decided, "qualify", None),
            (State::Decided, "reject", None),
            (State::Decided, "withdraw", None),
            (State::Decided, "decide", None),
            (State::Decided, "close", Some(State::Done)),
            (State::Done, "qualify", None),
            (State::Done, "reject", None),
            (State::Done, "withdraw", None),
            (State::Done, "decide", None),
            (State::Done, "close", None),
        ];
        assert_eq!(table.len(), State::ALL.len() * 5);
        for (state, cmd, want) in table {
            let action = match *cmd {
                "qualify" => Action::Qualify,
                "reject" => Action::Reject(Reason::Late),
                "withdraw" => Action::Withdraw,
                "decide" => decide(),
                _ => Action::Close,
            };
            let facts = facts_in(*state);
            assert_eq!(facts.state(), *state);
            match (
                facts.apply("001/III/X/2017", &action, d("2017-05-01")),
                want,
            ) {
                (Ok(next), Some(to)) => assert_eq!(next.state(), *to, "{state} {cmd}"),
                (
                    Err(DomainError::Refused {
                        case,
                        state: s,
                        allowed,
                        ..
                    }),
                    None,
                ) => {
                    assert_eq!(case, "001/III/X/2017");
                    assert_eq!(s, *state);
                    assert_eq!(allowed, allowed_from(*state));
                    assert!(!allowed.contains(cmd));
                }
                (got, want) => panic!("{state} {cmd}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn dates_may_not_go_back() {
        let f = facts_in(State::Qualified);
        let err = f
            .apply("c", &Action::Withdraw, d("2017-03-31"))
            .unwrap_err();
        assert!(matches!(err, DomainError::DateOrder { .. }));
        assert_eq!(
            err.to_string(),
            "the withdraw date 2017-03-31 is before the qualification date 2017-04-01"
        );
        assert!(f.apply("c", &Action::Withdraw, d("2017-04-01")).is_ok());
    }

    #[test]
    fn decisions_need_a_matching_outcome() {
        let f = facts_in(State::Qualified);
        let bad = Action::Decide {
            via: Via::Mediation,
            outcome: Outcome::Granted,
            decision_no: None,
        };
        assert!(matches!(
            f.apply("c", &bad, d("2017-05-01")),
            Err(DomainError::BadDecision { .. })
        ));
    }

    #[test]
    fn rejecting_closes_the_case_the_same_day() {
        let f = Facts::new(d("2017-03-02"))
            .apply("c", &Action::Reject(Reason::Late), d("2017-03-05"))
            .unwrap();
        assert_eq!(f.state(), State::Done);
        assert_eq!(f.closed_on, Some(d("2017-03-05")));
    }

    #[test]
    fn path_rebuilds_the_facts() {
        for state in State::ALL {
            let f = facts_in(*state);
            let mut g = Facts::new(f.received_on);
            for (action, on) in f.path() {
                g = g.apply("c", &action, on).unwrap();
            }
            assert_eq!(f, g);
        }
    }

    #[test]
    fn undo_walks_back_one_step_at_a_time() {
        let events = vec![
            Recorded::Add {
                received_on: d("2017-03-02"),
            },
            Recorded::Step {
                seq: 2,
                action: Action::Qualify,
                on: d("2017-03-09"),
            },
            Recorded::Step {
                seq: 3,
                action: Action::Withdraw,
                on: d("2017-03-10"),
            },
            Recorded::Undo { reverts: 3 },
            Recorded::Edit,
            Recorded::Undo { reverts: 2 },
        ];
        let (facts, live) = replay("c", &events).unwrap();
        assert_eq!(facts, Facts::new(d("2017-03-02")));
        assert!(live.is_empty());
        let (facts, live) = replay("c", &events[..4]).unwrap();
        assert_eq!(facts.state(), State::Qualified);
        assert_eq!(live, vec![2]);
        let wrong = [
            events[0].clone(),
            events[1].clone(),
            Recorded::Undo { reverts: 3 },
        ];
        assert!(replay("c", &wrong).is_err());
    }
}
