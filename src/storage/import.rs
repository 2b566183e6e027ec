//! Bulk import of register rows: one transaction, statements prepared once, one act for the
//! whole file, and nothing kept per row: serial counters are kept per year and body ids per
//! body, both read and written inside the same transaction. The cases and their events are
//! written with the triggers and foreign keys off and their rules checked over the rows
//! written before the commit ([`bulk`]).

mod bulk;

use super::writes::{
    CaseRow as NewRow, INSERT_CASE, INSERT_EVENT, NewEvent, body_id, insert_act, insert_case_with,
    insert_event_with, number_taken,
};
use super::{Register, WRITE, db};
use crate::domain::case::Stamp;
use crate::domain::intake::{Intake, IntakeStep};
use crate::domain::lifecycle::Facts;
use crate::domain::register_no::Template;
use crate::domain::row::CaseRow;
use crate::domain::{ActKind, BodyKind, Date, DomainError, EventKind, State, body_key};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Statement, params};
use std::collections::HashMap;

/// The most spellings of body names an import remembers.
const SPELLINGS: usize = 10_000;

/// An import under way, inside [`Register::import`]'s transaction.
pub struct Importer<'c> {
    conn: &'c Connection,
    case: Statement<'c>,
    event: Statement<'c>,
    template: Template,
    code: String,
    act: i64,
    /// The last serial handed out per year (read from `serials` on first use, written back
    /// at the end): no scan of the year, no statement per row.
    serials: HashMap<i32, i64>,
    /// Body ids by name key: grows with the number of distinct bodies, not of rows.
    bodies: HashMap<String, i64>,
    /// Body ids by the name as a row spells it: most rows spell a body as an earlier row
    /// did, and need not have its key made (a Unicode normalisation) again. At most
    /// [`SPELLINGS`] of them, whatever the file.
    spelled: HashMap<String, i64>,
    /// The template's numbers skipped because a case already had them.
    skipped: Vec<String>,
    /// In the bulk phase: the cases and events go in with the triggers off.
    bulk: Option<bulk::Bulk>,
    /// The numbers given at registration to rows with a receipt, written after the bulk
    /// phase with the triggers on: (case, seq), date, number.
    numbers: Vec<((i64, i64), Date, String)>,
}

/// The connection's foreign keys and triggers on again when the import ends, however it
/// ends (both are the connection's settings, not the transaction's).
struct Restore<'c>(&'c Connection);

impl Drop for Restore<'_> {
    fn drop(&mut self) {
        // Nothing to report to here: a connection that cannot take them back is closed
        // with the run.
        let _ = bulk::triggers(self.0, true);
        let _ = self
            .0
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY");
    }
}

