//! Writing mediation (`domain::mediation`): a mediation step in one transaction, the
//! case's mediation columns brought to what the replay of its history leaves, and the
//! cases' mediations read back for `recap --mediation`.

use crate::domain::Date;
use crate::domain::case::{CaseRecord, Stamp};
use crate::domain::lifecycle::Recorded;
use crate::domain::mediation::{Mediation, MediationStep};
use crate::domain::register_no::CaseRef;
use crate::error::Result;
use crate::storage::rows::find_in;
use crate::storage::{Register, db, sql};
use rusqlite::{Connection, params};

/// Brings a case's mediation columns to `want`.
pub(crate) fn sync_mediation(conn: &Connection, case_id: i64, want: &Mediation) -> Result<()> {
    conn.prepare_cached(
        "UPDATE cases SET mediation_on = ?2, mediation_extended_on = ?3,
         mediation_failed_on = ?4, mediation_agreed_on = ?5 WHERE id = ?1
         AND (mediation_on IS NOT ?2 OR mediation_extended_on IS NOT ?3
              OR mediation_failed_on IS NOT ?4 OR mediation_agreed_on IS NOT ?5)",
    )
    .and_then(|mut st| {
        st.execute(params![
            case_id,
            want.started_on,
            want.extended_on,
            want.failed_on,
            want.agreed_on,
        ])
    })
    .map(drop)
    .map_err(db)
}

impl Register {
    /// Records a mediation step of a case, dated `on`, checked against the grounds of
    /// its case file (exempt information skips mediation). Returns the case as it now
    /// stands.
    pub fn mediation_step(
        &mut self,
        r: &CaseRef,
        step: &MediationStep,
        on: Date,
        stamp: &Stamp,
    ) -> Result<CaseRecord> {
        let case = find_in(&self.conn, r)?;
        let grounds = super::case_file::road(&self.conn, case.id)?.grounds;
        // The grounds are the case file's as they stand now; the replay checks the rest.
        case.mediation.apply(
            &case.register_no,
            (case.state, &grounds, case.facts.last_step()),
            step,
            on,
        )?;
        let recorded = |seq| Recorded::Mediation {
            seq,
            step: step.clone(),
            on,
        };
        super::intake::write_side_step(self, r, (step.kind(), step.detail(), on), recorded, stamp)
    }

    /// Every counted case that went to mediation, in register order: its register number,
    /// year and mediation.
    pub fn mediations(&self) -> Result<Vec<(String, i32, Mediation)>> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT register_no, year, mediation_on, mediation_extended_on,
                 mediation_failed_on, mediation_agreed_on FROM cases
                 WHERE mediation_on IS NOT NULL AND {} ORDER BY year, serial",
                sql::cohort("")
            ))
            .map_err(db)?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    Mediation {
                        started_on: r.get(2)?,
                        extended_on: r.get(3)?,
                        failed_on: r.get(4)?,
                        agreed_on: r.get(5)?,
                    },
                ))
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }
}
