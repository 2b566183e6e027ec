//! Every human table at 80 and 120 columns, in Indonesian and English: no line wider than
//! the terminal, and the layout (which columns are cut, dropped, turned or lettered) kept
//! in snapshots, one a view, width and language.

use crate::common::{TestEnv, fixture_env};

/// The Jambi fixture, plus open cases of 2026 with long particulars and hearings in the
/// coming days (today is pinned at 2026-11-29), so that every view has rows to fit.
fn register() -> TestEnv {
    let env = fixture_env();
    let cases = [
        (
            "2026-08-03",
            "Lembaga Swadaya Masyarakat Pemantau Anggaran Daerah Provinsi Jambi",
            "Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Jambi",
            "Rencana Kerja dan Anggaran, kontrak pengadaan jalan provinsi tahun anggaran 2025",
        ),
        (
            "2026-09-14",
            "Budi Santoso",
            "Sekretariat Daerah Kabupaten Muaro Jambi",
            "Daftar penerima hibah dan bantuan sosial 2026",
        ),
        (
            "2026-11-02",
            "Siti Rahmawati",
            "Badan Pertanahan Nasional Kantor Wilayah Jambi",
            "Salinan peta bidang tanah",
        ),
    ];
    for (on, applicant, body, subject) in cases {
        env.ok(&[
            "case",
            "add",
            "--received",
            on,
            "--applicant",
            applicant,
            "--applicant-kind",
            "individual",
            "--body",
            body,
            "--subject",
            subject,
        ]);
    }
    env.ok(&["case", "qualify", "2026/1", "--on", "2026-08-10"]);
    env.ok(&["case", "qualify", "2026/2", "--on", "2026-09-21"]);
    for h in [
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-12-01",
            "--at",
            "09:00",
            "--kind",
            "adjudication",
            "--room",
            "Ruang Sidang Utama Komisi Informasi",
            "--panel",
            "Majelis Komisioner A",
        ][..],
        &[
            "hearing",
            "schedule",
            "2026/2",
            "--on",
            "2026-12-02",
            "--at",
            "13:30",
            "--kind",
            "mediation",
            "--room",
            "Ruang Mediasi",
        ],
    ] {
        env.ok(h);
    }
    env
}

/// The views a clerk or an analyst reads on a terminal.
const VIEWS: &[(&str, &[&str])] = &[
    ("case-list", &["case", "list", "--year", "2026"]),
    (
        "case-list-overdue",
        &["case", "list", "--open", "--sort", "due"],
    ),
    ("case-show", &["case", "show", "2026/1"]),
    ("recap", &["recap", "--as-of", "2019-12-31"]),
    (
        "recap-by-body",
        &[
            "recap",
            "--by",
            "body",
            "--year",
            "2017",
            "--as-of",
            "2019-12-31",
        ],
    ),
    (
        "recap-by-outcome",
        &["recap", "--by", "outcome", "--as-of", "2019-12-31"],
    ),
    ("recap-flow", &["recap", "--flow", "--as-of", "2019-12-31"]),
    (
        "recap-times",
        &[
            "recap",
            "--times",
            "--years",
            "2017-2018",
            "--as-of",
            "2019-12-31",
        ],
    ),
    ("recap-oldest", &["recap", "--oldest", "5"]),
    (
        "recap-appeals",
        &["recap", "--appeals", "--as-of", "2019-12-31"],
    ),
    (
        "recap-by-body-kind",
        &["recap", "--by", "body-kind", "--as-of", "2019-12-31"],
    ),
    ("body-list", &["body", "list"]),
    ("agenda", &["agenda", "--days", "10"]),
    ("calendar", &["calendar", "list", "--year", "2026"]),
];

#[test]
fn every_table_fits_80_and_120_columns_in_both_languages() {
    let env = register();
    for (name, args) in VIEWS {
        for width in ["80", "120"] {
            for lang in ["id", "en"] {
                let mut cmd = env.command();
                cmd.env("COLUMNS", width).args(*args).args(["--lang", lang]);
                let out = env.run_command(cmd);
                assert_eq!(out.code, 0, "{name} {lang} {width}: {}", out.stderr);
                let limit: usize = width.parse().unwrap();
                for line in out.stdout.lines() {
                    assert!(
                        line.chars().count() <= limit,
                        "{name} {lang} at {width}: a line of {} characters:\n{line}\n{}",
                        line.chars().count(),
                        out.stdout
                    );
                }
                no_word_split(
                    &env,
                    args,
                    lang,
                    &out.stdout,
                    &format!("{name} {lang} {width}"),
                );
                insta::assert_snapshot!(format!("{name}-{lang}-{width}"), out.stdout);
            }
        }
    }
}

/// No word of `narrow` is a piece of a word broken across lines: every word of it is a word
/// of the same table printed whole (no width), or such a word cut with "…" (which is a cut
/// on purpose, said by the ellipsis), or a short mark a narrow layout adds (a legend's
/// letter).
fn no_word_split(env: &TestEnv, args: &[&str], lang: &str, narrow: &str, what: &str) {
    let mut cmd = env.command();
    cmd.env_remove("COLUMNS").args(args).args(["--lang", lang]);
    let wide = env.run_command(cmd).stdout;
    let words: std::collections::HashSet<&str> = wide.split_whitespace().collect();
    let mark = |w: &str| w.chars().filter(|c| c.is_alphanumeric()).count() <= 2;
    for w in narrow.split_whitespace() {
        let cut = w
            .strip_suffix('…')
            .is_some_and(|stem| words.iter().any(|x| x.starts_with(stem)));
        assert!(
            words.contains(w) || cut || mark(w),
            "{what}: '{w}' is not a word of the table printed whole, so a word was broken:\n{narrow}"
        );
    }
}
