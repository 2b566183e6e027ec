//! The calendar of non-working days: the shipped data file that seeds a register, the
//! reads (the days, and the working-day [`Calendar`] the deadlines count with), and the
//! writes, each one transaction with its act and its rows of `calendar_changes`.

use super::damage::{Place, lossy, name_it};
use super::rows::word;
use super::writes::insert_act;
use super::{COLLECTIVE_LEAVE, Register, WRITE, db};
use crate::domain::calendar::{COLUMNS, CalendarDay, RawDay, change_for, parse_day};
use crate::domain::case::{Clock, Stamp};
use crate::domain::error::TextField;
use crate::domain::workdays::Calendar;
use crate::domain::{ActKind, CalendarChange, Date, DayKind, DomainError};
use crate::error::Result;
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::sync::OnceLock;

/// Indonesia's national public holidays and collective leave days, 2008-2027, each year
/// citing its decree (data/holidays-id.sources.md; checked by data/check_holidays.py).
const SHIPPED: &str = include_str!("../../data/holidays-id.csv");
/// Where the shipped calendar comes from, as the seed's act names it.
const SHIPPED_NAME: &str = "data/holidays-id.csv";

/// Who records the seeding of the calendar: the program, not a clerk.
const SEED_ACTOR: &str = "sengketa";

/// The shipped calendar, read once. The file is part of the program: a row that does not
/// read is a bug, caught by the unit test below.
pub fn shipped() -> &'static [CalendarDay] {
    static DAYS: OnceLock<Vec<CalendarDay>> = OnceLock::new();
    DAYS.get_or_init(|| {
        let mut rdr = csv::Reader::from_reader(SHIPPED.as_bytes());
        let header = rdr
            .headers()
            .expect("the shipped calendar's header")
            .clone();
        assert_eq!(
            header.iter().collect::<Vec<_>>(),
            COLUMNS,
            "the shipped calendar's header"
        );
        rdr.records()
            .map(|rec| {
                let rec = rec.expect("a CSV record of the shipped calendar");
                let raw: RawDay = rec
                    .deserialize(Some(&header))
                    .expect("a row of the shipped calendar");
                parse_day(&raw).unwrap_or_else(|faults| {
                    panic!("the shipped calendar's row {raw:?} is invalid: {faults:?}")
                })
            })
            .collect()
    })
}

/// The note of the seed's act: the file and the years it covers.
fn seed_note(days: &[CalendarDay]) -> String {
    let years = days.iter().map(|d| d.date.year());
    let (first, last) = (years.clone().min(), years.max());
    format!(
        "seeded from {SHIPPED_NAME} ({}-{})",
        first.unwrap_or_default(),
        last.unwrap_or_default()
    )
}

/// Gives a register whose calendar is empty the shipped one, as one `calendar_seed` act,
/// inside the caller's transaction (the creation or the migration of the register).
pub(super) fn seed(conn: &Connection, now: &Clock) -> Result<()> {
    let empty: bool = conn
        .query_row("SELECT NOT EXISTS (SELECT 1 FROM calendar)", [], |r| {
            r.get(0)
        })
        .map_err(db)?;
    if !empty {
        return Ok(());
    }
    let days = shipped();
    let stamp = now.stamp(SEED_ACTOR, None);
    let act = insert_act(conn, &stamp, ActKind::CalendarSeed, Some(&seed_note(days)))?;
    for day in days {
        write_change(conn, act, CalendarChange::Add, day, None)?;
    }
    Ok(())
}

