//! One row of the register CSV: its columns, and the rules that make it a path the
//! lifecycle allows (the table's, in [`super::rules`]). Pure: the import reads a row into a
//! [`RawRow`] and gets a case or every fault of the row.

use super::error::{DomainError, TextField};
use super::lifecycle::Facts;
use super::rules::{Field, PathRule, PathView, broken_rules};
use super::{ApplicantKind, Date, Outcome, Reason, Via};
use crate::domain::row::columns::columns;

columns! {
    /// A row of the register CSV as read, every cell as written.
    RawRow {
        register_no, received_on, applicant, applicant_kind, public_body, subject,
        qualified_on, not_qualified_on, not_qualified_reason, withdrawn_on, decided_on,
        decision_via, decision_outcome, decision_no, closed_on,
    }
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

    /// A row from cells in the order of [`COLUMNS`].
    #[cfg(test)]
    pub fn from_cells(c: &[&'a str; 15]) -> RawRow<'a> {
        RawRow {
            register_no: c[0],
            received_on: c[1],
            applicant: c[2],
            applicant_kind: c[3],
            public_body: c[4],
            subject: c[5],
            qualified_on: c[6],
            not_qualified_on: c[7],
            not_qualified_reason: c[8],
            withdrawn_on: c[9],
            decided_on: c[10],
            decision_via: c[11],
            decision_outcome: c[12],
            decision_no: c[13],
            closed_on: c[14],
        }
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
}

/// What is wrong with one cell (or with the row, named by the column that breaks it).
pub type Fault = fault::Fault<FaultKind>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FaultKind {
    /// The row has this many fields instead of [`COLUMNS`]'s.
    FieldCount(usize),
    /// A required cell is empty.
    Missing,
    NotADate,
    Future {
        date: Date,
        today: Date,
    },
    /// A word not in its vocabulary.
    BadWord(DomainError),
    /// A text too long, holding a control character, or showing nothing.
    Text(DomainError),
    /// A path rule is broken; for a date-order rule, the date it must not precede.
    Broken {
        rule: &'static PathRule,
        /// The blamed column's date, where it is one.
        date: Option<Date>,
        before: Option<(Field, Date)>,
        route: Option<(Via, Outcome)>,
    },
}

impl Fault {
    /// A short, fixed name of the rule broken, to count faults by kind.
    pub fn rule(&self) -> &'static str {
        match &self.kind {
            FaultKind::FieldCount(_) => "field count",
            FaultKind::Missing => "missing value",
            FaultKind::NotADate => "not a date",
            FaultKind::Future { .. } => "future date",
            FaultKind::BadWord(_) => "bad value",
            FaultKind::Text(_) => "text",
            FaultKind::Broken { rule, .. } => rule.id,
        }
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

/// Checks a row with the wrong number of fields before it is read into a [`RawRow`].
pub fn field_count_fault(found: usize) -> Fault {
    Fault::new(COLUMNS[0], "", FaultKind::FieldCount(found))
}

/// Reads one data row, checked against the lifecycle and `today`. Every fault is
/// reported, not only the first.
pub fn parse_row(raw: &RawRow, today: Date) -> Result<CaseRow, Vec<Fault>> {
    let mut faults = Vec::new();
    let push = |faults: &mut Vec<Fault>, column: &'static str, value: &str, kind| {
        faults.push(Fault::new(column, value, kind))
    };
    let mut dates = [None; Field::ALL.len()];
    for f in Field::dates() {
        let s = raw.cell(f);
        if s.is_empty() {
            continue;
        }
        match Date::parse(s) {
            Ok(d) if d > today => push(
                &mut faults,
                f.column(),
                s,
                FaultKind::Future { date: d, today },
            ),
            Ok(d) => dates[f as usize] = Some(d),
            Err(_) => push(&mut faults, f.column(), s, FaultKind::NotADate),
        }
    }
    for (column, value) in [
        ("received_on", raw.received_on),
        ("applicant", raw.applicant),
        ("applicant_kind", raw.applicant_kind),
        ("public_body", raw.public_body),
        ("subject", raw.subject),
    ] {
        if value.trim().is_empty() {
            push(&mut faults, column, value, FaultKind::Missing);
        }
    }
    if let Err(e) = super::register_no::check_number(raw.register_no) {
        push(
            &mut faults,
            "register_no",
            raw.register_no,
            FaultKind::BadWord(e),
        );
    }
    for (column, value, p) in [
        ("applicant", raw.applicant, TextField::Applicant),
        ("public_body", raw.public_body, TextField::Body),
        ("subject", raw.subject, TextField::Subject),
        ("decision_no", raw.decision_no, TextField::DecisionNo),
    ] {
        if let Err(e) = p.check(value.trim()) {
            push(&mut faults, column, value, FaultKind::Text(e));
        }
    }
    fn word<T>(
        column: &'static str,
        s: &str,
        parse: fn(&str) -> Result<T, DomainError>,
        faults: &mut Vec<Fault>,
    ) -> Option<T> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        match parse(s) {
            Ok(v) => Some(v),
            Err(e) => {
                faults.push(Fault {
                    column,
                    value: s.to_string(),
                    kind: FaultKind::BadWord(e),
                });
                None
            }
        }
    }
    let kind = word(
        "applicant_kind",
        raw.applicant_kind,
        ApplicantKind::parse,
        &mut faults,
    );
    let cell = |f: Field| (f.column(), raw.cell(f));
    let (c, s) = cell(Field::NotQualifiedReason);
    let reason = word(c, s, Reason::parse, &mut faults);
    let (c, s) = cell(Field::DecisionVia);
    let via = word(c, s, Via::parse, &mut faults);
    let (c, s) = cell(Field::DecisionOutcome);
    let outcome = word(c, s, Outcome::parse, &mut faults);
    // The cells' faults in column order; the path rules' follow, in the rules' order.
    faults.sort_by_key(|f| COLUMNS.iter().position(|c| *c == f.column));
    let read = Read {
        raw,
        dates,
        route: via.zip(outcome),
    };
    for rule in broken_rules(&read) {
        let column = rule.blame(&read);
        push(
            &mut faults,
            column.column(),
            raw.cell(column),
            FaultKind::Broken {
                rule,
                date: read.date(column),
                before: rule.before(&read),
                route: read.route,
            },
        );
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

pub mod columns;
pub mod fault;
#[cfg(test)]
mod tests;
