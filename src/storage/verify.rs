//! `sengketa verify`: does the register still hold together? Every case row against the
//! history it has, the per-year counts against the cases, the serial counters, and
//! SQLite's own integrity and foreign-key checks (which catch edits made with foreign keys
//! off, as the sqlite3 shell has them by default), and the calendar against its history.

mod beside;
mod calendar;
#[cfg(test)]
mod checks;
mod counts;
pub mod coverage;
mod days;
mod message;
mod problem;
mod rows;
#[cfg(test)]
mod tests;

pub use problem::{CheckpointFault, Problem};

use super::chain::ChainSummary;
use super::checkpoint::CheckpointsChecked;
use super::{Register, WRITE, db, schema};

use crate::domain::chain::HeadRef;
use crate::domain::checkpoint::PublicKey;
use crate::error::Result;
use std::collections::BTreeMap;

/// How deep SQLite's own check of the file goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileCheck {
    /// `PRAGMA quick_check`: every page, every record's format, NOT NULL and CHECK
    /// constraints; not whether each index holds exactly its table's rows (nor, so, the
    /// UNIQUE constraints). What `verify` runs by default.
    Quick,
    /// `PRAGMA integrity_check`: the quick check and every index against its table (at a
    /// million cases about half of a whole `verify`). `verify --deep`, `backup`.
    Deep,
}

impl FileCheck {
    fn pragma(self) -> &'static str {
        match self {
            FileCheck::Quick => "PRAGMA quick_check",
            FileCheck::Deep => "PRAGMA integrity_check",
        }
    }
}

/// What `verify` checked, besides the problems it reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// How many cases were checked.
    pub cases: u64,
    /// What the walk of the hash chain found.
    pub chain: ChainSummary,
    /// What the check of the signed checkpoints found.
    pub checkpoints: CheckpointsChecked,
}

/// How many helpers `verify` asks for on a machine that runs `cores` threads at once: one
/// for the replay of the cases (its longest part) wherever there is a second core, and
/// one for SQLite's check of the file only where a third core can run it beside the other
/// two. On two cores a third thread shares them with the others and the replay, slowed
/// by the sharing, finishes last; with the file checked after the chain, on the
/// register's connection, the two threads end about together (at a million cases 6.73 s
/// against 7.09 s, medians of eight alternated pairs; docs/speed.md).
pub(crate) fn helpers_for(cores: usize) -> usize {
    cores.saturating_sub(1).min(2)
}

