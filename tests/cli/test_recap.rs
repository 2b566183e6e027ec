//! `recap`: the paper's Table 1 rebuilt from the fixture, `recap check` of a published
//! table, each column's definition on a small hand-made register (as-of dates, undo, empty
//! years, formats, languages), the other views, and no applicant names anywhere.

use crate::common::{
    FLOW_KEYS, PAPER_KEYS, PUBLISHED, TestEnv, fixture_env, fixture_rows, int_rows, paper,
    parse_csv, published, run_stdin, write,
};

#[test]
fn the_fixture_gives_the_published_table_byte_for_byte() {
    let env = fixture_env();
    let csv = env.ok(&[
        "recap",
        "--years",
        "2017-2018",
        "--format",
        "csv",
        "--as-of",
        "2019-12-31",
    ]);
    assert!(csv == published(), "got:\n{csv}");
    // today (the pinned 2026 date) is later than every step: the same table
    assert_eq!(env.ok(&["recap", "--format", "csv"]), published());
}

#[test]
fn the_demo_shows_the_paper_table() {
    let env = TestEnv::new();
    let out = env.run(&["demo"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(!env.db().exists(), "the demo touched the register");
    let cells = |year: &str| -> Vec<String> {
        let line = out
            .stdout
            .lines()
            .find(|l| l.starts_with(&format!("│ {year} ")))
            .unwrap_or_else(|| panic!("no {year} row:\n{}", out.stdout));
        line.trim_matches('│')
            .split('┆')
            .map(|c| c.trim().to_string())
            .collect()
    };
    assert_eq!(
        cells("2017"),
        ["2017", "43", "1", "40", "5", "7", "33", "33", "-"]
    );
    assert_eq!(
        cells("2018"),
        ["2018", "11", "-", "11", "1", "1", "10", "10", "-"]
    );
    insta::assert_snapshot!(out.snapshot(), @"
    Disputes at the Jambi Provincial Information Commission, 2017-2018, as of 2019-12-31 (rebuilt from 54 case records)
    ┌──────┬─────────────────────────┬───────────────────────────┬─────────────────────┬────────────────────────────────────┬─────────────────────────────────────┬────────────────────────┬──────┬─────────┐
    │ Year ┆ Number of cases entered ┆ Case that doesn't qualify ┆ Case that qualifies ┆ The applicant's case was withdrawn ┆ Cases are decided through a process ┆ Total cases in process ┆ Done ┆ Process │
    ╞══════╪═════════════════════════╪═══════════════════════════╪═════════════════════╪════════════════════════════════════╪═════════════════════════════════════╪════════════════════════╪══════╪═════════╡
    │ 2017 ┆                      43 ┆                         1 ┆                  40 ┆                                  5 ┆                                   7 ┆                     33 ┆   33 ┆       - │
    │ 2018 ┆                      11 ┆                         - ┆                  11 ┆                                  1 ┆                                   1 ┆                     10 ┆   10 ┆       - │
    └──────┴─────────────────────────┴───────────────────────────┴─────────────────────┴────────────────────────────────────┴─────────────────────────────────────┴────────────────────────┴──────┴─────────┘
    Try next:
      sengketa init && sengketa config set commission-code JBI    # a register of your own
      sengketa import fixtures/jambi-2017-2018.csv && sengketa recap --by body
      sengketa recap check ../shared/reference/table1-published.csv --as-of 2019-12-31
    [exit status: 0]
    ");
    let id = env.run(&["demo", "--lang", "id"]);
    assert_eq!(id.code, 0);
    assert!(id.stdout.contains("Jumlah sengketa masuk"), "{}", id.stdout);
}

/// Runs `recap check FILE --as-of 2019-12-31` on a file holding `text`.
fn check(env: &TestEnv, text: &str) -> crate::common::Output {
    let name = write(env, "published.csv", text);
    env.run(&["recap", "check", name, "--as-of", "2019-12-31"])
}

#[test]
fn recap_check_of_the_published_table() {
    let env = fixture_env();
    let out = check(&env, &published());
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(!out.stdout.contains("differs:"), "{}", out.stdout);
    assert!(!out.stdout.contains("does not add up"), "{}", out.stdout);
    assert!(out.stdout.contains("2 rows, 16 cells"), "{}", out.stdout);
    // The two 2017 cases without a qualification outcome, found in the fixture itself.
    let unexamined: Vec<String> = fixture_rows()
        .into_iter()
        .filter(|r| r[1].starts_with("2017") && r[6].is_empty() && r[7].is_empty())
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(unexamined.len(), 2);
    let explained: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("explained: "))
        .collect();
    assert_eq!(explained.len(), 1, "{}", out.stdout);
    assert!(
        explained[0].starts_with("explained: 2017: "),
        "{}",
        explained[0]
    );
    for no in &unexamined {
        assert!(explained[0].contains(no.as_str()), "{no}: {}", explained[0]);
    }
    // A published table read from standard input says the same.
    let piped = run_stdin(
        &env,
        &["recap", "check", "-", "--as-of", "2019-12-31"],
        &published(),
    );
    assert_eq!(piped.code, 0, "{}", piped.snapshot());
    assert!(piped.stdout.contains(explained[0]), "{}", piped.stdout);
}

#[test]
fn recap_check_finds_a_changed_cell() {
    let env = fixture_env();
    let changed = published().replace("2017,43,1,40,5,", "2017,43,1,40,6,");
    assert_ne!(changed, published());
    let out = check(&env, &changed);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    let differs: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("differs:"))
        .collect();
    assert_eq!(
        differs,
        ["differs: 2017 withdrawn: published 6, register 5"],
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("every published row adds up"));

    // As of an earlier date, the register had fewer cases: the published table differs.
    let name = write(&env, "ref.csv", &published());
    let out = env.run(&["recap", "check", name, "--as-of", "2018-01-31"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout
            .contains("differs: 2018 entered: published 11, register "),
        "{}",
        out.stdout
    );
}

#[test]
fn recap_check_finds_a_row_that_does_not_add_up() {
    let env = fixture_env();
    let out = check(
        &env,
        "year,qualified,interim_ruling,processed\n2018,11,1,9\n",
    );
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout.contains(
            "does not add up: 2018: processed 9 ≠ qualified 11 − interim_ruling 1 (= 10)"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("differs: 2018 processed: published 9, register 10"),
        "{}",
        out.stdout
    );
    // processed ≠ done + in_process, with every cell but one equal to the register's
    let out = check(&env, "year,processed,done,in_process\n2017,33,33,1\n");
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout
            .contains("does not add up: 2017: processed 33 ≠ done 33 + in_process 1 (= 34)"),
        "{}",
        out.stdout
    );
    // A gap the register cannot explain: 2018 has no unexamined case.
    let out = check(&env, "year,entered,not_qualified,qualified\n2018,12,0,11\n");
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout
            .contains("does not add up: 2018: entered 12 ≠ not_qualified 0 + qualified 11"),
        "{}",
        out.stdout
    );
}

