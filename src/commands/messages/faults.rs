//! What the imports say of a faulty row or header: the kinds of fault every table shares,
//! in words (a cell's text and a refused word come with their hints, which name flags);
//! a table's own kinds and a header's faults name their messages beside them
//! (`OwnFault::message`, `HeaderFault::message`), put into the run's language here.

use super::{domain_hint, domain_message, say, text_fault, text_hint};
use crate::domain::row::fault::{Kind, OwnFault, RowFault};
use crate::domain::row::{Fault, HeaderFault};
use crate::render::human::date_plain;
use crate::t;

/// A domain error with its hint, as one line of an import's report.
fn with_hint(e: &crate::domain::DomainError) -> String {
    match domain_hint(e) {
        Some(h) => format!("{}; {h}", domain_message(e)),
        None => domain_message(e),
    }
}

/// What an import says of a fault of a row in a table of `want` columns: the shared
/// kinds in words, a kind of the table's own as it says itself. (A table's wording,
/// `CsvTable::REASON`, unless it words some kinds its own way.)
pub fn shared<T: OwnFault>(f: &RowFault<T>, want: usize) -> String {
    match &f.kind {
        Kind::FieldCount(n) => t!("fault-field-count", found = *n, want = want),
        Kind::Missing => t!("fault-missing", column = f.column),
        Kind::NotADate => t!("fault-not-a-date"),
        Kind::Future { date, today } => t!(
            "fault-future",
            date = date_plain(*date),
            today = date_plain(*today)
        ),
        Kind::BadWord(e) => with_hint(e),
        Kind::Text(e) => in_a_cell(e),
        Kind::Refused(e) => domain_message(e),
        Kind::Own(o) => say(&o.message(f.column, &f.value)),
    }
}

/// What an import says of one fault of a row.
pub fn fault(f: &Fault) -> String {
    match (&f.kind, f.column) {
        (Kind::Missing, "received_on") => t!("fault-missing-received"),
        (Kind::Missing, "applicant_kind") => t!("fault-missing-applicant-kind"),
        _ => shared(f, crate::domain::row::COLUMNS.len()),
    }
}

/// What an import says of a cell's text (the column is named beside it).
fn in_a_cell(e: &crate::domain::DomainError) -> String {
    match e {
        crate::domain::DomainError::Text { fault, .. } => {
            format!("{}; {}", text_fault(fault), text_hint(fault))
        }
        other => domain_message(other),
    }
}

/// What an import says of a header that is not its CSV's.
pub fn header_fault(h: &HeaderFault) -> String {
    say(&h.message())
}

/// What `appeal import` says of one fault of a row (its own words for the shared
/// faults of a missing cell, a date and the row's width).
pub fn appeal_fault(f: &crate::domain::appeal::row::Fault) -> String {
    use crate::domain::appeal::row::COLUMNS;
    match &f.kind {
        Kind::FieldCount(n) => t!("appeal-fault-field-count", n = *n, want = COLUMNS.len()),
        Kind::Missing => t!("appeal-fault-missing", column = f.column),
        Kind::NotADate => t!("appeal-fault-not-a-date"),
        Kind::Future { today, .. } => t!("appeal-fault-future", today = date_plain(*today)),
        _ => shared(f, COLUMNS.len()),
    }
}
