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
    // A narrow list names a case by its short reference (`2026/1`) under its own header.
    let short_ref = |w: &str| {
        ["Perkara", "Case"].contains(&w)
            || w.split_once('/').is_some_and(|(y, n)| {
                y.len() == 4 && y.chars().chain(n.chars()).all(|c| c.is_ascii_digit())
            })
    };
    // A narrow table shortens a date of another year to the day-first form ("08-02-2027"),
    // a whole date, on purpose.
    let short_date = |w: &str| is_a_date("id", w) && w.contains('-');
    for w in narrow.split_whitespace() {
        let cut = w
            .strip_suffix('…')
            .is_some_and(|stem| words.iter().any(|x| x.starts_with(stem)));
        assert!(
            words.contains(w) || cut || mark(w) || short_ref(w) || short_date(w),
            "{what}: '{w}' is not a word of the table printed whole, so a word was broken:\n{narrow}"
        );
    }
}

/// The width of the column under `header` in a fitted table: the run of "─" below it.
fn column_width(table: &str, header: &str) -> Option<usize> {
    let lines: Vec<&str> = table.lines().collect();
    for (n, line) in lines.iter().enumerate() {
        let Some(at) = line.find(header) else {
            continue;
        };
        let Some(rule) = lines.get(n + 1).filter(|r| r.starts_with('─')) else {
            continue;
        };
        let col = line[..at].chars().count();
        return Some(rule.chars().skip(col).take_while(|c| *c == '─').count());
    }
    None
}

