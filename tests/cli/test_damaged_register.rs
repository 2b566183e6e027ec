//! A register damaged by other means (the sqlite3 shell). A value sengketa
//! cannot read (bytes that are not UTF-8, a date outside the years it reads, a history
//! step it does not know) is a damaged register: exit 5 with "run verify", never 70;
//! `verify` names each unreadable row (exit 1) instead of stopping; `export` refuses
//! rather than writing a field empty; the schema and the date parser agree on the years.

use crate::common::TestEnv;

const V1: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/registers/v1.db");

fn two_cases() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi", "Dinas");
    env.add("2026-01-06", "Sari", "Dinas");
    env
}

fn shell(env: &TestEnv, sql: &str) {
    let out = env.sqlite(sql);
    assert_eq!(out.code, 0, "{}", out.snapshot());
}

/// Regression: invalid UTF-8 written with the shell: verify, show, list exited 70 and
/// export wrote the field empty.
#[test]
fn bytes_that_are_not_text_are_a_damaged_register() {
    let env = two_cases();
    shell(
        &env,
        "UPDATE cases SET applicant = CAST(X'42FF75' AS TEXT) WHERE serial = 1",
    );
    insta::assert_snapshot!(env.run(&["case", "show", "2026/1"]).snapshot(), @"
    ------- stderr -------
    error: the register is damaged: case 001/I/KI-JBI-PS/2026: applicant: bytes that are not UTF-8 text
    hint: it was changed by other means than sengketa; `sengketa verify` names every damaged row: restore the register from a backup, or correct the rows it names
    [exit status: 5]
    ");
    for args in [
        &["case", "list"][..],
        &["case", "list", "--format", "csv"][..],
        &["export"][..],
        &["export", "--format", "json"][..],
        &["export", "-o", "out.csv"][..],
        &["agenda"][..],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 5, "{args:?}: {}", out.snapshot());
        assert!(
            out.stderr.contains("sengketa verify"),
            "{args:?}: {}",
            out.stderr
        );
    }
    assert!(!env.dir().join("out.csv").exists(), "export -o left a file");
    assert_eq!(env.run(&["case", "show", "2026/2"]).code, 0);
    insta::assert_snapshot!(env.run(&["verify"]).snapshot(), @"
    act 3 (add by clerk, recorded 2026-11-29T08:00:00Z) does not match its hash: it, or a row it wrote, was changed after it was recorded
    case 001/I/KI-JBI-PS/2026: applicant: bytes that are not UTF-8 text (cannot be read)
    4 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    2 problems found in 2 cases
    ------- stderr -------
    hint: a value written by other means than sengketa cannot be read: correct the row named with the sqlite3 shell, or restore the register from a backup
    hint: the history was changed outside sengketa after it was recorded: compare with a backup or an archive; `sengketa verify --since HEAD`, with a head written down earlier, tells whether the history up to it is as it was
    [exit status: 1]
    ");
}

/// The same for the other tables a command reads: a hearing, a calendar day.
#[test]
fn an_unreadable_hearing_or_day_is_named() {
    let env = two_cases();
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2026-12-01",
        "--kind",
        "mediation",
        "--room",
        "R1",
    ]);
    shell(
        &env,
        "UPDATE hearings SET room = CAST(X'52FF31' AS TEXT); \
         DROP TRIGGER calendar_update_follows_history; \
         UPDATE calendar SET name_id = CAST(X'4EFF' AS TEXT) WHERE date = '2026-12-25'",
    );
    let out = env.run(&["case", "show", "2026/1"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    assert!(
        out.stderr
            .contains("hearing 1: room: bytes that are not UTF-8"),
        "{}",
        out.stderr
    );
    let out = env.run(&["calendar", "list", "--year", "2026"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    assert!(
        out.stderr.contains("calendar day 2026-12-25: name_id"),
        "{}",
        out.stderr
    );
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(out.stdout.contains("hearing 1: room"), "{}", out.stdout);
    assert!(
        out.stdout.contains("calendar day 2026-12-25"),
        "{}",
        out.stdout
    );
}

/// Regression: `received_on = '1899-05-01'` passed the schema's CHECK, then `case list` and
/// `verify` exited 70.
#[test]
fn the_schema_and_the_parser_agree_on_the_years() {
    let env = two_cases();
    let out = env.sqlite(
        "DROP TRIGGER cases_received_fixed; \
         UPDATE cases SET received_on = '1899-05-01', year = 1899 WHERE serial = 1",
    );
    assert_ne!(out.code, 0, "the schema took 1899: {}", out.snapshot());
    assert!(
        out.stderr.contains("CHECK constraint failed"),
        "{}",
        out.stderr
    );
    // Written with the CHECKs off, it is a damaged row, named.
    shell(
        &env,
        "PRAGMA ignore_check_constraints = 1; \
         UPDATE cases SET received_on = '1899-05-01', year = 1899 WHERE serial = 1",
    );
    let out = env.run(&["case", "list"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout.contains("001/I/KI-JBI-PS/2026") && out.stdout.contains("received_on"),
        "{}",
        out.stdout
    );
}

/// Regression: a corrupt history was reported as an internal bug (exit 70).
#[test]
fn a_corrupt_history_is_a_damaged_register() {
    let env = two_cases();
    env.ok(&["case", "qualify", "2026/1"]);
    shell(
        &env,
        "PRAGMA ignore_check_constraints = 1; DROP TRIGGER events_append_only_update; \
         UPDATE events SET kind = 'bogus' WHERE case_id = 1 AND seq = 2",
    );
    for args in [
        &["case", "show", "2026/1"][..],
        &["case", "close", "2026/1"][..],
        &["case", "undo", "2026/1", "--reason", "x"][..],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 5, "{args:?}: {}", out.snapshot());
        assert!(
            out.stderr.contains("sengketa verify"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(out.stdout.contains("bogus"), "{}", out.stdout);
    // A file that is not a database any more (cut short) is damaged too, not a bug.
    let bytes = std::fs::read(env.db()).unwrap();
    std::fs::write(env.db(), &bytes[..bytes.len() / 2]).unwrap();
    let out = env.run(&["case", "list"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
}

/// A register of an earlier version holding a row the new rules refuse is not migrated,
/// and is left as it was.
#[test]
fn a_register_that_cannot_migrate_is_left_as_it_was() {
    let env = TestEnv::new();
    std::fs::copy(V1, env.db()).unwrap();
    shell(
        &env,
        "DROP TRIGGER IF EXISTS cases_received_fixed; \
         UPDATE cases SET received_on = '1899-05-01', year = 1899 WHERE id = 1",
    );
    let bytes = std::fs::read(env.db()).unwrap();
    let out = env.run(&["case", "list"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    assert!(out.stderr.contains("cannot be brought"), "{}", out.stderr);
    assert!(
        std::fs::read(env.db()).unwrap() == bytes,
        "the register changed"
    );
}
