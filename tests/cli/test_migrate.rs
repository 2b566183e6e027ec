//! A register written by an earlier release opens, migrates in one step, and then equals a
//! freshly created register: the same schema (`.schema`), every row kept, the shipped
//! calendar seeded, `verify` clean.

use crate::common::{TestEnv, published, published_form};

const V1: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/registers/v1.db");

/// The tables both versions have, each with the columns the version-1 register has (a
/// later version adds columns: a body's kind, a case's service date and void).
const TABLES: [(&str, &str, &str); 6] = [
    ("settings", "", "key"),
    ("bodies", "", "id"),
    ("serials", "", "year"),
    ("cases", "", "id"),
    (
        "acts",
        "WHERE command NOT IN ('calendar_seed', 'history_hashed')",
        "id",
    ),
    ("events", "", "case_id, seq"),
];

/// The columns of each of [`TABLES`] in a register, comma-separated.
fn columns(env: &TestEnv) -> Vec<String> {
    TABLES
        .iter()
        .map(|(table, _, _)| {
            let out = env.sqlite(&format!(
                "SELECT group_concat(name, ', ') FROM pragma_table_info('{table}')"
            ));
            assert_eq!(out.code, 0, "{}", out.snapshot());
            out.stdout.trim().to_string()
        })
        .collect()
}

/// The rows of the tables both versions have, in the version-1 register's columns, as
/// the sqlite3 shell prints them (the acts but the calendar's seed, which the migration
/// adds).
fn rows(env: &TestEnv, columns: &[String]) -> String {
    let mut all = String::new();
    for ((table, filter, order), cols) in TABLES.iter().zip(columns) {
        let out = env.sqlite(&format!(
            "SELECT {cols} FROM {table} {filter} ORDER BY {order}"
        ));
        assert_eq!(out.code, 0, "{}", out.snapshot());
        all += &format!("-- {table}\n{}", out.stdout);
    }
    all
}

fn schema(env: &TestEnv) -> String {
    let out = env.sqlite(".schema");
    assert_eq!(out.code, 0, "{}", out.snapshot());
    out.stdout
}

#[test]
fn a_version_1_register_migrates_to_what_a_fresh_one_is() {
    let env = TestEnv::new();
    std::fs::copy(V1, env.db()).unwrap();
    assert_eq!(env.sqlite("PRAGMA user_version").stdout, "1\n");
    let v1 = columns(&env);
    let before = rows(&env, &v1);
    // (`max_date` is left out: the triggers never lower it, a recount gives the exact one.)
    let counters = env.sqlite("SELECT year, entered, not_qualified, qualified, withdrawn, interim, done FROM year_stats ORDER BY year");
    assert_eq!(counters.code, 0, "{}", counters.snapshot());

    // The first command that opens it migrates it.
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    // The acts it already had are hashed at once, and verify says what that proves.
    assert_eq!(
        out.stdout,
        "2 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 12: \
         their dates or times are what the environment said, not the computer's clock\n\
         acts 1 to 12 were recorded before the hash chain and hashed at once on \
         2026-11-29T08:00:00Z (act 13): the chain proves they have not changed since, not that \
         they had not changed before\n\
         the register holds together: 57 cases checked\n"
    );
    assert_eq!(
        env.sqlite("PRAGMA user_version").stdout,
        format!("{}\n", sengketa::storage::SCHEMA_VERSION)
    );
    assert_eq!(rows(&env, &v1), before, "a row changed in the migration");
    // The bodies' history begins with their additions, by the acts that first named them.
    assert_eq!(
        env.sqlite("SELECT count(*), min(act_id) FROM body_changes WHERE change = 'add'")
            .stdout,
        "17|1\n"
    );
    let recounted = env.sqlite("SELECT year, entered, not_qualified, qualified, withdrawn, interim_ruling, done FROM year_stats ORDER BY year");
    assert_eq!(recounted.code, 0, "{}", recounted.snapshot());
    assert_eq!(
        recounted.stdout, counters.stdout,
        "the counters were counted afresh alike"
    );
    // The per-day counters too (verify, above, found them equal to a recount).
    assert_ne!(env.sqlite("SELECT count(*) FROM day_stats").stdout, "0\n");

    let fresh = TestEnv::initialised();
    assert_eq!(
        schema(&env),
        schema(&fresh),
        "the migrated schema is the fresh one"
    );

    // The calendar is seeded as in a fresh register, by one act after the old ones.
    assert_eq!(
        env.sqlite("SELECT id, actor, recorded_at, command, note FROM acts WHERE id > 11")
            .stdout,
        format!(
            "12|sengketa|2026-11-29T08:00:00Z|calendar_seed|seeded from data/holidays-id.csv (2008-2027)\n\
             13|sengketa|2026-11-29T08:00:00Z|history_hashed|the 12 acts recorded before the hash \
             chain were hashed at once, on migration to schema version {}: the chain proves they \
             have not changed since, not that they had not changed before\n",
            sengketa::storage::SCHEMA_VERSION
        )
    );
    let calendar = |e: &TestEnv| {
        e.ok(&["calendar", "list", "--format", "csv"])
            + &e.sqlite("SELECT date, change, kind, name_id, name_en, source, reason FROM calendar_changes ORDER BY date").stdout
    };
    let seeded = calendar(&env);
    assert_eq!(seeded.lines().count(), 2 * 438 + 1);
    assert_eq!(seeded, calendar(&fresh));

    // It works as a register of this version: the paper's figures, a new case, verify.
    let recap = env.ok(&[
        "recap",
        "--years",
        "2017-2018",
        "--as-of",
        "2019-12-31",
        "--format",
        "csv",
    ]);
    assert_eq!(published_form(&recap), published());
    assert_eq!(
        env.add("2026-06-01", "Siti", "Dinas Kesehatan"),
        "004/VI/KI-JBI-PS/2026"
    );
    env.ok(&["case", "undo", "2026/1", "--reason", "reopened"]);
    assert_eq!(env.run(&["verify"]).code, 0);
}

