//! Indonesian as a panitera writes it: every command's help and every view of a scripted
//! register, run under `--lang id`, holds no word of an English-only list; the term
//! table's words on the screens; people's formats (dates, times) in human output and ISO
//! in files; the Indonesian command names reach the same commands as the English ones;
//! the manual page in both languages, rendered by `man -l`.

use crate::common::TestEnv;
use crate::common::require_tool;

/// Words that are English and never Indonesian: one of them in an Indonesian run is a
/// leak. (Words both languages write, such as "status", "data", "agenda", "format" or
/// "register", are not listed.)
const ENGLISH: &[&str] = &[
    "about",
    "absent",
    "adjudication",
    "after",
    "aliases",
    "all",
    "and",
    "appeal",
    "appeals",
    "applicant",
    "arguments",
    "as",
    "at",
    "before",
    "body",
    "bodies",
    "by",
    "cancelled",
    "case",
    "cases",
    "cassation",
    "closed",
    "commands",
    "corrected",
    "court",
    "date",
    "days",
    "decided",
    "decision",
    "default",
    "done",
    "due",
    "duplicate",
    "each",
    "ended",
    "entered",
    "evidence",
    "every",
    "file",
    "finish",
    "finished",
    "first",
    "for",
    "from",
    "government",
    "group",
    "hearing",
    "hearings",
    "held",
    "help",
    "individual",
    "instance",
    "late",
    "list",
    "mediation",
    "ministry",
    "mistake",
    "no",
    "none",
    "not",
    "note",
    "of",
    "on",
    "open",
    "options",
    "or",
    "other",
    "outcome",
    "overdue",
    "overturned",
    "panel",
    "postponed",
    "present",
    "preliminary",
    "print",
    "qualified",
    "reason",
    "received",
    "recorded",
    "rejected",
    "respondent",
    "scheduled",
    "set",
    "show",
    "start",
    "the",
    "this",
    "to",
    "total",
    "undo",
    "undone",
    "upheld",
    "usage",
    "version",
    "void",
    "voided",
    "when",
    "with",
    "withdrawn",
    "working",
    "year",
    "yes",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "june",
    "july",
    "august",
    "october",
    "december",
];

/// How the Indonesian help opens a command's aliases: its spaces are non-breaking, so that
/// the bracket is never cut at a line's end.
const ALIASES_SHOWN: &str = "[nama\u{a0}lain:\u{a0}";

/// The words of `text` a clerk reads as prose, each with its line, by rule: a line typed
/// as a command (the usage line, an example beginning `sengketa` or `$`), a span in
/// backticks or double quotes, a value list (`[pilihan: ...]`, `[nama lain: ...]`, whose
/// values are typed), a flag and the value after it (`--by body`), identifiers
/// (`start_by`, `decision-copy`, `docs/case-file.md`), words in capitals (placeholders
/// such as `FILE`, acronyms such as `PTUN`), words with digits (register numbers, dates),
/// the names of commands in a help's command list, and an iCalendar line's property name
/// and keywords are not prose.
fn prose_words(text: &str) -> Vec<(String, String)> {
    // A span in backticks may run over a line break.
    let text = strip_spans(text, '`', '`');
    let text = strip_bracketed(&text, "[pilihan:");
    let text = strip_bracketed(&text, ALIASES_SHOWN);
    let mut words = Vec::new();
    let mut in_commands = false;
    // A flag's value may follow it on the next line.
    let mut after_flag = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if !line.starts_with(' ') {
            in_commands = trimmed.starts_with("Perintah:");
        }
        if trimmed.starts_with("sengketa ")
            || trimmed.starts_with("$ ")
            || trimmed.starts_with("Penggunaan:")
            || trimmed.starts_with('#')
        {
            continue;
        }
        // An iCalendar line: its property's name and the protocol's keywords in capitals
        // (`STATUS:CONFIRMED`) are not prose; its text is.
        let body = match line.split_once(':') {
            Some((name, rest))
                if !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || "-;=".contains(c)) =>
            {
                rest
            }
            _ => line,
        };
        let body = strip_spans(body, '"', '"');
        // A command list's line begins with the command's name.
        let body = if in_commands && line.starts_with("  ") {
            body.trim_start()
                .split_once("  ")
                .map(|(_, about)| about.to_string())
                .unwrap_or_default()
        } else {
            body
        };
        for token in body.split_whitespace() {
            let flag = token.trim_start_matches(['[', '(']).starts_with('-');
            // A flag's value is lower case (`--by body`); a description begins upper case.
            let value = after_flag && token.starts_with(|c: char| c.is_lowercase());
            after_flag = flag && !token.contains('=');
            let bare = token.trim_matches(|c: char| !c.is_alphanumeric());
            if flag
                || value
                || token.contains(['{', '}'])
                || bare.contains(['_', '/', '@', '=', '<', '>', '.', ':', '-', '|'])
                || bare.chars().any(|c| c.is_ascii_digit())
                || bare
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            {
                continue;
            }
            for w in bare.split(|c: char| !c.is_alphabetic()) {
                if !w.is_empty() {
                    words.push((w.to_lowercase(), line.to_string()));
                }
            }
        }
    }
    words
}

