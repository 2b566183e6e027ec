//! What the imports say of a faulty row or header.

use super::{domain_hint, domain_message, outcome_names, text_fault, text_hint, word};
use crate::domain::calendar::DayFault;
use crate::domain::row::fault::{Kind, RowFault};
use crate::domain::row::{Broken, Fault, HeaderFault};
use crate::domain::rules::{Field, Shape};
use crate::domain::text::excerpt;
use crate::t;

/// A domain error with its hint, as one line of an import's report.
fn with_hint(e: &crate::domain::DomainError) -> String {
    match domain_hint(e) {
        Some(h) => format!("{}; {h}", domain_message(e)),
        None => domain_message(e),
    }
}

/// What an import says of a fault every table shares, in a table of `want` columns (a
/// fault of the table's own is worded by `own`).
fn shared<T>(f: &RowFault<T>, want: usize, own: impl FnOnce(&T) -> String) -> String {
    match &f.kind {
        Kind::FieldCount(n) => t!("fault-field-count", found = *n, want = want),
        Kind::Missing => t!("fault-missing", column = f.column),
        Kind::NotADate => t!("fault-not-a-date"),
        Kind::Future { date, today } => t!("fault-future", date = *date, today = *today),
        Kind::BadWord(e) => with_hint(e),
        Kind::Text(e) => in_a_cell(e),
        Kind::Refused(e) => domain_message(e),
        Kind::Own(o) => own(o),
    }
}

/// What an import says of one fault of a row.
pub fn fault(f: &Fault) -> String {
    match (&f.kind, f.column) {
        (Kind::Missing, "received_on") => t!("fault-missing-received"),
        (Kind::Missing, "applicant_kind") => t!("fault-missing-applicant-kind"),
        _ => shared(f, crate::domain::row::COLUMNS.len(), rule_broken),
    }
}

/// What a broken path rule says.
fn rule_broken(broken: &Broken) -> String {
    use Field::*;
    let Broken {
        rule,
        date,
        before,
        route,
    } = *broken;
    match rule.shape {
        Shape::Excludes(Qualified, NotQualified) => t!("rule-qualified-not-qualified"),
        Shape::Excludes(NotQualified, Withdrawn) => t!("rule-not-qualified-withdrawn"),
        Shape::Excludes(NotQualified, Decided) => t!("rule-not-qualified-decided"),
        Shape::Excludes(Withdrawn, Decided) => t!("rule-withdrawn-decided"),
        Shape::SameDate(Closed, NotQualified) => t!("rule-closed-not-qualified"),
        Shape::Requires(Decided, Qualified) => t!("rule-decided-needs-qualified"),
        Shape::Requires(DecisionNo, Decided) => t!("rule-decision-no-needs-decided"),
        Shape::RequiresAny(Closed, _) => t!("rule-closed-needs-end"),
        Shape::Route => match route {
            Some((v, o)) => t!(
                "rule-route",
                via = word!(v),
                outcome = word!(o),
                outcomes = outcome_names(v)
            ),
            None => t!("rule-route-unknown"),
        },
        Shape::NotBefore(a, _) => match (date, before) {
            (Some(d), Some((b, bd))) => t!(
                "rule-not-before",
                date = d,
                before = b.column(),
                before_date = bd
            ),
            _ => t!("rule-out-of-order", column = a.column()),
        },
        Shape::Together(fs) => {
            let mut fs = fs.to_vec();
            fs.sort();
            let cols: Vec<&str> = fs.iter().map(|f| f.column()).collect();
            match cols.as_slice() {
                [init @ .., last] if !init.is_empty() => {
                    t!("rule-together", first = init.join(", "), last = *last)
                }
                _ => t!("rule-other", rule = rule.id),
            }
        }
        // A rule added to the table without its own words still says which it is.
        _ => t!("rule-other", rule = rule.id),
    }
}

/// What `calendar import` says of one fault of a row.
pub fn day_fault(f: &DayFault) -> String {
    shared(f, crate::domain::calendar::COLUMNS.len(), |r| {
        t!("fault-day-repeated", line = r.line)
    })
}

/// What `hearing import` says of one fault of a row.
pub fn hearing_fault(f: &crate::domain::hearing::row::Fault) -> String {
    use crate::domain::hearing::row::{COLUMNS, HearingFault as H};
    shared(f, COLUMNS.len(), |own| match own {
        H::NotANumber => t!("fault-not-a-hearing-number"),
        H::Attendance { held: true } => t!("fault-attendance-needed", column = f.column),
        H::Attendance { held: false } => t!("fault-attendance-not-held"),
        H::Reason { needed: true } => t!("fault-reason-needed"),
        H::Reason { needed: false } => t!("fault-reason-not-needed"),
    })
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
    match h {
        HeaderFault::Wrong { at, found, want } => {
            t!(
                "header-wrong",
                at = *at,
                found = excerpt(found),
                want = *want
            )
        }
        HeaderFault::Missing { at, want } => t!("header-missing", at = *at, want = *want),
        HeaderFault::TooMany { found, want } => {
            t!("header-too-many", found = *found, want = *want)
        }
    }
}

/// What `appeal import` says of one fault of a row (its own words for the shared
/// faults of a missing cell, a date and the row's width).
pub fn appeal_fault(f: &crate::domain::appeal::row::Fault) -> String {
    use crate::domain::appeal::row::{AppealFault as A, COLUMNS};
    match &f.kind {
        Kind::FieldCount(n) => t!("appeal-fault-field-count", n = *n, want = COLUMNS.len()),
        Kind::Missing => t!("appeal-fault-missing", column = f.column),
        Kind::NotADate => t!("appeal-fault-not-a-date"),
        Kind::Future { today, .. } => t!("appeal-fault-future", today = *today),
        _ => shared(f, COLUMNS.len(), |own| match own {
            A::WithoutLevel => t!("appeal-fault-without-level", column = f.column),
            A::Empty => t!("appeal-fault-empty"),
            A::DecisionHalf => t!("appeal-fault-half-decision"),
            A::Repeated { line } if f.column == "level" => t!(
                "appeal-fault-repeated-level",
                level = &f.value,
                line = *line
            ),
            A::Repeated { line } => t!("appeal-fault-repeated-service", line = *line),
        }),
    }
}
