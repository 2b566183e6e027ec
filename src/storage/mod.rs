//! The only place that holds SQL: opening the register file the same way every time,
//! creating and migrating its schema, and typed methods over its tables.

mod agenda;
mod appeal;
mod archive;
mod backup;
mod bodies;
mod calendar;
mod case_file;
mod cases;
mod chain;
mod checkpoint;
pub mod damage;
mod export;
mod hearings;
mod import;
mod intake;
mod list;
mod mediation;
pub mod message;
pub mod migrate;
pub mod network_fs;
mod open;
mod papers;
mod publish;
mod recap;
mod recap_backlog;
mod recap_person;
mod refused;
mod rows;
pub mod schema;
mod seal;
mod settings;
mod sql;
mod times;
mod undo;
mod verify;
mod void;
mod writes;

pub use appeal::{AppealImporter, AppealRefused};
pub use archive::{ArchiveFault, LineFault, VERSION as ARCHIVE_VERSION, rebuild_from_archive};
pub use calendar::ImportCounts;
pub use chain::{ActName, ChainFault, ChainSummary, Unexplained};
pub use checkpoint::CheckpointsChecked;
pub use hearings::{HearingImporter, HearingOverrides, HearingPlan, HearingRefused};
pub use import::{Importer, Refused, RowRefusal, StepImporter};
pub use list::{CaseFilter, Order};
pub use migrate::SCHEMA_VERSION;
pub use open::APPLICATION_ID;
pub use papers::{IssuedPaper, PaperRequest};
pub use publish::{Identity, PublishedAct};
pub use refused::CheckRefusal;
pub use schema::SchemaChange;
pub use settings::{
    COLLECTIVE_LEAVE, DEFAULT_LETTER_TEMPLATE, LETTER_NUMBER_FORMAT, PUBLISH_APPLICANT,
    PUBLISH_DECISIONS_DIR, SETTINGS, Setting, setting_named,
};
pub use verify::{CheckpointFault, FileCheck, Problem, Verified};

use crate::domain::ActKind;
use crate::domain::case::Stamp;
use crate::domain::register_no::{DEFAULT_TEMPLATE, Template};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use std::path::{Path, PathBuf};
use writes::insert_act;

pub const DEFAULT_BUSY_TIMEOUT_MS: u64 = 5000;
/// The longest busy timeout SQLite takes: `i32::MAX` milliseconds, about 24.8 days.
pub const MAX_BUSY_TIMEOUT_MS: u64 = i32::MAX as u64;

/// What went wrong with the register as a file or a database; the command layer words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// No file at the path.
    Missing(PathBuf),
    /// An SQLite file, but not a register.
    NotARegister(PathBuf),
    /// An empty file: never initialised.
    Empty(PathBuf),
    /// Written by an older version, and opened read-only: it cannot be migrated.
    Older {
        path: PathBuf,
        version: i64,
        known: i64,
    },
    /// Written by a newer version.
    Newer {
        path: PathBuf,
        version: i64,
        known: i64,
    },
    /// The file cannot be put in WAL mode.
    NoWal { path: PathBuf, mode: String },
    /// A folder or the file cannot be made.
    CannotCreate { path: PathBuf, why: String },
    /// Another process holds the lock past the busy timeout.
    Locked,
    /// Not an SQLite file at all.
    NotADatabase,
    /// Not a regular file: a device, a FIFO, a folder.
    NotAFile(PathBuf),
    /// A schema version no release writes (below 0).
    BadVersion { path: PathBuf, version: i64 },
    /// The file cannot be read or written.
    CannotUse(String),
    /// The database refused a change (a UNIQUE or a trigger of the schema).
    Refused(String),
    /// A CHECK of the register's schema refused a value that this version let through:
    /// a register made by a different version, or changed by other means.
    CheckFailed(CheckRefusal),
    /// A stored value that cannot be read: the register was changed by other means.
    Damaged(damage::Damage),
    /// The file itself is damaged (SQLite: "database disk image is malformed").
    Corrupt(String),
    /// An older register holding rows the new version's rules refuse: not migrated.
    CannotMigrate {
        path: PathBuf,
        version: i64,
        why: String,
    },
    /// The disk is full (SQLITE_FULL): nothing of the write was kept.
    Full,
    /// Reading or writing the file failed below SQLite (SQLITE_IOERR: a failing or full
    /// device, a file removed underneath).
    DiskIo(String),
    /// Anything else SQLite reports: a bug.
    Sqlite(String),
    /// The file is on a network file system (of this type), where WAL is not safe.
    NetworkFs { path: PathBuf, fstype: String },
    /// A value of `table` that an archive cannot hold: bytes that are not UTF-8 text, or
    /// a blob (which no column of the schema holds: a bug, or a write by other means).
    Unarchivable { table: String, blob: bool },
    /// An archive that cannot be read (not text, or a read failing).
    ArchiveUnreadable(String),
    /// Rows that point at missing rows: a register migrated cannot hold them.
    Dangling { rows: i64 },
    /// The chain ends in an act without a hash (from this act on): a write refuses to
    /// build on it.
    Unsealed { act: i64 },
    /// The chain ends in a hash whose act is gone: a write refuses to build on it.
    HashWithoutAct { act: i64 },
}

