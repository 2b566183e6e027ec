//! `sengketa config`: every setting shown with its value or its default, the
//! `collective-leave` choice, and each change recorded in the history.

use crate::common::{Output, TestEnv};

/// Runs a command that must be refused with `code`; checks the register is unchanged.
fn refused(env: &TestEnv, args: &[&str], code: i32) -> Output {
    let before = env.contents();
    let out = env.run(args);
    assert_eq!(out.code, code, "sengketa {args:?}:\n{}", out.snapshot());
    assert_eq!(out.stdout, "", "sengketa {args:?} printed data");
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    assert_eq!(
        env.contents(),
        before,
        "sengketa {args:?} changed the register"
    );
    out
}

#[test]
fn settings_show_their_defaults_and_every_change_is_an_act() {
    let new = TestEnv::new();
    new.ok(&["init"]);
    insta::assert_snapshot!(new.run(&["config", "list"]).snapshot(), @"
    commission-code = (not set)
    register-template = {serial:03}/{month:roman}/KI-{code}-PS/{year} (default)
    collective-leave = non-working (default)
    commission-name = (not set)
    commission-address = (not set)
    commission-phone = (not set)
    commission-email = (not set)
    commission-city = (not set)
    commission-logo = (not set)
    chair-name = (not set)
    head-clerk-name = (not set)
    timezone = WIB (default)
    hearing-minutes = 120 (default)
    letter-number-format = {serial:03}/PAN/KI-{code}/{month:roman}/{year} (default)
    publish-applicant = pseudonym (default)
    deadline-basis = receipt (default)
    register-number-at = receipt (default)
    publish-decisions-dir = (not set)
    [exit status: 0]
    ");
    assert_eq!(
        new.ok(&["config", "get", "register-template"]),
        "{serial:03}/{month:roman}/KI-{code}-PS/{year}\n"
    );

    let env = TestEnv::initialised();
    insta::assert_snapshot!(env.run(&["config", "list"]).snapshot(), @"
    commission-code = JBI
    register-template = {serial:03}/{month:roman}/KI-{code}-PS/{year} (default)
    collective-leave = non-working (default)
    commission-name = (not set)
    commission-address = (not set)
    commission-phone = (not set)
    commission-email = (not set)
    commission-city = (not set)
    commission-logo = (not set)
    chair-name = (not set)
    head-clerk-name = (not set)
    timezone = WIB (default)
    hearing-minutes = 120 (default)
    letter-number-format = {serial:03}/PAN/KI-{code}/{month:roman}/{year} (default)
    publish-applicant = pseudonym (default)
    deadline-basis = receipt (default)
    register-number-at = receipt (default)
    publish-decisions-dir = (not set)
    [exit status: 0]
    ");
    assert_eq!(
        env.ok(&["config", "get", "collective-leave"]),
        "non-working\n"
    );
    insta::assert_snapshot!(env.run(&["config", "set", "collective-leave", "working"]).snapshot(), @"
    ------- stderr -------
    collective-leave = working
    [exit status: 0]
    ");
    assert_eq!(env.ok(&["config", "get", "collective-leave"]), "working\n");
    // the same value again: nothing to record
    insta::assert_snapshot!(env.run(&["config", "set", "collective-leave", "working"]).snapshot(), @"
    ------- stderr -------
    collective-leave = working (unchanged)
    [exit status: 0]
    ");
    env.ok(&["config", "set", "collective-leave", "non-working"]);
    insta::assert_snapshot!(refused(&env, &["config", "set", "collective-leave", "sometimes"], 3).snapshot(), @"
    ------- stderr -------
    error: 'sometimes' is not a value of collective-leave
    hint: use one of: non-working, working
    [exit status: 3]
    ");
    insta::assert_snapshot!(env.sqlite("SELECT id, actor, command, note FROM acts").snapshot(), @"
    1|sengketa|calendar_seed|seeded from data/holidays-id.csv (2008-2027)
    2|clerk|config|commission-code: (not set) -> JBI
    3|clerk|config|collective-leave: non-working (default) -> working
    4|clerk|config|collective-leave: working -> non-working
    [exit status: 0]
    ");
    insta::assert_snapshot!(env.run(&["config", "list"]).snapshot(), @"
    commission-code = JBI
    register-template = {serial:03}/{month:roman}/KI-{code}-PS/{year} (default)
    collective-leave = non-working
    commission-name = (not set)
    commission-address = (not set)
    commission-phone = (not set)
    commission-email = (not set)
    commission-city = (not set)
    commission-logo = (not set)
    chair-name = (not set)
    head-clerk-name = (not set)
    timezone = WIB (default)
    hearing-minutes = 120 (default)
    letter-number-format = {serial:03}/PAN/KI-{code}/{month:roman}/{year} (default)
    publish-applicant = pseudonym (default)
    deadline-basis = receipt (default)
    register-number-at = receipt (default)
    publish-decisions-dir = (not set)
    [exit status: 0]
    ");
    // The database holds the rule too (even with the trigger that wants every change of
    // a setting in its history dropped).
    let out = env.sqlite(
        "DROP TRIGGER settings_update_follows_history;
         UPDATE settings SET value = 'sometimes' WHERE key = 'collective-leave'",
    );
    assert_ne!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stderr.contains("CHECK constraint failed"),
        "{}",
        out.stderr
    );
}
