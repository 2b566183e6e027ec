//! The rules of the procedure an input can break, as structured values: which case, which
//! state, which step, which field. The command layer puts them into words (and `--flag`
//! hints), in one place.

use super::register_no::CaseRef;
use super::rules::Field;
use super::text::{self, TextFault, TextKind};
use super::vocab::DayKind;
use super::vocab::Vocab;
use super::{Date, EventKind, HearingStatus, Outcome, State, Via};

/// A case's particular that a command or a row must give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Particular {
    Applicant,
    Body,
    Subject,
    RegisterNo,
    UndoReason,
    /// A calendar day's Indonesian name.
    DayName,
    DayNameEn,
    DaySource,
    /// Why a day is removed from the calendar.
    RemoveReason,
    /// The reason a hearing is postponed or cancelled.
    HearingReason,
    Room,
    Panel,
    /// A note kept with a step.
    Note,
    /// Who records a step.
    Actor,
    /// A decision's own number.
    DecisionNo,
    /// A register-wide setting's value (`config set`).
    Setting,
}

impl Particular {
    /// The kind of text the particular is, and so its limit ([`super::text`]).
    pub fn text_kind(self) -> TextKind {
        match self {
            Particular::RegisterNo | Particular::DecisionNo | Particular::Setting => {
                TextKind::Number
            }
            Particular::Applicant
            | Particular::Body
            | Particular::DayName
            | Particular::DayNameEn
            | Particular::Room
            | Particular::Panel
            | Particular::Actor => TextKind::Name,
            Particular::Subject | Particular::DaySource => TextKind::Subject,
            Particular::UndoReason
            | Particular::RemoveReason
            | Particular::HearingReason
            | Particular::Note => TextKind::Note,
        }
    }

    /// Checks `value` as this particular's text (an empty value is its caller's rule).
    pub fn check(self, value: &str) -> Result<(), DomainError> {
        text::check(self.text_kind(), value)
            .map_err(|fault| DomainError::Text { what: self, fault })
    }
}

/// Whose date a date rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOf {
    /// The received date of a new case.
    Received,
    /// The date of a step.
    Step(EventKind),
    /// The date a hearing is set for.
    Hearing,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("'{value}' is not a valid {what:?}")]
    BadValue {
        what: Vocab,
        value: String,
        allowed: Vec<String>,
    },
    #[error("'{0}' is not a date")]
    NotADate(String),
    /// A date of a year outside [`super::Date::YEARS`].
    #[error("'{0}' is outside the years a register takes")]
    YearOutOfRange(String),
    #[error("{what:?} {date} lies in the future (today is {today})")]
    FutureDate {
        what: DateOf,
        date: Date,
        today: Date,
    },
    /// A step dated before the latest step of the case (`before`: that step's fact).
    #[error("{what:?} {date} is before {before:?} {before_date}")]
    DateOrder {
        what: DateOf,
        date: Date,
        before: Field,
        before_date: Date,
    },
    /// An undo dated before the step it reverts.
    #[error("the undo date {date} is before the date of the step it reverts ({kind}, {before})")]
    UndoBeforeStep {
        date: Date,
        kind: EventKind,
        before: Date,
    },
    #[error("case {case} is {state}: it cannot be {step}")]
    Refused {
        case: String,
        state: State,
        step: EventKind,
        allowed: Vec<EventKind>,
    },
    #[error("case {case}: a decision via {via} cannot have the outcome {outcome}")]
    BadDecision {
        case: String,
        state: State,
        via: Via,
        outcome: Outcome,
    },
    #[error("case {case} has no step left to undo")]
    NothingToUndo { case: String },
    #[error("{0:?} is empty")]
    Empty(Particular),
    /// A particular's text too long, holding a control character, or showing nothing.
    #[error("{what:?}: {fault:?}")]
    Text { what: Particular, fault: TextFault },
    #[error("nothing to change on case {case}")]
    NothingToChange { case: String },
    /// A correction that gives no particular at all (as opposed to `NothingToChange`:
    /// particulars given, each equal to the case's).
    #[error("no particular given to change")]
    NothingGiven,
    #[error("there is no case {0}")]
    NoSuchCase(CaseRef),
    #[error("register number {0} is already in the register")]
    NumberTaken(String),
    /// A register number of the form `YEAR/SERIAL`: a short reference to another case.
    #[error("register number {number} reads as the short reference {year}/{serial}")]
    NumberLikeReference {
        number: String,
        year: i32,
        serial: i64,
    },
    #[error("the register has no commission code")]
    NoCommissionCode,
    #[error("register template '{template}': {why:?}")]
    BadTemplate {
        template: String,
        why: TemplateFault,
    },
    #[error("a case reference is empty")]
    EmptyCaseRef,
    #[error("'{0}' is not a time of day")]
    NotATime(String),
    #[error("case {case} is {state}: no hearing can be recorded on it")]
    HearingOnClosedCase { case: String, state: State },
    #[error("case {case} already has a hearing {no}")]
    HearingNumberTaken { case: String, no: i64 },
    /// A hearing number given before on the case, to a scheduling since undone: numbers
    /// are never given twice.
    #[error("hearing number {no} was given before on case {case}")]
    HearingNumberUsed { case: String, no: i64 },
    #[error("case {case} has no hearing {no}")]
    NoSuchHearing { case: String, no: i64 },
    #[error("hearing {no} of case {case} is {status}: it cannot be {step}")]
    HearingRefused {
        case: String,
        no: i64,
        status: HearingStatus,
        step: EventKind,
    },
    #[error("hearing {no} of case {case} cannot be postponed from {from} to {to}")]
    BadPostponement {
        case: String,
        no: i64,
        from: Date,
        to: Date,
        recorded: Date,
    },
    #[error("hearing {no} of case {case} is on {on}: it cannot be held before then")]
    HearingNotYet {
        case: String,
        no: i64,
        on: Date,
        today: Date,
    },
    /// A stored history that the lifecycle cannot replay: the register is damaged.
    #[error("the history of case {case} {why:?}")]
    BrokenHistory { case: String, why: HistoryFault },
    /// A day added to the calendar that it already has.
    #[error("{date} is already in the calendar ({kind}: {name})")]
    DayTaken {
        date: Date,
        kind: DayKind,
        name: String,
    },
    /// A day to remove that the calendar does not have.
    #[error("{0} is not in the calendar")]
    NoSuchDay(Date),
}

/// What is wrong with a register-number template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateFault {
    UnopenedBrace,
    UnclosedBrace,
    UnknownPlaceholder(String),
    NotUnique,
    /// Its numbers would read as short references (`{year}/{serial}`).
    LikeReference,
}

/// How a stored history fails to replay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryFault {
    NoEntry,
    SecondEntry,
    UndoesNotLatest,
    StepWithoutPayload,
    Refused,
}
