//! Processing times, as the US FOIA annual report gives them (its sections VII and XII):
//! per year of receipt, how many working days the cases that ended took, by what ended
//! them, how many ended within the finish deadline, the backlog; and the oldest open cases.
//! "Ended", the deadlines and the working days are [`Timing`]'s; the statistics are here.

use super::deadlines::{ENDED_BY, FINISH_WITHIN, Timing};
use super::lifecycle::Facts;
use super::recap::{Cell, Column, TOTAL, View, col};
use super::rules::Field;
use super::{Lang, State, Via};
use std::borrow::Cow;
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap};

/// What ended a case: a not-qualified ruling, a withdrawal, or a decision by its route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Route {
    NotQualified,
    Withdrawn,
    InterimRuling,
    Mediation,
    Adjudication,
}

impl Route {
    /// In the order of the recap's rows.
    pub const ALL: [Route; 5] = [
        Route::NotQualified,
        Route::Withdrawn,
        Route::InterimRuling,
        Route::Mediation,
        Route::Adjudication,
    ];

    /// Its key and labels (the `route` cell of a row).
    pub fn column(self) -> Column {
        match self {
            Route::NotQualified => col("not_qualified", "Not qualified", "Tidak memenuhi syarat"),
            Route::Withdrawn => col("withdrawn", "Withdrawn", "Dicabut"),
            Route::InterimRuling => col("interim_ruling", "Interim ruling", "Putusan sela"),
            Route::Mediation => col("mediation", "Mediation", "Mediasi"),
            Route::Adjudication => col("adjudication", "Adjudication", "Ajudikasi"),
        }
    }

    fn index(self) -> usize {
        Route::ALL
            .iter()
            .position(|r| *r == self)
            .expect("every route is listed")
    }

    pub fn of_decision(via: Via) -> Route {
        match via {
            Via::Interim => Route::InterimRuling,
            Via::Mediation => Route::Mediation,
            Via::Adjudication => Route::Adjudication,
        }
    }

    /// What ended a case as of its timing's date (the fact dated `ended_on`); `None` while
    /// it has not ended.
    pub fn of(facts: &Facts, t: &Timing) -> Option<Route> {
        let on = t.ended_on?;
        let by = ENDED_BY
            .iter()
            .find(|f| facts.date(**f) == Some(on))
            .expect("the end is one of the facts that end a case");
        Some(match by {
            Field::NotQualified => Route::NotQualified,
            Field::Withdrawn => Route::Withdrawn,
            Field::Decided => {
                let (via, _) = facts.decision.expect("a decision has its route");
                Route::of_decision(via)
            }
            f => unreachable!("{f:?} does not end a case"),
        })
    }
}

/// The `route` cell of a year's first row: every route together.
const ALL_ROUTES: Column = col("all", "All", "Semua");

/// The median of sorted values: the middle one, or the mean of the two middle ones (a
/// whole number or a half); `None` for no values.
pub fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    Some(if n % 2 == 1 {
        sorted[n / 2] as f64
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0
    })
}

/// `num / den` rounded half up to `places` decimals, in integers (so that a half is never
/// lost to binary fractions), as the nearest f64. Both non-negative, `den > 0`.
pub fn ratio(num: i64, den: i64, places: u32) -> f64 {
    let scale = 10i128.pow(places);
    let (num, den) = (i128::from(num), i128::from(den));
    let scaled = (2 * num * scale + den) / (2 * den);
    scaled as f64 / scale as f64
}

/// The statistics of one group of ended cases.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub ended: i64,
    pub median: Option<f64>,
    /// Rounded half up to 2 decimals.
    pub mean: Option<f64>,
    pub lowest: Option<i64>,
    pub highest: Option<i64>,
    /// Ended within 100 working days of receipt.
    pub within: i64,
    /// `within / ended`, rounded half up to 4 decimals; `None` when none ended.
    pub share_within: Option<f64>,
}

