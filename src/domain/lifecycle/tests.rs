use super::*;
use crate::domain::appeal::AppealStep;
use crate::domain::hearing::HearingStep;
use crate::domain::intake::IntakeStep;
use crate::domain::mediation::MediationStep;
use crate::domain::rules::{PATH_RULES, allowed_from, broken_rules};
use crate::domain::{NotRegisteredReason, VoidReason};

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

/// Every (state, command) pair, written out by hand: allowed and leading where the table
/// says, or refused with the case, its state and the steps allowed from it.
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
                    step,
                }),
                None,
            ) => {
                assert_eq!(case, "001/III/X/2017");
                assert_eq!(s, *state);
                assert_eq!(step.as_str(), *cmd);
                assert_eq!(allowed, allowed_from(*state));
                assert!(!allowed.iter().any(|k| k.as_str() == *cmd));
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
    assert_eq!(
        err,
        DomainError::DateOrder {
            what: DateOf::Step(EventKind::Withdraw),
            date: d("2017-03-31"),
            before: Field::Qualified,
            before_date: d("2017-04-01"),
        }
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
    assert_eq!(f.last_step(), (Field::NotQualified, d("2017-03-05")));
}

#[test]
fn path_rebuilds_the_facts() {
    let mut all = State::ALL.iter().map(|s| facts_in(*s)).collect::<Vec<_>>();
    all.push(
        Facts::new(d("2017-03-02"))
            .apply("c", &Action::Reject(Reason::Late), d("2017-03-05"))
            .unwrap(),
    );
    all.push(
        Facts::new(d("2017-03-02"))
            .apply("c", &Action::Withdraw, d("2017-03-05"))
            .and_then(|f| f.apply("c", &Action::Close, d("2017-03-06")))
            .unwrap(),
    );
    for f in all {
        let mut g = Facts::new(f.received_on);
        for (action, on) in f.path() {
            g = g.apply("c", &action, on).unwrap();
        }
        assert_eq!(f, g);
    }
}

/// Every fact a step leads to keeps every path rule: the rules and the steps agree.
#[test]
fn every_reachable_path_keeps_the_path_rules() {
    fn walk(f: &Facts, depth: usize) {
        assert!(
            broken_rules(f).is_empty(),
            "{f:?} breaks {:?}",
            broken_rules(f)
        );
        if depth == 0 {
            return;
        }
        let actions = [
            Action::Qualify,
            Action::Reject(Reason::Other),
            Action::Withdraw,
            decide(),
            Action::Decide {
                via: Via::Interim,
                outcome: Outcome::Lapsed,
                decision_no: Some("1".into()),
            },
            Action::Close,
        ];
        for a in actions {
            if let Ok(next) = f.apply("c", &a, d("2017-05-01")) {
                walk(&next, depth - 1);
            }
        }
    }
    walk(&Facts::new(d("2017-03-02")), 5);
    assert!(PATH_RULES.len() > 10);
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
    let r = replay("c", &events).unwrap();
    assert_eq!(r.facts, Facts::new(d("2017-03-02")));
    assert!(r.live.is_empty());
    let r = replay("c", &events[..4]).unwrap();
    assert_eq!(r.facts.state(), State::Qualified);
    assert_eq!(r.live, vec![(2, d("2017-03-09"))]);
    let wrong = [
        events[0].clone(),
        events[1].clone(),
        Recorded::Undo { reverts: 3 },
    ];
    assert!(replay("c", &wrong).is_err());

    let kind = |_| EventKind::Withdraw;
    let (target, after) = plan_undo("c", &events[..3], kind, d("2017-03-10")).unwrap();
    assert_eq!((target, after.facts.state()), (3, State::Qualified));
    assert!(matches!(
        plan_undo("c", &events[..3], kind, d("2017-03-09")),
        Err(DomainError::UndoBeforeStep { .. })
    ));
    assert!(matches!(
        plan_undo("c", &events[..1], kind, d("2017-03-09")),
        Err(DomainError::NothingToUndo { .. })
    ));
}

#[test]
fn the_state_as_of_a_date_leaves_out_later_steps() {
    let f = Facts::new(d("2017-03-02"))
        .apply("t", &Action::Qualify, d("2017-03-09"))
        .and_then(|f| f.apply("t", &decide(), d("2017-06-20")))
        .and_then(|f| f.apply("t", &Action::Close, d("2017-07-12")))
        .unwrap();
    for (on, want) in [
        ("2017-03-02", State::Entered),
        ("2017-03-09", State::Qualified),
        ("2017-06-19", State::Qualified),
        ("2017-06-20", State::Decided),
        ("2017-07-12", State::Done),
        ("2030-01-01", State::Done),
    ] {
        assert_eq!(f.state_as_of(d(on)), want, "as of {on}");
    }
    assert_eq!(f.state_as_of(d("2030-01-01")), f.state());
}

/// The replay reads the void rule from its table: an event of every kind recorded after a
/// void is refused as on a void entry exactly when `ON_VOID_CASES` leaves its kind out.
#[test]
fn a_void_entry_takes_what_the_table_says() {
    use crate::domain::{Attendance, Court, CourtOutcome, HearingKind, Level, Party};
    let on = d("2017-03-10");
    let (seq, no) = (3, 1);
    let appeal = |step| Recorded::Appeal { seq, step, on };
    let hearing = |step| Recorded::Hearing { seq, step, on };
    let step = |action| Recorded::Step { seq, action, on };
    let intake = |step| Recorded::Intake { seq, step, on };
    let mediation = |step| Recorded::Mediation { seq, step, on };
    let reason = String::from("r");
    let one_of_each = [
        step(Action::Qualify),
        step(Action::Reject(Reason::Late)),
        step(Action::Withdraw),
        step(decide()),
        step(Action::Close),
        Recorded::Undo { reverts: 2 },
        Recorded::Edit,
        hearing(HearingStep::Schedule {
            no,
            kind: HearingKind::Preliminary,
            on,
            at: None,
            room: None,
            panel: None,
        }),
        hearing(HearingStep::Held {
            no,
            applicant: Attendance::Present,
            respondent: Attendance::Present,
        }),
        hearing(HearingStep::Postpone {
            no,
            to: on,
            reason: reason.clone(),
        }),
        hearing(HearingStep::Cancel { no, reason }),
        appeal(AppealStep::Serve),
        appeal(AppealStep::File {
            level: Level::FirstInstance,
            court: Court::Ptun,
            by: Party::Applicant,
            court_no: None,
        }),
        appeal(AppealStep::Decide {
            level: Level::FirstInstance,
            outcome: CourtOutcome::Upheld,
            court_no: None,
        }),
        Recorded::Void {
            seq,
            void: Void {
                on,
                reason: VoidReason::Mistake,
                of: None,
            },
        },
        intake(IntakeStep::Incomplete {
            missing: "KTP".into(),
        }),
        intake(IntakeStep::Register),
        intake(IntakeStep::NotRegister(NotRegisteredReason::Other)),
        mediation(MediationStep::Start),
        mediation(MediationStep::Extend { reason: "r".into() }),
        mediation(MediationStep::Fail { reason: "r".into() }),
        mediation(MediationStep::Agree),
    ];
    // one event of every kind but the entry
    let mut kinds: Vec<EventKind> = one_of_each.iter().map(Recorded::kind).collect();
    kinds.push(EventKind::Add);
    kinds.sort();
    assert_eq!(kinds, EventKind::ALL);
    let voided = Recorded::Void {
        seq: 2,
        void: Void {
            on: d("2017-03-09"),
            reason: VoidReason::Duplicate,
            of: Some("001/III/KIP-PS/2017".into()),
        },
    };
    for event in one_of_each {
        let history = [
            Recorded::Add {
                received_on: d("2017-03-02"),
            },
            voided.clone(),
            event.clone(),
        ];
        let refused = matches!(replay("c", &history), Err(DomainError::CaseIsVoid { .. }));
        let takes = rules::ON_VOID_CASES.contains(&event.kind());
        assert_eq!(refused, !takes, "{:?}", event.kind());
        if takes {
            assert!(replay("c", &history).is_ok(), "{:?}", event.kind());
        }
    }
}

/// An undo puts back exactly what its step changed (the replay keeps only that, not a
/// copy of every hearing at each step): after every undo of a history of hearings,
/// lifecycle steps (a decision cancelling the hearings still to come), appeals' service
/// and mediation, the case is as the history without that step and its undo leaves it.
#[test]
fn an_undo_leaves_the_case_as_if_its_step_never_was() {
    use crate::domain::{Attendance, HearingKind, HearingStatus};
    let on = |s: &str| d(s);
    let schedule = |seq, no, day: &str| Recorded::Hearing {
        seq,
        step: HearingStep::Schedule {
            no,
            kind: HearingKind::Adjudication,
            on: on(day),
            at: Some("09:00".into()),
            room: None,
            panel: None,
        },
        on: on("2017-03-10"),
    };
    let events = vec![
        Recorded::Add {
            received_on: on("2017-03-02"),
        },
        Recorded::Step {
            seq: 2,
            action: Action::Qualify,
            on: on("2017-03-09"),
        },
        schedule(3, 1, "2017-03-20"),
        schedule(4, 2, "2017-04-20"),
        Recorded::Hearing {
            seq: 5,
            step: HearingStep::Postpone {
                no: 1,
                to: on("2017-03-27"),
                reason: "the respondent asked".into(),
            },
            on: on("2017-03-15"),
        },
        Recorded::Undo { reverts: 5 },
        Recorded::Hearing {
            seq: 7,
            step: HearingStep::Held {
                no: 1,
                applicant: Attendance::Present,
                respondent: Attendance::Absent,
            },
            on: on("2017-03-20"),
        },
        schedule(8, 3, "2017-05-20"),
        Recorded::Undo { reverts: 8 },
        Recorded::Step {
            seq: 10,
            action: decide(),
            on: on("2017-04-03"),
        },
        Recorded::Undo { reverts: 10 },
        Recorded::Step {
            seq: 12,
            action: decide(),
            on: on("2017-04-04"),
        },
        Recorded::Undo { reverts: 12 },
        Recorded::Undo { reverts: 7 },
        Recorded::Undo { reverts: 4 },
    ];
    let seq_of = |e: &Recorded| match e {
        Recorded::Step { seq, .. } | Recorded::Hearing { seq, .. } => Some(*seq),
        _ => None,
    };
    let mut undos = 0;
    for end in 1..=events.len() {
        let prefix = &events[..end];
        let Recorded::Undo { reverts } = prefix[end - 1] else {
            continue;
        };
        undos += 1;
        let without: Vec<Recorded> = prefix[..end - 1]
            .iter()
            .filter(|e| seq_of(e) != Some(reverts))
            .cloned()
            .collect();
        let (a, b) = (replay("c", prefix).unwrap(), replay("c", &without).unwrap());
        let what = format!("after the undo of {reverts}");
        assert_eq!(a.facts, b.facts, "{what}");
        assert_eq!(a.hearings, b.hearings, "{what}");
        assert_eq!(a.appeals, b.appeals, "{what}");
        assert_eq!(a.live, b.live, "{what}");
    }
    assert_eq!(undos, 6);
    // The decision cancelled the hearing still to come, and its undo restored it.
    let decided = replay("c", &events[..10]).unwrap();
    assert!(
        decided
            .hearings
            .iter()
            .any(|h| h.status != HearingStatus::Scheduled)
    );
    let undone = replay("c", &events[..11]).unwrap();
    assert_eq!(undone.hearings, replay("c", &events[..9]).unwrap().hearings);
}
