//! How an act's rows are read back to be hashed: through the indexes by act for most acts,
//! by scanning the tables in their key order for an act that wrote about as many events
//! as the register has cases (an import), where a seek per row costs more than reading
//! every row once. Both ways give the same rows in the same order, so the same hash (a
//! test reads every act of a register both ways).

use super::{ACT_ROWS, ActRows};
use crate::error::Result;
use crate::storage::db;
use rusqlite::Connection;
use std::sync::OnceLock;

/// How an act's rows are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Through the index on each table's `act_id`: a seek per row, none for the rows of
    /// other acts.
    ByIndex,
    /// By a scan of the events (and of the steps kept by event) in key order: every row
    /// read once, those of other acts too.
    ByScan,
}

/// Below this many events an act is read through the indexes, whatever its share.
const SCAN_FROM: i64 = 10_000;

/// The tables kept in the order their rows are hashed in (`WITHOUT ROWID`, keyed by
/// `case_id, seq`), which a scan reads in that order without sorting.
pub(super) const IN_HASH_ORDER: &[&str] = &["events", "hearing_steps"];

/// The columns of an act's case entries (`super::entries` reads them by position; the
/// corrections' details follow them when read through the indexes).
macro_rules! entry_columns {
    () => {
        "SELECT c.id, c.year, c.serial, coalesce(c.receipt_no, c.register_no), c.received_on, \
         c.applicant, c.applicant_kind, b.name, c.subject"
    };
}

impl Reading {
    /// The way to read act `id`: by scan when it wrote at least [`SCAN_FROM`] events and
    /// as many as the register has cases (about where a scan of the events costs less than a
    /// seek for each of the act's).
    pub(crate) fn of(conn: &Connection, id: i64) -> Result<Reading> {
        let count = |sql: &str, arg: Option<i64>| -> Result<i64> {
            let mut st = conn.prepare_cached(sql).map_err(db)?;
            match arg {
                Some(a) => st.query_row([a], |r| r.get(0)),
                None => st.query_row([], |r| r.get(0)),
            }
            .map_err(db)
        };
        let events = count("SELECT count(*) FROM events WHERE act_id = ?1", Some(id))?;
        if events < SCAN_FROM {
            return Ok(Reading::ByIndex);
        }
        let cases = count("SELECT coalesce(max(id), 0) FROM cases", None)?;
        Ok(if events >= cases {
            Reading::ByScan
        } else {
            Reading::ByIndex
        })
    }

    /// The cases act `?1` added (its events numbered 1), in case order, with what is
    /// needed to rebuild each one's entry, its corrections' details last. A case numbered
    /// at registration was entered under its receipt reference (its number is hashed with
    /// its registration, in `register_numbers`). By scan: every case, without its
    /// corrections, which `super::entries` finds in one pass over the events beside it
    /// (a query per case for them, and one to find its first event, were most of the
    /// time of an import's entries).
    pub(crate) fn case_entries_sql(self) -> &'static str {
        match self {
            Reading::ByIndex => concat!(
                entry_columns!(),
                ", (SELECT json_group_array(x.detail ORDER BY x.seq) FROM events x \
                 WHERE x.case_id = c.id AND x.kind = 'edit') \
                 FROM events e JOIN cases c ON c.id = e.case_id JOIN bodies b ON b.id = c.body_id \
                 WHERE e.act_id = +?1 AND e.seq = 1 ORDER BY e.case_id"
            ),
            Reading::ByScan => concat!(
                entry_columns!(),
                " FROM cases c JOIN bodies b ON b.id = c.body_id ORDER BY c.id"
            ),
        }
    }

    /// [`Reading::rows_sql`] of each table of [`ACT_ROWS`], in its order: made once (the
    /// walk reads every act with them; a string made per table per act was a twentieth of
    /// `verify` on a register its clerks filled, an act per step).
    pub(crate) fn all_rows_sql(self) -> &'static [String] {
        static BY_INDEX: OnceLock<Vec<String>> = OnceLock::new();
        static BY_SCAN: OnceLock<Vec<String>> = OnceLock::new();
        let cell = match self {
            Reading::ByIndex => &BY_INDEX,
            Reading::ByScan => &BY_SCAN,
        };
        cell.get_or_init(|| ACT_ROWS.iter().map(|p| self.rows_sql(p)).collect())
    }

    /// The first act from `?1` on that wrote a row to `part` (NULL for none), through the
    /// index on its act column; `None` for a table found through its events (the act is
    /// the event's: no index finds the next one).
    pub(crate) fn next_writer_sql(part: &ActRows) -> Option<String> {
        (!part.via_event).then(|| {
            format!(
                "SELECT min({by}) FROM {} WHERE {by} >= +?1",
                part.table,
                by = part.by
            )
        })
    }

    /// Every column of `part`'s rows written by act `?1`, in the order they are hashed.
    /// The act's id is compared as `+?1`: SQLite plans `col = ?1` with rows sorted by other
    /// columns for the value bound, and so prepares the statement again for every act
    /// (`an_acts_statements_are_prepared_once`); `+?1` is the same value, with the same
    /// index used (`a_scan_reads_no_index`).
    pub(crate) fn rows_sql(self, part: &ActRows) -> String {
        let scan = self == Reading::ByScan;
        if part.via_event {
            // By scan: the steps' table read whole, each step's event found by its key.
            let join = if scan { "CROSS JOIN" } else { "JOIN" };
            format!(
                "SELECT t.* FROM {} t {join} events e ON e.case_id = t.case_id AND e.seq = t.seq \
                 WHERE {} = +?1 ORDER BY {}",
                part.table, part.by, part.order
            )
        } else {
            // By scan: `+act_id`, which no index can serve. (`NOT INDEXED` does not keep
            // SQLite off the index on `act_id` of a `WITHOUT ROWID` table: the plan was a
            // seek into the table for every index entry, 1.5 s more CPU for the events of
            // a million-case import than the scan; `a_scan_reads_no_index` holds the plan.)
            let how = if scan && IN_HASH_ORDER.contains(&part.table) {
                "+"
            } else {
                ""
            };
            format!(
                "SELECT * FROM {} WHERE {how}{} = +?1 ORDER BY {}",
                part.table, part.by, part.order
            )
        }
    }
}
