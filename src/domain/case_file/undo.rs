//! What `case undo` reverted: a step, a correction of the particulars, or a change of the
//! case file (a note, a service, an assignment, the parties or the road), so that the
//! command can ask about it first and say afterwards what it was.

use crate::domain::case::EventRecord;
use crate::domain::{ActKind, Date, Party};

/// The change an undo reverts (or reverted).
#[derive(Debug, Clone, PartialEq)]
pub enum Reverted {
    /// A step of the lifecycle (qualify, a hearing, an intake step, ...).
    Step(EventRecord),
    /// A correction of the particulars (`case edit`); the case file's fields changed by
    /// the same act are reverted with it.
    Correction(EventRecord),
    /// A change of the case file alone.
    File(FileChange),
}

impl Reverted {
    /// The event reverted, when the change was one (a step or a correction).
    pub fn event(&self) -> Option<&EventRecord> {
        match self {
            Reverted::Step(e) | Reverted::Correction(e) => Some(e),
            Reverted::File(_) => None,
        }
    }
}

/// A change of a case's file, by the act that made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileChange {
    pub act: i64,
    pub kind: ActKind,
    /// When the act was recorded (the file's changes carry no date of their own).
    pub recorded_at: String,
    pub what: FileWhat,
}

/// What a change of the case file changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileWhat {
    /// A note (`case note`), with its text.
    Note(String),
    /// The service of a hearing's summons (`hearing served`).
    Service {
        hearing_no: i64,
        party: Party,
        on: Date,
    },
    /// The panel (`case assign`).
    Panel,
    /// The parties' contacts and the representative, the road to the dispute, or both
    /// (`case edit` of the case file).
    File { parties: bool, road: bool },
}

/// A change of the case file an undo struck: the change, and the undo's date and reason
/// (`case show` lists them, so the file's history reads whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileUndo {
    pub change: FileChange,
    pub on: Date,
    pub reason: String,
}
