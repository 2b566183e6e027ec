//! A fault of one cell of a CSV row, the same for every table's rows (the register, the
//! hearings, the appeals, the calendar): the column blamed, the cell as written, and its
//! kind: one of the kinds every table shares ([`Kind`]: a missing cell, not a date, a word
//! not in its vocabulary, ...) or the table's own (`Kind::Own`: the register's broken
//! path rules, a hearing's attendance, ...). [`Faults`] gathers a row's faults as its
//! cells are read, so no table spells out again how a date or a word is read.

use crate::domain::Date;
use crate::domain::error::{DomainError, TextField};

/// What is wrong with one cell of a row (or with the row, named by the column blamed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault<K> {
    pub column: &'static str,
    pub value: String,
    pub kind: K,
}

impl<K> Fault<K> {
    pub fn new(column: &'static str, value: &str, kind: K) -> Fault<K> {
        Fault {
            column,
            value: value.to_string(),
            kind,
        }
    }
}

/// The fault of a row of a table whose own kinds of fault are `T`.
pub type RowFault<T> = Fault<Kind<T>>;

/// The kinds of fault every table's cells share, and the table's own (`T`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind<T> {
    /// The row has this many fields instead of the table's columns.
    FieldCount(usize),
    /// A required cell is empty.
    Missing,
    NotADate,
    /// A date after `today`.
    Future {
        date: Date,
        today: Date,
    },
    /// A word not in its vocabulary (or not a time of day).
    BadWord(DomainError),
    /// A text too long, holding a control character, or showing nothing.
    Text(DomainError),
    /// The register or the procedure refuses the row.
    Refused(DomainError),
    /// A kind of fault of this table's alone.
    Own(T),
}

/// A table's own kind of fault: the short, fixed name of the rule it breaks.
pub trait OwnFault {
    fn rule(&self) -> &'static str;
    /// What the fault says, as a catalogue id and its arguments, given the column it
    /// blames and the cell as quoted: beside the table's kinds, so that a new kind is one
    /// edit (its rule's name and its message).
    fn message(&self, column: &'static str, value: &str) -> crate::domain::message::Msg;
}

/// A table with no fault of its own.
impl OwnFault for std::convert::Infallible {
    fn rule(&self) -> &'static str {
        match *self {}
    }
    fn message(&self, _: &'static str, _: &str) -> crate::domain::message::Msg {
        match *self {}
    }
}

impl<T: OwnFault> Kind<T> {
    /// A short, fixed name of the rule broken, to count faults by kind.
    pub fn rule(&self) -> &'static str {
        match self {
            Kind::FieldCount(_) => "field count",
            Kind::Missing => "missing value",
            Kind::NotADate => "not a date",
            Kind::Future { .. } => "future date",
            Kind::BadWord(_) => "bad value",
            Kind::Text(_) => "text",
            Kind::Refused(_) => "refused",
            Kind::Own(own) => own.rule(),
        }
    }
}

impl<T: OwnFault> Fault<Kind<T>> {
    /// A short, fixed name of the rule broken, to count faults by kind.
    pub fn rule(&self) -> &'static str {
        self.kind.rule()
    }
}

/// The faults of a row being read, in the order found. Each reader says which value it
/// keeps as the fault's cell (trimmed or as written), as the report quotes it.
pub struct Faults<T>(pub Vec<RowFault<T>>);

impl<T> Default for Faults<T> {
    fn default() -> Self {
        Faults(Vec::new())
    }
}

impl<T> Faults<T> {
    pub fn add(&mut self, column: &'static str, value: &str, kind: Kind<T>) {
        self.0.push(Fault::new(column, value, kind));
    }

    /// A fault of this table's own.
    pub fn own(&mut self, column: &'static str, value: &str, own: T) {
        self.add(column, value, Kind::Own(own));
    }

    /// A cell that must be given, trimmed (an empty one is a fault with an empty cell).
    pub fn required<'a>(&mut self, column: &'static str, v: &'a str) -> Option<&'a str> {
        let v = v.trim();
        if v.is_empty() {
            self.add(column, v, Kind::Missing);
            return None;
        }
        Some(v)
    }

    /// An optional date (`None` when empty), not after `today` when one is given; a fault
    /// quotes the cell trimmed.
    pub fn date(&mut self, column: &'static str, v: &str, today: Option<Date>) -> Option<Date> {
        let v = v.trim();
        if v.is_empty() {
            return None;
        }
        match (Date::parse(v), today) {
            (Ok(date), Some(today)) if date > today => {
                self.add(column, v, Kind::Future { date, today });
                None
            }
            (Ok(date), _) => Some(date),
            (Err(_), _) => {
                self.add(column, v, Kind::NotADate);
                None
            }
        }
    }

    /// An optional word of a vocabulary (`None` when empty); a fault quotes the cell
    /// trimmed.
    pub fn word<W>(
        &mut self,
        column: &'static str,
        v: &str,
        parse: impl FnOnce(&str) -> Result<W, DomainError>,
    ) -> Option<W> {
        let v = v.trim();
        if v.is_empty() {
            return None;
        }
        parse(v)
            .map_err(|e| self.add(column, v, Kind::BadWord(e)))
            .ok()
    }

    /// A required date; a fault quotes the cell trimmed.
    pub fn required_date(&mut self, column: &'static str, v: &str) -> Option<Date> {
        let v = self.required(column, v)?;
        self.date(column, v, None)
    }

    /// A required word of a vocabulary; a fault quotes the cell trimmed.
    pub fn required_word<W>(
        &mut self,
        column: &'static str,
        v: &str,
        parse: impl FnOnce(&str) -> Result<W, DomainError>,
    ) -> Option<W> {
        let v = self.required(column, v)?;
        self.word(column, v, parse)
    }

    /// Checks a free text (trimmed) against its field's rules; a fault quotes the cell
    /// as written.
    pub fn text(&mut self, column: &'static str, v: &str, field: TextField) {
        if let Err(e) = field.check(v.trim()) {
            self.add(column, v, Kind::Text(e));
        }
    }

    /// The row's faults, if any.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
