//! Bulk import of register rows: one transaction, cached statements, nothing kept per row.

use super::cases::{NewEvent, Stamp, body_id, insert_case, insert_event, next_serial};
use super::{Register, WRITE, db};
use crate::domain::State;
use crate::domain::lifecycle::Facts;
use crate::domain::register_no::Template;
use crate::domain::row::CaseRow;
use crate::error::{Error, Result};
use rusqlite::Transaction;

/// An import under way: every row goes into one transaction, which commits only if the
/// caller says so; dropped, it rolls back and the register is as it was.
pub struct Importer<'a> {
    tx: Transaction<'a>,
    template: Template,
    code: String,
    stamp: Stamp,
}

impl Register {
    /// Starts an import; every event it writes carries `stamp`.
    pub fn importer(&mut self, stamp: Stamp) -> Result<Importer<'_>> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        // An import is one long transaction: let SQLite keep more pages in memory
        // (64 MiB at most) and reuse our statements.
        tx.execute_batch("PRAGMA cache_size = -65536").map_err(db)?;
        tx.set_prepared_statement_cache_capacity(32);
        let (template, code) = Register::numbering(&tx)?;
        Ok(Importer {
            tx,
            template,
            code,
            stamp,
        })
    }
}

impl Importer<'_> {
    /// Adds one valid row with its history; returns its register number. A failure leaves
    /// the transaction usable (SQLite undoes the failed statement only), so the caller can
    /// go on checking the rest of the file.
    pub fn add(&mut self, row: &CaseRow) -> Result<String> {
        let tx = &self.tx;
        let received = row.facts.received_on;
        let year = received.year();
        if row.register_no.is_none() && self.template.needs_code() && self.code.is_empty() {
            return Err(Error::invalid(
                "the register has no commission code to number this case with",
            )
            .with_hint(
                "run `sengketa config set commission-code <CODE>` first, or fill register_no",
            ));
        }
        let serial = next_serial(tx, year)?;
        let register_no = match &row.register_no {
            Some(n) => n.clone(),
            None => self.template.render(serial, received, &self.code),
        };
        let body = body_id(tx, &row.public_body)?;
        let id = insert_case(
            tx,
            year,
            serial,
            &register_no,
            &row.applicant,
            row.applicant_kind,
            body,
            &row.subject,
            &row.facts,
        )?;
        let stamp = &self.stamp;
        insert_event(
            tx,
            &NewEvent {
                case_id: id,
                seq: 1,
                kind: "add",
                from: None,
                to: State::Entered,
                on: received,
                action: None,
                reverts: None,
                detail: None,
                stamp,
            },
        )?;
        // The history is the path the row describes, step by step.
        let mut facts = Facts::new(received);
        for (seq, (action, on)) in (2..).zip(row.facts.path()) {
            let next = facts
                .apply(&register_no, &action, on)
                .map_err(|e| Error::internal(format!("a checked row failed to replay: {e}")))?;
            insert_event(
                tx,
                &NewEvent {
                    case_id: id,
                    seq,
                    kind: action.kind(),
                    from: Some(facts.state()),
                    to: next.state(),
                    on,
                    action: Some(&action),
                    reverts: None,
                    detail: None,
                    stamp,
                },
            )?;
            facts = next;
        }
        debug_assert_eq!(facts, row.facts);
        Ok(register_no)
    }

    pub fn commit(self) -> Result<()> {
        self.tx.commit().map_err(db)
    }
}
