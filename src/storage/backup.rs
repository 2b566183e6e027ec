//! `sengketa backup`: a consistent copy of the register made while clerks keep writing,
//! by SQLite's online backup API.

use super::{Register, db, unavailable};
use crate::error::Result;
use rusqlite::Connection;
use rusqlite::backup::{Backup, StepResult};
use std::path::Path;
use std::time::Duration;

impl Register {
    /// Copies the register into the database file `dest` (new and empty, made by the
    /// caller), in one step: SQLite copies every page from one read snapshot, so writers
    /// meanwhile (WAL lets them go on) are either wholly in the copy or not at all.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let mut dst = Connection::open(dest).map_err(|e| unavailable(dest, e))?;
        {
            let backup = Backup::new(&self.conn, &mut dst).map_err(db)?;
            // -1: all pages in one step, so the copy is of one snapshot (a copy made in
            // several steps restarts whenever another connection writes).
            loop {
                match backup.step(-1).map_err(db)? {
                    StepResult::Done => break,
                    StepResult::More => {}
                    // Another connection holds a lock the step needs: wait, as the busy
                    // timeout would.
                    _ => std::thread::sleep(Duration::from_millis(20)),
                }
            }
        }
        dst.close().map_err(|(_, e)| db(e))
    }
}