fn strip_spans(line: &str, open: char, close: char) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in line.chars() {
        if !inside && c == open {
            inside = true;
        } else if inside && c == close {
            inside = false;
        } else if !inside {
            out.push(c);
        }
    }
    out
}

/// `text` without the bracketed spans opening with `start` (nested brackets and line
/// breaks inside them included).
fn strip_bracketed(text: &str, start: &str) -> String {
    let mut s = text.to_string();
    while let Some(i) = s.find(start) {
        let mut depth = 0;
        let mut end = s.len();
        for (j, c) in s[i..].char_indices() {
            match c {
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + j + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        s.replace_range(i..end, "");
    }
    s
}

/// The English-only words in `text`, with the lines they stand in.
fn english_in(text: &str) -> Vec<String> {
    prose_words(text)
        .into_iter()
        .filter(|(w, _)| ENGLISH.contains(&w.as_str()))
        .map(|(w, line)| format!("{w:?} in {line:?}"))
        .collect()
}

/// A register a clerk has worked: cases at every stage, a correction, an undo, a void
/// entry, hearings (held, postponed, cancelled), a decision served and appealed.
fn scripted() -> TestEnv {
    static MADE: std::sync::OnceLock<Vec<(std::path::PathBuf, Vec<u8>)>> =
        std::sync::OnceLock::new();
    TestEnv::copied(&MADE, script)
}

fn script(env: &TestEnv) {
    env.ok(&["init"]);
    env.ok(&["config", "set", "commission-code", "JBI"]);
    for args in [
        &[
            "case",
            "add",
            "--received",
            "2026-01-05",
            "--applicant",
            "Budi Santoso",
            "--applicant-kind",
            "perseorangan",
            "--body",
            "Dinas Pendidikan",
            "--subject",
            "Anggaran sekolah",
        ][..],
        &[
            "case",
            "add",
            "--received",
            "2026-02-02",
            "--applicant",
            "Siti Aminah",
            "--body",
            "Dinas Kesehatan",
            "--subject",
            "Daftar penerima bantuan",
        ],
        &[
            "case",
            "add",
            "--received",
            "2026-03-02",
            "--applicant",
            "Yayasan Lestari",
            "--applicant-kind",
            "badan-hukum",
            "--body",
            "Dinas Pendidikan",
            "--subject",
            "Kontrak pengadaan",
        ],
        &[
            "case",
            "add",
            "--received",
            "2026-03-02",
            "--applicant",
            "Yayasan Lestari",
            "--applicant-kind",
            "badan-hukum",
            "--body",
            "Dinas Pendidikan",
            "--subject",
            "Kontrak pengadaan",
        ],
        &[
            "case",
            "add",
            "--received",
            "2026-11-02",
            "--applicant",
            "Rudi Hartono",
            "--body",
            "Sekretariat Daerah",
            "--subject",
            "Perjalanan dinas",
        ],
        &[
            "case", "void", "2026/4", "--reason", "ganda", "--of", "2026/3",
        ],
        &["case", "edit", "2026/2", "--applicant", "Siti Aminah Lubis"],
        &["case", "qualify", "2026/1", "--on", "2026-01-12"],
        &["case", "qualify", "2026/2", "--on", "2026-02-09"],
        &["case", "withdraw", "2026/2", "--on", "2026-02-20"],
        &["case", "undo", "2026/2", "--reason", "salah perkara"],
        &["case", "qualify", "2026/3", "--on", "2026-03-09"],
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-01-19",
            "--at",
            "09:30",
            "--kind",
            "preliminary",
            "--room",
            "Ruang Sidang 1",
        ],
        &[
            "hearing",
            "held",
            "2026/1",
            "1",
            "--applicant",
            "present",
            "--respondent",
            "absent",
        ],
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-02-09",
            "--at",
            "13:00",
            "--kind",
            "adjudication",
        ],
        &[
            "hearing",
            "held",
            "2026/1",
            "2",
            "--applicant",
            "present",
            "--respondent",
            "represented",
        ],
        &[
            "case",
            "decide",
            "2026/1",
            "--via",
            "adjudication",
            "--outcome",
            "granted",
            "--on",
            "2026-03-02",
        ],
        &["case", "serve", "2026/1", "--on", "2026-03-04"],
        &[
            "appeal",
            "file",
            "2026/1",
            "--court",
            "ptun",
            "--by",
            "respondent",
            "--on",
            "2026-03-10",
        ],
        &[
            "hearing",
            "schedule",
            "2026/3",
            "--on",
            "2026-12-01",
            "--at",
            "10:00",
            "--kind",
            "preliminary",
            "--room",
            "Ruang Sidang 2",
        ],
        &[
            "hearing",
            "postpone",
            "2026/3",
            "1",
            "--to",
            "2026-12-03",
            "--reason",
            "termohon sakit",
        ],
        &[
            "hearing",
            "schedule",
            "2026/5",
            "--on",
            "2026-12-02",
            "--kind",
            "preliminary",
        ],
        &[
            "hearing",
            "cancel",
            "2026/5",
            "1",
            "--reason",
            "pemohon mencabut",
        ],
        &[
            "body",
            "set",
            "Dinas Pendidikan",
            "--kind",
            "regency-city-government",
        ],
        &["body", "alias", "Dinas Pendidikan", "--add", "Disdik"],
        &["person", "add", "Zulkifli", "--role", "commissioner"],
        &["person", "add", "Nurul Fitri", "--role", "commissioner"],
        &["person", "add", "Tatang Hidayat", "--role", "commissioner"],
        &[
            "case",
            "assign",
            "2026/3",
            "--chair",
            "Zulkifli",
            "--member",
            "Nurul Fitri",
            "--member",
            "Tatang Hidayat",
        ],
        &["mediation", "start", "2026/3", "--on", "2026-03-16"],
    ] {
        env.ok(args);
    }
}

