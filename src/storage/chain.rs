//! The hash chain of the history (`src/domain/chain.rs` says how an act is written
//! down): which rows belong to an act, reading them back by the act's id, and walking
//! the chain for `verify` (`seal.rs` writes the hashes).
//!
//! An act's hash is computed from what the register holds, read back the same way when
//! it is sealed and when it is checked: one code path, so a hash that once matched
//! matches until something it covers changes.

use super::{Register, db};
use crate::domain::chain::{ActHasher, ChainHash, Head, HeadRef, Value};
use crate::error::Result;
use rusqlite::Connection;
use rusqlite::types::ValueRef;
use std::collections::BTreeSet;

pub(crate) use super::seal::{commit, seal};
pub use found::{ActName, ChainFault, ChainSummary};
pub(crate) use reading::Reading;

mod entries;
mod found;
mod reading;

/// A table whose rows an act writes, found by the act's id.
pub struct ActRows {
    pub table: &'static str,
    /// The column holding the act's id.
    pub by: &'static str,
    /// The order its rows are hashed in (a unique key, so the order is total).
    pub order: &'static str,
    /// Rows that go with an event (keyed by `case_id, seq`, without an `act_id` of their
    /// own: an appeal step's payload, a void's): found through their event's act.
    pub via_event: bool,
    /// Whether the table's name is hashed with every act, rows or none: so for the tables
    /// of the chain's first version. A table added later is hashed only with the acts
    /// that wrote rows to it, so that adding it keeps every hash already recorded (an act
    /// without rows in it hashes as before the table existed).
    pub always: bool,
}

/// Every table of the history, in the order an act's rows are hashed: the act itself,
/// then each table its rows go to. A table added to the history is one more line here,
/// with `always: false` (so that every hash recorded before stays); every column it has
/// is hashed, by name, in the table's order. (A test checks that every table with an
/// `act_id` column is here.)
pub const ACT_ROWS: &[ActRows] = &[
    ActRows {
        table: "acts",
        by: "id",
        order: "id",
        via_event: false,
        always: true,
    },
    ActRows {
        table: "events",
        by: "act_id",
        order: "case_id, seq",
        via_event: false,
        always: true,
    },
    ActRows {
        table: "hearing_steps",
        by: "act_id",
        order: "case_id, seq",
        via_event: false,
        always: true,
    },
    ActRows {
        table: "appeal_steps",
        by: "e.act_id",
        order: "t.case_id, t.seq",
        via_event: true,
        always: true,
    },
    ActRows {
        table: "void_steps",
        by: "e.act_id",
        order: "t.case_id, t.seq",
        via_event: true,
        always: true,
    },
    ActRows {
        table: "body_changes",
        by: "act_id",
        order: "id",
        via_event: false,
        always: true,
    },
    ActRows {
        table: "calendar_changes",
        by: "act_id",
        order: "date",
        via_event: false,
        always: true,
    },
    ActRows {
        table: "setting_changes",
        by: "act_id",
        order: "act_id",
        via_event: false,
        always: true,
    },
    ActRows {
        table: "checkpoints",
        by: "act_id",
        order: "act_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "papers",
        by: "act_id",
        order: "act_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "template_changes",
        by: "act_id",
        order: "act_id",
        via_event: false,
        always: false,
    },
    // The case file (`storage::case_file::TABLES`).
    ActRows {
        table: "case_parties",
        by: "act_id",
        order: "case_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "body_parties",
        by: "act_id",
        order: "body_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "case_road",
        by: "act_id",
        order: "case_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "case_grounds",
        by: "act_id",
        order: "case_id, ground",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "people",
        by: "act_id",
        order: "id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "person_changes",
        by: "act_id",
        order: "person_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "panels",
        by: "act_id",
        order: "case_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "panel_seats",
        by: "act_id",
        order: "case_id, seat, person_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "case_notes",
        by: "act_id",
        order: "case_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "summons_service",
        by: "act_id",
        order: "case_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "case_file_undos",
        by: "act_id",
        order: "case_id",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "overrides",
        by: "act_id",
        order: "case_id, seq, what",
        via_event: false,
        always: false,
    },
    ActRows {
        table: "register_numbers",
        by: "e.act_id",
        order: "t.case_id, t.seq",
        via_event: true,
        always: false,
    },
];

