//! The cohorts of `recap --times`: every case received by a date, streamed with the facts
//! its timing reads (no names), in no particular order.

use super::rows::opt_word;
use super::{Register, db};
use crate::domain::lifecycle::Facts;
use crate::domain::{Date, Outcome, Via};
use crate::error::Result;
use rusqlite::params;

impl Register {
    /// Streams the facts that end a case of every case received on or before `as_of` in
    /// the years asked for (all: `None`). One pass over the case table: each of them
    /// counts. (Not the first hearing held: it bears on the start deadline only, which the
    /// processing times do not read, and looking it up cost a probe of the hearings per
    /// case.)
    pub fn cohorts(
        &self,
        as_of: Date,
        years: Option<(i32, i32)>,
        mut each: impl FnMut(&Facts),
    ) -> Result<()> {
        // Every year: a plain scan of the table, not of the (year, serial) index and then
        // the table row by row, as a condition on the year would make SQLite do.
        let (from, to) = years.unwrap_or((0, 9999));
        let years_sql = if years.is_some() {
            "AND c.year BETWEEN ?2 AND ?3"
        } else {
            "AND ?2 <= ?3"
        };
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT c.received_on, c.qualified_on, c.not_qualified_on, c.withdrawn_on,
                        c.decided_on, c.decision_via, c.decision_outcome
                 FROM cases c WHERE c.received_on <= ?1 {years_sql} AND {}",
                super::sql::cohort("c.")
            ))
            .map_err(db)?;
        let mut rows = st.query(params![as_of, from, to]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            let read = || -> rusqlite::Result<Facts> {
                let via = opt_word(r, 5, Via::parse)?;
                let outcome = opt_word(r, 6, Outcome::parse)?;
                let mut f = Facts::new(r.get(0)?);
                f.qualified_on = r.get(1)?;
                f.not_qualified_on = r.get(2)?;
                f.withdrawn_on = r.get(3)?;
                f.decided_on = r.get(4)?;
                f.decision = via.zip(outcome);
                Ok(f)
            };
            each(&read().map_err(db)?);
        }
        Ok(())
    }
}
