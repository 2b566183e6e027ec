//! The checks a hearing's date and time pass before the step is recorded (in its
//! transaction): the commission's calendar (no hearing on a day it does not work) and the
//! other hearings of the day (no clash of room or panel); and the overrides a clerk gave,
//! with their reasons, written beside the step's event.

use super::read::hearings_in;
use crate::domain::case::CaseRecord;
use crate::domain::error::TextField;
use crate::domain::hearing::{self, Hearing, Slot};
use crate::domain::{DomainError, HearingStatus, Override};
use crate::error::Result;
use crate::storage::settings::{COLLECTIVE_LEAVE, HEARING_MINUTES};
use crate::storage::{calendar::day_at, db};
use rusqlite::{Connection, OptionalExtension, params};

/// What a clerk overrides in a hearing step, each with the reason the history keeps.
#[derive(Debug, Clone, Default)]
pub struct HearingOverrides {
    /// `--on-non-working-day --reason T`.
    pub day_off: Option<String>,
    /// `--despite-clash --reason T`.
    pub clash: Option<String>,
}

fn setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .optional()
    .map_err(db)
}

/// How long a hearing lasts, in minutes, for the clashes (the `hearing-minutes` setting,
/// 120 when unset or unreadable).
pub(crate) fn hearing_minutes(conn: &Connection) -> Result<u32> {
    Ok(setting(conn, HEARING_MINUTES)?
        .and_then(|v| v.trim().parse().ok())
        .filter(|&m: &u32| m > 0)
        .unwrap_or(120))
}

