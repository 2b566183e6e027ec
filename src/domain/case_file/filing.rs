//! The filing window of a dispute (Law 14/2008 Art. 36(2), 37(2)): when the application
//! could be brought to the commission, and by when, from the road to it.
//!
//! The convention (docs/case-file.md): the window opens the day after the superior's
//! written answer, or, unanswered, the day after the last of the superior's 30 working
//! days from the objection; it closes on the 14th working day after that answer or that
//! last day. Received before the window: premature; after it: late; unknown without the
//! objection's date (and the superior's answer).

use super::Road;
use crate::domain::workdays::Calendar;
use crate::domain::{Date, Reason};

/// Working days the superior has to answer an objection (Art. 36(2)).
pub const SUPERIOR_DAYS: u32 = 30;
/// Working days to bring the dispute after the answer or its lapse (Art. 37(2)).
pub const FILING_DAYS: u32 = 14;

/// Where a received date falls against the filing window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilingStatus {
    InTime,
    Late,
    Premature,
    Unknown,
}

impl FilingStatus {
    /// Its spelling in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            FilingStatus::InTime => "in_time",
            FilingStatus::Late => "late",
            FilingStatus::Premature => "premature",
            FilingStatus::Unknown => "unknown",
        }
    }
}

/// The filing window of a case and where its receipt falls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filing {
    pub status: FilingStatus,
    pub window_from: Option<Date>,
    pub window_to: Option<Date>,
    /// The last of the superior's 30 working days, when the superior did not answer.
    pub superior_due: Option<Date>,
    /// Whether the window runs from the superior's answer (Art. 37(2)) rather than from
    /// the lapse of the superior's time (Art. 36(2) with 37(2)).
    pub answered: bool,
    /// The step a clerk may consider (`case reject --reason`), never taken automatically:
    /// `late` for a late filing, `no_objection` when the road is recorded without an
    /// objection.
    pub suggest: Option<Reason>,
}

/// The filing window of a case received on `received`, on the register's calendar.
pub fn filing(cal: &Calendar, road: &Road, received: Date) -> Filing {
    let (base, superior_due, answered) = match (road.superior_answered_on, road.objected_on) {
        (Some(s), _) => (Some(s), None, true),
        (None, Some(o)) => {
            let due = cal.add_working_days(o, SUPERIOR_DAYS);
            (due, due, false)
        }
        (None, None) => (None, None, false),
    };
    let window = base.and_then(|b| {
        let from = Date::from_day_number(b.day_number() + 1)?;
        let to = cal.add_working_days(b, FILING_DAYS)?;
        Some((from, to))
    });
    let Some((from, to)) = window else {
        let road_known = road.requested_on.is_some() || road.ppid_answered_on.is_some();
        return Filing {
            status: FilingStatus::Unknown,
            window_from: None,
            window_to: None,
            superior_due,
            answered,
            suggest: (road_known && road.objected_on.is_none()).then_some(Reason::NoObjection),
        };
    };
    let status = if received < from {
        FilingStatus::Premature
    } else if received > to {
        FilingStatus::Late
    } else {
        FilingStatus::InTime
    };
    Filing {
        status,
        window_from: Some(from),
        window_to: Some(to),
        superior_due,
        answered,
        suggest: (status == FilingStatus::Late).then_some(Reason::Late),
    }
}
