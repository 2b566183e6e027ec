//! What the command line says of itself: usage lines, help, shell completions and the
//! manual page.

use crate::common::TestEnv;

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
    insta::assert_snapshot!(out.stderr, @"wrote 80 manual pages to man1");
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
