//! A stored value sengketa cannot read: bytes that are not UTF-8 text, a date outside the
//! years it reads, a word no vocabulary has. Only a change made by other means (the
//! sqlite3 shell, a broken disk) puts one there; it is a damaged register (exit 5, "run
//! `sengketa verify`"), named by its row and column, never an internal error.

use crate::domain::DomainError;
use rusqlite::Row;
use rusqlite::types::{Type, ValueRef};

/// Where a damaged value is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A case row, by its register number (as far as it reads) or its row id.
    Case(String),
    /// Event `seq` of the case with row id `case`.
    Event { case: i64, seq: i64 },
    /// A hearing, by its number (as far as it reads).
    Hearing(String),
    /// A day of the calendar, by its date (as far as it reads).
    Day(String),
    /// A row of another table.
    Table(String),
}

/// Why a stored value cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// Bytes that are not UTF-8 text.
    NotText,
    /// Text the domain does not read (a date, a word).
    Domain(DomainError),
    /// A value stored without the value of `with` that it goes with (a void's reason
    /// without its date): read as though it were not there, it would hide from `verify`.
    Stray { with: &'static str },
    /// Anything else SQLite's conversion says.
    Other(String),
}

/// A damaged value: where, in which column, and why it cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    pub place: Place,
    pub column: String,
    pub why: Why,
}

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}: {:?}", self.place, self.column, self.why)
    }
}

impl std::error::Error for Damage {}

/// The error of a value read without the column `.0` it goes with ([`Why::Stray`]).
#[derive(Debug)]
pub(crate) struct Stray(pub &'static str);

impl std::fmt::Display for Stray {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a value without {}", self.0)
    }
}

impl std::error::Error for Stray {}

/// The column a value-reading error is about, and why, if it is one.
fn read_failure(e: &rusqlite::Error) -> Option<(usize, Why)> {
    use rusqlite::Error as E;
    match e {
        E::Utf8Error(i, _) => Some((*i, Why::NotText)),
        E::FromSqlConversionFailure(i, _, err) => Some((
            *i,
            match err.downcast_ref::<DomainError>() {
                Some(d) => Why::Domain(d.clone()),
                None if let Some(Stray(with)) = err.downcast_ref::<Stray>() => Why::Stray { with },
                None if err.downcast_ref::<std::str::Utf8Error>().is_some() => Why::NotText,
                None => Why::Other(err.to_string()),
            },
        )),
        E::IntegralValueOutOfRange(i, _) | E::InvalidColumnType(i, ..) => {
            Some((*i, Why::Other(e.to_string())))
        }
        _ => None,
    }
}

/// `e`, a failure to read a value of `r`, with the row and column named (`place` says
/// which row); any other error as it is.
pub(crate) fn name_it(
    r: &Row,
    place: impl FnOnce() -> Place,
    e: rusqlite::Error,
) -> rusqlite::Error {
    if let rusqlite::Error::FromSqlConversionFailure(_, _, err) = &e
        && err.is::<Damage>()
    {
        return e;
    }
    let Some((i, why)) = read_failure(&e) else {
        return e;
    };
    let column = r.as_ref().column_name(i).unwrap_or("?").to_string();
    let damage = Damage {
        place: place(),
        column,
        why,
    };
    rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(damage))
}

/// The damage an error names, or an unnamed one for a value-reading error.
pub(crate) fn damage_of(e: &rusqlite::Error) -> Option<Damage> {
    if let rusqlite::Error::FromSqlConversionFailure(_, _, err) = e
        && let Some(d) = err.downcast_ref::<Damage>()
    {
        return Some(d.clone());
    }
    read_failure(e).map(|(i, why)| Damage {
        place: Place::Table("?".into()),
        column: format!("#{i}"),
        why,
    })
}

/// Column `i` of `r` as far as it reads as text (bytes that are not UTF-8 replaced), to
/// name a damaged row.
pub(crate) fn lossy(r: &Row, i: usize) -> Option<String> {
    match r.get_ref(i).ok()? {
        ValueRef::Text(t) => Some(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Integer(n) => Some(n.to_string()),
        _ => None,
    }
}
