//! A message as data: the catalogue id of what an error says and its arguments, named by
//! the error beside its variants (`DomainError::message`). The domain is below the
//! catalogue, so it never looks a message up: the command layer
//! (`commands::messages::say`) puts a [`Msg`] into the run's language.

use super::Date;
use super::Lang;
use super::error::TextField;
use super::vocab::{Vocab, Word};

/// A catalogue id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Value)>,
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Num(i64),
    /// A vocabulary's value in a sentence: its spelling in English (what the command line
    /// reads and the tool writes), its Indonesian label in Indonesian.
    Word {
        stored: &'static str,
        id_label: &'static str,
    },
    /// A value's label in the run's language.
    Label {
        en: &'static str,
        id: &'static str,
    },
    /// A date: as people write it in an Indonesian run ("4 Desember 2026"), ISO in an
    /// English one, as every human screen writes it (`render::human`).
    Date(Date),
    /// Another message, put into words first.
    Msg(Box<Msg>),
    /// A vocabulary's name ("state", "status"): wording of the command layer.
    Vocab(Vocab),
    /// The flag a text field is given with: the command layer knows its flags.
    Flag(TextField),
}

impl Value {
    pub fn word<W: Word>(w: W) -> Value {
        Value::Word {
            stored: w.stored(),
            id_label: w.label_in(Lang::Id),
        }
    }
    pub fn label<W: Word>(w: W) -> Value {
        Value::Label {
            en: w.label_in(Lang::En),
            id: w.label_in(Lang::Id),
        }
    }
}

impl From<Msg> for Value {
    fn from(m: Msg) -> Self {
        Value::Msg(Box::new(m))
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Text(s.clone())
    }
}
impl From<Date> for Value {
    fn from(d: Date) -> Self {
        Value::Date(d)
    }
}
impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Num(n)
    }
}
impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Value::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<i32> for Value {
    fn from(n: i32) -> Self {
        Value::Num(i64::from(n))
    }
}

/// What kind of failure an error is: the command layer picks the exit code by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// What was asked for is refused.
    Invalid,
    /// What was named is not there.
    NotFound,
    /// The register cannot be used as it is (a missing, locked or damaged file).
    Unavailable,
    /// Reading or writing the disk failed.
    Io,
    /// A bug.
    Internal,
}

/// What an error says: its class, its message, and the hint that mends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub class: Class,
    pub msg: Msg,
    pub hint: Option<Msg>,
}

impl Said {
    /// An error of `class` saying `msg`, without a hint.
    pub fn new(class: Class, msg: Msg) -> Said {
        Said {
            class,
            msg,
            hint: None,
        }
    }

    /// The same, with a hint.
    pub fn hint(self, hint: Msg) -> Said {
        Said {
            hint: Some(hint),
            ..self
        }
    }
}

/// `msg!(ID)` or `msg!(ID, name = value, ...)` (ID a string literal): a [`Msg`], each value made a
/// [`Value`] by `From`.
macro_rules! msg {
    ($id:literal) => {
        $crate::domain::message::Msg { id: $id, args: Vec::new() }
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::domain::message::Msg {
            id: $id,
            args: vec![$((stringify!($k), $crate::domain::message::Value::from($v))),+],
        }
    };
}
pub(crate) use msg;