/// The commands of a help's command list that show an Indonesian name, each with that
/// name, or None where "[nama lain: ...]" is cut at a line's end.
pub(crate) fn aliases_shown(help: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut command = None;
    for line in help.lines() {
        if line.starts_with("  ") && !line.starts_with("   ") {
            command = line.split_whitespace().next().map(str::to_string);
        }
        let Some(command) = command.clone() else {
            continue;
        };
        if let Some(at) = line.find("[nama") {
            let alias = line[at..]
                .strip_prefix(ALIASES_SHOWN)
                .and_then(|rest| rest.split_once(']'))
                .map(|(alias, _)| alias.to_string());
            out.push((command, alias));
        }
    }
    out
}

#[test]
fn every_commands_help_is_indonesian() {
    let env = TestEnv::initialised();
    let mut aliases = 0;
    let mut leaks = Vec::new();
    let pages = crate::common::help::help_pages();
    for page in pages {
        let (path, help) = (&page.path, &page.id);
        for leak in english_in(help) {
            leaks.push(format!("sengketa {}: {leak}", path.join(" ")));
        }
        // clap's own words in capitals and its "[aliases: ...]", which the rule leaves
        // to this check.
        for clap in ["[OPTIONS]", "<COMMAND>", "[COMMAND]", "[alias"] {
            if help.contains(clap) {
                leaks.push(format!("sengketa {}: {clap}", path.join(" ")));
            }
        }
        // The Indonesian command list names the same commands as the English one.
        assert_eq!(
            crate::common::help::listed_under(help, "Perintah:"),
            crate::common::help::subcommands(&page.en),
            "sengketa {}",
            path.join(" ")
        );
        // A command's Indonesian name, whole on one line, reaches the same command.
        for (name, alias) in aliases_shown(help) {
            let Some(alias) = alias else {
                leaks.push(format!("sengketa {}: {name}'s alias cut", path.join(" ")));
                continue;
            };
            let by_name = [path.clone(), vec![name.clone()]].concat();
            let by_name = &pages
                .iter()
                .find(|p| p.path == by_name)
                .unwrap_or_else(|| panic!("{by_name:?} not walked"))
                .id;
            let by_alias = crate::common::help::help(
                &env,
                &[path.clone(), vec![alias.clone()]].concat(),
                "id",
            );
            assert_eq!(by_name, &by_alias, "{path:?} {name} / {alias}");
            aliases += 1;
        }
    }
    // Every command of the tree was reached (the top, its commands and theirs), and the
    // Indonesian names of the clerk's commands were shown.
    assert!(
        pages.len() > 60,
        "only {} commands' help walked",
        pages.len()
    );
    assert!(aliases > 40, "only {aliases} Indonesian names shown");
    assert!(
        leaks.is_empty(),
        "English in Indonesian help:\n{}",
        leaks.join("\n")
    );
}

