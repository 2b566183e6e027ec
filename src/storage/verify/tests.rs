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
    one_case(&mut reg);
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

fn one_case(reg: &mut Register) {
    let new = NewCase {
        received_on: crate::domain::Date::parse("2026-03-02").unwrap(),
        applicant: "Budi Santoso".into(),
        applicant_kind: ApplicantKind::Individual,
        body: "Dinas Pendidikan".into(),
        subject: "RKA".into(),
        register_no: None,
    };
    reg.add_case(&new, &stamp()).unwrap();
}

fn entered(conn: &Connection) -> i64 {
    conn.query_row("SELECT sum(entered) FROM year_stats", [], |r| r.get(0))
        .unwrap()
}

/// The helpers read the state the register's connection reads, not a commit made after
/// they began.
#[test]
fn the_helpers_read_the_registers_state() {
    let (dir, mut reg) = fresh();
    one_case(&mut reg);
    let _snapshot = reg.conn.unchecked_transaction().unwrap();
    let helpers = reg.begin_with_helpers(2).unwrap();
    assert_eq!(helpers.len(), 2);
    let other = Connection::open(dir.path().join("r.db")).unwrap();
    other
        .execute("UPDATE year_stats SET entered = entered + 1", [])
        .unwrap();
    assert_eq!(entered(&other), 2);
    for h in helpers.iter().chain([&reg]) {
        assert_eq!(entered(&h.conn), 1);
    }
    let (checked, found, _) = helpers[0].verify_cases().unwrap();
    assert_eq!((checked, found), (1, vec![]));
}

/// While another connection holds the write lock, there are no helpers: every check
/// runs on the register's connection, and finds what it found before.
#[test]
fn without_the_lock_verify_runs_alone() {
    let (dir, mut reg) = fresh();
    one_case(&mut reg);
    let other = Connection::open(dir.path().join("r.db")).unwrap();
    other
        .execute_batch("UPDATE year_stats SET entered = entered + 1; BEGIN IMMEDIATE")
        .unwrap();
    {
        let _snapshot = reg.conn.unchecked_transaction().unwrap();
        assert!(reg.begin_with_helpers(2).unwrap().is_empty());
    }
    let mut problems = Vec::new();
    let verified = reg.verify(None, |p| problems.push(p)).unwrap();
    assert_eq!(verified.cases, 1);
    assert!(
        problems.iter().any(|p| matches!(p, Problem::Count { .. })),
        "{problems:?}"
    );
    other.execute_batch("ROLLBACK").unwrap();
    let mut again = Vec::new();
    reg.verify(None, |p| again.push(p)).unwrap();
    assert_eq!(again, problems);
}

/// How many helpers: none on one core, one (the replay) on two, two from three on.
#[test]
fn helpers_follow_the_cores() {
    let wanted: Vec<usize> = (0..6).map(helpers_for).collect();
    assert_eq!(wanted, [0, 0, 1, 2, 2, 2]);
}

/// A register with problems for every part of the checks finds the same problems, said
/// in the same order, with no helper, one and two.
#[test]
fn the_problems_are_the_same_whatever_the_helpers() {
    let (dir, mut reg) = fresh();
    one_case(&mut reg);
    one_case(&mut reg);
    let other = Connection::open(dir.path().join("r.db")).unwrap();
    // A kept count off (the counts), a body's name against its CHECK (the file, the
    // bodies), a case's state off its history (the replay), a hash changed (the chain).
    other
        .execute_batch(
            "PRAGMA ignore_check_constraints = ON;
             UPDATE year_stats SET entered = entered + 1;
             DROP TRIGGER bodies_update_follows_history; UPDATE bodies SET name = ' ';
             DROP TRIGGER cases_state_follows_history;
             UPDATE cases SET state = 'qualified' WHERE id = 2;
             DROP TRIGGER act_hashes_append_only_update;
             UPDATE act_hashes SET hash = replace(hash, substr(hash, 1, 1), 'f')
              WHERE act_id = (SELECT min(act_id) FROM act_hashes);",
        )
        .unwrap();
    let found = |helpers: usize| {
        let mut problems = Vec::new();
        let verified = reg
            .verify_helped(None, None, FileCheck::Quick, helpers, |p| problems.push(p))
            .unwrap();
        (verified, problems)
    };
    let alone = found(0);
    assert!(
        [
            |p: &Problem| matches!(p, Problem::Count { .. }),
            |p: &Problem| matches!(p, Problem::Integrity(_)),
            |p: &Problem| matches!(p, Problem::Chain { .. }),
            |p: &Problem| matches!(p, Problem::Differs { .. }),
        ]
        .iter()
        .all(|kind| alone.1.iter().any(kind)),
        "{:?}",
        alone.1
    );
    assert_eq!(found(1), alone);
    assert_eq!(found(2), alone);
}
