//! An act is sealed only by the transaction that writes it: the two forgeries that passed
//! a hostile round (laundering by re-sealing; the recap's latest date kept moved down)
//! are caught by `verify` before and after later writes; a register of the version before
//! migrates, with a backup first, and uses the new vocabulary value (`chain_repaired`).

use crate::common::TestEnv;

/// Runs `sql` in the sqlite3 shell with the named triggers dropped, then puts them back
/// as they were: the attacker who knows the schema.
fn forge(env: &TestEnv, triggers: &[&str], sql: &str) {
    let saved: Vec<String> = triggers
        .iter()
        .map(|t| {
            let out = env.sqlite(&format!(
                "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = '{t}'"
            ));
            assert!(!out.stdout.trim().is_empty(), "no trigger {t}");
            out.stdout.trim().to_string() + ";"
        })
        .collect();
    let drops: String = triggers
        .iter()
        .map(|t| format!("DROP TRIGGER {t};"))
        .collect();
    let script = format!("{drops}{sql};{}", saved.join("\n"));
    let out = env.sqlite(&script);
    assert_eq!(out.code, 0, "{script}\n{}", out.snapshot());
}

/// Acts: 1 calendar_seed, 2 config, 3 add 2017/1, 4 add 2017/2, 5 qualify 2017/1
/// (2017-03-09), 6 config.
fn register() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    env.add("2017-03-03", "Siti Aminah", "Bappeda");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-06-20"]);
    env.ok(&["config", "set", "collective-leave", "working"]);
    assert_eq!(env.sqlite("SELECT count(*) FROM act_hashes").stdout, "6\n");
    env
}

const NO_HASH_5: &str = "act 5 (qualify by clerk, recorded 2026-11-29T08:00:00Z) has no hash";

