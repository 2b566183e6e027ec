//! The per-year counters (`year_stats`) counted afresh from the cases, by the same
//! definitions the triggers that keep them are written from.

use super::{kept_counts, max_date};
use crate::storage::sql::{self, Scope};

/// The per-year counters counted afresh from the cases (after a migration, an archive's
/// import, `verify --repair`).
pub fn recount_year_stats() -> String {
    let counts = kept_counts();
    let keys: Vec<&str> = counts.iter().map(|(k, _)| *k).collect();
    let sums: Vec<String> = counts
        .iter()
        .map(|(_, p)| format!("sum({})", sql::pred(p, Scope::new("", None))))
        .collect();
    format!(
        "INSERT INTO year_stats (year, {}, max_date) SELECT year, {}, max({}) FROM cases GROUP BY year",
        keys.join(", "),
        sums.join(", "),
        max_date("")
    )
}

/// Adds one year's counts to the kept ones: `?1` the year, then the counts in
/// `kept_counts` order, then the latest date. What the insert trigger adds case by case,
/// for a writer that counts the cases it adds with the triggers off
/// (`domain::recap::days::YearCounts`, the import).
pub fn add_year_counts() -> String {
    let keys: Vec<&str> = kept_counts().iter().map(|(k, _)| *k).collect();
    let values: Vec<String> = (0..=keys.len()).map(|i| format!("?{}", i + 2)).collect();
    format!(
        "INSERT INTO year_stats (year, {}, max_date) VALUES (?1, {})
         ON CONFLICT (year) DO UPDATE SET {}, max_date = max(max_date, excluded.max_date)",
        keys.join(", "),
        values.join(", "),
        super::days::added_up(&keys)
    )
}
