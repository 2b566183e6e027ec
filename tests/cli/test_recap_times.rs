//! `recap --times` and `recap --oldest` on a small register made by hand, as the tables
//! show them in both languages and as CSV; no applicant name in any of their outputs.

use crate::common::{COLUMNS, TestEnv, parse_csv, write};

/// Twelve cases of 2025 and 2026, on every route, some ended within 100 working days and
/// some after, some still open (as of today, 2026-11-29, a Sunday).
const REGISTER: &str = "\
register_no,received_on,applicant,applicant_kind,public_body,subject,qualified_on,not_qualified_on,not_qualified_reason,withdrawn_on,decided_on,decision_via,decision_outcome,decision_no,closed_on
,2025-01-06,Ani Rahayu,individual,Dinas Pendidikan,Anggaran,,2025-01-10,late,,,,,,
,2025-02-03,Bambang Sutrisno,individual,Dinas Pendidikan,Anggaran,,,,2025-03-03,,,,,2025-03-05
,2025-03-03,Citra Lestari,group,Dinas Kesehatan,Anggaran,2025-03-10,,,,2025-04-14,interim,dismissed,,2025-04-15
,2025-03-27,Dedi Kurniawan,individual,Dinas Kesehatan,Anggaran,2025-04-10,,,,2025-06-20,mediation,agreement,,2025-06-25
,2025-04-21,Eka Putri,individual,Dinas Pendidikan,Anggaran,2025-05-05,,,,2025-10-30,adjudication,granted,,2025-11-03
,2025-05-05,Fajar Nugroho,legal_entity,Pemerintah Kota Jambi,Anggaran,2025-05-12,,,,2025-08-15,adjudication,partly_granted,,
,2025-06-02,Gita Permata,individual,Pemerintah Kota Jambi,Anggaran,2025-06-09,,,,,,,,
,2026-01-05,Hendra Wijaya,individual,Dinas Pendidikan,Anggaran,2026-01-12,,,,2026-03-02,adjudication,rejected,,
,2026-02-02,Indah Sari,group,Dinas Kesehatan,Anggaran,2026-02-09,,,,2026-05-04,adjudication,granted,,
,2026-03-02,Joko Susilo,individual,Dinas Pendidikan,Anggaran,2026-03-09,,,,,,,,
,2026-10-01,Kartika Dewi,individual,Dinas Pendidikan,Anggaran,,,,,,,,,
,2026-11-02,Lukman Hakim,individual,Pemerintah Kota Jambi,Anggaran,2026-11-09,,,,,,,,
";

/// The applicants of [`REGISTER`].
fn applicants() -> Vec<String> {
    parse_csv(REGISTER)
        .1
        .into_iter()
        .map(|r| r[2].clone())
        .collect()
}

/// The register of [`REGISTER`], imported.
fn times_env() -> TestEnv {
    let (header, rows) = parse_csv(REGISTER);
    assert_eq!(header, COLUMNS);
    assert_eq!(rows.len(), 12);
    let env = TestEnv::initialised();
    env.ok(&["import", write(&env, "times.csv", REGISTER)]);
    env
}