/// The name the entries of the cases an act added are hashed under. A case row changes
/// with every step (its facts: checked against the replay of its events) and every
/// correction (its particulars), so the act that added it hashes what it was when it was
/// entered: its particulars now, with its corrections (hashed with their own acts)
/// undone. An edit of the row that no correction explains changes that entry, and the
/// adding act no longer matches its hash.
pub(super) const CASE_ENTRIES: &str = "case_entries";

pub(super) fn value(v: ValueRef<'_>) -> Value<'_> {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(r) => Value::Real(r),
        ValueRef::Text(t) => Value::Text(t),
        ValueRef::Blob(b) => Value::Blob(b),
    }
}

/// A case whose particulars are not what its corrections left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unexplained {
    pub case: String,
    pub fields: Vec<String>,
}

/// Reads acts back to hash them: the hash of an act follows the act whose hash is `prev`,
/// and cases whose particulars no correction explains are told to `unexplained`. The
/// statements of the reading through the indexes (one per table of [`ACT_ROWS`]) are
/// prepared once, for every act it reads: the walk of the chain reads every act of the
/// register, and taking each statement from the connection's cache (its SQL hashed to
/// find it, the statement put back after) was a sixth of the walk on a register its
/// clerks filled, an act per step.
///
/// A table found by its own act column is read only for the acts that wrote to it: the
/// reader seeks the next act that did ([`NextWriter`]) and passes the acts before it
/// without a statement. A clerk's act writes to three or four of the 24 tables, and a
/// statement run for each of the others, to find nothing, was a third of the walk on
/// such a register.
pub(crate) struct ActReader<'c> {
    conn: &'c Connection,
    by_index: Vec<rusqlite::Statement<'c>>,
    /// For each table of [`ACT_ROWS`], the next act that wrote to it, where the table is
    /// found by its own act column (`None` for the steps found through their events).
    /// Made at the second act read through the indexes: for one act (a seal's) a seek
    /// costs what a read does, and preparing its statements was 2 % of a `case add`.
    next: Option<Vec<Option<NextWriter<'c>>>>,
    /// Whether an act was read through the indexes yet.
    read_one: bool,
}

/// The next act that wrote a row to one table: the first act from `from` on (`at`;
/// `None` for none), as last sought with [`Reading::next_writer_sql`].
struct NextWriter<'c> {
    st: rusqlite::Statement<'c>,
    sought: Option<(i64, Option<i64>)>,
}

impl NextWriter<'_> {
    /// Whether act `id` wrote to the table: sought again unless what was last sought
    /// answers it (sought from at most `id`, and found at `id` or after it, or nowhere).
    fn wrote(&mut self, id: i64) -> Result<bool> {
        let known = self
            .sought
            .filter(|(from, at)| *from <= id && at.is_none_or(|at| at >= id));
        let (_, at) = match known {
            Some(k) => k,
            None => {
                let at = self.st.query_row([id], |r| r.get(0)).map_err(db)?;
                *self.sought.insert((id, at))
            }
        };
        Ok(at == Some(id))
    }
}