/// The people of a case's panel as the case file last assigned it: (number, name).
pub(crate) fn panel_people(conn: &Connection, case_id: i64) -> Result<Vec<(i64, String)>> {
    let mut st = conn
        .prepare_cached(
            "SELECT s.person_id, (SELECT name FROM person_changes c WHERE c.person_id = s.person_id
                                  ORDER BY c.act_id DESC LIMIT 1)
             FROM panel_seats s
             WHERE s.case_id = ?1 AND s.act_id = (SELECT max(act_id) FROM panels WHERE case_id = ?1
                 AND act_id NOT IN (SELECT undone FROM case_file_undos WHERE case_id = ?1))
             ORDER BY s.person_id",
        )
        .map_err(db)?;
    let rows = st
        .query_map([case_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(db)?;
    let mut people: Vec<(i64, String)> = rows.collect::<rusqlite::Result<_>>().map_err(db)?;
    people.dedup_by_key(|(id, _)| *id);
    Ok(people)
}

/// A hearing's case id and number, beside its slot.
type Key = (i64, i64);

/// The other hearings that stand on `h`'s day, of every case, as slots, and beside each
/// its case's id and its number. A slot's `nth` is its hearing's number until [`name_nth`]
/// sets it: only a clash names a hearing's place, and reading the whole of each case's
/// hearings to know it made an import of many hearings a day of one case quadratic.
fn others_that_day(conn: &Connection, case_id: i64, h: &Hearing) -> Result<(Vec<Key>, Vec<Slot>)> {
    let mut st = conn
        .prepare_cached(&format!(
            "SELECT h.case_id, c.register_no, {} FROM hearings h JOIN cases c ON c.id = h.case_id
             WHERE h.on_date = ?1 AND h.status <> ?2 ORDER BY h.case_id, h.no",
            super::read::hearing_columns("h.")
        ))
        .map_err(db)?;
    let day: Vec<(i64, String, Hearing)> = st
        .query_map(params![h.on, HearingStatus::Cancelled.as_str()], |r| {
            Ok((r.get(0)?, r.get(1)?, super::read::hearing_from_row(r, 2)?))
        })
        .map_err(db)?
        .collect::<rusqlite::Result<_>>()
        .map_err(db)?;
    let mut panels: std::collections::HashMap<i64, Vec<(i64, String)>> = Default::default();
    let (mut keys, mut slots) = (Vec::new(), Vec::new());
    for (id, no, o) in day {
        if !hearing::stands(&o) || (id == case_id && o.no == h.no) {
            continue;
        }
        if let std::collections::hash_map::Entry::Vacant(e) = panels.entry(id) {
            e.insert(panel_people(conn, id)?);
        }
        let slot = Slot {
            case: no,
            nth: o.no,
            on: o.on,
            at: o.at,
            room: o.room,
            people: panels[&id].clone(),
        };
        keys.push((id, o.no));
        slots.push(slot);
    }
    Ok((keys, slots))
}

/// The place among its case's hearings that stand ("sidang ke-N") of the hearing `no`
/// of the case `case_id`, as the register holds them.
fn name_nth(conn: &Connection, case_id: i64, no: i64) -> Result<i64> {
    Ok(hearing::nth(&hearings_in(conn, case_id)?, no).unwrap_or(no))
}

/// Checks the hearing `h` of `case` as a step sets it (its date, time, room), with the
/// case's hearings `all` as the step leaves them: refused on a day the commission does
/// not work and on a clash, unless overridden. Returns the overrides used, to be written
/// with the step.
pub(crate) fn check(
    conn: &Connection,
    case: &CaseRecord,
    all: &[Hearing],
    h: &Hearing,
    ov: &HearingOverrides,
) -> Result<Vec<(Override, String)>> {
    let nth = hearing::nth(all, h.no).unwrap_or(h.no);
    Ok(judge(conn, case, nth, h, ov)??)
}

/// [`check`], for a hearing whose place among the case's hearings is `nth` (an import
/// does not read the case's every hearing for a row): the refusal apart from a failure
/// to read the register, so that an import reports it on the row's line.
pub(crate) fn judge(
    conn: &Connection,
    case: &CaseRecord,
    nth: i64,
    h: &Hearing,
    ov: &HearingOverrides,
) -> Result<std::result::Result<Vec<(Override, String)>, DomainError>> {
    let mut used = Vec::new();
    let leave_is_working = setting(conn, COLLECTIVE_LEAVE)?.is_some_and(|v| v == "working");
    let listed: Vec<_> = day_at(conn, h.on)?.into_iter().collect();
    if let Some(off) = hearing::day_off(h.on, &listed, leave_is_working) {
        match &ov.day_off {
            Some(reason) => used.push((Override::NonWorkingDay, reason.clone())),
            None => {
                return Ok(Err(DomainError::HearingOnDayOff {
                    case: case.register_no.clone(),
                    date: h.on,
                    off,
                }));
            }
        }
    }
    let new = Slot {
        case: case.register_no.clone(),
        nth,
        on: h.on,
        at: h.at.clone(),
        room: h.room.clone(),
        people: panel_people(conn, case.id)?,
    };
    let (keys, others) = others_that_day(conn, case.id, h)?;
    if let Some((other, shared)) = hearing::clash(&new, &others, hearing_minutes(conn)?) {
        match &ov.clash {
            Some(reason) => used.push((Override::Clash, reason.clone())),
            None => {
                let at = others.iter().position(|s| std::ptr::eq(s, other));
                let mut named = other.clone();
                if let Some(&(id, no)) = at.and_then(|i| keys.get(i)) {
                    named.nth = name_nth(conn, id, no)?;
                }
                return Ok(Err(DomainError::HearingClash {
                    case: case.register_no.clone(),
                    other: Box::new(named),
                    shared,
                }));
            }
        }
    }
    Ok(Ok(used))
}

/// Writes the overrides of the event `seq` of a case (each with its reason) beside it.
pub(crate) fn write_overrides(
    conn: &Connection,
    case_id: i64,
    seq: i64,
    used: &[(Override, String)],
) -> Result<()> {
    for (what, reason) in used {
        TextField::HearingReason.check(reason)?;
        conn.prepare_cached(
            "INSERT INTO overrides (case_id, seq, what, reason, act_id)
             VALUES (?1, ?2, ?3, ?4, (SELECT act_id FROM events WHERE case_id = ?1 AND seq = ?2))",
        )
        .and_then(|mut st| st.execute(params![case_id, seq, what.as_str(), reason]))
        .map_err(db)?;
    }
    Ok(())
}

/// The overrides of a case's events: (seq, what, reason), in order.
pub(crate) fn overrides_in(
    conn: &Connection,
    case_id: i64,
) -> Result<Vec<(i64, Override, String)>> {
    let mut st = conn
        .prepare_cached(
            "SELECT seq, what, reason FROM overrides WHERE case_id = ?1 ORDER BY seq, what",
        )
        .map_err(db)?;
    let rows = st
        .query_map([case_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .map_err(db)?;
    let mut out = Vec::new();
    for row in rows {
        let (seq, what, reason) = row.map_err(db)?;
        if let Some(w) = Override::parse(&what) {
            out.push((seq, w, reason));
        }
    }
    Ok(out)
}
