//! The only place that holds SQL: opening the register file the same way every time,
//! creating and migrating its schema, and typed methods over its tables.

mod agenda;
mod calendar;
mod cases;
mod export;
mod hearings;
mod import;
mod list;
pub mod migrate;
pub mod network_fs;
mod recap;
mod rows;
pub mod schema;
mod sql;
mod times;
mod verify;
mod writes;

pub use agenda::Listed;
pub use hearings::{HearingPlan, HearingRefused};
pub use import::{Refused, RowRefusal};
pub use list::{CaseFilter, Order};
pub use migrate::SCHEMA_VERSION;
pub use verify::Problem;

use crate::domain::ActKind;
use crate::domain::case::Stamp;
use crate::domain::register_no::{DEFAULT_TEMPLATE, Template};
use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;
use writes::insert_act;

pub const DEFAULT_BUSY_TIMEOUT_MS: u64 = 5000;

/// A register-wide setting kept in the register itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    pub key: &'static str,
    pub about: &'static str,
    /// The value it has while none is set.
    pub default: Option<&'static str>,
    /// The only values it takes, when it is a choice (the schema CHECKs them too).
    pub values: &'static [&'static str],
}

/// The register's settings.
pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "commission-code",
        about: "the commission's code in register numbers, e.g. JBI",
        default: None,
        values: &[],
    },
    Setting {
        key: "register-template",
        about: "the register-number template",
        default: Some(DEFAULT_TEMPLATE),
        values: &[],
    },
    Setting {
        key: COLLECTIVE_LEAVE,
        about: "whether collective leave (cuti bersama) is a working day",
        // Government offices close on cuti bersama; a commission may say otherwise.
        default: Some("non-working"),
        values: &["non-working", "working"],
    },
];

/// The setting that says whether collective leave days are working days.
pub const COLLECTIVE_LEAVE: &str = "collective-leave";

/// The setting named `key`, if there is one.
pub fn setting_named(key: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.key == key)
}

/// What went wrong with the register as a file or a database; the command layer words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// No file at the path.
    Missing(PathBuf),
    /// An SQLite file, but not a register.
    NotARegister(PathBuf),
    /// An empty file: never initialised.
    Empty(PathBuf),
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
    /// The file cannot be read or written.
    CannotUse(String),
    /// The database refused a change (a CHECK, UNIQUE or trigger of the schema).
    Refused(String),
    /// Anything else SQLite reports: a bug.
    Sqlite(String),
    /// The file is on a network file system (of this type), where WAL is not safe.
    NetworkFs { path: PathBuf, fstype: String },
}

/// Whether a register on a network file system may be opened (`--allow-network-fs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkFs {
    Refuse,
    Allow,
}

impl NetworkFs {
    /// Refuses the file (or folder) at `path` if it is on a network file system, unless
    /// allowed.
    fn check(self, path: &Path) -> Result<(), StoreError> {
        if self == NetworkFs::Allow {
            return Ok(());
        }
        match network_fs::network_fs(path) {
            Some(fstype) => Err(StoreError::NetworkFs {
                path: path.to_path_buf(),
                fstype,
            }),
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
    /// Opens an existing register, migrating an older schema; refuses a missing file.
    /// `now` (UTC, `YYYY-MM-DDTHH:MM:SSZ`) stamps what a migration records.
    /// A register on a network file system is refused unless `network_fs` allows it.
    pub fn open(
        path: &Path,
        busy_timeout: Duration,
        now: &str,
        network_fs: NetworkFs,
    ) -> Result<Register> {
        if !path.exists() {
            return Err(StoreError::Missing(path.to_path_buf()).into());
        }
        network_fs.check(path)?;
        Register::connect(path, busy_timeout, false, now)
    }

    /// Creates the register (and its folders) readable by its owner only, or opens it if
    /// it is there already. Returns whether it was created. `now` stamps the seeding of
    /// the calendar.
    /// A register on a network file system is refused (and not made) unless `network_fs`
    /// allows it.
    pub fn create(
        path: &Path,
        busy_timeout: Duration,
        now: &str,
        network_fs: NetworkFs,
    ) -> Result<(Register, bool)> {
        // The file, or the nearest folder above it that is there: nothing is made on a
        // network file system before it is refused.
        if let Some(there) = path.ancestors().find(|p| p.exists()) {
            network_fs.check(there).map_err(|e| match e {
                StoreError::NetworkFs { fstype, .. } => StoreError::NetworkFs {
                    path: path.to_path_buf(),
                    fstype,
                },
                other => other,
            })?;
        }
        let created = !path.exists();
        if created {
            let cannot = |p: &Path, e: std::io::Error| StoreError::CannotCreate {
                path: p.to_path_buf(),
                why: e.to_string(),
            };
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| cannot(dir, e))?;
            }
            create_private_file(path).map_err(|e| cannot(path, e))?;
        }
        let reg = Register::connect(path, busy_timeout, true, now)?;
        Ok((reg, created))
    }