/// Whether a register on a network file system may be opened (`--allow-network-fs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkFs {
    Refuse,
    Allow,
}

impl NetworkFs {
    /// The file system type that refuses the file (or folder) at `path`: a network file
    /// system, unless allowed.
    fn refused(self, path: &Path) -> Option<String> {
        if self == NetworkFs::Allow {
            return None;
        }
        network_fs::network_fs(path)
    }

    /// Refuses the register at `path` if it is on a network file system, unless allowed.
    fn check(self, path: &Path) -> Result<()> {
        match self.refused(path) {
            Some(fstype) => Err(StoreError::NetworkFs {
                path: path.to_path_buf(),
                fstype,
            }
            .into()),
            None => Ok(()),
        }
    }
}

/// An open register file.
pub struct Register {
    conn: Connection,
    path: PathBuf,
}

/// How writing commands take the write lock: at once, so that reads inside the transaction
/// (the next serial, the current state) cannot go stale.
const WRITE: TransactionBehavior = TransactionBehavior::Immediate;

impl Register {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(db)
    }

    /// Sets a setting, recorded in the history as a `config` act whose note reads
    /// `key: old -> new`. Returns false, writing nothing, when it holds that value already.
    pub fn set_setting(&mut self, key: &str, value: &str, stamp: &Stamp) -> Result<bool> {
        crate::domain::error::TextField::Setting.check(value)?;
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let old: Option<String> = tx
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(db)?;
        if old.as_deref() == Some(value) {
            return Ok(false);
        }
        let old = match (old, setting_named(key).and_then(|s| s.default)) {
            (Some(v), _) => v,
            (None, Some(d)) => format!("{d} (default)"),
            (None, None) => "(not set)".into(),
        };
        let act = insert_act(
            &tx,
            stamp,
            ActKind::Config,
            Some(&format!("{key}: {old} -> {value}")),
        )?;
        tx.execute(
            "INSERT INTO setting_changes (act_id, key, value) VALUES (?1, ?2, ?3)",
            rusqlite::params![act, key, value],
        )
        .map_err(db)?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
        .map_err(db)?;
        chain::commit(tx)?;
        Ok(true)
    }

    /// The register-number template and the commission code it needs.
    fn numbering(conn: &Connection) -> Result<(Template, String)> {
        let get = |key: &str| -> Result<Option<String>> {
            conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(db)
        };
        let template = get("register-template")?.unwrap_or_else(|| DEFAULT_TEMPLATE.into());
        let template = Template::parse(&template)?;
        let code = get("commission-code")?.unwrap_or_default();
        Ok((template, code))
    }
}

/// Commits the transaction of a command that records something, and notes that the run
/// recorded it (its exit code then says success whatever happens to its output).
pub(crate) fn commit_step(tx: rusqlite::Transaction<'_>) -> Result<()> {
    tx.commit().map_err(db)?;
    crate::error::note_committed();
    Ok(())
}