#[test]
fn recap_check_reads_dashes_and_missing_keys() {
    let env = fixture_env();
    let dashes = "year,entered,not_qualified,qualified,withdrawn,interim_ruling,processed,done,in_process\n\
                  2017,43,1,40,5,7,33,33,-\n2018,11,-,11,1,1,10,10,-\n";
    let out = check(&env, dashes);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(out.stdout.contains("2 rows, 16 cells"), "{}", out.stdout);
    for (text, cells) in [
        ("year,entered,done\n2017,43,33\n2018,11,10\n", "4 cells"),
        ("year,in_process\n2018,-\n", "1 cells"),
        ("year,done,entered\n2018,10,11\n", "2 cells"),
        ("year,entered,not_qualified\n2017,43,\n", "1 cells"),
        ("\u{feff}year,entered\r\n2017,43\r\n", "1 cells"),
    ] {
        let out = check(&env, text);
        assert_eq!(out.code, 0, "{text}\n{}", out.snapshot());
        assert!(out.stdout.contains(cells), "{text}\n{}", out.stdout);
        assert!(!out.stdout.contains("differs:"));
    }
}

#[test]
fn recap_check_refuses_what_is_not_a_recap() {
    let env = fixture_env();
    for text in [
        "year,entered,bogus\n2017,43,1\n",
        "entered,year\n43,2017\n",
        "year,entered,entered\n2017,43,43\n",
        "year,entered\n2017,many\n",
        "year,entered\n2017,-3\n",
        "year,entered\n,43\n",
    ] {
        let out = check(&env, text);
        assert_eq!(out.code, 3, "{text}\n{}", out.snapshot());
        assert_eq!(out.stdout, "", "{text}");
        assert!(out.stderr.starts_with("error: "), "{text}\n{}", out.stderr);
    }
    let out = check(&env, "year,entered,bogus\n2017,43,1\n");
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(out.stderr.contains("'bogus'"), "{}", out.stderr);
    let out = env.run(&["recap", "check", "no-such-file.csv"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
}

/// A small register, 2017 and 2019 (2018 has no case), built step by step:
///
/// | case   | path                                                              |
/// |--------|-------------------------------------------------------------------|
/// | 2017/1 | received 01-10, qualified 01-20, withdrawn 03-01, closed 03-10    |
/// | 2017/2 | received 01-15, withdrawn (before qualification) 01-20, closed 01-25 |
/// | 2017/3 | received 02-01, does not qualify (late) 02-05                     |
/// | 2017/4 | received 02-10, qualified 02-15, interim ruling 03-01, closed 03-05 |
/// | 2017/5 | received 03-01, qualified 03-05, adjudication granted 05-01, closed 06-01 |
/// | 2017/6 | received 03-10, qualified 03-15, mediation agreement 04-01         |
/// | 2017/7 | received 04-01, qualified 04-05                                   |
/// | 2017/8 | received 05-01                                                    |
/// | 2017/9 | received 06-01, qualified 06-05, rejected 07-01, closed 2018-02-01 |
/// | 2017/10| received 07-01, qualified 07-05, partly granted 08-01, closed 08-10 |
/// | 2017/11| received 12-20                                                    |
/// | 2019/1 | received 2019-03-01, qualified 2019-03-05                         |
fn small_register() -> TestEnv {
    let env = TestEnv::initialised();
    let received = [
        "2017-01-10",
        "2017-01-15",
        "2017-02-01",
        "2017-02-10",
        "2017-03-01",
        "2017-03-10",
        "2017-04-01",
        "2017-05-01",
        "2017-06-01",
        "2017-07-01",
        "2017-12-20",
        "2019-03-01",
    ];
    for (i, on) in received.iter().enumerate() {
        env.add(on, &format!("Pemohon Rahasia {i}"), "Dinas Pendidikan");
    }
    let step = |args: &[&str]| {
        env.ok(&[&["case"], args].concat());
    };
    for (case, on) in [
        ("2017/1", "2017-01-20"),
        ("2017/4", "2017-02-15"),
        ("2017/5", "2017-03-05"),
        ("2017/6", "2017-03-15"),
        ("2017/7", "2017-04-05"),
        ("2017/9", "2017-06-05"),
        ("2017/10", "2017-07-05"),
        ("2019/1", "2019-03-05"),
    ] {
        step(&["qualify", case, "--on", on]);
    }
    step(&["withdraw", "2017/1", "--on", "2017-03-01"]);
    step(&["close", "2017/1", "--on", "2017-03-10"]);
    step(&["withdraw", "2017/2", "--on", "2017-01-20"]);
    step(&["close", "2017/2", "--on", "2017-01-25"]);
    step(&["reject", "2017/3", "--reason", "late", "--on", "2017-02-05"]);
    for (case, via, outcome, on) in [
        ("2017/4", "interim", "dismissed", "2017-03-01"),
        ("2017/5", "adjudication", "granted", "2017-05-01"),
        ("2017/6", "mediation", "agreement", "2017-04-01"),
        ("2017/9", "adjudication", "rejected", "2017-07-01"),
        ("2017/10", "adjudication", "partly-granted", "2017-08-01"),
    ] {
        step(&[
            "decide",
            case,
            "--via",
            via,
            "--outcome",
            outcome,
            "--on",
            on,
        ]);
    }
    for (case, on) in [
        ("2017/4", "2017-03-05"),
        ("2017/5", "2017-06-01"),
        ("2017/9", "2018-02-01"),
        ("2017/10", "2017-08-10"),
    ] {
        step(&["close", case, "--on", on]);
    }
    env
}

/// A paper row: year, then entered, not_qualified, qualified, withdrawn, interim_ruling,
/// processed, done, in_process.
fn r(year: i64, c: [i64; 8]) -> Vec<i64> {
    let mut v = vec![year];
    v.extend(c);
    v
}

#[test]
fn each_column_as_defined_with_as_of_dates_and_undo() {
    let env = small_register();
    let y = ["--years", "2017-2019"];
    // Today (2026): everything counts. 2017/1 (withdrawn after qualification) is in
    // qualified and processed and done; 2017/2 (withdrawn before) only in withdrawn;
    // 2017/4's interim ruling takes it out of processed; done is 2017/1, /5, /9, /10.
    let zero = r(2018, [0; 8]);
    assert_eq!(
        paper(&env, &y),
        [
            r(2017, [11, 1, 7, 2, 1, 6, 4, 2]),
            zero.clone(),
            r(2019, [1, 0, 1, 0, 0, 1, 0, 1])
        ]
    );
    // Without a year: only the years that have cases.
    assert_eq!(
        paper(&env, &[]),
        [
            r(2017, [11, 1, 7, 2, 1, 6, 4, 2]),
            r(2019, [1, 0, 1, 0, 0, 1, 0, 1])
        ]
    );
    assert_eq!(paper(&env, &["--year", "2018"]), vec![zero.clone()]);
    assert_eq!(
        paper(&env, &["--year", "2019"]),
        [r(2019, [1, 0, 1, 0, 0, 1, 0, 1])]
    );
    // Withdrawn before and after qualification, apart.
    let (h, rows) = int_rows(&env.ok(&[
        "recap", "--by", "outcome", "--year", "2017", "--format", "csv",
    ]));
    let at = |k: &str| rows[0][h.iter().position(|c| c == k).unwrap()];
    assert_eq!(at("withdrawn_before_qualification"), 1);
    assert_eq!(at("withdrawn_after_qualification"), 1);
    assert_eq!(at("interim_ruling"), 1);
    assert_eq!(at("still_open"), 3, "2017/7, /8, /11");

    // The undone close of 2017/10 no longer counts as done.
    env.ok(&[
        "case",
        "undo",
        "2017/10",
        "--reason",
        "closed the wrong case",
    ]);
    let now = r(2017, [11, 1, 7, 2, 1, 6, 3, 3]);
    assert_eq!(paper(&env, &["--year", "2017"]), vec![now.clone()]);
    assert_eq!(
        paper(&env, &["--year", "2017", "--as-of", "2018-12-31"]),
        vec![now.clone()]
    );
    // An undone qualification no longer counts as qualified.
    env.ok(&["case", "qualify", "2017/11", "--on", "2017-12-22"]);
    assert_eq!(
        paper(&env, &["--year", "2017"]),
        [r(2017, [11, 1, 8, 2, 1, 7, 3, 4])]
    );
    env.ok(&["case", "undo", "2017/11", "--reason", "not yet checked"]);
    assert_eq!(paper(&env, &["--year", "2017"]), vec![now.clone()]);

    // As of dates: a step dated after the as-of date does not count, nor does a case
    // received after it; a step on the as-of date does.
    for (as_of, want) in [
        // 2017/9 closed in 2018: not done yet at the end of 2017
        ("2017-12-31", [11, 1, 7, 2, 1, 6, 2, 4]),
        // 2017/11 received 12-20: not entered yet
        ("2017-12-15", [10, 1, 7, 2, 1, 6, 2, 4]),
        // 2017/1 closed 03-10: not done yet; 2017/5 received 03-01 and qualified 03-05
        ("2017-03-02", [5, 1, 2, 2, 1, 1, 0, 1]),
        // on 03-01: 2017/5 received, 2017/1 withdrawn, 2017/4's interim ruling
        ("2017-03-01", [5, 1, 2, 2, 1, 1, 0, 1]),
        ("2017-02-28", [4, 1, 2, 1, 0, 2, 0, 2]),
        ("2017-02-04", [3, 0, 1, 1, 0, 1, 0, 1]),
        ("2017-01-09", [0; 8]),
    ] {
        assert_eq!(
            paper(&env, &["--years", "2017-2019", "--as-of", as_of]),
            [r(2017, want), zero.clone(), r(2019, [0; 8])],
            "as of {as_of}"
        );
    }
    // 2017/10 done as of its close date once more: redo the close and look back.
    env.ok(&["case", "close", "2017/10", "--on", "2017-08-10"]);
    assert_eq!(
        paper(&env, &["--year", "2017", "--as-of", "2017-08-10"]),
        [r(2017, [10, 1, 7, 2, 1, 6, 3, 3])]
    );
    assert_eq!(
        paper(&env, &["--year", "2017", "--as-of", "2017-08-09"]),
        [r(2017, [10, 1, 7, 2, 1, 6, 2, 4])]
    );
}

#[test]
fn formats_and_languages() {
    let env = small_register();
    let y = ["--years", "2017-2019"];
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&[&["recap", "--format", "json"], &y[..]].concat()))
            .expect("valid JSON");
    let rows = json.as_array().expect("an array of rows");
    assert_eq!(rows.len(), 3);
    for row in rows {
        let keys: Vec<&str> = row
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, PAPER_KEYS);
    }
    assert_eq!(rows[1]["year"], 2018);
    assert_eq!(rows[1]["entered"], 0, "zeros are numbers in JSON");
    assert_eq!(rows[0]["processed"], 6);

    let csv = env.ok(&[&["recap", "--format", "csv"], &y[..]].concat());
    assert_eq!(
        csv,
        format!(
            "{}\n2017,11,1,7,2,1,6,4,2\n2018,0,0,0,0,0,0,0,0\n2019,1,0,1,0,0,1,0,1\n",
            PAPER_KEYS.join(",")
        )
    );
    // The CSV keys do not depend on the language.
    assert_eq!(
        env.ok(&[&["recap", "--format", "csv", "--lang", "id"], &y[..]].concat()),
        csv
    );

    let md = env.ok(&[&["recap", "--format", "md"], &y[..]].concat());
    assert!(
        md.contains("| 2017 | 11 | 1 | 7 | 2 | 1 | 6 | 4 | 2 |"),
        "{md}"
    );
    assert!(
        md.contains("| 2018 | - | - | - | - | - | - | - | - |"),
        "{md}"
    );
    assert!(
        md.contains("| 2019 | 1 | - | 1 | - | - | 1 | - | 1 |"),
        "{md}"
    );
    assert!(md.starts_with("| Year | Number of cases entered |"), "{md}");
    let md_id = env.ok(&[&["recap", "--format", "md", "--lang", "id"], &y[..]].concat());
    assert!(
        md_id.starts_with("| Tahun | Jumlah sengketa masuk | Tidak memenuhi syarat |"),
        "{md_id}"
    );
    assert!(md_id.contains("| 2018 | - | - | - | - | - | - | - | - |"));

    for lang in ["en", "id"] {
        let table = env.ok(&[&["recap", "--lang", lang], &y[..]].concat());
        let cells = |year: &str| -> Vec<String> {
            let line = table
                .lines()
                .find(|l| l.starts_with(&format!("│ {year} ")))
                .unwrap_or_else(|| panic!("no {year} row:\n{table}"));
            line.trim_matches('│')
                .split('┆')
                .map(|c| c.trim().to_string())
                .collect()
        };
        assert_eq!(cells("2018")[1..], ["-"; 8]);
        assert_eq!(
            cells("2019"),
            ["2019", "1", "-", "1", "-", "-", "1", "-", "1"]
        );
        let labels = if lang == "id" {
            [
                "Tahun",
                "Jumlah sengketa masuk",
                "Dicabut pemohon",
                "Selesai",
            ]
        } else {
            ["Year", "Number of cases entered", "withdrawn", "Done"]
        };
        for l in labels {
            assert!(table.contains(l), "{lang}: {l}\n{table}");
        }
    }
    // The other views have Indonesian labels too.
    let body = env.ok(&["recap", "--by", "body", "--format", "md", "--lang", "id"]);
    assert!(
        body.starts_with("| Tahun | Badan publik | Masuk |"),
        "{body}"
    );
    let flow = env.ok(&["recap", "--flow", "--format", "md", "--lang", "id"]);
    assert!(flow.starts_with("| Tahun | Sisa awal tahun |"), "{flow}");
}

