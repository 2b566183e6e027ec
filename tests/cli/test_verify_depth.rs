//! How deep `verify` looks into the SQLite file: its quick check by default, the whole
//! integrity check under `--deep` (and in `backup`); and the WAL the tool keeps between
//! runs, which a plain copy of the file alone would miss and a `backup` never does.

use crate::common::TestEnv;

fn three_cases() -> TestEnv {
    let env = TestEnv::initialised();
    for (i, on) in ["2026-01-05", "2026-02-02", "2026-03-02"]
        .iter()
        .enumerate()
    {
        env.add(on, &format!("Pemohon {i}"), "Dinas Pendidikan");
    }
    env
}

/// An index whose entries no longer match its table: the quick check does not compare
/// them, the deep one names every row; both report the changed schema, so a tampered
/// index is found either way.
#[test]
fn deep_compares_every_index_with_its_table() {
    let env = three_cases();
    let forged = env.sqlite(
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_schema SET sql = replace(sql, '(year, state, serial)', '(year, serial, state)')
         WHERE name = 'cases_by_state';",
    );
    assert_eq!(forged.code, 0, "{}", forged.snapshot());
    let quick = env.run(&["verify"]);
    assert_eq!(quick.code, 1, "{}", quick.snapshot());
    assert!(
        quick.stdout.contains("index cases_by_state differs"),
        "{}",
        quick.snapshot()
    );
    assert!(
        !quick.stdout.contains("missing from index"),
        "{}",
        quick.snapshot()
    );
    let deep = env.run(&["verify", "--deep"]);
    assert_eq!(deep.code, 1, "{}", deep.snapshot());
    assert!(
        deep.stdout.contains("index cases_by_state differs"),
        "{}",
        deep.snapshot()
    );
    for row in 1..=3 {
        let line = format!("SQLite integrity: row {row} missing from index cases_by_state");
        assert!(deep.stdout.contains(&line), "{line}:\n{}", deep.snapshot());
    }
    // The backup's check of its copy is the deep one: the copy is not kept.
    let out = env.run(&["backup", "copy.db"]);
    assert_ne!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stderr.contains("missing from index cases_by_state"),
        "{}",
        out.snapshot()
    );
    assert!(!env.dir().join("copy.db").exists());
}

/// A whole register passes both.
#[test]
fn a_whole_register_passes_quick_and_deep() {
    let env = three_cases();
    for args in [&["verify"][..], &["verify", "--deep"]] {
        let out = env.run(args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.snapshot());
        assert!(out.stdout.contains("3 cases checked"), "{}", out.snapshot());
    }
}

/// The register's WAL stays between runs (no checkpoint at every close: one fsync a
/// step): what the last step wrote is in it, read by every later run, by the sqlite3
/// shell, and by a backup, whose copy is whole in its one file.
#[test]
fn the_wal_is_kept_and_read() {
    let env = three_cases();
    let wal = env.dir().join("register.db-wal");
    let len = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert!(len > 0, "no WAL kept after a step");
    assert_eq!(env.cases().len(), 3);
    let counted = env.sqlite("SELECT count(*) FROM cases");
    assert_eq!(counted.stdout.trim(), "3", "{}", counted.snapshot());
    env.ok(&["backup", "copy.db"]);
    assert!(
        !env.dir().join("copy.db-wal").exists(),
        "the copy left a WAL beside it"
    );
    let copy = TestEnv::new();
    std::fs::copy(env.dir().join("copy.db"), copy.db()).unwrap();
    assert_eq!(copy.cases().len(), 3, "the copy lacks steps");
    assert!(copy.ok(&["verify"]).contains("3 cases checked"));
}

/// A row written with the CHECK constraints off that breaks one (and reads well, so
/// nothing but the file check names the constraint). The quick check leaves the CHECKs
/// of the case and event tables to the hash chain and the replay, which find the row
/// changed; the deep check names the constraint too, also when the file is checked on a
/// connection beside the register's own (SQLite drops the CHECKs of a file it opened
/// read-only). A CHECK of another table is named by both.
#[test]
fn both_checks_find_a_row_that_breaks_a_check() {
    let env = three_cases();
    let out = env.sqlite(
        "PRAGMA ignore_check_constraints = ON; UPDATE cases SET subject = ' ' WHERE serial = 2",
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let named = "CHECK constraint failed in cases";
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout.contains("does not match its hash") && !out.stdout.contains(named),
        "{}",
        out.snapshot()
    );
    let out = env.run(&["verify", "--deep"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(out.stdout.contains(named), "{}", out.snapshot());
    // A table whose CHECKs the quick check keeps: the serial counters.
    let env = three_cases();
    let out = env.sqlite("PRAGMA ignore_check_constraints = ON; UPDATE serials SET last = -1");
    assert_eq!(out.code, 0, "{}", out.snapshot());
    for args in [&["verify"][..], &["verify", "--deep"][..]] {
        let out = env.run(args);
        assert_eq!(out.code, 1, "{args:?}: {}", out.snapshot());
        assert!(
            out.stdout.contains("CHECK constraint failed in serials"),
            "{args:?}: {}",
            out.snapshot()
        );
    }
}
