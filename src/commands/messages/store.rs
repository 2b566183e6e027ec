//! The storage's errors in words: the message and hint each error names beside its
//! variant (`storage/message.rs`) put into the run's language, and a damaged value's
//! place and reason, which are wording.

use super::{domain_message, said_error};
use crate::domain::text::excerpt;
use crate::error::Error;
use crate::storage::StoreError;
use crate::t;

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        let said = match (e.said(), e) {
            (Some(said), _) => said,
            (None, StoreError::Damaged(d)) => {
                return Error::unavailable(t!("damaged", what = damage(&d)))
                    .with_hint(t!("damaged-hint"));
            }
            (None, StoreError::Sqlite(m)) => return Error::internal(format!("SQLite: {m}")),
            // An error that names no message: a bug.
            (None, other) => return Error::internal(format!("{other:?}")),
        };
        said_error(&said)
    }
}

/// A damaged value in words: where, which column, why (`case 001/I/KI-JBI-PS/2026:
/// applicant: bytes that are not UTF-8 text`).
pub fn damage(d: &crate::storage::damage::Damage) -> String {
    use crate::storage::damage::{Place, Why};
    let place = match &d.place {
        Place::Case(no) => t!("damaged-case", case = excerpt(no)),
        Place::Event { case, seq } => t!("damaged-event", case = *case, seq = *seq),
        Place::Hearing(no) => t!("damaged-hearing", no = excerpt(no)),
        Place::Day(date) => t!("damaged-day", date = excerpt(date)),
        Place::Table(t) => t.clone(),
    };
    let why = match &d.why {
        Why::NotText => t!("damaged-not-text"),
        Why::Domain(e) => domain_message(e),
        Why::Stray { with } => t!("damaged-stray", with = *with),
        Why::Other(m) => m.clone(),
    };
    format!("{place}: {}: {why}", d.column)
}