#[test]
fn by_body_adds_up_to_the_paper_table() {
    let env = fixture_env();
    let (header, rows) = parse_csv(&env.ok(&["recap", "--by", "body", "--format", "csv"]));
    assert_eq!(&header[..3], ["year", "public_body", "entered"]);
    let col = |k: &str| header.iter().position(|c| c == k).unwrap();
    let paper_rows = paper(&env, &[]);
    // Each year's bodies add up to the year's figures.
    for p in &paper_rows {
        let year = p[0].to_string();
        let mine: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == year).collect();
        let sum = |k: &str| -> i64 { mine.iter().map(|r| r[col(k)].parse::<i64>().unwrap()).sum() };
        assert_eq!(sum("entered"), p[1], "{year}");
        assert_eq!(sum("not_qualified"), p[2], "{year}");
        assert_eq!(sum("withdrawn"), p[4], "{year}");
        assert_eq!(sum("interim_ruling"), p[5], "{year}");
        // most cases first
        let entered: Vec<i64> = mine
            .iter()
            .map(|r| r[col("entered")].parse().unwrap())
            .collect();
        assert!(entered.windows(2).all(|w| w[0] >= w[1]), "{entered:?}");
    }
    assert_eq!(rows.len(), {
        let mut pairs: Vec<(String, String)> = fixture_rows()
            .into_iter()
            .map(|r| (r[1][..4].to_string(), r[4].clone()))
            .collect();
        pairs.sort();
        pairs.dedup();
        pairs.len()
    });
    let (_, y2018) =
        parse_csv(&env.ok(&["recap", "--by", "body", "--year", "2018", "--format", "csv"]));
    assert!(y2018.iter().all(|r| r[0] == "2018") && !y2018.is_empty());
}

