//! The history is hash-chained, so that a forgery with the sqlite3 shell is
//! caught by `verify` (exit 1, the first act that no longer matches named); the schema is
//! compared with the one the binary makes; `verify --head` and `--since` pin the history
//! to a head written down earlier.

use crate::common::{TestEnv, copy_register};

/// A register with a bit of everything: settings, cases, steps, a correction, hearings,
/// a calendar change, an undo. Its acts, in order:
/// 1 calendar_seed, 2 config, 3 add (2017/1), 4 add (2017/2), 5 qualify 2017/1,
/// 6 hearing_schedule, 7 hearing_held, 8 edit 2017/2, 9 calendar_add, 10 decide 2017/1,
/// 11 undo 2017/1, 12 config (collective-leave).
fn register() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    env.add("2017-03-03", "Siti Aminah", "Bappeda");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    env.ok(&[
        "hearing",
        "schedule",
        "2017/1",
        "--kind",
        "preliminary",
        "--on",
        "2017-03-20",
    ]);
    env.ok(&[
        "hearing",
        "held",
        "2017/1",
        "1",
        "--applicant",
        "present",
        "--respondent",
        "absent",
    ]);
    env.ok(&["case", "edit", "2017/2", "--applicant", "Siti Aminah S."]);
    env.ok(&[
        "calendar",
        "add",
        "2017-04-03",
        "--kind",
        "office-closure",
        "--name",
        "Kantor tutup",
    ]);
    env.ok(&[
        "case",
        "decide",
        "2017/1",
        "--via",
        "adjudication",
        "--outcome",
        "granted",
        "--on",
        "2017-06-20",
    ]);
    env.ok(&["case", "undo", "2017/1", "--reason", "wrong case"]);
    env.ok(&["config", "set", "collective-leave", "working"]);
    assert_eq!(env.sqlite("SELECT count(*) FROM acts").stdout, "12\n");
    env
}

/// The SQL that recreates a trigger exactly as the schema has it.
fn trigger_sql(env: &TestEnv, name: &str) -> String {
    let out = env.sqlite(&format!(
        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = '{name}'"
    ));
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(!out.stdout.trim().is_empty(), "no trigger {name}");
    out.stdout.trim().to_string() + ";"
}

/// Runs `sql` with the named triggers dropped, then puts them back as they were: the
/// attacker who knows the schema.
fn forge(env: &TestEnv, triggers: &[&str], sql: &str) {
    let saved: Vec<String> = triggers.iter().map(|t| trigger_sql(env, t)).collect();
    let drops: String = triggers
        .iter()
        .map(|t| format!("DROP TRIGGER {t};"))
        .collect();
    let script = format!("{drops}{sql};{}", saved.join("\n"));
    let out = env.sqlite(&script);
    assert_eq!(out.code, 0, "{script}\n{}", out.snapshot());
}

fn mismatch(act: u32, what: &str) -> String {
    format!("act {act} ({what} by clerk, recorded 2026-11-29T08:00:00Z) does not match its hash")
}

