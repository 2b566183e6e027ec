//! Recording a hearing step: one transaction, its act, its event, its payload, and the
//! case's hearings brought to what they now are.

use super::read::hearings_in;
use super::{HearingOverrides, HearingPlan};
use crate::domain::case::{CaseRecord, Stamp, recorded};
use crate::domain::error::TextField;
use crate::domain::hearing::{self, Hearing, HearingStep};
use crate::domain::lifecycle::replay;
use crate::domain::register_no::CaseRef;
use crate::domain::{Attendance, Date};
use crate::error::Result;
use crate::storage::rows::{events_in, find_in};
use crate::storage::writes::{NewEvent, insert_act, insert_event};
use crate::storage::{Register, WRITE, db};
use rusqlite::{Connection, params};
use std::collections::{HashMap, HashSet};

/// Brings the case's hearing rows to `want`: new hearings inserted, changed ones updated
/// (through the trigger that allows only the hearing moves), gone ones (an undone
/// scheduling) deleted.
pub(crate) fn sync_hearings(conn: &Connection, case_id: i64, want: &[Hearing]) -> Result<()> {
    let have: HashMap<i64, Hearing> = hearings_in(conn, case_id)?
        .into_iter()
        .map(|h| (h.no, h))
        .collect();
    let wanted: HashSet<i64> = want.iter().map(|w| w.no).collect();
    for no in have.keys().filter(|no| !wanted.contains(no)) {
        conn.execute(
            "DELETE FROM hearings WHERE case_id = ?1 AND no = ?2",
            params![case_id, no],
        )
        .map_err(db)?;
    }
    for w in want {
        write_hearing(conn, case_id, have.get(&w.no), w)?;
    }
    Ok(())
}

/// Writes one hearing of a case as a step leaves it, given what its row holds now
/// (`before`, None for a new hearing): inserted, updated, or left alone when unchanged.
/// One statement at most, whatever the case's other hearings.
pub(crate) fn write_hearing(
    conn: &Connection,
    case_id: i64,
    before: Option<&Hearing>,
    w: &Hearing,
) -> Result<()> {
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
    let sql = match before {
        Some(h) if h == w => return Ok(()),
        Some(_) => {
            "UPDATE hearings SET kind = ?3, on_date = ?4, at = ?5, room = ?6, panel = ?7,
             status = ?8, first_on = ?9, postponements = ?10, applicant = ?11,
             respondent = ?12, reason = ?13 WHERE case_id = ?1 AND no = ?2"
        }
        None => {
            "INSERT INTO hearings (case_id, no, kind, on_date, at, room, panel, status,
             first_on, postponements, applicant, respondent, reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
        }
    };
    conn.prepare_cached(sql)
        .and_then(|mut st| st.execute(values))
        .map(drop)
        .map_err(db)
}

impl Register {
    /// Schedules a hearing of a case (recorded on `on`); returns the case and the hearing.
    pub fn schedule_hearing(
        &mut self,
        r: &CaseRef,
        plan: &HearingPlan,
        on: Date,
        stamp: &Stamp,
        ov: &HearingOverrides,
    ) -> Result<(CaseRecord, Hearing)> {
        self.hearing_step_with(r, on, None, stamp, ov, |next_no| HearingStep::Schedule {
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
        self.hearing_step_with(r, on, today, stamp, &HearingOverrides::default(), step)
    }

    /// [`Register::hearing_step`], where a hearing set or moved to a date is checked
    /// against the calendar and the other hearings of its day (refused on a non-working
    /// day or a clash, unless `ov` overrides it: the reason is written beside the step).
    pub fn hearing_step_with(
        &mut self,
        r: &CaseRef,
        on: Date,
        today: Option<Date>,
        stamp: &Stamp,
        ov: &HearingOverrides,
        step: impl FnOnce(i64) -> HearingStep,
    ) -> Result<(CaseRecord, Hearing)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        crate::storage::cases::not_void(&case)?;
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
        let used = match &step {
            HearingStep::Schedule { no, .. } | HearingStep::Postpone { no, .. } => {
                let h = after
                    .iter()
                    .find(|h| h.no == *no)
                    .expect("the step's hearing");
                super::guard::check(&tx, &case, &after, h, ov)?
            }
            _ => Vec::new(),
        };
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
        super::guard::write_overrides(&tx, case.id, seq, &used)?;
        sync_hearings(&tx, case.id, &after)?;
        let hearing = after
            .into_iter()
            .find(|h| h.no == step.no())
            .expect("the step's hearing");
        crate::storage::chain::commit(tx)?;
        Ok((case, hearing))
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
    // The last guard of the text rules, whatever path the values came by.
    for (p, v) in [(TextField::Room, room), (TextField::Panel, panel)] {
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
