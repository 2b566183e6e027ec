//! `import` and `export`: the register CSV round-trips byte for byte, an import is all or
//! nothing and names every bad row (line and column), large reports are summarised, and
//! standard input works without progress noise on a piped stderr.

use crate::common::{
    COLUMNS, FIXTURE, TestEnv, csv_records, fixture, fixture_env, run_stdin, write,
};
use std::os::unix::fs::PermissionsExt;

/// One register CSV line (no newline) from a valid base row with `cells` replaced:
/// received 2020-03-02, an individual applicant, a body and a subject.
fn row(cells: &[(&str, &str)]) -> String {
    let mut v: Vec<String> = vec![String::new(); 15];
    v[1] = "2020-03-02".into();
    v[2] = "Budi Santoso".into();
    v[3] = "individual".into();
    v[4] = "Dinas Pendidikan".into();
    v[5] = "RKA 2020".into();
    for (col, val) in cells {
        let i = COLUMNS
            .iter()
            .position(|c| c == col)
            .unwrap_or_else(|| panic!("no column {col}"));
        v[i] = val.to_string();
    }
    csv_line(&v)
}

fn csv_line(fields: &[String]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(vec![]);
    w.write_record(fields).unwrap();
    let mut s = String::from_utf8(w.into_inner().unwrap()).unwrap();
    assert_eq!(s.pop(), Some('\n'));
    s
}

/// A whole register CSV: the header, then `rows`.
fn file(rows: &[String]) -> String {
    let mut s = COLUMNS.join(",");
    s.push('\n');
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    s
}

#[test]
fn the_fixture_round_trips_byte_for_byte() {
    let env = fixture_env();
    let fixture = fixture();
    env.ok(&["export", "-o", "first.csv"]);
    let first_path = env.dir().join("first.csv");
    let mode = std::fs::metadata(&first_path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "an export file is private: {mode:o}");
    let first = std::fs::read_to_string(&first_path).unwrap();
    assert_eq!(first, fixture, "the export of the fixture is the fixture");
    assert_eq!(env.ok(&["export"]), first, "stdout and -o agree");

    let fresh = TestEnv::initialised();
    fresh.ok(&["import", first_path.to_str().unwrap()]);
    let second = fresh.ok(&["export"]);
    assert!(second == first, "re-import then export changed the bytes");
    assert_eq!(
        fresh.ok(&["export", "--format", "json"]),
        env.ok(&["export", "--format", "json"])
    );

    // --year: the header and that year's rows only.
    let lines: Vec<&str> = fixture.lines().collect();
    let y2018: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.split(',').nth(1).unwrap().starts_with("2018-"))
        .collect();
    assert_eq!(y2018.len(), 11);
    let mut want = format!("{}\n", lines[0]);
    for l in &y2018 {
        want.push_str(l);
        want.push('\n');
    }
    assert_eq!(env.ok(&["export", "--year", "2018"]), want);
    assert_eq!(
        env.ok(&["export", "--year", "2016"]),
        format!("{}\n", lines[0])
    );
    assert_eq!(
        env.ok(&["export", "--year", "2016", "--format", "json"]),
        "[]\n"
    );
}

#[test]
fn the_json_export_is_the_csv_with_nulls_for_empty_cells_then_the_state() {
    let env = fixture_env();
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["export", "--format", "json"])).expect("valid JSON");
    let objects = json.as_array().expect("a JSON array");
    assert_eq!(objects.len(), 54);
    let csv = csv_records(&fixture());
    assert_eq!(csv[0], COLUMNS);
    let mut nulls = 0;
    for (obj, rec) in objects.iter().zip(&csv[1..]) {
        let obj = obj.as_object().expect("an object per case");
        let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        // The one shape of a case in JSON (`case list` writes it too): its version, the
        // CSV's columns in their order, then what the register adds.
        assert_eq!(keys[0], "schema_version");
        assert_eq!(obj["schema_version"], 1);
        assert_eq!(keys[1..16], COLUMNS, "every column, in the CSV's order");
        assert_eq!(
            keys[16..],
            [
                "state",
                "year",
                "serial",
                "start_by",
                "finish_by",
                "working_days_open",
                "overdue",
                "void"
            ]
        );
        for (k, v) in COLUMNS.iter().zip(rec) {
            if v.is_empty() {
                assert_eq!(obj[*k], serde_json::Value::Null, "{k} of {}", rec[0]);
                nulls += 1;
            } else {
                assert_eq!(obj[*k].as_str(), Some(v.as_str()), "{k} of {}", rec[0]);
            }
        }
    }
    assert!(nulls > 54, "the fixture has empty cells: {nulls}");
}