/// Records one change in the calendar's history, then makes it (the schema's triggers
/// want the history first).
fn write_change(
    conn: &Connection,
    act: i64,
    change: CalendarChange,
    day: &CalendarDay,
    reason: Option<&str>,
) -> Result<()> {
    // The last guard of the text rules, whatever path the values came by.
    TextField::DayName.check(&day.name_id)?;
    TextField::DayNameEn.check(&day.name_en)?;
    TextField::DaySource.check(&day.source)?;
    reason.map_or(Ok(()), |r| TextField::RemoveReason.check(r))?;
    conn.prepare_cached(
        "INSERT INTO calendar_changes (act_id, date, change, kind, name_id, name_en, source, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )
    .and_then(|mut st| {
        st.execute(params![
            act,
            day.date,
            change.as_str(),
            day.kind.as_str(),
            day.name_id,
            day.name_en,
            day.source,
            reason
        ])
    })
    .map_err(db)?;
    let sql = match change {
        CalendarChange::Add => {
            "INSERT INTO calendar (date, kind, name_id, name_en, source) VALUES (?1, ?2, ?3, ?4, ?5)"
        }
        CalendarChange::Update => {
            "UPDATE calendar SET kind = ?2, name_id = ?3, name_en = ?4, source = ?5 WHERE date = ?1"
        }
        CalendarChange::Remove => {
            return conn
                .prepare_cached("DELETE FROM calendar WHERE date = ?1")
                .and_then(|mut st| st.execute([day.date]))
                .map(drop)
                .map_err(db);
        }
    };
    conn.prepare_cached(sql)
        .and_then(|mut st| {
            st.execute(params![
                day.date,
                day.kind.as_str(),
                day.name_id,
                day.name_en,
                day.source
            ])
        })
        .map(drop)
        .map_err(db)
}

pub(super) const DAY_COLUMNS: &str = "date, kind, name_id, name_en, source";

/// A day from a row of [`DAY_COLUMNS`] (from column `at` on).
pub(super) fn day_from_row(r: &Row, at: usize) -> rusqlite::Result<CalendarDay> {
    day_fields(r, at).map_err(|e| {
        let place = || Place::Day(lossy(r, at).unwrap_or_default());
        name_it(r, place, e)
    })
}

fn day_fields(r: &Row, at: usize) -> rusqlite::Result<CalendarDay> {
    Ok(CalendarDay {
        date: r.get(at)?,
        kind: word(r, at + 1, DayKind::parse)?,
        name_id: r.get(at + 2)?,
        name_en: r.get(at + 3)?,
        source: r.get(at + 4)?,
    })
}

/// The calendar's day of `date`, if it has one.
pub(crate) fn day_at(conn: &Connection, date: Date) -> Result<Option<CalendarDay>> {
    conn.prepare_cached(&format!(
        "SELECT {DAY_COLUMNS} FROM calendar WHERE date = ?1"
    ))
    .and_then(|mut st| st.query_row([date], |r| day_from_row(r, 0)).optional())
    .map_err(db)
}

/// What `calendar import` did: days added, days given new values, days already as given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
}

/// [`Register::calendar`] on a connection (inside a write's transaction).
pub(crate) fn calendar_in(conn: &Connection) -> Result<Calendar> {
    let leave_is_working = conn
        .query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [COLLECTIVE_LEAVE],
            |r| r.get::<_, String>(0),
        )
        .optional()
        .map_err(db)?
        .is_some_and(|v| v == "working");
    let mut st = conn
        .prepare(&format!("SELECT {DAY_COLUMNS} FROM calendar ORDER BY date"))
        .map_err(db)?;
    let days: Vec<CalendarDay> = st
        .query_map([], |r| day_from_row(r, 0))
        .map_err(db)?
        .collect::<rusqlite::Result<_>>()
        .map_err(db)?;
    Ok(Calendar::new(
        days.into_iter().map(|d| (d.date, d.kind)),
        leave_is_working,
    ))
}

