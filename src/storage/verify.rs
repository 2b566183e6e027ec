//! `sengketa verify`: does the register still hold together? Every case row against the
//! history it has, the per-year counts against the cases, the serial counters, and
//! SQLite's own integrity and foreign-key checks (which catch edits made with foreign keys
//! off, as the sqlite3 shell has them by default), and the calendar against its history.

use super::hearings::all_hearings;
use super::recap::{recap_from_stats, recap_scan};
use super::rows::{ALL_EVENTS_SQL, CASE_COLUMNS, case_from_row, event_from_row};
use super::{Register, WRITE, db, schema};
use crate::domain::calendar::{self, CalendarDay, ReplayFault};
use crate::domain::case::{EventRecord, recorded};
use crate::domain::lifecycle::replay;
use crate::domain::recap::{PaperRow, paper_counts};
use crate::domain::{Date, DomainError, State};
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

/// Something `verify` found that does not hold together; the command layer words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A line of SQLite's own integrity check.
    Integrity(String),
    /// A row pointing at a missing row (written with foreign keys off).
    ForeignKey {
        table: String,
        row: Option<i64>,
        parent: String,
    },
    NoHistory {
        case: String,
    },
    /// A history the lifecycle cannot replay.
    Unreplayable(DomainError),
    /// The case row differs from what its history leads to.
    Differs {
        case: String,
        stored: State,
        replayed: State,
        differences: Vec<String>,
    },
    /// The case's hearings differ from what its history leads to.
    Hearings {
        case: String,
    },
    /// A per-year counter the recap reads differs from a count of the cases.
    Count {
        year: i32,
        key: &'static str,
        kept: i64,
        counted: i64,
    },
    /// A serial counter behind a serial handed out.
    Serial {
        year: i64,
        last: i64,
        taken: i64,
    },
    /// A change of the calendar's history that does not follow from the calendar before it.
    CalendarHistory(ReplayFault),
    /// A day of the calendar differs from what its history leads to (`None`: no such day).
    CalendarDiffers {
        date: Date,
        stored: Option<CalendarDay>,
        replayed: Option<CalendarDay>,
    },
}

