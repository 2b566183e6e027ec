//! `recap check`: a published table compared with the register, cell by cell and row by
//! row, with the gaps the register explains, and what is refused as not a recap.

use crate::common::{TestEnv, fixture_env, fixture_rows, published, run_stdin, write};

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
        ("year,in_process\n2018,-\n", "1 cell,"),
        ("year,done,entered\n2018,10,11\n", "2 cells"),
        ("year,entered,not_qualified\n2017,43,\n", "1 cell,"),
        ("\u{feff}year,entered\r\n2017,43\r\n", "1 cell,"),
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

/// A published table headed by the labels (English or Indonesian, as the tables
/// print them) is read as one headed by the keys; so is the recap's own CSV, with its
/// total row and as-of column, in either dialect.
#[test]
fn recap_check_reads_labels_totals_and_the_as_of_column() {
    let env = fixture_env();
    let english = "Year,Number of cases entered,Case that doesn\u{2019}t qualify,Case that qualifies,\
                   The applicant's case was withdrawn,Cases are decided through a process,\
                   Total cases in process,Done,Process\n\
                   2017,43,1,40,5,7,33,33,-\n2018,11,-,11,1,1,10,10,-\nTotal,54,1,51,6,8,43,43,-\n";
    let indonesian = "\u{feff}Tahun;Jumlah sengketa masuk;Tidak memenuhi syarat;Memenuhi syarat;\
                      Dicabut pemohon;Diputus melalui putusan sela;Jumlah sengketa diproses;\
                      Selesai;Proses;Per tanggal\r\n\
                      2017;43;1;40;5;7;33;33;-;2019-12-31\r\n2018;11;-;11;1;1;10;10;-;2019-12-31\r\n\
                      Jumlah;54;1;51;6;8;43;43;-;2019-12-31\r\n";
    for text in [english, indonesian] {
        let out = check(&env, text);
        assert_eq!(out.code, 0, "{text}\n{}", out.snapshot());
        assert!(out.stdout.contains("2 rows, 16 cells"), "{}", out.stdout);
        assert!(out.stdout.contains("explained: 2017: "), "{}", out.stdout);
    }
    // The recap's own CSV, as of the date its as_of column gives (no --as-of).
    for dialect in [&["--format", "csv"][..], &["--excel"]] {
        let own = env.ok(&[
            &["recap", "--years", "2017-2018", "--as-of", "2019-12-31"],
            dialect,
        ]
        .concat());
        let name = write(&env, "own.csv", &own);
        let out = env.run(&["recap", "check", name]);
        assert_eq!(out.code, 0, "{own}\n{}", out.snapshot());
        assert!(
            out.stdout.starts_with(
                "own.csv: 2 rows, 16 cells, compared with the register as of 2019-12-31\n"
            ),
            "{}",
            out.stdout
        );
        // --as-of still decides when given.
        let out = env.run(&["recap", "check", name, "--as-of", "2018-01-31"]);
        assert_eq!(out.code, 1, "{}", out.snapshot());
    }
    // A total row that is not the sum of the years does not add up.
    let out = check(&env, &english.replace("Total,54,", "Total,55,"));
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout
            .contains("does not add up: total: entered 55 ≠ 54, the sum of the years"),
        "{}",
        out.stdout
    );
    // A header that names no column says which, and the separator it was read with.
    let out = check(&env, "Tahun;Jumlah perkara\n2017;43\n");
    assert_eq!(out.code, 3, "{}", out.snapshot());
    insta::assert_snapshot!(out.stderr, @"
    error: published.csv: line 1, column 2: 'Jumlah perkara' is not a column of the recap (the header was read with a semicolon (;) between fields)
    hint: name the columns by their keys (year, entered, not_qualified, qualified, withdrawn, interim_ruling, processed, done, in_process, not_registered, open_at_start, received, finished, open_at_end, carried_in, entered_in_year, finished_in_year, carried_out, as_of) or by their labels, in English or Indonesian
    ");
}

