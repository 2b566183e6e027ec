//! What the command line says of itself: usage lines, help, shell completions and the
//! manual page.

use crate::common::TestEnv;
use crate::common::help::{HelpPage, help_pages};

/// Regression: with SENGKETA_DB set (as every TestEnv has it), a usage error's
/// usage line showed `--db <PATH>` as if it were required.
#[test]
fn usage_lines_do_not_show_db_as_required_when_sengketa_db_is_set() {
    let env = TestEnv::initialised();
    let out = env.run(&["case", "decide", "2017/1", "--via", "mediation"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    insta::assert_snapshot!(out.stderr, @"
    error: the following required arguments were not provided:
      --outcome <OUTCOME>

    Usage: sengketa case decide --via <VIA> --outcome <OUTCOME> <CASE>

    For more information, try '--help'.
    ");
    let help = env.ok(&["case", "list", "--help"]);
    assert!(
        help.contains("Usage: sengketa case list [OPTIONS]\n"),
        "{help}"
    );
    // The variable still names the register.
    assert!(env.db().exists());
    assert_eq!(env.run(&["case", "list"]).code, 0);
}

/// The top-level commands, as the completion scripts and the manual page must name them.
const COMMANDS: [&str; 16] = [
    "init",
    "config",
    "case",
    "mediation",
    "person",
    "agenda",
    "calendar",
    "import",
    "export",
    "recap",
    "report",
    "demo",
    "verify",
    "schema",
    "completions",
    "man",
];

#[test]
fn completions_for_each_shell_name_the_commands() {
    let env = TestEnv::new();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = env.run(&["completions", shell]);
        assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{shell}");
        assert!(out.stdout.len() > 1000, "{shell}: {}", out.stdout);
        for cmd in COMMANDS
            .iter()
            .chain(&["decide", "qualify", "applicant-kind"])
        {
            assert!(out.stdout.contains(cmd), "{shell}: no {cmd}");
        }
    }
    // bash's script registers itself for the command
    let bash = env.ok(&["completions", "bash"]);
    assert!(bash.contains("complete -F _sengketa"), "{bash}");
    assert_eq!(env.run(&["completions", "tcsh"]).code, 2);
    assert!(!env.db().exists(), "completions touched the register");
}

#[test]
fn the_manual_page_names_the_commands() {
    let env = TestEnv::new();
    let out = env.run(&["man"]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    let page = out.stdout;
    assert!(page.contains("\n.TH sengketa 1 "), "{page}");
    assert!(page.contains("\n.SH SUBCOMMANDS\n"), "{page}");
    for cmd in COMMANDS {
        assert!(
            page.contains(&format!("sengketa\\-{cmd}(1)")),
            "no {cmd} in:\n{page}"
        );
    }
    // Every page the main one points at, written with --dir.
    let out = env.run(&["man", "--dir", "man1"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    insta::assert_snapshot!(out.stderr, @"wrote 81 manual pages to man1");
    for name in [
        "sengketa.1",
        "sengketa-case.1",
        "sengketa-case-add.1",
        "sengketa-man.1",
    ] {
        let text = std::fs::read_to_string(env.dir().join("man1").join(name)).unwrap();
        assert!(text.contains(".TH "), "{name}");
    }
}

/// The messages speak the language of SENGKETA_LANG, else of the locale.
#[test]
fn messages_follow_sengketa_lang_then_the_locale() {
    let env = TestEnv::new();
    let run = |vars: &[(&str, &str)]| {
        let mut cmd = env.command();
        cmd.envs(vars.iter().copied()).args(["case", "list"]);
        env.run_command(cmd).stderr
    };
    let prefix = |s: String| s.split(':').next().unwrap_or("").to_string();
    assert_eq!(prefix(run(&[])), "error");
    assert_eq!(prefix(run(&[("SENGKETA_LANG", "id")])), "galat");
    assert_eq!(prefix(run(&[("LANG", "id_ID.UTF-8")])), "galat");
    assert_eq!(
        prefix(run(&[("LANG", "id_ID.UTF-8"), ("SENGKETA_LANG", "en")])),
        "error"
    );
    assert_eq!(prefix(run(&[("LC_ALL", "C"), ("LANG", "id_ID")])), "error");
}

/// A suggestion far from what was typed is not given (clap offered `--allow-network-fs`,
/// which lifts a safety check, for `--on`, and `sampaikan`, which records a service, for
/// `tampil`), nor written into the usage line; a near one still is, in both languages.
#[test]
fn a_far_suggestion_is_not_given() {
    let env = TestEnv::initialised();
    let run = |lang: &str, args: &[&str]| {
        let mut cmd = env.command();
        cmd.env("SENGKETA_LANG", lang).args(args);
        env.run_command(cmd)
    };
    insta::assert_snapshot!(run("en", &["case", "note", "2026/1", "x", "--on", "2026-03-02"]).snapshot(), @"
    ------- stderr -------
    error: unknown option '--on'

    Usage: sengketa case note <CASE> <TEXT>

    For more information, try '--help'.
    [exit status: 2]
    ");
    insta::assert_snapshot!(run("id", &["perkara", "tampil", "2026/1"]).snapshot(), @"
    ------- stderr -------
    galat: perintah 'tampil' tidak dikenal

    Penggunaan: sengketa case [OPSI] <PERINTAH>

    Untuk keterangan lebih lanjut, coba '--help'.
    [exit status: 2]
    ");
    let near = run("en", &["case", "show", "2026/1", "--formt", "json"]);
    assert!(near.stderr.contains("'--format'"), "{}", near.stderr);
    let near = run("id", &["perkara", "tamba"]);
    assert!(
        near.stderr.contains("maksud Anda tambah?"),
        "{}",
        near.stderr
    );
}

/// Checks the help of the command `p` at 80 columns in both languages (see below).
fn check_help(page: &HelpPage) {
    let p = &page.path;
    for (lang, text, usage, global, own) in [
        ("en", &page.en, "Usage:", "Global options:", "Options:"),
        ("id", &page.id, "Penggunaan:", "Opsi umum:", "Opsi:"),
    ] {
        let lines: Vec<&str> = text.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with(usage))
            .unwrap_or_else(|| panic!("{p:?} {lang}: no usage:\n{text}"));
        // Each line under the first begins where the first's text does, under the command
        // (a command with a form of its own per subcommand has two usage lines).
        let under = " ".repeat(usage.chars().count() + 1);
        for (i, line) in lines[at..].iter().take_while(|l| !l.is_empty()).enumerate() {
            assert!(
                line.chars().count() <= 80,
                "{p:?} {lang}: a usage line of {} columns:\n{line}",
                line.chars().count()
            );
            assert!(
                i == 0 || (line.starts_with(&under) && !line[under.len()..].starts_with(' ')),
                "{p:?} {lang}: a usage line not under the first:\n{text}"
            );
        }
        let g = lines
            .iter()
            .position(|l| *l == global)
            .unwrap_or_else(|| panic!("{p:?} {lang}: no {global}\n{text}"));
        let db = lines
            .iter()
            .position(|l| l.trim_start().starts_with("--db <"))
            .unwrap();
        assert!(db > g, "{p:?} {lang}: --db is not under {global}");
        if let Some(o) = lines.iter().position(|l| *l == own) {
            let own_section = &lines[o..lines.len().min(g.max(o))];
            assert!(
                !own_section
                    .iter()
                    .any(|l| l.trim_start().starts_with("--lang")),
                "{p:?} {lang}: a global option among the command's own"
            );
        }
    }
}

/// Every command's help at 80 columns, in both languages: no usage line passes 80
/// columns (a long usage goes on under its first word), and the global options are
/// listed under a heading of their own, apart from the command's own.
#[test]
fn every_help_keeps_usage_within_80_columns_and_global_options_apart() {
    let pages = help_pages();
    for page in pages {
        check_help(page);
    }
    assert!(
        pages.len() > 40,
        "only {} commands were walked",
        pages.len()
    );
}

/// The Windows build script is there and executable (run by hand before a release, not
/// by CI: docs/windows.md), and builds the target it says.
#[test]
fn the_windows_build_script_is_executable() {
    use std::os::unix::fs::PermissionsExt;
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/check-windows.sh");
    let mode = std::fs::metadata(&p)
        .expect("scripts/check-windows.sh")
        .permissions()
        .mode();
    assert!(mode & 0o111 != 0, "{p:?} is not executable");
    let text = std::fs::read_to_string(&p).unwrap();
    for needed in [
        "rustup target add",
        "gcc-mingw-w64-x86-64",
        "--target \"$target\"",
    ] {
        assert!(text.contains(needed), "no {needed:?} in {p:?}");
    }
}

/// Every command's description at 80 columns, in both languages, has its paragraphs
/// wrapped whole by clap: no word left alone where a line of the catalogue (or of a doc
/// comment) ended, which is what a paragraph kept in its written lines looks like.
#[test]
fn every_help_wraps_its_paragraphs_whole() {
    let pages = help_pages();
    let mut broken = Vec::new();
    for page in pages {
        let path = &page.path;
        for (lang, text, usage) in [("en", &page.en, "Usage:"), ("id", &page.id, "Penggunaan:")] {
            let lines: Vec<&str> = text.lines().collect();
            let at = lines
                .iter()
                .position(|l| l.starts_with(usage))
                .unwrap_or(lines.len());
            for pair in lines[..at].windows(2) {
                let [a, b] = pair else { continue };
                let prose = |l: &str| !l.is_empty() && !l.starts_with(' ');
                let next = b.split(' ').next().unwrap_or_default();
                if prose(a) && prose(b) && a.chars().count() + 1 + next.chars().count() <= 80 {
                    broken.push(format!("{path:?} {lang}: before {next:?}:\n{a}\n{b}"));
                }
            }
        }
    }
    assert!(
        pages.len() > 40,
        "only {} commands were walked",
        pages.len()
    );
    assert!(
        broken.is_empty(),
        "paragraphs broken:\n{}",
        broken.join("\n")
    );
}