impl<'c> ActReader<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Result<ActReader<'c>> {
        let by_index = Reading::ByIndex
            .all_rows_sql()
            .iter()
            .map(|sql| conn.prepare(sql))
            .collect::<rusqlite::Result<_>>()
            .map_err(db)?;
        Ok(ActReader {
            conn,
            by_index,
            next: None,
            read_one: false,
        })
    }

    /// [`ActReader::next`], made at the second act read through the indexes.
    fn next_writers(&mut self) -> Result<Option<&mut Vec<Option<NextWriter<'c>>>>> {
        if !std::mem::replace(&mut self.read_one, true) {
            return Ok(None);
        }
        if self.next.is_none() {
            let conn = self.conn;
            let next = ACT_ROWS
                .iter()
                .map(|part| {
                    Reading::next_writer_sql(part)
                        .map(|sql| {
                            Ok(NextWriter {
                                st: conn.prepare(&sql)?,
                                sought: None,
                            })
                        })
                        .transpose()
                })
                .collect::<rusqlite::Result<_>>()
                .map_err(db)?;
            self.next = Some(next);
        }
        Ok(self.next.as_mut())
    }

    /// The hash of act `id`, its rows read the way [`Reading::of`] chooses.
    pub(crate) fn hash(
        &mut self,
        id: i64,
        prev: &ChainHash,
        unexplained: &mut dyn FnMut(Unexplained),
    ) -> Result<ChainHash> {
        let reading = Reading::of(self.conn, id)?;
        self.hash_as(id, prev, unexplained, reading)
    }

    /// The hash of act `id`, its rows read as `reading` says.
    pub(crate) fn hash_as(
        &mut self,
        id: i64,
        prev: &ChainHash,
        unexplained: &mut dyn FnMut(Unexplained),
        reading: Reading,
    ) -> Result<ChainHash> {
        let conn = self.conn;
        // Which tables act `id` wrote to, where a next writer says (else each is read).
        let mut wrote = [true; ACT_ROWS.len()];
        if reading == Reading::ByIndex
            && let Some(next) = self.next_writers()?
        {
            for (w, n) in wrote.iter_mut().zip(next.iter_mut()) {
                if let Some(n) = n {
                    *w = n.wrote(id)?;
                }
            }
        }
        let mut h = ActHasher::new(prev);
        for (i, part) in ACT_ROWS.iter().enumerate() {
            if i == 1 {
                entries::case_entries(conn, id, &mut h, unexplained, reading)?;
            }
            match reading {
                Reading::ByIndex => {
                    if wrote[i] {
                        hash_rows(&mut self.by_index[i], part, id, &mut h)?
                    } else if part.always {
                        // As read and found empty.
                        h.table(part.table);
                    }
                }
                Reading::ByScan => {
                    let sql = &reading.all_rows_sql()[i];
                    let mut st = conn.prepare_cached(sql).map_err(db)?;
                    hash_rows(&mut st, part, id, &mut h)?
                }
            }
        }
        Ok(h.finish())
    }
}

/// Hashes the rows of `part` that act `id` wrote, read by `st` (its
/// [`Reading::rows_sql`]).
fn hash_rows(
    st: &mut rusqlite::Statement,
    part: &ActRows,
    id: i64,
    h: &mut ActHasher,
) -> Result<()> {
    let mut rows = st.query([id]).map_err(db)?;
    if part.always {
        h.table(part.table);
    }
    // Every column the table has, in its order (`verify` checks that the table is the
    // schema's): a column added to it is hashed without a change here. Named from the
    // statement at its first row: most tables hold no row of a given act (a clerk's act
    // writes to three or four of them), and a name made for each column of each table
    // was a fifth of the walk on such a register.
    let mut cols: Option<Vec<String>> = None;
    while let Some(r) = rows.next().map_err(db)? {
        let cols = match &mut cols {
            Some(c) => c,
            None => {
                if !part.always {
                    h.table(part.table);
                }
                cols.insert(r.as_ref().column_names().map(String::from).collect())
            }
        };
        h.row();
        for (i, c) in cols.iter().enumerate() {
            h.field(c, value(r.get_ref(i).map_err(db)?));
        }
        h.end_row();
    }
    Ok(())
}

