//! The hash chain of the history (`src/domain/chain.rs` says how an act is written
//! down): which rows belong to an act, reading them back by the act's id, and walking
//! the chain for `verify` (`seal.rs` writes the hashes).
//!
//! An act's hash is computed from what the register holds, read back the same way when
//! it is sealed and when it is checked: one code path, so a hash that once matched
//! matches until something it covers changes.

use super::{Register, db};
use crate::domain::chain::{ChainHash, Head, HeadRef, Value};
use crate::error::Result;
use rusqlite::types::ValueRef;
use std::collections::BTreeSet;

pub(crate) use super::seal::{commit, seal};
pub use found::{ActName, ChainFault, ChainSummary};
pub(crate) use reader::ActReader;
pub(crate) use reading::Reading;

mod entries;
mod found;
mod reader;
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
