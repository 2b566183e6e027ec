//! `sengketa verify`: does the register still hold together? Every case row against the
//! history it has, the per-year counts against the cases, the serial counters, and
//! SQLite's own integrity and foreign-key checks (which catch edits made with foreign keys
//! off, as the sqlite3 shell has them by default).

use super::cases::{ALL_EVENTS_SQL, CASE_COLUMNS, EventRecord, case_from_row, event_from_row};
use super::recap::{RECAP_FROM_STATS, RECAP_SCAN};
use super::{Register, db};
use crate::domain::lifecycle::{Recorded, replay};
use crate::domain::recap::PaperRow;
use crate::error::Result;
use std::collections::BTreeSet;

/// The next event of the whole-history pass, with its case's id.
fn next_event(rows: &mut rusqlite::Rows) -> Result<Option<(i64, EventRecord)>> {
    match rows.next().map_err(db)? {
        Some(r) => Ok(Some((
            r.get(15).map_err(db)?,
            event_from_row(r).map_err(db)?,
        ))),
        None => Ok(None),
    }
}

impl Register {
    /// Reports each problem found through `problem`; returns how many cases were checked.
    pub fn verify(&self, mut problem: impl FnMut(String)) -> Result<u64> {
        let c = &self.conn;
        let mut st = c.prepare("PRAGMA integrity_check").map_err(db)?;
        let rows = st.query_map([], |r| r.get::<_, String>(0)).map_err(db)?;
        for row in rows {
            let row = row.map_err(db)?;
            if row != "ok" {
                problem(format!("SQLite integrity: {row}"));
            }
        }
        let mut st = c.prepare("PRAGMA foreign_key_check").map_err(db)?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .map_err(db)?;
        for row in rows {
            let (table, rowid, parent) = row.map_err(db)?;
            let at = rowid.map(|r| format!(" (row {r})")).unwrap_or_default();
            problem(format!(
                "a row of {table}{at} points at a missing row of {parent}"
            ));
        }

        // Every case against its history: one pass over the cases and one over the events,
        // both in case order, merged (no query per case).
        let mut cases = c
            .prepare(&format!(
                "SELECT {CASE_COLUMNS} FROM cases c JOIN bodies b ON b.id = c.body_id ORDER BY c.id"
            ))
            .map_err(db)?;
        let mut events = c.prepare(ALL_EVENTS_SQL).map_err(db)?;
        let mut event_rows = events.query([]).map_err(db)?;
        let mut pending = next_event(&mut event_rows)?;
        let mut rows = cases.query([]).map_err(db)?;
        let mut checked = 0;
        while let Some(row) = rows.next().map_err(db)? {
            let case = case_from_row(row).map_err(db)?;
            checked += 1;
            let mut history = Vec::new();
            while let Some((case_id, event)) = pending.take() {
                if case_id > case.id {
                    pending = Some((case_id, event));
                    break;
                }
                if case_id == case.id {
                    history.push(event);
                }
                pending = next_event(&mut event_rows)?;
            }
            if history.is_empty() {
                problem(format!("case {}: it has no history", case.register_no));
                continue;
            }
            let recorded: Vec<Recorded> = history.iter().map(EventRecord::recorded).collect();
            match replay(&case.register_no, &recorded) {
                Err(e) => problem(format!("case {}: {e}", case.register_no)),
                Ok((facts, _)) if facts != case.facts || facts.state() != case.state => {
                    problem(format!(
                        "case {}: the register says {}, its history leads to {} ({})",
                        case.register_no,
                        case.state,
                        facts.state(),
                        case.facts.differences(&facts).join("; ")
                    ))
                }
                Ok(_) => {}
            }
        }

        // The per-year counts the recap reads, against a count of the cases.
        let counted = self.paper_rows(RECAP_SCAN, rusqlite::params![0, 9999, "9999-12-31"])?;
        let kept = self.paper_rows(RECAP_FROM_STATS, rusqlite::params![0, 9999])?;
        let years: BTreeSet<i32> = counted.iter().chain(&kept).map(|r| r.year).collect();
        for year in years {
            let find = |rows: &[PaperRow]| {
                rows.iter()
                    .find(|r| r.year == year)
                    .copied()
                    .unwrap_or_else(|| PaperRow::zero(year))
            };
            let (counted, kept) = (find(&counted), find(&kept));
            for key in [
                "entered",
                "not_qualified",
                "qualified",
                "withdrawn",
                "interim_ruling",
                "done",
            ] {
                let (k, c) = (kept.get(key), counted.get(key));
                if k != c {
                    problem(format!(
                        "{year}: the recap's kept count of {key} is {}, the cases give {}",
                        k.unwrap_or(0),
                        c.unwrap_or(0)
                    ));
                }
            }
        }

        // Serial counters never behind the serials handed out.
        let mut behind = c
            .prepare(
                "SELECT c.year, max(c.serial), coalesce(s.last, 0) FROM cases c
                 LEFT JOIN serials s ON s.year = c.year GROUP BY c.year
                 HAVING max(c.serial) > coalesce(s.last, 0)",
            )
            .map_err(db)?;
        let rows = behind
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .map_err(db)?;
        for row in rows {
            let (year, max, last) = row.map_err(db)?;
            problem(format!(
                "the serial counter of {year} stands at {last}, but serial {max} is taken"
            ));
        }
        Ok(checked)
    }
}