/// An error opening or configuring the file: the register is unavailable.
fn unavailable(path: &Path, e: rusqlite::Error) -> Error {
    match store_error(e) {
        StoreError::Sqlite(msg) => StoreError::CannotUse(format!("{}: {msg}", path.display())),
        other => other,
    }
    .into()
}

/// An SQLite error in the user's terms.
fn store_error(e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode as C;
    if let rusqlite::Error::SqliteFailure(f, msg) = &e {
        let msg = msg.clone().unwrap_or_else(|| f.to_string());
        return match f.code {
            C::DatabaseBusy | C::DatabaseLocked => StoreError::Locked,
            C::NotADatabase => StoreError::NotADatabase,
            C::CannotOpen | C::PermissionDenied | C::ReadOnly => StoreError::CannotUse(msg),
            // SQLite's own words for a CHECK are its SQL: never shown as they are.
            C::ConstraintViolation => match refused::check_refusal(&msg) {
                Some(r) => StoreError::CheckFailed(r),
                None => StoreError::Refused(msg),
            },
            C::DatabaseCorrupt => StoreError::Corrupt(msg),
            C::DiskFull => StoreError::Full,
            C::SystemIoFailure => StoreError::DiskIo(msg),
            _ => StoreError::Sqlite(msg),
        };
    }
    if let Some(d) = damage::damage_of(&e) {
        return StoreError::Damaged(d);
    }
    StoreError::Sqlite(e.to_string())
}

/// Maps an SQLite error to the user's terms.
pub(crate) fn db(e: rusqlite::Error) -> Error {
    store_error(e).into()
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    /// A fresh register in a temp dir (kept alive by the returned guard).
    pub fn fresh() -> (tempfile::TempDir, Register) {
        let dir = tempfile::tempdir().unwrap();
        let (mut reg, created) = Register::create(
            &dir.path().join("r.db"),
            std::time::Duration::from_secs(5),
            &clock(),
            NetworkFs::Refuse,
        )
        .unwrap();
        assert!(created);
        reg.set_setting("commission-code", "JBI", &stamp()).unwrap();
        (dir, reg)
    }

    /// SQLite's plan for `sql` on the register's connection, a line per step
    /// (`EXPLAIN QUERY PLAN`; unbound parameters are NULL, which the plan does not depend on).
    pub fn query_plan(reg: &Register, sql: &str) -> String {
        let mut st = reg
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let mut rows = st.raw_query();
        let mut lines = Vec::new();
        while let Some(row) = rows.next().unwrap() {
            lines.push(row.get::<_, String>(3).unwrap());
        }
        lines.join("\n")
    }

    /// Counts the virtual-machine instructions SQLite runs while `f` runs on `reg`: a measure
    /// of the work a write does that does not depend on the machine's speed.
    pub fn sqlite_ops(reg: &mut Register, f: impl FnOnce(&mut Register)) -> u64 {
        use rusqlite::ffi;
        use std::os::raw::{c_int, c_void};
        extern "C" fn tick(count: *mut c_void) -> c_int {
            // SAFETY: `count` is the `u64` registered below, alive until the handler is removed.
            unsafe { *(count as *mut u64) += 1 };
            0
        }
        let mut count: u64 = 0;
        // SAFETY: the handle is the register's open connection; the handler and its counter
        // are removed before `count` goes out of scope, and nothing else sets a handler.
        unsafe {
            let handle = reg.conn.handle();
            ffi::sqlite3_progress_handler(
                handle,
                1,
                Some(tick),
                &mut count as *mut u64 as *mut c_void,
            );
            f(reg);
            ffi::sqlite3_progress_handler(handle, 0, None, std::ptr::null_mut());
        }
        count
    }

    pub const NOW: &str = "2026-11-29T08:00:00Z";

    pub fn clock() -> crate::domain::case::Clock {
        crate::domain::case::Clock {
            now: NOW.into(),
            pinned: None,
        }
    }

    pub fn stamp() -> Stamp {
        Stamp {
            actor: "tester".into(),
            recorded_at: NOW.into(),
            note: None,
            pinned: None,
        }
    }
}

#[cfg(test)]
mod read_only {
    use super::test_support::{fresh, stamp};
    use super::*;

