//! Opening the register file the same way every time. A register is known by its own
//! marker (`PRAGMA application_id`, set when it is made and on a register made before the
//! marker existed), its schema version and its tables; anything else (a foreign SQLite
//! file, a device, a FIFO) is refused before anything is written to it, not even the
//! switch to WAL. Making and migrating the schema happen under the write lock, taken
//! before the version is read again, so that `init`s and migrations racing each other
//! make one register.

use super::{
    NetworkFs, Register, SCHEMA_VERSION, StoreError, calendar, db, migrate, schema, unavailable,
};
use crate::domain::case::Clock;
use crate::error::Result;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::Path;
use std::time::Duration;

/// sengketa's marker in the SQLite header (`PRAGMA application_id`): "SGKT".
pub const APPLICATION_ID: i64 = 0x5347_4B54;

/// The tables that make an unmarked file a register of an earlier release.
const CORE_TABLES: [&str; 4] = ["settings", "cases", "events", "acts"];

/// What the file holds, as far as opening it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    /// Nothing at all: a register can be made in it.
    Empty,
    /// A register at this schema version; `marked`: it carries the marker.
    Register { version: i64, marked: bool },
}

impl Register {
    /// Opens an existing register, migrating an older schema; refuses a missing file.
    /// `now` (UTC, `YYYY-MM-DDTHH:MM:SSZ`) stamps what a migration records.
    /// A register on a network file system is refused unless `network_fs` allows it.
    pub fn open(
        path: &Path,
        busy_timeout: Duration,
        now: &Clock,
        network_fs: NetworkFs,
    ) -> Result<Register> {
        if !path.exists() {
            return Err(StoreError::Missing(path.to_path_buf()).into());
        }
        network_fs.check(path)?;
        regular_file(path)?;
        Ok(Register::connect(path, busy_timeout, false, now)?.0)
    }

