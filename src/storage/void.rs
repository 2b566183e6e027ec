//! Voiding an entry (a case logged twice, or by mistake): the void step in one
//! transaction (its act, its event, its row of `void_steps`) and the case's void columns
//! brought to what the replay of its history leaves.

use crate::domain::case::{CaseRecord, Stamp};
use crate::domain::lifecycle::{Recorded, Void};
use crate::domain::register_no::CaseRef;
use crate::domain::{ActKind, Date, DomainError, EventKind, VoidReason};
use crate::error::Result;
use crate::storage::rows::{events_in, find_in, with_event};
use crate::storage::writes::{NewEvent, insert_act, insert_event};
use crate::storage::{Register, WRITE, db};
use rusqlite::{Connection, OptionalExtension, params};

/// The id of the case a register number names.
fn case_id_of(conn: &Connection, register_no: &str) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM cases WHERE register_no = ?1")
        .and_then(|mut st| st.query_row([register_no], |r| r.get(0)).optional())
        .map_err(db)?
        .ok_or_else(|| DomainError::NoSuchCase(CaseRef::Number(register_no.to_string())).into())
}

/// Brings a case's void to `want`.
pub(crate) fn sync_void(conn: &Connection, case_id: i64, want: Option<&Void>) -> Result<()> {
    let of = match want.and_then(|v| v.of.as_deref()) {
        Some(n) => Some(case_id_of(conn, n)?),
        None => None,
    };
    conn.prepare_cached(
        "UPDATE cases SET voided_on = ?2, void_reason = ?3, void_of = ?4 WHERE id = ?1
         AND (voided_on IS NOT ?2 OR void_reason IS NOT ?3 OR void_of IS NOT ?4)",
    )
    .and_then(|mut st| {
        st.execute(params![
            case_id,
            want.map(|v| v.on),
            want.map(|v| v.reason.as_str()),
            of
        ])
    })
    .map(drop)
    .map_err(db)
}

impl Register {
    /// Declares an entry void, for `reason`, dated `on`; `of` names the case it
    /// duplicates. Only an entry with no step in force can be voided. Returns the case.
    pub fn void_case(
        &mut self,
        r: &CaseRef,
        reason: VoidReason,
        of: Option<&CaseRef>,
        on: Date,
        stamp: &Stamp,
    ) -> Result<CaseRecord> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        let of = match of {
            Some(o) => {
                let other = find_in(&tx, o)?;
                if other.id == case.id {
                    return Err(DomainError::VoidOfItself {
                        case: case.register_no,
                    }
                    .into());
                }
                if other.void.is_some() {
                    return Err(DomainError::VoidOfVoid {
                        case: case.register_no,
                        of: other.register_no,
                    }
                    .into());
                }
                Some(other)
            }
            None => None,
        };
        let events = events_in(&tx, case.id)?;
        let seq = events.len() as i64 + 1;
        let void = Void {
            on,
            reason,
            of: of.as_ref().map(|o| o.register_no.clone()),
        };
        let after = with_event(&case, &events, Recorded::Void { seq, void })?;
        let act = insert_act(&tx, stamp, ActKind::Void, None)?;
        insert_event(
            &tx,
            &NewEvent::side_step(
                (case.id, seq),
                EventKind::Void,
                case.state,
                on,
                act,
                stamp.note.as_deref(),
            ),
        )?;
        tx.execute(
            "INSERT INTO void_steps (case_id, seq, reason, of_case) VALUES (?1, ?2, ?3, ?4)",
            params![case.id, seq, reason.as_str(), of.as_ref().map(|o| o.id)],
        )
        .map_err(db)?;
        sync_void(&tx, case.id, after.void.as_ref())?;
        let now = find_in(&tx, r)?;
        crate::storage::chain::commit(tx)?;
        Ok(now)
    }
}
