//! Free text. Control characters (ESC, BEL, CR, NUL, bidirectional
//! overrides) and names that show nothing are refused in names, numbers and subjects on
//! every input path, a line break only in notes; every field has a documented size limit;
//! a control character stored by other means is never printed raw.

use crate::common::{COLUMNS, TestEnv, write};

const ESC: &str = "Budi\u{1b}[2J";

/// The register CSV with one row whose `column` is `value` (other cells valid).
fn register_csv(column: &str, value: &str) -> String {
    let mut cells = vec![
        String::new(),
        "2026-01-05".into(),
        "Budi".into(),
        "individual".into(),
        "Dinas".into(),
        "RKA".into(),
    ];
    cells.resize(15, String::new());
    let i = COLUMNS.iter().position(|c| *c == column).unwrap();
    cells[i] = value.into();
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(COLUMNS).unwrap();
    w.write_record(&cells).unwrap();
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// Regression: ESC, BEL, CR, NUL, bidi overrides and zero-width-only names were accepted.
#[test]
fn control_characters_are_refused_on_every_input_path() {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi", "Dinas");
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2026-12-01",
        "--kind",
        "mediation",
    ]);
    let before = env.contents();
    let add = |flag: &'static str, v: &'static str| -> Vec<&'static str> {
        let mut a = vec![
            "case",
            "add",
            "--applicant",
            "A",
            "--body",
            "B",
            "--subject",
            "S",
        ];
        if let Some(i) = a.iter().position(|x| *x == flag) {
            a[i + 1] = v;
        } else {
            a.extend([flag, v]);
        }
        a
    };
    let mut refused: Vec<Vec<&str>> = vec![];
    for v in [
        ESC,
        "a\u{7}",
        "a\rb",
        "a\u{202e}b",
        "a\u{2067}b",
        "\u{200b}",
        "a\nb",
    ] {
        for flag in [
            "--applicant",
            "--body",
            "--subject",
            "--register-no",
            "--actor",
        ] {
            refused.push(add(flag, v));
        }
        refused.push(vec!["case", "edit", "2026/1", "--applicant", v]);
        refused.push(vec!["case", "edit", "2026/1", "--body", v]);
        refused.push(vec!["case", "edit", "2026/1", "--subject", v]);
        refused.push(vec![
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-12-02",
            "--kind",
            "evidence",
            "--room",
            v,
        ]);
        refused.push(vec![
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-12-02",
            "--kind",
            "evidence",
            "--panel",
            v,
        ]);
        refused.push(vec![
            "calendar",
            "add",
            "2026-12-28",
            "--kind",
            "office_closure",
            "--name",
            v,
        ]);
        refused.push(vec![
            "calendar",
            "add",
            "2026-12-28",
            "--kind",
            "office_closure",
            "--name",
            "x",
            "--source",
            v,
        ]);
        refused.push(vec!["config", "set", "commission-code", v]);
        refused.push(vec![
            "case",
            "decide",
            "2026/1",
            "--via",
            "mediation",
            "--outcome",
            "agreement",
            "--decision-no",
            v,
        ]);
    }
    for v in [ESC, "a\u{7}", "a\rb", "a\u{202e}b", "a\u{85}b"] {
        refused.push(add("--note", v));
        refused.push(vec!["case", "qualify", "2026/1", "--note", v]);
        refused.push(vec![
            "hearing",
            "postpone",
            "2026/1",
            "1",
            "--to",
            "2026-12-03",
            "--reason",
            v,
        ]);
        refused.push(vec!["case", "undo", "2026/1", "--reason", v]);
    }
    for args in &refused {
        let out = env.run(args);
        assert_eq!(out.code, 3, "{args:?}: {}", out.snapshot());
        assert!(
            !out.stderr.contains('\u{1b}') && !out.stderr.contains('\u{7}'),
            "{args:?}: {}",
            out.stderr
        );
    }
    assert_eq!(env.contents(), before);
    // A line break is a note's.
    env.ok(&[
        "case",
        "qualify",
        "2026/1",
        "--note",
        "first line\nsecond line",
    ]);

    let out = env.run(&[
        "case",
        "add",
        "--applicant",
        ESC,
        "--body",
        "B",
        "--subject",
        "S",
    ]);
    insta::assert_snapshot!(out.snapshot(), @"
    ------- stderr -------
    error: --applicant: the character U+001B at position 5 is a control character
    hint: type it again without control characters (ESC, BEL, CR, NUL, bidirectional overrides); only a note may span lines
    [exit status: 3]
    ");

    // The import files, each bad cell named.
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi", "Dinas");
    let before = env.contents();
    for column in ["register_no", "applicant", "public_body", "subject"] {
        let f = write(&env, "c.csv", &register_csv(column, "x\u{1b}y"));
        let out = env.run(&["import", f]);
        assert_eq!(out.code, 3, "{column}: {}", out.snapshot());
        assert!(
            out.stderr.contains(&format!("({column})")),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains("control character"), "{}", out.stderr);
    }
    let hearings = "register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,respondent,reason\n\
        001/I/KI-JBI-PS/2026,1,mediation,2026-01-20,2026-01-20,,\"Ruang\u{7}1\",,scheduled,,,\n";
    let f = write(&env, "h.csv", hearings);
    let out = env.run(&["hearings", "import", f]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(out.stderr.contains("(room)"), "{}", out.stderr);
    let days =
        "date,kind,name_id,name_en,source\n2026-12-28,office_closure,\u{202e}Tutup,Closed,SK\n";
    let f = write(&env, "d.csv", days);
    let out = env.run(&["calendar", "import", f]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(out.stderr.contains("(name_id)"), "{}", out.stderr);
    assert_eq!(env.contents(), before);
}

/// Regression: a 10 MB cell was accepted (and listing it took 2.1 GB).
#[test]
fn every_field_has_its_size_limit() {
    let env = TestEnv::initialised();
    let name = "n".repeat(500);
    let long_name = "n".repeat(501);
    let note = "x".repeat(10_000);
    let long_note = "x".repeat(10_001);
    let subject = "s".repeat(2_000);
    let long_subject = "s".repeat(2_001);
    env.ok(&[
        "case",
        "add",
        "--applicant",
        &name,
        "--body",
        "B",
        "--subject",
        &subject,
        "--note",
        &note,
    ]);
    for (flag, v) in [
        ("--applicant", &long_name),
        ("--body", &long_name),
        ("--subject", &long_subject),
        ("--note", &long_note),
    ] {
        let mut args = vec![
            "case",
            "add",
            "--applicant",
            "A",
            "--body",
            "B",
            "--subject",
            "S",
        ];
        match args.iter().position(|a| *a == flag) {
            Some(i) => args[i + 1] = v,
            None => args.extend([flag, v.as_str()]),
        }
        let out = env.run(&args);
        assert_eq!(out.code, 3, "{flag}: {}", out.snapshot());
        assert!(out.stderr.len() < 500, "{flag}: {}", out.stderr);
    }
    let out = env.run(&[
        "case",
        "add",
        "--applicant",
        &long_name,
        "--body",
        "B",
        "--subject",
        "S",
    ]);
    insta::assert_snapshot!(out.snapshot(), @"
    ------- stderr -------
    error: --applicant: 501 characters, more than the 500 it takes
    hint: the limits of each kind of field are in the README (Limits); put long explanations in a note
    [exit status: 3]
    ");
    // A 600 KB cell in a file: named, quoted in part.
    let f = write(
        &env,
        "c.csv",
        &register_csv("applicant", &"a".repeat(600_000)),
    );
    let out = env.run(&["import", f]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(
        out.stderr.contains("line 2, column 3 (applicant)"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.len() < 700,
        "{} bytes: {}",
        out.stderr.len(),
        &out.stderr[..300]
    );
    assert_eq!(env.cases().len(), 1);
}

/// Regression: a control character written with the sqlite3 shell reached the terminal raw.
#[test]
fn a_stored_control_character_is_never_printed_raw() {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi", "Dinas");
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2026-12-01",
        "--kind",
        "mediation",
    ]);
    let set = env.sqlite(
        "UPDATE cases SET applicant = 'Bu' || char(27) || '[2Jdi' || char(8238), \
         subject = 'RKA' || char(7); INSERT INTO body_changes (act_id, body_id, change, name) \
         VALUES ((SELECT max(id) FROM acts), 1, 'rename', 'Dinas' || char(13) || 'X'); \
         UPDATE bodies SET name = 'Dinas' || char(13) || 'X';",
    );
    assert_eq!(set.code, 0, "{}", set.snapshot());
    for args in [
        &["case", "list"][..],
        &["case", "show", "2026/1"][..],
        &["case", "show", "2026/1", "--format", "json"][..],
        &["case", "list", "--format", "json"][..],
        &["export", "--format", "json"][..],
        &["agenda", "--on", "2026-01-05"][..],
        &["agenda", "--on", "2026-12-01", "--format", "ics"][..],
        &["recap", "--by", "body", "--format", "md"][..],
        &["recap", "--by", "body"][..],
        &["verify"][..],
    ] {
        let out = env.run(args);
        // (An iCalendar file ends its lines with CR LF, as RFC 5545 has it.)
        let ics = args.contains(&"ics");
        for c in ['\u{1b}', '\u{7}', '\r', '\u{202e}'] {
            if ics && c == '\r' {
                continue;
            }
            assert!(
                !out.stdout.contains(c) && !out.stderr.contains(c),
                "{args:?} printed {c:?} raw:\n{}",
                out.snapshot()
            );
        }
    }
}
