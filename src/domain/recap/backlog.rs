//! The backlog figures watchdogs print: the ages of the open cases (by year of receipt, in
//! buckets of working days open), the clearance rate (ended ÷ received, per year and per
//! month), the estimated waiting time (open ÷ the average monthly endings of the last 12
//! months), the median working days of each stage, and the hearings per month. Every
//! function takes plain values already read as of a date, each case's working days counted
//! with its own register's calendar, so that the cases of several registers pool into one
//! list and a median is recomputed from the pooled cases, never averaged. docs/backlog.md
//! defines each figure; the words "ended" and "open" are [`Timing`]'s, as the deadlines
//! count them.

use super::{Cell, Column, TOTAL, View, col};
use crate::domain::Date;
use crate::domain::deadlines::Timing;
use crate::domain::lifecycle::Facts;
use crate::domain::times::{median, ratio};
use crate::domain::workdays::Calendar;
use std::collections::BTreeMap;

/// One case as the backlog figures read it, as of a date: nothing dated after it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub received_on: Date,
    /// The earliest of its decision, withdrawal or not-qualified ruling, by the as-of date.
    pub ended_on: Option<Date>,
    /// Working days after receipt up to its end, or up to the as-of date while open (the
    /// day of receipt is day 0, as the deadlines count).
    pub working_days_open: i64,
    /// The working days of each stage of [`STAGES`], where both its ends happened.
    pub stages: [Option<i64>; 4],
}

/// The stages a case passes through, each from the day of the one before: received →
/// first hearing held → decision → decision served → decision final.
pub const STAGES: [Column; 4] = [
    col(
        "received_to_first_hearing",
        "Received → first hearing",
        "Diterima → sidang pertama",
    ),
    col(
        "first_hearing_to_decision",
        "First hearing → decision",
        "Sidang pertama → putusan",
    ),
    col(
        "decision_to_served",
        "Decision → served",
        "Putusan → diterima para pihak",
    ),
    col(
        "served_to_final",
        "Served → final",
        "Diterima para pihak → berkekuatan hukum tetap",
    ),
];

impl Span {
    /// A case as of `as_of`: its facts, its first hearing held, the day the parties
    /// received its decision, the day the decision became final; counted with `cal`.
    pub fn of(
        cal: &Calendar,
        facts: &Facts,
        first_held: Option<Date>,
        served_on: Option<Date>,
        final_on: Option<Date>,
        as_of: Date,
    ) -> Span {
        let t = Timing::of(cal, facts, first_held, as_of);
        let by = |d: Option<Date>| d.filter(|d| *d <= as_of);
        let points = [
            Some(facts.received_on),
            by(first_held),
            by(facts.decided_on),
            by(served_on),
            by(final_on),
        ];
        let mut stages = [None; 4];
        for (i, s) in stages.iter_mut().enumerate() {
            if let (Some(a), Some(b)) = (points[i], points[i + 1])
                && a <= b
            {
                *s = Some(cal.working_days_between(a, b));
            }
        }
        Span {
            received_on: facts.received_on,
            ended_on: t.ended_on,
            working_days_open: t.working_days_open,
            stages,
        }
    }

    /// Open on the as-of date it was read as of: received, and not ended.
    pub fn is_open(&self) -> bool {
        self.ended_on.is_none()
    }
}

/// The buckets of `recap --ages`: the highest working days open of each (the last has
/// none), and its column.
pub const AGE_BUCKETS: [(Option<i64>, Column); 4] = [
    (Some(14), col("wd_0_14", "0–14 working days", "0–14 HK")),
    (
        Some(100),
        col("wd_15_100", "15–100 working days", "15–100 HK"),
    ),
    (
        Some(250),
        col("wd_101_250", "101–250 working days", "101–250 HK"),
    ),
    (
        None,
        col("wd_over_250", "Over 250 working days", "> 250 HK"),
    ),
];

/// The bucket of a case open this many working days.
pub fn age_bucket(working_days_open: i64) -> usize {
    AGE_BUCKETS
        .iter()
        .position(|(max, _)| max.is_none_or(|m| working_days_open <= m))
        .expect("the last bucket has no bound")
}

