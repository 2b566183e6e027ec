//! Conditions on a case's facts as of a date, the language every count and list of the
//! register is defined in once: read in Rust here, written as SQL by `storage::sql`.

use super::rules::{Field, ROUTES};
use super::{Date, Outcome, Via};

/// A condition on a case's facts, as of a date: the recap's counts, and every other
/// definition that reads "the cases that ...", are written in it once and interpreted
/// both in Rust ([`Pred::eval`]) and in SQL (`storage::sql`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pred {
    /// The fact is given; for a date, on or before the as-of date.
    Set(Field),
    /// The fact (a word) is this one (its stored spelling).
    Is(Field, &'static str),
    Not(Box<Pred>),
    /// All of them (true when empty).
    All(Vec<Pred>),
    /// Any of them (false when empty).
    Any(Vec<Pred>),
    /// The entry is void: it was never a dispute (whatever the date).
    Void,
    /// The filing was not registered (intake's end; whatever the date).
    NotRegistered,
}

/// What [`Pred::eval`] reads.
#[cfg_attr(not(test), allow(dead_code))]
pub trait FactsAsOf {
    fn date_of(&self, f: Field) -> Option<Date>;
    fn word_of(&self, f: Field) -> Option<&str>;
    /// Whether the entry is void.
    fn is_void(&self) -> bool {
        false
    }
    /// Whether the filing was not registered.
    fn is_not_registered(&self) -> bool {
        false
    }
}

impl Pred {
    // Read in Rust by the tests of the SQL and by the deadlines.
    #[cfg_attr(not(test), allow(dead_code))]
    /// Whether the facts meet the condition as of `as_of` (`None`: counting everything).
    pub fn eval(&self, facts: &impl FactsAsOf, as_of: Option<Date>) -> bool {
        match self {
            Pred::Set(f) if f.is_date() => facts
                .date_of(*f)
                .is_some_and(|d| as_of.is_none_or(|a| d <= a)),
            Pred::Set(f) => facts.word_of(*f).is_some(),
            Pred::Is(f, w) => facts.word_of(*f) == Some(*w),
            Pred::Not(p) => !p.eval(facts, as_of),
            Pred::All(ps) => ps.iter().all(|p| p.eval(facts, as_of)),
            Pred::Any(ps) => ps.iter().any(|p| p.eval(facts, as_of)),
            Pred::Void => facts.is_void(),
            Pred::NotRegistered => facts.is_not_registered(),
        }
    }

    /// The day from which the condition holds for good, `received` being the day the
    /// case was received (no count of a case starts before it): `None` when it never
    /// holds. The Rust reading of `storage::sql::since`, which the per-day counters are
    /// kept by; `verify` recounts them with this one.
    ///
    /// Panics on a `Not` of a condition that changes with the as-of date (it has no first
    /// day; the schema, generated with the same rule, refuses it too).
    pub fn since(&self, facts: &impl FactsAsOf, received: Date) -> Option<Date> {
        self.first(facts, received).map(|d| d.max(received))
    }

    fn first(&self, facts: &impl FactsAsOf, received: Date) -> Option<Date> {
        match self {
            Pred::Set(f) if f.is_date() => facts.date_of(*f),
            // All of them: from the latest (never when one never holds).
            Pred::All(ps) => ps.iter().try_fold(received, |latest, p| {
                p.first(facts, received).map(|d| d.max(latest))
            }),
            // Any of them: from the earliest that holds.
            Pred::Any(ps) => ps.iter().filter_map(|p| p.first(facts, received)).min(),
            Pred::Not(p) if p.dated() => {
                panic!("{p:?} changes with the as-of date: its negation has no first day")
            }
            // A fact no date changes: from the day of receipt, or never.
            _ => self.eval(facts, None).then_some(received),
        }
    }

    /// Whether the truth of the condition may change with the as-of date.
    pub fn dated(&self) -> bool {
        match self {
            Pred::Set(f) => f.is_date(),
            Pred::Is(..) | Pred::Void | Pred::NotRegistered => false,
            Pred::Not(p) => p.dated(),
            Pred::All(ps) | Pred::Any(ps) => ps.iter().any(Pred::dated),
        }
    }

    /// Every case.
    pub fn always() -> Pred {
        Pred::All(vec![])
    }
}

/// "Not": `!pred`, or `pred.not()`.
impl std::ops::Not for Pred {
    type Output = Pred;
    fn not(self) -> Pred {
        Pred::Not(Box::new(self))
    }
}

/// The cases every count, recap, listing, deadline and agenda counts: those not void and
/// not declared not registered. A void entry, or a filing not registered, keeps its number
/// and its history, and is left out of all of them (a filing not registered has its own
/// column); the SQL of each of those reads adds this condition in one place
/// (`storage::sql::cohort`).
pub fn counted() -> Pred {
    !Pred::Any(vec![Pred::Void, Pred::NotRegistered])
}

/// A decision (as of the date) by this route.
pub fn decided_via(via: Via) -> Pred {
    Pred::All(vec![
        Pred::Set(Field::Decided),
        Pred::Is(Field::DecisionVia, via.as_str()),
    ])
}

/// A decision (as of the date) by this route with this outcome.
pub fn decided(via: Via, outcome: Outcome) -> Pred {
    Pred::All(vec![
        decided_via(via),
        Pred::Is(Field::DecisionOutcome, outcome.as_str()),
    ])
}

/// The recap columns of the decisions: each column of [`ROUTES`] (in order of first
/// appearance) with the (route, outcome) pairs counted under it.
pub fn decision_columns() -> Vec<(&'static str, Vec<(Via, Outcome)>)> {
    let mut cols: Vec<(&'static str, Vec<(Via, Outcome)>)> = Vec::new();
    for (via, outcomes) in ROUTES {
        for (outcome, key) in *outcomes {
            match cols.iter_mut().find(|(k, _)| k == key) {
                Some((_, pairs)) => pairs.push((*via, *outcome)),
                None => cols.push((key, vec![(*via, *outcome)])),
            }
        }
    }
    cols
}
