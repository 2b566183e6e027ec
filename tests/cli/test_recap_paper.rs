//! `recap` in the paper's layout: Table 1 from the fixture and the demo, each column on a
//! small hand-made register (as-of dates, undo, empty years), formats, languages, misuse.

use crate::common::{
    PAPER_KEYS, TestEnv, fixture_env, paper, published, published_form, recap_csv, split_recap,
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
    // The published table, with the as-of date on each row and the total row after them
    // (`published_form` takes both off, checking the total).
    assert_eq!(split_recap(&csv).as_of, "2019-12-31");
    assert!(published_form(&csv) == published(), "got:\n{csv}");
    // today (the pinned 2026 date) is later than every step: the same table
    let today = env.ok(&["recap", "--format", "csv"]);
    assert_eq!(split_recap(&today).as_of, "2026-11-29");
    assert_eq!(published_form(&today), published());
}

#[test]
fn the_demo_shows_the_paper_table() {
    let env = TestEnv::new();
    // Whole (the paper's layout, a row per year); at 80 columns it is turned, below.
    let demo = |wide: bool| {
        let mut cmd = env.command();
        cmd.env_remove("SENGKETA_DB").arg("demo");
        if wide {
            cmd.arg("--wide");
        }
        cmd
    };
    let wide = env.run_command(demo(true));
    assert_eq!(wide.code, 0, "{}", wide.snapshot());
    assert!(!env.db().exists(), "the demo touched the register");
    let cells = |year: &str| -> Vec<String> { crate::common::row_of(&wide.stdout, year) };
    assert_eq!(
        cells("2017"),
        ["2017", "43", "1", "40", "5", "7", "33", "33", "-"]
    );
    assert_eq!(
        cells("2018"),
        ["2018", "11", "-", "11", "1", "1", "10", "10", "-"]
    );
    let out = env.run_command(demo(false));
    insta::assert_snapshot!(out.snapshot(), @"
    Disputes at the Jambi Provincial Information Commission, 2017-2018, as of 2019-12-31 (rebuilt from 54 case records)
    Year                                 2017  2018
    ───────────────────────────────────  ────  ────
    Number of cases entered                43    11
    Case that doesn't qualify               1     -
    Case that qualifies                    40    11
    The applicant's case was withdrawn      5     1
    Cases are decided through a process     7     1
    Total cases in process                 33    10
    Done                                   33    10
    Process                                 -     -
    Try next:
      # the demo's cases and the published table, as CSV files here
      sengketa demo --write-fixtures .
      # a register of your own
      sengketa init && sengketa config set commission-code JBI
      # the demo's cases in it, per public body
      sengketa import jambi-2017-2018.csv && sengketa recap --by body
      # the published table against the register
      sengketa recap check table1-published.csv --as-of 2019-12-31
      # the demo's register, kept to explore
      sengketa --db demo.db demo
    [exit status: 0]
    ");
    let mut id = demo(false);
    id.args(["--lang", "id"]);
    let id = env.run_command(id);
    assert_eq!(id.code, 0);
    assert!(id.stdout.contains("Jumlah sengketa masuk"), "{}", id.stdout);
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
    step(&[
        "close",
        "2017/1",
        "--on",
        "2017-03-10",
        "--force",
        "--reason",
        "court letter",
    ]);
    step(&["withdraw", "2017/2", "--on", "2017-01-20"]);
    step(&[
        "close",
        "2017/2",
        "--on",
        "2017-01-25",
        "--force",
        "--reason",
        "court letter",
    ]);
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
        // The recap counts the closes on these dates; a close inside the appeal window is
        // forced, as with a court's letter the register does not hold.
        step(&[
            "close",
            case,
            "--on",
            on,
            "--force",
            "--reason",
            "court letter",
        ]);
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
    let (h, rows) = recap_csv(&env, &["--by", "outcome", "--year", "2017"]);
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
    env.ok(&[
        "case",
        "close",
        "2017/10",
        "--on",
        "2017-08-10",
        "--force",
        "--reason",
        "court letter",
    ]);
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
    // One document: its shape's version, its as-of date, its rows (the total last).
    let doc = json.as_object().expect("a JSON object");
    assert_eq!(
        doc.keys().map(String::as_str).collect::<Vec<_>>(),
        ["schema_version", "as_of", "rows"]
    );
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["as_of"], "2026-11-29");
    let rows = json["rows"].as_array().expect("an array of rows");
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[3]["year"], "total");
    assert_eq!(rows[3]["entered"], 12);
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
            "{},as_of\n2017,11,1,7,2,1,6,4,2,2026-11-29\n2018,0,0,0,0,0,0,0,0,2026-11-29\n\
             2019,1,0,1,0,0,1,0,1,2026-11-29\ntotal,12,1,8,2,1,7,4,3,2026-11-29\n",
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
    assert!(
        md.contains("| Total | 12 | 1 | 8 | 2 | 1 | 7 | 4 | 3 |"),
        "{md}"
    );
    assert!(
        md.starts_with("As of 2026-11-29\n\n| Year | Number of cases entered |"),
        "{md}"
    );
    let md_id = env.ok(&[&["recap", "--format", "md", "--lang", "id"], &y[..]].concat());
    assert!(
        md_id.starts_with(
            "Per tanggal 2026-11-29\n\n| Tahun | Jumlah sengketa masuk | Tidak memenuhi syarat |"
        ),
        "{md_id}"
    );
    assert!(md_id.contains("| 2018 | - | - | - | - | - | - | - | - |"));
    assert!(md_id.contains("| Jumlah | 12 | 1 |"), "{md_id}");

    for lang in ["en", "id"] {
        let table = env.ok(&[&["recap", "--wide", "--lang", lang], &y[..]].concat());
        let cells = |year: &str| -> Vec<String> { crate::common::row_of(&table, year) };
        assert_eq!(cells("2018")[1..], ["-"; 8]);
        assert_eq!(
            cells("2019"),
            ["2019", "1", "-", "1", "-", "-", "1", "-", "1"]
        );
        let (total, as_of) = if lang == "id" {
            ("Jumlah", "Per tanggal Minggu, 29 November 2026\n")
        } else {
            ("Total", "As of 2026-11-29\n")
        };
        assert_eq!(
            cells(total),
            [total, "12", "1", "8", "2", "1", "7", "4", "3"]
        );
        assert!(table.starts_with(as_of), "{table}");
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
        body.starts_with("Per tanggal 2026-11-29\n\n| Tahun | Badan publik | Masuk |"),
        "{body}"
    );
    let flow = env.ok(&["recap", "--flow", "--format", "md", "--lang", "id"]);
    assert!(
        flow.starts_with("Per tanggal 2026-11-29\n\n| Tahun | Sisa awal |"),
        "{flow}"
    );
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
        &["recap", "--format", "json", "--excel"],
        &["recap", "--format", "md", "--excel"],
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
