use super::super::test_support::{fresh, stamp};
use super::*;
use crate::domain::ApplicantKind;
use crate::domain::case::NewCase;
use rusqlite::Connection;

/// Found by the crash test: `verify` beside a writer reported a difference that no
/// state of the register had. A change committed while it runs is not seen by it.
#[test]
fn verify_reads_one_state_while_another_connection_writes() {
    let (dir, mut reg) = fresh();
    let new = NewCase {
        received_on: crate::domain::Date::parse("2026-03-02").unwrap(),
        applicant: "Budi Santoso".into(),
        applicant_kind: ApplicantKind::Individual,
        body: "Dinas Pendidikan".into(),
        subject: "RKA".into(),
        register_no: None,
    };
    reg.add_case(&new, &stamp()).unwrap();
    // A problem early in the checks (a public body deleted behind a case's back, as the
    // sqlite3 shell allows), so that the checks call back while they run.
    let other = Connection::open(dir.path().join("r.db")).unwrap();
    other
        .execute_batch(
            "PRAGMA foreign_keys = OFF; DROP TRIGGER bodies_never_deleted; DELETE FROM bodies;",
        )
        .unwrap();
    let mut problems = Vec::new();
    let mut written = false;
    reg.verify(None, |p| {
        if !written {
            // Another process's change, committed while verify runs: a kept count
            // the cases do not give (what `verify --repair` would mend).
            other
                .execute("UPDATE year_stats SET entered = entered + 1", [])
                .unwrap();
            written = true;
        }
        problems.push(p)
    })
    .unwrap();
    assert!(written);
    assert!(
        problems.iter().all(|p| matches!(
            p,
            Problem::ForeignKey { .. }
                | Problem::Schema { .. }
                | Problem::Chain { .. }
                | Problem::BodyDiffers { .. }
        )),
        "{problems:?}"
    );
    // Run again, it sees the change.
    let mut again = Vec::new();
    reg.verify(None, |p| again.push(p)).unwrap();
    assert!(
        again.iter().any(|p| matches!(p, Problem::Count { .. })),
        "{again:?}"
    );
}
