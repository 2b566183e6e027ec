//! `demo`: its register (throwaway, or kept with --db), its language, its files, and
//! hints that work wherever the binary runs.

use crate::common::{Output, TestEnv};
use std::path::Path;
use std::process::Command;

/// `sengketa demo ARGS` without SENGKETA_DB: the throwaway register.
fn demo(env: &TestEnv, args: &[&str]) -> Output {
    let mut cmd = env.command();
    cmd.env_remove("SENGKETA_DB").arg("demo").args(args);
    env.run_command(cmd)
}

/// Runs a line as a user would type it into a shell, `sengketa` on the PATH.
fn shell(env: &TestEnv, line: &str) -> Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_sengketa")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("sh");
    cmd.envs(
        env.command()
            .get_envs()
            .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
    )
    .env("PATH", path)
    .args(["-c", line])
    .current_dir(env.dir());
    env.run_command(cmd)
}

/// The commands under "Try next:".
fn hints(stdout: &str) -> Vec<String> {
    stdout
        .split_once("Try next:\n")
        .expect("hints")
        .1
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("sengketa "))
        .map(str::to_string)
        .collect()
}

/// Regression: the hints named `../shared/...` and `fixtures/...`,
/// which a user of the installed binary does not have. Each one, run as printed in an
/// empty folder, works.
#[test]
fn the_hints_work_from_an_empty_folder() {
    let env = TestEnv::new();
    let out = demo(&env, &[]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let hints = hints(&out.stdout);
    assert_eq!(hints.len(), 5, "{hints:?}");
    for line in &hints {
        let out = shell(&env, line);
        // `recap check` exits 1 where the published row does not add up (the paper's
        // 2017 row): a finding, not a failure.
        let ok = out.code == 0 || line.contains("recap check") && out.code == 1;
        assert!(ok, "{line}:\n{}", out.snapshot());
    }
    assert_eq!(env.cases().len(), 54);
    // The last hint kept a register of the demo's in demo.db.
    assert!(env.dir().join("demo.db").exists());
}

#[test]
fn write_fixtures_writes_the_two_files_and_refuses_to_overwrite() {
    let env = TestEnv::new();
    let out = demo(&env, &["--write-fixtures", "data"]);
    insta::assert_snapshot!(out.snapshot(), @"
    ------- stderr -------
    wrote the demo's files to data:
      data/jambi-2017-2018.csv: 54 cases of 2017-2018 in the register's CSV form (synthetic applicants)
      data/table1-published.csv: Table 1 as the paper published it
    Try next:
      sengketa init && sengketa config set commission-code JBI
      sengketa import data/jambi-2017-2018.csv && sengketa recap --by body
      sengketa recap check data/table1-published.csv --as-of 2019-12-31
    [exit status: 0]
    ");
    let fixture = std::fs::read_to_string(env.dir().join("data/jambi-2017-2018.csv")).unwrap();
    assert_eq!(fixture.lines().count(), 55);
    let published = std::fs::read_to_string(env.dir().join("data/table1-published.csv")).unwrap();
    assert!(published.starts_with("year,entered,"), "{published}");
    // Either file there already: nothing is written.
    std::fs::create_dir(env.dir().join("again")).unwrap();
    std::fs::write(env.dir().join("again/table1-published.csv"), "mine").unwrap();
    let out = demo(&env, &["--write-fixtures", "again"]);
    insta::assert_snapshot!(out.snapshot(), @"
    ------- stderr -------
    error: again/table1-published.csv exists already; nothing was written
    hint: name another folder, or move the file away
    [exit status: 3]
    ");
    assert!(!env.dir().join("again/jambi-2017-2018.csv").exists());
    assert_eq!(
        std::fs::read_to_string(env.dir().join("again/table1-published.csv")).unwrap(),
        "mine"
    );
    assert!(!env.db().exists(), "--write-fixtures touched the register");
}

/// `demo --db PATH` builds its register there, to explore afterwards.
#[test]
fn demo_with_db_keeps_its_register() {
    let env = TestEnv::new();
    let mut cmd = env.command();
    cmd.env_remove("SENGKETA_DB")
        .args(["--db", "demo.db", "demo"]);
    let out = env.run_command(cmd);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    // After the table (its last line is "Process ..." of the turned recap).
    let tail = out
        .stdout
        .split_once("\nThe demo's register")
        .map(|(_, t)| format!("The demo's register{t}"))
        .unwrap();
    insta::assert_snapshot!(tail, @"
    The demo's register is kept at demo.db: explore it, it is yours to delete.
    Try next:
      # the cases of 2018
      sengketa --db demo.db case list --year 2018
      # the recap per public body
      sengketa --db demo.db recap --by body
      # a case and its history
      sengketa --db demo.db case show 2017/1
    ");
    let mut cmd = env.command();
    cmd.env("SENGKETA_DB", "demo.db")
        .args(["case", "list", "--format", "json"]);
    let list: Vec<serde_json::Value> = serde_json::from_str(&env.run_command(cmd).stdout).unwrap();
    assert_eq!(list.len(), 54);
    let mut cmd = env.command();
    cmd.env("SENGKETA_DB", "demo.db").arg("verify");
    assert_eq!(env.run_command(cmd).code, 0);
}

/// An existing register, named by --db or SENGKETA_DB, is refused and not touched.
#[test]
fn demo_refuses_an_existing_register() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    let before = env.contents();
    insta::assert_snapshot!(env.run(&["demo"]).snapshot(), @"
    ------- stderr -------
    error: $TEST_ENV/register.db exists already: the demo builds a new register, and touched nothing
    hint: give --db a path that does not exist yet (e.g. --db demo.db), or unset SENGKETA_DB for a throwaway register
    [exit status: 3]
    ");
    let db = env.db().display().to_string();
    let out = demo(&env, &["--db", &db]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert_eq!(env.contents(), before);
}

/// Regression: `demo --lang id` left its title in English.
#[test]
fn demo_in_indonesian_has_an_indonesian_title() {
    let env = TestEnv::new();
    let out = demo(&env, &["--lang", "id"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    insta::assert_snapshot!(out.stdout.lines().next().unwrap(), @"Sengketa informasi publik di Komisi Informasi Provinsi Jambi, 2017-2018, per 2019-12-31 (disusun ulang dari 54 catatan perkara)");
    assert!(out.stdout.contains("Coba berikutnya:"), "{}", out.stdout);
    // SENGKETA_LANG gives the same, without the flag.
    let mut cmd = env.command();
    cmd.env_remove("SENGKETA_DB")
        .env("SENGKETA_LANG", "id")
        .arg("demo");
    let by_env = env.run_command(cmd);
    assert_eq!(by_env.stdout, out.stdout);
}
