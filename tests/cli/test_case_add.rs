//! `case add`: who is recorded as its actor.

use crate::common::TestEnv;

/// The actor of the case's entry, as `case show --format json` gives it.
fn actor(env: &TestEnv, case: &str) -> String {
    let show: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", case, "--format", "json"])).unwrap();
    show["timeline"][0]["actor"]
        .as_str()
        .unwrap_or_else(|| panic!("no actor in {show}"))
        .to_string()
}

/// Issue "Bahasa Indonesia first": with neither SENGKETA_ACTOR nor USER nor LOGNAME (a cron
/// job, a service unit) the actor was `uid-0`; it is the account's name.
#[test]
fn without_user_the_actor_is_the_account_name() {
    let env = TestEnv::initialised();
    let account = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let account = String::from_utf8(account.stdout)
        .unwrap()
        .trim()
        .to_string();
    assert!(!account.is_empty());
    let mut cmd = env.command();
    cmd.env_remove("SENGKETA_ACTOR")
        .env_remove("USER")
        .env_remove("LOGNAME")
        .args([
            "case",
            "add",
            "--received",
            "2017-03-02",
            "--applicant",
            "Budi",
        ])
        .args(["--body", "Dinas Pendidikan", "--subject", "RKA 2017"]);
    let out = env.run_command(cmd);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(actor(&env, "2017/1"), account);
    // USER still wins when it is set, and SENGKETA_ACTOR over it.
    let mut cmd = env.command();
    cmd.env_remove("SENGKETA_ACTOR")
        .env("USER", "siti")
        .args([
            "case",
            "add",
            "--received",
            "2017-03-03",
            "--applicant",
            "Ani",
        ])
        .args(["--body", "Dinas Pendidikan", "--subject", "RKA 2017"]);
    assert_eq!(env.run_command(cmd).code, 0);
    assert_eq!(actor(&env, "2017/2"), "siti");
}
