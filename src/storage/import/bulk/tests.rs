//! The bulk phase refuses what the triggers refuse: for every rule it reads from the
//! schema, an import that writes a row breaking it, run with the triggers on and in bulk,
//! must fail alike and leave nothing.

use super::rules;
use crate::domain::case::NewCase;
use crate::domain::lifecycle::{Action, Facts};
use crate::domain::register_no::CaseRef;
use crate::domain::row::CaseRow;
use crate::domain::{ApplicantKind, Date, Reason, VoidReason};
use crate::storage::Register;
use crate::storage::test_support::{fresh, stamp};
use rusqlite::Connection;

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn row(body: &str, facts: Facts) -> CaseRow {
    CaseRow {
        register_no: None,
        applicant: "Budi Santoso".into(),
        applicant_kind: ApplicantKind::Individual,
        public_body: body.into(),
        subject: "RKA 2020".into(),
        facts,
        registered_on: None,
        receipt_no: None,
    }
}

/// A register with a void entry (case 1), an entry with a hearing (case 2) and a public
/// body merged into another ("Dinas Lama", into case 1's body).
fn fixture() -> (tempfile::TempDir, Register, i64) {
    let (dir, mut reg) = fresh();
    let new = |body: &str| NewCase {
        received_on: day("2020-01-06"),
        applicant: "Budi Santoso".into(),
        applicant_kind: ApplicantKind::Individual,
        body: body.into(),
        subject: "RKA 2020".into(),
        register_no: None,
    };
    let a = reg.add_case(&new("Dinas Pendidikan"), &stamp()).unwrap();
    reg.add_case(&new("Dinas Pendidikan"), &stamp()).unwrap();
    reg.add_case(&new("Dinas Lama"), &stamp()).unwrap();
    let case = CaseRef::Number(a.register_no.clone());
    reg.void_case(
        &case,
        VoidReason::Mistake,
        None,
        day("2020-01-07"),
        &stamp(),
    )
    .unwrap();
    // What the procedure has no command for, written with the triggers off on a
    // connection of its own: only the state the rules below are tried against.
    let raw = Connection::open(dir.path().join("r.db")).unwrap();
    super::triggers(&raw, false).unwrap();
    raw.execute_batch(
        "INSERT INTO hearings (case_id, no, kind, on_date, status, first_on, postponements)
         VALUES (2, 1, 'preliminary', '2020-02-03', 'scheduled', '2020-02-03', 0);
         UPDATE bodies SET merged_into = 1 WHERE name = 'Dinas Lama';",
    )
    .unwrap();
    let merged = raw
        .query_row("SELECT id FROM bodies WHERE name = 'Dinas Lama'", [], |r| {
            r.get(0)
        })
        .unwrap();
    (dir, reg, merged)
}

const CASE: &str = "INSERT INTO cases (year, serial, register_no, received_on, applicant, \
    applicant_kind, body_id, subject, state) VALUES (2020, 90, 'X/90', '2020-03-02', 'Budi', \
    'individual', ?1, 'RKA', 'entered')";

const EVENT: &str = "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, \
    via, outcome, act_id) VALUES (?1, ?2, ?3, ?4, ?5, '2020-03-09', ?6, ?7, ?8)";

/// Each rule, and what an import adds after its own valid cases (a new entry, `new`; a
/// new case rejected, `new + 1`) to break it; `merged` is the merged body, `act` the
/// import's act.
fn breaking(rule: &str, c: &Connection, new: i64, act: i64, merged: i64) -> rusqlite::Result<()> {
    let event = |case: i64, seq: i64, kind: &str, from: Option<&str>, to: &str, act: i64| {
        let decide = kind == "decide";
        c.execute(
            EVENT,
            rusqlite::params![
                case,
                seq,
                kind,
                from,
                to,
                decide.then_some("adjudication"),
                decide.then_some("granted"),
                act
            ],
        )
        .map(drop)
    };
    match rule {
        "cases_on_bodies_not_merged" => c.execute(CASE, [merged]).map(drop),
        "foreign key cases -> bodies" => c.execute(CASE, [999]).map(drop),
        "foreign key cases -> cases" => c
            .execute(
                &CASE
                    .replace("state)", "state, voided_on, void_reason, void_of)")
                    .replace("'entered')", "'entered', '2020-03-03', 'duplicate', 999)"),
                [1],
            )
            .map(drop),
        "events_in_sequence" => event(new, 2, "decide", Some("qualified"), "decided", act),
        "events_no_hearings_on_closed_cases" => {
            event(new + 1, 3, "hearing_schedule", Some("done"), "done", act)
        }
        "events_nothing_on_void_cases" => event(1, 3, "qualify", Some("entered"), "qualified", act),
        "events_void_bare_entries" => event(2, 2, "void", Some("entered"), "entered", act),
        "foreign key events -> cases" => event(999, 1, "add", None, "entered", act),
        "foreign key events -> acts" => event(new, 2, "qualify", Some("entered"), "qualified", 999),
        other => panic!("no row breaks {other}: add one here"),
    }
}

