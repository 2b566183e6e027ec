//! One row of the register CSV: its columns, and the rules that make it a path the
//! lifecycle allows (the table's, in [`super::rules`]). Pure: the import reads a row into a
//! [`RawRow`] and gets a case or every fault of the row.

use super::error::TextField;
use super::lifecycle::Facts;
use super::rules::{Field, PathRule, PathView, broken_rules};
use super::{ApplicantKind, Date, Outcome, Reason, Via};
use crate::domain::row::columns::columns;
use fault::{Faults, Kind};

columns! {
    /// A row of the register CSV as read, every cell as written.
    RawRow {
        register_no, received_on, applicant, applicant_kind, public_body, subject,
        qualified_on, not_qualified_on, not_qualified_reason, withdrawn_on, decided_on,
        decision_via, decision_outcome, decision_no, closed_on,
    }
    // The akta registrasi's date (`case register`) and the receipt reference of a case
    // numbered at registration: written by an export only for a register that records
    // intake (the receipt only where one has them), so that other registers' files read
    // as before.
    optional { registered_on, receipt_no }
}

impl<'a> RawRow<'a> {
    /// The cell of a path fact, trimmed.
    pub fn cell(&self, f: Field) -> &'a str {
        match f {
            Field::Received => self.received_on,
            Field::Qualified => self.qualified_on,
            Field::NotQualified => self.not_qualified_on,
            Field::NotQualifiedReason => self.not_qualified_reason,
            Field::Withdrawn => self.withdrawn_on,
            Field::Decided => self.decided_on,
            Field::DecisionVia => self.decision_via,
            Field::DecisionOutcome => self.decision_outcome,
            Field::DecisionNo => self.decision_no,
            Field::Closed => self.closed_on,
        }
        .trim()
    }
}

/// A valid row: a case and the path it took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    pub register_no: Option<String>,
    pub applicant: String,
    pub applicant_kind: ApplicantKind,
    pub public_body: String,
    pub subject: String,
    pub facts: Facts,
    /// The akta registrasi's date, where the file has the column and the cell.
    pub registered_on: Option<Date>,
    /// The receipt reference of a case numbered at registration, likewise.
    pub receipt_no: Option<String>,
}

/// What is wrong with one cell (or with the row, named by the column that breaks it).
pub type Fault = fault::RowFault<Broken>;

/// A path rule a row breaks; for a date-order rule, the date it must not precede.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Broken {
    pub rule: &'static PathRule,
    /// The blamed column's date, where it is one.
    pub date: Option<Date>,
    pub before: Option<(Field, Date)>,
    pub route: Option<(Via, Outcome)>,
}

impl fault::OwnFault for Broken {
    fn rule(&self) -> &'static str {
        self.rule.id
    }
    fn message(&self, _: &'static str, _: &str) -> crate::domain::message::Msg {
        message::broken(self)
    }
}

/// How the header differs from the columns wanted ([`COLUMNS`], or another CSV's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderFault {
    /// Column `at` (1-based) is `found` where `want` belongs.
    Wrong {
        at: usize,
        found: String,
        want: &'static str,
    },
    /// The header stops before column `at` (`want`).
    Missing { at: usize, want: &'static str },
    /// The header has `found` columns, not `want`.
    TooMany { found: usize, want: usize },
}

/// Checks the header: exactly the register CSV's columns, in order.
pub fn check_header(header: &[&str]) -> Result<(), HeaderFault> {
    check_header_of(header, &COLUMNS)
}

/// Checks the header: exactly `columns`, in order.
pub fn check_header_of(header: &[&str], columns: &[&'static str]) -> Result<(), HeaderFault> {
    for (i, want) in columns.iter().enumerate() {
        match header.get(i) {
            Some(h) if h.trim() == *want => {}
            Some(h) => {
                return Err(HeaderFault::Wrong {
                    at: i + 1,
                    found: h.to_string(),
                    want,
                });
            }
            None => return Err(HeaderFault::Missing { at: i + 1, want }),
        }
    }
    if header.len() != columns.len() {
        return Err(HeaderFault::TooMany {
            found: header.len(),
            want: columns.len(),
        });
    }
    Ok(())
}

/// The path facts of a row as far as they could be read, for the path rules.
struct Read<'a> {
    raw: &'a RawRow<'a>,
    dates: [Option<Date>; Field::ALL.len()],
    route: Option<(Via, Outcome)>,
}