#[test]
fn awkward_text_and_other_date_spellings_round_trip() {
    let env = TestEnv::initialised();
    let rows = [
        row(&[
            ("applicant", "  Ñoman \"Bang\" Siregar, S.H.  "),
            // (no line break: only notes take one)
            ("subject", "Laporan keuangan, halaman 2, \"lampiran\""),
            ("public_body", "Dinas   Pendidikan"),
            ("received_on", "02/03/2020"),
            ("qualified_on", "09-03-2020"),
            ("decided_on", "2020-06-20"),
            ("decision_via", "Adjudication"),
            ("decision_outcome", "partly-granted"),
            ("decision_no", "001/VI/KI-JBI-PS-A/2020"),
            ("closed_on", "12/7/2020"),
            ("applicant_kind", "legal-entity"),
        ]),
        row(&[
            ("register_no", "007/III/KI-JBI-PS/2020"),
            ("not_qualified_on", "2020-03-05"),
            ("not_qualified_reason", "no-standing"),
        ]),
    ];
    env.ok(&["import", write(&env, "odd.csv", &file(&rows))]);
    let first = env.ok(&["export"]);
    let recs = csv_records(&first);
    assert_eq!(recs.len(), 3, "{first}");
    let a = &recs[1];
    assert_eq!(a[0], "001/III/KI-JBI-PS/2020");
    assert_eq!(a[1], "2020-03-02");
    assert_eq!(a[2], "Ñoman \"Bang\" Siregar, S.H.");
    assert_eq!(a[3], "legal_entity");
    assert_eq!(a[5], "Laporan keuangan, halaman 2, \"lampiran\"");
    assert_eq!(a[6], "2020-03-09");
    assert_eq!(a[11], "adjudication");
    assert_eq!(a[12], "partly_granted");
    assert_eq!(a[14], "2020-07-12");
    let b = &recs[2];
    assert_eq!(b[0], "007/III/KI-JBI-PS/2020");
    assert_eq!(b[8], "no_standing");
    assert_eq!(
        b[14], "2020-03-05",
        "not qualified closes the case that day"
    );

    let fresh = TestEnv::initialised();
    fresh.ok(&["import", write(&fresh, "first.csv", &first)]);
    assert_eq!(fresh.ok(&["export"]), first);
}

