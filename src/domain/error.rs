//! The rules of the procedure an input can break, as structured values: which case, which
//! state, which step, which field. The command layer puts them into words (and `--flag`
//! hints), in one place.

mod message;

use super::appeal::AppealDate;
use super::register_no::CaseRef;
use super::rules::Field;
use super::text::{self, TextFault, TextKind};
use super::vocab::DayKind;
use super::vocab::Vocab;
use super::{Court, CourtOutcome, Date, EventKind, HearingStatus, Level, Outcome, State, Via};

/// A piece of text a command or a row gives (a name, a subject, a reason, a note, ...):
/// what an empty or malformed value is reported as, and which text rules it keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
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
    /// A public body's new name (`body rename --to`).
    NewBodyName,
    /// A public body's other name (`body alias --add`).
    BodyAlias,
    /// A note kept with a step.
    Note,
    /// Who records a step.
    Actor,
    /// A decision's own number.
    DecisionNo,
    /// A register-wide setting's value (`config set`).
    Setting,
    /// What an incomplete filing misses (`case incomplete --missing`).
    Missing,
    /// Why mediation was extended or failed.
    MediationReason,
}

impl TextField {
    /// The kind of text the field is, and so its limit ([`super::text`]).
    pub fn text_kind(self) -> TextKind {
        match self {
            TextField::RegisterNo | TextField::DecisionNo | TextField::Setting => TextKind::Number,
            TextField::Applicant
            | TextField::Body
            | TextField::DayName
            | TextField::DayNameEn
            | TextField::Room
            | TextField::Panel
            | TextField::Actor
            | TextField::NewBodyName
            | TextField::BodyAlias => TextKind::Name,
            TextField::Subject | TextField::DaySource => TextKind::Subject,
            TextField::UndoReason
            | TextField::RemoveReason
            | TextField::HearingReason
            | TextField::Missing
            | TextField::MediationReason
            | TextField::Note => TextKind::Note,
        }
    }

    /// Checks `value` as this field's text (an empty value is its caller's rule).
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
    /// The accepted values are the vocabulary's (`Vocab::listed`).
    #[error("'{value}' is not a valid {what:?}")]
    BadValue { what: Vocab, value: String },
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
    Empty(TextField),
    /// A text field too long, holding a control character, or showing nothing.
    #[error("{what:?}: {fault:?}")]
    Text { what: TextField, fault: TextFault },
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
    /// A filing numbered at registration (the setting `register-number-at`) takes its
    /// qualification only once registered: the examination follows the akta registrasi.
    #[error("case {case} is not registered yet")]
    NotRegisteredYet { case: String },
    /// A register CSV row whose receipt reference and number disagree with its
    /// registration (a filing not registered is named by its receipt).
    #[error("receipt {receipt} and register number '{number}' do not match")]
    ReceiptMismatch { receipt: String, number: String },
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
    /// A hearing set (or postponed) on a day the commission does not work.
    #[error("case {case}: {date} is not a working day ({off:?})")]
    HearingOnDayOff {
        case: String,
        date: Date,
        off: super::hearing::DayOff,
    },
    /// A hearing that clashes with another hearing that stands.
    #[error("case {case}: the hearing clashes with hearing {} of case {}", other.nth, other.case)]
    HearingClash {
        case: String,
        other: Box<super::hearing::Slot>,
        shared: super::hearing::Shared,
    },
    /// A close of a decided case whose decision is not final: an appeal is pending or its
    /// window is open.
    #[error("case {case} is not final: an appeal is pending or may still come")]
    CloseNotFinal {
        case: String,
        finality: super::appeal::Finality,
    },
    /// An appeal filed at a court that does not hear appeals against the body's kind.
    #[error("case {case}: {body} is heard by {wants}, not {court}")]
    CourtAgainstKind {
        case: String,
        body: String,
        court: Court,
        wants: Court,
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
    /// An intake step the filing's intake refuses (`domain::intake`).
    #[error("case {case}: {step} refused ({why:?})")]
    IntakeRefused {
        case: String,
        step: EventKind,
        why: super::intake::IntakeFault,
    },
    /// A mediation step the case's mediation refuses (`domain::mediation`).
    #[error("case {case}: {step} refused ({why:?})")]
    MediationRefused {
        case: String,
        step: EventKind,
        why: super::mediation::MediationFault,
    },
    /// An appeal step on a case without a decision.
    #[error("case {case} is {state}: it has no decision")]
    NoDecision { case: String, state: State },
    /// An appeal of a decision no court hears (a mediation decision).
    #[error("case {case}: a decision via {via} cannot be appealed")]
    NotAppealable { case: String, via: Via },
    #[error("case {case}: the decision was served on {on} already")]
    AlreadyServed { case: String, on: Date },
    #[error("case {case} was appealed at {level} already ({court}, {filed_on})")]
    AlreadyAppealed {
        case: String,
        level: Level,
        court: Court,
        filed_on: Date,
    },
    /// A filing at a level whose previous level has not decided.
    #[error("case {case}: no {level} before a decision at {needs}")]
    LevelOutOfOrder {
        case: String,
        level: Level,
        needs: Level,
    },
    /// A filing after a level ended the appeals (a withdrawal).
    #[error("case {case}: the appeal at {level} ended {outcome}")]
    AppealsEnded {
        case: String,
        level: Level,
        outcome: CourtOutcome,
    },
    #[error("{court} does not hear {level}")]
    WrongCourt {
        level: Level,
        court: Court,
        allowed: Vec<Court>,
    },
    /// A court decision with no appeal pending.
    #[error("case {case} has no appeal pending")]
    NoPendingAppeal { case: String },
    /// An appeal step dated before the date it follows.
    #[error("the {what} date {date} is before {before:?} {before_date}")]
    AppealDateOrder {
        what: EventKind,
        date: Date,
        before: AppealDate,
        before_date: Date,
    },
    /// A step on a void entry (only `case undo` reverts the void).
    #[error("case {case} is void")]
    CaseIsVoid { case: String },
    /// A void of an entry with a step after its entry.
    #[error("case {case} has a step in force ({step})")]
    VoidAfterSteps { case: String, step: EventKind },
    /// `--of` names the case itself.
    #[error("case {case} cannot duplicate itself")]
    VoidOfItself { case: String },
    /// `--of` names a void case.
    #[error("case {of} is void itself")]
    VoidOfVoid { case: String, of: String },
    /// A public body the register does not know by that name (nor by an alias).
    #[error("there is no public body {0}")]
    NoSuchBody(String),
    /// A name (or alias) that another body already goes by.
    #[error("{name} is already the name of the public body {body}")]
    BodyNameTaken { name: String, body: String },
    /// A merge of a body into itself.
    #[error("{0} is the same body")]
    SameBody(String),
    /// A change that changes nothing.
    #[error("nothing to change on the public body {0}")]
    BodyUnchanged(String),
    /// A merge, which cannot be undone, not confirmed.
    #[error("merging {from} into {into} was not confirmed")]
    MergeNotConfirmed { from: String, into: String },
    /// A rename naming a body merged into another (`into`): the name leads to that body,
    /// which the rename would change under a name it was not given by.
    #[error("{name} was merged into {into}")]
    RenameMerged { name: String, into: String },
    /// A span of working days from a date that ends after the calendar's last day.
    #[error("{date} + {days} working days falls after 9999-12-31")]
    BeyondCalendar { date: Date, days: u32 },
    /// A new name that is the name of a body merged into `into`: it already leads there.
    #[error("{name} is the name of a body merged into {into}")]
    NameOfMerged { name: String, into: String },
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
