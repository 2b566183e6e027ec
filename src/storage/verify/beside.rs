//! Connections of their own for the checks of `verify` that run beside the register's
//! connection, on the machine's other cores, each reading the very state it reads.
//!
//! How the states are made one: one more connection takes the write lock (`BEGIN
//! IMMEDIATE`: no one can commit while it holds it), the register's connection and the
//! helpers each start their read transaction, and the lock is let go. Each of them reads
//! the last commit before the lock, and goes on reading it (WAL: a reader's snapshot
//! stays until its transaction ends) whatever a clerk commits afterwards. Writers wait
//! for the lock a few milliseconds at most (their busy timeout covers it). Where the lock
//! cannot be had at once (another process is writing, the file is read-only) or a
//! helper cannot be opened, there are no helpers and `verify` runs every check on the
//! register's connection, one after the other, as before.

use super::super::Register;
use rusqlite::{Connection, OpenFlags};
use std::time::Duration;

/// How long a helper waits for a lock it needs to read (SQLite's WAL recovery, rarely).
const HELPER_BUSY: Duration = Duration::from_secs(5);

/// How long `verify` waits for the write lock that makes the helpers' states one with its
/// own: briefly, since running without helpers is only slower.
const LOCK_WAIT: Duration = Duration::from_millis(200);

/// The first read of a transaction, where its snapshot starts.
const FIRST_READ: &str = "SELECT count(*) FROM acts";

impl Register {
    /// Starts the read transaction of the register's connection (already begun, not yet
    /// read) and returns `n` helpers reading the same state, each in a read transaction
    /// of its own; none where that cannot be made sure of.
    pub(super) fn begin_with_helpers(&self, n: usize) -> rusqlite::Result<Vec<Register>> {
        let lock = self.write_lock();
        self.conn.query_row(FIRST_READ, [], |_| Ok(()))?;
        let Some(lock) = lock else {
            return Ok(Vec::new());
        };
        let helpers: Option<Vec<Register>> = (0..n).map(|_| self.helper()).collect();
        drop(lock);
        Ok(helpers.unwrap_or_default())
    }

    /// A connection holding the write lock, or `None` if it cannot be had at once.
    fn write_lock(&self) -> Option<Connection> {
        if self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
            return None;
        }
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        conn.busy_timeout(LOCK_WAIT).ok()?;
        conn.execute_batch("BEGIN IMMEDIATE").ok()?;
        Some(conn)
    }

    /// A connection to the register in a read transaction that has read. Opened for
    /// writing (and then kept from it by `query_only`): SQLite leaves out the CHECK
    /// constraints of a database it opened read-only, and its file check would not
    /// check them.
    fn helper(&self) -> Option<Register> {
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        crate::storage::open::keep_statements(&conn);
        conn.busy_timeout(HELPER_BUSY).ok()?;
        conn.execute_batch("PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; BEGIN")
            .ok()?;
        conn.query_row(FIRST_READ, [], |_| Ok(())).ok()?;
        Some(Register {
            conn,
            path: self.path.clone(),
        })
    }
}
