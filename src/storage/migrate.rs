//! Bringing a register written by an earlier version up to the current schema: each
//! version step may transform data, then every table is rebuilt from the current schema
//! (CHECKs and triggers cannot be altered in place in SQLite), its rows copied over, the
//! derived counters counted afresh, and the indexes and triggers made anew; a register
//! with no calendar yet gets the shipped one. All in one transaction, so a register is
//! either migrated whole or left as it was.

use super::schema::{self, Object};
use super::{StoreError, calendar, db};
use crate::domain::case::Clock;
use crate::error::Result;
use rusqlite::Connection;

/// The schema version a fresh register is created at: the last step's.
pub const SCHEMA_VERSION: i64 = STEPS[STEPS.len() - 1].0;

/// Why each version exists, and the data it transforms before the rebuild (SQL run on the
/// old tables; empty when the rebuild alone does it).
pub const STEPS: &[(i64, &str, &str)] = &[
    (
        2,
        "the schema's rules written from the domain's tables (names of CHECKs, the counters' \
         column interim_ruling, a CHECK that only decisions carry a decision number)",
        "",
    ),
    // Self-contained: the rebuild alone does it. A register holding a
    // date outside the range (written by other means) is not migrated, and left as it was.
    (
        3,
        "every date column's CHECK takes the years the date parser reads (1900-9999, \
         Date::YEARS): the schema took 1899-05-01, which no command could then read",
        "",
    ),
    (
        HASHED,
        "the hash chain: act_hashes, setting_changes, hearing_steps.act_id, \
         acts.pinned; the history kept so far hashed once (see `hash_history`)",
        "",
    ),
    // Self-contained: the rebuild alone does it.
    (
        5,
        "an act is sealed only by the transaction that writes it; `verify --repair` seals \
         acts left without a hash knowingly, with an act of the new kind `chain_repaired`",
        "",
    ),
    // Self-contained: new tables only, made by the rebuild.
    (
        6,
        "the clerk's papers: letter_serials, papers (each issued paper, its hashes and its \
         bytes) and template_changes (the templates a commission set)",
        "",
    ),
    (
        7,
        "the case file: the parties' contacts and the representative, the PPID and its \
         superior on bodies and cases, the road to the dispute and its grounds, the \
         commission's people and each case's panel, notes, the service of summons (new \
         tables: the rebuild makes them empty)",
        "",
    ),
    // Self-contained: the rebuild alone does it (a new table, a new act kind).
    (
        8,
        "signed checkpoints of the chain: the table checkpoints, written by an act of the \
         new kind `checkpoint`",
        "",
    ),
    // Self-contained: the rebuild alone does it (new columns, empty; new event and act
    // kinds; new setting keys in the CHECKs; the cohort leaves out filings not
    // registered, of which there are none yet).
    (
        9,
        "intake and mediation: the cases' columns incomplete_on, registered_on, \
         not_registered_on, not_registered_reason, mediation_on, mediation_extended_on, \
         mediation_failed_on, mediation_agreed_on; their event and act kinds; the public \
         docket's settings publish-applicant (pseudonym, initials or name) and \
         publish-decisions-dir; the hearing calendar: the table overrides (a refusal a \
         clerk overrode, with its reason) and the setting hearing-minutes",
        "",
    ),
    // Self-contained: the rebuild alone does it (new tables, empty; a new column, empty;
    // new setting keys in the CHECKs, unset: their defaults are what every register did).
    (
        10,
        "undo of the case file's changes: the table case_file_undos (an undo's act strikes \
         what a note, a service, an assignment or an edit of the parties or the road wrote); \
         the setting deadline-basis (receipt or registration); the setting \
         register-number-at (receipt or registration), the cases' column receipt_no and the \
         table register_numbers (the number each registration gave)",
        "",
    ),
    // Self-contained: the rebuild alone does it (a derived table, counted afresh from the
    // cases like year_stats, and its triggers).
    (
        11,
        "kept per-day counts of the recap: the table day_stats (for each year of receipt \
         and day, the cases that began to count under each of the paper's columns that \
         day), so that a recap as of any past date sums them instead of counting the cases",
        "",
    ),
    // Self-contained: the rebuild alone does it (two indexes).
    (
        12,
        "an index on the act of body_changes and of people: the walk of the hash chain \
         found an act's rows in each by scanning it whole, quadratic in acts times bodies",
        "",
    ),
];

