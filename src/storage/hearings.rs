//! Hearings: recording a hearing step (one transaction: its act, its event, its payload,
//! the hearing as it now stands), reading a case's hearings or a span of days', and the
//! hearings CSV out and in (an import: one act, one transaction, each row's history
//! synthesised and checked step by step).

mod guard;
mod import;
mod read;
#[cfg(test)]
mod tests;
mod write;

pub use guard::HearingOverrides;
pub(crate) use guard::{hearing_minutes, overrides_in, panel_people, write_overrides};
pub use import::{HearingImporter, HearingRefused};
pub(crate) use read::{all_hearings, hearing_columns, hearing_from_row, hearings_in};
pub(crate) use write::sync_hearings;

use crate::domain::{Date, HearingKind};

/// A hearing to schedule: everything but its number, which the register gives.
#[derive(Debug, Clone)]
pub struct HearingPlan {
    pub kind: HearingKind,
    pub on: Date,
    pub at: Option<String>,
    pub room: Option<String>,
    pub panel: Option<String>,
}
