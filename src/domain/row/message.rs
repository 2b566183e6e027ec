//! What the register CSV's faults say, beside them: a header that is not the table's
//! ([`HeaderFault`]) and a broken path rule ([`Broken`]), each as a catalogue id and its
//! arguments ([`Msg`]); the command layer puts them into the run's language. A rule added
//! to `rules.rs` without words of its own here still says which it is.

use super::{Broken, HeaderFault};
use crate::domain::message::{Msg, Value, msg};
use crate::domain::rules::{Field, Shape};
use crate::domain::text::excerpt;

impl HeaderFault {
    /// What this header fault says.
    pub fn message(&self) -> Msg {
        match self {
            HeaderFault::Wrong { at, found, want } => msg!(
                "header-wrong",
                at = *at,
                found = excerpt(found),
                want = *want
            ),
            HeaderFault::Missing { at, want } => msg!("header-missing", at = *at, want = *want),
            HeaderFault::TooMany { found, want } => {
                msg!("header-too-many", found = *found, want = *want)
            }
        }
    }
}

/// What a broken path rule says.
pub(super) fn broken(broken: &Broken) -> Msg {
    use Field::*;
    let Broken {
        rule,
        date,
        before,
        route,
    } = *broken;
    match rule.shape {
        Shape::Excludes(Qualified, NotQualified) => msg!("rule-qualified-not-qualified"),
        Shape::Excludes(NotQualified, Withdrawn) => msg!("rule-not-qualified-withdrawn"),
        Shape::Excludes(NotQualified, Decided) => msg!("rule-not-qualified-decided"),
        Shape::Excludes(Withdrawn, Decided) => msg!("rule-withdrawn-decided"),
        Shape::SameDate(Closed, NotQualified) => msg!("rule-closed-not-qualified"),
        Shape::Requires(Decided, Qualified) => msg!("rule-decided-needs-qualified"),
        Shape::Requires(DecisionNo, Decided) => msg!("rule-decision-no-needs-decided"),
        Shape::RequiresAny(Closed, _) => msg!("rule-closed-needs-end"),
        Shape::Route => match route {
            Some((v, o)) => msg!(
                "rule-route",
                via = Value::word(v),
                outcome = Value::word(o),
                outcomes = v
                    .outcomes()
                    .iter()
                    .map(|o| o.cli_name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            None => msg!("rule-route-unknown"),
        },
        Shape::NotBefore(a, _) => match (date, before) {
            (Some(d), Some((b, bd))) => msg!(
                "rule-not-before",
                date = d,
                before = b.column(),
                before_date = bd
            ),
            _ => msg!("rule-out-of-order", column = a.column()),
        },
        Shape::Together(fs) => {
            let mut fs = fs.to_vec();
            fs.sort();
            let cols: Vec<&str> = fs.iter().map(|f| f.column()).collect();
            match cols.as_slice() {
                [init @ .., last] if !init.is_empty() => {
                    msg!("rule-together", first = init.join(", "), last = *last)
                }
                _ => msg!("rule-other", rule = rule.id),
            }
        }
        // A rule added to the table without its own words still says which it is.
        _ => msg!("rule-other", rule = rule.id),
    }
}
