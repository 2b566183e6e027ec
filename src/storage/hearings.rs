//! Hearings: recording a hearing step (one transaction: its act, its event, its payload,
//! the hearing as it now stands), and reading a case's hearings or a span of days'.

use super::rows::{CASE_COLUMNS, case_from_row, events_in, find_in};
use super::writes::{NewEvent, insert_act, insert_event};
use super::{Register, WRITE, db};
use crate::domain::case::{CaseRecord, Stamp, recorded};
use crate::domain::hearing::{self, Hearing, HearingStep};
use crate::domain::lifecycle::replay;
use crate::domain::register_no::CaseRef;
use crate::domain::{Attendance, Date, HearingKind, HearingStatus};
use crate::error::Result;
use rusqlite::{Connection, Row, params};

/// A hearing to schedule: everything but its number, which the register gives.
#[derive(Debug, Clone)]
pub struct HearingPlan {
    pub kind: HearingKind,
    pub on: Date,
    pub at: Option<String>,
    pub room: Option<String>,
    pub panel: Option<String>,
}

const HEARING_COLUMNS: &str = "h.no, h.kind, h.on_date, h.at, h.room, h.panel, h.status, \
    h.first_on, h.postponements, h.applicant, h.respondent, h.reason";

/// A hearing from a row whose columns from `at` on are [`HEARING_COLUMNS`].
fn hearing_from_row(r: &Row, at: usize) -> rusqlite::Result<Hearing> {
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

/// Brings the case's hearing rows to `want`: new hearings inserted, changed ones updated
/// (through the trigger that allows only the hearing moves), gone ones (an undone
/// scheduling) deleted.
pub(crate) fn sync_hearings(conn: &Connection, case_id: i64, want: &[Hearing]) -> Result<()> {
    let have = hearings_in(conn, case_id)?;
    for h in &have {
        if !want.iter().any(|w| w.no == h.no) {
            conn.execute(
                "DELETE FROM hearings WHERE case_id = ?1 AND no = ?2",
                params![case_id, h.no],
            )
            .map_err(db)?;
        }
    }
    for w in want {
        let values = params![
            case_id,
            w.no,
            w.kind.as_str(),
            w.on,
            w.at,
            w.room,
            w.panel,
            w.status.as_str(),
            w.first_on,
            w.postponements,
            w.applicant.map(Attendance::as_str),
            w.respondent.map(Attendance::as_str),
            w.reason,
        ];
        match have.iter().find(|h| h.no == w.no) {
            Some(h) if h == w => {}
            Some(_) => {
                conn.prepare_cached(
                    "UPDATE hearings SET kind = ?3, on_date = ?4, at = ?5, room = ?6, panel = ?7,
                     status = ?8, first_on = ?9, postponements = ?10, applicant = ?11,
                     respondent = ?12, reason = ?13 WHERE case_id = ?1 AND no = ?2",
                )
                .and_then(|mut st| st.execute(values))
                .map_err(db)?;
            }
            None => {
                conn.prepare_cached(
                    "INSERT INTO hearings (case_id, no, kind, on_date, at, room, panel, status,
                     first_on, postponements, applicant, respondent, reason)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                )
                .and_then(|mut st| st.execute(values))
                .map_err(db)?;
            }
        }
    }
    Ok(())
}

impl Register {
    /// Schedules a hearing of a case (recorded on `on`); returns the case and the hearing.
    pub fn schedule_hearing(
        &mut self,
        r: &CaseRef,
        plan: &HearingPlan,
        on: Date,
        stamp: &Stamp,
    ) -> Result<(CaseRecord, Hearing)> {
        self.hearing_step(r, on, None, stamp, |next_no| HearingStep::Schedule {
            no: next_no,
            kind: plan.kind,
            on: plan.on,
            at: plan.at.clone(),
            room: plan.room.clone(),
            panel: plan.panel.clone(),
        })
    }

