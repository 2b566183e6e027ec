//! The dispute procedure as pure Rust: vocabularies, the lifecycle's rule tables, cases
//! and their histories, register numbers, dates and recap arithmetic. No SQL and no I/O
//! here, so every rule is unit-tested on its own.

pub mod agenda;
pub mod appeal;
pub mod body;
pub mod calendar;
pub mod case;
pub mod case_file;
pub mod chain;
pub mod checkpoint;
pub mod date;
pub mod deadlines;
pub mod error;
pub mod hearing;
pub mod intake;
pub mod lifecycle;
pub mod mediation;
pub mod message;
pub mod overrides;
pub mod paper;
pub mod pred;
pub mod publish;
pub mod recap;
pub mod redact;
pub mod register_no;
pub mod row;
pub mod rules;
pub mod text;
pub mod times;
pub mod vocab;
pub mod workdays;

pub use date::Date;
pub use error::DomainError;
pub use overrides::Override;
pub use vocab::{
    ActKind, ApplicantKind, Attendance, BodyChange, BodyKind, CalendarChange, Court, CourtOutcome,
    DayKind, EventKind, Ground, HearingKind, HearingStatus, Level, NotRegisteredReason, Outcome,
    PaperKind, Party, PersonRole, Pinned, Reason, Seat, ServiceHow, ServiceResult, State, Via,
    VoidReason,
};

/// Which language labels are printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Id,
}

#[cfg(test)]
thread_local! {
    /// How many names [`body_key`] folded on this thread: a test holds a replay's work to
    /// the number of its changes with it.
    pub static FOLDS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Folds a public body's name to the key under which two spellings are the same body:
/// NFKC (a full-width or compatibility form is its plain letter), lower case, white space
/// trimmed and runs of it folded to one space.
pub fn body_key(name: &str) -> String {
    #[cfg(test)]
    FOLDS.with(|n| n.set(n.get() + 1));
    use unicode_normalization::UnicodeNormalization;
    name.nfkc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Trims a name and folds its inner white space, keeping its case as written, in NFKC
/// (one spelling of each letter: what is stored compares as it looks).
pub fn tidy(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_names_fold_case_and_spaces() {
        assert_eq!(body_key("  Dinas   Pendidikan "), "dinas pendidikan");
        assert_eq!(body_key("DINAS PENDIDIKAN"), body_key("dinas pendidikan"));
        assert_eq!(tidy("  Dinas   Pendidikan "), "Dinas Pendidikan");
    }
}
