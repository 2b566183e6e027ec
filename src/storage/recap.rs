//! Recap queries: counts of each year's cohort as of a date, straight from SQL aggregates.
//! Every predicate reads "the step happened on or before the as-of date" (`x <= ?1`): a
//! step not taken is NULL, and an undone step is no longer on the case row.

use super::{Register, db};
use crate::domain::Date;
use crate::domain::recap::{Cell, PaperRow, Unexamined};
use crate::error::Result;
use rusqlite::params;
use std::collections::BTreeMap;

const ALL_YEARS: (i32, i32) = (0, 9999);

/// The paper's counts when every stored date is on or before the as-of date: the per-year
/// counts the triggers keep, without reading the case table.
pub(crate) const RECAP_FROM_STATS: &str =
    "SELECT year, entered, not_qualified, qualified, withdrawn, interim, done
     FROM year_stats WHERE year BETWEEN ?1 AND ?2 AND entered > 0 ORDER BY year";

/// The paper's counts as of an earlier date (?3): one pass over the case table, since
/// every case of the years asked for has to be looked at.
pub(crate) const RECAP_SCAN: &str = "SELECT year, count(*),
        count(*) FILTER (WHERE not_qualified_on <= ?3),
        count(*) FILTER (WHERE qualified_on <= ?3),
        count(*) FILTER (WHERE withdrawn_on <= ?3),
        count(*) FILTER (WHERE decision_via = 'interim' AND decided_on <= ?3),
        count(*) FILTER (WHERE qualified_on <= ?3 AND closed_on <= ?3
                           AND decision_via IS NOT 'interim')
     FROM cases WHERE received_on <= ?3 AND year BETWEEN ?1 AND ?2
     GROUP BY year ORDER BY year";

impl Register {
    /// The paper's counts per year of receipt, as of `as_of`, for the years in range that
    /// have cases received by then.
    pub fn paper_recap(&self, as_of: Date, years: Option<(i32, i32)>) -> Result<Vec<PaperRow>> {
        let (from, to) = years.unwrap_or(ALL_YEARS);
        let max_date: String = self
            .conn
            .query_row(
                "SELECT coalesce(max(max_date), '') FROM year_stats WHERE year BETWEEN ?1 AND ?2",
                [from, to],
                |r| r.get(0),
            )
            .map_err(db)?;
        // Every stored date is on or before the as-of date: the counts kept by the triggers
        // are the answer, without reading the case table.
        if as_of.as_str() >= max_date.as_str() {
            self.paper_rows(RECAP_FROM_STATS, params![from, to])
        } else {
            self.paper_rows(RECAP_SCAN, params![from, to, as_of])
        }
    }