    #[test]
    fn a_register_opened_read_only_cannot_be_written() {
        let (dir, reg) = fresh();
        drop(reg);
        let path = dir.path().join("r.db");
        let before = std::fs::read(&path).unwrap();
        let mut ro =
            Register::open_read_only(&path, std::time::Duration::from_secs(1), NetworkFs::Refuse)
                .unwrap();
        assert_eq!(
            ro.setting("commission-code").unwrap().as_deref(),
            Some("JBI")
        );
        assert!(ro.set_setting("commission-code", "X", &stamp()).is_err());
        drop(ro);
        assert!(std::fs::read(&path).unwrap() == before, "the file changed");
        assert!(matches!(
            Register::open_read_only(&dir.path().join("none.db"), std::time::Duration::from_secs(1), NetworkFs::Refuse),
            Err(e) if e.kind == crate::error::Kind::Unavailable
        ));
    }
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod row_props;

#[cfg(test)]
mod plans {
    //! The queries a clerk waits for, and the recap, use indexes: no full scan of the case
    //! table (or of the history), no sorting of it.
    use super::list::{CaseFilter, list_query};
    use super::recap::recap_from_stats;
    use super::rows::{EVENTS_SQL, find_sql};
    use super::test_support::fresh;
    use crate::domain::State;

    use super::test_support::query_plan as plan;

    fn assert_indexed(reg: &super::Register, what: &str, sql: &str) {
        let p = plan(reg, sql);
        for bad in [
            "SCAN c",
            "SCAN cases",
            "SCAN e",
            "SCAN events",
            "TEMP B-TREE",
        ] {
            assert!(
                !p.lines()
                    .any(|l| l.starts_with(bad) || l.contains(&format!("USE {bad}"))),
                "{what}: the plan has '{bad}':\n{p}"
            );
        }
    }

    #[test]
    fn clerk_queries_and_the_recap_use_indexes() {
        let (_dir, reg) = fresh();
        assert_indexed(&reg, "show by YEAR/SERIAL", &find_sql(true));
        assert_indexed(&reg, "show by number", &find_sql(false));
        assert_indexed(&reg, "the timeline", EVENTS_SQL);
        assert_indexed(
            &reg,
            "case add's likely duplicates",
            &super::appeal::duplicates_sql(),
        );
        let page = CaseFilter {
            year: Some(2017),
            states: vec![State::Qualified],
            limit: Some(50),
            ..CaseFilter::default()
        };
        assert_indexed(&reg, "list --year --state", &list_query(&page).0);
        let year = CaseFilter {
            year: Some(2017),
            limit: Some(50),
            ..CaseFilter::default()
        };
        assert_indexed(&reg, "list --year", &list_query(&year).0);
        // The check can fail: a list by state alone has no index to use, and is seen to scan.
        let by_state = CaseFilter {
            states: vec![State::Qualified],
            ..CaseFilter::default()
        };
        assert!(plan(&reg, &list_query(&by_state).0).contains("SCAN c"));
        // What a clerk asks first each day: the cases not ended as of today, in register
        // order (a page of the overdue) and by received date (the oldest, a window of
        // deadlines), off the partial indexes of open cases.
        let today = crate::domain::Date::parse("2026-11-29").unwrap();
        let overdue = CaseFilter {
            received_to: Some(today),
            not_ended_as_of: Some(today),
            as_of_now: true,
            limit: Some(50),
            ..CaseFilter::default()
        };
        let p = plan(&reg, &list_query(&overdue).0);
        assert!(p.contains("SCAN c USING INDEX cases_open\n"), "{p}");
        assert!(!p.contains("TEMP B-TREE"), "{p}");
        let oldest = CaseFilter {
            order: super::Order::Received,
            ..overdue
        };
        let p = plan(&reg, &list_query(&oldest).0);
        assert!(p.contains("USING INDEX cases_open_by_received"), "{p}");
        assert!(!p.contains("TEMP B-TREE"), "{p}");
        let p = plan(&reg, &recap_from_stats());
        assert!(!p.contains("cases"), "the recap reads the case table:\n{p}");
    }
}