/// Runs one import that adds two valid cases, then the row breaking `rule`.
fn import(reg: &mut Register, bulk: bool, rule: &str, merged: i64) -> crate::error::Result<bool> {
    let received = day("2020-03-02");
    let rejected = Facts::new(received)
        .apply("t", &Action::Reject(Reason::Late), day("2020-03-04"))
        .unwrap();
    reg.import_with(&stamp(), bulk, |imp| {
        imp.add(&row("Dinas Pendidikan", Facts::new(received)))
            .map_err(|e| panic!("{e:?}"))
            .unwrap();
        imp.add(&row("Dinas Pendidikan", rejected))
            .map_err(|e| panic!("{e:?}"))
            .unwrap();
        let new = imp.conn.last_insert_rowid() - 1;
        breaking(rule, imp.conn, new, imp.act, merged).map_err(crate::storage::db)?;
        Ok(true)
    })
}

#[test]
fn the_bulk_phase_runs_on_a_fresh_register() {
    let (_d, reg) = fresh();
    let (checks, kept) = rules(&reg.conn).unwrap().expect("every trigger read");
    let triggers: Vec<String> = reg
        .conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ('cases', 'events')
             AND sql LIKE '%BEFORE INSERT ON%' ORDER BY rowid",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let read: Vec<&str> = checks
        .iter()
        .map(|c| c.name.as_str())
        .filter(|n| !n.starts_with("foreign key"))
        .collect();
    assert_eq!(read, triggers);
    assert_eq!(checks.len() - read.len(), 4, "{checks:?}");
    // The counts per year and per day.
    assert_eq!(kept.len(), 2);
}

#[test]
fn a_trigger_of_another_shape_keeps_the_triggers_on() {
    let (_d, reg) = fresh();
    reg.conn
        .execute_batch(
            "CREATE TRIGGER odd BEFORE INSERT ON events BEGIN SELECT 1; END;
             CREATE TRIGGER odd_after AFTER INSERT ON cases BEGIN SELECT 1; END;",
        )
        .unwrap();
    assert!(rules(&reg.conn).unwrap().is_none());
}

#[test]
fn every_rule_refuses_alike_with_the_triggers_on_and_off() {
    let (_d, reg) = fresh();
    let (checks, _) = rules(&reg.conn).unwrap().unwrap();
    drop(reg);
    for check in &checks {
        let mut refused = Vec::new();
        for bulk in [false, true] {
            let (_d, mut reg, merged) = fixture();
            let count = |reg: &Register| -> i64 {
                reg.conn
                    .query_row(
                        "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM events)
                         + (SELECT count(*) FROM acts)",
                        [],
                        |r| r.get(0),
                    )
                    .unwrap()
            };
            let before = count(&reg);
            let err = import(&mut reg, bulk, &check.name, merged)
                .expect_err(&format!("{} (bulk: {bulk}) let the row in", check.name));
            assert_eq!(count(&reg), before, "{} left rows", check.name);
            refused.push((err.kind, err.message));
        }
        assert_eq!(refused[0], refused[1], "{}", check.name);
        assert!(
            refused[1].1.contains(&check.words),
            "{}: {:?}",
            check.name,
            refused[1]
        );
    }
}

#[test]
fn a_bulk_import_keeps_the_counts_the_triggers_keep() {
    let (_d, mut reg) = fresh();
    let received = day("2021-05-03");
    let rejected = Facts::new(received)
        .apply("t", &Action::Reject(Reason::Late), day("2021-05-04"))
        .unwrap();
    // Twice: into an empty register, then into one whose years hold counts already.
    for _ in 0..2 {
        let kept = reg
            .import(&stamp(), |imp| {
                for facts in [
                    Facts::new(received),
                    rejected.clone(),
                    Facts::new(day("2020-08-03")),
                ] {
                    imp.add(&row("Dinas Baru", facts))
                        .map_err(|e| panic!("{e:?}"))
                        .unwrap();
                }
                Ok(true)
            })
            .unwrap();
        assert!(kept);
    }
    let stats = |reg: &Register| -> Vec<(i64, i64, i64, String)> {
        reg.conn
            .prepare("SELECT year, entered, not_qualified, max_date FROM year_stats ORDER BY year")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let days = |sql: &str| -> Vec<Vec<i64>> {
        let mut st = reg.conn.prepare(&format!("{sql} ORDER BY 1, 2")).unwrap();
        let n = st.column_count();
        st.query_map([], |r| {
            (0..n)
                .map(|i| r.get::<_, rusqlite::types::Value>(i))
                .map(|v| {
                    v.map(|v| match v {
                        rusqlite::types::Value::Integer(i) => i,
                        rusqlite::types::Value::Text(t) => t.replace('-', "").parse().unwrap(),
                        other => panic!("{other:?}"),
                    })
                })
                .collect()
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    };
    let kept_days = days(&crate::storage::schema::kept_day_stats());
    assert!(!kept_days.is_empty());
    assert_eq!(
        kept_days,
        days(&format!(
            "SELECT * FROM ({})",
            crate::storage::schema::count_day_stats()
        ))
    );
    let kept = stats(&reg);
    reg.recount_year_stats().unwrap();
    assert_eq!(kept, stats(&reg));
    assert_eq!(kept.iter().map(|k| k.1).sum::<i64>(), 6, "{kept:?}");
    let mut problems = Vec::new();
    reg.verify(None, |p| problems.push(format!("{p:?}")))
        .unwrap();
    assert!(problems.is_empty(), "{problems:?}");
}