/// Laundering: edit an event and its case row, delete the hashes from the edited act on,
/// then any ordinary write. The write used to seal the forgery; now it refuses.
#[test]
fn laundering_by_resealing_is_caught_before_and_after_later_writes() {
    let env = register();
    let head = env.ok(&["verify", "--head"]);
    let head = head.lines().next().unwrap().to_string();
    forge(
        &env,
        &["events_append_only_update", "act_hashes_append_only_delete"],
        "UPDATE events SET on_date = '2017-06-19' WHERE case_id = 1 AND seq = 2;
         UPDATE cases SET qualified_on = '2017-06-19' WHERE id = 1;
         DELETE FROM act_hashes WHERE act_id >= 5",
    );
    let caught = |env: &TestEnv| {
        let out = env.run(&["verify"]);
        assert_eq!(out.code, 1, "{}", out.snapshot());
        assert!(out.stdout.contains(NO_HASH_5), "{}", out.snapshot());
        assert!(out.stderr.contains("verify --repair"), "{}", out.snapshot());
    };
    caught(&env);
    // Every ordinary write refuses to build on it (exit 5), naming the act and `verify`.
    for args in [
        &["config", "set", "collective-leave", "non-working"][..],
        &[
            "case",
            "add",
            "--received",
            "2017-04-01",
            "--applicant",
            "Andi",
            "--applicant-kind",
            "individual",
            "--body",
            "Bappeda",
            "--subject",
            "RKA",
        ],
        &["case", "qualify", "2017/2", "--on", "2017-04-02"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 5, "{args:?}: {}", out.snapshot());
        assert!(
            out.stderr.contains("act 5, which has no hash")
                && out.stderr.contains("sengketa verify"),
            "{}",
            out.snapshot()
        );
        caught(&env);
    }
    assert_eq!(env.sqlite("SELECT count(*) FROM act_hashes").stdout, "4\n");
    assert_eq!(env.sqlite("SELECT count(*) FROM acts").stdout, "6\n");
    // The head written down before catches it too.
    let out = env.run(&["verify", "--since", &head]);
    assert_eq!(out.code, 1, "{}", out.snapshot());

    // Sealed knowingly: the repair is an act, and every later verify says what it sealed.
    let out = env.run(&["verify", "--repair"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stdout
            .contains("repaired: acts 5-6 had no hash and were sealed"),
        "{}",
        out.snapshot()
    );
    assert_eq!(
        env.sqlite("SELECT id, command, actor FROM acts WHERE id > 6")
            .stdout,
        "7|chain_repaired|clerk\n"
    );
    env.ok(&["config", "set", "collective-leave", "non-working"]);
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stdout.contains(
            "acts 5-6 had no hash and were sealed by `verify --repair` on 2026-11-29T08:00:00Z (act 7)"
        ),
        "{}",
        out.snapshot()
    );
    let out = env.run(&["verify", "--since", &head]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(out.stdout.contains("does not extend"), "{}", out.snapshot());
}

/// A hash whose act is gone, at the end of the chain: a write refuses too (it would
/// otherwise take the act's number and fail on the hash's).
#[test]
fn a_write_refuses_a_chain_ending_in_a_hash_without_its_act() {
    let env = register();
    forge(
        &env,
        &["acts_append_only_delete"],
        "DELETE FROM acts WHERE id = 6",
    );
    let out = env.run(&["config", "set", "collective-leave", "non-working"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    assert!(
        out.stderr
            .contains("a hash for act 6, which is not in the register"),
        "{}",
        out.snapshot()
    );
}

/// The recap's kept counters: `max_date` moved below a date the year's cases hold (the
/// triggers dropped) made `recap --as-of` count a qualification that came later.
#[test]
fn the_recaps_latest_date_moved_down_is_caught_before_and_after_later_writes() {
    let env = register();
    forge(
        &env,
        &["year_stats_insert", "year_stats_update"],
        "UPDATE year_stats SET max_date = '2017-03-03' WHERE year = 2017",
    );
    let caught = |env: &TestEnv, kept: &str| {
        let say = format!(
            "the recap's latest date kept for 2017 is {kept}, but a case of that year holds \
             2017-06-20"
        );
        let out = env.run(&["verify"]);
        assert_eq!(out.code, 1, "{}", out.snapshot());
        assert!(out.stdout.contains(&say), "{}", out.snapshot());
        // `verify --since` reads the same checks.
        let out = env.run(&["verify", "--since", "1:0000000000000000"]);
        assert!(out.stdout.contains(&say), "{}", out.snapshot());
    };
    caught(&env, "2017-03-03");
    env.ok(&["config", "set", "collective-leave", "non-working"]);
    caught(&env, "2017-03-03");
    // A case of that year with an earlier date: the trigger moves the date kept up to
    // its own, still below the qualification's.
    env.add("2017-03-05", "Andi", "Bappeda");
    caught(&env, "2017-03-05");
    let out = env.run(&["verify", "--repair"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(
        env.sqlite("SELECT max_date FROM year_stats WHERE year = 2017")
            .stdout,
        "2017-06-20\n"
    );
}

const V4: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/registers/v4.sql");

/// The vocabulary change end to end: a register of the version before (made by that
/// release) migrates with a backup first, verifies, and takes the new act kind.
#[test]
fn a_register_of_the_version_before_migrates_and_takes_the_new_value() {
    let env = TestEnv::new();
    let load = std::process::Command::new("sqlite3")
        .arg(env.db())
        .stdin(std::fs::File::open(V4).unwrap())
        .output()
        .unwrap();
    assert!(load.status.success(), "{load:?}");
    assert_eq!(env.sqlite("PRAGMA user_version").stdout, "4\n");
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(
        env.sqlite("PRAGMA user_version").stdout,
        format!("{}\n", sengketa::storage::SCHEMA_VERSION)
    );
    // The copy taken before: the register as it was, owner-only.
    let backup = env.dir().join("register.db.schema-v4.bak");
    let meta = std::fs::metadata(&backup).expect("a backup before the migration");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    }
    let old = std::process::Command::new("sqlite3")
        .arg(&backup)
        .arg("PRAGMA user_version; SELECT count(*) FROM acts")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&old.stdout), "4\n7\n");
    // The new value: an act left without a hash, refused, then sealed knowingly.
    let out = env.sqlite(
        "INSERT INTO acts (actor, recorded_at, command) VALUES ('x', '2026-11-29T09:00:00Z', 'config')",
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let out = env.run(&["config", "set", "collective-leave", "working"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    let out = env.run(&["verify", "--repair"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(
        env.sqlite("SELECT command FROM acts ORDER BY id DESC LIMIT 1")
            .stdout,
        "chain_repaired\n"
    );
    env.ok(&["config", "set", "collective-leave", "working"]);
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stdout.contains("acts 8 had no hash"),
        "{}",
        out.snapshot()
    );
}
