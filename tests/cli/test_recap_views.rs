//! The other `recap` views (`--by body`, `--by outcome`, `--flow`) checked against the paper
//! table and the fixture, and no applicant name in any view, format or language.

use crate::common::{
    FLOW_KEYS, PUBLISHED, fixture_env, fixture_rows, ints, paper, recap_csv, split_recap,
};

#[test]
fn by_body_adds_up_to_the_paper_table() {
    let env = fixture_env();
    let r = split_recap(&env.ok(&["recap", "--by", "body", "--format", "csv"]));
    let header = &r.header;
    assert_eq!(
        header[..4],
        ["year", "public_body", "entered", "awaiting_qualification"]
    );
    assert_eq!(header.last().map(String::as_str), Some("in_process"));
    let col = |k: &str| header.iter().position(|c| c == k).unwrap();
    let paper_rows = paper(&env, &[]);
    let counts = |rows: &[Vec<String>]| -> Vec<Vec<i64>> {
        ints(&rows.iter().map(|r| r[2..].to_vec()).collect::<Vec<_>>())
    };
    let mut year_totals = Vec::new();
    // Each year's bodies add up to the year's figures, and to the year's total row.
    for p in &paper_rows {
        let year = p[0].to_string();
        let mine: Vec<Vec<String>> = r.rows.iter().filter(|r| r[0] == year).cloned().collect();
        let sum = |k: &str| -> i64 { mine.iter().map(|r| r[col(k)].parse::<i64>().unwrap()).sum() };
        assert_eq!(sum("entered"), p[1], "{year}");
        assert_eq!(sum("not_qualified"), p[2], "{year}");
        assert_eq!(sum("withdrawn"), p[4], "{year}");
        assert_eq!(sum("interim_ruling"), p[5], "{year}");
        let total: Vec<&Vec<String>> = r.totals.iter().filter(|t| t[0] == year).collect();
        assert_eq!(total.len(), 1, "{year}: one total row");
        assert_eq!(total[0][1], "total");
        let sums: Vec<i64> = (2..header.len()).map(|i| sum(&header[i])).collect();
        assert_eq!(
            counts(&[total[0].clone()])[0],
            sums,
            "{year}: the total row"
        );
        year_totals.push(sums);
        // most cases first
        let entered: Vec<i64> = mine
            .iter()
            .map(|r| r[col("entered")].parse().unwrap())
            .collect();
        assert!(entered.windows(2).all(|w| w[0] >= w[1]), "{entered:?}");
    }
    // Every row's disposition columns partition its cases entered.
    for row in counts(&r.rows).iter().chain(&counts(&r.totals)) {
        assert_eq!(row[1..].iter().sum::<i64>(), row[0], "{row:?}");
    }
    // The last row: the total over the years and bodies.
    let grand = r.totals.last().unwrap();
    assert_eq!(grand[..2], ["total", "total"]);
    let over_years: Vec<i64> = (0..header.len() - 2)
        .map(|i| year_totals.iter().map(|t| t[i]).sum())
        .collect();
    assert_eq!(counts(std::slice::from_ref(grand))[0], over_years);
    assert_eq!(over_years[0], 54);
    assert_eq!(r.rows.len(), {
        let mut pairs: Vec<(String, String)> = fixture_rows()
            .into_iter()
            .map(|r| (r[1][..4].to_string(), r[4].clone()))
            .collect();
        pairs.sort();
        pairs.dedup();
        pairs.len()
    });
    let y2018 =
        split_recap(&env.ok(&["recap", "--by", "body", "--year", "2018", "--format", "csv"]));
    assert!(y2018.rows.iter().all(|r| r[0] == "2018") && !y2018.rows.is_empty());
    assert_eq!(y2018.totals.len(), 2, "the year's total and the total");
}

#[test]
fn by_outcome_rows_add_up_to_entered() {
    let env = fixture_env();
    for as_of in ["2017-06-30", "2017-12-31", "2018-09-30", "2026-11-29"] {
        let text = env.ok(&[
            "recap",
            "--by",
            "outcome",
            "--years",
            "2016-2019",
            "--as-of",
            as_of,
            "--format",
            "csv",
        ]);
        let all = split_recap(&text);
        assert_eq!(all.as_of, as_of);
        let (header, rows) = (all.header, ints(&all.rows));
        // The total row: each column summed over the years.
        let total = ints(&[all.totals[0][1..].to_vec()]).remove(0);
        for (i, t) in total.iter().enumerate() {
            assert_eq!(*t, rows.iter().map(|r| r[i + 1]).sum::<i64>(), "{as_of}");
        }
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
        let all = split_recap(&env.ok(&[
            "recap",
            "--flow",
            "--years",
            "2016-2020",
            "--as-of",
            as_of,
            "--format",
            "csv",
        ]));
        let (header, rows) = (all.header, ints(&all.rows));
        // The total over the years: open at the first's start, the flows added, open at
        // the last's end.
        let total = ints(&[all.totals[0][1..].to_vec()]).remove(0);
        let sum = |i: usize| rows.iter().map(|r| r[i]).sum::<i64>();
        assert_eq!(total, [rows[0][1], sum(2), sum(3), rows[4][4]], "{as_of}");
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
    let (_, rows) = recap_csv(&env, &["--flow"]);
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
    let views: [&[&str]; 8] = [
        &[],
        &["--by", "body"],
        &["--by", "outcome"],
        &["--flow"],
        &["--years", "2016-2019", "--as-of", "2018-06-30"],
        &["--times"],
        &["--oldest", "100"],
        &["--oldest", "100", "--as-of", "2017-09-30"],
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
    let mut demo = env.command();
    demo.env_remove("SENGKETA_DB").arg("demo");
    let demo = env.run_command(demo).stdout;
    for n in &names {
        assert!(!demo.contains(n.as_str()), "the demo shows {n}");
    }
}
