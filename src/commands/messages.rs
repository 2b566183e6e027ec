//! The one place where the domain's and the storage's structured errors become words: a
//! message, and a hint that names the command-line flag or the command to use, in the
//! run's language through the catalogue (`locales/*.ftl`, ids `err-*`, `hint-*`, `store-*`).

mod case_file;
mod checkpoint;
mod domain;
mod faults;
mod problem;
mod store;

pub use checkpoint::proved as checkpoints_proved;
pub use domain::{domain_hint, domain_message, outcome_names, say};

/// An error that says itself ([`Said`]: its class, message and hint), in words.
pub fn said_error(said: &Said) -> Error {
    let kind = match said.class {
        Class::Invalid => Kind::Invalid,
        Class::NotFound => Kind::NotFound,
        Class::Unavailable => Kind::Unavailable,
        Class::Io => Kind::Io,
        Class::Internal => Kind::Internal,
    };
    let error = Error::new(kind, say(&said.msg));
    match &said.hint {
        Some(hint) => error.with_hint(say(hint)),
        None => error,
    }
}
pub use faults::{appeal_fault, fault, header_fault, shared as row_fault};
pub use problem::problem;
pub use store::damage;

use crate::domain::DomainError;
use crate::domain::error::TextField;
use crate::domain::message::{Class, Said};
use crate::domain::text::TextFault;
use crate::error::{Error, Kind};
use crate::t;

/// A vocabulary's value in a sentence: its one spelling in English (what the command line
/// reads and the tool writes), its label in Indonesian (which the command line reads too).
macro_rules! word {
    ($v:expr) => {{
        let v = $v;
        match $crate::i18n::lang() {
            $crate::domain::Lang::En => v.as_str().to_string(),
            $crate::domain::Lang::Id => v.label($crate::domain::Lang::Id).to_string(),
        }
    }};
}
pub(crate) use word;
mod integrity;
pub use integrity::archive_fault;

impl From<DomainError> for Error {
    fn from(e: DomainError) -> Self {
        let kind = match &e {
            DomainError::NoSuchCase(_) | DomainError::NoSuchBody(_) => Kind::NotFound,
            DomainError::BrokenHistory { .. } => Kind::Unavailable,
            // As clap has it for a missing flag: the command line is incomplete.
            DomainError::NothingGiven => Kind::Usage,
            _ => Kind::Invalid,
        };
        let err = Error::new(kind, domain_message(&e));
        match domain_hint(&e) {
            Some(h) => err.with_hint(h),
            None => err,
        }
    }
}

/// The flag a text field is given with.
pub(super) fn flag(p: TextField) -> &'static str {
    match p {
        TextField::Applicant => "--applicant",
        TextField::Body => "--body",
        TextField::Subject => "--subject",
        TextField::RegisterNo => "--register-no",
        TextField::UndoReason | TextField::RemoveReason | TextField::HearingReason => "--reason",
        TextField::DayName => "--name",
        TextField::DayNameEn => "--name-en",
        TextField::DaySource => "--source",
        TextField::Room => "--room",
        TextField::Panel => "--panel",
        TextField::NewBodyName => "--to",
        TextField::BodyAlias => "--add",
        TextField::Note => "--note",
        TextField::Actor => "--actor",
        TextField::DecisionNo => "--decision-no",
        TextField::Setting => "the value",
        TextField::Missing => "--missing",
        TextField::MediationReason => "--reason",
    }
}

/// What is wrong with a text, without naming the field.
pub fn text_fault(f: &TextFault) -> String {
    match *f {
        TextFault::TooLong { chars, max } => t!("text-too-long", chars = chars, max = max),
        TextFault::Control { ch, at } => t!(
            "text-control",
            ch = format!("U+{:04X}", u32::from(ch)),
            at = at
        ),
        TextFault::Invisible => t!("text-invisible"),
        TextFault::MixedScripts { ch, at } => t!(
            "text-mixed-scripts",
            ch = ch.to_string(),
            code = format!("U+{:04X}", u32::from(ch)),
            at = at
        ),
    }
}

pub(super) fn text_hint(f: &TextFault) -> String {
    match f {
        TextFault::TooLong { .. } => t!("text-too-long-hint"),
        TextFault::Control { .. } => t!("text-control-hint"),
        TextFault::Invisible => t!("text-invisible-hint"),
        TextFault::MixedScripts { .. } => t!("text-mixed-scripts-hint"),
    }
}

/// For clap's `value_parser`: a date, with the accepted spellings in the message.
pub fn parse_date(s: &str) -> Result<crate::domain::Date, String> {
    crate::domain::Date::parse(s)
        .map_err(|e| format!("{}; {}", domain_message(&e), t!("hint-date-forms")))
}

/// For clap's `value_parser`: a time of day, HH:MM.
pub fn parse_time(s: &str) -> Result<String, String> {
    crate::domain::hearing::parse_time(s)
        .map_err(|e| format!("{}; {}", domain_message(&e), t!("hint-time-form")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::StoreError;

    #[test]
    fn a_register_on_a_network_file_system_is_unavailable_and_says_what_to_do() {
        let e = Error::from(StoreError::NetworkFs {
            path: "/home/clerk/register.db".into(),
            fstype: "nfs4".into(),
        });
        assert_eq!(e.kind.exit_code(), 5);
        assert!(
            e.message.contains("/home/clerk/register.db")
                && e.message.contains("(nfs4)")
                && e.message.contains("WAL"),
            "{}",
            e.message
        );
        let hint = e.hint.expect("a hint");
        for part in ["local disk", "ssh", "--allow-network-fs"] {
            assert!(hint.contains(part), "{hint}");
        }
    }
}
