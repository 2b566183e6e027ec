//! One row of the hearings CSV: its columns, the hearing it describes, and the steps an
//! import records to reach it, each dated. Pure: the import reads a row into a
//! [`RawHearingRow`] and gets a [`HearingRow`] or every fault of the row.

use super::{Hearing, HearingStep, parse_time};
use crate::domain::error::{DateOf, DomainError, TextField};
use crate::domain::row::columns::columns;
use crate::domain::row::fault::{Faults, OwnFault, RowFault};
use crate::domain::rules::Field;
use crate::domain::{Attendance, Date, HearingKind, HearingStatus};

columns! {
    /// A row of the hearings CSV as read, every cell as written.
    RawHearingRow {
        register_no, hearing_no, kind, first_on, on_date, at, room, panel, status,
        applicant, respondent, reason,
    }
}

/// The reason an imported postponement carries when the file cannot say it: a hearing
/// postponed, then cancelled, keeps only the cancellation's reason.
pub const REASON_NOT_IN_FILE: &str = "not in the imported file";

/// A valid row: a hearing of the case named, as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HearingRow {
    pub register_no: String,
    pub no: i64,
    pub kind: HearingKind,
    pub first_on: Date,
    pub on: Date,
    pub at: Option<String>,
    pub room: Option<String>,
    pub panel: Option<String>,
    pub status: HearingStatus,
    /// The applicant's and the respondent's attendance (a hearing held).
    pub attendance: Option<(Attendance, Attendance)>,
    pub reason: Option<String>,
}

/// What is wrong with one cell of a row (or with the row, named by the column blamed).
pub type Fault = RowFault<HearingFault>;

/// The hearings CSV's own kinds of fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HearingFault {
    /// Not a hearing number (1, 2, ...).
    NotANumber,
    /// An attendance cell that must be given (a hearing held) or empty (any other).
    Attendance { held: bool },
    /// A reason that must be given (a hearing cancelled, or postponed: `on_date` is not
    /// `first_on`) or left empty (neither).
    Reason { needed: bool },
}

impl OwnFault for HearingFault {
    fn rule(&self) -> &'static str {
        match self {
            HearingFault::NotANumber => "not a number",
            HearingFault::Attendance { .. } => "attendance",
            HearingFault::Reason { .. } => "reason",
        }
    }
    fn message(&self, column: &'static str, _: &str) -> crate::domain::message::Msg {
        use crate::domain::message::msg;
        match self {
            HearingFault::NotANumber => msg!("fault-not-a-hearing-number"),
            HearingFault::Attendance { held: true } => {
                msg!("fault-attendance-needed", column = column)
            }
            HearingFault::Attendance { held: false } => msg!("fault-attendance-not-held"),
            HearingFault::Reason { needed: true } => msg!("fault-reason-needed"),
            HearingFault::Reason { needed: false } => msg!("fault-reason-not-needed"),
        }
    }
}

impl Faults<HearingFault> {
    /// An attendance: given exactly when the hearing was held (`held`: None when the
    /// status could not be read).
    fn attendance(
        &mut self,
        column: &'static str,
        v: &str,
        held: Option<bool>,
    ) -> Option<Attendance> {
        let v = v.trim();
        match (held?, v.is_empty()) {
            (false, true) => None,
            (true, false) => self.word(column, v, Attendance::parse),
            // missing on a hearing held, or given on another
            (held, _) => {
                self.own(column, v, HearingFault::Attendance { held });
                None
            }
        }
    }
}