const YEAR: Column = col("year", "Year", "Tahun");
const MONTH: Column = col("month", "Month", "Bulan");
const OPEN: Column = col("open", "Open", "Belum selesai");
const ENTERED: Column = col("entered", "Received", "Masuk");
const ENDED: Column = col("ended", "Ended", "Berakhir");
const CLEARANCE: Column = col("clearance_rate", "Clearance rate", "Rasio penyelesaian");

fn in_years(year: i32, years: Option<(i32, i32)>) -> bool {
    years.is_none_or(|(a, b)| (a..=b).contains(&year))
}

/// The years of the rows: those of `years`, or the years of `found` when none was asked.
fn year_list(found: impl Iterator<Item = i32>, years: Option<(i32, i32)>) -> Vec<i32> {
    match years {
        Some((a, b)) => (a..=b).collect(),
        None => {
            let mut v: Vec<i32> = found.collect();
            v.sort_unstable();
            v.dedup();
            v
        }
    }
}

/// `recap --ages`: the open cases by year of receipt, in buckets of working days open,
/// then their number; a total row.
pub fn ages_view(spans: &[Span], years: Option<(i32, i32)>) -> View {
    let mut counts: BTreeMap<i32, [i64; 4]> = BTreeMap::new();
    for s in spans.iter().filter(|s| s.is_open()) {
        let y = s.received_on.year();
        if in_years(y, years) {
            counts.entry(y).or_default()[age_bucket(s.working_days_open)] += 1;
        }
    }
    let mut columns = vec![YEAR];
    columns.extend(AGE_BUCKETS.iter().map(|(_, c)| c.clone()));
    columns.push(OPEN);
    let row = |lead: Cell, c: [i64; 4]| {
        let mut r = vec![lead];
        r.extend(c.iter().map(|n| Cell::Int(*n)));
        r.push(Cell::Int(c.iter().sum()));
        r
    };
    let mut total = [0i64; 4];
    let mut rows = Vec::new();
    for y in year_list(counts.keys().copied(), years) {
        let c = counts.get(&y).copied().unwrap_or_default();
        for (t, n) in total.iter_mut().zip(c) {
            *t += n;
        }
        rows.push(row(Cell::Int(y.into()), c));
    }
    rows.push(row(Cell::Label(TOTAL), total));
    View::new(columns, rows)
}

/// Ended ÷ received, rounded half up to 4 decimals; `None` when none was received.
pub fn clearance_rate(entered: i64, ended: i64) -> Option<f64> {
    (entered > 0).then(|| ratio(ended, entered, 4))
}

fn clearance_row(lead: Cell, entered: i64, ended: i64) -> Vec<Cell> {
    vec![
        lead,
        Cell::Int(entered),
        Cell::Int(ended),
        clearance_rate(entered, ended).map_or(Cell::Empty, Cell::Num),
    ]
}

/// `recap --clearance`: per calendar year, the cases received in it, the cases that ended
/// in it (whatever their year of receipt), and the clearance rate; a total row (its rate
/// from the sums).
pub fn clearance_view(spans: &[Span], years: Option<(i32, i32)>) -> View {
    let mut counts: BTreeMap<i32, (i64, i64)> = BTreeMap::new();
    for s in spans {
        counts.entry(s.received_on.year()).or_default().0 += 1;
        if let Some(e) = s.ended_on {
            counts.entry(e.year()).or_default().1 += 1;
        }
    }
    let (mut te, mut tn) = (0, 0);
    let mut rows = Vec::new();
    for y in year_list(counts.keys().copied(), years) {
        let (e, n) = counts.get(&y).copied().unwrap_or_default();
        te += e;
        tn += n;
        rows.push(clearance_row(Cell::Int(y.into()), e, n));
    }
    rows.push(clearance_row(Cell::Label(TOTAL), te, tn));
    View::new(vec![YEAR, ENTERED, ENDED, CLEARANCE], rows)
}

