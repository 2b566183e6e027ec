use super::*;

#[test]
fn undo_moves_are_the_steps_reversed() {
    use State::*;
    let mut got = undo_moves();
    got.sort();
    let mut want = vec![
        (Qualified, Entered),
        (Done, Entered),
        (Withdrawn, Entered),
        (Withdrawn, Qualified),
        (Decided, Qualified),
        (Done, Withdrawn),
        (Done, Decided),
    ];
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn decision_pairs_follow_the_table() {
    use Outcome::*;
    let allowed = [
        (Via::Interim, Dismissed),
        (Via::Interim, Lapsed),
        (Via::Mediation, Agreement),
        (Via::Adjudication, Granted),
        (Via::Adjudication, PartlyGranted),
        (Via::Adjudication, Rejected),
        (Via::Adjudication, Dismissed),
        (Via::Adjudication, Lapsed),
    ];
    for via in Via::ALL {
        for outcome in Outcome::ALL {
            let ok = allowed.contains(&(*via, *outcome));
            assert_eq!(via.allows(*outcome), ok, "{via} {outcome}");
        }
    }
}

#[test]
fn levels_climb_in_order() {
    // each level contests the one before it, the first the commission's decision
    let mut before = None;
    for l in LEVELS {
        assert_eq!(l.after, before, "{}", l.level);
        assert!(!l.courts.is_empty());
        before = Some(l.level);
    }
    for l in Level::ALL {
        assert_eq!(level(*l).level, *l);
    }
    assert!(!APPEALABLE.contains(&Via::Mediation));
}

#[test]
fn every_step_records_its_date_and_leads_to_its_state() {
    for s in STEPS {
        assert!(s.date.is_date(), "{:?}", s.kind);
        assert!(!s.from.is_empty());
        assert!(!s.from.contains(&s.to), "{:?} does not move", s.kind);
    }
    // every state but the first is reached by some step
    for st in State::ALL.iter().filter(|s| **s != FIRST_STATE) {
        assert!(STEPS.iter().any(|s| s.to == *st), "{st} is unreachable");
    }
}

#[test]
fn a_void_entry_takes_its_undo_and_no_step() {
    // a void can be taken back, and nothing that moves the case or its appeals follows it
    assert!(ON_VOID_CASES.contains(&EventKind::Undo));
    let steps = STEPS.iter().map(|s| s.kind);
    let side_steps = SIDE_STEPS.iter().map(|(k, _)| *k);
    let hearings = HEARING_MOVES.iter().map(|(k, _, _)| *k);
    for kind in steps.chain(side_steps).chain(hearings) {
        assert!(!ON_VOID_CASES.contains(&kind), "{kind}");
    }
}
