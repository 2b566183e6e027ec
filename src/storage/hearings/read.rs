//! Reading the hearings: a case's, every case's, and the hearings export.

use crate::domain::case::CaseRecord;
use crate::domain::hearing::Hearing;
use crate::domain::{Attendance, HearingKind, HearingStatus};
use crate::error::Result;
use crate::storage::damage::{Place, lossy, name_it};
use crate::storage::{Register, db};
use rusqlite::{Connection, Row};

const HEARING_COLUMNS: &str = "h.no, h.kind, h.on_date, h.at, h.room, h.panel, h.status, \
    h.first_on, h.postponements, h.applicant, h.respondent, h.reason";

/// [`HEARING_COLUMNS`] of a table named `prefix` (`h.`).
pub(crate) fn hearing_columns(prefix: &str) -> String {
    HEARING_COLUMNS.replace("h.", prefix)
}

/// A hearing from a row whose columns from `at` on are [`HEARING_COLUMNS`]; a value it
/// cannot read is named by the hearing and the column.
pub(crate) fn hearing_from_row(r: &Row, at: usize) -> rusqlite::Result<Hearing> {
    hearing_fields(r, at).map_err(|e| {
        let place = || Place::Hearing(lossy(r, at).unwrap_or_default());
        name_it(r, place, e)
    })
}

fn hearing_fields(r: &Row, at: usize) -> rusqlite::Result<Hearing> {
    let word = |i: usize| -> rusqlite::Result<String> { r.get(at + i) };
    let parsed = |i: usize, e: crate::domain::DomainError| {
        rusqlite::Error::FromSqlConversionFailure(at + i, rusqlite::types::Type::Text, Box::new(e))
    };
    let opt_att = |i: usize| -> rusqlite::Result<Option<Attendance>> {
        match r.get::<_, Option<String>>(at + i)? {
            Some(s) => Attendance::parse(&s).map(Some).map_err(|e| parsed(i, e)),
            None => Ok(None),
        }
    };
    Ok(Hearing {
        no: r.get(at)?,
        kind: HearingKind::parse(&word(1)?).map_err(|e| parsed(1, e))?,
        on: r.get(at + 2)?,
        at: r.get(at + 3)?,
        room: r.get(at + 4)?,
        panel: r.get(at + 5)?,
        status: HearingStatus::parse(&word(6)?).map_err(|e| parsed(6, e))?,
        first_on: r.get(at + 7)?,
        postponements: r.get(at + 8)?,
        applicant: opt_att(9)?,
        respondent: opt_att(10)?,
        reason: r.get(at + 11)?,
    })
}

pub(crate) fn hearings_in(conn: &Connection, case_id: i64) -> Result<Vec<Hearing>> {
    let mut st = conn
        .prepare_cached(&format!(
            "SELECT {HEARING_COLUMNS} FROM hearings h WHERE h.case_id = ?1 ORDER BY h.no"
        ))
        .map_err(db)?;
    let rows = st
        .query_map([case_id], |r| hearing_from_row(r, 0))
        .map_err(db)?;
    rows.collect::<rusqlite::Result<_>>().map_err(db)
}

/// Every hearing of the register, by case id (for `verify`).
pub(crate) fn all_hearings(
    conn: &Connection,
) -> Result<std::collections::HashMap<i64, Vec<Hearing>>> {
    let mut st = conn
        .prepare(&format!(
            "SELECT h.case_id, {HEARING_COLUMNS} FROM hearings h ORDER BY h.case_id, h.no"
        ))
        .map_err(db)?;
    let mut all: std::collections::HashMap<i64, Vec<Hearing>> = Default::default();
    let mut rows = st.query([]).map_err(db)?;
    while let Some(r) = rows.next().map_err(db)? {
        let case_id: i64 = r.get(0).map_err(db)?;
        all.entry(case_id)
            .or_default()
            .push(hearing_from_row(r, 1).map_err(db)?);
    }
    Ok(all)
}

impl Register {
    /// A case's history with the refusals each step overrode (and why).
    pub fn events_with_overrides(
        &self,
        case: &CaseRecord,
    ) -> Result<Vec<crate::domain::case::EventRecord>> {
        let mut events = self.events(case)?;
        for (seq, what, reason) in super::overrides_in(&self.conn, case.id)? {
            if let Some(e) = events.iter_mut().find(|e| e.seq == seq) {
                e.overrides.push((what, reason));
            }
        }
        Ok(events)
    }

    /// The hearings of a case as they stand.
    pub fn hearings(&self, case: &CaseRecord) -> Result<Vec<Hearing>> {
        hearings_in(&self.conn, case.id)
    }

    /// Calls `each` with every hearing (and its case's number), in register order, then by
    /// number: of the cases received in `year`, or of all.
    pub fn export_hearings(
        &self,
        year: Option<i32>,
        mut each: impl FnMut(&str, &Hearing) -> Result<()>,
    ) -> Result<()> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT c.register_no, {HEARING_COLUMNS} FROM hearings h
                 JOIN cases c ON c.id = h.case_id
                 WHERE ?1 IS NULL OR c.year = ?1
                 ORDER BY c.year, c.serial, h.no"
            ))
            .map_err(db)?;
        let mut rows = st.query([year]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            let register_no: String = r.get(0).map_err(db)?;
            each(&register_no, &hearing_from_row(r, 1).map_err(db)?)?;
        }
        Ok(())
    }
}
