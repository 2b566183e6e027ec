//! The domain's errors in words: the message each error names beside its variant
//! (`domain/error/message.rs`) put into the run's language, and the hint: the flag or the
//! command that mends it.

use super::{flag, text_fault, text_hint, word};
use crate::domain::Lang;
use crate::domain::error::{DateOf, TextField};
use crate::domain::intake::IntakeFault;
use crate::domain::mediation::MediationFault;
use crate::domain::message::{Msg, Value};
use crate::domain::vocab::Vocab;
use crate::domain::{DomainError, EventKind};
use crate::i18n::Arg;
use crate::render::human::date_plain;
use crate::t;

fn vocab_name(v: Vocab) -> String {
    match v {
        Vocab::State => t!("vocab-state"),
        Vocab::ApplicantKind => t!("vocab-applicant-kind"),
        Vocab::Reason => t!("vocab-reason"),
        Vocab::Via => t!("vocab-via"),
        Vocab::Outcome => t!("vocab-outcome"),
        Vocab::EventKind => t!("vocab-event-kind"),
        Vocab::ActKind => t!("vocab-act-kind"),
        Vocab::DayKind => t!("vocab-day-kind"),
        Vocab::HearingKind => t!("vocab-hearing-kind"),
        Vocab::Attendance => t!("vocab-attendance"),
        Vocab::HearingStatus => t!("vocab-hearing-status"),
        Vocab::CalendarChange => t!("vocab-calendar-change"),
        Vocab::Pinned => t!("vocab-pinned"),
        Vocab::Level => t!("vocab-level"),
        Vocab::Court => t!("vocab-court"),
        Vocab::Party => t!("vocab-party"),
        Vocab::CourtOutcome => t!("vocab-court-outcome"),
        Vocab::VoidReason => t!("vocab-void-reason"),
        Vocab::BodyKind => t!("vocab-body-kind"),
        Vocab::BodyChange => t!("vocab-body-change"),
        Vocab::PaperKind => t!("vocab-paper-kind"),
        Vocab::Ground => t!("vocab-ground"),
        Vocab::PersonRole => t!("vocab-person-role"),
        Vocab::Seat => t!("vocab-seat"),
        Vocab::ServiceHow => t!("vocab-service-how"),
        Vocab::ServiceResult => t!("vocab-service-result"),
        Vocab::NotRegisteredReason => t!("vocab-not-registered-reason"),
    }
}

