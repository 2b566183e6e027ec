//! The crash test's short version (`tests/crash/run.sh`, where the full one is described):
//! writers on one register killed with SIGKILL at random moments, two rounds of a
//! 1,000-row import beside the clerks' loops, the first kill within a second; after each,
//! `verify` passes, the import is all there or not at all, and no acknowledged add is lost.
//! The long variant (50 runs of 200,000 rows, minutes each) is one command in
//! docs/testing.md.

use std::path::Path;
use std::process::Command;

#[test]
fn writers_killed_at_random_moments_leave_a_whole_register() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/crash/run.sh");
    let out = Command::new("bash")
        .arg(&script)
        .args(["1", "2", "1000"])
        .env("SENGKETA_BIN", env!("CARGO_BIN_EXE_sengketa"))
        // The first kill within a second, without timing a dry-run import first: a
        // 1,000-row import takes half a second to a few (a loaded machine), so some rounds
        // cut it and some do not; every round kills the clerks' loops.
        .env("MAX_DELAY", "1")
        .env("CRASH_DIR", dir.path())
        .output()
        .expect("bash runs the crash test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    let summary = stdout.lines().last().unwrap_or_default();
    assert!(
        summary.contains("damaged registers 0, half imports 0") && summary.ends_with("lost 0"),
        "{stdout}"
    );
    let kills: u32 = summary
        .split("kills ")
        .nth(1)
        .and_then(|s| s.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(kills >= 1, "nothing was killed:\n{stdout}");
}