impl Register {
    /// Counts the per-year counters the recap reads afresh from the cases, in one
    /// transaction. Only they change: they are derived from the cases, which, with their
    /// history, are the record and are not touched.
    pub fn recount_year_stats(&mut self) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        tx.execute_batch("DELETE FROM year_stats").map_err(db)?;
        tx.execute_batch(&schema::recount_year_stats())
            .map_err(db)?;
        tx.commit().map_err(db)
    }

    /// Reports each problem found through `problem`; returns how many cases were checked.
    pub fn verify(&self, mut problem: impl FnMut(Problem)) -> Result<u64> {
        // One read transaction: every check sees the same state of the register. Without
        // it each statement saw its own, and a clerk's step committed between the count of
        // the cases and the read of the kept counts was reported as a difference (found by
        // the crash test, verify running beside writers). Only reads: dropped, it rolls back.
        let _snapshot = self.conn.unchecked_transaction().map_err(db)?;
        let c = &self.conn;
        let mut st = c.prepare("PRAGMA integrity_check").map_err(db)?;
        let rows = st.query_map([], |r| r.get::<_, String>(0)).map_err(db)?;
        for row in rows {
            let row = row.map_err(db)?;
            if row != "ok" {
                problem(Problem::Integrity(row));
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
            let (table, row, parent) = row.map_err(db)?;
            problem(Problem::ForeignKey { table, row, parent });
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
        let mut hearings = all_hearings(c)?;
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
                problem(Problem::NoHistory {
                    case: case.register_no,
                });
                continue;
            }
            let replayed =
                recorded(&case.register_no, &history).and_then(|r| replay(&case.register_no, &r));
            match replayed {
                Err(e) => problem(Problem::Unreplayable(e)),
                Ok(r) => {
                    let stored = hearings.remove(&case.id).unwrap_or_default();
                    if r.hearings != stored {
                        problem(Problem::Hearings {
                            case: case.register_no.clone(),
                        });
                    }
                    if r.facts != case.facts || r.facts.state() != case.state {
                        problem(Problem::Differs {
                            differences: case.facts.differences(&r.facts),
                            case: case.register_no,
                            stored: case.state,
                            replayed: r.facts.state(),
                        })
                    }
                }
            }
        }

        // The per-year counts the recap reads, against a count of the cases.
        let counted = self.paper_rows(&recap_scan(), rusqlite::params![0, 9999, "9999-12-31"])?;
        let kept = self.paper_rows(&recap_from_stats(), rusqlite::params![0, 9999])?;
        let years: BTreeSet<i32> = counted.iter().chain(&kept).map(|r| r.year).collect();
        for year in years {
            let find = |rows: &[PaperRow]| {
                rows.iter()
                    .find(|r| r.year == year)
                    .copied()
                    .unwrap_or_else(|| PaperRow::zero(year))
            };
            let (counted, kept) = (find(&counted), find(&kept));
            for (key, _) in paper_counts() {
                let (k, c) = (kept.get(key), counted.get(key));
                if k != c {
                    problem(Problem::Count {
                        year,
                        key,
                        kept: k.unwrap_or(0),
                        counted: c.unwrap_or(0),
                    });
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
            let (year, taken, last) = row.map_err(db)?;
            problem(Problem::Serial { year, last, taken });
        }

        // The calendar is the replay of its history.
        let (mut replayed, faults) = calendar::replay(super::calendar::changes(c)?);
        for f in faults {
            problem(Problem::CalendarHistory(f));
        }
        let mut differs = Vec::new();
        for stored in self.calendar_days(None)? {
            match replayed.remove(&stored.date) {
                Some(r) if r == stored => {}
                r => differs.push((stored.date, Some(stored), r)),
            }
        }
        differs.extend(replayed.into_values().map(|r| (r.date, None, Some(r))));
        differs.sort_by_key(|(date, _, _)| *date);
        for (date, stored, replayed) in differs {
            problem(Problem::CalendarDiffers {
                date,
                stored,
                replayed,
            });
        }
        Ok(checked)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fresh, stamp};
    use super::*;
    use crate::domain::ApplicantKind;
    use crate::domain::case::NewCase;
    use rusqlite::Connection;

    /// Issue #11 (crash test): `verify` beside a writer reported a difference that no
    /// state of the register had. A change committed while it runs is not seen by it.
    #[test]
    fn verify_reads_one_state_while_another_connection_writes() {
        let (dir, mut reg) = fresh();
        let new = NewCase {
            received_on: crate::domain::Date::parse("2026-03-02").unwrap(),
            applicant: "Budi Santoso".into(),
            applicant_kind: ApplicantKind::Individual,
            body: "Dinas Pendidikan".into(),
            subject: "RKA".into(),
            register_no: None,
        };
        reg.add_case(&new, &stamp()).unwrap();
        // A problem early in the checks (a public body deleted behind a case's back, as the
        // sqlite3 shell allows), so that the checks call back while they run.
        let other = Connection::open(dir.path().join("r.db")).unwrap();
        other
            .execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM bodies;")
            .unwrap();
        let mut problems = Vec::new();
        let mut written = false;
        reg.verify(|p| {
            if !written {
                // Another process's change, committed while verify runs: a kept count
                // the cases do not give (what `verify --repair` would mend).
                other
                    .execute("UPDATE year_stats SET entered = entered + 1", [])
                    .unwrap();
                written = true;
            }
            problems.push(p)
        })
        .unwrap();
        assert!(written);
        assert!(
            problems
                .iter()
                .all(|p| matches!(p, Problem::ForeignKey { .. })),
            "{problems:?}"
        );
        // Run again, it sees the change.
        let mut again = Vec::new();
        reg.verify(|p| again.push(p)).unwrap();
        assert!(
            again.iter().any(|p| matches!(p, Problem::Count { .. })),
            "{again:?}"
        );
    }
}
