//! Turning computed values into output: tables for people, CSV and JSON for programs,
//! Markdown for reports. Nothing here decides what the values are.

pub mod agenda;
pub mod calendar;
pub mod case;
pub mod list;
pub mod progress;
pub mod recap;
pub mod safe_json;
pub mod table;

pub use table::{Table, table};

use std::io::Write;

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

/// A CSV writer over `out` (RFC 4180, `\n` line ends).
pub fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out)
}

pub fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(T::to_string).unwrap_or_default()
}