/// The SHA-256 of the schema each version makes (`schema::fingerprint`, over the tables,
/// indexes, triggers and views as SQLite stores them), from the version with the hash
/// chain on. A test fails when the generated schema changes and the current version's
/// hash does not match: a change of the schema (a vocabulary's new value changes a CHECK)
/// is a new step in [`STEPS`] and a new line here, so that an existing register is
/// migrated, not reported as "changed outside sengketa". Earlier versions' lines stay:
/// the register of the version before is tested against its own.
pub const SCHEMA_HASHES: &[(i64, &str)] = &[
    (
        4,
        "fa35a5305bb00c6256dab03709d636b3737ba0ae945546a5c33d8bb849376c9d",
    ),
    (
        5,
        "8c11bc767c0a5ea9c498df794c1ec8a05f30fe70b5e07be5a075a06df943894e",
    ),
    (
        6,
        "7a82c853ded174f51d69a02d0363bf5568915178ddb3081208e7136d8a82d782",
    ),
    (
        7,
        "07e457dd8b75ee14d700bf84a5dd1efa363f6464263255789de5e3e3ab519940",
    ),
    (
        8,
        "9d865fd8f0b50906ee6218b8e4c18d03e1509d72294eb5139843ab59a37b68a3",
    ),
    (
        9,
        "7d369ff8cb474ac7b2557f491a5e97630721130affc8e4ac841d6d60cd47a22b",
    ),
    (
        10,
        "b558a6c6e9598ce30479925d2140f8fa1483eed7212c5637af76ffbc6150bf9a",
    ),
    (
        11,
        "7df78171f906777dd02bffd419a323bacee1c091dcd69c3448898e42509c3a04",
    ),
    (
        12,
        "322ddb5aea6d01bc10e3d212893a604d72a66004320d8901b0e979694203f545",
    ),
];

/// The version from which the history is hash-chained.
const HASHED: i64 = 4;

/// Columns new in the current schema that the old rows fill from other tables, as SQL
/// over the old table's row (`old.`) and the tables copied before it: (table, column,
/// expression).
const FILLS: &[(&str, &str, &str)] = &[(
    "hearing_steps",
    "act_id",
    "(SELECT e.act_id FROM events e WHERE e.case_id = old.case_id AND e.seq = old.seq)",
)];

/// Tables whose rows are derived from others: counted afresh, never copied.
const DERIVED: &[&str] = &["year_stats", "day_stats"];

/// The history of the bodies for a register that kept none: each body added by the first
/// act that recorded a case of it (or the register's first act), with its name and kind,
/// in the order of the bodies. It runs before the triggers are made (the rows copied over
/// are the current state it describes).
const BODY_HISTORY: &str = "INSERT INTO body_changes (act_id, body_id, change, name, kind)
    SELECT coalesce((SELECT min(e.act_id) FROM events e JOIN cases c ON c.id = e.case_id
                     WHERE c.body_id = b.id),
                    (SELECT min(id) FROM acts)),
           b.id, 'add', b.name, b.kind
    FROM bodies b
    WHERE NOT EXISTS (SELECT 1 FROM body_changes h WHERE h.body_id = b.id AND h.change = 'add')
    ORDER BY b.id";

/// Migrates the register from `version` (1 or more) to [`SCHEMA_VERSION`] inside `tx`,
/// the write transaction `storage::open` took before it read the version (so that two
/// processes never migrate the same register); `now` stamps the seeding of the calendar
/// and the hashing of the history. The caller turns foreign keys off (and
/// `legacy_alter_table` on) around the transaction, and seals and commits it.
pub fn migrate_in(tx: &Connection, version: i64, now: &Clock) -> Result<()> {
    for (_, _, before) in STEPS.iter().filter(|(v, _, _)| *v > version) {
        tx.execute_batch(before).map_err(db)?;
    }
    rebuild(tx).map_err(db)?;
    if version < HASHED {
        // The history kept before the chain (`act_hashes` is there once rebuilt): this
        // migration hashes it, knowingly, and says so with its `history_hashed` act.
        // Any later version finds it sealed.
        super::seal::adopt_unsealed(tx)?;
    }
    calendar::seed(tx, now)?;
    if version < HASHED {
        hash_history(tx, now)?;
    }
    let broken: i64 = tx
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(db)?;
    if broken > 0 {
        return Err(StoreError::Dangling { rows: broken }.into());
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)
        .map_err(db)
}

