//! The register as rows of the register CSV, streamed straight from SQLite.

use super::damage::{Damage, Place, Why, lossy};
use super::{Register, StoreError, db};
use crate::error::Result;
use rusqlite::types::ValueRef;

/// The register CSV's rows: every case but the void entries (which were never disputes;
/// `case list --include-void` shows them).
fn export_sql() -> String {
    format!(
        "SELECT c.register_no, c.received_on, c.applicant, c.applicant_kind, \
         b.name, c.subject, c.qualified_on, c.not_qualified_on, c.not_qualified_reason, \
         c.withdrawn_on, c.decided_on, c.decision_via, c.decision_outcome, c.decision_no, \
         c.closed_on, c.registered_on, c.receipt_no FROM cases c JOIN bodies b ON b.id = c.body_id WHERE {}",
        super::sql::cohort("c.")
    )
}

/// The cohort, as SQL over the unprefixed case table.
fn live() -> String {
    super::sql::cohort("")
}

impl Register {
    /// How many cases an export writes.
    pub fn count_cases(&self, year: Option<i32>) -> Result<u64> {
        let n: i64 = match year {
            Some(y) => self.conn.query_row(
                &format!("SELECT count(*) FROM cases WHERE year = ?1 AND {}", live()),
                [y],
                |r| r.get(0),
            ),
            None => self.conn.query_row(
                &format!("SELECT count(*) FROM cases WHERE {}", live()),
                [],
                |r| r.get(0),
            ),
        }
        .map_err(db)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Calls `each` with every case's 15 fields, its registration's date and its receipt
    /// reference (empty for a step not taken), in register order; the strings borrow
    /// SQLite's buffers, nothing is copied or kept.
    pub fn export(
        &self,
        year: Option<i32>,
        mut each: impl FnMut(&[&str; 17]) -> Result<()>,
    ) -> Result<()> {
        let export = export_sql();
        let sql = match year {
            Some(_) => format!("{export} AND c.year = ?1 ORDER BY c.year, c.serial"),
            None => format!("{export} ORDER BY c.year, c.serial"),
        };
        let mut st = self.conn.prepare(&sql).map_err(db)?;
        let mut rows = match year {
            Some(y) => st.query([y]),
            None => st.query([]),
        }
        .map_err(db)?;
        while let Some(row) = rows.next().map_err(db)? {
            let mut fields = [""; 17];
            for (i, f) in fields.iter_mut().enumerate() {
                *f = match row.get_ref(i).map_err(db)? {
                    // Bytes that are not text were written empty: refused, named.
                    ValueRef::Text(t) => std::str::from_utf8(t).map_err(|_| {
                        StoreError::Damaged(Damage {
                            place: Place::Case(lossy(row, 0).unwrap_or_default()),
                            column: crate::domain::row::COLUMNS
                                .iter()
                                .chain(&["registered_on", "receipt_no"])
                                .nth(i)
                                .unwrap_or(&"")
                                .to_string(),
                            why: Why::NotText,
                        })
                    })?,
                    _ => "",
                };
            }
            each(&fields)?;
        }
        Ok(())
    }
}