/// [`helpers_for`] this machine.
fn helpers_here() -> usize {
    helpers_for(std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// What a helper's thread returned; its panic goes on in this thread (a bug either way).
fn joined<T>(t: std::thread::ScopedJoinHandle<'_, Result<T>>) -> Result<T> {
    t.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
}

impl Register {
    /// Counts the per-year and per-day counters the recap reads afresh from the cases, in
    /// one transaction. Only they change: they are derived from the cases, which, with
    /// their history, are the record and are not touched.
    pub fn recount_year_stats(&mut self) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        tx.execute_batch("DELETE FROM year_stats; DELETE FROM day_stats")
            .map_err(db)?;
        tx.execute_batch(&schema::recount_year_stats())
            .map_err(db)?;
        schema::recount_day_stats(&tx).map_err(db)?;
        super::chain::commit(tx)
    }

    /// Reports each problem found through `problem`; returns how many cases were checked
    /// and what the walk of the hash chain found (with `since`: whether the register
    /// extends that head). One read transaction: a clerk writing meanwhile changes nothing
    /// it sees. The file is checked deep ([`FileCheck::Deep`]): what a copy is kept on.
    pub fn verify(
        &self,
        since: Option<&HeadRef>,
        problem: impl FnMut(Problem),
    ) -> Result<Verified> {
        self.verify_with(since, None, FileCheck::Deep, problem)
    }

    /// [`Register::verify`], checking the checkpoints' signatures with `key` too
    /// (`verify --checkpoints`), and the file as deep as `file` says. Without a key, each
    /// checkpoint's head is still checked against the chain.
    pub fn verify_with(
        &self,
        since: Option<&HeadRef>,
        key: Option<&PublicKey>,
        file: FileCheck,
        problem: impl FnMut(Problem),
    ) -> Result<Verified> {
        self.verify_helped(since, key, file, helpers_here(), problem)
    }

    /// [`Register::verify_with`] with at most `helpers` helpers: the problems found, and
    /// the order they are said in, are the same with any number.
    fn verify_helped(
        &self,
        since: Option<&HeadRef>,
        key: Option<&PublicKey>,
        file: FileCheck,
        helpers: usize,
        mut problem: impl FnMut(Problem),
    ) -> Result<Verified> {
        let snapshot = self.conn.unchecked_transaction().map_err(db)?;
        let c: &rusqlite::Connection = &snapshot;
        // The snapshot starts at the first read; the helpers read the same state, the
        // first checking the cases against their history, the second (if any) the file,
        // while this connection walks the chain (`beside.rs` says how the states are one).
        // What no helper checks, this connection checks after the chain.
        let mut helpers = self.begin_with_helpers(helpers).map_err(db)?.into_iter();
        let (cases_check, file_check) = (helpers.next(), helpers.next());
        std::thread::scope(|s| {
            let file_check = file_check.map(|h| s.spawn(move || h.verify_file(file)));
            let cases_check = cases_check.map(|h| s.spawn(move || h.verify_cases()));
            let chain = self.verify_chain(c, since, key, &mut problem)?;
            // The rest while the helpers work (the replay is the longest part), its
            // problems kept until theirs are said.
            let (mut bodies, mut rest) = (Vec::new(), Vec::new());
            self.verify_rest(|p| bodies.push(p), |p| rest.push(p))?;
            self.verify_settings(&mut |p| rest.push(p))?;
            let (papers, years) = self.verify_papers()?;
            for letter in papers {
                rest.push(Problem::PaperBytes { letter });
            }
            for year in years {
                rest.push(Problem::LetterSerials { year });
            }
            let found = match file_check {
                Some(t) => joined(t)?,
                None => self.verify_file(file)?,
            };
            found.into_iter().for_each(&mut problem);
            let (cases, found, years) = match cases_check {
                Some(t) => joined(t)?,
                None => self.verify_cases()?,
            };
            found.into_iter().for_each(&mut problem);
            bodies.into_iter().for_each(&mut problem);
            self.verify_counts(years, cases, &mut problem)?;
            rest.into_iter().for_each(&mut problem);
            let (chain, checkpoints) = chain;
            Ok(Verified {
                cases,
                chain,
                checkpoints,
            })
        })
    }

    /// The schema, the hash chain and the checkpoints.
    fn verify_chain(
        &self,
        c: &rusqlite::Connection,
        since: Option<&HeadRef>,
        key: Option<&PublicKey>,
        problem: &mut impl FnMut(Problem),
    ) -> Result<(ChainSummary, CheckpointsChecked)> {
        for (kind, name, change) in schema::differences(c).map_err(db)? {
            problem(Problem::Schema { kind, name, change });
        }
        let checkpoints = self.checkpoint_rows()?;
        let mut unexplained = Vec::new();
        let chain = self.walk_chain(
            since,
            &Register::signed_positions(&checkpoints),
            &mut |act, fault| problem(Problem::Chain { act, fault }),
            &mut |u| unexplained.push(u),
        )?;
        for u in unexplained {
            problem(Problem::Particulars(u));
        }
        let checked = self.verify_checkpoints(&checkpoints, &chain.at, key, problem)?;
        Ok((chain, checked))
    }

    /// The settings are the latest value their history gave each key.
    fn verify_settings(&self, problem: &mut impl FnMut(Problem)) -> Result<()> {
        let read = |sql: &str| -> Result<BTreeMap<String, String>> {
            let mut st = self.conn.prepare(sql).map_err(db)?;
            let rows = st
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(db)?;
            rows.collect::<rusqlite::Result<_>>().map_err(db)
        };
        // Collected in act order: the last value of a key wins.
        let replayed = read("SELECT key, value FROM setting_changes ORDER BY act_id")?;
        let mut stored = read("SELECT key, value FROM settings")?;
        for (key, value) in replayed {
            match stored.remove(&key) {
                Some(s) if s == value => {}
                s => problem(Problem::Setting {
                    key,
                    stored: s,
                    replayed: Some(value),
                }),
            }
        }
        for (key, value) in stored {
            problem(Problem::Setting {
                key,
                stored: Some(value),
                replayed: None,
            });
        }
        Ok(())
    }
}
