//! The deadlines of intake and mediation on a case, as of a date: the notice of an
//! incomplete filing (3 working days after receipt), the completion (7 after the notice),
//! and the mediation's last day (14 working days after the first meeting, 21 when
//! extended). `case show`, the overdue list and the agenda read them.

use super::Standing;
use crate::domain::Date;
use crate::domain::case::CaseRecord;
use crate::domain::intake::{self, IntakeDue};
use crate::domain::workdays::Calendar;

/// A case's intake and mediation deadlines as of a date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProcedureDue {
    /// The intake deadline still to meet, and where the case stands against it.
    pub intake: Option<(IntakeDue, Standing)>,
    /// The mediation's last day, and where it stands (met: it ended by then).
    pub mediation: Option<(Date, Standing)>,
}

impl ProcedureDue {
    /// `uses_intake`: whether the register records intake (else no notice is due).
    pub fn of(cal: &Calendar, c: &CaseRecord, uses_intake: bool, as_of: Date) -> ProcedureDue {
        let intake = intake::due(cal, c.state, c.facts.received_on, &c.intake, uses_intake)
            .map(|d| (d, Standing::of(cal, d.date(), None, as_of)));
        let mediation = c
            .mediation
            .due(cal)
            .map(|due| (due, Standing::of(cal, due, c.mediation.ended_on(), as_of)));
        ProcedureDue { intake, mediation }
    }
}
