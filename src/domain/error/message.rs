//! What each [`DomainError`] says, beside the enum: one arm per variant naming its
//! catalogue id and arguments, as data ([`Msg`]). The domain is below the catalogue and
//! never looks a message up; the command layer puts it into words, and keeps only what
//! is its own wording (the flags a text field is given with, the vocabularies' names,
//! the hints that name commands).

use super::{DateOf, HistoryFault, TemplateFault};
use crate::domain::appeal::AppealDate;
use crate::domain::intake::IntakeFault;
use crate::domain::mediation::MediationFault;
use crate::domain::message::{Msg, Value, msg};
use crate::domain::rules::Field;
use crate::domain::text::excerpt;
use crate::domain::{DomainError, EventKind, HearingStatus};

/// A date an appeal step may not precede, in words.
fn appeal_date(d: AppealDate) -> Msg {
    match d {
        AppealDate::Decision => msg!("appeal-date-decision"),
        AppealDate::Filing(level) => msg!("appeal-date-filing", level = level.as_str()),
        AppealDate::CourtDecision(level) => {
            msg!("appeal-date-court-decision", level = level.as_str())
        }
    }
}

/// "the qualification", "the decision", ...: a fact as a step's name.
fn fact_name(f: Field) -> Msg {
    match f {
        Field::Received => msg!("fact-received"),
        Field::Qualified => msg!("fact-qualified"),
        Field::NotQualified => msg!("fact-not-qualified"),
        Field::Withdrawn => msg!("fact-withdrawn"),
        Field::Decided => msg!("fact-decided"),
        Field::Closed => msg!("fact-closed"),
        _ => msg!("fact-step"),
    }
}

fn date_of(d: DateOf) -> Msg {
    match d {
        DateOf::Received => msg!("date-of-received"),
        DateOf::Step(k) => msg!("date-of-step", step = Value::word(k)),
        DateOf::Hearing => msg!("date-of-hearing"),
    }
}

fn intake_refused(case: &str, step: EventKind, why: IntakeFault) -> Msg {
    let step = Value::label(step);
    match why {
        IntakeFault::PastIntake(state) => msg!(
            "err-intake-past",
            case = case,
            step = step,
            state = Value::word(state)
        ),
        IntakeFault::Registered(on) => {
            msg!("err-intake-registered", case = case, step = step, on = on)
        }
        IntakeFault::NotRegistered(on) => {
            msg!(
                "err-intake-not-registered",
                case = case,
                step = step,
                on = on
            )
        }
        IntakeFault::Notified(on) => msg!("err-intake-notified", case = case, on = on),
        IntakeFault::NoNotice => msg!("err-intake-no-notice", case = case),
    }
}

fn mediation_refused(case: &str, step: EventKind, why: MediationFault) -> Msg {
    let step = Value::label(step);
    match why {
        MediationFault::NotQualified(state) => msg!(
            "err-mediation-state",
            case = case,
            step = step,
            state = Value::word(state)
        ),
        MediationFault::Exempt => msg!("err-mediation-exempt", case = case),
        MediationFault::Started(on) => msg!("err-mediation-started", case = case, on = on),
        MediationFault::NotStarted => msg!("err-mediation-not-started", case = case, step = step),
        MediationFault::Extended(on) => msg!("err-mediation-extended", case = case, on = on),
        MediationFault::Ended(on) => {
            msg!("err-mediation-ended", case = case, step = step, on = on)
        }
    }
}