#[test]
fn an_untouched_register_holds_and_extends_its_head() {
    let env = register();
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(
        out.stdout,
        "12 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: \
         their dates or times are what the environment said, not the computer's clock\n\
         the register holds together: 2 cases checked\n"
    );
    let head = env.run(&["verify", "--head"]);
    assert_eq!(head.code, 0, "{}", head.snapshot());
    let lines: Vec<&str> = head.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", head.snapshot());
    let (short, full) = (lines[0], lines[1]);
    assert!(short.starts_with("12:") && short.len() == 3 + 16, "{short}");
    assert!(full.starts_with(&short[3..]) && full.len() == 64, "{full}");
    assert!(head.stderr.contains("the register holds together"));
    // The same head, full or short, is extended by later acts.
    env.add("2017-05-01", "Andi", "Dinas Kesehatan");
    for h in [short.to_string(), format!("12:{full}")] {
        let out = env.run(&["verify", "--since", &h]);
        assert_eq!(out.code, 0, "{}", out.snapshot());
        assert!(
            out.stdout.contains(&format!(
                "the register extends {} unchanged",
                h.to_lowercase()
            )),
            "{}",
            out.snapshot()
        );
    }
    // A head it never had, or one with more acts than it has, is refused.
    for h in ["12:0000000000000000", "99:0000000000000000"] {
        let out = env.run(&["verify", "--since", h]);
        assert_eq!(out.code, 1, "{}", out.snapshot());
        assert!(out.stdout.contains("does not extend"), "{}", out.snapshot());
    }
    let out = env.run(&["verify", "--since", "12:xyz"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
}

/// The forgery that once passed unseen: drop the append-only triggers, change a qualification's date and
/// the case row to match, change the actor, recreate the triggers.
#[test]
fn a_forgery_with_the_triggers_dropped_and_recreated_is_caught() {
    let env = register();
    let head = env.ok(&["verify", "--head"]);
    let head = head.lines().next().unwrap();
    forge(
        &env,
        &["events_append_only_update", "acts_append_only_update"],
        "UPDATE events SET on_date = '2017-03-08' WHERE case_id = 1 AND seq = 2;
         UPDATE cases SET qualified_on = '2017-03-08' WHERE id = 1;
         UPDATE acts SET actor = 'someone' WHERE id = 5",
    );
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout.starts_with(
            "act 5 (qualify by someone, recorded 2026-11-29T08:00:00Z) does not match its hash"
        ),
        "{}",
        out.snapshot()
    );
    assert!(
        out.stderr
            .contains("hint: the history was changed outside sengketa")
    );
    let out = env.run(&["verify", "--since", head]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(out.stdout.contains(&format!("does not extend {head}")));
}

#[test]
fn each_forgery_is_caught_and_the_first_bad_act_named() {
    // (what, triggers to drop, SQL, what verify names)
    let qualify = mismatch(5, "qualify");
    let add1 = mismatch(3, "add");
    let add2 = mismatch(4, "add");
    let forgeries: Vec<(&str, Vec<&str>, &str, String)> = vec![
        (
            "edit an event",
            vec!["events_append_only_update"],
            "UPDATE events SET note = 'added later' WHERE case_id = 1 AND seq = 2",
            qualify.clone(),
        ),
        (
            "change an actor",
            vec!["acts_append_only_update"],
            "UPDATE acts SET actor = 'someone' WHERE id = 10",
            "act 10 (decide by someone, recorded 2026-11-29T08:00:00Z) does not match".into(),
        ),
        (
            "change when an act was recorded",
            vec!["acts_append_only_update"],
            "UPDATE acts SET recorded_at = '2026-11-28T08:00:00Z' WHERE id = 8",
            "act 8 (edit by clerk, recorded 2026-11-28T08:00:00Z) does not match".into(),
        ),
        (
            "unmark an act recorded under a pinned clock",
            vec!["acts_append_only_update"],
            "UPDATE acts SET pinned = NULL WHERE id = 3",
            add1.clone(),
        ),
        (
            "reorder two acts",
            vec!["acts_append_only_update", "events_append_only_update"],
            "UPDATE acts SET id = -3 WHERE id = 3; UPDATE acts SET id = 3 WHERE id = 4;
             UPDATE acts SET id = 4 WHERE id = -3;
             UPDATE events SET act_id = -3 WHERE act_id = 3;
             UPDATE events SET act_id = 3 WHERE act_id = 4;
             UPDATE events SET act_id = 4 WHERE act_id = -3",
            add1.clone(),
        ),
        (
            "the applicant",
            vec![],
            "UPDATE cases SET applicant = 'Someone Else' WHERE id = 1",
            add1.clone(),
        ),
        (
            "a corrected applicant",
            vec![],
            "UPDATE cases SET applicant = 'Someone Else' WHERE id = 2",
            add2.clone(),
        ),
        (
            "the subject",
            vec![],
            "UPDATE cases SET subject = 'Something else' WHERE id = 1",
            add1.clone(),
        ),
        (
            "the respondent body",
            vec!["cases_body_follows_history"],
            "UPDATE cases SET body_id = 2 WHERE id = 1",
            add1.clone(),
        ),
        (
            "a body's name",
            vec!["bodies_update_follows_history"],
            "UPDATE bodies SET name = 'Dinas Lain', name_key = 'dinas lain' WHERE id = 2",
            add2.clone(),
        ),
        (
            "the register number",
            vec![],
            "UPDATE cases SET register_no = '009/III/KI-JBI-PS/2017' WHERE id = 1",
            add1.clone(),
        ),
        (
            "the received date, the case row and its entry to match",
            vec!["cases_received_fixed", "events_append_only_update"],
            "UPDATE cases SET received_on = '2017-03-01' WHERE id = 1;
             UPDATE events SET on_date = '2017-03-01' WHERE case_id = 1 AND seq = 1",
            add1.clone(),
        ),
        (
            "a hearing step",
            vec!["hearing_steps_append_only_update"],
            "UPDATE hearing_steps SET respondent = 'present' WHERE seq = 4",
            mismatch(7, "hearing_held"),
        ),
        (
            "a change of the calendar, and the calendar to match",
            vec![
                "calendar_changes_append_only_update",
                "calendar_update_follows_history",
            ],
            "UPDATE calendar_changes SET date = '2017-04-04' WHERE act_id = 9;
             UPDATE calendar SET date = '2017-04-04' WHERE date = '2017-04-03'",
            mismatch(9, "calendar_add"),
        ),
        (
            "a setting's history, and the setting to match",
            vec![
                "setting_changes_append_only_update",
                "settings_update_follows_history",
            ],
            "UPDATE setting_changes SET value = 'KIP' WHERE act_id = 2;
             UPDATE settings SET value = 'KIP' WHERE key = 'commission-code'",
            mismatch(2, "config"),
        ),
        (
            "delete the last act",
            vec!["acts_append_only_delete"],
            "DELETE FROM acts WHERE id = 12",
            "act 12 has a hash but is not in the register".into(),
        ),
        (
            "an act without its hash",
            vec![],
            "INSERT INTO acts (actor, recorded_at, command) VALUES ('x', '2026-11-29T09:00:00Z', 'config')",
            "act 13 (config by x, recorded 2026-11-29T09:00:00Z) has no hash".into(),
        ),
        (
            "a setting behind its history's back",
            vec!["settings_update_follows_history"],
            "UPDATE settings SET value = 'non-working' WHERE key = 'collective-leave'",
            "setting collective-leave: the register has non-working, its history leads to working"
                .into(),
        ),
        (
            "a serial counter moved up",
            vec![],
            "UPDATE serials SET last = 7 WHERE year = 2017",
            "the serial counter of 2017 stands at 7, but the highest serial taken is 2".into(),
        ),
        (
            "a dropped trigger",
            vec![],
            "DROP TRIGGER events_append_only_delete",
            "the register lacks the trigger events_append_only_delete of this version's schema"
                .into(),
        ),
        (
            "an altered trigger",
            vec![],
            "DROP TRIGGER acts_append_only_delete;
             CREATE TRIGGER acts_append_only_delete BEFORE DELETE ON acts WHEN 0
             BEGIN SELECT RAISE(ABORT, 'the history is append-only: acts cannot be deleted'); END",
            "the register's trigger acts_append_only_delete differs from this version's schema"
                .into(),
        ),
        (
            "a CHECK taken out",
            vec![],
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (length(actor) > 0)', '')
             WHERE name = 'acts';
             PRAGMA writable_schema = OFF",
            "the register's table acts differs from this version's schema".into(),
        ),
        (
            "an index added",
            vec![],
            "CREATE INDEX cases_by_applicant ON cases (applicant)",
            "the register has a index cases_by_applicant".into(),
        ),
    ];
    let pristine = register();
    for (what, triggers, sql, expected) in forgeries {
        let env = TestEnv::new();
        copy_register(pristine.db(), env.db());
        forge(&env, &triggers, sql);
        let out = env.run(&["verify"]);
        assert_eq!(out.code, 1, "{what}: not caught:\n{}", out.snapshot());
        assert!(
            out.stdout.contains(&expected),
            "{what}: expected {expected:?} in:\n{}",
            out.snapshot()
        );
    }
}

/// Deleting the last act together with every trace of it leaves a register that holds
/// together, as a shorter one would: only a head written down before catches it.
#[test]
fn an_act_deleted_without_a_trace_is_caught_by_an_earlier_head() {
    let env = register();
    let head = env.ok(&["verify", "--head"]);
    let head = head.lines().next().unwrap().to_string();
    forge(
        &env,
        &[
            "acts_append_only_delete",
            "act_hashes_append_only_delete",
            "setting_changes_append_only_delete",
            "settings_never_deleted",
        ],
        "DELETE FROM setting_changes WHERE act_id = 12; DELETE FROM settings WHERE key = 'collective-leave';
         DELETE FROM act_hashes WHERE act_id = 12; DELETE FROM acts WHERE id = 12",
    );
    assert_eq!(env.run(&["verify"]).code, 0);
    let out = env.run(&["verify", "--since", &head]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(out.stdout.contains("does not extend"), "{}", out.snapshot());
}

/// Acts recorded under SENGKETA_TODAY or SENGKETA_NOW are marked, and `case show` and
/// `verify` say so; without them nothing is said.
#[test]
fn acts_under_a_pinned_clock_are_marked() {
    let env = TestEnv::new();
    let mut cmd = env.command();
    cmd.env_remove("SENGKETA_TODAY")
        .env_remove("SENGKETA_NOW")
        .arg("init");
    assert_eq!(env.run_command(cmd).code, 0);
    let mut cmd = env.command();
    cmd.env_remove("SENGKETA_TODAY")
        .env_remove("SENGKETA_NOW")
        .args(["config", "set", "commission-code", "JBI"]);
    assert_eq!(env.run_command(cmd).code, 0);
    let mut cmd = env.command();
    cmd.env_remove("SENGKETA_NOW").args([
        "case",
        "add",
        "--received",
        "2017-03-02",
        "--applicant",
        "Budi",
        "--body",
        "Dinas",
        "--subject",
        "RKA",
    ]);
    assert_eq!(env.run_command(cmd).code, 0);
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    assert_eq!(
        env.sqlite("SELECT id, command, coalesce(pinned, '-') FROM acts ORDER BY id")
            .stdout,
        "1|calendar_seed|-\n2|config|-\n3|add|today\n4|qualify|today_now\n"
    );
    // (The note is wrapped to the width: its words are compared.)
    let show = env.ok(&["case", "show", "2017/1"]);
    let show = show.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        show.contains(
            "every step was recorded under a pinned clock (SENGKETA_TODAY and SENGKETA_NOW): \
             their dates or times are what the environment said"
        ),
        "{show}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", "2017/1", "--format", "json"])).unwrap();
    assert_eq!(json["timeline"][0]["pinned"], "today");
    assert_eq!(json["timeline"][1]["pinned"], "today_now");
    let out = env.ok(&["verify"]);
    assert!(
        out.starts_with(
            "2 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 3"
        ),
        "{out}"
    );
    // A register nobody pinned says nothing of it.
    let plain = TestEnv::new();
    for args in [&["init"][..], &["verify"][..]] {
        let mut cmd = plain.command();
        cmd.env_remove("SENGKETA_TODAY")
            .env_remove("SENGKETA_NOW")
            .args(args);
        let out = plain.run_command(cmd);
        assert_eq!(out.code, 0, "{}", out.snapshot());
        assert!(!out.stdout.contains("pinned"), "{}", out.snapshot());
    }
}
