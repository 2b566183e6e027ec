//! Register numbers a careless import or script breaks: a historic number taken by an
//! imported case is skipped by the template (and said so); a number shaped like a short
//! reference (`2017/2`) is refused.

use crate::common::{COLUMNS, TestEnv, write};

/// The register CSV with the given rows (register_no, received_on), other cells valid.
fn cases_csv(rows: &[(&str, &str)]) -> String {
    let mut s = COLUMNS.join(",") + "\n";
    for (no, on) in rows {
        s += &format!("{no},{on},Pemohon,individual,Dinas,RKA,,,,,,,,,\n");
    }
    s
}

/// Regression: `002/I/KI-JBI-PS/2019` imported as the year's first case made every later
/// `case add` of that month fail forever.
#[test]
fn the_template_skips_numbers_already_taken() {
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

/// Regression: a register number shaped like `YEAR/SERIAL` was accepted, and then a short
/// reference named the wrong case.
#[test]
fn a_number_shaped_like_a_short_reference_is_refused() {
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