    /// Runs a query whose rows are the paper's stored counts, in [`PaperRow`]'s order.
    pub(crate) fn paper_rows(
        &self,
        sql: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<PaperRow>> {
        let mut st = self.conn.prepare_cached(sql).map_err(db)?;
        let rows = st
            .query_map(args, |r| {
                Ok(PaperRow {
                    year: r.get(0)?,
                    entered: r.get(1)?,
                    not_qualified: r.get(2)?,
                    qualified: r.get(3)?,
                    withdrawn: r.get(4)?,
                    interim_ruling: r.get(5)?,
                    done: r.get(6)?,
                })
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }

    /// The cases received in `year` that have no qualification outcome as of `as_of`.
    pub fn unexamined(&self, year: i32, as_of: Date) -> Result<Vec<Unexamined>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT register_no, withdrawn_on FROM cases
                 WHERE year = ?1 AND received_on <= ?2
                   AND (qualified_on IS NULL OR qualified_on > ?2)
                   AND (not_qualified_on IS NULL OR not_qualified_on > ?2)
                 ORDER BY serial",
            )
            .map_err(db)?;
        let rows = st
            .query_map(params![year, as_of], |r| {
                let withdrawn: Option<Date> = r.get(1)?;
                Ok(Unexamined {
                    register_no: r.get(0)?,
                    why: match withdrawn {
                        Some(d) if d <= as_of => format!("withdrawn before qualification on {d}"),
                        _ => "awaiting the qualification check".into(),
                    },
                })
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }

    /// Per year and public body, sorted by cases entered (most first).
    pub fn recap_by_body(&self, as_of: Date, years: Option<(i32, i32)>) -> Result<Vec<Vec<Cell>>> {
        self.cells(
            "SELECT c.year, b.name, count(*),
                count(*) FILTER (WHERE c.not_qualified_on <= ?1),
                count(*) FILTER (WHERE c.withdrawn_on <= ?1),
                count(*) FILTER (WHERE c.decided_on <= ?1 AND c.decision_via = 'interim'),
                count(*) FILTER (WHERE c.decided_on <= ?1 AND c.decision_via = 'mediation'),
                count(*) FILTER (WHERE c.decided_on <= ?1 AND c.decision_via = 'adjudication'
                                   AND c.decision_outcome = 'granted'),
                count(*) FILTER (WHERE c.decided_on <= ?1 AND c.decision_via = 'adjudication'
                                   AND c.decision_outcome = 'partly_granted'),
                count(*) FILTER (WHERE c.decided_on <= ?1 AND c.decision_via = 'adjudication'
                                   AND c.decision_outcome = 'rejected'),
                count(*) FILTER (WHERE c.decided_on <= ?1 AND c.decision_via = 'adjudication'
                                   AND c.decision_outcome = 'dismissed'),
                count(*) FILTER (WHERE c.decided_on <= ?1 AND c.decision_via = 'adjudication'
                                   AND c.decision_outcome = 'lapsed'),
                count(*) FILTER (WHERE c.qualified_on <= ?1
                                   AND NOT (c.decision_via IS 'interim' AND c.decided_on <= ?1)
                                   AND (c.closed_on IS NULL OR c.closed_on > ?1))
             FROM cases c JOIN bodies b ON b.id = c.body_id
             WHERE c.received_on <= ?1 AND c.year BETWEEN ?2 AND ?3
             GROUP BY c.year, c.body_id ORDER BY c.year, count(*) DESC, b.name",
            as_of,
            years,
            &[1],
        )
    }

    /// Per year, every disposition of the cohort.
    pub fn recap_by_outcome(
        &self,
        as_of: Date,
        years: Option<(i32, i32)>,
    ) -> Result<Vec<Vec<Cell>>> {
        let adjudicated = |o: &str| {
            format!(
                "count(*) FILTER (WHERE decided_on <= ?1 AND decision_via = 'adjudication' \
                 AND decision_outcome = '{o}')"
            )
        };
        let not_qualified = |r: &str| {
            format!(
                "count(*) FILTER (WHERE not_qualified_on <= ?1 AND not_qualified_reason = '{r}')"
            )
        };
        let sql = format!(
            "SELECT year, count(*), {}, {}, {}, {}, {}, {},
                count(*) FILTER (WHERE withdrawn_on <= ?1 AND qualified_on IS NULL),
                count(*) FILTER (WHERE withdrawn_on <= ?1 AND qualified_on IS NOT NULL),
                count(*) FILTER (WHERE decided_on <= ?1 AND decision_via = 'interim'),
                count(*) FILTER (WHERE decided_on <= ?1 AND decision_via = 'mediation'),
                {}, {}, {}, {}, {},
                count(*) FILTER (WHERE (not_qualified_on IS NULL OR not_qualified_on > ?1)
                                   AND (withdrawn_on IS NULL OR withdrawn_on > ?1)
                                   AND (decided_on IS NULL OR decided_on > ?1))
             FROM cases WHERE received_on <= ?1 AND year BETWEEN ?2 AND ?3
             GROUP BY year ORDER BY year",
            not_qualified("incomplete"),
            not_qualified("late"),
            not_qualified("no_standing"),
            not_qualified("no_authority"),
            not_qualified("no_objection"),
            not_qualified("other"),
            adjudicated("granted"),
            adjudicated("partly_granted"),
            adjudicated("rejected"),
            adjudicated("dismissed"),
            adjudicated("lapsed"),
        );
        self.cells(&sql, as_of, years, &[])
    }

    /// Cases received and cases finished (done) per year, as of `as_of`.
    pub fn flow_counts(&self, as_of: Date) -> Result<(BTreeMap<i32, i64>, BTreeMap<i32, i64>)> {
        let count = |sql: &str| -> Result<BTreeMap<i32, i64>> {
            let mut st = self.conn.prepare_cached(sql).map_err(db)?;
            let rows = st
                .query_map([as_of], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(db)?;
            rows.collect::<rusqlite::Result<_>>().map_err(db)
        };
        Ok((
            count("SELECT year, count(*) FROM cases WHERE received_on <= ?1 GROUP BY year")?,
            count(
                "SELECT CAST(substr(closed_on, 1, 4) AS INTEGER), count(*) FROM cases
                 WHERE closed_on <= ?1 GROUP BY 1",
            )?,
        ))
    }

    /// Runs a recap query whose parameters are (as_of, from year, to year); columns listed
    /// in `text` are names, the others counts.
    fn cells(
        &self,
        sql: &str,
        as_of: Date,
        years: Option<(i32, i32)>,
        text: &[usize],
    ) -> Result<Vec<Vec<Cell>>> {
        let (from, to) = years.unwrap_or(ALL_YEARS);
        let mut st = self.conn.prepare(sql).map_err(db)?;
        let n = st.column_count();
        let rows = st
            .query_map(params![as_of, from, to], |r| {
                (0..n)
                    .map(|i| {
                        Ok(if text.contains(&i) {
                            Cell::Text(r.get(i)?)
                        } else {
                            Cell::Int(r.get(i)?)
                        })
                    })
                    .collect()
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }
}