impl Register {
    /// The calendar's days in date order: all, or those of one year.
    pub fn calendar_days(&self, year: Option<i32>) -> Result<Vec<CalendarDay>> {
        let (from, to) = match year {
            Some(y) => (format!("{y:04}-01-01"), format!("{y:04}-12-31")),
            None => (String::new(), "~".into()),
        };
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {DAY_COLUMNS} FROM calendar WHERE date BETWEEN ?1 AND ?2 ORDER BY date"
            ))
            .map_err(db)?;
        st.query_map([from, to], |r| day_from_row(r, 0))
            .map_err(db)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db)
    }

    /// The commission's working days: its calendar, with collective leave counted as the
    /// `collective-leave` setting says. The deadlines count with this.
    pub fn calendar(&self) -> Result<Calendar> {
        calendar_in(&self.conn)
    }

    /// Adds a day the calendar does not have yet (one that it has is refused: remove it
    /// first, or import the new values).
    pub fn calendar_add(&mut self, day: &CalendarDay, stamp: &Stamp) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        if let Some(there) = day_at(&tx, day.date)? {
            return Err(DomainError::DayTaken {
                date: there.date,
                kind: there.kind,
                name: there.name_id,
            }
            .into());
        }
        let act = insert_act(&tx, stamp, ActKind::CalendarAdd, stamp.note.as_deref())?;
        write_change(&tx, act, CalendarChange::Add, day, None)?;
        super::chain::commit(tx)
    }

    /// Removes a day from the calendar, for `reason`; returns the day removed.
    pub fn calendar_remove(
        &mut self,
        date: Date,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<CalendarDay> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let day = day_at(&tx, date)?.ok_or(DomainError::NoSuchDay(date))?;
        let act = insert_act(&tx, stamp, ActKind::CalendarRemove, stamp.note.as_deref())?;
        write_change(&tx, act, CalendarChange::Remove, &day, Some(reason))?;
        super::chain::commit(tx)?;
        Ok(day)
    }

    /// Brings every day of `days` into the calendar, all in one act: a date it lacks is
    /// added, one it has with other values updated, one it has as given left alone. When
    /// nothing changes nothing is written (no act either). The dates must be distinct.
    pub fn calendar_import(&mut self, days: &[CalendarDay], stamp: &Stamp) -> Result<ImportCounts> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let mut counts = ImportCounts::default();
        let mut act = None;
        for day in days {
            let Some(change) = change_for(day_at(&tx, day.date)?.as_ref(), day) else {
                counts.unchanged += 1;
                continue;
            };
            let act = match act {
                Some(a) => a,
                None => *act.insert(insert_act(
                    &tx,
                    stamp,
                    ActKind::CalendarImport,
                    stamp.note.as_deref(),
                )?),
            };
            write_change(&tx, act, change, day, None)?;
            match change {
                CalendarChange::Add => counts.added += 1,
                _ => counts.updated += 1,
            }
        }
        if act.is_some() {
            super::chain::commit(tx)?;
        }
        Ok(counts)
    }
}