/// A month as its cell: `2026-03`.
pub fn month_key(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// Every month from the first of `found` (or of `years`) through the last (or `as_of`'s).
fn month_list(
    found: impl Iterator<Item = (i32, u32)>,
    years: Option<(i32, i32)>,
    as_of: Date,
) -> Vec<(i32, u32)> {
    let found: Vec<(i32, u32)> = found.collect();
    let (first, last) = match years {
        Some((a, b)) => ((a, 1), (b, 12)),
        None => match found.iter().min() {
            None => return Vec::new(),
            Some(first) => (
                *first,
                (as_of.year(), as_of.month()).max(*found.iter().max().expect("one")),
            ),
        },
    };
    let mut v = Vec::new();
    let mut m = first;
    while m <= last {
        v.push(m);
        m = if m.1 == 12 {
            (m.0 + 1, 1)
        } else {
            (m.0, m.1 + 1)
        };
    }
    v
}

/// `recap --by month`: per month, the cases received in it, those that ended in it, and
/// the clearance rate; every month of the span (zeros where nothing happened); a total
/// row.
pub fn months_view(spans: &[Span], years: Option<(i32, i32)>, as_of: Date) -> View {
    let ym = |d: Date| (d.year(), d.month());
    let mut counts: BTreeMap<(i32, u32), (i64, i64)> = BTreeMap::new();
    for s in spans {
        counts.entry(ym(s.received_on)).or_default().0 += 1;
        if let Some(e) = s.ended_on {
            counts.entry(ym(e)).or_default().1 += 1;
        }
    }
    let (mut te, mut tn) = (0, 0);
    let mut rows = Vec::new();
    for m in month_list(counts.keys().copied(), years, as_of) {
        let (e, n) = counts.get(&m).copied().unwrap_or_default();
        te += e;
        tn += n;
        rows.push(clearance_row(
            Cell::Text(format!("{:04}-{:02}", m.0, m.1)),
            e,
            n,
        ));
    }
    rows.push(clearance_row(Cell::Label(TOTAL), te, tn));
    View::new(vec![MONTH, ENTERED, ENDED, CLEARANCE], rows)
}

/// The day a year before `d` (28 February for 29 February).
pub fn year_before(d: Date) -> Date {
    use chrono::Datelike;
    Date::from_ymd(d.year() - 1, d.month(), d.naive().day())
        .or_else(|| Date::from_ymd(d.year() - 1, d.month(), 28))
        .unwrap_or(d)
}

/// The estimated waiting time as of a date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Waiting {
    /// Cases open on the as-of date.
    pub open: i64,
    /// Cases that ended in the 12 months through the as-of date (after the same day a year
    /// before).
    pub ended_12_months: i64,
    /// `ended_12_months / 12`, rounded half up to 2 decimals.
    pub monthly_endings: f64,
    /// `open / (ended_12_months / 12)` in months, rounded half up to 1 decimal; `None`
    /// when nothing ended in those months.
    pub months: Option<f64>,
}

/// The waiting time of the cases read as of `as_of`.
pub fn waiting(spans: &[Span], as_of: Date) -> Waiting {
    let from = year_before(as_of);
    let open = spans.iter().filter(|s| s.is_open()).count() as i64;
    let ended = spans
        .iter()
        .filter(|s| s.ended_on.is_some_and(|e| e > from && e <= as_of))
        .count() as i64;
    Waiting {
        open,
        ended_12_months: ended,
        monthly_endings: ratio(ended, 12, 2),
        months: (ended > 0).then(|| ratio(open * 12, ended, 1)),
    }
}

/// `recap --waiting`: one row of [`Waiting`].
pub fn waiting_view(w: &Waiting) -> View {
    View::new(
        vec![
            OPEN,
            col(
                "ended_12_months",
                "Ended in the last 12 months",
                "Berakhir 12 bulan terakhir",
            ),
            col(
                "monthly_endings",
                "Endings per month",
                "Rata-rata berakhir per bulan",
            ),
            col(
                "waiting_months",
                "Estimated waiting (months)",
                "Perkiraan waktu tunggu (bulan)",
            ),
        ],
        vec![vec![
            Cell::Int(w.open),
            Cell::Int(w.ended_12_months),
            Cell::Num(w.monthly_endings),
            w.months.map_or(Cell::Empty, Cell::Num),
        ]],
    )
}

fn stage_rows(lead: Cell, days: &mut [Vec<i64>; 4], rows: &mut Vec<Vec<Cell>>) {
    for (stage, d) in STAGES.iter().zip(days.iter_mut()) {
        d.sort_unstable();
        rows.push(vec![
            lead.clone(),
            Cell::Label(stage.clone()),
            Cell::Int(d.len() as i64),
            median(d).map_or(Cell::Empty, Cell::Num),
        ]);
    }
}

