//! Bringing a register written by an earlier version up to the current schema: each
//! version step may transform data, then every table is rebuilt from the current schema
//! (CHECKs and triggers cannot be altered in place in SQLite), its rows copied over, the
//! derived counters counted afresh, and the indexes and triggers made anew; a register
//! with no calendar yet gets the shipped one. All in one transaction, so a register is
//! either migrated whole or left as it was.

use super::schema::{self, Object};
use super::{calendar, db};
use crate::error::Result;
use rusqlite::Connection;

/// The schema version a fresh register is created at.
pub const SCHEMA_VERSION: i64 = 3;

/// Why each version exists, and the data it transforms before the rebuild (SQL run on the
/// old tables; empty when the rebuild alone does it).
pub const STEPS: &[(i64, &str, &str)] = &[
    (
        2,
        "the schema's rules written from the domain's tables (names of CHECKs, the counters' \
         column interim_ruling, a CHECK that only decisions carry a decision number)",
        "",
    ),
    // Issue 11 (defects): self-contained, the rebuild alone does it. A register holding a
    // date outside the range (written by other means) is not migrated, and left as it was.
    (
        3,
        "every date column's CHECK takes the years the date parser reads (1900-9999, \
         Date::YEARS): the schema took 1899-05-01, which no command could then read",
        "",
    ),
];

/// Tables whose rows are derived from others: counted afresh, never copied.
const DERIVED: &[&str] = &["year_stats"];

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
/// processes never migrate the same register); `now` stamps the seeding of the calendar.
/// The caller turns foreign keys off (and `legacy_alter_table` on) around the transaction.
pub fn migrate_in(tx: &Connection, version: i64, now: &str) -> Result<()> {
    for (_, _, before) in STEPS.iter().filter(|(v, _, _)| *v > version) {
        tx.execute_batch(before).map_err(db)?;
    }
    rebuild(tx).map_err(db)?;
    calendar::seed(tx, now)?;
    let broken: i64 = tx
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(db)?;
    if broken > 0 {
        return Err(db(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
            Some(format!(
                "{broken} rows point at missing rows; run `sengketa verify` with the previous version"
            )),
        )));
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
            tx.execute_batch(&format!(
                "INSERT INTO \"{0}\" ({1}) SELECT {1} FROM \"{0}__old\"",
                t.name, cols
            ))?;
        }
        tx.execute_batch(&format!("DROP TABLE \"{}__old\"", t.name))?;
    }
    tx.execute_batch(BODY_HISTORY)?;
    tx.execute_batch(&schema::recount_year_stats())?;
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