/// Regression: `recap check` read a published year of 4294969313 as 2017 (`as i32`).
#[test]
fn a_published_year_out_of_range_is_not_read_as_another() {
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

/// A flow table as commissions publish it (Arus perkara: carried in, received, finished,
/// carried out), under their words: matching, one wrong cell named, and a row whose own
/// arithmetic does not add up.
#[test]
fn recap_check_reads_a_flow_table() {
    let env = fixture_env();
    let as_of = "2019-12-31";
    let csv = env.ok(&["recap", "--flow", "--format", "csv", "--as-of", as_of]);
    // The register's own flow, under the press statements' names, without the total.
    let (_, rows) = crate::common::parse_csv(&csv);
    let mut table = String::from("year,carried_in,received,finished,carried_out\n");
    for r in rows.iter().filter(|r| r[0] != "total") {
        table += &format!("{},{},{},{},{}\n", r[0], r[1], r[2], r[3], r[4]);
    }
    assert!(table.lines().count() >= 3, "{table}");
    let run = |text: &str| {
        let file = write(&env, "arus.csv", text);
        env.run(&["recap", "check", file, "--as-of", as_of])
    };
    let out = run(&table);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stdout
            .contains("every published cell matches the register")
    );

    // One cell wrong: named by its year and key, and the row no longer adds up.
    let line = table.lines().nth(1).unwrap().to_string();
    let cells: Vec<i64> = line.split(',').map(|c| c.parse().unwrap()).collect();
    let wrong = format!(
        "{},{},{},{},{}",
        cells[0],
        cells[1],
        cells[2] + 1,
        cells[3],
        cells[4]
    );
    let out = run(&table.replace(&line, &wrong));
    assert_eq!(out.code, 1, "{}", out.snapshot());
    let year = cells[0];
    assert!(
        out.stdout.contains(&format!(
            "differs: {year} received: published {}, register {}",
            cells[2] + 1,
            cells[2]
        )),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains(&format!("{year}: carried in {}", cells[1])),
        "{}",
        out.stdout
    );
    // Indonesian labels are read too.
    let labelled = table.replacen(
        "year,carried_in,received,finished,carried_out",
        "Tahun,Sisa awal,Masuk,Diselesaikan,Sisa akhir",
        1,
    );
    assert_eq!(run(&labelled).code, 0);
}

/// A table with Table 1's columns and the flow table's is refused, both columns named:
/// read as a flow table, its Table 1 columns were read and never compared (the fuzzer's
/// `year,enteRed,done`: "Entered" is the flow's label, `done` Table 1's key).
#[test]
fn a_table_mixing_table_1_and_the_flow_is_refused() {
    let env = fixture_env();
    for (text, paper, flow) in [
        (
            "year,enteRed,done\n2017,4018,2\n",
            "3 (done)",
            "2 (enteRed)",
        ),
        (
            "year,entered,finished\n2017,43,2\n",
            "2 (entered)",
            "3 (finished)",
        ),
        (
            "Tahun,Masuk,Selesai\n2017,43,2\n",
            "3 (Selesai)",
            "2 (Masuk)",
        ),
    ] {
        let out = check(&env, text);
        assert_eq!(out.code, 3, "{text}\n{}", out.snapshot());
        assert_eq!(out.stdout, "", "{text}");
        assert!(
            out.stderr.contains(&format!("column {paper} is Table 1's"))
                && out
                    .stderr
                    .contains(&format!("column {flow} is the flow table's")),
            "{text}\n{}",
            out.stderr
        );
    }
    // Each kind alone is still read (the same columns, one kind each).
    assert_ne!(check(&env, "year,done\n2017,2\n").code, 3);
    assert_ne!(check(&env, "year,finished\n2017,2\n").code, 3);
}

/// A register that records intake has a column of filings not registered in its recap:
/// `recap check` reads the recap's own CSV back (it refused the column before), compares
/// the column with the register, and finds a changed cell in it.
#[test]
fn recap_check_reads_the_column_of_filings_not_registered() {
    let env = TestEnv::initialised();
    let first = env.add("2026-11-02", "Budi", "Bappeda");
    env.add("2026-11-03", "Sari", "Dinas Kesehatan");
    env.ok(&[
        "case",
        "incomplete",
        &first,
        "--missing",
        "KTP",
        "--on",
        "2026-11-03",
    ]);
    env.ok(&[
        "case",
        "not-registered",
        &first,
        "--reason",
        "not-completed",
        "--on",
        "2026-11-20",
    ]);
    // As of the day before the filing was declared not registered, it is not counted yet.
    let before = env.ok(&["recap", "--format", "csv", "--as-of", "2026-11-19"]);
    let (head, rows) = crate::common::parse_csv(&before);
    let at = head.iter().position(|h| h == "not_registered").unwrap();
    let y2026 = rows.iter().find(|r| r[0] == "2026").expect("a 2026 row");
    assert_eq!(y2026[at], "0", "{before}");
    let csv = env.ok(&["recap", "--format", "csv"]);
    let header = csv.lines().next().unwrap_or_default();
    assert!(header.contains("not_registered"), "{csv}");
    let file = write(&env, "recap.csv", &csv);
    let out = env.run(&["recap", "check", file]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    // The 2026 row's count of filings not registered, changed from 1 to 2.
    let col = header
        .split(',')
        .position(|h| h == "not_registered")
        .unwrap();
    let changed: String = csv
        .lines()
        .map(|l| {
            let mut cells: Vec<String> = l.split(',').map(str::to_string).collect();
            if cells[0] == "2026" {
                assert_eq!(cells[col], "1", "{csv}");
                cells[col] = "2".into();
            }
            cells.join(",") + "\n"
        })
        .collect();
    let file = write(&env, "recap.csv", &changed);
    let out = env.run(&["recap", "check", file]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout
            .contains("differs: 2026 not_registered: published 2, register 1"),
        "{}",
        out.stdout
    );
}