#[test]
fn by_outcome_rows_add_up_to_entered() {
    let env = fixture_env();
    for as_of in ["2017-06-30", "2017-12-31", "2018-09-30", "2026-11-29"] {
        let (header, rows) = int_rows(&env.ok(&[
            "recap",
            "--by",
            "outcome",
            "--years",
            "2016-2019",
            "--as-of",
            as_of,
            "--format",
            "csv",
        ]));
        assert_eq!(&header[..2], ["year", "entered"]);
        assert_eq!(header.len(), 18);
        assert_eq!(
            rows.iter().map(|r| r[0]).collect::<Vec<_>>(),
            [2016, 2017, 2018, 2019]
        );
        let paper_rows = paper(&env, &["--years", "2016-2019", "--as-of", as_of]);
        for (row, p) in rows.iter().zip(&paper_rows) {
            assert_eq!(row[1], p[1], "entered, {as_of}");
            assert_eq!(row[2..].iter().sum::<i64>(), row[1], "{as_of}: {row:?}");
            let at = |k: &str| row[header.iter().position(|c| c == k).unwrap()];
            let nq: i64 = header
                .iter()
                .zip(row)
                .filter(|(h, _)| h.starts_with("not_qualified_"))
                .map(|(_, v)| v)
                .sum();
            assert_eq!(nq, p[2], "not_qualified, {as_of}");
            assert_eq!(
                at("withdrawn_before_qualification") + at("withdrawn_after_qualification"),
                p[4],
                "withdrawn, {as_of}"
            );
            assert_eq!(at("interim_ruling"), p[5], "{as_of}");
        }
    }
}