#[test]
fn every_view_is_indonesian() {
    let env = scripted();
    let csv = env.ok(&["recap", "--format", "csv"]);
    // A published table one cell off (the cases entered), as a clerk would type it.
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    let mut cells: Vec<String> = lines[1].split(',').map(str::to_string).collect();
    cells[1] = (cells[1].parse::<i64>().unwrap() + 1).to_string();
    lines[1] = cells.join(",");
    let published = lines.join("\n") + "\n";
    std::fs::write(env.dir().join("published.csv"), published).unwrap();
    let views: &[&[&str]] = &[
        &["case", "show", "2026/1"],
        &["case", "show", "2026/2"],
        &["case", "show", "2026/4"],
        &["case", "list"],
        &["case", "list", "--include-void"],
        &["case", "list", "--overdue"],
        &["agenda", "--on", "2026-11-30"],
        &["agenda", "--on", "2026-11-30", "--format", "ics"],
        &["body", "list"],
        &["body", "show", "Dinas Pendidikan"],
        &["recap"],
        &["recap", "--flow"],
        &["recap", "--times"],
        &["recap", "--appeals"],
        &["recap", "--by", "body"],
        &["recap", "--by", "body-kind"],
        &["recap", "--by", "outcome"],
        &["recap", "--by", "ground"],
        &["config", "list"],
        &["verify"],
        &["calendar", "list", "--year", "2026"],
        &["case", "show", "2026/3"],
        &["case", "list", "--open", "--sort", "due"],
        &["agenda", "--on", "2026-11-30", "--days", "10"],
        &["person", "list"],
        &["recap", "--oldest"],
        &["recap", "--mediation"],
        &["recap", "--by", "person"],
        &["report"],
        &["verify", "--head"],
    ];
    let mut leaks = Vec::new();
    for view in views {
        let mut args = vec!["--lang", "id"];
        args.extend_from_slice(view);
        let mut out = env.run(&args);
        assert!(out.code == 0, "{view:?}:\n{}", out.snapshot());
        if view[0] == "report" {
            out.stdout = html_text(&out.stdout);
        }
        for leak in english_in(&out.stdout)
            .into_iter()
            .chain(english_in(&out.stderr))
        {
            leaks.push(format!("{}: {leak}", view.join(" ")));
        }
    }
    let check = env.run(&["--lang", "id", "recap", "check", "published.csv"]);
    assert_eq!(check.code, 1, "{}", check.snapshot());
    for leak in english_in(&check.stdout) {
        leaks.push(format!("recap check: {leak}"));
    }
    assert!(
        leaks.is_empty(),
        "English in Indonesian views:\n{}",
        leaks.join("\n")
    );
}

