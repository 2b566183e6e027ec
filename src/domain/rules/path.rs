//! How a case row (or a register-CSV row) is judged against the path rules of
//! [`super::PATH_RULES`]: what a rule needs to know of a row, and whether it holds.

use super::{Field, PATH_RULES, PathRule, Shape};
use crate::domain::{Date, Outcome, Via};

/// What a path rule needs to know of a row: which fields are given, their dates, and the
/// decision's pair. A register-CSV row and a case's [`crate::domain::lifecycle::Facts`] both answer.
pub trait PathView {
    fn given(&self, f: Field) -> bool;
    fn date(&self, f: Field) -> Option<Date>;
    fn route(&self) -> Option<(Via, Outcome)>;
}

impl PathRule {
    /// The column this rule blames when it breaks on `row`.
    pub fn blame(&self, row: &impl PathView) -> Field {
        match self.shape {
            Shape::Excludes(_, b) => b,
            Shape::Together(fs) => fs.iter().copied().find(|f| !row.given(*f)).unwrap_or(fs[0]),
            Shape::Requires(a, _)
            | Shape::RequiresAny(a, _)
            | Shape::SameDate(a, _)
            | Shape::NotBefore(a, _) => a,
            Shape::Route => Field::DecisionOutcome,
        }
    }

    /// Whether `row` keeps this rule. Date rules only judge dates that could be read.
    pub fn holds(&self, row: &impl PathView) -> bool {
        match self.shape {
            Shape::Excludes(a, b) => !(row.given(a) && row.given(b)),
            Shape::Together(fs) => fs.iter().all(|f| row.given(*f) == row.given(fs[0])),
            Shape::Requires(a, b) => !row.given(a) || row.given(b),
            Shape::RequiresAny(a, bs) => !row.given(a) || bs.iter().any(|b| row.given(*b)),
            Shape::SameDate(a, b) => match (row.date(a), row.date(b)) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            },
            Shape::NotBefore(a, _) => match row.date(a) {
                Some(d) => self.before(row).is_none_or(|(_, b)| d >= b),
                None => true,
            },
            Shape::Route => row.route().is_none_or(|(v, o)| v.allows(o)),
        }
    }

    /// For a `NotBefore` rule: the first given date of its chain, with its field.
    pub fn before(&self, row: &impl PathView) -> Option<(Field, Date)> {
        match self.shape {
            Shape::NotBefore(_, chain) => chain
                .iter()
                .find(|f| row.given(**f))
                .and_then(|f| row.date(*f).map(|d| (*f, d))),
            _ => None,
        }
    }
}

/// The rules `row` breaks, in [`PATH_RULES`] order.
pub fn broken_rules(row: &impl PathView) -> Vec<&'static PathRule> {
    PATH_RULES.iter().filter(|r| !r.holds(row)).collect()
}
