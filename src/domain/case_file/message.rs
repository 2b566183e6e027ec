//! What each [`CaseFileError`] says, beside the enum: one arm per variant naming its kind
//! of failure, its catalogue id and arguments, and its hint, as data ([`Said`]); the
//! command layer puts it into words.

use super::CaseFileError;
use crate::domain::message::{Class, Said, Value, msg};

impl CaseFileError {
    /// What this error says.
    pub fn said(&self) -> Said {
        use Class::*;
        match self {
            Self::RoadOrder {
                later,
                date,
                earlier,
                earlier_date,
            } => Said::new(
                Invalid,
                msg!(
                    "file-road-order",
                    later = *later,
                    date = *date,
                    earlier = *earlier,
                    earlier_date = *earlier_date
                ),
            )
            .hint(msg!("file-road-order-hint")),
            Self::RoadFuture { what, date, today } => Said::new(
                Invalid,
                msg!(
                    "file-road-future",
                    what = *what,
                    date = *date,
                    today = *today
                ),
            )
            .hint(msg!("file-road-future-hint")),
            Self::PanelSize { size } => Said::new(Invalid, msg!("file-panel-size", size = *size))
                .hint(msg!("file-panel-size-hint")),
            Self::PanelTwice { person } => {
                Said::new(Invalid, msg!("file-panel-twice", person = person))
                    .hint(msg!("file-panel-twice-hint"))
            }
            Self::SeatRole { person, role, seat } => Said::new(
                Invalid,
                msg!(
                    "file-seat-role",
                    person = person,
                    role = Value::word(*role),
                    seat = Value::word(*seat)
                ),
            )
            .hint(msg!("file-seat-role-hint")),
            Self::Retired { person, on } => {
                Said::new(Invalid, msg!("file-retired", person = person, on = *on))
                    .hint(msg!("file-retired-hint"))
            }
            Self::NoPerson(who) => Said::new(NotFound, msg!("file-no-person", who = who))
                .hint(msg!("file-no-person-hint")),
            Self::AmbiguousPerson(who) => {
                Said::new(Invalid, msg!("file-ambiguous-person", who = who))
                    .hint(msg!("file-ambiguous-person-hint"))
            }
            Self::NoHearing { case, no } => {
                Said::new(Invalid, msg!("file-no-hearing", case = case, no = *no))
                    .hint(msg!("file-no-hearing-hint", case = case))
            }
            Self::ServedAfter { no, on, hearing_on } => Said::new(
                Invalid,
                msg!(
                    "file-served-after",
                    no = *no,
                    on = *on,
                    hearing_on = *hearing_on
                ),
            )
            .hint(msg!("file-served-after-hint")),
            Self::ReplacementWithoutReason(case) => {
                Said::new(Invalid, msg!("file-replacement-reason", case = case))
                    .hint(msg!("file-replacement-reason-hint"))
            }
            Self::PersonExists(name) => Said::new(Invalid, msg!("file-person-exists", name = name))
                .hint(msg!("file-person-exists-hint")),
        }
    }
}