    /// Opens an existing register for reading only (`SQLITE_OPEN_READ_ONLY`, and
    /// `query_only` besides): nothing is written to the file, not even the switch to WAL;
    /// so a register of an older schema, which would need migrating, is refused, as is a
    /// newer one or a file that is not a register.
    pub fn open_read_only(
        path: &Path,
        busy_timeout: Duration,
        network_fs: NetworkFs,
    ) -> Result<Register> {
        if !path.exists() {
            return Err(StoreError::Missing(path.to_path_buf()).into());
        }
        network_fs.check(path)?;
        regular_file(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| unavailable(path, e))?;
        keep_statements(&conn);
        conn.busy_timeout(busy_timeout)
            .map_err(|e| unavailable(path, e))?;
        match identify(&conn, path, false)? {
            Found::Register {
                version: SCHEMA_VERSION,
                ..
            } => {}
            Found::Register { version, .. } => {
                return Err(StoreError::Older {
                    path: path.to_path_buf(),
                    version,
                    known: SCHEMA_VERSION,
                }
                .into());
            }
            Found::Empty => return Err(StoreError::Empty(path.to_path_buf()).into()),
        }
        conn.execute_batch("PRAGMA query_only = ON; PRAGMA temp_store = MEMORY;")
            .map_err(|e| unavailable(path, e))?;
        Ok(Register {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Creates the register (and its folders) readable by its owner only, or opens it if
    /// it is there already. Returns whether this run made it. `now` stamps the seeding
    /// of the calendar.
    /// A register on a network file system is refused (and not made) unless `network_fs`
    /// allows it.
    pub fn create(
        path: &Path,
        busy_timeout: Duration,
        now: &Clock,
        network_fs: NetworkFs,
    ) -> Result<(Register, bool)> {
        // The file, or the nearest folder above it that is there: nothing is made on a
        // network file system before it is refused.
        if let Some(fstype) = path
            .ancestors()
            .find(|p| p.exists())
            .and_then(|there| network_fs.refused(there))
        {
            return Err(StoreError::NetworkFs {
                path: path.to_path_buf(),
                fstype,
            }
            .into());
        }
        let cannot = |p: &Path, e: std::io::Error| StoreError::CannotCreate {
            path: p.to_path_buf(),
            why: e.to_string(),
        };
        if !path.exists() {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                create_private_dirs(dir).map_err(|e| cannot(dir, e))?;
            }
            match create_private_file(path) {
                // Another `init` made it a moment ago: open it as it is.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                other => other.map_err(|e| cannot(path, e))?,
            }
        }
        regular_file(path)?;
        if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
            // An empty file made by someone else becomes the register: the owner's only
            // (SQLite gives its -wal and -shm the register's mode).
            make_private(path).map_err(|e| cannot(path, e))?;
        }
        Register::connect(path, busy_timeout, true, now)
    }

    /// Opens the file (which exists) and sets the connection up; whether it made the
    /// register.
    fn connect(
        path: &Path,
        busy_timeout: Duration,
        may_create: bool,
        now: &Clock,
    ) -> Result<(Register, bool)> {
        // SQLite answers "busy" at once, without waiting out the busy timeout, where
        // waiting could deadlock: a connection that read the file before the switch to
        // WAL (or before another process made the register) and then wants to write. Four
        // `init`s at once failed so about once in thirty. The connection is
        // made again from the start until the timeout has passed.
        let started = std::time::Instant::now();
        let mut pause = Duration::from_millis(5);
        loop {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(|e| unavailable(path, e))?;
            keep_statements(&conn);
            let mut reg = Register {
                conn,
                path: path.to_path_buf(),
            };
            match reg.configure(busy_timeout, may_create, now) {
                Ok(made) => return Ok((reg, made)),
                Err(e) if locked(&e) && started.elapsed() + pause < busy_timeout => {
                    drop(reg);
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(200));
                }
                Err(e) => return Err(e),
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Sets the connection up and brings the schema to the current version; whether it
    /// made the register.
    fn configure(&mut self, busy_timeout: Duration, may_create: bool, now: &Clock) -> Result<bool> {
        let path = self.path.clone();
        self.conn
            .busy_timeout(busy_timeout)
            .map_err(|e| unavailable(&path, e))?;
        // Read without the lock, to refuse what is not a register before writing anything.
        let found = identify(&self.conn, &path, may_create)?;
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
        match found {
            Found::Register {
                version: SCHEMA_VERSION,
                marked: true,
            } => Ok(false),
            Found::Register { version, .. } if version < SCHEMA_VERSION => {
                // A copy of the register as it was comes first: a migration that went
                // wrong (or a release that did) must never cost the record.
                backup_before_migration(c, &path, version)?;
                // Foreign keys are checked once at the end of a migration, not while
                // tables are swapped; neither pragma takes effect inside a transaction.
                c.execute_batch("PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON;")
                    .map_err(db)?;
                let made = self.upgrade(may_create, now);
                self.conn
                    .execute_batch("PRAGMA legacy_alter_table = OFF; PRAGMA foreign_keys = ON;")
                    .map_err(db)?;
                made
            }
            _ => self.upgrade(may_create, now),
        }
    }

    /// Makes, migrates or marks the register, under the write lock: what the file holds
    /// is read again once the lock is held (another process may have made it meanwhile).
    fn upgrade(&mut self, may_create: bool, now: &Clock) -> Result<bool> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| unavailable(&path, e))?;
        let made = match identify(&tx, &path, may_create)? {
            Found::Empty => {
                schema::create(&tx, &["table", "index", "trigger", "view"]).map_err(db)?;
                calendar::seed(&tx, now)?;
                tx.pragma_update(None, "user_version", SCHEMA_VERSION)
                    .map_err(db)?;
                true
            }
            Found::Register { version, .. } if version < SCHEMA_VERSION => {
                // A row the new rules refuse (written by other means) keeps the register
                // from migrating: said as such, the transaction rolled back.
                migrate::migrate_in(&tx, version, now).map_err(|e| {
                    if e.kind == crate::error::Kind::Invalid {
                        StoreError::CannotMigrate {
                            path: path.clone(),
                            version,
                            why: e.message,
                        }
                        .into()
                    } else {
                        e
                    }
                })?;
                false
            }
            Found::Register { .. } => false,
        };
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(db)?;
        // Sealed (the calendar's seed, a migration's acts) but not noted as a step: a
        // command that only reads stays one whose failed output is exit 74.
        super::chain::seal(&tx)?;
        tx.commit().map_err(db)?;
        Ok(made)
    }
}

/// What the file holds: refuses a foreign SQLite file (another marker, or none and not a
/// register's tables), a negative or newer schema version, and (unless creating) an
/// empty file.
fn identify(c: &Connection, path: &Path, may_create: bool) -> Result<Found> {
    let pragma = |name: &str| -> Result<i64> {
        c.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
            .map_err(|e| unavailable(path, e))
    };
    let (id, version) = (pragma("application_id")?, pragma("user_version")?);
    let foreign = || Err(StoreError::NotARegister(path.to_path_buf()).into());
    let objects: i64 = c
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(|e| unavailable(path, e))?;
    if id != 0 && id != APPLICATION_ID {
        return foreign();
    }
    if version == 0 && id == 0 && objects == 0 {
        if !may_create {
            return Err(StoreError::Empty(path.to_path_buf()).into());
        }
        return Ok(Found::Empty);
    }
    if version < 0 {
        return Err(StoreError::BadVersion {
            path: path.to_path_buf(),
            version,
        }
        .into());
    }
    let marked = id == APPLICATION_ID;
    if !marked {
        // A register made before the marker existed has a version and the tables.
        let mut st = c
            .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1")
            .map_err(|e| unavailable(path, e))?;
        for t in CORE_TABLES {
            let n: i64 = st
                .query_row([t], |r| r.get(0))
                .map_err(|e| unavailable(path, e))?;
            if version == 0 || n == 0 {
                return foreign();
            }
        }
    }
    if version > SCHEMA_VERSION {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            version,
            known: SCHEMA_VERSION,
        }
        .into());
    }
    if version == 0 {
        return foreign();
    }
    Ok(Found::Register { version, marked })
}

