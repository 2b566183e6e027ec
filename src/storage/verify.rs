//! `sengketa verify`: does the register still hold together? Every case row against the
//! history it has, the per-year counts against the cases, the serial counters, and
//! SQLite's own integrity and foreign-key checks (which catch edits made with foreign keys
//! off, as the sqlite3 shell has them by default), and the calendar against its history.

use super::chain::{ActName, ChainFault, ChainSummary, Unexplained};
use super::damage::{Damage, damage_of};
use super::hearings::all_hearings;
use super::recap::{recap_from_stats, recap_scan};
use super::rows::{ALL_EVENTS_SQL, CASE_COLUMNS, case_from_row, event_from_row};
use super::schema::SchemaChange;
use super::track::all_appeals;
use super::{Register, WRITE, db, schema};
use crate::domain::appeal::Track;
use crate::domain::calendar::{self, CalendarDay, ReplayFault};
use crate::domain::case::{EventRecord, recorded};
use crate::domain::chain::HeadRef;
use crate::domain::lifecycle::replay;
use crate::domain::recap::{PaperRow, paper_counts};
use crate::domain::{BodyChange, Date, DomainError, State};
use crate::error::Result;
use std::collections::{BTreeMap, BTreeSet};

/// What `verify` checked, besides the problems it reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// How many cases were checked.
    pub cases: u64,
    /// What the walk of the hash chain found.
    pub chain: ChainSummary,
}

/// The next event of the whole-history pass, with its case's id; an event that cannot be
/// read is its damage, to report (issue 11: verify stopped, exit 70).
fn next_event(rows: &mut rusqlite::Rows) -> Result<Option<(i64, Result<EventRecord, Damage>)>> {
    match rows.next().map_err(db)? {
        Some(r) => Ok(Some((r.get(15).map_err(db)?, readable(event_from_row(r))?))),
        None => Ok(None),
    }
}

/// A value read, or the damage that kept it from being read; any other error stops.
fn readable<T>(read: rusqlite::Result<T>) -> Result<Result<T, Damage>> {
    match read {
        Ok(v) => Ok(Ok(v)),
        Err(e) => match damage_of(&e) {
            Some(d) => Ok(Err(d)),
            None => Err(db(e)),
        },
    }
}