/// Rebuilds every table from the current schema, keeping the rows of the columns both
/// versions have.
fn rebuild(tx: &Connection) -> rusqlite::Result<()> {
    let old = schema::objects_of(tx)?;
    for o in old.iter().filter(|o| o.kind != "table") {
        tx.execute_batch(&format!("DROP {} IF EXISTS \"{}\"", o.kind, o.name))?;
    }
    let tables: Vec<&Object> = old.iter().filter(|o| o.kind == "table").collect();
    for t in &tables {
        tx.execute_batch(&format!(
            "ALTER TABLE \"{0}\" RENAME TO \"{0}__old\"",
            t.name
        ))?;
    }
    schema::create(tx, &["table"])?;
    for t in &tables {
        let known = schema::objects()
            .iter()
            .any(|o| o.kind == "table" && o.name == t.name);
        if known && !DERIVED.contains(&t.name.as_str()) {
            let cols = common_columns(tx, &t.name)?;
            let fills: Vec<_> = FILLS
                .iter()
                .filter(|(table, col, _)| {
                    *table == t.name && !cols.split(", ").any(|c| c == format!("\"{col}\""))
                })
                .collect();
            let (mut into, mut from) = (cols.clone(), cols);
            for (_, col, expr) in fills {
                into += &format!(", \"{col}\"");
                from += &format!(", {expr}");
            }
            tx.execute_batch(&format!(
                "INSERT INTO \"{0}\" ({into}) SELECT {from} FROM \"{0}__old\" AS old",
                t.name
            ))?;
        }
        tx.execute_batch(&format!("DROP TABLE \"{}__old\"", t.name))?;
    }
    tx.execute_batch(BODY_HISTORY)?;
    tx.execute_batch(&schema::recount_year_stats())?;
    schema::recount_day_stats(tx)?;
    schema::create(tx, &["index", "trigger", "view"])
}

/// The columns of `table` that its old copy has too, quoted and comma-separated.
fn common_columns(tx: &Connection, table: &str) -> rusqlite::Result<String> {
    let names = |t: &str| -> rusqlite::Result<Vec<String>> {
        let mut st = tx.prepare("SELECT name FROM pragma_table_info(?1)")?;
        st.query_map([t], |r| r.get(0))?.collect()
    };
    let old = names(&format!("{table}__old"))?;
    Ok(names(table)?
        .into_iter()
        .filter(|c| old.contains(c))
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", "))
}

