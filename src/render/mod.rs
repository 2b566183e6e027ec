//! Turning computed values into output: tables for people, CSV and JSON for programs,
//! Markdown for reports. Nothing here decides what the values are.

pub mod agenda;
pub mod appeal;
pub mod body;
pub mod calendar;
pub mod case;
pub mod case_file;
pub mod chart;
pub mod csv_out;
pub mod json;
pub mod list;
pub mod paper;
pub mod progress;
pub mod recap;
pub mod report;
pub mod safe_json;
pub mod table;

pub use table::{Table, table};

/// How a command prints data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table fitted to the terminal.
    Table,
    /// Comma-separated values with a header row.
    Csv,
    /// JSON with stable keys.
    Json,
}

pub use csv_out::{CsvOut, Dialect};

/// The version of the JSON shapes the tool writes (a case, a recap): every case object
/// and every recap document carries it as `schema_version`; it goes up when a field
/// changes meaning or goes away (a new field does not change it).
pub const SCHEMA_VERSION: u32 = 1;

/// A hearing's time (stored `HH:MM`) as the run's language writes it: `09.30` in
/// Indonesian, `09:30` in English.
pub fn time(at: &str) -> String {
    crate::domain::hearing::shown_time(at, crate::i18n::lang())
}

pub fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(T::to_string).unwrap_or_default()
}
