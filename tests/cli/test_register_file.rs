//! The register file: created private, `init` is harmless twice, a newer schema is refused
//! untouched, and the database itself refuses edits that would break the history.

use crate::common::TestEnv;
use std::os::unix::fs::PermissionsExt;

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

#[test]
fn a_newer_register_is_refused_and_left_alone() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    let set = env.sqlite("PRAGMA user_version = 99");
    assert_eq!(set.code, 0, "{}", set.snapshot());
    let bytes = std::fs::read(env.db()).unwrap();
    insta::assert_snapshot!(env.run(&["case", "list"]).snapshot(), @"
    ------- stderr -------
    error: $TEST_ENV/register.db was written by a newer sengketa (schema version 99; this one knows up to 6)
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
    hint: the per-year counts are derived from the cases: `sengketa verify --repair` counts them afresh
    hint: the history was changed outside sengketa after it was recorded: compare with a backup or an archive; `sengketa verify --since HEAD`, with a head written down earlier, tells whether the history up to it is as it was
    [exit status: 1]
    ");
}

/// Issue "Bahasa Indonesia first": `verify` said "1 problems"; it counts in words, hints
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
    hint: the per-year counts are derived from the cases: `sengketa verify --repair` counts them afresh
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
