//! Hostile input files. A device or a binary stream is refused at once
//! (`import /dev/zero` hung), a file with no rows writes nothing and says so (a
//! header-only import wrote an empty act), and no message echoes more than a short,
//! escaped excerpt of what it read (a 300 MB header was echoed to stderr).

use crate::common::{COLUMNS, TestEnv, write};
use std::process::Stdio;
use std::time::{Duration, Instant};

const HEARING_COLUMNS: &str =
    "register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,respondent,reason";
const CALENDAR_COLUMNS: &str = "date,kind,name_id,name_en,source";

/// Runs `sengketa ARGS` with `stdin`, killed if it has not ended within 20 seconds.
fn run_briefly(env: &TestEnv, args: &[&str], stdin: Stdio) -> (Option<i32>, String) {
    let mut child = env
        .command()
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            child.wait().unwrap();
            return (None, "(killed after 20 s)".into());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn acts(env: &TestEnv) -> String {
    env.sqlite("SELECT count(*) FROM acts").stdout
}

/// Regression: `import /dev/zero` hung.
#[test]
fn a_device_or_a_binary_stream_is_refused_at_once() {
    let env = TestEnv::initialised();
    let before = acts(&env);
    for args in [
        &["import", "/dev/zero"][..],
        &["hearings", "import", "/dev/zero"][..],
        &["calendar", "import", "/dev/zero"][..],
        &["recap", "check", "/dev/zero"][..],
        &["import", "."][..],
    ] {
        let (code, err) = run_briefly(&env, args, Stdio::null());
        assert_eq!(code, Some(3), "{args:?}: {err}");
        assert!(err.contains("is not a file to read"), "{args:?}: {err}");
    }
    for args in [
        &["import", "-"][..],
        &["hearings", "import", "-"][..],
        &["calendar", "import", "-"][..],
        &["recap", "check", "-"][..],
    ] {
        let zero = std::fs::File::open("/dev/zero").unwrap();
        let (code, err) = run_briefly(&env, args, Stdio::from(zero));
        assert_eq!(code, Some(3), "{args:?}: {err}");
        assert!(err.contains("NUL"), "{args:?}: {err}");
        assert!(err.len() < 600, "{args:?}: {} bytes on stderr", err.len());
    }
    assert_eq!(acts(&env), before);
}

/// Regression: a header-only import wrote an empty act.
#[test]
fn a_file_without_rows_writes_nothing_and_says_so() {
    let env = TestEnv::initialised();
    let before = acts(&env);
    let cases = write(&env, "cases.csv", &(COLUMNS.join(",") + "\n"));
    let hearings = write(&env, "hearings.csv", &format!("{HEARING_COLUMNS}\n"));
    let days = write(&env, "days.csv", &format!("{CALENDAR_COLUMNS}\n"));
    insta::assert_snapshot!(env.run(&["import", cases]).snapshot(), @"
    ------- stderr -------
    cases.csv has a header and no rows: nothing was written
    [exit status: 0]
    ");
    insta::assert_snapshot!(env.run(&["hearings", "import", hearings]).snapshot(), @"
    ------- stderr -------
    hearings.csv has a header and no rows: nothing was written
    [exit status: 0]
    ");
    insta::assert_snapshot!(env.run(&["calendar", "import", days]).snapshot(), @"
    ------- stderr -------
    days.csv has a header and no rows: nothing was written
    [exit status: 0]
    ");
    assert_eq!(acts(&env), before);
}

/// Regression: a 300 MB header was echoed whole to stderr.
#[test]
fn a_huge_line_is_refused_and_not_echoed() {
    let env = TestEnv::initialised();
    let huge = "x".repeat(3 << 20);
    for (name, args) in [
        ("c.csv", &["import", "c.csv"][..]),
        ("h.csv", &["hearings", "import", "h.csv"][..]),
        ("d.csv", &["calendar", "import", "d.csv"][..]),
        ("p.csv", &["recap", "check", "p.csv"][..]),
    ] {
        std::fs::write(env.dir().join(name), format!("{huge}\n")).unwrap();
        let (code, err) = run_briefly(&env, args, Stdio::null());
        assert_eq!(code, Some(3), "{args:?}: {}", &err[..err.len().min(300)]);
        assert!(err.len() < 600, "{args:?}: {} bytes on stderr", err.len());
        assert!(err.contains("line 1"), "{args:?}: {err}");
    }
    // A header of the right columns, then a row far too long.
    let file = format!(
        "{}\n,2026-01-05,{huge},individual,Dinas,RKA,,,,,,,,,\n",
        COLUMNS.join(",")
    );
    std::fs::write(env.dir().join("c.csv"), file).unwrap();
    let (code, err) = run_briefly(&env, &["import", "c.csv"], Stdio::null());
    assert_eq!(code, Some(3), "{}", &err[..err.len().min(300)]);
    assert!(err.contains("line 2"), "{err}");
    assert!(err.len() < 600, "{} bytes on stderr", err.len());
    // A wrong header of a sane length is quoted in part, escaped.
    let header = format!("\u{1b}[31m{}", "y".repeat(5000));
    std::fs::write(env.dir().join("c.csv"), format!("{header}\n")).unwrap();
    let out = env.run(&["import", "c.csv"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(!out.stderr.contains('\u{1b}'), "{}", out.stderr);
    assert!(out.stderr.len() < 600, "{}", out.stderr);
}