#[test]
fn flow_carries_open_cases_from_year_to_year() {
    let env = fixture_env();
    let fixture = fixture_rows();
    for as_of in ["2017-09-30", "2018-06-30", "2019-12-31"] {
        let (header, rows) = int_rows(&env.ok(&[
            "recap",
            "--flow",
            "--years",
            "2016-2020",
            "--as-of",
            as_of,
            "--format",
            "csv",
        ]));
        assert_eq!(header, FLOW_KEYS);
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[0], [2016, 0, 0, 0, 0]);
        for w in rows.windows(2) {
            assert_eq!(w[1][1], w[0][4], "{as_of}: carried over");
        }
        for row in &rows {
            assert_eq!(row[4], row[1] + row[2] - row[3], "{as_of}: {row:?}");
            // open at the end of the year, counted straight from the fixture
            let end = format!("{}-12-31", row[0]);
            let cut = end.as_str().min(as_of);
            let open = fixture
                .iter()
                .filter(|c| c[1].as_str() <= cut && (c[14].is_empty() || c[14].as_str() > cut))
                .count() as i64;
            assert_eq!(row[4], open, "{as_of}: open at the end of {}", row[0]);
        }
        let received: i64 = rows.iter().map(|r| r[2]).sum();
        let want = fixture.iter().filter(|c| c[1].as_str() <= as_of).count() as i64;
        assert_eq!(received, want, "{as_of}");
    }
    // Without a range: the years with cases received or finished.
    let (_, rows) = int_rows(&env.ok(&["recap", "--flow", "--format", "csv"]));
    assert_eq!(rows.first().map(|r| r[0]), Some(2017));
    assert_eq!(
        rows.last().map(|r| r[4]),
        Some(0),
        "every fixture case is closed"
    );
}