    /// Opens the file (which exists) and sets the connection up.
    fn connect(
        path: &Path,
        busy_timeout: Duration,
        may_create: bool,
        now: &str,
    ) -> Result<Register> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| unavailable(path, e))?;
        let mut reg = Register {
            conn,
            path: path.to_path_buf(),
        };
        reg.configure(busy_timeout, may_create, now)?;
        Ok(reg)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Sets the connection up and brings the schema to the current version. A file that is
    /// not a register, or one written by a newer version, is refused before anything is
    /// written to it (not even the switch to WAL).
    fn configure(&mut self, busy_timeout: Duration, may_create: bool, now: &str) -> Result<()> {
        let path = self.path.clone();
        self.conn
            .busy_timeout(busy_timeout)
            .map_err(|e| unavailable(&path, e))?;
        let version = self.check_version(may_create)?;
        let c = &self.conn;
        // WAL: readers never block the writer; FULL: a recorded step survives a power cut
        // (this is a legal register); foreign keys are off by default in SQLite.
        let mode: String = c
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(|e| unavailable(&path, e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::NoWal { path, mode }.into());
        }
        // temp_store: SQLite keeps each statement's undo journal (needed inside a long
        // transaction) in memory instead of a temporary file; an import wrote 460,000 pages
        // to /var/tmp without it (measured on 100k rows).
        c.execute_batch(
            "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;",
        )
        .map_err(|e| unavailable(&path, e))?;
        self.migrate(version, now)
    }

    fn version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| unavailable(&self.path, e))
    }

    /// The schema version of the file, refusing a newer one, a foreign SQLite file, and
    /// (unless creating) an empty one.
    fn check_version(&self, may_create: bool) -> Result<i64> {
        let version = self.version()?;
        let path = self.path.clone();
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                path,
                version,
                known: SCHEMA_VERSION,
            }
            .into());
        }
        if version == 0 {
            let tables: i64 = self
                .conn
                .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
                .map_err(|e| unavailable(&self.path, e))?;
            if tables > 0 {
                return Err(StoreError::NotARegister(path).into());
            }
            if !may_create {
                return Err(StoreError::Empty(path).into());
            }
        }
        Ok(version)
    }

    /// Brings the schema from `version` to the current one; a new register gets the
    /// shipped calendar, in the same transaction.
    fn migrate(&mut self, version: i64, now: &str) -> Result<()> {
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        if version == 0 {
            let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
            schema::create(&tx, &["table", "index", "trigger", "view"]).map_err(db)?;
            calendar::seed(&tx, now)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)
                .map_err(db)?;
            return tx.commit().map_err(db);
        }
        migrate::migrate(&mut self.conn, version, now)
    }

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
        insert_act(
            &tx,
            stamp,
            ActKind::Config,
            Some(&format!("{key}: {old} -> {value}")),
        )?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
        .map_err(db)?;
        tx.commit().map_err(db)?;
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

fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map(drop)
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
            C::ConstraintViolation => StoreError::Refused(msg),
            _ => StoreError::Sqlite(msg),
        };
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
            Duration::from_secs(5),
            NOW,
            NetworkFs::Refuse,
        )
        .unwrap();
        assert!(created);
        reg.set_setting("commission-code", "JBI", &stamp()).unwrap();
        (dir, reg)
    }

    pub const NOW: &str = "2026-11-29T08:00:00Z";

    pub fn stamp() -> Stamp {
        Stamp {
            actor: "tester".into(),
            recorded_at: NOW.into(),
            note: None,
        }
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

    fn plan(reg: &super::Register, sql: &str) -> String {
        let mut st = reg
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        // Unbound parameters are NULL: the plan does not depend on their values.
        let mut rows = st.raw_query();
        let mut lines = Vec::new();
        while let Some(row) = rows.next().unwrap() {
            lines.push(row.get::<_, String>(3).unwrap());
        }
        lines.join("\n")
    }

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