impl Register {
    /// Runs an import in one transaction. Its events belong to one act stamped with `stamp`
    /// (whose note names the source). `fill` adds the rows and says whether to keep them:
    /// `Ok(true)` commits; `Ok(false)` or an error rolls everything back.
    pub fn import(
        &mut self,
        stamp: &Stamp,
        fill: impl FnOnce(&mut Importer<'_>) -> Result<bool>,
    ) -> Result<bool> {
        self.import_with(stamp, true, fill)
    }

    /// [`Register::import`], its cases and events written in bulk (`bulk`: with the
    /// triggers and foreign keys off, their rules checked at the end) or one by one with
    /// every trigger on (what the tests compare it with).
    fn import_with(
        &mut self,
        stamp: &Stamp,
        bulk: bool,
        fill: impl FnOnce(&mut Importer<'_>) -> Result<bool>,
    ) -> Result<bool> {
        // Outside the transaction: SQLite ignores the foreign keys' pragma inside one, and
        // changing the temporary store empties the connection's temporary tables (which
        // hold nothing between two writes, but the acts a write has to seal during one).
        // Into a register without a case, the sorts that build the indexes after the load
        // spill to a file, not to memory; the bulk phase asks again inside the transaction.
        let first_load = bulk
            && self
                .conn
                .query_row("SELECT NOT EXISTS (SELECT 1 FROM cases)", [], |r| r.get(0))
                .map_err(db)?;
        if bulk {
            self.conn
                .execute_batch("PRAGMA foreign_keys = OFF")
                .map_err(db)?;
        }
        if first_load {
            self.conn
                .execute_batch("PRAGMA temp_store = FILE")
                .map_err(db)?;
        }
        let restore = Restore(&self.conn);
        let tx = rusqlite::Transaction::new_unchecked(restore.0, WRITE).map_err(db)?;
        // One long transaction: a 32 MiB page cache keeps the indexes' hot pages in memory
        // while the process stays well under 64 MB.
        tx.execute_batch("PRAGMA cache_size = -32768").map_err(db)?;
        let (template, code) = Register::numbering(&tx)?;
        let act = insert_act(&tx, stamp, ActKind::Import, stamp.note.as_deref())?;
        let bulk = if bulk {
            bulk::Bulk::start(&tx, first_load)?
        } else {
            None
        };
        if bulk.is_some() {
            bulk::triggers(&tx, false)?;
        }
        let keep = {
            let mut imp = Importer {
                conn: &tx,
                case: tx.prepare(INSERT_CASE).map_err(db)?,
                event: tx.prepare(INSERT_EVENT).map_err(db)?,
                template,
                code,
                act,
                serials: HashMap::new(),
                bodies: HashMap::new(),
                spelled: HashMap::new(),
                skipped: Vec::new(),
                bulk,
                numbers: Vec::new(),
            };
            let keep = fill(&mut imp)?;
            if keep {
                imp.finish()?;
            }
            keep
        };
        if keep {
            bulk::other_keys(&tx)?;
            super::chain::commit(tx)?;
        }
        Ok(keep)
    }
}

impl Importer<'_> {
    /// The template's numbers skipped so far because a case already had them.
    pub fn skipped(&self) -> &[String] {
        &self.skipped
    }

    fn next_serial(&mut self, year: i32) -> Result<i64> {
        if let Some(last) = self.serials.get_mut(&year) {
            *last += 1;
            return Ok(*last);
        }
        let last: i64 = self
            .conn
            .query_row("SELECT last FROM serials WHERE year = ?1", [year], |r| {
                r.get(0)
            })
            .optional()
            .map_err(db)?
            .unwrap_or(0);
        self.serials.insert(year, last + 1);
        Ok(last + 1)
    }

    fn body(&mut self, name: &str) -> Result<i64> {
        if let Some(&id) = self.spelled.get(name) {
            return Ok(id);
        }
        let key = body_key(name);
        if let Some(&id) = self.bodies.get(&key) {
            self.spell(name, id);
            return Ok(id);
        }
        // A body found or added with every rule of the bodies on: a handful per import.
        let bulk = self.bulk.is_some();
        if bulk {
            bulk::triggers(self.conn, true)?;
        }
        let id = body_id(self.conn, name, self.act, BodyKind::Other);
        if bulk {
            bulk::triggers(self.conn, false)?;
        }
        let id = id?;
        self.bodies.insert(key, id);
        self.spell(name, id);
        Ok(id)
    }

    fn spell(&mut self, name: &str, id: i64) {
        if self.spelled.len() < SPELLINGS {
            self.spelled.insert(name.to_string(), id);
        }
    }

    /// After the last row: the triggers on, the bulk phase's rules checked over the rows
    /// written, the registration numbers and the serials written.
    fn finish(&mut self) -> Result<()> {
        if let Some(bulk) = &mut self.bulk {
            bulk::triggers(self.conn, true)?;
            bulk.finish(self.conn, self.act)?;
        }
        for (at, on, no) in std::mem::take(&mut self.numbers) {
            super::intake::record_imported_number(self.conn, at, on, &no)?;
        }
        self.save_serials()
    }

    fn save_serials(&mut self) -> Result<()> {
        let mut st = self
            .conn
            .prepare(
                "INSERT INTO serials (year, last) VALUES (?1, ?2)
                 ON CONFLICT (year) DO UPDATE SET last = excluded.last",
            )
            .map_err(db)?;
        for (year, last) in &self.serials {
            st.execute(params![year, last]).map_err(db)?;
        }
        Ok(())
    }

    /// Adds one valid row with its history; returns its register number. A refused row
    /// leaves the transaction usable (nothing of it was written), so the caller can go on
    /// checking the rest of the file.
    pub fn add(&mut self, row: &CaseRow) -> Result<String, Refused> {
        let received = row.facts.received_on;
        let year = received.year();
        let intake = |e| Refused::Row(RowRefusal::Intake(e));
        registration_in_order(row).map_err(intake)?;
        // A row numbered at registration: named by its receipt until registered, then by
        // its number as written; both free.
        let receipt = row.receipt_no.as_deref();
        if let Some(r) = receipt {
            receipt_matches(row, r).map_err(intake)?;
            if row.registered_on.is_some() && number_taken(self.conn, r)? {
                return Err(Refused::Row(RowRefusal::NumberTaken(r.to_string())));
            }
        }
        let given = match receipt {
            Some(r) if row.registered_on.is_none() => Some(r),
            _ => row.register_no.as_deref(),
        };
        let body = self.body(&row.public_body)?;
        // A number the template makes that a case already has (a historic number) is
        // skipped for the next serial's, as `case add` does.
        let register_no = loop {
            let serial = self.next_serial(year)?;
            let register_no = self
                .template
                .number_for(given, serial, received, &self.code)
                .map_err(|e| Refused::Row(RowRefusal::Domain(e)))?;
            let inserted = insert_case_with(
                &mut self.case,
                &NewRow {
                    year,
                    serial,
                    register_no: &register_no,
                    applicant: &row.applicant,
                    kind: row.applicant_kind,
                    body_id: body,
                    subject: &row.subject,
                    facts: &row.facts,
                    receipt_no: receipt,
                    registered_on: row.registered_on,
                },
            )?;
            match (inserted, given) {
                (true, _) => break register_no,
                (false, Some(_)) => {
                    return Err(Refused::Row(RowRefusal::NumberTaken(register_no)));
                }
                (false, None) => self.skipped.push(register_no),
            }
        };
        let case_id = self.conn.last_insert_rowid();
        insert_event_with(
            &mut self.event,
            &NewEvent::entry(case_id, received, self.act, None),
        )?;
        // The registration first (intake comes before the path's first step), then the
        // path the row describes, step by step.
        let mut first = 2;
        if let Some(on) = row.registered_on {
            insert_event_with(
                &mut self.event,
                &NewEvent::side_step(
                    (case_id, 2),
                    EventKind::Register,
                    State::Entered,
                    on,
                    self.act,
                    None,
                ),
            )?;
            if receipt.is_some() {
                let at = (case_id, 2);
                if self.bulk.is_some() {
                    self.numbers.push((at, on, register_no.clone()));
                } else {
                    super::intake::record_imported_number(self.conn, at, on, &register_no)?;
                }
            }
            first = 3;
        }
        let mut facts = Facts::new(received);
        for (seq, (action, on)) in (first..).zip(row.facts.path().iter()) {
            let next = facts.apply(&register_no, action, *on).map_err(|e| {
                Error::from(DomainError::BrokenHistory {
                    case: format!("{register_no} ({e})"),
                    why: crate::domain::error::HistoryFault::Refused,
                })
            })?;
            insert_event_with(
                &mut self.event,
                &NewEvent::step(
                    (case_id, seq),
                    action,
                    (facts.state(), next.state()),
                    *on,
                    self.act,
                    None,
                ),
            )?;
            facts = next;
        }
        debug_assert_eq!(facts, row.facts);
        if let Some(bulk) = &mut self.bulk {
            bulk.added(year, &row.facts);
        }
        Ok(register_no)
    }
}

/// Why a row was not added: why the register or the procedure refuses it (the register's
/// rows: a [`RowRefusal`]; the hearings' and the appeals': the procedure's error), or the
/// failure that stops the import.
/// An import that adds its rows as steps of cases already in the register (the hearings'
/// and the appeals'): a row the procedure refuses is `Refused::Row`, with its error, and
/// writes nothing, so the caller can go on checking the rest of the file.
pub trait StepImporter<R> {
    /// Adds one valid row, its steps each checked by the procedure's rules.
    fn add(&mut self, row: &R) -> std::result::Result<(), Refused<DomainError>>;
}

#[derive(Debug)]
pub enum Refused<W = RowRefusal> {
    /// The row cannot go in; the import can go on checking the others.
    Row(W),
    /// Something else failed: the import stops.
    Failed(Error),
}

impl<W> From<Error> for Refused<W> {
    fn from(e: Error) -> Self {
        Refused::Failed(e)
    }
}

/// A row's registration is recorded before its path's first step, on or after its
/// receipt, as `case register` would take it.
fn registration_in_order(row: &CaseRow) -> std::result::Result<(), DomainError> {
    let Some(on) = row.registered_on else {
        return Ok(());
    };
    // Named by its number, or by its applicant where the template is to number it.
    let name = row.register_no.as_deref().unwrap_or(&row.applicant);
    let received = row.facts.received_on;
    let state = match row.facts.path().first() {
        Some((action, d)) if *d < on => Facts::new(received)
            .apply(name, action, *d)
            .map_or(State::Qualified, |f| f.state()),
        _ => State::Entered,
    };
    Intake::default()
        .apply(name, (state, received), &IntakeStep::Register, on)
        .map(drop)
}

/// A row with a receipt reference names the case by it until its registration (its
/// `register_no` the receipt or empty) and by a number of its own after it, as `export`
/// writes them; the qualification follows the registration.
fn receipt_matches(row: &CaseRow, receipt: &str) -> std::result::Result<(), DomainError> {
    let number = row.register_no.as_deref();
    let named = match row.registered_on {
        None => number.is_none_or(|n| n == receipt),
        Some(_) => number.is_some_and(|n| n != receipt),
    };
    if !named {
        return Err(DomainError::ReceiptMismatch {
            receipt: receipt.to_string(),
            number: number.unwrap_or_default().to_string(),
        });
    }
    let f = &row.facts;
    if row.registered_on.is_none() && (f.qualified_on.is_some() || f.not_qualified_on.is_some()) {
        return Err(DomainError::NotRegisteredYet {
            case: receipt.to_string(),
        });
    }
    Ok(())
}

#[derive(Debug)]
pub enum RowRefusal {
    /// The register number is taken (by a case of the register, or earlier in the file).
    NumberTaken(String),
    /// The row cannot be numbered (no commission code for the template).
    Domain(DomainError),
    /// Its registration is out of order: before its receipt, or after its first step.
    Intake(DomainError),
}

impl RowRefusal {
    /// The rule broken, to count refusals by kind.
    pub fn rule(&self) -> &'static str {
        match self {
            RowRefusal::NumberTaken(_) => "register number taken",
            RowRefusal::Domain(_) => "no commission code",
            RowRefusal::Intake(_) => "registration out of order",
        }
    }
}
