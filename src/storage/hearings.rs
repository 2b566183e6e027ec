//! Hearings: recording a hearing step (one transaction: its act, its event, its payload,
//! the hearing as it now stands), reading a case's hearings or a span of days', and the
//! hearings CSV out and in (an import: one act, one transaction, each row's history
//! synthesised and checked step by step).

use super::damage::{Place, lossy, name_it};
use super::rows::{case_from_row, events_in, find_in, find_sql};
use super::writes::{NewEvent, insert_act, insert_event};
use super::{Register, WRITE, db};
use crate::domain::case::{CaseRecord, Stamp, recorded};
use crate::domain::error::Particular;
use crate::domain::hearing::row::HearingRow;
use crate::domain::hearing::{self, Hearing, HearingStep};
use crate::domain::lifecycle::replay;
use crate::domain::register_no::CaseRef;
use crate::domain::{ActKind, Attendance, Date, DomainError, HearingKind, HearingStatus};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::{BTreeSet, HashMap};

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
        super::cases::not_void(&case)?;
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
        super::chain::commit(tx)?;
        Ok((case, hearing))
    }

    /// The hearings of a case as they stand.
    pub fn hearings(&self, case: &CaseRecord) -> Result<Vec<Hearing>> {
        hearings_in(&self.conn, case.id)
    }
}

impl Register {
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

    /// Runs a hearings import in one transaction, its events all of one act stamped with
    /// `stamp` (whose note names the source). `fill` adds the rows and says whether to
    /// keep them: `Ok(true)` commits; `Ok(false)` or an error rolls everything back.
    pub fn import_hearings(
        &mut self,
        stamp: &Stamp,
        today: Date,
        fill: impl FnOnce(&mut HearingImporter<'_>) -> Result<bool>,
    ) -> Result<bool> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let act = insert_act(&tx, stamp, ActKind::HearingsImport, stamp.note.as_deref())?;
        let keep = fill(&mut HearingImporter {
            conn: &tx,
            act,
            today,
            cases: HashMap::new(),
        })?;
        if keep {
            super::chain::commit(tx)?;
        }
        Ok(keep)
    }
}

/// A hearings import under way, inside [`Register::import_hearings`]'s transaction.
pub struct HearingImporter<'c> {
    conn: &'c Connection,
    act: i64,
    today: Date,
    /// The cases the file names so far, as its rows leave them (a missing case: None).
    cases: HashMap<String, Option<Open>>,
}

/// A case an import adds hearings to.
struct Open {
    case: CaseRecord,
    hearings: Vec<Hearing>,
    /// The number of its next event.
    next_seq: i64,
    /// Every hearing number given on it, its scheduling undone or not.
    used: BTreeSet<i64>,
}

/// Why a hearing row was not added.
#[derive(Debug)]
pub enum HearingRefused {
    /// The procedure refuses the row (the import goes on checking the others).
    Row(DomainError),
    /// Something else failed: the import stops.
    Failed(Error),
}

impl From<Error> for HearingRefused {
    fn from(e: Error) -> Self {
        HearingRefused::Failed(e)
    }
}

impl HearingImporter<'_> {
    fn open(&mut self, register_no: &str) -> Result<Option<&mut Open>> {
        if !self.cases.contains_key(register_no) {
            let found = self
                .conn
                .prepare_cached(&find_sql(false))
                .and_then(|mut st| st.query_row([register_no], case_from_row).optional())
                .map_err(db)?;
            let open = match found {
                Some(case) => {
                    let events = events_in(self.conn, case.id)?;
                    let now = replay(&case.register_no, &recorded(&case.register_no, &events)?)?;
                    let mut st = self
                        .conn
                        .prepare_cached("SELECT hearing_no FROM hearing_steps WHERE case_id = ?1")
                        .map_err(db)?;
                    let used = st
                        .query_map([case.id], |r| r.get(0))
                        .map_err(db)?
                        .collect::<rusqlite::Result<_>>()
                        .map_err(db)?;
                    Some(Open {
                        hearings: now.hearings,
                        next_seq: events.len() as i64 + 1,
                        used,
                        case,
                    })
                }
                None => None,
            };
            self.cases.insert(register_no.to_string(), open);
        }
        Ok(self.cases.get_mut(register_no).and_then(Option::as_mut))
    }

    /// Adds one valid row: the steps that lead to its hearing, each checked by the
    /// procedure's rules, then written. A refused row writes nothing, so the caller can go
    /// on checking the rest of the file.
    pub fn add(&mut self, row: &HearingRow) -> Result<(), HearingRefused> {
        let (act, today) = (self.act, self.today);
        let conn = self.conn;
        let Some(open) = self.open(&row.register_no)? else {
            let r = CaseRef::Number(row.register_no.clone());
            return Err(HearingRefused::Row(DomainError::NoSuchCase(r)));
        };
        let case = &open.case;
        let name = &case.register_no;
        let refused = HearingRefused::Row;
        if case.void.is_some() {
            return Err(refused(DomainError::CaseIsVoid { case: name.clone() }));
        }
        if open.used.contains(&row.no) && !open.hearings.iter().any(|h| h.no == row.no) {
            return Err(refused(DomainError::HearingNumberUsed {
                case: name.clone(),
                no: row.no,
            }));
        }
        let steps = row.steps(case.facts.received_on, today).map_err(refused)?;
        // Every step checked before anything is written: each leaves these hearings.
        let mut states = Vec::with_capacity(steps.len());
        let mut hearings = open.hearings.clone();
        for (step, on) in &steps {
            hearings = hearing::apply_with(
                name,
                (case.state, true),
                case.facts.received_on,
                &hearings,
                step,
                (*on, Some(today)),
            )
            .map_err(refused)?;
            states.push(hearings.clone());
        }
        for ((step, on), after) in steps.iter().zip(&states) {
            let seq = open.next_seq;
            insert_event(
                conn,
                &NewEvent::hearing(
                    (case.id, seq),
                    step.kind(),
                    case.state,
                    *on,
                    step.reason(),
                    act,
                    None,
                ),
            )?;
            insert_hearing_step(conn, case.id, seq, step)?;
            // Step by step, as the clerk's commands leave them: the database's rules read
            // the hearing as it stands before each step.
            sync_hearings(conn, case.id, after)?;
            open.next_seq += 1;
        }
        open.hearings = hearings;
        open.used.insert(row.no);
        Ok(())
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
    // The last guard of the text rules (issue 11), whatever path the values came by.
    for (p, v) in [(Particular::Room, room), (Particular::Panel, panel)] {
        v.map_or(Ok(()), |v| p.check(v))?;
    }
    conn.prepare_cached(
        "INSERT INTO hearing_steps (case_id, seq, step, hearing_no, kind, on_date, at, room,
         panel, applicant, respondent, act_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,
         ?11, (SELECT act_id FROM events WHERE case_id = ?1 AND seq = ?2))",
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
            pinned: None,
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
