//! Writing intake (`domain::intake`): an intake step in one transaction (its act, its
//! event, the case's intake columns brought to what the replay of its history leaves), and
//! whether the register uses intake at all.

use crate::domain::case::{CaseRecord, Stamp};
use crate::domain::intake::{Intake, IntakeStep};
use crate::domain::lifecycle::Recorded;
use crate::domain::register_no::CaseRef;
use crate::domain::{Date, EventKind};
use crate::error::Result;
use crate::storage::rows::{events_in, find_in, with_event};
use crate::storage::writes::{NewEvent, insert_act, insert_event};
use crate::storage::{Register, WRITE, db};
use rusqlite::{Connection, params};

/// Brings a case's intake columns to `want` (through the trigger that allows only the
/// intake steps' changes and their undo).
pub(crate) fn sync_intake(conn: &Connection, case_id: i64, want: &Intake) -> Result<()> {
    conn.prepare_cached(
        "UPDATE cases SET incomplete_on = ?2, registered_on = ?3, not_registered_on = ?4,
         not_registered_reason = ?5 WHERE id = ?1
         AND (incomplete_on IS NOT ?2 OR registered_on IS NOT ?3 OR not_registered_on IS NOT ?4
              OR not_registered_reason IS NOT ?5)",
    )
    .and_then(|mut st| {
        st.execute(params![
            case_id,
            want.incomplete_on,
            want.registered_on,
            want.not_registered_on,
            want.not_registered_reason.map(|r| r.as_str()),
        ])
    })
    .map(drop)
    .map_err(db)
}

/// Appends a side step (intake or mediation) to a case: its act, its event with the
/// step's detail, and the case's columns synced by `sync` from the replayed history.
pub(crate) fn write_side_step(
    reg: &mut Register,
    r: &CaseRef,
    (kind, detail, on): (EventKind, Option<String>, Date),
    next: impl FnOnce(i64) -> Recorded,
    stamp: &Stamp,
) -> Result<CaseRecord> {
    let tx = reg.conn.transaction_with_behavior(WRITE).map_err(db)?;
    let case = find_in(&tx, r)?;
    crate::storage::cases::not_void(&case)?;
    let events = events_in(&tx, case.id)?;
    let seq = events.len() as i64 + 1;
    let after = with_event(&case, &events, next(seq))?;
    let act = insert_act(&tx, stamp, kind.act(), None)?;
    let mut event = NewEvent::side_step((case.id, seq), kind, case.state, on, act, None);
    event.detail = detail.as_deref();
    event.note = stamp.note.as_deref();
    insert_event(&tx, &event)?;
    sync_intake(&tx, case.id, &after.intake)?;
    super::mediation::sync_mediation(&tx, case.id, &after.mediation)?;
    let now = find_in(&tx, r)?;
    crate::storage::chain::commit(tx)?;
    Ok(now)
}

impl Register {
    /// Records an intake step of a case, dated `on`. Returns the case as it now stands.
    pub fn intake_step(
        &mut self,
        r: &CaseRef,
        step: &IntakeStep,
        on: Date,
        stamp: &Stamp,
    ) -> Result<CaseRecord> {
        let recorded = |seq| Recorded::Intake {
            seq,
            step: step.clone(),
            on,
        };
        write_side_step(self, r, (step.kind(), step.detail(), on), recorded, stamp)
    }

    /// Whether any case of the register has an intake step in force (a register that
    /// never uses intake shows and exports exactly what it did before).
    pub fn uses_intake(&self) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM cases WHERE incomplete_on IS NOT NULL
                 OR registered_on IS NOT NULL OR not_registered_on IS NOT NULL)",
                [],
                |r| r.get(0),
            )
            .map_err(db)
    }

    /// What the register's deadlines count from (the setting `deadline-basis`).
    pub fn deadline_basis(&self) -> Result<crate::domain::intake::DeadlineBasis> {
        let set = self.setting(crate::storage::settings::DEADLINE_BASIS)?;
        Ok(set
            .as_deref()
            .and_then(crate::domain::intake::DeadlineBasis::parse)
            .unwrap_or_default())
    }

    /// The filings not registered, per year of receipt (void entries left out).
    pub fn not_registered_by_year(&self) -> Result<Vec<(i32, i64)>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT year, count(*) FROM cases WHERE not_registered_on IS NOT NULL
                 AND voided_on IS NULL GROUP BY year ORDER BY year",
            )
            .map_err(db)?;
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }
}
