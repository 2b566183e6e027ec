//! The per-year counters (`year_stats`) counted afresh from the cases, by the same
//! definitions the triggers that keep them are written from.

use super::{kept_counts, max_date};
use crate::storage::sql::{self, Scope};

/// The per-year counters counted afresh from the cases (after a migration).
pub fn recount_year_stats() -> String {
    recount_year_stats_of("")
}

/// [`recount_year_stats`] of the years the SQL condition `years` (over the case table's
/// columns, e.g. `WHERE year IN (...)`) keeps: what an import that wrote its cases with the
/// triggers off recounts.
pub fn recount_year_stats_of(years: &str) -> String {
    let counts = kept_counts();
    let keys: Vec<&str> = counts.iter().map(|(k, _)| *k).collect();
    let sums: Vec<String> = counts
        .iter()
        .map(|(_, p)| format!("sum({})", sql::pred(p, Scope::new("", None))))
        .collect();
    format!(
        "INSERT INTO year_stats (year, {}, max_date) SELECT year, {}, max({}) FROM cases {years} GROUP BY year",
        keys.join(", "),
        sums.join(", "),
        max_date("")
    )
}