    /// Records a step on one of a case's hearings: `step` is given the number the next
    /// new hearing would get. A hearing held is recorded on its own date, `today` or
    /// before; others on `on`.
    pub fn hearing_step(
        &mut self,
        r: &CaseRef,
        on: Date,
        today: Option<Date>,
        stamp: &Stamp,
        step: impl FnOnce(i64) -> HearingStep,
    ) -> Result<(CaseRecord, Hearing)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        let events = events_in(&tx, case.id)?;
        // Numbers are never given twice on a case, even when a scheduling was undone.
        let next_no: i64 = tx
            .query_row(
                "SELECT coalesce(max(hearing_no), 0) + 1 FROM hearing_steps WHERE case_id = ?1",
                [case.id],
                |r| r.get(0),
            )
            .map_err(db)?;
        let step = step(next_no);
        let now = replay(&case.register_no, &recorded(&case.register_no, &events)?)?;
        // A hearing held is dated its own day.
        let on = match &step {
            HearingStep::Held { no, .. } => now
                .hearings
                .iter()
                .find(|h| h.no == *no)
                .map_or(on, |h| h.on),
            _ => on,
        };
        let after = hearing::apply(
            &case.register_no,
            case.state,
            case.facts.received_on,
            &now.hearings,
            &step,
            on,
            today,
        )?;
        let act = insert_act(&tx, stamp, step.kind().act(), None)?;
        let seq = events.len() as i64 + 1;
        insert_event(
            &tx,
            &NewEvent::hearing(
                (case.id, seq),
                step.kind(),
                case.state,
                on,
                step.reason(),
                act,
                stamp.note.as_deref(),
            ),
        )?;
        insert_hearing_step(&tx, case.id, seq, &step)?;
        sync_hearings(&tx, case.id, &after)?;
        let hearing = after
            .into_iter()
            .find(|h| h.no == step.no())
            .expect("the step's hearing");
        tx.commit().map_err(db)?;
        Ok((case, hearing))
    }

    /// The hearings of a case as they stand.
    pub fn hearings(&self, case: &CaseRecord) -> Result<Vec<Hearing>> {
        hearings_in(&self.conn, case.id)
    }

    /// The hearings dated from `from` to `to` (inclusive) whatever their status, with their
    /// cases, by date, time and register order.
    #[allow(dead_code)] // read by the agenda, built on another branch
    pub fn hearings_between(&self, from: Date, to: Date) -> Result<Vec<(CaseRecord, Hearing)>> {
        let n = CASE_COLUMNS.split(',').count();
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {CASE_COLUMNS}, {HEARING_COLUMNS} FROM hearings h
                 JOIN cases c ON c.id = h.case_id JOIN bodies b ON b.id = c.body_id
                 WHERE h.on_date BETWEEN ?1 AND ?2
                 ORDER BY h.on_date, h.at IS NOT NULL, h.at, c.year, c.serial, h.no"
            ))
            .map_err(db)?;
        let rows = st
            .query_map(params![from, to], |r| {
                Ok((case_from_row(r)?, hearing_from_row(r, n)?))
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }
}

/// Appends a hearing step's payload to the event `seq` of a case.
pub(crate) fn insert_hearing_step(
    conn: &Connection,
    case_id: i64,
    seq: i64,
    step: &HearingStep,
) -> Result<()> {
    let (mut kind, mut on, mut at, mut room, mut panel, mut applicant, mut respondent) =
        (None, None, None, None, None, None, None);
    match step {
        HearingStep::Schedule {
            kind: k,
            on: d,
            at: a,
            room: r,
            panel: p,
            ..
        } => {
            kind = Some(k.as_str());
            on = Some(*d);
            at = a.as_deref();
            room = r.as_deref();
            panel = p.as_deref();
        }
        HearingStep::Postpone { to, .. } => on = Some(*to),
        HearingStep::Cancel { .. } => {}
        HearingStep::Held {
            applicant: a,
            respondent: r,
            ..
        } => {
            applicant = Some(a.as_str());
            respondent = Some(r.as_str());
        }
    }
    conn.prepare_cached(
        "INSERT INTO hearing_steps (case_id, seq, step, hearing_no, kind, on_date, at, room,
         panel, applicant, respondent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )
    .and_then(|mut st| {
        st.execute(params![
            case_id,
            seq,
            step.kind().as_str(),
            step.no(),
            kind,
            on,
            at,
            room,
            panel,
            applicant,
            respondent
        ])
    })
    .map(drop)
    .map_err(db)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::fresh;
    use super::*;
    use crate::domain::case::NewCase;
    use crate::domain::{ApplicantKind, EventKind};

    fn stamp() -> Stamp {
        Stamp {
            actor: "tester".into(),
            recorded_at: "2026-11-29T00:00:00Z".into(),
            note: None,
        }
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn hearing_steps_are_undone_like_any_step() {
        let (_d, mut reg) = fresh();
        reg.add_case(
            &NewCase {
                received_on: d("2026-11-02"),
                applicant: "Budi Santoso".into(),
                applicant_kind: ApplicantKind::Individual,
                body: "Dinas Pendidikan".into(),
                subject: "RKA".into(),
                register_no: None,
            },
            &stamp(),
        )
        .unwrap();
        let r = CaseRef::parse("2026/1").unwrap();
        let plan = HearingPlan {
            kind: HearingKind::Preliminary,
            on: d("2026-11-20"),
            at: Some("09:00".into()),
            room: None,
            panel: None,
        };
        let today = d("2026-11-29");
        let (case, h) = reg.schedule_hearing(&r, &plan, today, &stamp()).unwrap();
        assert_eq!((h.no, h.status), (1, HearingStatus::Scheduled));
        let held = |_| HearingStep::Held {
            no: 1,
            applicant: Attendance::Absent,
            respondent: Attendance::Present,
        };
        let (_, h) = reg
            .hearing_step(&r, today, Some(today), &stamp(), held)
            .unwrap();
        assert_eq!((h.status, h.on), (HearingStatus::Held, d("2026-11-20")));
        let (_, undone) = reg.undo(&r, "wrong hearing", today, &stamp()).unwrap();
        assert_eq!(undone.kind, EventKind::HearingHeld);
        assert_eq!(
            reg.hearings(&case).unwrap()[0].status,
            HearingStatus::Scheduled
        );
        // Undoing the scheduling removes the hearing; its number is not given again.
        reg.undo(&r, "wrong case", today, &stamp()).unwrap();
        assert!(reg.hearings(&case).unwrap().is_empty());
        let (_, h) = reg.schedule_hearing(&r, &plan, today, &stamp()).unwrap();
        assert_eq!(h.no, 2);
    }
}
