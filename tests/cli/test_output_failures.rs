//! What happens to the output. A failed write to stdout or stderr is never
//! a panic; a step the register recorded reports success by its exit code whatever
//! happens to its output; an output failure of a command that only reads is its own
//! error (exit 74), not invalid input (3) nor a bug (70).

use crate::common::TestEnv;
use std::process::Stdio;

/// A writable handle on /dev/full: every write fails with "no space left on device".
fn full() -> Stdio {
    Stdio::from(
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full"),
    )
}

const ADD: [&str; 8] = [
    "case",
    "add",
    "--applicant",
    "Budi",
    "--body",
    "Dinas",
    "--subject",
    "RKA",
];

/// Regression: `case add ... > /dev/full` panicked (exit 101) after the case was committed.
#[test]
fn a_committed_step_succeeds_whatever_happens_to_its_output() {
    let env = TestEnv::initialised();
    let mut cmd = env.command();
    cmd.args(ADD).stdout(full());
    let out = env.run_command(cmd);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    assert_eq!(env.cases().len(), 1);

    // `case add ... | true`: the reader is gone before the number is written.
    let mut child = env
        .command()
        .args(ADD)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let done = child.wait_with_output().unwrap();
    assert_eq!(done.status.code(), Some(0), "{done:?}");
    assert_eq!(env.cases().len(), 2);

    // A step that reports on stderr, with stderr full.
    let mut cmd = env.command();
    cmd.args(["case", "qualify", "2026/1"]).stderr(full());
    let out = env.run_command(cmd);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(env.cases()[0]["state"], "qualified");
}

/// Regression: stdout or stderr closed (`>&-`, `2>&-`) after the commit: the step is
/// recorded once, and says success.
#[test]
fn a_closed_stdout_or_stderr_is_no_failure() {
    let env = TestEnv::initialised();
    for redirect in [">&-", "2>&-", ">&- 2>&-"] {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                r#""$0" case add --applicant A --body B --subject S {redirect}"#
            ))
            .arg(env!("CARGO_BIN_EXE_sengketa"))
            .envs(env.command().get_envs().filter_map(|(k, v)| Some((k, v?))))
            .current_dir(env.dir())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{redirect}: {out:?}");
    }
    assert_eq!(env.cases().len(), 3);
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// Regression: a full disk during `export` exited 3 (invalid input), `case list` panicked.
#[test]
fn an_output_failure_is_its_own_error() {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi", "Dinas");
    for args in [
        &["export"][..],
        &["export", "--format", "json"][..],
        &["case", "list"][..],
        &["case", "show", "2026/1"][..],
        &["recap"][..],
        &["hearings", "export"][..],
        &["calendar", "list", "--year", "2026"][..],
        &["--help"][..],
        &["--version"][..],
        &["schema"][..],
        &["agenda"][..],
        &["agenda", "--format", "ics"][..],
        &["verify"][..],
        &["config", "list"][..],
        &["completions", "bash"][..],
        &["man"][..],
    ] {
        let mut cmd = env.command();
        cmd.args(args).stdout(full());
        let out = env.run_command(cmd);
        assert_eq!(out.code, 74, "{args:?}: {}", out.snapshot());
        assert!(
            out.stderr.starts_with("error: ") && out.stderr.contains("No space left"),
            "{args:?}: {}",
            out.stderr
        );
    }
    // A reader that goes away is still success (`sengketa export | head`).
    let mut child = env
        .command()
        .args(["export"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let done = child.wait_with_output().unwrap();
    assert_eq!(done.status.code(), Some(0), "{done:?}");
}