#[test]
fn a_failed_migration_leaves_the_register_as_it_was() {
    // A version-1 register whose history points at a missing case (written with foreign
    // keys off): the migration refuses it and changes nothing.
    let env = TestEnv::new();
    std::fs::copy(V1, env.db()).unwrap();
    let broken = env.sqlite(
        "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id)
         VALUES (999, 1, 'add', NULL, 'entered', '2017-01-01', 1)",
    );
    assert_eq!(broken.code, 0, "{}", broken.snapshot());
    let v1 = columns(&env);
    let bytes = rows(&env, &v1);
    let out = env.run(&["case", "list"]);
    assert_ne!(out.code, 0, "{}", out.snapshot());
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    assert_eq!(env.sqlite("PRAGMA user_version").stdout, "1\n");
    assert_eq!(rows(&env, &v1), bytes);
}

const V2: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/registers/v2.sql");

/// A version-2 register (hearings, settings changed back and forth, a
/// correction, a calendar change, an undo) gets its history hashed once, its hearing
/// steps their acts, and its settings' history read back from the notes; then it verifies,
/// and its head is extended by later acts.
#[test]
fn a_version_2_register_gets_its_history_hashed() {
    let env = TestEnv::new();
    let load = std::process::Command::new("sqlite3")
        .arg(env.db())
        .stdin(std::fs::File::open(V2).unwrap())
        .output()
        .unwrap();
    assert!(load.status.success(), "{load:?}");
    assert_eq!(env.sqlite("PRAGMA user_version").stdout, "2\n");
    let before = env
        .sqlite("SELECT * FROM events ORDER BY case_id, seq")
        .stdout;
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stdout.starts_with(
            "1 act was recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 17"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("acts 1 to 16 were recorded before the hash chain"),
        "{}",
        out.stdout
    );
    assert_eq!(
        env.sqlite("PRAGMA user_version").stdout,
        format!("{}\n", sengketa::storage::SCHEMA_VERSION)
    );
    assert_eq!(
        env.sqlite("SELECT * FROM events ORDER BY case_id, seq")
            .stdout,
        before
    );
    assert_eq!(
        env.sqlite("SELECT act_id, key, value FROM setting_changes")
            .stdout,
        "2|commission-code|JBI\n3|collective-leave|working\n4|collective-leave|non-working\n"
    );
    assert_eq!(
        env.sqlite("SELECT h.case_id, h.seq, h.act_id = e.act_id FROM hearing_steps h JOIN events e USING (case_id, seq)")
            .stdout,
        "1|3|1\n1|4|1\n1|5|1\n"
    );
    assert_eq!(env.sqlite("SELECT count(*) FROM act_hashes").stdout, "17\n");
    let head = env.ok(&["verify", "--head"]);
    let head = head.lines().next().unwrap();
    assert!(head.starts_with("17:"), "{head}");
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--kind",
        "verdict",
        "--on",
        "2026-12-01",
    ]);
    env.ok(&["config", "set", "commission-code", "KIJ"]);
    assert_eq!(env.run(&["verify", "--since", head]).code, 0);
    // A corrected case whose row is edited behind its history is caught at its entry.
    let out = env.sqlite("UPDATE cases SET applicant = 'Siti' WHERE id = 3");
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stdout.contains("act 7 (add by rina, recorded 2026-10-05T03:00:00Z) does not match its hash")
            && out.stdout.contains("case 003/X/KI-JBI-PS/2026: its applicant is not what its entry and corrections leave"),
        "{}",
        out.stdout
    );
}
