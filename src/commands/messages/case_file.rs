//! The case file's refusals in words (`domain::case_file::CaseFileError`): what is wrong,
//! and the flag or command that mends it.

use crate::domain::case_file::CaseFileError;
use crate::error::{Error, Kind};
use crate::t;

impl From<CaseFileError> for Error {
    fn from(e: CaseFileError) -> Error {
        let (kind, message, hint) = match &e {
            CaseFileError::RoadOrder {
                later,
                date,
                earlier,
                earlier_date,
            } => (
                Kind::Invalid,
                t!(
                    "file-road-order",
                    later = *later,
                    date = *date,
                    earlier = *earlier,
                    earlier_date = *earlier_date
                ),
                t!("file-road-order-hint"),
            ),
            CaseFileError::RoadFuture { what, date, today } => (
                Kind::Invalid,
                t!(
                    "file-road-future",
                    what = *what,
                    date = *date,
                    today = *today
                ),
                t!("file-road-future-hint"),
            ),
            CaseFileError::PanelSize { size } => (
                Kind::Invalid,
                t!("file-panel-size", size = *size),
                t!("file-panel-size-hint"),
            ),
            CaseFileError::PanelTwice { person } => (
                Kind::Invalid,
                t!("file-panel-twice", person = person),
                t!("file-panel-twice-hint"),
            ),
            CaseFileError::SeatRole { person, role, seat } => (
                Kind::Invalid,
                t!(
                    "file-seat-role",
                    person = person,
                    role = super::word!(*role),
                    seat = super::word!(*seat)
                ),
                t!("file-seat-role-hint"),
            ),
            CaseFileError::Retired { person, on } => (
                Kind::Invalid,
                t!("file-retired", person = person, on = *on),
                t!("file-retired-hint"),
            ),
            CaseFileError::NoPerson(who) => (
                Kind::NotFound,
                t!("file-no-person", who = who),
                t!("file-no-person-hint"),
            ),
            CaseFileError::AmbiguousPerson(who) => (
                Kind::Invalid,
                t!("file-ambiguous-person", who = who),
                t!("file-ambiguous-person-hint"),
            ),
            CaseFileError::NoHearing { case, no } => (
                Kind::Invalid,
                t!("file-no-hearing", case = case, no = *no),
                t!("file-no-hearing-hint", case = case),
            ),
            CaseFileError::ServedAfter { no, on, hearing_on } => (
                Kind::Invalid,
                t!(
                    "file-served-after",
                    no = *no,
                    on = *on,
                    hearing_on = *hearing_on
                ),
                t!("file-served-after-hint"),
            ),
            CaseFileError::ReplacementWithoutReason(case) => (
                Kind::Invalid,
                t!("file-replacement-reason", case = case),
                t!("file-replacement-reason-hint"),
            ),
            CaseFileError::PersonExists(name) => (
                Kind::Invalid,
                t!("file-person-exists", name = name),
                t!("file-person-exists-hint"),
            ),
        };
        Error::new(kind, message).with_hint(hint)
    }
}
