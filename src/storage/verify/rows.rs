//! The row checks of `verify`: the cases against their history, the bodies, the counts,
//! the serials, the calendar.

use super::Problem;
use crate::domain::appeal::Appeals;
use crate::domain::case::reads_payload;
use crate::domain::case::{EventRecord, recorded};
use crate::domain::lifecycle::replay;
use crate::domain::recap::days::YearCounts;
use crate::error::Result;
use crate::storage::appeal::all_appeals;
use crate::storage::damage::{Damage, damage_of};
use crate::storage::hearings::all_hearings;
use crate::storage::rows::{
    ALL_EVENTS_SQL, CASE_COLUMNS, ONE_EVENT_SQL, case_from_row, event_from_row,
    event_without_payload,
};
use crate::storage::{Register, db};
use rusqlite::params;
use std::collections::BTreeSet;

/// The next event of the whole-history pass, with its case's id; an event that cannot be
/// read is its damage, to report (not a stop with exit 70, as verify once did). An event
/// of a kind that reads a payload is read again with it (`whole`, [`ONE_EVENT_SQL`]).
fn next_event(
    rows: &mut rusqlite::Rows,
    whole: &mut rusqlite::Statement,
) -> Result<Option<(i64, Result<EventRecord, Damage>)>> {
    let Some(r) = rows.next().map_err(db)? else {
        return Ok(None);
    };
    let case: i64 = r.get(15).map_err(db)?;
    let event = readable(event_without_payload(r))?;
    let event = match event {
        Ok(e) if reads_payload(e.kind) => whole
            .query_row(params![case, e.seq], |r| Ok(readable(event_from_row(r))))
            .map_err(db)??,
        other => other,
    };
    Ok(Some((case, event)))
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
pub(super) fn or_report<T>(
    part: Result<T>,
    problem: &mut impl FnMut(Problem),
) -> Result<Option<T>> {
    match part {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.kind == crate::error::Kind::Unavailable => {
            problem(Problem::CannotCheck(e.message));
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// The tables whose CHECK constraints the quick check leaves to the rest of `verify`:
/// every column of theirs is hashed with its act or recomputed from the history
/// (`coverage.rs`), so a row that breaks one of their CHECKs is found by the hash chain
/// or the replay of its case without them. They are most of the quick check's time (at
/// a million cases about 8 of its 10 s of CPU: dozens of clauses a row, over 4.5 million
/// rows). `verify --deep` checks them too. The test
/// `a_row_that_breaks_a_check_is_found_without_sqlites_checks` breaks each of their
/// clauses in turn and wants the rest of `verify` to find it.
pub(crate) const CHECKED_BY_HISTORY: [&str; 2] = ["cases", "events"];

/// The lines of SQLite's check of the file that are not "ok". The quick check runs over
/// the whole file with the CHECK constraints off, then over each table but
/// [`CHECKED_BY_HISTORY`] with them on (a line both runs give is said once); the deep
/// check runs whole.
fn file_check_lines(c: &rusqlite::Connection, file: super::FileCheck) -> Result<Vec<String>> {
    let run = |sql: &str, lines: &mut Vec<String>| -> Result<()> {
        let mut st = c.prepare(sql).map_err(db)?;
        let rows = st.query_map([], |r| r.get::<_, String>(0)).map_err(db)?;
        for row in rows {
            let row = row.map_err(db)?;
            if row != "ok" && !lines.contains(&row) {
                lines.push(row);
            }
        }
        Ok(())
    };
    let mut lines = Vec::new();
    if file == super::FileCheck::Deep {
        run(file.pragma(), &mut lines)?;
        return Ok(lines);
    }
    c.execute_batch("PRAGMA ignore_check_constraints = ON")
        .map_err(db)?;
    let whole = run(file.pragma(), &mut lines);
    c.execute_batch("PRAGMA ignore_check_constraints = OFF")
        .map_err(db)?;
    whole?;
    let mut st = c
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             ORDER BY name",
        )
        .map_err(db)?;
    let tables: Vec<String> = st
        .query_map([], |r| r.get(0))
        .map_err(db)?
        .collect::<rusqlite::Result<_>>()
        .map_err(db)?;
    for t in tables
        .iter()
        .filter(|t| !CHECKED_BY_HISTORY.contains(&t.as_str()))
    {
        run(
            &format!("{}(\"{}\")", file.pragma(), t.replace('"', "\"\"")),
            &mut lines,
        )?;
    }
    Ok(lines)
}

impl Register {
    /// SQLite's own check of the file, as deep as `file` says, and its foreign-key check.
    pub(super) fn verify_file(&self, file: super::FileCheck) -> Result<Vec<Problem>> {
        let mut found = Vec::new();
        let mut problem = |p| found.push(p);
        let c = &self.conn;
        for line in file_check_lines(c, file)? {
            problem(Problem::Integrity(line));
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
        Ok(found)
    }

    /// Every case against its history; how many cases were checked, and the per-year
    /// counts of the cases read ([`Register::verify_counts`] holds the kept ones to them;
    /// `None` when a case could not be read, which the count in SQL still counts).
    pub(super) fn verify_cases(&self) -> Result<(u64, Vec<Problem>, Option<YearCounts>)> {
        let mut found = Vec::new();
        let mut problem = |p| found.push(p);
        let c = &self.conn;
        // Every case against its history: one pass over the cases and one over the events,
        // both in case order, merged (no query per case).
        let mut cases = c
            .prepare(&format!(
                "SELECT {CASE_COLUMNS} FROM cases c JOIN bodies b ON b.id = c.body_id ORDER BY c.id"
            ))
            .map_err(db)?;
        let mut events = c.prepare(ALL_EVENTS_SQL).map_err(db)?;
        let mut whole = c.prepare(ONE_EVENT_SQL).map_err(db)?;
        let mut event_rows = events.query([]).map_err(db)?;
        let mut pending = next_event(&mut event_rows, &mut whole)?;
        let mut hearings = or_report(all_hearings(c), &mut problem)?;
        let mut appeals = or_report(all_appeals(c), &mut problem)?;
        let numbers = or_report(
            crate::storage::intake::all_register_numbers(c),
            &mut problem,
        )?;
        let mut rows = cases.query([]).map_err(db)?;
        let mut checked = 0;
        let mut days = crate::domain::recap::days::DayCounts::new();
        let mut years = Some(YearCounts::new());
        // One vector for every case's history, emptied case by case.
        let mut history = Vec::new();
        while let Some(row) = rows.next().map_err(db)? {
            let id: i64 = row.get(0).map_err(db)?;
            let case = readable(case_from_row(row))?;
            checked += 1;
            history.clear();
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
                pending = next_event(&mut event_rows, &mut whole)?;
            }
            let case = match case {
                Ok(case) => case,
                Err(d) => {
                    problem(Problem::Unreadable(d));
                    years = None;
                    continue;
                }
            };
            days.count(case.year, &case, case.facts.received_on);
            if let Some(y) = &mut years {
                y.count(case.year, &case);
            }
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
                    let stored = appeals.as_mut().map(|a| Appeals {
                        served_on: case.served_on,
                        filed: a.remove(&case.id).unwrap_or_default(),
                    });
                    if stored.is_some_and(|stored| r.appeals != stored) {
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
                    // A case numbered at registration: named by its receipt, or by the
                    // number its registration in force gave.
                    let named = match (&case.receipt_no, &numbers) {
                        (Some(receipt), Some(numbers)) => {
                            let standing = registration_in_force(&history);
                            let want = standing
                                .and_then(|seq| numbers.get(&(case.id, seq)))
                                .unwrap_or(receipt);
                            *want == case.register_no
                        }
                        _ => true,
                    };
                    if r.facts != case.facts
                        || r.facts.state() != case.state
                        || r.intake != case.intake
                        || r.mediation != case.mediation
                        || !named
                    {
                        // Named only for a case that differs: words for every fact of
                        // every case were a tenth of the pass.
                        let mut differences = case.facts.differences(&r.facts);
                        // Intake and mediation are kept on the row like the facts.
                        for (what, same) in [
                            ("intake", r.intake == case.intake),
                            ("mediation", r.mediation == case.mediation),
                            ("register_no", named),
                        ] {
                            if !same {
                                differences.push(what.to_string());
                            }
                        }
                        problem(Problem::Differs {
                            differences,
                            case: case.register_no,
                            stored: case.state,
                            replayed: r.facts.state(),
                        })
                    }
                }
            }
        }
        // The per-day counts kept against those of the cases read, in the same state.
        self.verify_day_stats(days, &mut problem)?;
        Ok((checked, found, years))
    }

    /// The bodies (through `bodies`), then the serials and the calendar (through
    /// `problem`): the per-year counts, said between them, are [`Register::verify_counts`].
    pub(super) fn verify_rest(
        &self,
        mut bodies: impl FnMut(Problem),
        mut problem: impl FnMut(Problem),
    ) -> Result<()> {
        let c = &self.conn;
        // The bodies and their aliases are the replay of their history; no case is on a
        // body merged into another.
        let (replayed, faults) = crate::storage::bodies::replayed(c)?;
        for f in faults {
            bodies(Problem::BodyHistory {
                id: f.id,
                act_id: f.act_id,
                change: f.change,
            });
        }
        let (stored, bad_keys) = crate::storage::bodies::stored(c)?;
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
            bodies(Problem::BodyDiffers { body });
        }
        let mut aliases: BTreeSet<String> = BTreeSet::new();
        for (key, a) in stored.aliases.iter().chain(&replayed.aliases) {
            if stored.aliases.get(key) != replayed.aliases.get(key) {
                aliases.insert(a.0.clone());
            }
        }
        for alias in aliases {
            bodies(Problem::AliasDiffers { alias });
        }
        for (case, body) in crate::storage::bodies::cases_on_merged_bodies(c)? {
            bodies(Problem::OnMergedBody { case, body });
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
        self.verify_calendar(&mut problem)?;
        Ok(())
    }
}

/// The registration of a history that stands (not undone), by its number in the history.
fn registration_in_force(history: &[EventRecord]) -> Option<i64> {
    let undone: BTreeSet<i64> = history.iter().filter_map(|e| e.reverts).collect();
    history
        .iter()
        .rev()
        .find(|e| e.kind == crate::domain::EventKind::Register && !undone.contains(&e.seq))
        .map(|e| e.seq)
}
