//! Writing intake (`domain::intake`): an intake step in one transaction (its act, its
//! event, the case's intake columns brought to what the replay of its history leaves), and
//! whether the register uses intake at all.

use crate::domain::case::{CaseRecord, Stamp};
use crate::domain::intake::{Intake, IntakeStep};
use crate::domain::lifecycle::Recorded;
use crate::domain::register_no::CaseRef;
use crate::domain::register_no::NumberAt;
use crate::domain::{Date, EventKind};
use crate::error::Result;
use crate::storage::rows::{events_in, find_in, with_event};
use crate::storage::writes::{NewEvent, insert_act, insert_event, number_taken};
use crate::storage::{Register, WRITE, db};
use rusqlite::{Connection, OptionalExtension, params};

/// Brings a case's intake columns to `want` (through the trigger that allows only the
/// intake steps' changes and their undo), and its name with them where its number is
/// given at registration: the registration just recorded as event `seq` gives it the
/// next number of its year; an undo that leaves it unregistered names it by its receipt
/// again. One statement, so that the row never names a registered case by its receipt.
pub(crate) fn sync_intake(
    conn: &Connection,
    case: &CaseRecord,
    seq: i64,
    want: &Intake,
) -> Result<()> {
    let name = match (&case.receipt_no, want.registered_on) {
        (Some(receipt), None) => receipt.clone(),
        (Some(_), Some(on)) if case.unnumbered() => give_number(conn, case.id, seq, on)?,
        _ => case.register_no.clone(),
    };
    conn.prepare_cached(
        "UPDATE cases SET incomplete_on = ?2, registered_on = ?3, not_registered_on = ?4,
         not_registered_reason = ?5, register_no = ?6 WHERE id = ?1
         AND (incomplete_on IS NOT ?2 OR registered_on IS NOT ?3 OR not_registered_on IS NOT ?4
              OR not_registered_reason IS NOT ?5 OR register_no IS NOT ?6)",
    )
    .and_then(|mut st| {
        st.execute(params![
            case.id,
            want.incomplete_on,
            want.registered_on,
            want.not_registered_on,
            want.not_registered_reason.map(|r| r.as_str()),
            name,
        ])
    })
    .map(drop)
    .map_err(db)
}

/// The number each registration gave, by its case and event (for `verify`).
pub(crate) fn all_register_numbers(
    conn: &Connection,
) -> Result<std::collections::HashMap<(i64, i64), String>> {
    let mut st = conn
        .prepare("SELECT case_id, seq, register_no FROM register_numbers")
        .map_err(db)?;
    let rows = st
        .query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))
        .map_err(db)?;
    rows.collect::<rusqlite::Result<_>>().map_err(db)
}

/// When the register gives its numbers (the setting `register-number-at`), read inside
/// the caller's transaction.
pub(crate) fn number_at(conn: &Connection) -> Result<NumberAt> {
    let set: Option<String> = conn
        .query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [crate::storage::settings::REGISTER_NUMBER_AT],
            |r| r.get(0),
        )
        .optional()
        .map_err(db)?;
    Ok(set.as_deref().and_then(NumberAt::parse).unwrap_or_default())
}

/// The number the registration `(case_id, seq)` on `on` gives: the template's number for
/// the serial after the highest standing one of the registration's year (a number undone
/// is given again only if no later one stands), past any number a case already has;
/// recorded in `register_numbers` with its serial.
fn give_number(conn: &Connection, case_id: i64, seq: i64, on: Date) -> Result<String> {
    let (template, code) = Register::numbering(conn)?;
    let mut serial = last_number_serial(conn, on.year())?;
    let no = loop {
        serial += 1;
        let no = template.number_for(None, serial, on, &code)?;
        if !number_taken(conn, &no)? {
            break no;
        }
    };
    record_number(conn, (case_id, seq), on, serial, &no)?;
    Ok(no)
}

/// The highest serial of `year`'s registrations that stand (0 for none).
fn last_number_serial(conn: &Connection, year: i32) -> Result<i64> {
    conn.prepare_cached(
        "SELECT coalesce(max(n.serial), 0) FROM register_numbers n WHERE n.year = ?1
         AND NOT EXISTS (SELECT 1 FROM events u WHERE u.case_id = n.case_id
                         AND u.reverts = n.seq)",
    )
    .and_then(|mut st| st.query_row([year], |r| r.get(0)))
    .map_err(db)
}

/// Records that the registration `(case_id, seq)` on `on` gave `no`, the `serial`th of
/// its year.
fn record_number(
    conn: &Connection,
    (case_id, seq): (i64, i64),
    on: Date,
    serial: i64,
    no: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO register_numbers (case_id, seq, year, serial, register_no)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .and_then(|mut st| st.execute(params![case_id, seq, on.year(), serial, no]))
    .map(drop)
    .map_err(db)
}

/// Records that the registration `(case_id, seq)` of an imported row, on `on`, gave the
/// number `no` as written: the next serial of its year.
pub(crate) fn record_imported_number(
    conn: &Connection,
    at: (i64, i64),
    on: Date,
    no: &str,
) -> Result<()> {
    let serial = last_number_serial(conn, on.year())? + 1;
    record_number(conn, at, on, serial, no)
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
    sync_intake(&tx, &case, seq, &after.intake)?;
    super::mediation::sync_mediation(&tx, case.id, &after.mediation)?;
    // By its place in the register: a registration may have just renamed it.
    let now = find_in(&tx, &case.short_ref())?;
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

    /// Whether any case of the register is numbered at registration (has a receipt
    /// reference).
    pub fn uses_receipts(&self) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM cases WHERE receipt_no IS NOT NULL)",
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

    /// The filings not registered by `as_of`, per year of receipt (void entries left
    /// out), as the rest of the recap counts what happened by its as-of date.
    pub fn not_registered_by_year(&self, as_of: Date) -> Result<Vec<(i32, i64)>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT year, count(*) FROM cases WHERE not_registered_on <= ?1
                 AND voided_on IS NULL GROUP BY year ORDER BY year",
            )
            .map_err(db)?;
        let rows = st
            .query_map([as_of], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }
}