/// The table's cells under `header`, row by row (up to the next blank line).
fn column_cells(table: &str, header: &str) -> Vec<String> {
    let lines: Vec<&str> = table.lines().collect();
    let n = lines
        .iter()
        .position(|l| l.contains(header))
        .expect("the header");
    let col = lines[n][..lines[n].find(header).unwrap()].chars().count();
    let w = column_width(table, header).unwrap();
    lines[n + 2..]
        .iter()
        .take_while(|l| !l.is_empty())
        .map(|l| {
            l.chars()
                .skip(col)
                .take(w)
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect()
}

/// At 80 columns, in both languages, each view keeps what its reader needs: the names
/// and bodies of `case list` at least 18 columns wide (the short reference standing in
/// for the register number), the due date in a list sorted by it, the room and the
/// applicant in the agenda, both parties' attendance and the room in `case show`.
#[test]
fn at_80_columns_each_view_keeps_what_its_reader_needs() {
    let env = register();
    let at_80 = |args: &[&str], lang: &str| {
        let mut cmd = env.command();
        cmd.env("COLUMNS", "80").args(args).args(["--lang", lang]);
        let out = env.run_command(cmd);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        out.stdout
    };
    for (lang, applicant, body, due, reference, room, respondent) in [
        (
            "id",
            "Pemohon",
            "Badan publik",
            "Tenggat",
            "Perkara",
            "Ruang",
            "Termohon",
        ),
        (
            "en",
            "Applicant",
            "Public body",
            "Due",
            "Case",
            "Room",
            "Respondent",
        ),
    ] {
        let list = at_80(&["case", "list", "--year", "2026"], lang);
        for header in [applicant, body] {
            let w = column_width(&list, header).unwrap_or_else(|| panic!("no {header}:\n{list}"));
            assert!(w >= 18, "{lang}: {header} is {w} columns:\n{list}");
        }
        assert_eq!(
            column_cells(&list, reference),
            ["2026/1", "2026/2", "2026/3"],
            "{list}"
        );

        for args in [
            &["case", "list", "--open", "--sort", "due"][..],
            &["case", "list", "--due-within", "30"],
        ] {
            let list = at_80(args, lang);
            let dues = column_cells(&list, due);
            assert!(!dues.is_empty(), "{lang} {args:?}: no due date:\n{list}");
            for d in dues {
                assert!(
                    is_a_date(lang, &d),
                    "{lang} {args:?}: {d:?} is not a date:\n{list}"
                );
            }
        }

        // The overdue deadline reads whole, its days included, in the list of what is
        // overdue and in the agenda.
        let late = match lang {
            "id" => "terlambat mulai (14 HK)",
            _ => "late to start (14 WD)",
        };
        let overdue = at_80(&["case", "list", "--overdue"], lang);
        assert!(overdue.contains(late), "{lang}:\n{overdue}");

        let agenda = at_80(&["agenda", "--days", "10"], lang);
        assert!(agenda.contains(late), "{lang}:\n{agenda}");
        // A hearing's date is never cut ("Sel 1 Des…"): a shorter form stands in.
        let date_header = if lang == "id" { "Tanggal" } else { "Date" };
        for d in column_cells(&agenda, date_header) {
            assert!(is_a_date(lang, &d), "{lang}: {d:?}:\n{agenda}");
        }
        let rooms = column_cells(&agenda, room);
        assert!(rooms[0].starts_with("Ruang Sidan"), "{lang}:\n{agenda}");
        assert!(
            column_width(&agenda, room).unwrap() >= 12,
            "{lang}:\n{agenda}"
        );
        assert!(rooms[1].starts_with("Ruang Media"), "{lang}:\n{agenda}");
        let applicants = column_cells(&agenda, applicant);
        assert!(
            applicants[1].starts_with("Budi Santoso"),
            "{lang}:\n{agenda}"
        );

        let show = at_80(&["case", "show", "2026/1"], lang);
        // The first header with a rule under it: the hearings table's (the sheet's
        // "Pemohon" line has none).
        for header in [applicant, respondent, room] {
            assert!(
                column_width(&show, header).is_some(),
                "{lang}: no {header} in the hearings:\n{show}"
            );
        }
    }
}

/// Whether a table cell is a whole date as the language's tables write it: ISO in
/// English; in Indonesian "Sen 9 Feb 2026", or shorter "Sen 9 Feb" (this year) or
/// "08-02-2027" (another year, the day first).
fn is_a_date(lang: &str, cell: &str) -> bool {
    const DAYS: [&str; 7] = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ];
    let numeric = |order: [usize; 3]| {
        let parts: Vec<&str> = cell.split('-').collect();
        parts.len() == 3
            && order
                .iter()
                .zip(&parts)
                .all(|(w, p)| p.len() == *w && p.parse::<u32>().is_ok())
    };
    if lang != "id" {
        return numeric([4, 2, 2]);
    }
    if numeric([2, 2, 4]) {
        return true;
    }
    let mut words: Vec<&str> = cell.split(' ').collect();
    if words.first().is_some_and(|w| DAYS.contains(w)) {
        words.remove(0);
    }
    let year_ok = match words.len() {
        2 => true,
        3 => words[2].len() == 4 && words[2].parse::<u32>().is_ok(),
        _ => false,
    };
    year_ok
        && words[0].parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        && MONTHS.contains(&words[1])
}

/// At 80 columns `case show` keeps every word of a note and of an undo's reason: what
/// the history table cuts is listed whole under it.
#[test]
fn at_80_columns_notes_and_undo_reasons_are_shown_whole() {
    let env = register();
    let note = "pemohon melengkapi salinan KTP dan surat kuasa pada hari yang sama";
    let reason = "tanggal memenuhi syarat salah ketik, seharusnya lima November";
    env.ok(&["case", "qualify", "2026/3", "--on", "2026-11-05"]);
    env.ok(&["case", "undo", "2026/3", "--reason", reason, "--note", note]);
    for lang in ["id", "en"] {
        let mut cmd = env.command();
        cmd.env("COLUMNS", "80")
            .args(["case", "show", "2026/3", "--lang", lang]);
        let out = env.run_command(cmd);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let words: Vec<&str> = out.stdout.split_whitespace().collect();
        for w in note.split(' ').chain(reason.split(' ')) {
            assert!(
                words
                    .iter()
                    .any(|x| x.trim_matches(|c: char| !c.is_alphanumeric())
                        == w.trim_matches(|c: char| !c.is_alphanumeric())),
                "{lang}: {w:?} is not shown whole:\n{}",
                out.stdout
            );
        }
        for line in out.stdout.lines() {
            assert!(line.chars().count() <= 80, "{lang}: {line}");
        }
    }
}

/// `recap --oldest` at 80 columns, its cases open for hundreds of working days: the state
/// reads whole, the cases named by their short references (`2025/1`) as `case list` names
/// them when space is short; English, with its shorter words, keeps the register number.
#[test]
fn the_oldest_cases_keep_their_state_whole_at_80_columns() {
    let env = TestEnv::initialised();
    for received in ["2025-08-04", "2025-09-15", "2026-11-02"] {
        env.add(received, "Budi Santoso", "Dinas Pendidikan");
    }
    env.ok(&["case", "qualify", "2025/1", "--on", "2025-08-11"]);
    let oldest = |lang: &str| {
        let out = env.ok(&["--lang", lang, "--width", "80", "recap", "--oldest", "5"]);
        assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
        out
    };
    let id = oldest("id");
    assert!(id.contains(" memenuhi syarat "), "{id}");
    insta::assert_snapshot!(id, @"
    Per tanggal Minggu, 29 November 2026
    Perkara  Diterima    Status             A  B           C
    ───────  ──────────  ───────────────  ───  ──────────  ──────────
    2025/1   04-08-2025  memenuhi syarat  321  25-08-2025  24-12-2025
    2025/2   15-09-2025  masuk            293  03-10-2025  Jum 6 Feb
    2026/1   Sen 2 Nov   masuk             19  Jum 20 Nov  08-04-2027

    A  Hari kerja berjalan
    B  Mulai paling lambat
    C  Selesai paling lambat
    ");
    let en = oldest("en");
    assert!(en.contains(" qualified "), "{en}");
    insta::assert_snapshot!(en, @"
    As of 2026-11-29
    Register no.             Received    State        A  B           C
    ───────────────────────  ──────────  ─────────  ───  ──────────  ──────────
    001/VIII/KI-JBI-PS/2025  2025-08-04  qualified  321  2025-08-25  2025-12-24
    002/IX/KI-JBI-PS/2025    2025-09-15  entered    293  2025-10-03  2026-02-06
    001/XI/KI-JBI-PS/2026    2026-11-02  entered     19  2026-11-20  2027-04-08

    A  Working days open
    B  Start by
    C  Finish by
    ");
}
