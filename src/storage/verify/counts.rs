//! The per-year counters the recap reads, against the cases: `verify`'s check of them.

use super::Problem;
use super::rows::or_report;
use crate::domain::recap::days::YearCounts;
use crate::domain::recap::{PaperRow, paper_counts};
use crate::error::Result;
use crate::storage::recap::{recap_from_stats, recap_scan};
use crate::storage::{Register, db};
use std::collections::BTreeSet;

impl Register {
    /// The per-year counts the recap reads (`year_stats`), against a count of the cases:
    /// `counted`, the counts of the `read` cases the replay read (the Rust reading of the
    /// paper's definitions, which the property tests hold to the triggers' SQL), or where
    /// a case row could not be read or was not read, a count in SQL of every row; and
    /// each year's latest date kept, never below the latest date a case of that year
    /// holds. Counted beside the replay, these were two scans of the cases in SQL on the
    /// register's connection, about a tenth of `verify` at a million cases.
    pub(super) fn verify_counts(
        &self,
        counted: Option<YearCounts>,
        read: u64,
        mut problem: impl FnMut(Problem),
    ) -> Result<()> {
        let c = &self.conn;
        // Every case row read by the replay, or the count in SQL (the replay reads the
        // cases with their public body: a case whose body is gone is a row it never saw).
        let rows: i64 = c
            .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
            .map_err(db)?;
        let counted = counted
            .filter(|_| u64::try_from(rows) == Ok(read))
            .map(|y| y.into_rows());
        let counted_rows: Vec<PaperRow> = match &counted {
            Some(years) => years.values().map(|(row, _)| *row).collect(),
            None => or_report(
                self.paper_rows(&recap_scan(), rusqlite::params![0, 9999, "9999-12-31"]),
                &mut problem,
            )?
            .unwrap_or_default(),
        };
        let kept = or_report(
            self.paper_rows(&recap_from_stats(), rusqlite::params![0, 9999]),
            &mut problem,
        )?
        .unwrap_or_default();
        let years: BTreeSet<i32> = counted_rows.iter().chain(&kept).map(|r| r.year).collect();
        for year in years {
            let find = |rows: &[PaperRow]| {
                rows.iter()
                    .find(|r| r.year == year)
                    .copied()
                    .unwrap_or_else(|| PaperRow::zero(year))
            };
            let (counted, kept) = (find(&counted_rows), find(&kept));
            for (key, _) in paper_counts() {
                let (k, c) = (kept.get(key), counted.get(key));
                if k != c {
                    problem(Problem::Count {
                        year,
                        key,
                        kept: k.unwrap_or(0),
                        counted: c.unwrap_or(0),
                    });
                }
            }
        }

        // Each year's latest date kept, which decides whether a recap as of a date may
        // read the counts: never below the latest date a case of that year holds (it may
        // be above: it never goes down when a date is corrected or undone).
        let early: Vec<(i64, String, String)> = match &counted {
            Some(years) => {
                let mut st = c
                    .prepare("SELECT year, max_date FROM year_stats ORDER BY year")
                    .map_err(db)?;
                let kept = st
                    .query_map([], |r| {
                        Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?))
                    })
                    .map_err(db)?
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .map_err(db)?;
                kept.into_iter()
                    .filter_map(|(year, kept)| {
                        let kept = kept?;
                        let latest = years.get(&i32::try_from(year).ok()?)?.1?.to_string();
                        (kept < latest).then_some((year, kept, latest))
                    })
                    .collect()
            }
            None => {
                let mut st = c
                    .prepare(&format!(
                        "SELECT s.year, s.max_date, m.latest FROM year_stats s JOIN
                         (SELECT year, max({}) AS latest FROM cases GROUP BY year) m
                         ON m.year = s.year WHERE s.max_date < m.latest ORDER BY s.year",
                        crate::storage::schema::case_latest_date()
                    ))
                    .map_err(db)?;
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .map_err(db)?
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .map_err(db)?
            }
        };
        for (year, kept, latest) in early {
            problem(Problem::StatsDate { year, kept, latest });
        }
        Ok(())
    }
}