/// Words of a list, comma-separated.
fn listed<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Steps by their command-line names.
fn names(kinds: &[EventKind]) -> String {
    kinds
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A domain error in words: what the error names ([`DomainError::message`]) in the run's
/// language, or, for a malformed text, the flag it came with and what is wrong with it.
pub fn domain_message(e: &DomainError) -> String {
    match (e.message(), e) {
        (Some(m), _) => say(&m),
        (None, DomainError::Text { what, fault }) => {
            format!("{}: {}", flag(*what), text_fault(fault))
        }
        (None, _) => e.to_string(),
    }
}

/// A message the domain names, in the run's language: each argument put into words
/// (a vocabulary's value as `word!` has it, a nested message first, a vocabulary's
/// name and a field's flag as the command layer words them).
pub fn say(m: &Msg) -> String {
    let args: Vec<(&str, Arg)> = m.args.iter().map(|(k, v)| (*k, arg(v))).collect();
    crate::i18n::message(m.id, &args)
}

fn arg(v: &Value) -> Arg {
    let lang = crate::i18n::lang();
    match v {
        Value::Text(s) => Arg::Str(s.clone()),
        Value::Num(n) => Arg::Num(*n),
        Value::Date(d) => Arg::Str(crate::render::human::date_plain(*d)),
        Value::Word { stored, id_label } => Arg::from(match lang {
            Lang::En => *stored,
            Lang::Id => *id_label,
        }),
        Value::Label { en, id } => Arg::from(match lang {
            Lang::En => *en,
            Lang::Id => *id,
        }),
        Value::Msg(m) => Arg::Str(say(m)),
        Value::Vocab(v) => Arg::Str(vocab_name(*v)),
        Value::Flag(f) => Arg::from(flag(*f)),
    }
}

pub fn domain_hint(e: &DomainError) -> Option<String> {
    Some(match e {
        DomainError::BadValue { what, .. } => t!(
            "hint-one-of",
            values = what.listed(crate::i18n::lang()).join(", ")
        ),
        DomainError::NotADate(_) => t!("hint-date-forms"),
        DomainError::YearOutOfRange(_) => t!("year-out-of-range-hint"),
        DomainError::FutureDate { today, .. } => t!("hint-future-date", today = date_plain(*today)),
        DomainError::DateOrder {
            what: DateOf::Hearing,
            ..
        } => t!("hint-hearing-date-order"),
        DomainError::DateOrder {
            what: DateOf::Step(EventKind::Edit),
            date,
            ..
        } => t!("edit-before-step-hint", today = date_plain(*date)),
        DomainError::DateOrder { .. } | DomainError::UndoBeforeStep { .. } => {
            t!("hint-date-order")
        }
        DomainError::Refused { allowed, .. } if allowed.is_empty() => t!("hint-refused-nothing"),
        DomainError::Refused { allowed, .. } => t!("hint-refused", steps = names(allowed)),
        DomainError::BadDecision { via, .. } => t!(
            "hint-bad-decision",
            via = via.cli_name(),
            outcomes = outcome_names(*via)
        ),
        DomainError::Empty(TextField::RegisterNo) => t!("hint-empty-register-no"),
        DomainError::Empty(TextField::UndoReason) => t!("hint-empty-undo-reason"),
        DomainError::Empty(TextField::RemoveReason) => t!("hint-empty-remove-reason"),
        DomainError::Empty(TextField::HearingReason) => t!("hint-empty-hearing-reason"),
        DomainError::Empty(p) => t!("hint-empty", flag = flag(*p)),
        DomainError::Text { fault, .. } => text_hint(fault),
        DomainError::NothingToChange { .. } => t!("hint-nothing-to-change"),
        DomainError::NothingGiven => t!("edit-nothing-given-hint"),
        DomainError::NoSuchCase(_) => t!("hint-no-such-case"),
        DomainError::NumberTaken(_) => t!("hint-number-taken"),
        DomainError::NoCommissionCode => t!("hint-no-commission-code"),
        DomainError::NotRegisteredYet { case } => {
            t!("hint-not-registered-yet", case = case.as_str())
        }
        DomainError::ReceiptMismatch { .. } => t!("hint-receipt-mismatch"),
        DomainError::NumberLikeReference { .. } => t!("number-like-reference-hint"),
        DomainError::BrokenHistory { .. } => t!("hint-broken-history"),
        DomainError::NotATime(_) => t!("hint-time-form"),
        DomainError::HearingOnClosedCase { .. } => t!("hint-hearing-on-closed-case"),
        DomainError::HearingNumberTaken { .. } | DomainError::HearingNumberUsed { .. } => {
            t!("hint-hearing-number")
        }
        DomainError::NoSuchHearing { case, .. } => t!("hint-no-such-hearing", case = case),
        DomainError::HearingRefused { .. } => t!("hint-hearing-refused"),
        DomainError::BadPostponement { .. } => t!("hint-bad-postponement"),
        DomainError::HearingNotYet { on, .. } => t!("hint-hearing-not-yet", on = date_plain(*on)),
        DomainError::HearingOnDayOff { .. } => t!("hint-hearing-day-off"),
        DomainError::HearingClash { .. } => t!("hint-hearing-clash"),
        DomainError::CloseNotFinal { .. } => t!("hint-close-not-final"),
        DomainError::CourtAgainstKind { .. } => t!("hint-court-against-kind"),
        DomainError::DayTaken { date, .. } => t!("hint-day-taken", date = *date),
        DomainError::NoSuchDay(date) => t!("hint-no-such-day", year = date.year()),
        DomainError::NoDecision { .. } => t!("hint-no-decision"),
        DomainError::NotAppealable { .. } => t!("hint-not-appealable"),
        DomainError::AlreadyServed { case, .. } => t!("hint-undo-appeal-step", case = case),
        DomainError::AlreadyAppealed { case, .. } => t!("hint-already-appealed", case = case),
        DomainError::LevelOutOfOrder { case, .. } => t!("hint-level-out-of-order", case = case),
        DomainError::AppealsEnded { .. } => t!("hint-appeals-ended"),
        DomainError::WrongCourt { level, allowed, .. } => t!(
            "hint-wrong-court",
            level = word!(*level),
            courts = listed(allowed)
        ),
        DomainError::NoPendingAppeal { case } => t!("hint-no-pending-appeal", case = case),
        DomainError::AppealDateOrder { .. } => t!("hint-appeal-date-order"),
        DomainError::IntakeRefused { case, why, .. } => match why {
            IntakeFault::NoNotice => t!("hint-intake-no-notice", case = case),
            IntakeFault::PastIntake(_) => t!("hint-intake-past"),
            _ => t!("hint-undo-intake", case = case),
        },
        DomainError::MediationRefused { case, why, .. } => match why {
            MediationFault::Exempt => t!("hint-mediation-exempt", case = case),
            MediationFault::NotStarted => t!("hint-mediation-not-started", case = case),
            MediationFault::NotQualified(_) => t!("hint-mediation-state", case = case),
            _ => t!("hint-undo-mediation", case = case),
        },
        DomainError::CaseIsVoid { case } => t!("hint-case-is-void", case = case),
        DomainError::VoidAfterSteps { case, .. } => t!("hint-void-after-steps", case = case),
        DomainError::VoidOfItself { .. } | DomainError::VoidOfVoid { .. } => {
            t!("hint-void-of")
        }
        DomainError::NoSuchBody(_) => t!("hint-no-such-body"),
        DomainError::BodyNameTaken { .. } => t!("hint-body-name-taken"),
        DomainError::SameBody(_) => t!("hint-same-body"),
        DomainError::BodyUnchanged(_) => t!("hint-body-unchanged"),
        DomainError::MergeNotConfirmed { .. } => t!("hint-merge-not-confirmed"),
        DomainError::RenameMerged { into, .. } => t!("hint-rename-merged", into = into),
        DomainError::NameOfMerged { .. } => t!("hint-name-of-merged"),
        DomainError::BeyondCalendar { .. } => t!("hint-beyond-calendar"),
        _ => return None,
    })
}

/// The outcomes of a route, as the command line spells them.
pub fn outcome_names(via: crate::domain::Via) -> String {
    via.outcomes()
        .iter()
        .map(|o| o.cli_name())
        .collect::<Vec<_>>()
        .join(", ")
}
