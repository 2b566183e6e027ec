//! The per-day counters the recap as of a past date reads (`day_stats`), against a count
//! of the cases: each year's and day's counts, column by column. The cases are counted
//! in Rust as the pass over the cases reads them (`Pred::since`, the reading of the rule
//! the triggers keep): a count in SQL sorts four rows a case, about 5 s at a million.

use super::Problem;
use super::rows::or_report;
use crate::domain::recap::days::DayCounts;
use crate::error::Result;
use crate::storage::schema::kept_day_stats;
use crate::storage::{Register, db};
use std::collections::BTreeMap;

/// Counts per (year, day), in `paper_counts` order.
type Days = BTreeMap<(i32, String), Vec<i64>>;

impl Register {
    /// Reports each per-day count kept that differs from `counted` (a row kept whose
    /// counts are all zero is no row), in the order of year and day.
    pub(super) fn verify_day_stats(
        &self,
        counted: DayCounts,
        problem: &mut impl FnMut(Problem),
    ) -> Result<()> {
        // A case the pass could not read (damaged, or on a body deleted behind its back)
        // is reported already; its counts cannot be told, so neither can the days'.
        let all: i64 = self
            .conn
            .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
            .map_err(db)?;
        if counted.read() != all {
            return Ok(());
        }
        let keys = counted.keys().to_vec();
        let read = || -> Result<Days> {
            let mut st = self.conn.prepare(&kept_day_stats()).map_err(db)?;
            let rows = st
                .query_map([], |r| {
                    let counts = (0..keys.len())
                        .map(|i| r.get(i + 2))
                        .collect::<rusqlite::Result<_>>()?;
                    Ok(((r.get(0)?, r.get(1)?), counts))
                })
                .map_err(db)?;
            rows.collect::<rusqlite::Result<_>>().map_err(db)
        };
        let Some(mut kept) = or_report(read(), problem)? else {
            return Ok(());
        };
        let zero = vec![0; keys.len()];
        let mut days: Days = counted
            .into_counts()
            .into_iter()
            .map(|((year, day), c)| ((year, day.as_str().to_string()), c))
            .collect();
        for day in kept.keys() {
            days.entry(day.clone()).or_insert_with(|| zero.clone());
        }
        for ((year, date), counted) in &days {
            let kept = kept
                .remove(&(*year, date.clone()))
                .unwrap_or_else(|| zero.clone());
            for (i, key) in keys.iter().enumerate() {
                if kept[i] != counted[i] {
                    problem(Problem::DayCount {
                        year: *year,
                        date: date.clone(),
                        key,
                        kept: kept[i],
                        counted: counted[i],
                    });
                }
            }
        }
        Ok(())
    }
}
