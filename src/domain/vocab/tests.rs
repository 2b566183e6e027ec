use super::*;

#[test]
fn vocabulary_reads_both_spellings() {
    assert_eq!(
        Outcome::parse("partly-granted").unwrap(),
        Outcome::PartlyGranted
    );
    assert_eq!(
        Outcome::parse("partly_granted").unwrap(),
        Outcome::PartlyGranted
    );
    assert_eq!(
        ApplicantKind::parse("Legal-Entity").unwrap(),
        ApplicantKind::LegalEntity
    );
    let err = Reason::parse("lazy").unwrap_err();
    assert!(matches!(
        err,
        DomainError::BadValue {
            what: Vocab::Reason,
            ..
        }
    ));
}

#[test]
fn every_event_kind_has_its_act() {
    for k in EventKind::ALL {
        assert_eq!(k.act().as_str(), k.as_str());
    }
}