/// The copy of a register of schema `version` taken before it is migrated: beside it,
/// named after it and its version (`register.db.schema-v4.bak`).
pub fn migration_backup(path: &Path, version: i64) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".schema-v{version}.bak"));
    path.with_file_name(name)
}

/// Copies the register, as one snapshot (`VACUUM INTO`), to [`migration_backup`],
/// readable by its owner only, unless that copy is there already (an earlier attempt, or
/// another process migrating at the same time: either is the register of that version).
fn backup_before_migration(c: &Connection, path: &Path, version: i64) -> Result<()> {
    let to = migration_backup(path, version);
    let cannot = |why: String| StoreError::CannotCreate {
        path: to.clone(),
        why,
    };
    match create_private_file(&to) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(()),
        other => other.map_err(|e| cannot(e.to_string()))?,
    }
    let Some(name) = to.to_str() else {
        let _ = std::fs::remove_file(&to);
        return Err(cannot("not a UTF-8 path".into()).into());
    };
    if let Err(e) = c.execute("VACUUM INTO ?1", [name]) {
        let _ = std::fs::remove_file(&to);
        return Err(cannot(e.to_string()).into());
    }
    Ok(())
}

/// Refuses a path that is not a regular file (following links): a device such as
/// /dev/null (SQLite made /dev/null-journal), a FIFO (it hung), a folder.
fn regular_file(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => Err(StoreError::NotAFile(path.to_path_buf()).into()),
        _ => Ok(()),
    }
}

/// Makes the missing folders of a register readable by their owner only, whatever the
/// umask (under umask 000 they were made 0777).
fn create_private_dirs(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

fn make_private(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    // Elsewhere (Windows) the file keeps its folder's permissions: the user's profile.
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
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

/// Whether `e` is the register being locked by another process.
fn locked(e: &crate::error::Error) -> bool {
    let l = crate::error::Error::from(StoreError::Locked);
    e.kind == l.kind && e.message == l.message
}

/// The WAL kept between runs: up to this size it stays as the last run left it; a run
/// that leaves more checkpoints it into the register and truncates it to nothing as it
/// closes (about every 18 steps of a clerk; a bulk import writes the whole file into it).
///
/// Kept small because a run pays for the WAL it finds: its first opening reads it whole
/// (SQLite rebuilds the WAL's index, which it does not keep between processes), and so
/// the count of frames already copied into the register is lost with the process. So
/// SQLite's own checkpoint (at 1,000 pages) never starts a kept WAL over: it grew to this
/// limit, and past 1,000 pages every step checkpointed it again (four fsyncs, not two).
/// A WAL of 3.9 MB cost a `case show` 14 % more instructions than an empty one; 200 steps
/// and views from a fresh register, 18 % less CPU and 20 % fewer fsyncs at 1 MB than at 8.
const WAL_KEPT: u64 = 1 << 20;

impl Register {
    /// Keeps the WAL when this connection closes, instead of checkpointing it into the
    /// register and deleting it (what SQLite does when the last connection closes). A
    /// step then costs one fsync (its commit, `synchronous = FULL`) instead of five
    /// (the new WAL's header and its folder, the commit, the checkpoint's two). Nothing is
    /// less durable: a committed step is in the WAL on disk either way, and the next
    /// opening reads it there. The register's own run only ([`Register::open`] leaves it
    /// off: a copy that is moved into place afterwards must be whole in its one file).
    pub fn keep_wal(&self) -> Result<()> {
        self.conn
            .set_db_config(
                rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
                true,
            )
            .map_err(db)?;
        Ok(())
    }
}

impl Drop for Register {
    /// A WAL grown beyond [`WAL_KEPT`] is checkpointed into the register and truncated
    /// before the connection closes (a reader holding an older snapshot makes it a partial
    /// checkpoint, and the file is not truncated; the next run tries again). Not by a
    /// connection that only reads (read-only, or `query_only` as `verify`'s helpers).
    fn drop(&mut self) {
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        let query_only = || {
            self.conn
                .query_row("PRAGMA query_only", [], |r| r.get::<_, bool>(0))
                .unwrap_or(true)
        };
        if std::fs::metadata(&wal).is_ok_and(|m| m.len() > WAL_KEPT)
            && !self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true)
            && !query_only()
        {
            // Without waiting: a reader's snapshot (a long verify) must not hold this
            // run's exit, nor other writers behind the checkpoint.
            let _ = self.conn.busy_timeout(std::time::Duration::ZERO);
            let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}

/// How many prepared statements a connection keeps for reuse, above rusqlite's 16: an act
/// read back by scan (an import's, by a seal or the walk of the chain) takes one per table
/// of the history (`chain::ACT_ROWS`), besides its case entries and the two counts that
/// choose how to read it, and with 16 kept every act prepared most of them again. (An act
/// read through the indexes uses the statements `chain::ActReader` holds.)
const STATEMENTS: usize = super::chain::ACT_ROWS.len() + 32;

/// Sizes the connection's cache of prepared statements ([`STATEMENTS`]).
pub(crate) fn keep_statements(conn: &Connection) {
    conn.set_prepared_statement_cache_capacity(STATEMENTS);
}