/// An HTML page's text as a reader sees it: its tags, style and script left out, each
/// element's text on a line of its own.
fn html_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out += &rest[..open];
        out.push('\n');
        let tag = &rest[open..];
        // The text of <style> and <script> is not read.
        let skip_to = ["<style", "<script"]
            .iter()
            .find(|t| tag.starts_with(**t))
            .and_then(|t| tag.find(&format!("</{}", &t[1..])));
        let from = skip_to.unwrap_or(0);
        match tag[from..].find('>') {
            Some(close) => rest = &tag[from + close + 1..],
            None => {
                rest = "";
            }
        }
    }
    out += rest;
    out.replace("&amp;", "&").replace("&nbsp;", " ")
}

#[test]
fn the_rule_finds_english_where_there_is_some() {
    // The test above can fail: the same rule on an English run finds its words.
    let env = scripted();
    let out = env.ok(&["--lang", "en", "case", "show", "2026/1"]);
    assert!(!english_in(&out).is_empty(), "{out}");
    assert!(!english_in("Options:\n  -V, --version  Print version").is_empty());
    // The report's text is read through its tags.
    let report = html_text(&env.ok(&["--lang", "en", "report"]));
    assert!(english_in(&report).len() > 20, "{report}");
    // ...and leaves alone what is not prose.
    assert!(english_in("  sengketa case list --overdue\n`case undo` x 2026/1").is_empty());
}

#[test]
fn the_screens_use_the_term_table_and_peoples_formats() {
    let env = scripted();
    let show = env.ok(&["--lang", "id", "--wide", "case", "show", "2026/1"]);
    for want in [
        "Senin, 5 Januari 2026",
        "Informasi yang dimohon",
        "perseorangan",
        "09.30",
        "WIB",
    ] {
        assert!(show.contains(want), "{want:?} not in:\n{show}");
    }
    // Every date of `case show` as people write it, intake, mediation and appeals
    // included. (Intake on a copy: a register that records it adds a recap column.)
    let intake = scripted();
    intake.ok(&[
        "case",
        "incomplete",
        "2026/5",
        "--missing",
        "KTP",
        "--on",
        "2026-11-04",
    ]);
    intake.ok(&["case", "register", "2026/5", "--on", "2026-11-09"]);
    for case in ["2026/1", "2026/2", "2026/3", "2026/5"] {
        let show = intake.ok(&["--lang", "id", "case", "show", case]);
        let iso: Vec<&str> = show
            .split(|c: char| c.is_whitespace() || "(),:".contains(c))
            .filter(|w| w.len() == 10 && w.as_bytes()[4] == b'-' && w[..4].parse::<u32>().is_ok())
            .collect();
        assert!(iso.is_empty(), "{case}: {iso:?} in:\n{show}");
    }
    let mediation = env.ok(&["--lang", "id", "case", "show", "2026/3"]);
    assert!(mediation.contains("Senin, 16 Maret 2026"), "{mediation}");
    let registered = intake.ok(&["--lang", "id", "case", "show", "2026/5"]);
    assert!(
        registered.contains("Senin, 9 November 2026"),
        "{registered}"
    );
    let appealed = env.ok(&["--lang", "id", "case", "show", "2026/1"]);
    assert!(appealed.contains("diajukan 10 Maret 2026"), "{appealed}");
    let undone = env.ok(&["--lang", "id", "case", "show", "2026/2"]);
    assert!(undone.contains("ditarik kembali"), "{undone}");
    assert!(
        undone.contains("pemohon: "),
        "the corrected field by name:\n{undone}"
    );
    let void = env.ok(&["--lang", "id", "case", "show", "2026/4"]);
    assert!(void.contains("dicoret"), "{void}");
    let list = env.ok(&["--lang", "id", "--wide", "case", "list", "--overdue"]);
    assert!(
        list.contains("Terlambat") && list.contains("selesai"),
        "{list}"
    );
    let flow = env.ok(&["--lang", "id", "--wide", "recap", "--flow"]);
    assert!(flow.contains("Diselesaikan tahun ini"), "{flow}");
    let agenda = env.ok(&["--lang", "id", "agenda", "--on", "2026-11-30"]);
    assert!(agenda.contains("30 November – 4 Desember 2026"), "{agenda}");
    let ics = env.ok(&[
        "--lang",
        "id",
        "agenda",
        "--on",
        "2026-11-30",
        "--format",
        "ics",
    ]);
    assert!(ics.contains("SUMMARY:Sidang 1 (pemeriksaan awal)"), "{ics}");
    // Files keep ISO dates and the stored times.
    let csv = env.ok(&["--lang", "id", "case", "list", "--format", "csv"]);
    assert!(csv.contains("2026-01-05"), "{csv}");
    assert!(!csv.contains("Januari"), "{csv}");
    // English keeps its formats.
    let en = env.ok(&["--lang", "en", "case", "show", "2026/1"]);
    assert!(en.contains("2026-01-05") && en.contains("09:30"), "{en}");
}