/// `part` of the checks, or, when a value it needs cannot be read, that damage reported
/// and nothing of it checked.
fn or_report<T>(part: Result<T>, problem: &mut impl FnMut(Problem)) -> Result<Option<T>> {
    match part {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.kind == crate::error::Kind::Unavailable => {
            problem(Problem::CannotCheck(e.message));
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Something `verify` found that does not hold together; the command layer words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A line of SQLite's own integrity check.
    Integrity(String),
    /// A stored value that cannot be read (written by other means).
    Unreadable(Damage),
    /// A part of the checks that could not run: what stopped it, in words.
    CannotCheck(String),
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
    /// The case's service date or appeals differ from what its history leads to.
    Appeals {
        case: String,
    },
    /// The case's void differs from what its history leads to (`stored`: void or not).
    Void {
        case: String,
        stored: bool,
    },
    /// A change of the bodies' history that does not follow from the bodies before it.
    BodyHistory {
        id: i64,
        act_id: i64,
        change: BodyChange,
    },
    /// A body (or its name key) differs from what the bodies' history leads to.
    BodyDiffers {
        body: String,
    },
    /// An alias differs from what the bodies' history leads to.
    AliasDiffers {
        alias: String,
    },
    /// A case on a body merged into another.
    OnMergedBody {
        case: String,
        body: String,
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
    /// A serial counter ahead of the serials handed out (the next case's number skips).
    SerialAhead {
        year: i64,
        last: i64,
        taken: i64,
    },
    /// The register's schema differs from the one this version makes.
    Schema {
        kind: String,
        name: String,
        change: SchemaChange,
    },
    /// An act that does not match its hash, or has none, or a hash without its act.
    Chain {
        act: ActName,
        fault: ChainFault,
    },
    /// A case's particulars are not what its corrections left.
    Particulars(Unexplained),
    /// A setting differs from what its history leads to (`None`: not set).
    Setting {
        key: String,
        stored: Option<String>,
        replayed: Option<String>,
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
        super::chain::commit(tx)
    }

    /// Reports each problem found through `problem`; returns how many cases were checked
    /// and what the walk of the hash chain found (with `since`: whether the register
    /// extends that head). One read transaction: a clerk writing meanwhile changes nothing
    /// it sees.
    pub fn verify(
        &self,
        since: Option<&HeadRef>,
        mut problem: impl FnMut(Problem),
    ) -> Result<Verified> {
        let snapshot = self.conn.unchecked_transaction().map_err(db)?;
        let c: &rusqlite::Connection = &snapshot;
        // The snapshot starts at the first read.
        c.query_row("SELECT count(*) FROM acts", [], |_| Ok(()))
            .map_err(db)?;
        for (kind, name, change) in schema::differences(c).map_err(db)? {
            problem(Problem::Schema { kind, name, change });
        }
        let mut unexplained = Vec::new();
        let chain = self.walk_chain(
            since,
            &mut |act, fault| problem(Problem::Chain { act, fault }),
            &mut |u| unexplained.push(u),
        )?;
        for u in unexplained {
            problem(Problem::Particulars(u));
        }
        let checked = self.verify_rows(&mut problem)?;
        self.verify_settings(&mut problem)?;
        drop(snapshot);
        Ok(Verified {
            cases: checked,
            chain,
        })
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

    /// The cases against their history, the counts, the serials, the calendar.
    fn verify_rows(&self, mut problem: impl FnMut(Problem)) -> Result<u64> {
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
        let mut hearings = or_report(all_hearings(c), &mut problem)?;
        let mut appeals = or_report(all_appeals(c), &mut problem)?;
        let mut rows = cases.query([]).map_err(db)?;
        let mut checked = 0;
        while let Some(row) = rows.next().map_err(db)? {
            let id: i64 = row.get(0).map_err(db)?;
            let case = readable(case_from_row(row))?;
            checked += 1;
            let mut history = Vec::new();
            let mut damaged = false;
            while let Some((case_id, event)) = pending.take() {
                if case_id > id {
                    pending = Some((case_id, event));
                    break;
                }
                match event {
                    Ok(e) if case_id == id => history.push(e),
                    Ok(_) => {}
                    Err(d) => {
                        problem(Problem::Unreadable(d));
                        damaged |= case_id == id;
                    }
                }
                pending = next_event(&mut event_rows)?;
            }
            let case = match case {
                Ok(case) => case,
                Err(d) => {
                    problem(Problem::Unreadable(d));
                    continue;
                }
            };
            if damaged {
                continue;
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
                    let stored = hearings
                        .as_mut()
                        .map(|h| h.remove(&case.id).unwrap_or_default());
                    if stored.is_some_and(|stored| r.hearings != stored) {
                        problem(Problem::Hearings {
                            case: case.register_no.clone(),
                        });
                    }
                    let track = appeals.as_mut().map(|a| Track {
                        served_on: case.served_on,
                        appeals: a.remove(&case.id).unwrap_or_default(),
                    });
                    if track.is_some_and(|track| r.track != track) {
                        problem(Problem::Appeals {
                            case: case.register_no.clone(),
                        });
                    }
                    if r.void != case.void {
                        problem(Problem::Void {
                            case: case.register_no.clone(),
                            stored: case.void.is_some(),
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

        // The bodies and their aliases are the replay of their history; no case is on a
        // body merged into another.
        let (replayed, faults) = super::bodies::replayed(c)?;
        for f in faults {
            problem(Problem::BodyHistory {
                id: f.id,
                act_id: f.act_id,
                change: f.change,
            });
        }
        let (stored, bad_keys) = super::bodies::stored(c)?;
        let mut differs: BTreeSet<String> = bad_keys.into_iter().collect();
        for (id, b) in &stored.bodies {
            if replayed.bodies.get(id) != Some(b) {
                differs.insert(b.name.clone());
            }
        }
        for (id, b) in &replayed.bodies {
            if !stored.bodies.contains_key(id) {
                differs.insert(b.name.clone());
            }
        }
        for body in differs {
            problem(Problem::BodyDiffers { body });
        }
        let mut aliases: BTreeSet<String> = BTreeSet::new();
        for (key, a) in stored.aliases.iter().chain(&replayed.aliases) {
            if stored.aliases.get(key) != replayed.aliases.get(key) {
                aliases.insert(a.0.clone());
            }
        }
        for alias in aliases {
            problem(Problem::AliasDiffers { alias });
        }
        for (case, body) in super::bodies::cases_on_merged_bodies(c)? {
            problem(Problem::OnMergedBody { case, body });
        }

        // The per-year counts the recap reads, against a count of the cases.
        let counted = or_report(
            self.paper_rows(&recap_scan(), rusqlite::params![0, 9999, "9999-12-31"]),
            &mut problem,
        )?
        .unwrap_or_default();
        let kept = or_report(
            self.paper_rows(&recap_from_stats(), rusqlite::params![0, 9999]),
            &mut problem,
        )?
        .unwrap_or_default();
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
        // ... nor ahead of them: a counter moved up would make the next number skip.
        let mut ahead = c
            .prepare(
                "SELECT year, last, taken FROM (SELECT s.year, s.last, coalesce((SELECT
                 max(c.serial) FROM cases c WHERE c.year = s.year), 0) AS taken FROM serials s)
                 WHERE last > taken ORDER BY year",
            )
            .map_err(db)?;
        let rows = ahead
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(db)?;
        for row in rows {
            let (year, last, taken) = row.map_err(db)?;
            problem(Problem::SerialAhead { year, last, taken });
        }

        // The calendar is the replay of its history.
        let Some(changes) = or_report(super::calendar::changes(c), &mut problem)? else {
            return Ok(checked);
        };
        let Some(days) = or_report(self.calendar_days(None), &mut problem)? else {
            return Ok(checked);
        };
        let (mut replayed, faults) = calendar::replay(changes);
        for f in faults {
            problem(Problem::CalendarHistory(f));
        }
        let mut differs = Vec::new();
        for stored in days {
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
            .execute_batch(
                "PRAGMA foreign_keys = OFF; DROP TRIGGER bodies_never_deleted; DELETE FROM bodies;",
            )
            .unwrap();
        let mut problems = Vec::new();
        let mut written = false;
        reg.verify(None, |p| {
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
            problems.iter().all(|p| matches!(
                p,
                Problem::ForeignKey { .. }
                    | Problem::Schema { .. }
                    | Problem::Chain { .. }
                    | Problem::BodyDiffers { .. }
            )),
            "{problems:?}"
        );
        // Run again, it sees the change.
        let mut again = Vec::new();
        reg.verify(None, |p| again.push(p)).unwrap();
        assert!(
            again.iter().any(|p| matches!(p, Problem::Count { .. })),
            "{again:?}"
        );
    }
}