/// Hashes the history of a register written before the chain: the settings' history is
/// read back from the `config` acts' notes (`key: old -> new`, each new value the next
/// note's old one, the last the setting's value now), then one `history_hashed` act says
/// which acts were hashed at once, and the commit seals them all. The chain proves from
/// then on that those acts have not changed since the migration; it cannot prove they had
/// not changed before it.
fn hash_history(tx: &Connection, now: &Clock) -> Result<()> {
    let acts: i64 = tx
        .query_row("SELECT count(*) FROM acts", [], |r| r.get(0))
        .map_err(db)?;
    let note = format!(
        "the {acts} acts recorded before the hash chain were hashed at once, on migration to \
         schema version {SCHEMA_VERSION}: the chain proves they have not changed since, not \
         that they had not changed before"
    );
    let act = super::writes::insert_act(
        tx,
        &now.stamp("sengketa", None),
        crate::domain::ActKind::HistoryHashed,
        Some(&note),
    )?;
    let settings: Vec<(String, String)> = tx
        .prepare("SELECT key, value FROM settings ORDER BY key")
        .and_then(|mut st| {
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()
        })
        .map_err(db)?;
    for (key, value) in settings {
        let notes: Vec<(i64, String)> = tx
            .prepare(
                "SELECT id, note FROM acts WHERE command = 'config' AND note LIKE ?1 || ': %'
                 ORDER BY id",
            )
            .and_then(|mut st| {
                st.query_map([&key], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(db)?;
        let changes = setting_history(&key, &value, &notes, act);
        for (act_id, v) in changes {
            tx.execute(
                "INSERT INTO setting_changes (act_id, key, value) VALUES (?1, ?2, ?3)",
                rusqlite::params![act_id, key, v],
            )
            .map_err(db)?;
        }
    }
    Ok(())
}

/// The values a setting was given, by act, from the notes of its `config` acts (oldest
/// first) and its value now; with no act to read it from, the value now, recorded by the
/// migration's act `migration`.
fn setting_history(
    key: &str,
    value: &str,
    notes: &[(i64, String)],
    migration: i64,
) -> Vec<(i64, String)> {
    let mut out = Vec::new();
    let mut next = value.to_string();
    for (id, note) in notes.iter().rev() {
        out.push((*id, next.clone()));
        let body = note.strip_prefix(&format!("{key}: ")).unwrap_or(note);
        next = match body.strip_suffix(&format!(" -> {next}")) {
            Some(old) => old.to_string(),
            None => body
                .rsplit_once(" -> ")
                .map_or_else(String::new, |(old, _)| old.to_string()),
        };
    }
    if out.is_empty() {
        out.push((migration, value.to_string()));
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The schema this binary makes hashes to its version's line of [`SCHEMA_HASHES`].
    #[test]
    fn the_schema_is_pinned_to_its_version() {
        let now = schema::fingerprint(schema::objects());
        let Some((_, pinned)) = SCHEMA_HASHES.iter().find(|(v, _)| *v == SCHEMA_VERSION) else {
            panic!(
                "SCHEMA_VERSION {SCHEMA_VERSION} has no line in SCHEMA_HASHES \
                 (src/storage/migrate.rs): add ({SCHEMA_VERSION}, \"{now}\")"
            );
        };
        assert_eq!(
            &now,
            pinned,
            "the generated schema changed (it hashes to {now}), but it is still called version \
             {SCHEMA_VERSION}: every register of that version would read as changed outside \
             sengketa, and a new value refused with a CHECK. Add a migration step: the next \
             version in STEPS (src/storage/migrate.rs), with what it transforms (empty when the \
             rebuild alone does it), and its line ({}, \"{now}\") in SCHEMA_HASHES; keep \
             the lines of the versions before it",
            SCHEMA_VERSION + 1
        );
        for (v, _, _) in STEPS.iter().filter(|(v, _, _)| *v >= HASHED) {
            assert!(
                SCHEMA_HASHES.iter().any(|(h, _)| h == v),
                "version {v} has no line in SCHEMA_HASHES"
            );
        }
        assert!(SCHEMA_HASHES.windows(2).all(|w| w[0].0 + 1 == w[1].0));
    }

    /// The register of the version before (a dump made by that release) has the schema
    /// its line says, so the line is that release's and not this one's.
    #[test]
    fn the_previous_versions_register_has_its_pinned_schema() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(include_str!("../../fixtures/registers/v4.sql"))
            .unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        let (_, pinned) = SCHEMA_HASHES.iter().find(|(v, _)| *v == version).unwrap();
        let found = schema::fingerprint(&schema::objects_of(&conn).unwrap());
        assert_eq!(&found, pinned, "the schema of version {version}");
    }

    #[test]
    fn a_settings_history_is_read_back_from_the_notes() {
        let notes = vec![
            (3, "commission-code: (not set) -> JBI".to_string()),
            (7, "commission-code: JBI -> A -> B".to_string()),
            (9, "commission-code: A -> B -> KIP".to_string()),
        ];
        assert_eq!(
            setting_history("commission-code", "KIP", &notes, 20),
            [(3, "JBI".into()), (7, "A -> B".into()), (9, "KIP".into())]
        );
        assert_eq!(
            setting_history("collective-leave", "working", &[], 20),
            [(20, "working".into())]
        );
    }
}
