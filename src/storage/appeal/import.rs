//! The appeals import: its rows added in one transaction, each checked by a replay of
//! its case's history.

use super::write::write_appeal_step;
use crate::domain::appeal::AppealStep;
use crate::domain::appeal::row::AppealRow;
use crate::domain::case::{CaseRecord, Stamp, recorded};
use crate::domain::lifecycle::{Recorded, replay};
use crate::domain::register_no::CaseRef;
use crate::domain::{ActKind, Date, DomainError};
use crate::error::Result;
use crate::storage::rows::{case_from_row, events_in, find_sql};
use crate::storage::{Register, db};
use rusqlite::{Connection, OptionalExtension};
use std::collections::HashMap;

impl Register {
    /// Runs an appeals import in one transaction, its events all of one act stamped
    /// with `stamp` (whose note names the source). `fill` adds the rows and says whether
    /// to keep them: `Ok(true)` commits; `Ok(false)` or an error rolls everything back.
    pub fn import_appeals(
        &mut self,
        stamp: &Stamp,
        fill: impl FnOnce(&mut AppealImporter<'_>) -> Result<bool>,
    ) -> Result<bool> {
        self.import_in_one_act(stamp, ActKind::AppealsImport, |conn, act| {
            fill(&mut AppealImporter {
                conn,
                act,
                cases: HashMap::new(),
            })
        })
    }
}

/// An appeals import under way, inside [`Register::import_appeals`]'s transaction.
pub struct AppealImporter<'c> {
    conn: &'c Connection,
    act: i64,
    /// The cases the file names so far, with their histories as the rows leave them (a
    /// missing case: None).
    cases: HashMap<String, Option<(CaseRecord, Vec<Recorded>)>>,
}

/// Why an appeals row was not added: the procedure refuses it, or the import stops.
pub type AppealRefused = crate::storage::Refused<DomainError>;

impl crate::storage::StepImporter<AppealRow> for AppealImporter<'_> {
    /// Adds one valid row: the service (when the case has none yet), the filing and the
    /// court's decision, each checked by the procedure's rules (a replay of the case's
    /// history with it), then written. A refused row writes nothing.
    fn add(&mut self, row: &AppealRow) -> Result<(), AppealRefused> {
        let conn = self.conn;
        let act = self.act;
        if !self.cases.contains_key(&row.register_no) {
            let found = conn
                .prepare_cached(&find_sql(false))
                .and_then(|mut st| st.query_row([&row.register_no], case_from_row).optional())
                .map_err(db)?;
            let open = match found {
                Some(case) => {
                    let events = events_in(conn, case.id)?;
                    let history = recorded(&case.register_no, &events)
                        .map_err(|e| AppealRefused::Failed(e.into()))?;
                    Some((case, history))
                }
                None => None,
            };
            self.cases.insert(row.register_no.clone(), open);
        }
        let Some((case, history)) = self
            .cases
            .get_mut(&row.register_no)
            .and_then(Option::as_mut)
        else {
            let r = CaseRef::Number(row.register_no.clone());
            return Err(AppealRefused::Row(DomainError::NoSuchCase(r)));
        };
        let now = replay(&case.register_no, history).map_err(AppealRefused::Row)?;
        let mut steps: Vec<(AppealStep, Date)> = Vec::new();
        if let Some(s) = row.served_on
            && now.appeals.served_on != Some(s)
        {
            steps.push((AppealStep::Serve, s));
        }
        steps.extend(row.steps());
        // Every step checked before anything is written.
        let mut trial = history.clone();
        let mut afters = Vec::with_capacity(steps.len());
        let first_seq = (history.len() + 1) as i64;
        for (i, (step, on)) in steps.iter().enumerate() {
            trial.push(Recorded::Appeal {
                seq: first_seq + i as i64,
                step: step.clone(),
                on: *on,
            });
            let r = replay(&case.register_no, &trial).map_err(AppealRefused::Row)?;
            afters.push(r.appeals);
        }
        for (i, ((step, on), after)) in steps.iter().zip(&afters).enumerate() {
            write_appeal_step(
                conn,
                case,
                first_seq + i as i64,
                (step, *on),
                after,
                act,
                None,
            )?;
        }
        *history = trial;
        Ok(())
    }
}
