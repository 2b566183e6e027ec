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
