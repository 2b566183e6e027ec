//! The per-day counts of the paper's columns (what the table `day_stats` keeps): for each
//! year of receipt and each day, how many cases began to count under each column that
//! day. Counted here from the cases' facts with `Pred::since`, the Rust reading of the rule
//! the database's triggers keep (`storage::sql::since`): by `verify`, which recounts the
//! kept table, and by the import, which writes its cases with the triggers off. The import
//! counts the per-year counters (`year_stats`) the same way ([`YearCounts`]).

use super::{PaperRow, paper_counts};
use crate::domain::Date;
use crate::domain::pred::{FactsAsOf, Pred, counted};
use crate::domain::rules::Field;
use std::collections::{BTreeMap, HashMap};

/// The per-day counts of the cases counted so far.
pub struct DayCounts {
    keys: Vec<&'static str>,
    preds: Vec<Pred>,
    cohort: Pred,
    counts: HashMap<(i32, Date), Vec<i64>>,
    /// How many cases were counted (those out of the cohort too).
    read: i64,
}

impl Default for DayCounts {
    fn default() -> Self {
        Self::new()
    }
}

impl DayCounts {
    pub fn new() -> DayCounts {
        let (keys, preds) = paper_counts().into_iter().unzip();
        DayCounts {
            keys,
            preds,
            cohort: counted(),
            counts: HashMap::new(),
            read: 0,
        }
    }

    /// Counts a case of `year`, received on `received`, on the first day of each count it
    /// meets (none when it is out of the cohort: void, or not registered).
    pub fn count(&mut self, year: i32, case: &impl FactsAsOf, received: Date) {
        self.read += 1;
        if !self.cohort.eval(case, None) {
            return;
        }
        let n = self.preds.len();
        for (i, p) in self.preds.iter().enumerate() {
            if let Some(day) = p.since(case, received) {
                self.counts.entry((year, day)).or_insert_with(|| vec![0; n])[i] += 1;
            }
        }
    }

    /// The names of the counts, in the order of every vector of counts.
    pub fn keys(&self) -> &[&'static str] {
        &self.keys
    }

    /// How many cases were counted.
    pub fn read(&self) -> i64 {
        self.read
    }

    /// The counts per (year, day), in [`DayCounts::keys`] order; a day is there only
    /// when some count began on it.
    pub fn into_counts(self) -> HashMap<(i32, Date), Vec<i64>> {
        self.counts
    }
}

/// The per-year counters of the cases counted so far: each of the paper's counts as of
/// today (over the cohort), and the latest date any case of the year records (void ones
/// too), as the table `year_stats` keeps them.
pub struct YearCounts {
    preds: Vec<Pred>,
    cohort: Pred,
    years: BTreeMap<i32, (Vec<i64>, Option<Date>)>,
}

impl Default for YearCounts {
    fn default() -> Self {
        Self::new()
    }
}

impl YearCounts {
    pub fn new() -> YearCounts {
        YearCounts {
            preds: paper_counts().into_iter().map(|(_, p)| p).collect(),
            cohort: counted(),
            years: BTreeMap::new(),
        }
    }

    /// Counts a case of `year`.
    pub fn count(&mut self, year: i32, case: &impl FactsAsOf) {
        let n = self.preds.len();
        let (counts, latest) = self.years.entry(year).or_insert_with(|| (vec![0; n], None));
        let last = Field::dates().filter_map(|f| case.date_of(f)).max();
        *latest = (*latest).max(last);
        if !self.cohort.eval(case, None) {
            return;
        }
        for (i, p) in self.preds.iter().enumerate() {
            counts[i] += i64::from(p.eval(case, None));
        }
    }

    /// Each year's counts (in `paper_counts` order) and latest date, in year order.
    pub fn into_years(self) -> BTreeMap<i32, (Vec<i64>, Option<Date>)> {
        self.years
    }

    /// Each year's counts as the paper's row, and its latest date, in year order.
    pub fn into_rows(self) -> BTreeMap<i32, (PaperRow, Option<Date>)> {
        self.years
            .into_iter()
            .map(|(year, (counts, latest))| {
                let mut c = [0i64; 6];
                for (v, n) in c.iter_mut().zip(counts) {
                    *v = n;
                }
                (year, (PaperRow::from_counts(year, c), latest))
            })
            .collect()
    }
}