impl Stats {
    /// From the working days of each ended case (any order) and how many of them ended
    /// within the finish deadline.
    pub fn of(mut days: Vec<i64>, within: i64) -> Stats {
        days.sort_unstable();
        let ended = days.len() as i64;
        let some = ended > 0;
        Stats {
            ended,
            median: median(&days),
            mean: some.then(|| ratio(days.iter().sum(), ended, 2)),
            lowest: days.first().copied(),
            highest: days.last().copied(),
            within,
            share_within: some.then(|| ratio(within, ended, 4)),
        }
    }
}

/// The ended cases of one route of a year.
#[derive(Debug, Clone, Default)]
struct Group {
    days: Vec<i64>,
    within: i64,
}

/// One year's cohort, as it is read.
#[derive(Debug, Clone, Default)]
struct Year {
    routes: [Group; 5],
    /// Not ended, and open more than 100 working days.
    backlog: i64,
}

/// The cohorts of `recap --times`, fed one case at a time (memory: one number per ended
/// case).
#[derive(Debug, Clone, Default)]
pub struct Tally {
    years: BTreeMap<i32, Year>,
}

impl Tally {
    /// Counts a case of its year's cohort (received on or before the timing's date).
    pub fn add(&mut self, facts: &Facts, t: &Timing) {
        let year = self.years.entry(facts.received_on.year()).or_default();
        match Route::of(facts, t) {
            Some(route) => {
                let g = &mut year.routes[route.index()];
                g.days.push(t.working_days_open);
                g.within += (t.working_days_open <= i64::from(FINISH_WITHIN)) as i64;
            }
            None => year.backlog += (t.working_days_open > i64::from(FINISH_WITHIN)) as i64,
        }
    }

    /// The view: every year of `years` (empty rows where no case), or the years with cases
    /// when no range was asked for; per year a row for all routes, then one per route; then
    /// the same rows for the years shown together (`total` as the year).
    pub fn view(self, years: Option<(i32, i32)>) -> View {
        let list: Vec<i32> = match years {
            Some((from, to)) => (from..=to).collect(),
            None => self.years.keys().copied().collect(),
        };
        let mut years = self.years;
        let mut rows = Vec::new();
        let mut total = Year::default();
        for y in list {
            let year = years.remove(&y).unwrap_or_default();
            total.backlog += year.backlog;
            for (t, g) in total.routes.iter_mut().zip(&year.routes) {
                t.days.extend_from_slice(&g.days);
                t.within += g.within;
            }
            year.rows(Cell::Int(y as i64), &mut rows);
        }
        total.rows(Cell::Label(TOTAL), &mut rows);
        View::new(times_columns(), rows)
    }
}

impl Year {
    /// The rows of this cohort, `year` its first cell: all routes, then each route.
    fn rows(self, year: Cell, rows: &mut Vec<Vec<Cell>>) {
        let all = Stats::of(
            self.routes
                .iter()
                .flat_map(|g| g.days.iter().copied())
                .collect(),
            self.routes.iter().map(|g| g.within).sum(),
        );
        rows.push(times_row(
            year.clone(),
            ALL_ROUTES,
            &all,
            Some(self.backlog),
        ));
        for (route, g) in Route::ALL.iter().zip(self.routes) {
            let stats = Stats::of(g.days, g.within);
            rows.push(times_row(year.clone(), route.column(), &stats, None));
        }
    }
}

fn owned(key: String, en: String, id: String) -> Column {
    Column {
        key: Cow::Owned(key),
        en: Cow::Owned(en),
        id: Cow::Owned(id),
    }
}

/// The columns of `recap --times`.
pub fn times_columns() -> Vec<Column> {
    let n = FINISH_WITHIN;
    vec![
        col("year", "Year", "Tahun"),
        col("route", "Ended by", "Jalur"),
        col("ended", "Ended", "Berakhir"),
        col("median", "Median working days", "Median hari kerja"),
        col("mean", "Mean", "Rata-rata"),
        col("lowest", "Lowest", "Tercepat"),
        col("highest", "Highest", "Terlama"),
        owned(
            format!("within_{n}"),
            format!("≤ {n} working days"),
            format!("≤ {n} hari kerja"),
        ),
        owned(
            format!("share_within_{n}"),
            format!("Share ≤ {n}"),
            format!("Proporsi ≤ {n}"),
        ),
        owned(
            "backlog".into(),
            format!("Backlog (open > {n} working days)"),
            format!("Tunggakan (> {n} hari kerja)"),
        ),
    ]
}

