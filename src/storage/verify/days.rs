//! The per-day counters the recap as of a past date reads (`day_stats`), against a count
//! of the cases: each year's and day's counts, column by column.

use super::Problem;
use super::rows::or_report;
use crate::domain::recap::paper_counts;
use crate::error::Result;
use crate::storage::schema::{count_day_stats, kept_day_stats};
use crate::storage::{Register, db};
use std::collections::BTreeMap;

/// Counts per (year, day), in `paper_counts` order.
type Days = BTreeMap<(i32, String), Vec<i64>>;

impl Register {
    /// Reports each per-day count kept that differs from the count of the cases (a row
    /// kept whose counts are all zero is no row).
    pub(super) fn verify_day_stats(&self, problem: &mut impl FnMut(Problem)) -> Result<()> {
        let keys: Vec<&'static str> = paper_counts().into_iter().map(|(k, _)| k).collect();
        let read = |sql: &str| -> Result<Days> {
            let mut st = self.conn.prepare(sql).map_err(db)?;
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
        let Some(counted) = or_report(read(&count_day_stats()), problem)? else {
            return Ok(());
        };
        let Some(mut kept) = or_report(read(&kept_day_stats()), problem)? else {
            return Ok(());
        };
        let zero = vec![0; keys.len()];
        let mut report = |(year, date): &(i32, String), kept: &[i64], counted: &[i64]| {
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
        };
        // Both sides, in the order of year and day.
        let mut days: Days = counted;
        for day in kept.keys() {
            days.entry(day.clone()).or_insert_with(|| zero.clone());
        }
        for (day, counts) in &days {
            let k = kept.remove(day).unwrap_or_else(|| zero.clone());
            report(day, &k, counts);
        }
        Ok(())
    }
}