/// Reads a row: the hearing it describes, or every fault found in it.
pub fn parse_row(raw: &RawHearingRow) -> Result<HearingRow, Vec<Fault>> {
    let mut f = Faults::default();
    let register_no = f.required("register_no", raw.register_no);
    let no = f.required("hearing_no", raw.hearing_no).and_then(|v| {
        let n = v.parse::<i64>().ok().filter(|n| *n >= 1);
        if n.is_none() {
            f.own("hearing_no", v, HearingFault::NotANumber);
        }
        n
    });
    let kind = f.required_word("kind", raw.kind, HearingKind::parse);
    let first_on = f.required_date("first_on", raw.first_on);
    let on = f.required_date("on_date", raw.on_date);
    let at = f.word("at", raw.at, parse_time);
    let status = f.required_word("status", raw.status, HearingStatus::parse);
    let held = status.map(|s| s == HearingStatus::Held);
    let applicant = f.attendance("applicant", raw.applicant, held);
    let respondent = f.attendance("respondent", raw.respondent, held);
    let text = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    for (column, v, p) in [
        ("register_no", raw.register_no, TextField::RegisterNo),
        ("room", raw.room, TextField::Room),
        ("panel", raw.panel, TextField::Panel),
        ("reason", raw.reason, TextField::HearingReason),
    ] {
        f.text(column, v, p);
    }
    let reason = text(raw.reason);
    if let (Some(status), Some(first_on), Some(on)) = (status, first_on, on) {
        let needed = status == HearingStatus::Cancelled || on != first_on;
        if needed != reason.is_some() {
            f.own("reason", raw.reason.trim(), HearingFault::Reason { needed });
        }
    }
    match (register_no, no, kind, first_on, on, status) {
        (Some(register_no), Some(no), Some(kind), Some(first_on), Some(on), Some(status))
            if f.0.is_empty() =>
        {
            Ok(HearingRow {
                register_no: register_no.to_string(),
                no,
                kind,
                first_on,
                on,
                at,
                room: text(raw.room),
                panel: text(raw.panel),
                status,
                attendance: applicant.zip(respondent),
                reason,
            })
        }
        _ => Err(f.0),
    }
}

impl HearingRow {
    /// The steps that lead to this hearing, each with the date it is recorded on, for a
    /// case received on `received`, as of `today`. The file does not say when a hearing
    /// was summoned nor when it was postponed: both are dated the earliest of its dates
    /// and today (no later than they can have happened, never in the future); a hearing
    /// held is dated its own date; a cancellation the hearing's date, or today if that is
    /// still to come. Refused when a date precedes the case's receipt.
    pub fn steps(
        &self,
        received: Date,
        today: Date,
    ) -> Result<Vec<(HearingStep, Date)>, DomainError> {
        for date in [self.first_on, self.on] {
            if date < received {
                return Err(DomainError::DateOrder {
                    what: DateOf::Hearing,
                    date,
                    before: Field::Received,
                    before_date: received,
                });
            }
        }
        let summoned = self.first_on.min(self.on).min(today);
        let mut steps = vec![(
            HearingStep::Schedule {
                no: self.no,
                kind: self.kind,
                on: self.first_on,
                at: self.at.clone(),
                room: self.room.clone(),
                panel: self.panel.clone(),
            },
            summoned,
        )];
        let reason = self.reason.clone().unwrap_or_default();
        if self.on != self.first_on {
            let why = match self.status {
                HearingStatus::Cancelled => REASON_NOT_IN_FILE.to_string(),
                _ => reason.clone(),
            };
            steps.push((
                HearingStep::Postpone {
                    no: self.no,
                    to: self.on,
                    reason: why,
                },
                summoned,
            ));
        }
        match (self.status, self.attendance) {
            (HearingStatus::Held, Some((applicant, respondent))) => steps.push((
                HearingStep::Held {
                    no: self.no,
                    applicant,
                    respondent,
                },
                self.on,
            )),
            (HearingStatus::Cancelled, _) => steps.push((
                HearingStep::Cancel {
                    no: self.no,
                    reason,
                },
                self.on.min(today),
            )),
            _ => {}
        }
        Ok(steps)
    }
}

impl crate::domain::row::Blamed for HearingRow {
    fn blame(&self, e: &DomainError) -> &'static str {
        match e {
            DomainError::HearingNumberTaken { .. } | DomainError::HearingNumberUsed { .. } => {
                "hearing_no"
            }
            DomainError::DateOrder { date, .. } if *date == self.first_on => "first_on",
            DomainError::DateOrder { .. }
            | DomainError::HearingNotYet { .. }
            | DomainError::BadPostponement { .. } => "on_date",
            DomainError::HearingRefused { .. } => "status",
            _ => "register_no",
        }
    }
}

/// A hearing of the case `register_no` as a row of the hearings CSV, in [`COLUMNS`] order
/// (an empty cell for what it does not have).
pub fn cells(register_no: &str, h: &Hearing) -> [String; 12] {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let att = |a: Option<Attendance>| a.map(|a| a.as_str().to_string()).unwrap_or_default();
    [
        register_no.to_string(),
        h.no.to_string(),
        h.kind.as_str().to_string(),
        h.first_on.to_string(),
        h.on.to_string(),
        opt(&h.at),
        opt(&h.room),
        opt(&h.panel),
        h.status.as_str().to_string(),
        att(h.applicant),
        att(h.respondent),
        opt(&h.reason),
    ]
}

#[cfg(test)]
mod tests;
