//! One command group a feature: `appeal` and `hearing` hold their CSV import and export,
//! and the groups' old spellings (`appeals ...`, `hearings ...`) still run the same
//! commands, out of the help, the manual and the completions.

use crate::common::{Output, TestEnv};

/// A register with a decision served and appealed, and a hearing scheduled on another case.
fn with_appeal_and_hearing() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi Santoso", "Dinas PUPR Provinsi Jambi");
    env.add("2026-10-01", "Siti Aminah", "RSUD");
    for args in [
        &["case", "qualify", "2026/1", "--on", "2026-01-12"][..],
        &[
            "case",
            "decide",
            "2026/1",
            "--via",
            "adjudication",
            "--outcome",
            "granted",
            "--on",
            "2026-05-04",
        ],
        &["case", "serve", "2026/1", "--on", "2026-05-06"],
        &[
            "appeal",
            "file",
            "2026/1",
            "--court",
            "ptun",
            "--by",
            "respondent",
            "--on",
            "2026-05-20",
        ],
        &["case", "qualify", "2026/2", "--on", "2026-10-08"],
        &[
            "hearing",
            "schedule",
            "2026/2",
            "--on",
            "2026-12-03",
            "--at",
            "09:00",
            "--kind",
            "preliminary",
        ],
    ] {
        env.ok(args);
    }
    env
}

/// Runs `args` with the group spelled `new` and spelled `old`: both give the same run.
fn same(env: &TestEnv, new: &str, old: &str, rest: &[&str]) -> Output {
    let run = |group: &str| {
        let mut args = vec![group];
        args.extend_from_slice(rest);
        env.run(&args)
    };
    let (a, b) = (run(new), run(old));
    assert_eq!(
        a,
        b,
        "`{new} {}` and `{old} {}` differ",
        rest.join(" "),
        rest.join(" ")
    );
    a
}

#[test]
fn the_old_group_names_run_the_same_commands() {
    let env = with_appeal_and_hearing();
    let out = same(&env, "appeal", "appeals", &["export"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    insta::assert_snapshot!(out.stdout, @"
    register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome
    001/I/KI-JBI-PS/2026,2026-05-06,first_instance,ptun,respondent,2026-05-20,,,
    ");
    let out = same(&env, "hearing", "hearings", &["export"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
    assert!(
        out.stdout
            .contains("002/X/KI-JBI-PS/2026,1,preliminary,2026-12-03"),
        "{}",
        out.stdout
    );

    // The imports, checked without writing: both refuse a row already in the register
    // alike, and read a file the same way.
    let dir = env.dir().to_str().unwrap().to_string();
    env.ok(&["appeal", "export", "-o", &format!("{dir}/appeals.csv")]);
    env.ok(&["hearing", "export", "-o", &format!("{dir}/hearings.csv")]);
    let before = env.contents();
    let out = same(
        &env,
        "appeal",
        "appeals",
        &["import", "--dry-run", "appeals.csv"],
    );
    assert_eq!(out.code, 3, "{}", out.snapshot());
    let out = same(
        &env,
        "hearing",
        "hearings",
        &["import", "--dry-run", "hearings.csv"],
    );
    assert_eq!(out.code, 3, "{}", out.snapshot());
    // And the steps, under the old spelling as under the new (refused alike here: the
    // first instance is already filed).
    let out = same(
        &env,
        "appeal",
        "appeals",
        &[
            "file",
            "2026/1",
            "--court",
            "ptun",
            "--by",
            "applicant",
            "--on",
            "2026-05-21",
        ],
    );
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert_eq!(env.contents(), before, "a refused or dry run wrote");
}

#[test]
fn the_old_group_names_are_hidden() {
    let env = TestEnv::new();
    let help = env.ok(&["--help"]);
    let commands: Vec<&str> = help
        .lines()
        .filter_map(|l| l.strip_prefix("  "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        commands.contains(&"appeal") && commands.contains(&"hearing"),
        "{help}"
    );
    assert!(!commands.contains(&"appeals"), "{help}");
    assert!(!commands.contains(&"hearings"), "{help}");
    for (group, subs) in [
        ("appeal", &["file", "decide", "import", "export"][..]),
        (
            "hearing",
            &["schedule", "held", "postpone", "cancel", "import", "export"],
        ),
    ] {
        let help = env.ok(&[group, "--help"]);
        for sub in subs {
            assert!(
                help.contains(&format!("\n  {sub} ")),
                "{group}: no {sub} in {help}"
            );
        }
    }
    // The completion scripts offer the new names only.
    let bash = env.ok(&["completions", "bash"]);
    assert!(bash.contains("sengketa,appeal)"), "{bash}");
    assert!(!bash.contains("sengketa,appeals)"), "bash offers appeals");
    assert!(!bash.contains("sengketa,hearings)"), "bash offers hearings");
    let fish = env.ok(&["completions", "fish"]);
    assert!(fish.contains("-a \"appeal\""), "{fish}");
    assert!(!fish.contains("-a \"appeals\""), "fish offers appeals");
    assert!(!fish.contains("-a \"hearings\""), "fish offers hearings");
    let man = env.ok(&["man"]);
    assert!(man.contains("sengketa\\-appeal(1)"), "{man}");
    assert!(
        !man.contains("sengketa\\-appeals(1)"),
        "the manual names appeals"
    );
    assert!(
        !man.contains("sengketa\\-hearings(1)"),
        "the manual names hearings"
    );
}