impl PathView for Read<'_> {
    fn given(&self, f: Field) -> bool {
        !self.raw.cell(f).is_empty()
    }
    fn date(&self, f: Field) -> Option<Date> {
        self.dates[f as usize]
    }
    fn route(&self) -> Option<(Via, Outcome)> {
        self.route
    }
}

/// Reads one data row, checked against the lifecycle and `today`. Every fault is
/// reported, not only the first.
pub fn parse_row(raw: &RawRow, today: Date) -> Result<CaseRow, Vec<Fault>> {
    let mut faults = Faults::default();
    let mut dates = [None; Field::ALL.len()];
    for f in Field::dates() {
        dates[f as usize] = faults.date(f.column(), raw.cell(f), Some(today));
    }
    for (column, value) in [
        ("received_on", raw.received_on),
        ("applicant", raw.applicant),
        ("applicant_kind", raw.applicant_kind),
        ("public_body", raw.public_body),
        ("subject", raw.subject),
    ] {
        if value.trim().is_empty() {
            faults.add(column, value, Kind::Missing);
        }
    }
    if let Err(e) = super::register_no::check_number(raw.register_no) {
        faults.add("register_no", raw.register_no, Kind::BadWord(e));
    }
    if !raw.receipt_no.trim().is_empty()
        && let Err(e) = super::register_no::check_number(raw.receipt_no)
    {
        faults.add("receipt_no", raw.receipt_no, Kind::BadWord(e));
    }
    for (column, value, p) in [
        ("applicant", raw.applicant, TextField::Applicant),
        ("public_body", raw.public_body, TextField::Body),
        ("subject", raw.subject, TextField::Subject),
        ("decision_no", raw.decision_no, TextField::DecisionNo),
    ] {
        faults.text(column, value, p);
    }
    let registered_on = faults.date("registered_on", raw.registered_on, Some(today));
    let kind = faults.word("applicant_kind", raw.applicant_kind, ApplicantKind::parse);
    let cell = |f: Field| (f.column(), raw.cell(f));
    let (c, v) = cell(Field::NotQualifiedReason);
    let reason = faults.word(c, v, Reason::parse);
    let (c, v) = cell(Field::DecisionVia);
    let via = faults.word(c, v, Via::parse);
    let (c, v) = cell(Field::DecisionOutcome);
    let outcome = faults.word(c, v, Outcome::parse);
    let Faults(mut faults) = faults;
    // The cells' faults in column order; the path rules' follow, in the rules' order.
    faults.sort_by_key(|f| {
        COLUMNS
            .iter()
            .position(|c| *c == f.column)
            .unwrap_or(COLUMNS.len())
    });
    let read = Read {
        raw,
        dates,
        route: via.zip(outcome),
    };
    for rule in broken_rules(&read) {
        let column = rule.blame(&read);
        let broken = Broken {
            rule,
            date: read.date(column),
            before: rule.before(&read),
            route: read.route,
        };
        faults.push(Fault::new(
            column.column(),
            raw.cell(column),
            Kind::Own(broken),
        ));
    }
    if !faults.is_empty() {
        return Err(faults);
    }
    let date = |f: Field| dates[f as usize];
    // A case that does not qualify is closed that day: an empty closed_on says so.
    let closed = date(Field::Closed).or(date(Field::NotQualified));
    let given = |f: Field| Some(raw.cell(f).to_string()).filter(|s| !s.is_empty());
    Ok(CaseRow {
        register_no: Some(raw.register_no.trim().to_string()).filter(|s| !s.is_empty()),
        applicant: raw.applicant.trim().to_string(),
        applicant_kind: kind.expect("checked"),
        public_body: raw.public_body.trim().to_string(),
        subject: raw.subject.trim().to_string(),
        registered_on,
        receipt_no: Some(raw.receipt_no.trim().to_string()).filter(|s| !s.is_empty()),
        facts: Facts {
            received_on: date(Field::Received).expect("checked"),
            qualified_on: date(Field::Qualified),
            not_qualified_on: date(Field::NotQualified),
            not_qualified_reason: reason,
            withdrawn_on: date(Field::Withdrawn),
            decided_on: date(Field::Decided),
            decision: via.zip(outcome),
            decision_no: given(Field::DecisionNo),
            closed_on: closed,
        },
    })
}

/// A row of a table whose rows are steps of cases already in the register (hearings,
/// appeals): the column a refusal of the procedure is about, for the report of the
/// refused rows.
pub trait Blamed {
    /// The column `e`, a refusal of this row, is about.
    fn blame(&self, e: &super::DomainError) -> &'static str;
}

pub mod columns;
pub mod fault;
mod message;
#[cfg(test)]
mod tests;