#[test]
fn times_in_english() {
    let env = times_env();
    insta::assert_snapshot!(env.run(&["recap", "--times"]).snapshot(), @"
    As of 2026-11-29
    Year   Ended by        A     B      C   D    E  F      G  H
    ─────  ──────────────  ─  ────  ─────  ──  ───  ─  ─────  ─
    2025   All             6  34.5     48   4  128  5  83.3%  1
    2025   Not qualified   1     4      4   4    4  1   100%  -
    2025   Withdrawn       1    20     20  20   20  1   100%  -
    2025   Interim ruling  1    23     23  23   23  1   100%  -
    2025   Mediation       1    46     46  46   46  1   100%  -
    2025   Adjudication    2  97.5   97.5  67  128  1    50%  -
    2026   All             2  46.5   46.5  37   56  2   100%  1
    2026   Not qualified   -     -      -   -    -  -      -  -
    2026   Withdrawn       -     -      -   -    -  -      -  -
    2026   Interim ruling  -     -      -   -    -  -      -  -
    2026   Mediation       -     -      -   -    -  -      -  -
    2026   Adjudication    2  46.5   46.5  37   56  2   100%  -
    Total  All             8  41.5  47.63   4  128  7  87.5%  2
    Total  Not qualified   1     4      4   4    4  1   100%  -
    Total  Withdrawn       1    20     20  20   20  1   100%  -
    Total  Interim ruling  1    23     23  23   23  1   100%  -
    Total  Mediation       1    46     46  46   46  1   100%  -
    Total  Adjudication    4  61.5     72  37  128  3    75%  -

    A  Ended
    B  Median working days
    C  Mean
    D  Lowest
    E  Highest
    F  ≤ 100 working days
    G  Share ≤ 100
    H  Backlog (open > 100 working days)
    [exit status: 0]
    ");
}

#[test]
fn times_in_indonesian_for_a_range_of_years() {
    let env = times_env();
    let out = env.run(&["recap", "--times", "--lang", "id", "--years", "2024-2025"]);
    insta::assert_snapshot!(out.snapshot(), @"
    Per tanggal Minggu, 29 November 2026
    Tahun   Jalur                  A     B     C   D    E  F       G  H
    ──────  ─────────────────────  ─  ────  ────  ──  ───  ─  ──────  ─
    2024    Semua                  -     -     -   -    -  -       -  -
    2024    Tidak memenuhi syarat  -     -     -   -    -  -       -  -
    2024    Dicabut                -     -     -   -    -  -       -  -
    2024    Putusan sela           -     -     -   -    -  -       -  -
    2024    Mediasi                -     -     -   -    -  -       -  -
    2024    Ajudikasi              -     -     -   -    -  -       -  -
    2025    Semua                  6  34,5    48   4  128  5  83,3 %  1
    2025    Tidak memenuhi syarat  1     4     4   4    4  1   100 %  -
    2025    Dicabut                1    20    20  20   20  1   100 %  -
    2025    Putusan sela           1    23    23  23   23  1   100 %  -
    2025    Mediasi                1    46    46  46   46  1   100 %  -
    2025    Ajudikasi              2  97,5  97,5  67  128  1    50 %  -
    Jumlah  Semua                  6  34,5    48   4  128  5  83,3 %  1
    Jumlah  Tidak memenuhi syarat  1     4     4   4    4  1   100 %  -
    Jumlah  Dicabut                1    20    20  20   20  1   100 %  -
    Jumlah  Putusan sela           1    23    23  23   23  1   100 %  -
    Jumlah  Mediasi                1    46    46  46   46  1   100 %  -
    Jumlah  Ajudikasi              2  97,5  97,5  67  128  1    50 %  -

    A  Berakhir
    B  Median hari kerja
    C  Rata-rata
    D  Tercepat
    E  Terlama
    F  ≤ 100 hari kerja
    G  Proporsi ≤ 100
    H  Tunggakan (> 100 hari kerja)
    [exit status: 0]
    ");
}

#[test]
fn times_as_csv_and_markdown_as_of_a_past_date() {
    let env = times_env();
    let args = ["recap", "--times", "--as-of", "2025-12-31", "--format"];
    let csv = env.run(&[&args[..], &["csv"]].concat());
    insta::assert_snapshot!(csv.snapshot(), @"
    year,route,ended,median,mean,lowest,highest,within_100,share_within_100,backlog,as_of
    2025,all,6,34.5,48,4,128,5,0.8333,1,2025-12-31
    2025,not_qualified,1,4,4,4,4,1,1,,2025-12-31
    2025,withdrawn,1,20,20,20,20,1,1,,2025-12-31
    2025,interim_ruling,1,23,23,23,23,1,1,,2025-12-31
    2025,mediation,1,46,46,46,46,1,1,,2025-12-31
    2025,adjudication,2,97.5,97.5,67,128,1,0.5,,2025-12-31
    total,all,6,34.5,48,4,128,5,0.8333,1,2025-12-31
    total,not_qualified,1,4,4,4,4,1,1,,2025-12-31
    total,withdrawn,1,20,20,20,20,1,1,,2025-12-31
    total,interim_ruling,1,23,23,23,23,1,1,,2025-12-31
    total,mediation,1,46,46,46,46,1,1,,2025-12-31
    total,adjudication,2,97.5,97.5,67,128,1,0.5,,2025-12-31
    [exit status: 0]
    ");
    let md = env.run(&[&args[..], &["md"]].concat());
    insta::assert_snapshot!(md.snapshot(), @"
    As of 2025-12-31

    | Year | Ended by | Ended | Median working days | Mean | Lowest | Highest | ≤ 100 working days | Share ≤ 100 | Backlog (open > 100 working days) |
    |---|---|---:|---:|---:|---:|---:|---:|---:|---:|
    | 2025 | All | 6 | 34.5 | 48 | 4 | 128 | 5 | 83.3% | 1 |
    | 2025 | Not qualified | 1 | 4 | 4 | 4 | 4 | 1 | 100% | - |
    | 2025 | Withdrawn | 1 | 20 | 20 | 20 | 20 | 1 | 100% | - |
    | 2025 | Interim ruling | 1 | 23 | 23 | 23 | 23 | 1 | 100% | - |
    | 2025 | Mediation | 1 | 46 | 46 | 46 | 46 | 1 | 100% | - |
    | 2025 | Adjudication | 2 | 97.5 | 97.5 | 67 | 128 | 1 | 50% | - |
    | Total | All | 6 | 34.5 | 48 | 4 | 128 | 5 | 83.3% | 1 |
    | Total | Not qualified | 1 | 4 | 4 | 4 | 4 | 1 | 100% | - |
    | Total | Withdrawn | 1 | 20 | 20 | 20 | 20 | 1 | 100% | - |
    | Total | Interim ruling | 1 | 23 | 23 | 23 | 23 | 1 | 100% | - |
    | Total | Mediation | 1 | 46 | 46 | 46 | 46 | 1 | 100% | - |
    | Total | Adjudication | 2 | 97.5 | 97.5 | 67 | 128 | 1 | 50% | - |
    [exit status: 0]
    ");
    // The CSV's counts add up: the routes to the year's row.
    let (header, rows) = parse_csv(&csv.stdout);
    let col = |k: &str| header.iter().position(|h| h == k).unwrap();
    for year in rows.chunks(6) {
        assert_eq!(year[0][col("route")], "all");
        for k in ["ended", "within_100"] {
            let sum: i64 = year[1..]
                .iter()
                .map(|r| r[col(k)].parse::<i64>().unwrap())
                .sum();
            assert_eq!(year[0][col(k)].parse::<i64>().unwrap(), sum, "{k}");
        }
        assert!(year[1..].iter().all(|r| r[col("backlog")].is_empty()));
    }
}

#[test]
fn oldest_open_cases_today_and_as_of_a_past_date() {
    let env = times_env();
    insta::assert_snapshot!(env.run(&["recap", "--oldest"]).snapshot(), @"
    As of 2026-11-29
    Register no.            Received    State        A  B           C
    ──────────────────────  ──────────  ─────────  ───  ──────────  ──────────
    007/VI/KI-JBI-PS/2025   2025-06-02  qualified  363  2025-06-24  2025-10-27
    003/III/KI-JBI-PS/2026  2026-03-02  qualified  179  2026-03-27  2026-08-06
    004/X/KI-JBI-PS/2026    2026-10-01  entered     41  2026-10-21  2027-02-25
    005/XI/KI-JBI-PS/2026   2026-11-02  qualified   19  2026-11-20  2027-04-08

    A  Working days open
    B  Start by
    C  Finish by
    [exit status: 0]
    ");
    let out = env.run(&["recap", "--oldest", "2", "--lang", "id"]);
    insta::assert_snapshot!(out.snapshot(), @"
    Per tanggal Minggu, 29 November 2026
    Nomor register          Diterima    Status             A  B           C
    ──────────────────────  ──────────  ───────────────  ───  ──────────  ──────────
    007/VI/KI-JBI-PS/2025   02-06-2025  memenuhi syarat  363  24-06-2025  27-10-2025
    003/III/KI-JBI-PS/2026  Sen 2 Mar   memenuhi syarat  179  Jum 27 Mar  Kam 6 Agu

    A  Hari kerja berjalan
    B  Mulai paling lambat
    C  Selesai paling lambat
    [exit status: 0]
    ");
    let out = env.run(&[
        "recap",
        "--oldest",
        "3",
        "--as-of",
        "2025-12-31",
        "--format",
        "csv",
    ]);
    insta::assert_snapshot!(out.snapshot(), @"
    register_no,received_on,state,working_days_open,start_by,finish_by,as_of
    007/VI/KI-JBI-PS/2025,2025-06-02,qualified,145,2025-06-24,2025-10-27,2025-12-31
    [exit status: 0]
    ");
    let out = env.run(&[
        "recap",
        "--oldest",
        "--years",
        "2026-2026",
        "--format",
        "json",
    ]);
    insta::assert_snapshot!(out.snapshot(), @r#"
    {
      "schema_version": 1,
      "as_of": "2026-11-29",
      "rows": [
        {
          "register_no": "003/III/KI-JBI-PS/2026",
          "received_on": "2026-03-02",
          "state": "qualified",
          "working_days_open": 179,
          "start_by": "2026-03-27",
          "finish_by": "2026-08-06"
        },
        {
          "register_no": "004/X/KI-JBI-PS/2026",
          "received_on": "2026-10-01",
          "state": "entered",
          "working_days_open": 41,
          "start_by": "2026-10-21",
          "finish_by": "2027-02-25"
        },
        {
          "register_no": "005/XI/KI-JBI-PS/2026",
          "received_on": "2026-11-02",
          "state": "qualified",
          "working_days_open": 19,
          "start_by": "2026-11-20",
          "finish_by": "2027-04-08"
        }
      ]
    }
    [exit status: 0]
    "#);
}

#[test]
fn times_and_oldest_are_views_of_their_own() {
    let env = times_env();
    for args in [
        &["recap", "--times", "--by", "body"][..],
        &["recap", "--times", "--flow"],
        &["recap", "--times", "--oldest"],
        &["recap", "--oldest", "--by", "outcome"],
        &["recap", "--oldest", "0"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.snapshot());
    }
}

#[test]
fn no_applicant_name_in_times_or_oldest() {
    let env = times_env();
    let names = applicants();
    for view in [
        &["--times"][..],
        &["--times", "--as-of", "2025-06-30", "--years", "2024-2026"],
        &["--oldest", "20"],
        &["--oldest", "20", "--as-of", "2025-12-31"],
    ] {
        for format in ["table", "csv", "json", "md"] {
            for lang in ["en", "id"] {
                let args = [&["recap", "--format", format, "--lang", lang], view].concat();
                let out = env.ok(&args);
                assert!(!out.is_empty());
                for name in &names {
                    assert!(
                        !out.contains(name.as_str()),
                        "{args:?} shows {name}:\n{out}"
                    );
                }
            }
        }
    }
}
