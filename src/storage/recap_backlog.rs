//! What the backlog figures read from one register, as of a date: every case received by
//! then as a [`Span`] (its working days counted with this register's calendar, its
//! decision's finality from its appeals) and every hearing as a [`Sitting`]. Void entries
//! count nowhere.

use super::appeal::all_appeals;
use super::{CaseFilter, Register, db, sql};
use crate::domain::Date;
use crate::domain::appeal::{Appeals, finality};
use crate::domain::recap::backlog::{Sitting, SittingStatus, Span};
use crate::error::Result;
use std::ops::ControlFlow;

impl Register {
    /// Every case received on or before `as_of` (not void), as the backlog figures read
    /// it, in register order.
    pub fn backlog_spans(&self, as_of: Date) -> Result<Vec<Span>> {
        let cal = self.calendar()?;
        let mut appeals = all_appeals(&self.conn)?;
        let filter = CaseFilter {
            received_to: Some(as_of),
            ..CaseFilter::default()
        };
        let mut spans = Vec::new();
        self.list(&filter, |case, first_held| {
            let filed = appeals.remove(&case.id).unwrap_or_default();
            let appeals = Appeals {
                served_on: case.served_on,
                filed,
            };
            let final_on = finality(&case.facts, &appeals, &cal, as_of).final_on();
            spans.push(Span::of(
                &cal,
                &case.facts,
                first_held,
                case.served_on,
                final_on,
                as_of,
            ));
            Ok(ControlFlow::Continue(()))
        })?;
        Ok(spans)
    }

    /// Every hearing of a case that is not void.
    pub fn sittings(&self) -> Result<Vec<Sitting>> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT h.on_date, h.first_on, h.status, h.postponements,
                        h.applicant = 'absent', h.respondent = 'absent'
                 FROM hearings h JOIN cases c ON c.id = h.case_id WHERE {}",
                sql::cohort("c.")
            ))
            .map_err(db)?;
        let rows = st
            .query_map([], |r| {
                let status: String = r.get(2)?;
                Ok(Sitting {
                    on: r.get(0)?,
                    first_on: r.get(1)?,
                    status: match status.as_str() {
                        "held" => SittingStatus::Held,
                        "cancelled" => SittingStatus::Cancelled,
                        _ => SittingStatus::Scheduled,
                    },
                    postponements: r.get(3)?,
                    applicant_absent: r.get::<_, Option<bool>>(4)?.unwrap_or(false),
                    respondent_absent: r.get::<_, Option<bool>>(5)?.unwrap_or(false),
                })
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }
}