fn times_row(year: Cell, route: Column, s: &Stats, backlog: Option<i64>) -> Vec<Cell> {
    let num = |v: Option<f64>| v.map_or(Cell::Empty, Cell::Num);
    let days = |v: Option<i64>| v.map_or(Cell::Empty, |d| Cell::Num(d as f64));
    vec![
        year,
        Cell::Label(route),
        Cell::Int(s.ended),
        num(s.median),
        num(s.mean),
        days(s.lowest),
        days(s.highest),
        Cell::Int(s.within),
        num(s.share_within),
        backlog.map_or(Cell::Empty, Cell::Int),
    ]
}

/// An open case offered to [`Oldest`]: its ranking and what is shown of it.
#[derive(Debug, Clone)]
struct Kept<T> {
    /// Most working days open first, then register order (year, serial): smaller is older.
    rank: (Reverse<i64>, i32, i64),
    item: T,
}

impl<T> PartialEq for Kept<T> {
    fn eq(&self, other: &Self) -> bool {
        self.rank == other.rank
    }
}
impl<T> Eq for Kept<T> {}
impl<T> PartialOrd for Kept<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Kept<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank.cmp(&other.rank)
    }
}

/// The `n` open cases with the most working days open (ties: register order), from cases
/// offered in any order, keeping at most `n` of them.
#[derive(Debug, Clone)]
pub struct Oldest<T> {
    n: usize,
    /// The youngest kept on top, to be pushed out by an older one.
    kept: BinaryHeap<Kept<T>>,
}

impl<T> Oldest<T> {
    pub fn new(n: usize) -> Oldest<T> {
        Oldest {
            n,
            kept: BinaryHeap::with_capacity(n.min(1024) + 1),
        }
    }

    /// Offers a case with its working days open and its place in the register.
    pub fn offer(&mut self, days_open: i64, (year, serial): (i32, i64), item: T) {
        let k = Kept {
            rank: (Reverse(days_open), year, serial),
            item,
        };
        if self.kept.len() < self.n {
            self.kept.push(k);
        } else if self.kept.peek().is_some_and(|top| k < *top) {
            self.kept.pop();
            self.kept.push(k);
        }
    }

    /// Whether no case with `days_open` working days open (or fewer) can still enter:
    /// cases offered by received date have ever fewer, so the reading can stop.
    pub fn full_above(&self, days_open: i64) -> bool {
        self.n == 0
            || (self.kept.len() >= self.n
                && self.kept.peek().is_some_and(|top| top.rank.0.0 > days_open))
    }

    /// The kept cases, oldest first.
    pub fn into_sorted(self) -> Vec<T> {
        self.kept
            .into_sorted_vec()
            .into_iter()
            .map(|k| k.item)
            .collect()
    }
}

/// The columns of `recap --oldest`: no personal data (the register number is public).
pub const OLDEST: &[Column] = &[
    col("register_no", "Register no.", "Nomor register"),
    col("received_on", "Received", "Diterima"),
    col("state", "State", "Status"),
    col(
        "working_days_open",
        "Working days open",
        "Hari kerja berjalan",
    ),
    col("start_by", "Start by", "Mulai paling lambat"),
    col("finish_by", "Finish by", "Selesai paling lambat"),
];

/// A row of `recap --oldest`.
pub fn oldest_row(register_no: &str, state: State, t: &Timing) -> Vec<Cell> {
    vec![
        Cell::Text(register_no.to_string()),
        Cell::Text(t.received_on.to_string()),
        Cell::Label(Column {
            key: Cow::Borrowed(state.as_str()),
            en: Cow::Borrowed(state.label(Lang::En)),
            id: Cow::Borrowed(state.label(Lang::Id)),
        }),
        Cell::Num(t.working_days_open as f64),
        Cell::Text(t.start_by.to_string()),
        Cell::Text(t.finish_by.to_string()),
    ]
}

#[cfg(test)]
mod tests;