#[test]
fn the_indonesian_names_reach_the_same_commands() {
    for (english, indonesian) in [
        (&["case", "list"][..], &["perkara", "daftar"][..]),
        (
            &["case", "show", "2026/1"][..],
            &["perkara", "lihat", "2026/1"][..],
        ),
        (&["body", "list"][..], &["badan", "daftar"][..]),
        (&["config", "list"][..], &["pengaturan", "daftar"][..]),
        (&["recap", "--flow"][..], &["rekap", "--flow"][..]),
    ] {
        let env = scripted();
        assert_eq!(env.ok(english), env.ok(indonesian), "{indonesian:?}");
    }
    // A write through either name is the same write.
    let (a, b) = (scripted(), scripted());
    let one = [
        "hearing",
        "schedule",
        "2026/3",
        "--on",
        "2026-12-03",
        "--kind",
        "evidence",
    ];
    let two = [
        "sidang",
        "jadwalkan",
        "2026/3",
        "--on",
        "2026-12-03",
        "--kind",
        "evidence",
    ];
    assert_eq!(a.run(&one), b.run(&two));
    assert_eq!(a.contents(), b.contents());
    let add = [
        "perkara",
        "tambah",
        "--received",
        "2026-11-27",
        "--applicant",
        "Ani",
        "--body",
        "Dinas Sosial",
        "--subject",
        "Data bansos",
    ];
    assert_eq!(a.run(&add).code, 0);
    // The Indonesian help names them; the completions offer them.
    let help = a.ok(&["--lang", "id", "--help"]);
    assert!(help.contains("perkara"), "{help}");
    let case_help = a.ok(&["--lang", "id", "case", "--help"]);
    assert!(
        case_help.contains(&format!("{ALIASES_SHOWN}tambah]")),
        "{case_help}"
    );
    let bash = a.ok(&["completions", "bash"]);
    for name in ["perkara", "tambah", "sidang", "jadwalkan"] {
        assert!(bash.contains(name), "{name} not in the bash completions");
    }
}

#[test]
fn the_manual_page_renders_in_both_languages() {
    let env = TestEnv::initialised();
    for (lang, sections) in [
        ("en", ["EXIT STATUS", "ENVIRONMENT", "EXAMPLES"]),
        ("id", ["STATUS KELUAR", "LINGKUNGAN", "CONTOH"]),
    ] {
        let roff = env.ok(&["--lang", lang, "man"]);
        for s in sections {
            assert!(
                roff.contains(&format!(".SH {s}")),
                "{lang}: no {s}:\n{roff}"
            );
        }
        // Examples kept as written: inside no-fill blocks.
        assert!(roff.contains(".nf\n"), "{lang}: {roff}");
        let Some(man) = require_tool("man", "man-db") else {
            return;
        };
        let page = env.dir().join(format!("sengketa.{lang}.1"));
        std::fs::write(&page, &roff).unwrap();
        let out = std::process::Command::new(man)
            .args(["-l", "-P", "cat"])
            .arg(&page)
            .env("MANWIDTH", "80")
            .env("LANG", "C.UTF-8")
            .output()
            .expect("man runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        let warnings = String::from_utf8_lossy(&out.stderr);
        assert!(warnings.trim().is_empty(), "{lang}: {warnings}");
        for s in sections {
            assert!(text.contains(s), "{lang}: {s} not rendered:\n{text}");
        }
        // An example line stays one line, its spaces as written.
        assert!(
            text.lines().any(|l| l.trim() == "sengketa agenda"),
            "{lang}: {text}"
        );
        if lang == "id" {
            assert!(english_in(&text).is_empty(), "{:?}", english_in(&text));
            // The commands' Indonesian names, whole, as the help shows them.
            assert!(text.contains("[nama lain: perkara]"), "{text}");
        }
    }
}
