//! The hearings import: one act, one transaction, each row's history synthesised and
//! checked step by step.

use super::write::{insert_hearing_step, write_hearing};
use crate::domain::case::{CaseRecord, Stamp, recorded};
use crate::domain::hearing::row::HearingRow;
use crate::domain::hearing::{self, Hearing};
use crate::domain::lifecycle::replay;
use crate::domain::register_no::CaseRef;
use crate::domain::{ActKind, Date, DomainError, EventKind};
use crate::error::Result;
use crate::storage::rows::{case_from_row, events_in, find_sql};
use crate::storage::writes::{NewEvent, insert_event};
use crate::storage::{Register, db};
use rusqlite::{Connection, OptionalExtension};
use std::collections::{HashMap, HashSet};

impl Register {
    /// Runs a hearings import in one transaction, its events all of one act stamped with
    /// `stamp` (whose note names the source). `fill` adds the rows and says whether to
    /// keep them: `Ok(true)` commits; `Ok(false)` or an error rolls everything back.
    pub fn import_hearings(
        &mut self,
        stamp: &Stamp,
        today: Date,
        fill: impl FnOnce(&mut HearingImporter<'_>) -> Result<bool>,
    ) -> Result<bool> {
        self.import_in_one_act(stamp, ActKind::HearingsImport, |conn, act| {
            fill(&mut HearingImporter {
                conn,
                act,
                today,
                cases: HashMap::new(),
            })
        })
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
    /// Its hearings by number: a row touches one, found in constant time.
    hearings: HashMap<i64, Hearing>,
    /// The number of its next event.
    next_seq: i64,
    /// Every hearing number given on it, its scheduling undone or not.
    used: HashSet<i64>,
}

/// Why a hearing row was not added: the procedure refuses it, or the import stops.
pub type HearingRefused = crate::storage::Refused<DomainError>;

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
                        hearings: now.hearings.into_iter().map(|h| (h.no, h)).collect(),
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
}

impl crate::storage::StepImporter<HearingRow> for HearingImporter<'_> {
    /// Adds one valid row: the steps that lead to its hearing, each checked by the
    /// procedure's rules, then written. A refused row writes nothing, so the caller can go
    /// on checking the rest of the file.
    fn add(&mut self, row: &HearingRow) -> Result<(), HearingRefused> {
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
        if open.used.contains(&row.no) && !open.hearings.contains_key(&row.no) {
            return Err(refused(DomainError::HearingNumberUsed {
                case: name.clone(),
                no: row.no,
            }));
        }
        let steps = row.steps(case.facts.received_on, today).map_err(refused)?;
        // Every step checked before anything is written: each leaves the row's hearing.
        // A step reads only its own hearing, so a row costs the same on a case with one
        // hearing as on one with a million.
        let before = open.hearings.get(&row.no);
        let mut states: Vec<Hearing> = Vec::with_capacity(steps.len());
        for (step, on) in &steps {
            let current = states.last().or(before);
            let after = hearing::step_one(
                name,
                (case.state, true),
                case.facts.received_on,
                current,
                step,
                (*on, Some(today)),
            )
            .map_err(refused)?;
            // A date the step sets is held to the calendar and the clashes as `hearing
            // schedule` and `hearing postpone` hold it; the file carries no override,
            // so such a row is refused, naming the day or the other hearing.
            if matches!(
                step.kind(),
                EventKind::HearingSchedule | EventKind::HearingPostpone
            ) {
                super::guard::judge(conn, case, row.no, &after, &Default::default())?
                    .map_err(refused)?;
            }
            states.push(after);
        }
        if let Some(last) = states.last() {
            hearing::none_pending_on_closed(name, case.state, last).map_err(refused)?;
        }
        let mut row_now = before;
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
            write_hearing(conn, case.id, row_now, after)?;
            row_now = Some(after);
            open.next_seq += 1;
        }
        if let Some(last) = states.pop() {
            open.hearings.insert(row.no, last);
        }
        open.used.insert(row.no);
        Ok(())
    }
}