impl DomainError {
    /// What this error says: its catalogue id and arguments, for the command layer to put
    /// into words (`commands::messages`). `None` for a malformed text, which the command
    /// layer words itself (the field's flag, then the fault).
    pub fn message(&self) -> Option<Msg> {
        Some(match self {
            Self::BadValue { what, value, .. } => {
                msg!(
                    "err-bad-value",
                    value = excerpt(value),
                    what = Value::Vocab(*what)
                )
            }
            Self::YearOutOfRange(s) => msg!(
                "year-out-of-range",
                date = excerpt(s),
                first = *crate::domain::Date::YEARS.start(),
                last = *crate::domain::Date::YEARS.end()
            ),
            Self::NotADate(s) => msg!("err-not-a-date", value = excerpt(s)),
            Self::FutureDate { what, date, today } => msg!(
                "err-future-date",
                what = date_of(*what),
                date = *date,
                today = *today
            ),
            Self::DateOrder {
                what,
                date,
                before,
                before_date,
            } => msg!(
                "err-date-order",
                what = date_of(*what),
                date = *date,
                before = fact_name(*before),
                before_date = *before_date
            ),
            Self::UndoBeforeStep { date, kind, before } => msg!(
                "err-undo-before-step",
                date = *date,
                step = Value::word(*kind),
                before = *before
            ),
            Self::Refused {
                case, state, step, ..
            } => msg!(
                "err-refused",
                case = case,
                state = Value::word(*state),
                // what it cannot be: "qualified", "decided", ... ("memenuhi syarat", "diputus")
                step = Value::label(*step)
            ),
            Self::BadDecision {
                case,
                state,
                via,
                outcome,
            } => msg!(
                "err-bad-decision",
                case = case,
                state = Value::word(*state),
                via = Value::word(*via),
                outcome = Value::word(*outcome)
            ),
            Self::NothingToUndo { case } => msg!("err-nothing-to-undo", case = case),
            Self::Empty(p) => msg!("err-empty", flag = Value::Flag(*p)),
            Self::Text { .. } => return None,
            Self::NothingToChange { case } => msg!("err-nothing-to-change", case = case),
            Self::NothingGiven => msg!("edit-nothing-given"),
            Self::NoSuchCase(r) => msg!("err-no-such-case", case = excerpt(&r.to_string())),
            Self::NumberTaken(n) => msg!("err-number-taken", number = excerpt(n)),
            Self::NoCommissionCode => msg!("err-no-commission-code"),
            Self::NotRegisteredYet { case } => {
                msg!("err-not-registered-yet", case = excerpt(case))
            }
            Self::ReceiptMismatch { receipt, number } => msg!(
                "err-receipt-mismatch",
                receipt = excerpt(receipt),
                number = excerpt(number)
            ),
            Self::NumberLikeReference {
                number,
                year,
                serial,
            } => msg!(
                "number-like-reference",
                number = excerpt(number),
                year = *year,
                serial = *serial
            ),
            Self::BadTemplate { template, why } => {
                let why = match why {
                    TemplateFault::UnopenedBrace => msg!("err-template-unopened"),
                    TemplateFault::UnclosedBrace => msg!("err-template-unclosed"),
                    TemplateFault::LikeReference => msg!("template-like-reference"),
                    TemplateFault::UnknownPlaceholder(p) => {
                        msg!("err-template-unknown", placeholder = format!("{{{p}}}"))
                    }
                    TemplateFault::NotUnique => msg!("err-template-not-unique"),
                };
                msg!("err-template", template = template, why = why)
            }
            Self::EmptyCaseRef => msg!("err-empty-case-ref"),
            Self::NotATime(s) => msg!("err-not-a-time", value = excerpt(s)),
            Self::HearingOnClosedCase { case, state } => msg!(
                "err-hearing-on-closed-case",
                case = case,
                state = Value::word(*state)
            ),
            Self::HearingNumberTaken { case, no } => {
                msg!("err-hearing-number-taken", case = case, no = *no)
            }
            Self::HearingNumberUsed { case, no } => {
                msg!("err-hearing-number-used", case = case, no = *no)
            }
            Self::NoSuchHearing { case, no } => {
                msg!("err-no-such-hearing", case = case, no = *no)
            }
            Self::HearingRefused {
                case,
                no,
                status,
                step,
            } if *status == HearingStatus::Held && *step == EventKind::HearingHeld => {
                msg!("err-hearing-held-already", case = case, no = *no)
            }
            Self::HearingRefused {
                case,
                no,
                status,
                step,
            } => {
                let step = match step {
                    EventKind::HearingHeld => msg!("hearing-step-held"),
                    EventKind::HearingPostpone => msg!("hearing-step-postponed"),
                    EventKind::HearingCancel => msg!("hearing-step-cancelled"),
                    _ => msg!("hearing-step-scheduled"),
                };
                msg!(
                    "err-hearing-refused",
                    case = case,
                    no = *no,
                    status = Value::word(*status),
                    step = step
                )
            }
            Self::BadPostponement {
                case,
                no,
                from,
                to,
                recorded,
            } => {
                if to == from {
                    msg!("err-postpone-same-day", case = case, no = *no, on = *from)
                } else {
                    msg!(
                        "err-postpone-before-record",
                        case = case,
                        no = *no,
                        to = *to,
                        recorded = *recorded
                    )
                }
            }
            Self::HearingNotYet {
                case,
                no,
                on,
                today,
            } => msg!(
                "err-hearing-not-yet",
                case = case,
                no = *no,
                on = *on,
                today = *today
            ),
            Self::HearingOnDayOff { case, date, off } => match off {
                crate::domain::hearing::DayOff::Listed { name_id, name_en } => msg!(
                    "err-hearing-day-off-listed",
                    case = case,
                    date = *date,
                    name_id = name_id,
                    name_en = name_en
                ),
                weekend => msg!(
                    "err-hearing-day-off-weekend",
                    case = case,
                    date = *date,
                    day = match weekend {
                        crate::domain::hearing::DayOff::Saturday => Value::Label {
                            en: "Saturday",
                            id: "Sabtu",
                        },
                        _ => Value::Label {
                            en: "Sunday",
                            id: "Minggu",
                        },
                    }
                ),
            },
            Self::HearingClash {
                case,
                other,
                shared,
            } => {
                let what = match shared {
                    crate::domain::hearing::Shared::Room(r) => msg!("clash-room", room = r),
                    crate::domain::hearing::Shared::Person(p) => msg!("clash-person", who = p),
                };
                msg!(
                    "err-hearing-clash",
                    case = case,
                    other = &other.case,
                    nth = other.nth,
                    on = other.on,
                    at_en = other.at.as_deref().unwrap_or("-"),
                    at_id = other.at.as_deref().unwrap_or("-").replace(':', "."),
                    room = other.room.as_deref().unwrap_or("-"),
                    what = Value::Msg(Box::new(what))
                )
            }
            Self::CloseNotFinal { case, finality } => match finality {
                crate::domain::appeal::Finality::Pending {
                    level,
                    court,
                    filed_on,
                } => msg!(
                    "err-close-appeal-pending",
                    case = case,
                    level = Value::word(*level),
                    court = Value::word(*court),
                    filed = *filed_on
                ),
                crate::domain::appeal::Finality::Open { level, closes } => msg!(
                    "err-close-window-open",
                    case = case,
                    level = Value::word(*level),
                    closes = *closes
                ),
                _ => msg!("err-close-not-final", case = case),
            },
            Self::CourtAgainstKind {
                case,
                body,
                court,
                wants,
            } => msg!(
                "err-court-against-kind",
                case = case,
                body = body,
                court = Value::word(*court),
                wants = Value::word(*wants)
            ),
            Self::BrokenHistory { case, why } => {
                let why = match why {
                    HistoryFault::NoEntry => msg!("history-no-entry"),
                    HistoryFault::SecondEntry => msg!("history-second-entry"),
                    HistoryFault::UndoesNotLatest => msg!("history-undoes-not-latest"),
                    HistoryFault::StepWithoutPayload => msg!("history-step-without-payload"),
                    HistoryFault::Refused => msg!("history-refused"),
                };
                msg!("err-broken-history", case = case, why = why)
            }
            Self::DayTaken { date, kind, name } => msg!(
                "err-day-taken",
                date = *date,
                kind = Value::word(*kind),
                name = name
            ),
            Self::NoSuchDay(date) => msg!("err-no-such-day", date = *date),
            Self::NoDecision { case, state } => {
                msg!("err-no-decision", case = case, state = Value::word(*state))
            }
            Self::NotAppealable { case, via } => {
                msg!("err-not-appealable", case = case, via = Value::word(*via))
            }
            Self::AlreadyServed { case, on } => msg!("err-already-served", case = case, on = *on),
            Self::AlreadyAppealed {
                case,
                level,
                court,
                filed_on,
            } => msg!(
                "err-already-appealed",
                case = case,
                level = Value::word(*level),
                court = Value::word(*court),
                filed = *filed_on
            ),
            Self::LevelOutOfOrder { case, level, needs } => msg!(
                "err-level-out-of-order",
                case = case,
                level = Value::word(*level),
                needs = Value::word(*needs)
            ),
            Self::AppealsEnded {
                case,
                level,
                outcome,
            } => msg!(
                "err-appeals-ended",
                case = case,
                level = Value::word(*level),
                outcome = Value::word(*outcome)
            ),
            Self::WrongCourt { level, court, .. } => {
                msg!(
                    "err-wrong-court",
                    level = Value::word(*level),
                    court = Value::word(*court)
                )
            }
            Self::NoPendingAppeal { case } => msg!("err-no-pending-appeal", case = case),
            Self::AppealDateOrder {
                what,
                date,
                before,
                before_date,
            } => msg!(
                "err-appeal-date-order",
                what = Value::word(*what),
                date = *date,
                before = appeal_date(*before),
                before_date = *before_date
            ),
            Self::IntakeRefused { case, step, why } => intake_refused(case, *step, *why),
            Self::MediationRefused { case, step, why } => mediation_refused(case, *step, *why),
            Self::CaseIsVoid { case } => msg!("err-case-is-void", case = case),
            Self::VoidAfterSteps { case, step } => {
                msg!(
                    "err-void-after-steps",
                    case = case,
                    step = Value::word(*step)
                )
            }
            Self::VoidOfItself { case } => msg!("err-void-of-itself", case = case),
            Self::VoidOfVoid { case, of } => msg!("err-void-of-void", case = case, of = of),
            Self::NoSuchBody(name) => msg!("err-no-such-body", name = name),
            Self::BodyNameTaken { name, body } => {
                msg!("err-body-name-taken", name = name, body = body)
            }
            Self::SameBody(body) => msg!("err-same-body", body = body),
            Self::BodyUnchanged(body) => msg!("err-body-unchanged", body = body),
            Self::MergeNotConfirmed { from, into } => {
                msg!("err-merge-not-confirmed", from = from, into = into)
            }
            Self::RenameMerged { name, into } => {
                msg!("err-rename-merged", name = name, into = into)
            }
            Self::BeyondCalendar { date, days } => {
                msg!("err-beyond-calendar", date = *date, days = i64::from(*days))
            }
            Self::NameOfMerged { name, into } => {
                msg!("err-name-of-merged", name = name, into = into)
            }
        })
    }
}
