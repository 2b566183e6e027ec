//! Issue 11, §4: register numbers and case steps a careless script breaks. A historic
//! number taken by an imported case is skipped by the template (and said so); a number
//! shaped like a short reference (`2017/2`) is refused; a correction is not dated before
//! the case was received; a published year is never read modulo 2^32.

use crate::common::{COLUMNS, TestEnv, write};

/// The register CSV with the given rows (register_no, received_on), other cells valid.
fn cases_csv(rows: &[(&str, &str)]) -> String {
    let mut s = COLUMNS.join(",") + "\n";
    for (no, on) in rows {
        s += &format!("{no},{on},Pemohon,individual,Dinas,RKA,,,,,,,,,\n");
    }
    s
}

/// Issue 11: `002/I/KI-JBI-PS/2019` imported as the year's first case made every later
/// `case add` of that month fail forever.
#[test]
fn issue_11_the_template_skips_numbers_already_taken() {
    let env = TestEnv::initialised();
    let f = write(
        &env,
        "old.csv",
        &cases_csv(&[("002/I/KI-JBI-PS/2019", "2019-01-07")]),
    );
    env.ok(&["import", f]);
    let out = env.run(&[
        "case",
        "add",
        "--received",
        "2019-01-10",
        "--applicant",
        "Budi",
        "--body",
        "Dinas",
        "--subject",
        "RKA",
    ]);
    insta::assert_snapshot!(out.snapshot(), @"
    003/I/KI-JBI-PS/2019
    ------- stderr -------
    002/I/KI-JBI-PS/2019 is already in the register (a number given by hand or imported): skipped; this case is 003/I/KI-JBI-PS/2019
    [exit status: 0]
    ");
    let again = env.ok(&[
        "case",
        "add",
        "--received",
        "2019-01-11",
        "--applicant",
        "Sari",
        "--body",
        "Dinas",
        "--subject",
        "RKA",
    ]);
    assert_eq!(again, "004/I/KI-JBI-PS/2019\n");
    // The short reference follows the number the template gave.
    let shown = env.ok(&["case", "show", "2019/3", "--format", "json"]);
    assert!(
        shown.contains("\"register_no\": \"003/I/KI-JBI-PS/2019\""),
        "{shown}"
    );

    // An import numbers its rows the same way, and says what it skipped.
    let f = write(
        &env,
        "more.csv",
        &cases_csv(&[("006/I/KI-JBI-PS/2019", "2019-01-14"), ("", "2019-01-15")]),
    );
    let out = env.run(&["import", f]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stderr.contains("006/I/KI-JBI-PS/2019"),
        "{}",
        out.stderr
    );
    let numbers: Vec<String> = env
        .cases()
        .iter()
        .map(|c| c["register_no"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        numbers,
        [
            "002/I/KI-JBI-PS/2019",
            "003/I/KI-JBI-PS/2019",
            "004/I/KI-JBI-PS/2019",
            "006/I/KI-JBI-PS/2019",
            "007/I/KI-JBI-PS/2019"
        ]
    );
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// Issue 11: a register number shaped like `YEAR/SERIAL` was accepted, and then a short
/// reference named the wrong case.
#[test]
fn issue_11_a_number_shaped_like_a_short_reference_is_refused() {
    let env = TestEnv::initialised();
    env.add("2017-01-05", "Budi", "Dinas");
    env.add("2017-01-06", "Sari", "Dinas");
    let before = env.contents();
    let out = env.run(&[
        "case",
        "add",
        "--received",
        "2018-01-05",
        "--applicant",
        "Ani",
        "--body",
        "Dinas",
        "--subject",
        "RKA",
        "--register-no",
        "2017/2",
    ]);
    insta::assert_snapshot!(out.snapshot(), @"
    ------- stderr -------
    error: '2017/2' cannot be a register number: YEAR/SERIAL is how commands name a case (2017/2: case 2 received in 2017)
    hint: give the number as the commission wrote it, with its other parts (e.g. 002/I/KI-JBI-PS/2017)
    [exit status: 3]
    ");
    for no in ["2017/1", " 2017/02 ", "1999/7"] {
        let f = write(&env, "c.csv", &cases_csv(&[(no, "2018-01-05")]));
        let out = env.run(&["import", f]);
        assert_eq!(out.code, 3, "{no}: {}", out.snapshot());
        assert!(out.stderr.contains("(register_no)"), "{}", out.stderr);
    }
    assert_eq!(env.contents(), before);
    // A template that makes such numbers is refused too.
    let out = env.run(&["config", "set", "register-template", "{year}/{serial}"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    // Numbers that only look alike are fine.
    env.ok(&[
        "case",
        "add",
        "--received",
        "2018-01-05",
        "--applicant",
        "Ani",
        "--body",
        "Dinas",
        "--subject",
        "RKA",
        "--register-no",
        "2017/2/A",
    ]);
    let shown = env.ok(&["case", "show", "2017/2", "--format", "json"]);
    assert!(shown.contains("\"applicant\": \"Sari\""), "{shown}");
}

/// Issue 11: `case edit` under a pinned today could be dated before the case's receipt.
#[test]
fn issue_11_a_correction_is_not_dated_before_the_case_was_received() {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi", "Dinas");
    let before = env.contents();
    let mut cmd = env.command();
    cmd.env("SENGKETA_TODAY", "2025-12-31").args([
        "case",
        "edit",
        "2026/1",
        "--applicant",
        "Budi Santoso",
    ]);
    insta::assert_snapshot!(env.run_command(cmd).snapshot(), @"
    ------- stderr -------
    error: the edit date 2025-12-31 is before the receipt date 2026-01-05
    hint: a correction is recorded today (2025-12-31), which must not be before the case's latest step: check the computer's date, or SENGKETA_TODAY if it is set
    [exit status: 3]
    ");
    assert_eq!(env.contents(), before);
    env.ok(&["case", "edit", "2026/1", "--applicant", "Budi Santoso"]);
}

/// Issue 11: `recap check` read a published year of 4294969313 as 2017 (`as i32`).
#[test]
fn issue_11_a_published_year_out_of_range_is_not_read_as_another() {
    let env = TestEnv::initialised();
    env.add("2017-01-05", "Budi", "Dinas");
    for year in ["4294969313", "-2017", "2017.0", "99999"] {
        let f = write(&env, "p.csv", &format!("year,entered\n{year},1\n"));
        let out = env.run(&["recap", "check", f]);
        assert_eq!(out.code, 3, "{year}: {}", out.snapshot());
        assert!(out.stderr.contains("(year)"), "{year}: {}", out.stderr);
        assert!(!out.stdout.contains("2017"), "{year}: {}", out.stdout);
    }
    let f = write(&env, "p.csv", "year,entered\n2017,1\n");
    assert_eq!(env.run(&["recap", "check", f]).code, 0);
}
