//! The rules on a case that need no database: particulars, corrections, changes read back.

use super::*;
use proptest::prelude::*;

fn p(a: &str, k: &str, b: &str, s: &str) -> Particulars {
    Particulars {
        applicant: a.into(),
        applicant_kind: k.into(),
        public_body: b.into(),
        subject: s.into(),
    }
}

#[test]
fn corrections_are_undone_newest_first() {
    let now = p("Budi Santosa", "group", "Bappeda", "RKA");
    let edits = vec![
        r#"applicant: "Budi Santoso" -> "Budi Santosa \"BS\""; applicant_kind: "individual" -> "group""#.to_string(),
        r#"applicant: "Budi Santosa \"BS\"" -> "Budi Santosa"; public_body: "Dinas Pendidikan" -> "Bappeda""#.to_string(),
    ];
    let (entry, wrong) = now.clone().at_entry(&edits);
    assert_eq!(
        entry,
        p("Budi Santoso", "individual", "Dinas Pendidikan", "RKA")
    );
    assert!(wrong.is_empty());
    // Changed behind the history's back: the field is named and kept as it is.
    let forged = Particulars {
        applicant: "Someone Else".into(),
        ..now
    };
    let (entry, wrong) = forged.at_entry(&edits);
    assert_eq!(wrong, ["applicant"]);
    assert_eq!(entry.applicant, "Someone Else");
    assert_eq!(entry.public_body, "Dinas Pendidikan");
    let (_, wrong) = p("a", "b", "c", "d").at_entry(&["not a detail".into()]);
    assert_eq!(wrong, ["?"]);
}

proptest! {
    /// Every string reads back from its `{:?}` form, whatever it holds.
    #[test]
    fn details_read_back(old in any::<String>(), new in "\\PC*", other in any::<String>()) {
        let detail = format!("applicant: {old:?} -> {new:?}; subject: {other:?} -> {old:?}");
        prop_assert_eq!(
            parse_changes(&detail),
            Some(vec![
                ("applicant".to_string(), old.clone(), new),
                ("subject".to_string(), other, old),
            ])
        );
    }
}

/// An event of a kind that does not read its payload reads the same with any payload or
/// none; one that does is damaged without it.
#[test]
fn only_the_kinds_that_read_a_payload_read_one() {
    use crate::domain::hearing::HearingStep;
    let event = |kind: EventKind, payload: bool| EventRecord {
        seq: 3,
        kind,
        from_state: Some(State::Decided),
        to_state: State::Decided,
        on: Date::parse("2021-05-03").unwrap(),
        reason: Some(Reason::Late),
        via: Some(Via::Interim),
        outcome: Some(Outcome::Dismissed),
        decision_no: None,
        reverts: Some(2),
        detail: Some("applicant: \"a\" -> \"b\"".into()),
        actor: "t".into(),
        recorded_at: "2021-05-03T00:00:00Z".into(),
        note: None,
        reverted_by: None,
        hearing: payload.then(|| HearingStep::Cancel {
            no: 1,
            reason: "x".into(),
        }),
        appeal: payload.then_some(AppealStep::Serve),
        void: payload.then_some((VoidReason::Duplicate, None)),
        pinned: None,
        overrides: Vec::new(),
    };
    for kind in EventKind::ALL {
        let with = event(*kind, true).recorded("c");
        let without = event(*kind, false).recorded("c");
        if reads_payload(*kind) {
            assert!(without.is_err(), "{kind:?} read without its payload");
        } else {
            assert_eq!(with, without, "{kind:?}");
        }
    }
}
