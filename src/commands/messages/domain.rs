//! The domain's errors in words: what rule of the procedure an input breaks, and the
//! flag or the command that mends it.

use super::{flag, text_fault, text_hint, word};
use crate::domain::appeal::AppealDate;
use crate::domain::error::{DateOf, HistoryFault, TemplateFault, TextField};
use crate::domain::rules::Field;
use crate::domain::text::excerpt;
use crate::domain::vocab::Vocab;
use crate::domain::{DomainError, EventKind, HearingStatus};
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
    }
}

/// A date an appeal step may not precede, in words.
fn appeal_date(d: AppealDate) -> String {
    match d {
        AppealDate::Decision => t!("appeal-date-decision"),
        AppealDate::Filing(level) => t!("appeal-date-filing", level = level.as_str()),
        AppealDate::CourtDecision(level) => {
            t!("appeal-date-court-decision", level = level.as_str())
        }
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

/// "the qualification", "the decision", ...: a fact as a step's name.
fn fact_name(f: Field) -> String {
    match f {
        Field::Received => t!("fact-received"),
        Field::Qualified => t!("fact-qualified"),
        Field::NotQualified => t!("fact-not-qualified"),
        Field::Withdrawn => t!("fact-withdrawn"),
        Field::Decided => t!("fact-decided"),
        Field::Closed => t!("fact-closed"),
        _ => t!("fact-step"),
    }
}

fn date_of(d: DateOf) -> String {
    match d {
        DateOf::Received => t!("date-of-received"),
        DateOf::Step(k) => t!("date-of-step", step = word!(k)),
        DateOf::Hearing => t!("date-of-hearing"),
    }
}

/// Steps by their command-line names.
fn names(kinds: &[EventKind]) -> String {
    kinds
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn domain_message(e: &DomainError) -> String {
    match e {
        DomainError::BadValue { what, value, .. } => {
            t!(
                "err-bad-value",
                value = excerpt(value),
                what = vocab_name(*what)
            )
        }
        DomainError::YearOutOfRange(s) => t!(
            "year-out-of-range",
            date = excerpt(s),
            first = *crate::domain::Date::YEARS.start(),
            last = *crate::domain::Date::YEARS.end()
        ),
        DomainError::NotADate(s) => t!("err-not-a-date", value = excerpt(s)),
        DomainError::FutureDate { what, date, today } => t!(
            "err-future-date",
            what = date_of(*what),
            date = *date,
            today = *today
        ),
        DomainError::DateOrder {
            what,
            date,
            before,
            before_date,
        } => t!(
            "err-date-order",
            what = date_of(*what),
            date = *date,
            before = fact_name(*before),
            before_date = *before_date
        ),
        DomainError::UndoBeforeStep { date, kind, before } => t!(
            "err-undo-before-step",
            date = *date,
            step = word!(*kind),
            before = *before
        ),
        DomainError::Refused {
            case, state, step, ..
        } => t!(
            "err-refused",
            case = case,
            state = word!(*state),
            // what it cannot be: "qualified", "decided", ... ("memenuhi syarat", "diputus")
            step = step.label(crate::i18n::lang())
        ),
        DomainError::BadDecision {
            case,
            state,
            via,
            outcome,
        } => t!(
            "err-bad-decision",
            case = case,
            state = word!(*state),
            via = word!(*via),
            outcome = word!(*outcome)
        ),
        DomainError::NothingToUndo { case } => t!("err-nothing-to-undo", case = case),
        DomainError::Empty(p) => t!("err-empty", flag = flag(*p)),
        DomainError::Text { what, fault } => format!("{}: {}", flag(*what), text_fault(fault)),
        DomainError::NothingToChange { case } => t!("err-nothing-to-change", case = case),
        DomainError::NothingGiven => t!("edit-nothing-given"),
        DomainError::NoSuchCase(r) => t!("err-no-such-case", case = excerpt(&r.to_string())),
        DomainError::NumberTaken(n) => t!("err-number-taken", number = excerpt(n)),
        DomainError::NoCommissionCode => t!("err-no-commission-code"),
        DomainError::NumberLikeReference {
            number,
            year,
            serial,
        } => t!(
            "number-like-reference",
            number = excerpt(number),
            year = *year,
            serial = *serial
        ),
        DomainError::BadTemplate { template, why } => {
            let why = match why {
                TemplateFault::UnopenedBrace => t!("err-template-unopened"),
                TemplateFault::UnclosedBrace => t!("err-template-unclosed"),
                TemplateFault::LikeReference => t!("template-like-reference"),
                TemplateFault::UnknownPlaceholder(p) => {
                    t!("err-template-unknown", placeholder = format!("{{{p}}}"))
                }
                TemplateFault::NotUnique => t!("err-template-not-unique"),
            };
            t!("err-template", template = template, why = why)
        }
        DomainError::EmptyCaseRef => t!("err-empty-case-ref"),
        DomainError::NotATime(s) => t!("err-not-a-time", value = excerpt(s)),
        DomainError::HearingOnClosedCase { case, state } => t!(
            "err-hearing-on-closed-case",
            case = case,
            state = word!(*state)
        ),
        DomainError::HearingNumberTaken { case, no } => {
            t!("err-hearing-number-taken", case = case, no = *no)
        }
        DomainError::HearingNumberUsed { case, no } => {
            t!("err-hearing-number-used", case = case, no = *no)
        }
        DomainError::NoSuchHearing { case, no } => {
            t!("err-no-such-hearing", case = case, no = *no)
        }
        DomainError::HearingRefused {
            case,
            no,
            status,
            step,
        } if *status == HearingStatus::Held && *step == EventKind::HearingHeld => {
            t!("err-hearing-held-already", case = case, no = *no)
        }
        DomainError::HearingRefused {
            case,
            no,
            status,
            step,
        } => {
            let step = match step {
                EventKind::HearingHeld => t!("hearing-step-held"),
                EventKind::HearingPostpone => t!("hearing-step-postponed"),
                EventKind::HearingCancel => t!("hearing-step-cancelled"),
                _ => t!("hearing-step-scheduled"),
            };
            t!(
                "err-hearing-refused",
                case = case,
                no = *no,
                status = word!(*status),
                step = step
            )
        }
        DomainError::BadPostponement {
            case,
            no,
            from,
            to,
            recorded,
        } => {
            if to == from {
                t!("err-postpone-same-day", case = case, no = *no, on = *from)
            } else {
                t!(
                    "err-postpone-before-record",
                    case = case,
                    no = *no,
                    to = *to,
                    recorded = *recorded
                )
            }
        }
        DomainError::HearingNotYet {
            case,
            no,
            on,
            today,
        } => t!(
            "err-hearing-not-yet",
            case = case,
            no = *no,
            on = *on,
            today = *today
        ),
        DomainError::BrokenHistory { case, why } => {
            let why = match why {
                HistoryFault::NoEntry => t!("history-no-entry"),
                HistoryFault::SecondEntry => t!("history-second-entry"),
                HistoryFault::UndoesNotLatest => t!("history-undoes-not-latest"),
                HistoryFault::StepWithoutPayload => t!("history-step-without-payload"),
                HistoryFault::Refused => t!("history-refused"),
            };
            t!("err-broken-history", case = case, why = why)
        }
        DomainError::DayTaken { date, kind, name } => t!(
            "err-day-taken",
            date = *date,
            kind = word!(*kind),
            name = name
        ),
        DomainError::NoSuchDay(date) => t!("err-no-such-day", date = *date),
        DomainError::NoDecision { case, state } => {
            t!("err-no-decision", case = case, state = word!(*state))
        }
        DomainError::NotAppealable { case, via } => {
            t!("err-not-appealable", case = case, via = word!(*via))
        }
        DomainError::AlreadyServed { case, on } => t!("err-already-served", case = case, on = *on),
        DomainError::AlreadyAppealed {
            case,
            level,
            court,
            filed_on,
        } => t!(
            "err-already-appealed",
            case = case,
            level = word!(*level),
            court = word!(*court),
            filed = *filed_on
        ),
        DomainError::LevelOutOfOrder { case, level, needs } => t!(
            "err-level-out-of-order",
            case = case,
            level = word!(*level),
            needs = word!(*needs)
        ),
        DomainError::AppealsEnded {
            case,
            level,
            outcome,
        } => t!(
            "err-appeals-ended",
            case = case,
            level = word!(*level),
            outcome = word!(*outcome)
        ),
        DomainError::WrongCourt { level, court, .. } => {
            t!(
                "err-wrong-court",
                level = word!(*level),
                court = word!(*court)
            )
        }
        DomainError::NoPendingAppeal { case } => t!("err-no-pending-appeal", case = case),
        DomainError::AppealDateOrder {
            what,
            date,
            before,
            before_date,
        } => t!(
            "err-appeal-date-order",
            what = word!(*what),
            date = *date,
            before = appeal_date(*before),
            before_date = *before_date
        ),
        DomainError::CaseIsVoid { case } => t!("err-case-is-void", case = case),
        DomainError::VoidAfterSteps { case, step } => {
            t!("err-void-after-steps", case = case, step = word!(*step))
        }
        DomainError::VoidOfItself { case } => t!("err-void-of-itself", case = case),
        DomainError::VoidOfVoid { case, of } => t!("err-void-of-void", case = case, of = of),
        DomainError::NoSuchBody(name) => t!("err-no-such-body", name = name),
        DomainError::BodyNameTaken { name, body } => {
            t!("err-body-name-taken", name = name, body = body)
        }
        DomainError::SameBody(body) => t!("err-same-body", body = body),
        DomainError::BodyUnchanged(body) => t!("err-body-unchanged", body = body),
        DomainError::MergeNotConfirmed { from, into } => {
            t!("err-merge-not-confirmed", from = from, into = into)
        }
    }
}

pub fn domain_hint(e: &DomainError) -> Option<String> {
    Some(match e {
        DomainError::BadValue { allowed, .. } => t!("hint-one-of", values = allowed.join(", ")),
        DomainError::NotADate(_) => t!("hint-date-forms"),
        DomainError::YearOutOfRange(_) => t!("year-out-of-range-hint"),
        DomainError::FutureDate { today, .. } => t!("hint-future-date", today = *today),
        DomainError::DateOrder {
            what: DateOf::Hearing,
            ..
        } => t!("hint-hearing-date-order"),
        DomainError::DateOrder {
            what: DateOf::Step(EventKind::Edit),
            date,
            ..
        } => t!("edit-before-step-hint", today = *date),
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
        DomainError::HearingNotYet { on, .. } => t!("hint-hearing-not-yet", on = *on),
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