#[test]
fn a_file_with_bad_rows_is_refused_whole_and_every_bad_row_is_named() {
    let env = TestEnv::initialised();
    env.ok(&[
        "import",
        write(
            &env,
            "before.csv",
            &file(&[
                row(&[("register_no", "H-001/2020")]),
                row(&[("received_on", "2019-12-30")]),
            ]),
        ),
    ]);
    let before = env.contents();
    let export_before = env.ok(&["export"]);

    let q = ("qualified_on", "2020-03-09");
    let nq = [
        ("not_qualified_on", "2020-03-05"),
        ("not_qualified_reason", "late"),
    ];
    let dec = |via, outcome| {
        [
            ("qualified_on", "2020-03-09"),
            ("decided_on", "2020-05-01"),
            ("decision_via", via),
            ("decision_outcome", outcome),
        ]
    };
    // (the row, and for a bad row the line it starts on and the column to be named)
    let mut lines: Vec<(String, Option<&str>)> = vec![
        (row(&[]), None),
        // a row over two physical lines (a line break in a subject is refused, but
        // the CSV may quote one): the next rows' line numbers count both
        (row(&[("subject", "Laporan\nkeuangan")]), Some("subject")),
        (row(&[("received_on", "")]), Some("received_on")),
        (row(&[("register_no", "F-1")]), None),
        (row(&[("received_on", "2020-02-30")]), Some("received_on")),
        (row(&[("received_on", "2027-01-05")]), Some("received_on")),
        (row(&[("applicant_kind", "alien")]), Some("applicant_kind")),
        (row(&[q, nq[0], nq[1]]), Some("not_qualified_on")),
        (
            row(&[("not_qualified_reason", "late")]),
            Some("not_qualified_on"),
        ),
        (
            row(&[nq[0], nq[1], ("withdrawn_on", "2020-03-06")]),
            Some("withdrawn_on"),
        ),
        (
            row(&[nq[0], nq[1], ("closed_on", "2020-03-07")]),
            Some("closed_on"),
        ),
        (
            row(&[
                ("decided_on", "2020-05-01"),
                ("decision_via", "mediation"),
                ("decision_outcome", "agreement"),
            ]),
            Some("decided_on"),
        ),
        (
            row(&[
                q,
                ("withdrawn_on", "2020-04-01"),
                ("decided_on", "2020-05-01"),
                ("decision_via", "mediation"),
                ("decision_outcome", "agreement"),
            ]),
            Some("decided_on"),
        ),
        (
            row(&[
                q,
                ("decided_on", "2020-05-01"),
                ("decision_via", "mediation"),
            ]),
            Some("decision_outcome"),
        ),
        (row(&dec("mediation", "agreement")), None),
        (row(&dec("mediation", "granted")), Some("decision_outcome")),
        (row(&[q, ("decision_no", "1/A")]), Some("decision_no")),
        (row(&[q, ("closed_on", "2020-05-01")]), Some("closed_on")),
        (row(&[("qualified_on", "2020-03-01")]), Some("qualified_on")),
        ("X-9,2020-03-02,Budi".to_string(), Some("register_no")),
        (row(&[("register_no", "F-1")]), Some("register_no")),
        (row(&[("register_no", "H-001/2020")]), Some("register_no")),
        (row(&[("received_on", "2020-12-31")]), None),
    ];
    // A row with too many fields is refused too.
    lines.push((format!("{},extra", row(&[])), Some("register_no")));
    let text = file(&lines.iter().map(|(r, _)| r.clone()).collect::<Vec<_>>());
    let name = write(&env, "bad.csv", &text);

    let mut expected = Vec::new();
    let mut line = 2;
    for (r, bad) in &lines {
        if let Some(col) = bad {
            let n = COLUMNS.iter().position(|c| c == col).unwrap() + 1;
            expected.push(format!("line {line}, column {n} ({col}): "));
        }
        line += 1 + r.matches('\n').count();
    }
    assert_eq!(expected.len(), 20);

    for args in [&["import", name][..], &["import", "--dry-run", name]] {
        let out = env.run(args);
        assert_eq!(out.code, 3, "{}", out.snapshot());
        assert_eq!(out.stdout, "");
        let listed: Vec<&str> = out
            .stderr
            .lines()
            .filter(|l| l.starts_with("line "))
            .collect();
        assert_eq!(
            listed.len(),
            expected.len(),
            "one line per bad row:\n{}",
            out.stderr
        );
        for (got, want) in listed.iter().zip(&expected) {
            assert!(got.starts_with(want), "expected {want:?}…, got {got:?}");
        }
        assert!(
            out.stderr
                .contains("error: 20 of 24 rows of bad.csv are invalid; nothing was imported"),
            "{}",
            out.stderr
        );
        for reason in [
            "the received date is required",
            "not a date",
            "lies in the future",
            "the row has 3 fields, expected 15",
            "the row has 16 fields, expected 15",
            "register number F-1 is already in the register",
            "register number H-001/2020 is already in the register",
        ] {
            assert!(out.stderr.contains(reason), "{reason}:\n{}", out.stderr);
        }
        assert_eq!(env.contents(), before, "{args:?} changed the register");
        assert_eq!(env.ok(&["export"]), export_before);
    }
}

