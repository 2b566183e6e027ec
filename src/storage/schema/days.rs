//! The per-day counters of the paper's recap: for each year of receipt and each day, how
//! many of its cases began to count under each column that day, kept by triggers and
//! written, like the per-year counters, from the definitions in `paper_counts`.
//!
//! Every count of the paper, once true of a case, stays true as the as-of date moves on
//! (`sql::since` refuses a definition that would not), so a case counts under a column
//! from one day on: the day `sql::since` writes. The recap as of D is then, per year, the
//! sum of the rows dated on or before D: a few thousand rows, whatever D.

use crate::domain::recap::paper_counts;
use crate::storage::sql;

/// The column keys of the counters, in [`paper_counts`] order.
fn keys() -> Vec<&'static str> {
    paper_counts().into_iter().map(|(k, _)| k).collect()
}

/// The first day of each count, as SQL over a `prefix`ed case row (`NEW.`, `OLD.`, or
/// nothing): NULL when the case does not count under it at all. A case out of the
/// cohort (`sql::cohort`) counts under none: the statements that read these say so.
fn first_days(prefix: &str) -> Vec<(&'static str, String)> {
    paper_counts()
        .into_iter()
        .map(|(k, p)| (k, sql::since(&p, prefix)))
        .collect()
}

/// Adds each row of `rows` (a `SELECT` of a day `d` and a number `n`) to column `key` of
/// its year's row of that day, as a trigger's statement.
fn upsert(key: &str, rows: &str) -> String {
    format!(
        "    INSERT INTO day_stats (year, date, {key})
    SELECT NEW.year, d, n FROM ({rows}) WHERE d IS NOT NULL
    ON CONFLICT (year, date) DO UPDATE SET {key} = {key} + excluded.{key};"
    )
}

/// The table and its triggers: a new case of the cohort counts from each of its first
/// days; a change of a case's facts (a step, its undo, a correction, a void) takes each
/// count off its old day and puts it on its new one (the same day: no change).
pub(super) fn day_stats(watched: &str) -> String {
    let columns: Vec<String> = keys()
        .iter()
        .map(|k| format!("    {k} INTEGER NOT NULL DEFAULT 0,"))
        .collect();
    let inserted: Vec<String> = first_days("NEW.")
        .iter()
        .map(|(k, d)| upsert(k, &format!("SELECT {d} AS d, 1 AS n")))
        .collect();
    let (was, is) = (sql::cohort("OLD."), sql::cohort("NEW."));
    let moved: Vec<String> = first_days("OLD.")
        .iter()
        .zip(first_days("NEW."))
        .map(|((k, old), (_, new))| {
            let rows = format!(
                "SELECT {old} AS d, -1 AS n WHERE {was}\n        \
                 UNION ALL SELECT {new}, 1 WHERE {is}"
            );
            upsert(k, &rows)
        })
        .collect();
    format!(
        "CREATE TABLE day_stats (
    year INTEGER NOT NULL,
    date TEXT NOT NULL,
{columns}
    PRIMARY KEY (year, date)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER day_stats_insert AFTER INSERT ON cases WHEN {is}
BEGIN
{inserted}
END;
CREATE TRIGGER day_stats_update AFTER UPDATE OF {watched} ON cases
BEGIN
{moved}
END;
",
        columns = columns.join("\n"),
        inserted = inserted.join("\n"),
        moved = moved.join("\n"),
    )
}

/// The per-day counters counted afresh from the cases, as a `SELECT` of (year, date, the
/// counts in [`keys`] order), rows with no count left out.
pub fn count_day_stats() -> String {
    let days = first_days("");
    let cohort = sql::cohort("");
    let legs: Vec<String> = days
        .iter()
        .enumerate()
        .map(|(i, (_, d))| format!("SELECT year, {d} AS d, {i} AS k FROM cases WHERE {cohort}"))
        .collect();
    let sums: Vec<String> = (0..days.len()).map(|i| format!("sum(k = {i})")).collect();
    format!(
        "SELECT year, d, {} FROM ({}) WHERE d IS NOT NULL GROUP BY year, d",
        sums.join(", "),
        legs.join("\n UNION ALL ")
    )
}

/// [`count_day_stats`] written into the table (after a migration, or by `verify
/// --repair` once the table is emptied).
pub fn recount_day_stats() -> String {
    format!(
        "INSERT INTO day_stats (year, date, {}) {}",
        keys().join(", "),
        count_day_stats()
    )
}

/// The kept per-day counters, as [`count_day_stats`] gives them (a row whose counts all
/// came back to zero, after an undo, is no row).
pub fn kept_day_stats() -> String {
    let keys = keys();
    let any: Vec<String> = keys.iter().map(|k| format!("{k} <> 0")).collect();
    format!(
        "SELECT year, date, {} FROM day_stats WHERE {}",
        keys.join(", "),
        any.join(" OR ")
    )
}

/// The paper's counts per year as of a date (?3), for the years ?1 to ?2: the per-day
/// counters summed up to that day.
pub fn recap_from_days() -> String {
    let keys = keys();
    let sums: Vec<String> = keys.iter().map(|k| format!("sum({k})")).collect();
    format!(
        "SELECT year, {} FROM day_stats WHERE year BETWEEN ?1 AND ?2 AND date <= ?3
         GROUP BY year HAVING sum(entered) > 0 ORDER BY year",
        sums.join(", ")
    )
}