/// The calendar's history in act order, whole (`verify` streams it instead).
#[cfg(test)]
fn changes(conn: &Connection) -> Result<Vec<crate::domain::calendar::DayChange>> {
    let mut st = conn
        .prepare(&format!(
            "SELECT act_id, change, reason, {DAY_COLUMNS} FROM calendar_changes
             ORDER BY act_id, date"
        ))
        .map_err(db)?;
    st.query_map([], |r| {
        Ok(crate::domain::calendar::DayChange {
            act_id: r.get(0)?,
            change: word(r, 1, CalendarChange::parse)?,
            reason: r.get(2)?,
            day: day_from_row(r, 3)?,
        })
    })
    .map_err(db)?
    .collect::<rusqlite::Result<_>>()
    .map_err(db)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fresh, stamp};
    use super::*;
    use std::collections::BTreeSet;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn the_shipped_calendar_reads_whole() {
        let days = shipped();
        assert_eq!(days.len(), 438);
        let years: BTreeSet<i32> = days.iter().map(|d| d.date.year()).collect();
        assert_eq!(years, (2008..=2027).collect());
        assert!(days.iter().all(|d| !d.source.trim().is_empty()));
        assert!(
            days.windows(2).all(|w| w[0].date < w[1].date),
            "one row a date, in order"
        );
        assert_eq!(
            seed_note(days),
            "seeded from data/holidays-id.csv (2008-2027)"
        );
    }

    #[test]
    fn a_fresh_register_has_the_shipped_calendar_as_one_act() {
        let (_dir, reg) = fresh();
        assert_eq!(reg.calendar_days(None).unwrap(), shipped());
        let acts: Vec<(String, String)> = reg
            .conn
            .prepare("SELECT command, actor FROM acts WHERE command LIKE 'calendar%'")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(acts, [("calendar_seed".into(), "sengketa".into())]);
        let y2025 = reg.calendar_days(Some(2025)).unwrap();
        assert_eq!(y2025.len(), 28);
        assert!(y2025.iter().all(|d| d.date.year() == 2025));
    }

    #[test]
    fn collective_leave_counts_as_the_setting_says() {
        let (_dir, mut reg) = fresh();
        // Idul Fitri 2025: Mon 31 Mar and Tue 1 Apr holidays; 2, 3, 4 and 7 Apr collective leave.
        let leave = d("2025-04-02");
        assert!(!reg.calendar().unwrap().is_working_day(leave));
        assert_eq!(
            reg.calendar().unwrap().add_working_days(d("2025-03-28"), 1),
            Some(d("2025-04-08"))
        );
        reg.set_setting(COLLECTIVE_LEAVE, "working", &stamp())
            .unwrap();
        let cal = reg.calendar().unwrap();
        assert!(cal.is_working_day(leave));
        assert!(!cal.is_working_day(d("2025-04-01")));
        assert_eq!(cal.add_working_days(d("2025-03-28"), 1), Some(leave));
    }

    #[test]
    fn add_remove_and_import_keep_the_history() {
        let (_dir, mut reg) = fresh();
        let closure = CalendarDay::new(
            d("2026-12-28"),
            DayKind::OfficeClosure,
            "Kantor tutup",
            "Office closed",
            "added by the commission",
        )
        .unwrap();
        reg.calendar_add(&closure, &stamp()).unwrap();
        let again = reg.calendar_add(&closure, &stamp()).unwrap_err();
        assert_eq!(again.kind, crate::error::Kind::Invalid);
        assert!(
            reg.calendar()
                .unwrap()
                .non_working_weekdays()
                .any(|x| x == closure.date)
        );

        let removed = reg
            .calendar_remove(closure.date, "moved", &stamp())
            .unwrap();
        assert_eq!(removed, closure);
        assert!(
            reg.calendar_remove(closure.date, "moved", &stamp())
                .is_err()
        );

        let new_year = reg.calendar_days(Some(2026)).unwrap()[0].clone();
        let renamed = CalendarDay {
            name_en: "New Year".into(),
            ..new_year.clone()
        };
        let counts = reg.calendar_import(&[renamed], &stamp()).unwrap();
        assert_eq!(
            counts,
            ImportCounts {
                added: 0,
                updated: 1,
                unchanged: 0
            }
        );
        let counts = reg
            .calendar_import(std::slice::from_ref(&new_year), &stamp())
            .unwrap();
        assert_eq!(counts.updated, 1);
        let acts_before: i64 = reg
            .conn
            .query_row("SELECT count(*) FROM acts", [], |r| r.get(0))
            .unwrap();
        let counts = reg
            .calendar_import(&[new_year.clone(), closure.clone()], &stamp())
            .unwrap();
        assert_eq!(
            counts,
            ImportCounts {
                added: 1,
                updated: 0,
                unchanged: 1
            }
        );
        let counts = reg.calendar_import(&[new_year], &stamp()).unwrap();
        assert_eq!(counts.unchanged, 1);
        let acts_after: i64 = reg
            .conn
            .query_row("SELECT count(*) FROM acts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            acts_after,
            acts_before + 1,
            "an import that changes nothing records nothing"
        );

        let (replayed, faults) = crate::domain::calendar::replay(changes(&reg.conn).unwrap());
        assert!(faults.is_empty(), "{faults:?}");
        assert_eq!(
            replayed.into_values().collect::<Vec<_>>(),
            reg.calendar_days(None).unwrap()
        );
    }
}
