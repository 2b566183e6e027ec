//! The cases of `recap --by person`: for each person of the commission, the cases whose
//! current panel seats them (any seat: chair, member, mediator, clerk), each with the
//! facts its timing reads and the hearings held by the recap's date. No names of parties.

use super::rows::opt_word;
use super::{Register, db};
use crate::domain::lifecycle::Facts;
use crate::domain::{Date, Outcome, Via};
use crate::error::Result;
use rusqlite::params;

/// A case a person sits on, as `recap --by person` reads it.
#[derive(Debug, Clone)]
pub struct SatCase {
    pub facts: Facts,
    /// Its hearings held on or before the recap's date.
    pub hearings_held: i64,
}

impl Register {
    /// Each person's id with the counted cases received by `as_of` (in `years`) whose
    /// latest panel seats them; a person in two seats of one panel counts the case once.
    pub fn cases_by_person(
        &self,
        as_of: Date,
        years: Option<(i32, i32)>,
    ) -> Result<Vec<(i64, SatCase)>> {
        let (from, to) = years.unwrap_or((0, 9999));
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT s.person_id, c.received_on, c.qualified_on, c.not_qualified_on,
                        c.withdrawn_on, c.decided_on, c.decision_via, c.decision_outcome,
                        (SELECT count(*) FROM hearings h
                          WHERE h.case_id = c.id AND h.status = 'held' AND h.on_date <= ?1)
                 FROM panel_seats s JOIN cases c ON c.id = s.case_id
                 WHERE s.act_id = (SELECT max(p.act_id) FROM panels p WHERE p.case_id = s.case_id
                   AND p.act_id NOT IN (SELECT u.undone FROM case_file_undos u WHERE u.case_id = s.case_id))
                   AND c.received_on <= ?1 AND c.year BETWEEN ?2 AND ?3 AND {}
                 GROUP BY s.person_id, c.id
                 ORDER BY s.person_id, c.year, c.serial",
                super::sql::cohort("c.")
            ))
            .map_err(db)?;
        let rows = st
            .query_map(params![as_of, from, to], |r| {
                let mut f = Facts::new(r.get(1)?);
                f.qualified_on = r.get(2)?;
                f.not_qualified_on = r.get(3)?;
                f.withdrawn_on = r.get(4)?;
                f.decided_on = r.get(5)?;
                f.decision = opt_word(r, 6, Via::parse)?.zip(opt_word(r, 7, Outcome::parse)?);
                Ok((
                    r.get::<_, i64>(0)?,
                    SatCase {
                        facts: f,
                        hearings_held: r.get(8)?,
                    },
                ))
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db)
    }
}
