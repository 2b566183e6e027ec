//! The register file: created private, `init` is harmless twice (and one register when
//! several race), a newer schema is refused untouched, the database itself refuses edits
//! that would break the history. A register is known by its own marker (`PRAGMA
//! application_id`), not by its schema version; anything else (a foreign SQLite file, a
//! device, a FIFO) is refused untouched; the environment and the paging flags are read
//! with their ranges.

use crate::common::TestEnv;
use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;
use std::time::{Duration, Instant};

#[test]
fn init_creates_a_private_file_and_is_harmless_twice() {
    let env = TestEnv::new();
    insta::assert_snapshot!(env.run(&["init"]).snapshot(), @"
    ------- stderr -------
    created the register $TEST_ENV/register.db
    next: sengketa config set commission-code <CODE>   (e.g. JBI)
    [exit status: 0]
    ");
    let mode = std::fs::metadata(env.db()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");

    env.ok(&["config", "set", "commission-code", "JBI"]);
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    let before = env.contents();
    let bytes = std::fs::read(env.db()).unwrap();
    insta::assert_snapshot!(env.run(&["init"]).snapshot(), @"
    ------- stderr -------
    the register $TEST_ENV/register.db is already there; nothing changed
    [exit status: 0]
    ");
    assert_eq!(env.contents(), before);
    assert!(
        std::fs::read(env.db()).unwrap() == bytes,
        "init changed the file"
    );
    let mode = std::fs::metadata(env.db()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
}

#[test]
fn init_creates_missing_folders() {
    let env = TestEnv::new();
    let deep = env.dir().join("a/b/register.db");
    let out = env
        .command()
        .env("SENGKETA_DB", &deep)
        .arg("init")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        std::fs::metadata(&deep).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // --db wins over SENGKETA_DB
    let other = env.dir().join("other.db");
    let out = env
        .command()
        .arg("--db")
        .arg(&other)
        .arg("init")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(other.exists());
}

#[test]
fn the_register_is_opened_in_wal_mode_with_its_schema_version() {
    let env = TestEnv::initialised();
    assert_eq!(env.sqlite("PRAGMA journal_mode").stdout, "wal\n");
    assert_eq!(
        env.sqlite("PRAGMA user_version").stdout,
        format!("{}\n", sengketa::storage::SCHEMA_VERSION)
    );
}

/// The WAL a run leaves is kept small: a run reads the whole WAL it finds as it opens,
/// and SQLite's own checkpoint never starts over a WAL kept between processes. Past its
/// limit (1 MB) a run checkpoints it and truncates it as it closes.
#[test]
fn the_kept_wal_stays_small_over_many_runs() {
    let env = TestEnv::initialised();
    let mut wal = env.db().as_os_str().to_owned();
    wal.push("-wal");
    let size = || std::fs::metadata(&wal).map_or(0, |m| m.len());
    let (mut largest, mut truncated) = (0, false);
    for i in 0..30 {
        let before = size();
        env.add("2025-03-03", &format!("Pemohon {i}"), "Dinas WAL");
        let after = size();
        largest = largest.max(after);
        truncated |= after < before;
    }
    assert!(
        truncated,
        "thirty steps never truncated the WAL ({largest} bytes)"
    );
    assert!(
        largest <= (1 << 20) + (256 << 10),
        "the WAL grew to {largest} bytes"
    );
    env.ok(&["verify"]);
    assert_eq!(env.cases().len(), 30);
}

#[test]
fn a_newer_register_is_refused_and_left_alone() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    let set = env.sqlite("PRAGMA user_version = 99");
    assert_eq!(set.code, 0, "{}", set.snapshot());
    let bytes = std::fs::read(env.db()).unwrap();
    insta::assert_snapshot!(env.run(&["case", "list"]).snapshot(), @"
    ------- stderr -------
    error: $TEST_ENV/register.db was written by a newer sengketa (schema version 99; this one knows up to 12)
    hint: upgrade sengketa; the register has not been changed
    [exit status: 5]
    ");
    for args in [
        &["init"][..],
        &[
            "case",
            "add",
            "--applicant",
            "A",
            "--body",
            "B",
            "--subject",
            "C",
        ][..],
        &["case", "qualify", "2017/1"][..],
        &["config", "set", "commission-code", "XYZ"][..],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 5, "{args:?}: {}", out.snapshot());
        assert_eq!(out.stdout, "");
        assert!(
            out.stderr.contains("written by a newer sengketa"),
            "{}",
            out.stderr
        );
    }
    assert!(
        std::fs::read(env.db()).unwrap() == bytes,
        "the newer register was changed"
    );
    assert_eq!(env.sqlite("PRAGMA user_version").stdout, "99\n");
}

#[test]
fn a_newer_register_not_in_wal_mode_is_left_alone() {
    // A newer release (or a copy made with `.backup`) may hand over a file in rollback
    // mode; refusing it must not change it.
    let env = TestEnv::new();
    let made = env.sqlite("CREATE TABLE t (x); PRAGMA user_version = 99;");
    assert_eq!(made.code, 0, "{}", made.snapshot());
    let bytes = std::fs::read(env.db()).unwrap();
    let out = env.run(&["case", "list"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    assert!(
        std::fs::read(env.db()).unwrap() == bytes,
        "the newer register was changed"
    );
}

#[test]
fn a_file_that_is_not_a_register() {
    let env = TestEnv::new();
    std::fs::write(env.db(), "Nomor register, tanggal\n").unwrap();
    let out = env.run(&["case", "list"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    assert_eq!(
        std::fs::read_to_string(env.db()).unwrap(),
        "Nomor register, tanggal\n"
    );
    let out = env.run(&["init"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
}

/// Runs SQL in the sqlite3 shell that the register must refuse; returns the message.
fn shell_refuses(env: &TestEnv, sql: &str) -> String {
    let before = env.contents();
    let out = env.sqlite(sql);
    assert_ne!(out.code, 0, "sqlite3 accepted {sql}");
    assert_eq!(env.contents(), before, "{sql} changed the register");
    out.stderr
}

#[test]
fn the_history_is_append_only() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    let count = || env.sqlite("SELECT count(*) FROM events").stdout;
    assert_eq!(count(), "2\n");
    let msg = shell_refuses(&env, "DELETE FROM events");
    assert!(msg.contains("append-only"), "{msg}");
    let msg = shell_refuses(&env, "DELETE FROM events WHERE seq = 2");
    assert!(msg.contains("append-only"), "{msg}");
    let msg = shell_refuses(&env, "UPDATE events SET note = 'x'");
    assert!(msg.contains("append-only"), "{msg}");
    let msg = shell_refuses(
        &env,
        "UPDATE events SET on_date = '2017-03-10' WHERE seq = 2",
    );
    assert!(msg.contains("append-only"), "{msg}");
    assert_eq!(count(), "2\n");
    let msg = shell_refuses(&env, "UPDATE acts SET actor = 'someone else'");
    assert!(msg.contains("append-only"), "{msg}");
    let msg = shell_refuses(&env, "DELETE FROM acts");
    assert!(msg.contains("append-only"), "{msg}");
    let msg = shell_refuses(&env, "DELETE FROM cases");
    assert!(msg.contains("cannot be deleted"), "{msg}");
}

#[test]
fn the_case_row_cannot_contradict_its_history() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    let msg = shell_refuses(&env, "UPDATE cases SET state = 'done'");
    assert!(msg.contains("the state its history leads to"), "{msg}");
    let msg = shell_refuses(
        &env,
        "UPDATE cases SET state = 'decided', decided_on = '2017-06-20', \
         decision_via = 'adjudication', decision_outcome = 'granted'",
    );
    assert!(msg.contains("the state its history leads to"), "{msg}");
    // facts that do not give the stored state
    let msg = shell_refuses(&env, "UPDATE cases SET qualified_on = NULL");
    assert!(msg.contains("CHECK constraint failed"), "{msg}");
}

#[test]
fn case_rows_must_be_lifecycle_paths() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    let insert = |cols: &str, vals: &str| {
        format!(
            "INSERT INTO cases (year, serial, register_no, received_on, applicant, applicant_kind, \
             body_id, subject, state{cols}) VALUES (2019, 1, 'X/2019', '2019-01-01', 'a', \
             'individual', 1, 's'{vals})"
        )
    };
    for (cols, vals) in [
        // decided without being qualified
        (
            ", decided_on, decision_via, decision_outcome",
            ", 'decided', '2019-02-01', 'adjudication', 'granted'",
        ),
        // a via / outcome pair not in the table
        (
            ", qualified_on, decided_on, decision_via, decision_outcome",
            ", 'decided', '2019-01-05', '2019-02-01', 'mediation', 'granted'",
        ),
        // qualified before it was received
        (", qualified_on", ", 'qualified', '2018-12-31'"),
        // closed without a withdrawal, decision or rejection
        (", closed_on", ", 'done', '2019-02-01'"),
        // a date not written as one
        (", qualified_on", ", 'qualified', '5 Jan 2019'"),
        // a state the facts do not give
        (", qualified_on", ", 'entered', '2019-01-05'"),
        // an unknown reason
        (
            ", not_qualified_on, not_qualified_reason, closed_on",
            ", 'done', '2019-01-05', 'lazy', '2019-01-05'",
        ),
    ] {
        let msg = shell_refuses(&env, &insert(cols, vals));
        assert!(msg.contains("CHECK constraint failed"), "{cols}: {msg}");
    }
    // a well-formed row goes in: the CHECKs are what refused the others
    let ok = env.sqlite(&insert("", ", 'entered'"));
    assert_eq!(ok.code, 0, "{}", ok.snapshot());
}

#[test]
fn impossible_calendar_dates_are_refused_by_the_database() {
    let env = TestEnv::initialised();
    shell_refuses(
        &env,
        "INSERT INTO cases (year, serial, register_no, received_on, applicant, applicant_kind, \
         body_id, subject, state) VALUES (2019, 1, 'X/2019', '2019-02-30', 'a', 'individual', \
         1, 's', 'entered')",
    );
}

#[test]
fn the_history_only_records_allowed_transitions() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    let event = |kind: &str, from: &str, to: &str| {
        format!(
            "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) \
             VALUES (1, 2, '{kind}', '{from}', '{to}', '2017-03-03', 1)"
        )
    };
    // closing an entered case is not a transition; nor is a made-up kind, nor a step
    // that does not start where the history stands
    for (kind, from, to) in [
        ("close", "entered", "done"),
        ("bogus", "entered", "entered"),
        ("qualify", "entered", "done"),
        ("undo", "entered", "qualified"),
    ] {
        let msg = shell_refuses(&env, &event(kind, from, to));
        assert!(msg.contains("CHECK constraint failed"), "{kind}: {msg}");
    }
    let msg = shell_refuses(&env, &event("close", "decided", "done"));
    assert!(msg.contains("must continue its case's history"), "{msg}");
    // the same statement with an allowed step goes in: the rules are what refused the
    // others (the shell can still append a step without moving the case row, though)
    let ok = env.sqlite(&event("qualify", "entered", "qualified"));
    assert_eq!(ok.code, 0, "{}", ok.snapshot());
}

/// `verify` finds what direct edits can still do: SQLite enforces foreign keys only on
/// connections that ask for them (the sqlite3 shell does not), and no trigger can see a
/// step appended without the case row it should move.
#[test]
fn verify_finds_what_direct_edits_break() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    env.add("2017-03-05", "Siti Aminah", "Dinas Pendidikan");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    let clean = env.run(&["verify"]);
    assert_eq!(clean.code, 0, "{}", clean.snapshot());
    assert!(
        clean
            .stdout
            .ends_with("\nthe register holds together: 2 cases checked\n"),
        "{}",
        clean.stdout
    );

    let edit = env.sqlite(
        "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) \
         VALUES (2, 2, 'qualify', 'entered', 'qualified', '2017-03-06', 1); \
         UPDATE year_stats SET done = done + 1 WHERE year = 2017; \
         INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) \
         VALUES (99, 1, 'add', NULL, 'entered', '2017-03-06', 1);",
    );
    assert_eq!(
        edit.code,
        0,
        "the shell, foreign keys off, takes these: {}",
        edit.snapshot()
    );
    insta::assert_snapshot!(env.run(&["verify"]).snapshot(), @"
    act 1 (calendar_seed by sengketa, recorded 2026-11-29T08:00:00Z) does not match its hash: it, or a row it wrote, was changed after it was recorded
    a row of events points at a missing row of cases
    case 002/III/KI-JBI-PS/2017: the register says entered, its history leads to qualified (qualified_on: - -> 2017-03-06)
    2017: the recap's kept count of done is 1, the cases give 0
    5 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    4 problems found in 2 cases
    ------- stderr -------
    hint: cases or their history were changed outside sengketa; the history is the record: compare with a backup (`sengketa case show` prints a case's history)
    hint: the recap's kept counts (per year and per day) are derived from the cases: `sengketa verify --repair` counts them afresh
    hint: the history was changed outside sengketa after it was recorded: compare with a backup or an archive; `sengketa verify --since HEAD`, with a head written down earlier, tells whether the history up to it is as it was
    [exit status: 1]
    ");
}

/// Regression: `verify` said "1 problems"; it counts in words, hints
/// at what can be done, and `--repair` counts the per-year counts afresh (only those).
#[test]
fn verify_repair_recounts_the_per_year_counts_only() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    let clean = env.sqlite(".dump cases events acts");
    let edit = env.sqlite("UPDATE year_stats SET done = done + 1 WHERE year = 2017");
    assert_eq!(edit.code, 0, "{}", edit.snapshot());
    insta::assert_snapshot!(env.run(&["verify"]).snapshot(), @"
    2017: the recap's kept count of done is 1, the cases give 0
    3 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    1 problem found in 1 case
    ------- stderr -------
    hint: the recap's kept counts (per year and per day) are derived from the cases: `sengketa verify --repair` counts them afresh
    [exit status: 1]
    ");
    insta::assert_snapshot!(env.run(&["verify", "--repair"]).snapshot(), @"
    2017: the recap's kept count of done is 1, the cases give 0
    repaired: the per-year counts of 2017 were counted afresh from the cases
    3 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    the register holds together: 1 case checked
    [exit status: 0]
    ");
    assert_eq!(env.run(&["verify"]).code, 0);
    assert_eq!(
        env.sqlite(".dump cases events acts"),
        clean,
        "only the counts changed"
    );
    // What --repair cannot mend is left, and said.
    env.sqlite("UPDATE year_stats SET done = 7; UPDATE serials SET last = 0");
    insta::assert_snapshot!(env.run(&["verify", "--repair"]).snapshot(), @"
    2017: the recap's kept count of done is 7, the cases give 0
    the serial counter of 2017 stands at 0, but serial 1 is taken
    repaired: the per-year counts of 2017 were counted afresh from the cases
    3 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    1 problem is left in 1 case
    ------- stderr -------
    hint: a serial counter is behind the serials taken, so the next case of that year would be refused its number: restore the register from a backup
    [exit status: 1]
    ");
    let mut cmd = env.command();
    cmd.env("SENGKETA_LANG", "id").arg("verify");
    insta::assert_snapshot!(env.run_command(cmd).snapshot(), @"
    penghitung nomor urut 2017 berada di 0, padahal nomor urut 1 sudah terpakai
    3 tindakan dicatat dengan jam yang ditetapkan (SENGKETA_TODAY atau SENGKETA_NOW), mulai tindakan 1: tanggal atau waktunya berasal dari lingkungan, bukan dari jam komputer
    ditemukan 1 masalah pada 1 perkara
    ------- stderr -------
    saran: penghitung nomor urut suatu tahun tertinggal dari nomor yang sudah terpakai, sehingga perkara berikutnya pada tahun itu akan ditolak nomornya: pulihkan register dari cadangan
    [exit status: 1]
    ");
}

/// The per-day counts a recap as of a past date reads: a count moved to another day with
/// the sqlite3 shell (each year's total unchanged, so the per-year counts still agree) is
/// read by the recap, found by `verify`, and mended by `--repair`.
#[test]
fn verify_finds_a_per_day_count_changed_and_repair_recounts_it() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    env.add("2017-03-05", "Siti Aminah", "Dinas Pendidikan");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    let qualified =
        |as_of: &str| crate::common::paper(&env, &["--year", "2017", "--as-of", as_of])[0][3];
    assert_eq!((qualified("2017-03-08"), qualified("2017-03-09")), (0, 1));
    let edit = env.sqlite(
        "UPDATE day_stats SET qualified = qualified - 1 WHERE year = 2017 AND date = '2017-03-09'; \
         INSERT INTO day_stats (year, date, qualified) VALUES (2017, '2017-03-03', 1);",
    );
    assert_eq!(edit.code, 0, "{}", edit.snapshot());
    assert_eq!(
        qualified("2017-03-08"),
        1,
        "the recap reads the per-day counts"
    );
    insta::assert_snapshot!(env.run(&["verify"]).snapshot(), @"
    2017, 2017-03-03: the recap's kept count of qualified that began that day is 1, the cases give 0
    2017, 2017-03-09: the recap's kept count of qualified that began that day is 0, the cases give 1
    5 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    2 problems found in 2 cases
    ------- stderr -------
    hint: the recap's kept counts (per year and per day) are derived from the cases: `sengketa verify --repair` counts them afresh
    [exit status: 1]
    ");
    let repair = env.run(&["verify", "--repair"]);
    assert_eq!(repair.code, 0, "{}", repair.snapshot());
    assert_eq!((qualified("2017-03-08"), qualified("2017-03-09")), (0, 1));
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// A register locked by another writer past the busy timeout is "unavailable" (exit 5),
/// and nothing is written; once the lock is gone the same command succeeds.
#[test]
fn a_register_locked_past_the_timeout_is_unavailable() {
    use std::io::Write;
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    let mut holder = std::process::Command::new("sqlite3")
        .arg(env.db())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the sqlite3 shell runs");
    let stdin = holder.stdin.as_mut().expect("a pipe");
    // `.print` answers once the write lock is held.
    stdin
        .write_all(b"BEGIN IMMEDIATE;\n.print locked\n")
        .unwrap();
    stdin.flush().unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(holder.stdout.as_mut().expect("a pipe")),
        &mut line,
    )
    .unwrap();
    assert_eq!(line, "locked\n");
    let out = env
        .command()
        .env("SENGKETA_BUSY_TIMEOUT_MS", "200")
        .args(["case", "qualify", "2017/1", "--on", "2017-03-09"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: the register is locked"),
        "{stderr}"
    );
    assert!(stderr.contains("SENGKETA_BUSY_TIMEOUT_MS"), "{stderr}");
    holder
        .stdin
        .take()
        .unwrap()
        .write_all(b"ROLLBACK;\n")
        .unwrap();
    holder.wait().unwrap();
    assert_eq!(env.cases()[0]["state"], "entered");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    assert_eq!(env.cases()[0]["state"], "qualified");
}

/// sengketa's marker: `PRAGMA application_id` of every register ("SGKT").
const MARKER: &str = "1397181268\n";

/// Runs `cmd`, killing it if it has not ended within `secs` (then the code is `None`).
fn run_for(mut cmd: std::process::Command, secs: u64) -> (Option<i32>, String) {
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(secs) {
            child.kill().unwrap();
            child.wait().unwrap();
            return (None, String::new());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Regression: a foreign SQLite file whose user_version is 1 exited 70, switched to WAL.
#[test]
fn a_foreign_sqlite_file_is_refused_untouched() {
    for sql in [
        "CREATE TABLE t (x); PRAGMA user_version = 1;",
        "CREATE TABLE settings (key, value); PRAGMA user_version = 2;",
        "PRAGMA application_id = 42;",
        "PRAGMA application_id = 42; PRAGMA user_version = 2;",
    ] {
        let env = TestEnv::new();
        let made = env.sqlite(sql);
        assert_eq!(made.code, 0, "{}", made.snapshot());
        let bytes = std::fs::read(env.db()).unwrap();
        for args in [&["case", "list"][..], &["init"][..], &["verify"][..]] {
            let out = env.run(args);
            assert_eq!(out.code, 5, "{sql} {args:?}: {}", out.snapshot());
            assert!(
                out.stderr.contains("not a sengketa register"),
                "{sql} {args:?}: {}",
                out.stderr
            );
        }
        assert!(std::fs::read(env.db()).unwrap() == bytes, "{sql}: changed");
        assert_eq!(
            env.sqlite("PRAGMA journal_mode").stdout,
            "delete\n",
            "{sql}"
        );
    }
}

/// The marker is set by `init`, and on a register made before it existed.
#[test]
fn a_register_carries_its_marker() {
    let env = TestEnv::initialised();
    assert_eq!(env.sqlite("PRAGMA application_id").stdout, MARKER);
    env.add("2026-01-05", "Budi", "Dinas");
    // A register of an earlier release: its tables, its version, no marker.
    env.sqlite("PRAGMA application_id = 0");
    assert_eq!(env.cases().len(), 1);
    assert_eq!(env.sqlite("PRAGMA application_id").stdout, MARKER);
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// Regression: `PRAGMA user_version = -1` was taken as a register and skipped every
/// migration step.
#[test]
fn a_negative_schema_version_is_refused() {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi", "Dinas");
    env.sqlite("PRAGMA user_version = -1");
    let bytes = std::fs::read(env.db()).unwrap();
    insta::assert_snapshot!(env.run(&["case", "list"]).snapshot(), @"
    ------- stderr -------
    error: $TEST_ENV/register.db says its schema version is -1, which no sengketa writes: it is not a register as sengketa made it
    hint: the file was changed by other means; restore the register from a backup
    [exit status: 5]
    ");
    assert!(std::fs::read(env.db()).unwrap() == bytes);
}

/// Regression: four `init`s at once exited 70, "table settings already exists".
#[test]
fn inits_at_once_make_one_register() {
    for round in 0..8 {
        let env = TestEnv::new();
        let children: Vec<_> = (0..4)
            .map(|_| {
                env.command()
                    .arg("init")
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let mut created = 0;
        for c in children {
            let out = c.wait_with_output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(0), "round {round}: {err}");
            created += usize::from(err.contains("created the register"));
        }
        assert_eq!(created, 1, "round {round}");
        assert_eq!(env.run(&["verify"]).code, 0, "round {round}");
        // One seeded calendar, not four.
        let acts = env.sqlite("SELECT count(*) FROM acts");
        assert_eq!(acts.stdout, "1\n", "round {round}");
    }
}

/// Regression: `--db /dev/null init` exited 70 and created /dev/null-journal; a FIFO hung.
#[test]
fn a_register_is_a_regular_file() {
    let env = TestEnv::new();
    let journal = std::path::Path::new("/dev/null-journal");
    let had_journal = journal.exists();
    let mut cmd = env.command();
    cmd.args(["--db", "/dev/null", "init"]);
    let (code, err) = run_for(cmd, 20);
    if !had_journal && journal.exists() {
        let _ = std::fs::remove_file(journal);
        panic!("init on /dev/null made /dev/null-journal");
    }
    assert_eq!(code, Some(5), "{err}");
    assert!(err.contains("/dev/null is not a regular file"), "{err}");

    let fifo = env.dir().join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for args in [&["init"][..], &["case", "list"][..]] {
        let mut cmd = env.command();
        cmd.arg("--db").arg(&fifo).args(args);
        let (code, err) = run_for(cmd, 20);
        assert_eq!(code, Some(5), "{args:?}: {err}");
        assert!(err.contains("is not a regular file"), "{args:?}: {err}");
    }
    let mut cmd = env.command();
    cmd.arg("--db").arg(env.dir()).arg("init");
    let (code, err) = run_for(cmd, 20);
    assert_eq!(code, Some(5), "{err}");
    assert!(err.contains("is not a regular file"), "{err}");
}

/// Regression: SENGKETA_BUSY_TIMEOUT_MS=2147483648 panicked; `--offset` and `--limit` of
/// 2^63 and more wrapped.
#[test]
fn numbers_from_outside_are_read_with_their_range() {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi", "Dinas");
    let mut cmd = env.command();
    cmd.env("SENGKETA_BUSY_TIMEOUT_MS", "2147483648")
        .args(["case", "list"]);
    insta::assert_snapshot!(env.run_command(cmd).snapshot(), @"
    ------- stderr -------
    error: SENGKETA_BUSY_TIMEOUT_MS: '2147483648' is not a number of milliseconds from 0 to 2147483647
    hint: set it to how long to wait for another clerk's write, e.g. 5000, or unset it
    [exit status: 2]
    ");
    for ok in ["0", "2147483647"] {
        let mut cmd = env.command();
        cmd.env("SENGKETA_BUSY_TIMEOUT_MS", ok)
            .args(["case", "list"]);
        assert_eq!(env.run_command(cmd).code, 0, "{ok}");
    }
    // --due-within: ten years of working days at most (2^31 overflowed).
    let out = env.run(&["case", "list", "--due-within", "2147483648"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert_eq!(env.run(&["case", "list", "--due-within", "2600"]).code, 0);
    for flag in ["--offset", "--limit"] {
        let out = env.run(&["case", "list", flag, "9223372036854775808"]);
        assert_eq!(out.code, 2, "{flag}: {}", out.snapshot());
        assert!(out.stderr.contains("9223372036854775807"), "{}", out.stderr);
        let out = env.run(&["case", "list", flag, "9223372036854775807"]);
        assert_eq!(out.code, 0, "{flag}: {}", out.snapshot());
    }
}