impl Register {
    /// Walks the chain from the first act, reporting every act that does not match its
    /// hash (each checked against the previous act's stored hash, so one change is named
    /// once), hashes of missing acts, and the cases whose particulars no correction
    /// explains; and the hash the chain holds at each position of `at` (the heads that
    /// checkpoints signed). Inside the caller's read transaction.
    pub(crate) fn walk_chain(
        &self,
        since: Option<&HeadRef>,
        at: &BTreeSet<u64>,
        fault: &mut dyn FnMut(ActName, ChainFault),
        unexplained: &mut dyn FnMut(Unexplained),
    ) -> Result<ChainSummary> {
        let c = &self.conn;
        let mut st = c
            .prepare(
                "SELECT a.id, a.command, a.actor, a.recorded_at, a.pinned IS NOT NULL, h.hash,
                 a.note FROM acts a LEFT JOIN act_hashes h ON h.act_id = a.id ORDER BY a.id",
            )
            .map_err(db)?;
        let mut rows = st.query([]).map_err(db)?;
        let mut summary = ChainSummary::default();
        let mut reader = ActReader::new(c)?;
        let (mut prev, mut count, mut whole) = (ChainHash::ZERO, 0u64, true);
        while let Some(r) = rows.next().map_err(db)? {
            let name = ActName {
                id: r.get(0).map_err(db)?,
                command: r.get(1).map_err(db)?,
                actor: r.get(2).map_err(db)?,
                recorded_at: r.get(3).map_err(db)?,
            };
            count += 1;
            if r.get::<_, bool>(4).map_err(db)? {
                summary.pinned.0 += 1;
                summary.pinned.1.get_or_insert(name.id);
            }
            if name.command == crate::domain::ActKind::HistoryHashed.as_str() {
                summary
                    .hashed_at
                    .get_or_insert((name.id, name.recorded_at.clone()));
            }
            if name.command == crate::domain::ActKind::ChainRepaired.as_str() {
                let note: Option<String> = r.get(6).map_err(db)?;
                let sealed = note
                    .as_deref()
                    .and_then(|n| n.strip_prefix(super::seal::REPAIR_NOTE))
                    .unwrap_or("?")
                    .to_string();
                summary
                    .repaired
                    .push((name.id, name.recorded_at.clone(), sealed));
            }
            let stored = r
                .get::<_, Option<String>>(5)
                .map_err(db)?
                .map(|h| ChainHash::parse(&h).unwrap_or(ChainHash::ZERO));
            let computed = reader.hash(name.id, &prev, unexplained)?;
            if let Some(s) = since
                && count == s.acts
            {
                summary.extends = Some(whole && stored == Some(computed) && s.names(&computed));
            }
            if at.contains(&count) {
                let held = stored.unwrap_or(computed);
                let whole_here = whole && stored == Some(computed);
                summary.at.insert(count, (held, whole_here));
            }
            match stored {
                Some(s) if s == computed => prev = s,
                Some(s) => {
                    whole = false;
                    fault(name, ChainFault::Mismatch);
                    prev = s;
                }
                None => {
                    whole = false;
                    fault(name, ChainFault::NoHash);
                    prev = computed;
                }
            }
        }
        let mut orphans = c
            .prepare("SELECT act_id FROM act_hashes WHERE act_id NOT IN (SELECT id FROM acts) ORDER BY act_id")
            .map_err(db)?;
        let orphans: Vec<i64> = orphans
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(db)?;
        for id in orphans {
            whole = false;
            fault(
                ActName {
                    id,
                    command: String::new(),
                    actor: String::new(),
                    recorded_at: String::new(),
                },
                ChainFault::NoAct,
            );
        }
        if since.is_some() && summary.extends.is_none() {
            summary.extends = Some(false);
        }
        if whole {
            summary.head = Some(Head {
                acts: count,
                hash: prev,
            });
        }
        Ok(summary)
    }
}

#[cfg(test)]
mod tests;
