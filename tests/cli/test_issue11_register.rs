//! Issue 11, §4: the register file when it is not what it should be. A register is known
//! by its own marker (`PRAGMA application_id`), not by its schema version; anything else
//! is refused untouched; `init`s racing each other make one register; the environment and
//! the paging flags are read with their ranges.

use crate::common::TestEnv;
use std::process::Stdio;
use std::time::{Duration, Instant};

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

/// Issue 11: a foreign SQLite file whose user_version is 1 exited 70, switched to WAL.
#[test]
fn issue_11_a_foreign_sqlite_file_is_refused_untouched() {
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

/// Issue 11: the marker is set by `init`, and on a register made before it existed.
#[test]
fn issue_11_a_register_carries_its_marker() {
    let env = TestEnv::initialised();
    assert_eq!(env.sqlite("PRAGMA application_id").stdout, MARKER);
    env.add("2026-01-05", "Budi", "Dinas");
    // A register of an earlier release: its tables, its version, no marker.
    env.sqlite("PRAGMA application_id = 0");
    assert_eq!(env.cases().len(), 1);
    assert_eq!(env.sqlite("PRAGMA application_id").stdout, MARKER);
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// Issue 11: `PRAGMA user_version = -1` was taken as a register and skipped every
/// migration step.
#[test]
fn issue_11_a_negative_schema_version_is_refused() {
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

/// Issue 11: four `init`s at once exited 70, "table settings already exists".
#[test]
fn issue_11_inits_at_once_make_one_register() {
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

/// Issue 11: `--db /dev/null init` exited 70 and created /dev/null-journal; a FIFO hung.
#[test]
fn issue_11_a_register_is_a_regular_file() {
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

/// Issue 11: SENGKETA_BUSY_TIMEOUT_MS=2147483648 panicked; `--offset` and `--limit` of
/// 2^63 and more wrapped.
#[test]
fn issue_11_numbers_from_outside_are_read_with_their_range() {
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
