//! What a case's history records, event by event, as the replay reads it.

use crate::domain::appeal::AppealStep;
use crate::domain::hearing::HearingStep;
use crate::domain::intake::IntakeStep;
use crate::domain::lifecycle::Action;
use crate::domain::mediation::MediationStep;
use crate::domain::{Date, EventKind, VoidReason};

/// Why an entry is void, since when, and which case it duplicates (its register number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Void {
    pub on: Date,
    pub reason: VoidReason,
    pub of: Option<String>,
}

/// One recorded event of a case's history, as far as replaying it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    Add {
        received_on: Date,
    },
    Step {
        seq: i64,
        action: Action,
        on: Date,
    },
    Hearing {
        seq: i64,
        step: HearingStep,
        on: Date,
    },
    /// An appeal step after the decision (service, filing, court decision).
    Appeal {
        seq: i64,
        step: AppealStep,
        on: Date,
    },
    /// An intake step (notice, registration, not registered).
    Intake {
        seq: i64,
        step: IntakeStep,
        on: Date,
    },
    /// A mediation step.
    Mediation {
        seq: i64,
        step: MediationStep,
        on: Date,
    },
    /// The entry declared void.
    Void {
        seq: i64,
        void: Void,
    },
    Undo {
        reverts: i64,
    },
    Edit,
}

impl Recorded {
    /// The kind of its event.
    pub fn kind(&self) -> EventKind {
        match self {
            Recorded::Add { .. } => EventKind::Add,
            Recorded::Step { action, .. } => action.kind(),
            Recorded::Hearing { step, .. } => step.kind(),
            Recorded::Appeal { step, .. } => step.kind(),
            Recorded::Intake { step, .. } => step.kind(),
            Recorded::Mediation { step, .. } => step.kind(),
            Recorded::Void { .. } => EventKind::Void,
            Recorded::Undo { .. } => EventKind::Undo,
            Recorded::Edit => EventKind::Edit,
        }
    }
}