/// `recap --stages`: per year of receipt and stage, the cases that went through the stage
/// by the as-of date and the median working days it took; then the years together (the
/// median of every case of them).
pub fn stages_view(spans: &[Span], years: Option<(i32, i32)>) -> View {
    let mut by_year: BTreeMap<i32, [Vec<i64>; 4]> = BTreeMap::new();
    for s in spans {
        let y = s.received_on.year();
        if !in_years(y, years) {
            continue;
        }
        let e = by_year.entry(y).or_default();
        for (v, d) in e.iter_mut().zip(s.stages) {
            v.extend(d);
        }
    }
    let mut all: [Vec<i64>; 4] = Default::default();
    let mut rows = Vec::new();
    for y in year_list(by_year.keys().copied(), years) {
        let mut days = by_year.remove(&y).unwrap_or_default();
        for (a, d) in all.iter_mut().zip(&days) {
            a.extend_from_slice(d);
        }
        stage_rows(Cell::Int(y.into()), &mut days, &mut rows);
    }
    stage_rows(Cell::Label(TOTAL), &mut all, &mut rows);
    View::new(
        vec![
            YEAR,
            col("stage", "Stage", "Tahap"),
            col("cases", "Cases", "Perkara"),
            col("median", "Median working days", "Median hari kerja"),
        ],
        rows,
    )
}

/// A hearing as `recap --hearings` reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sitting {
    /// The day it is (or was) set for.
    pub on: Date,
    /// The day it was first set for.
    pub first_on: Date,
    pub status: SittingStatus,
    /// Times it was moved to another day.
    pub postponements: i64,
    pub applicant_absent: bool,
    pub respondent_absent: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SittingStatus {
    Scheduled,
    Held,
    Cancelled,
}

/// `recap --hearings`: per month, the hearings held in it (on their day), those first
/// set for a day of it and since moved to another day (postponed), those called off that
/// were set for a day of it (cancelled), and among the held ones the absences of each
/// party. Only days on or before the as-of date; a total row.
pub fn hearings_view(sittings: &[Sitting], years: Option<(i32, i32)>, as_of: Date) -> View {
    let ym = |d: Date| (d.year(), d.month());
    let mut counts: BTreeMap<(i32, u32), [i64; 5]> = BTreeMap::new();
    for s in sittings {
        if s.postponements > 0 && s.first_on <= as_of {
            counts.entry(ym(s.first_on)).or_default()[1] += 1;
        }
        if s.on > as_of {
            continue;
        }
        match s.status {
            SittingStatus::Held => {
                let c = counts.entry(ym(s.on)).or_default();
                c[0] += 1;
                c[3] += i64::from(s.applicant_absent);
                c[4] += i64::from(s.respondent_absent);
            }
            SittingStatus::Cancelled => counts.entry(ym(s.on)).or_default()[2] += 1,
            SittingStatus::Scheduled => {}
        }
    }
    counts.retain(|(y, _), _| in_years(*y, years));
    let mut total = [0i64; 5];
    let mut rows = Vec::new();
    for m in month_list(counts.keys().copied(), years, as_of) {
        let c = counts.get(&m).copied().unwrap_or_default();
        for (t, n) in total.iter_mut().zip(c) {
            *t += n;
        }
        let mut r = vec![Cell::Text(format!("{:04}-{:02}", m.0, m.1))];
        r.extend(c.iter().map(|n| Cell::Int(*n)));
        rows.push(r);
    }
    let mut r = vec![Cell::Label(TOTAL)];
    r.extend(total.iter().map(|n| Cell::Int(*n)));
    rows.push(r);
    View::new(
        vec![
            MONTH,
            col("held", "Held", "Digelar"),
            col("postponed", "Postponed", "Ditunda"),
            col("cancelled", "Cancelled", "Dibatalkan"),
            col(
                "applicant_absent",
                "Applicant absent",
                "Pemohon tidak hadir",
            ),
            col(
                "respondent_absent",
                "Respondent absent",
                "Termohon tidak hadir",
            ),
        ],
        rows,
    )
}

#[cfg(test)]
mod tests;