#[test]
fn no_applicant_name_in_any_recap() {
    let env = fixture_env();
    env.add(
        "2018-12-01",
        "Zainab Rahasia Pribadi",
        "Dinas Pendidikan Provinsi Jambi",
    );
    let mut names: Vec<String> = fixture_rows().into_iter().map(|r| r[2].clone()).collect();
    names.push("Zainab Rahasia Pribadi".into());
    let bodies: Vec<String> = fixture_rows().into_iter().map(|r| r[4].clone()).collect();
    assert!(
        names
            .iter()
            .all(|n| bodies.iter().all(|b| !b.contains(n.as_str()))),
        "an applicant spelled like a body would make this test meaningless"
    );
    let views: [&[&str]; 5] = [
        &[],
        &["--by", "body"],
        &["--by", "outcome"],
        &["--flow"],
        &["--years", "2016-2019", "--as-of", "2018-06-30"],
    ];
    for view in views {
        for format in ["table", "csv", "json", "md"] {
            for lang in ["en", "id"] {
                let args = [&["recap", "--format", format, "--lang", lang], view].concat();
                let out = env.ok(&args);
                assert!(!out.is_empty());
                for n in &names {
                    assert!(!out.contains(n.as_str()), "{args:?} shows {n}:\n{out}");
                }
            }
        }
    }
    // The published table against this register: it differs by the one case added above,
    // so the check must find that (exit 1), and still name no applicant.
    let out = env.run(&["recap", "check", PUBLISHED, "--as-of", "2019-12-31"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout
            .contains("differs: 2018 entered: published 11, register 12"),
        "{}",
        out.stdout
    );
    for n in &names {
        assert!(!out.stdout.contains(n.as_str()) && !out.stderr.contains(n.as_str()));
    }
    let demo = env.ok(&["demo"]);
    for n in &names {
        assert!(!demo.contains(n.as_str()), "the demo shows {n}");
    }
}

/// A fault in a CRLF file is named by its physical line, as in an LF file.
#[test]
fn recap_check_names_the_line_of_a_bad_cell_in_a_crlf_file() {
    let env = fixture_env();
    for text in [
        "year,entered\n2017,43\n2018,x\n",
        "year,entered\r\n2017,43\r\n2018,x\r\n",
    ] {
        let out = check(&env, text);
        assert_eq!(out.code, 3, "{text:?}\n{}", out.snapshot());
        assert!(
            out.stderr
                .contains("line 3, column 2 (entered): 'x' is not a count"),
            "{text:?}\n{}",
            out.stderr
        );
    }
}

#[test]
fn recap_usage_errors() {
    let env = fixture_env();
    for args in [
        &["recap", "--years", "2019-2017"][..],
        &["recap", "--years", "2017"],
        &["recap", "--year", "2017", "--years", "2017-2018"],
        &["recap", "--by", "body", "--flow"],
        &["recap", "--by", "applicant"],
        &["recap", "--as-of", "2017-02-30"],
        &["recap", "--format", "xlsx"],
        &["recap", "--lang", "fr"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 2, "{args:?}\n{}", out.snapshot());
        assert_eq!(out.stdout, "", "{args:?}");
    }
    // A register that does not exist: unavailable, and not created by a recap.
    let empty = TestEnv::new();
    let out = empty.run(&["recap"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    assert!(!empty.db().exists());
}
