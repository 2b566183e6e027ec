//! Writing the appeals: an appeal step after the decision (service, filing, court
//! decision), one transaction, and the case's appeals brought to its replayed history.

use super::read::appeals_in;
use crate::domain::appeal::{AppealStep, Appeals};
use crate::domain::case::{CaseRecord, Stamp};
use crate::domain::lifecycle::{Facts, Recorded};
use crate::domain::register_no::CaseRef;
use crate::domain::{Date, DomainError};
use crate::error::Result;
use crate::storage::rows::{events_in, find_in, with_event};
use crate::storage::writes::{NewEvent, insert_act, insert_event};
use crate::storage::{Register, WRITE, db};
use rusqlite::{Connection, params};

/// Brings a case's service date and appeal rows to `want` (through the triggers that
/// allow only the appeal steps' changes).
pub(crate) fn sync_appeals(conn: &Connection, case_id: i64, want: &Appeals) -> Result<()> {
    conn.prepare_cached("UPDATE cases SET served_on = ?2 WHERE id = ?1 AND served_on IS NOT ?2")
        .and_then(|mut st| st.execute(params![case_id, want.served_on]))
        .map_err(db)?;
    let have = appeals_in(conn, case_id)?;
    // The later levels go first, so that no row is ever left without the one before it.
    for h in have.iter().rev() {
        if !want.filed.iter().any(|w| w.level == h.level) {
            conn.execute(
                "DELETE FROM appeals WHERE case_id = ?1 AND level = ?2",
                params![case_id, h.level.as_str()],
            )
            .map_err(db)?;
        }
    }
    for w in &want.filed {
        let values = params![
            case_id,
            w.level.as_str(),
            w.court.as_str(),
            w.by.as_str(),
            w.filed_on,
            w.court_no,
            w.decided.map(|d| d.on),
            w.decided.map(|d| d.outcome.as_str()),
        ];
        match have.iter().find(|h| h.level == w.level) {
            Some(h) if h == w => {}
            Some(_) => conn
                .prepare_cached(
                    "UPDATE appeals SET court_no = ?6, decided_on = ?7, outcome = ?8
                     WHERE case_id = ?1 AND level = ?2 AND court = ?3 AND party = ?4
                       AND filed_on = ?5",
                )
                .and_then(|mut st| st.execute(values))
                .map(drop)
                .map_err(db)?,
            None => conn
                .prepare_cached(
                    "INSERT INTO appeals (case_id, level, court, party, filed_on, court_no,
                     decided_on, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .and_then(|mut st| st.execute(values))
                .map(drop)
                .map_err(db)?,
        }
    }
    Ok(())
}

/// Appends an appeal step's payload to the event `seq` of a case (a service has none).
fn insert_appeal_step(conn: &Connection, case_id: i64, seq: i64, step: &AppealStep) -> Result<()> {
    let (level, court, party, outcome, court_no) = match step {
        AppealStep::Serve => return Ok(()),
        AppealStep::File {
            level,
            court,
            by,
            court_no,
        } => (
            level,
            Some(court.as_str()),
            Some(by.as_str()),
            None,
            court_no,
        ),
        AppealStep::Decide {
            level,
            outcome,
            court_no,
        } => (level, None, None, Some(outcome.as_str()), court_no),
    };
    conn.prepare_cached(
        "INSERT INTO appeal_steps (case_id, seq, step, level, court, party, outcome, court_no)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )
    .and_then(|mut st| {
        st.execute(params![
            case_id,
            seq,
            step.kind().as_str(),
            level.as_str(),
            court,
            party,
            outcome,
            court_no
        ])
    })
    .map(drop)
    .map_err(db)
}

/// Writes an appeal step (event, payload, the case's appeals) as the event `seq` of `case`.
pub(super) fn write_appeal_step(
    conn: &Connection,
    case: &CaseRecord,
    seq: i64,
    (step, on): (&AppealStep, Date),
    after: &Appeals,
    act: i64,
    note: Option<&str>,
) -> Result<()> {
    insert_event(
        conn,
        &NewEvent::side_step((case.id, seq), step.kind(), case.state, on, act, note),
    )?;
    insert_appeal_step(conn, case.id, seq, step)?;
    sync_appeals(conn, case.id, after)
}

impl Register {
    /// Records an appeal step of a case after its decision, dated `on` (none: the
    /// decision's date). `make` gives the step from the case's facts and its appeals as they
    /// stand (the level a court decides is the one pending). Returns the case and its
    /// appeals as they now stand, and the step's date.
    pub fn appeal_step(
        &mut self,
        r: &CaseRef,
        on: Option<Date>,
        stamp: &Stamp,
        make: impl FnOnce(&Facts, &Appeals) -> Result<AppealStep, DomainError>,
    ) -> Result<(CaseRecord, Appeals, Date)> {
        self.appeal_step_with(r, on, stamp, None, make)
    }

    /// [`Register::appeal_step`], where a filing at a court other than the one the
    /// body's kind goes to (`appeal::court_for`) is refused unless `despite_kind` gives
    /// the reason, which the history keeps beside the step.
    pub fn appeal_step_with(
        &mut self,
        r: &CaseRef,
        on: Option<Date>,
        stamp: &Stamp,
        despite_kind: Option<&str>,
        make: impl FnOnce(&Facts, &Appeals) -> Result<AppealStep, DomainError>,
    ) -> Result<(CaseRecord, Appeals, Date)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        crate::storage::cases::not_void(&case)?;
        let appeals = Appeals {
            served_on: case.served_on,
            filed: appeals_in(&tx, case.id)?,
        };
        let step = make(&case.facts, &appeals)?;
        let mut overrides = Vec::new();
        if let AppealStep::File {
            level: crate::domain::Level::FirstInstance,
            court,
            ..
        } = &step
        {
            let kind: String = tx
                .query_row(
                    "SELECT b.kind FROM bodies b JOIN cases c ON c.body_id = b.id WHERE c.id = ?1",
                    [case.id],
                    |r| r.get(0),
                )
                .map_err(db)?;
            let kind = crate::domain::BodyKind::parse(&kind)?;
            if let Some(wants) = crate::domain::appeal::court_for(kind)
                && wants != *court
            {
                match despite_kind {
                    Some(reason) => overrides.push((
                        crate::domain::Override::CourtDespiteKind,
                        reason.to_string(),
                    )),
                    None => {
                        return Err(DomainError::CourtAgainstKind {
                            case: case.register_no.clone(),
                            body: case.body.clone(),
                            court: *court,
                            wants,
                        }
                        .into());
                    }
                }
            }
        }
        let on = match on.or(case.facts.decided_on) {
            Some(on) => on,
            None => {
                return Err(DomainError::NoDecision {
                    case: case.register_no.clone(),
                    state: case.state,
                }
                .into());
            }
        };
        let events = events_in(&tx, case.id)?;
        let seq = events.len() as i64 + 1;
        let after = with_event(
            &case,
            &events,
            Recorded::Appeal {
                seq,
                step: step.clone(),
                on,
            },
        )?;
        let act = insert_act(&tx, stamp, step.kind().act(), None)?;
        write_appeal_step(
            &tx,
            &case,
            seq,
            (&step, on),
            &after.appeals,
            act,
            stamp.note.as_deref(),
        )?;
        crate::storage::hearings::write_overrides(&tx, case.id, seq, &overrides)?;
        let now = find_in(&tx, r)?;
        crate::storage::chain::commit(tx)?;
        Ok((now, after.appeals, on))
    }
}