#[test]
fn dry_run_writes_nothing_and_a_second_import_of_a_file_is_refused() {
    let env = TestEnv::initialised();
    let before = env.contents();
    let out = env.run(&["import", "--dry-run", FIXTURE]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("54 rows") && out.stderr.contains("nothing was written"),
        "{}",
        out.stderr
    );
    assert_eq!(env.contents(), before, "--dry-run wrote");

    env.ok(&["import", FIXTURE]);
    let after = env.contents();
    let out = env.run(&["import", FIXTURE]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    let taken = out
        .stderr
        .lines()
        .filter(|l| l.contains("is already in the register"))
        .count();
    assert_eq!(taken, 54, "every row is named:\n{}", out.stderr);
    assert!(out.stderr.contains("54 of 54 rows"), "{}", out.stderr);
    assert_eq!(env.contents(), after, "a refused re-import wrote");
    assert_eq!(env.cases().len(), 54, "no duplicates");
    // A dry run says the same as the real thing.
    let dry = env.run(&["import", "--dry-run", FIXTURE]);
    assert_eq!(dry.code, 3);
    assert_eq!(dry.stderr, out.stderr);
}

#[test]
fn a_bad_header_is_refused_naming_the_column() {
    let env = TestEnv::initialised();
    let body = row(&[]);
    let mut swapped = COLUMNS;
    swapped.swap(1, 2);
    let cases: [(String, &[&str]); 4] = [
        (
            format!("{}\n{body}\n", swapped.join(",")),
            &["column 2", "'applicant'", "'received_on'"],
        ),
        (
            format!("{}\n{body}\n", COLUMNS[..14].join(",")),
            &["column 15", "closed_on"],
        ),
        (
            // A 16th column may only be the optional registered_on.
            format!("{},remarks\n{body}\n", COLUMNS.join(",")),
            &["column 16", "'remarks'", "'registered_on'"],
        ),
        (
            format!(
                "{}\n{body}\n",
                COLUMNS.join(",").replace("subject", "subjek")
            ),
            &["column 6", "'subjek'", "'subject'"],
        ),
    ];
    let before = env.contents();
    for (text, needles) in &cases {
        let out = env.run(&["import", write(&env, "header.csv", text)]);
        assert_eq!(out.code, 3, "{}", out.snapshot());
        for n in *needles {
            assert!(out.stderr.contains(n), "{n}:\n{}", out.stderr);
        }
        let out = run_stdin(&env, &["import", "-"], text);
        assert_eq!(out.code, 3, "{}", out.snapshot());
    }
    assert_eq!(env.contents(), before);
}

#[test]
fn empty_register_numbers_are_assigned_in_file_order_per_year() {
    let env = TestEnv::initialised();
    let rows = [
        row(&[("received_on", "2018-05-02")]),
        row(&[("received_on", "2017-11-20")]),
        row(&[("received_on", "2017-02-01")]),
        row(&[("received_on", "2018-01-15"), ("register_no", "H-7/2018")]),
        row(&[("received_on", "2017-08-09")]),
        row(&[("received_on", "2018-12-31")]),
    ];
    env.ok(&["import", write(&env, "numbers.csv", &file(&rows))]);
    let numbers: Vec<String> = csv_records(&env.ok(&["export"]))[1..]
        .iter()
        .map(|r| format!("{} {}", r[0], r[1]))
        .collect();
    assert_eq!(
        numbers,
        [
            "001/XI/KI-JBI-PS/2017 2017-11-20",
            "002/II/KI-JBI-PS/2017 2017-02-01",
            "003/VIII/KI-JBI-PS/2017 2017-08-09",
            "001/V/KI-JBI-PS/2018 2018-05-02",
            "H-7/2018 2018-01-15",
            "003/XII/KI-JBI-PS/2018 2018-12-31",
        ]
    );
    // The next case added continues each year's serials.
    assert_eq!(
        env.add("2017-12-01", "Sari", "Dinas Kesehatan"),
        "004/XII/KI-JBI-PS/2017"
    );
}

#[test]
fn without_a_commission_code_empty_numbers_are_refused() {
    let env = TestEnv::new();
    env.ok(&["init"]);
    let rows = [row(&[("register_no", "H-1")]), row(&[])];
    let before = env.contents();
    let out = env.run(&["import", write(&env, "nocode.csv", &file(&rows))]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(
        out.stderr.starts_with("line 3, column 1 (register_no): "),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("commission code"), "{}", out.stderr);
    assert_eq!(env.contents(), before);
}

#[test]
fn more_than_a_hundred_bad_rows_are_listed_then_counted() {
    let env = TestEnv::initialised();
    // 130 bad rows, one fault each, in a repeating pattern of three rules, between valid
    // rows; the 31st..130th bad rows' faults are past the first 100.
    let mut rows = vec![row(&[])];
    let mut bad_lines = Vec::new();
    let kinds = [
        (("received_on", "31/02/2020"), "not a date (received_on)", 2),
        (("applicant_kind", "alien"), "bad value (applicant_kind)", 4),
        (
            ("closed_on", "2020-05-01"),
            "closed without end (closed_on)",
            15,
        ),
    ];
    let mut rest = std::collections::BTreeMap::<&str, u64>::new();
    for i in 0..130 {
        if i % 40 == 0 {
            rows.push(row(&[]));
        }
        let ((col, val), rule, n) = kinds[i % 3];
        rows.push(row(&[(col, val)]));
        let line = rows.len() + 1;
        if i < 100 {
            bad_lines.push(format!("line {line}, column {n} ({col}): {val:?}: "));
        } else {
            *rest.entry(rule).or_default() += 1;
        }
    }
    rows.push(row(&[]));
    let total = rows.len();
    let out = env.run(&["import", write(&env, "many.csv", &file(&rows))]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(lines.len() > 104, "{}", out.stderr);
    for (got, want) in lines[..100].iter().zip(&bad_lines) {
        assert!(got.starts_with(want), "expected {want:?}…, got {got:?}");
    }
    assert_eq!(lines[100], "... and 30 more faults:");
    // The rest, counted per rule (in the order of the rule's name).
    let counted: Vec<String> = rest.iter().map(|(r, n)| format!("  {n} × {r}")).collect();
    assert_eq!(rest.values().sum::<u64>(), 30);
    assert_eq!(
        lines[101..101 + counted.len()],
        counted[..],
        "{}",
        out.stderr
    );
    assert_eq!(
        lines[101 + counted.len()],
        format!("error: 130 of {total} rows of many.csv are invalid; nothing was imported")
    );
    assert_eq!(env.cases().len(), 0);
}

#[test]
fn import_from_standard_input() {
    let env = TestEnv::initialised();
    let out = run_stdin(&env, &["import", "--dry-run", "-"], &fixture());
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(env.cases().len(), 0, "--dry-run wrote");
    let out = run_stdin(&env, &["import", "-"], &fixture());
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr, "",
        "silent on success when stderr is not a terminal"
    );
    assert_eq!(env.ok(&["export"]), fixture());
    // the history says where the cases came from
    let show = env.ok(&["case", "show", "2018/1", "--format", "json"]);
    assert!(show.contains("standard input"), "{show}");

    // Bad rows on standard input are reported with their lines too.
    let bad = file(&[row(&[]), row(&[("received_on", "")])]);
    let out = run_stdin(&env, &["import", "-"], &bad);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(
        out.stderr.starts_with("line 3, column 2 (received_on): "),
        "{}",
        out.stderr
    );
    assert_eq!(env.cases().len(), 54);
}

#[test]
fn a_piped_stderr_is_empty_on_success() {
    let env = TestEnv::initialised();
    // Enough rows for the progress bar to be updated several times were it drawn.
    let name = write(&env, "big.csv", &many_rows());
    let out = env.run(&["import", "--dry-run", name]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(
        out.stderr,
        "9000 rows of big.csv are valid; nothing was written (--dry-run)\n"
    );
    let out = env.run(&["import", name]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr, "",
        "no progress bar and no message when stderr is not a terminal"
    );
}

#[test]
fn a_spreadsheet_saved_file_with_bom_and_crlf_imports_the_same() {
    let env = TestEnv::initialised();
    let text = format!("\u{feff}{}", fixture().replace('\n', "\r\n"));
    let out = env.run(&["import", write(&env, "excel.csv", &text)]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(out.stderr, "");
    assert_eq!(env.ok(&["export"]), fixture());
}

/// Bad rows of a CRLF file (as spreadsheets on Windows save them) are named by their
/// physical lines, as in an LF file.
#[test]
fn crlf_files_name_the_same_lines_as_lf_files() {
    let env = TestEnv::initialised();
    let rows = [
        row(&[]),
        row(&[("applicant_kind", "alien")]),
        row(&[]),
        row(&[]),
        row(&[("received_on", "2020-02-30")]),
    ];
    let lf = file(&rows);
    let want = [
        "line 3, column 4 (applicant_kind): ",
        "line 6, column 2 (received_on): ",
    ];
    for (name, text) in [
        ("lf.csv", lf.clone()),
        ("crlf.csv", lf.replace('\n', "\r\n")),
        (
            "bom-crlf.csv",
            format!("\u{feff}{}", lf.replace('\n', "\r\n")),
        ),
    ] {
        let out = env.run(&["import", write(&env, name, &text)]);
        assert_eq!(out.code, 3, "{}", out.snapshot());
        let listed: Vec<&str> = out
            .stderr
            .lines()
            .filter(|l| l.starts_with("line "))
            .collect();
        assert_eq!(listed.len(), 2, "{name}:\n{}", out.stderr);
        for (got, want) in listed.iter().zip(want) {
            assert!(
                got.starts_with(want),
                "{name}: expected {want:?}…, got {got:?}"
            );
        }
    }
    assert_eq!(env.cases().len(), 0);
}

/// Past the first 100 faults, rows refused for want of a commission code are counted under
/// a rule that says so, not as taken register numbers.
#[test]
fn the_summary_does_not_call_a_missing_commission_code_a_taken_number() {
    let env = TestEnv::new();
    env.ok(&["init"]);
    let rows: Vec<String> = (0..103).map(|_| row(&[])).collect();
    let out = env.run(&["import", write(&env, "nocode.csv", &file(&rows))]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    let summary: Vec<&str> = out
        .stderr
        .lines()
        .skip_while(|l| !l.starts_with("... and "))
        .collect();
    assert_eq!(
        summary.first(),
        Some(&"... and 3 more faults:"),
        "{}",
        out.stderr
    );
    assert!(
        summary[1].starts_with("  3 × ") && !summary[1].contains("register number taken"),
        "{}",
        out.stderr
    );
}

/// 9,000 valid rows: enough for a progress bar to be drawn several times.
fn many_rows() -> String {
    let rows: Vec<String> = (0..9000)
        .map(|i| {
            let received = format!("20{:02}-{:02}-{:02}", 10 + i % 10, 1 + i % 12, 1 + i % 28);
            row(&[("received_on", &received)])
        })
        .collect();
    file(&rows)
}

/// Runs `sengketa ARGS` on a pseudo-terminal (`script`, from util-linux, on every Debian);
/// returns whether it succeeded and what the terminal showed.
fn on_a_terminal(env: &TestEnv, args: &str) -> (bool, String) {
    let line = format!("{} {args}", env!("CARGO_BIN_EXE_sengketa"));
    let out = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .envs(
            env.command()
                .get_envs()
                .filter_map(|(k, v)| v.map(|v| (k, v))),
        )
        .env("TERM", "xterm")
        .current_dir(env.dir())
        .output()
        .expect("script (util-linux) runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Under a terminal, a large import shows a progress bar (rows done, rate, time
/// left).
#[test]
fn a_terminal_gets_a_progress_bar() {
    let env = TestEnv::initialised();
    let name = write(&env, "big.csv", &many_rows());
    let (ok, screen) = on_a_terminal(&env, &format!("import {name}"));
    assert!(ok, "{screen}");
    assert!(
        screen.contains("rows/s"),
        "no progress bar on the terminal:\n{screen}"
    );
    assert!(
        screen.contains("left"),
        "no time left on the bar:\n{screen}"
    );
    assert!(
        screen.contains("imported 9000 cases from big.csv"),
        "{screen}"
    );
    assert_eq!(env.cases().len(), 9000);
}

/// A large export shows a progress bar too when stderr is a terminal and the data
/// goes to a file; piped, stderr stays empty.
#[test]
fn an_export_to_a_file_shows_a_progress_bar_on_a_terminal() {
    let env = TestEnv::initialised();
    env.ok(&["import", write(&env, "big.csv", &many_rows())]);
    let (ok, screen) = on_a_terminal(&env, "export -o out.csv");
    assert!(ok, "{screen}");
    assert!(
        screen.contains("rows/s"),
        "no progress bar on the terminal:\n{screen}"
    );
    let piped = env.run(&["export", "-o", "piped.csv"]);
    assert_eq!((piped.code, piped.stderr.as_str()), (0, ""));
    let a = std::fs::read(env.dir().join("out.csv")).unwrap();
    let b = std::fs::read(env.dir().join("piped.csv")).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.iter().filter(|&&c| c == b'\n').count(), 9001);
}
