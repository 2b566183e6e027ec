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

/// Adds the rows of `legs` (`SELECT`s of a day `d`, the index `k` of a count in [`keys`]
/// order, and a number `n`) that meet `only` to their year's rows, as a trigger's one
/// statement. One statement with every count's day costs a little less than a statement
/// per count (a bench of the trigger alone: 9.5 µs a case inserted against 10.5) and is
/// shorter, which counts too: every run parses the whole schema as it opens.
fn upsert(legs: &[String], only: &str) -> String {
    let keys = keys();
    let counts: Vec<String> = (0..keys.len()).map(|i| format!("n * (k = {i})")).collect();
    format!(
        "    INSERT INTO day_stats (year, date, {})
    SELECT NEW.year, d, {} FROM (
        {}
    ) WHERE d IS NOT NULL{only}
    ON CONFLICT (year, date) DO UPDATE SET {};",
        keys.join(", "),
        counts.join(", "),
        legs.join("\n        UNION ALL "),
        added_up(&keys)
    )
}

/// The `SELECT`s of each count's day in `days`, counted `n` times (the first names the
/// columns).
fn legs(days: &[(&str, String)], n: i64) -> Vec<String> {
    days.iter()
        .enumerate()
        .map(|(i, (_, d))| match i {
            0 => format!("SELECT {d} AS d, {i} AS k, {n} AS n"),
            _ => format!("SELECT {d}, {i}, {n}"),
        })
        .collect()
}

/// The table and its triggers: a new case of the cohort counts from each of its first
/// days; a change of a case's facts (a step, its undo, a correction, a void) takes each
/// count off its old day (if the case was in the cohort) and puts it on its new one (if
/// it is): the same day, no change.
pub(super) fn day_stats(watched: &str) -> String {
    let columns: Vec<String> = keys()
        .iter()
        .map(|k| format!("    {k} INTEGER NOT NULL DEFAULT 0,"))
        .collect();
    let (was, is) = (sql::cohort("OLD."), sql::cohort("NEW."));
    let mut moved = legs(&first_days("OLD."), -1);
    moved.extend(legs(&first_days("NEW."), 1));
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
        inserted = upsert(&legs(&first_days("NEW."), 1), ""),
        moved = upsert(
            &moved,
            &format!(" AND CASE n WHEN 1 THEN {is} ELSE {was} END")
        ),
    )
}

/// The per-day counters counted afresh from the cases, as a `SELECT` of (year, date, the
/// counts in [`keys`] order), rows with no count left out.
pub fn count_day_stats() -> String {
    count_of("1")
}

/// [`count_day_stats`] of the cases that meet `cond` (SQL over a row of `cases`).
fn count_of(cond: &str) -> String {
    let days = first_days("");
    let cohort = sql::cohort("");
    let legs: Vec<String> = days
        .iter()
        .enumerate()
        .map(|(i, (_, d))| {
            format!("SELECT year, {d} AS d, {i} AS k FROM cases WHERE {cohort} AND {cond}")
        })
        .collect();
    let sums: Vec<String> = (0..days.len()).map(|i| format!("sum(k = {i})")).collect();
    format!(
        "SELECT year, d, {} FROM ({}) WHERE d IS NOT NULL GROUP BY year, d",
        sums.join(", "),
        legs.join("\n UNION ALL ")
    )
}

/// [`count_day_stats`] written into the emptied table (after a migration, an archive's
/// import, or by `verify --repair`), a year at a time: the count sorts about four rows a
/// case in memory (`temp_store = MEMORY`), 250 MB at a million cases in one go.
pub fn recount_day_stats(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    let years: Vec<i64> = conn
        .prepare("SELECT DISTINCT year FROM cases ORDER BY year")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for year in years {
        conn.execute_batch(&add_day_stats_of(&format!("year = {year}")))?;
    }
    Ok(())
}

/// Adds the counts of the cases that meet `cond` (SQL over a row of `cases`, such as
/// `year = 2021`) to the kept ones, set-based (the recount, a year at a time).
fn add_day_stats_of(cond: &str) -> String {
    let keys = keys();
    format!(
        "INSERT INTO day_stats (year, date, {}) {}
         ON CONFLICT (year, date) DO UPDATE SET {}",
        keys.join(", "),
        count_of(cond),
        added_up(&keys)
    )
}

/// Adds one day's counts to the kept ones: `?1` the year, `?2` the day, then the counts in
/// [`keys`] order (`paper_counts`). What the insert trigger adds case by case, for a writer
/// that adds many cases with the triggers off and counts them as it goes
/// (`domain::recap::days::DayCounts`, the import): a count in SQL of the cases written
/// sorts about four rows a case, 7 s of CPU at a million, the count in Rust a fraction of
/// a second.
pub fn add_day_counts() -> String {
    let keys = keys();
    let values: Vec<String> = (0..keys.len()).map(|i| format!("?{}", i + 3)).collect();
    format!(
        "INSERT INTO day_stats (year, date, {}) VALUES (?1, ?2, {})
         ON CONFLICT (year, date) DO UPDATE SET {}",
        keys.join(", "),
        values.join(", "),
        added_up(&keys)
    )
}

/// The `SET` of an upsert that adds the new row's counts `keys` to the kept row's.
pub(super) fn added_up(keys: &[&str]) -> String {
    let added: Vec<String> = keys
        .iter()
        .map(|k| format!("{k} = {k} + excluded.{k}"))
        .collect();
    added.join(", ")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ApplicantKind;
    use crate::domain::case::NewCase;
    use crate::domain::lifecycle::Action;
    use crate::domain::register_no::CaseRef;
    use crate::storage::test_support::{fresh, stamp};

    /// Counts added set-based, in two batches of cases, are the counts the triggers keep.
    #[test]
    fn counts_added_set_based_are_the_kept_ones() {
        let (_dir, mut reg) = fresh();
        let d = |s: &str| crate::domain::Date::parse(s).unwrap();
        for (i, on) in ["2017-03-02", "2017-03-05", "2018-01-10"]
            .iter()
            .enumerate()
        {
            let new = NewCase {
                received_on: d(on),
                applicant: format!("Pemohon {i}"),
                applicant_kind: ApplicantKind::Individual,
                body: "Dinas Pendidikan".into(),
                subject: "RKA".into(),
                register_no: None,
            };
            let c = reg.add_case(&new, &stamp()).unwrap();
            let r = CaseRef::Short {
                year: c.year,
                serial: c.serial,
            };
            reg.apply_with(&r, &Action::Qualify, d("2018-02-01"), &stamp(), None)
                .unwrap();
        }
        let rows = |reg: &crate::storage::Register, sql: &str| -> Vec<Vec<String>> {
            let mut st = reg.conn.prepare(sql).unwrap();
            let n = st.column_count();
            st.query_map([], |r| {
                (0..n)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect()
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
        };
        let kept = rows(&reg, &format!("{} ORDER BY year, date", kept_day_stats()));
        assert_eq!(
            kept,
            rows(&reg, &format!("{} ORDER BY 1, 2", count_day_stats()))
        );
        assert!(kept.len() >= 4, "{kept:?}");
        reg.conn.execute_batch("DELETE FROM day_stats").unwrap();
        reg.conn
            .execute_batch(&add_day_stats_of("id <= 1"))
            .unwrap();
        reg.conn.execute_batch(&add_day_stats_of("id > 1")).unwrap();
        let again = rows(&reg, &format!("{} ORDER BY year, date", kept_day_stats()));
        assert_eq!(again, kept);
    }
}
