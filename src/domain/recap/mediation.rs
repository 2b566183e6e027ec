//! `recap --mediation`: per year of receipt, the cases whose mediation started, agreed,
//! failed and was extended (each step counted as of the date), and the median working
//! days in mediation of those that ended by then (first meeting to agreement or failure).

use crate::domain::Date;
use crate::domain::mediation::Mediation;
use crate::domain::recap::{Cell, Column, TOTAL, View, col, fill_years};
use crate::domain::times::median;
use crate::domain::workdays::Calendar;

/// The columns: the year, the four counts, the median.
pub const MEDIATION: &[Column] = &[
    col("year", "Year", "Tahun"),
    col("started", "Mediation started", "Mediasi dimulai"),
    col("agreed", "Mediation agreement", "Kesepakatan mediasi"),
    col("failed", "Mediation failed", "Mediasi gagal"),
    col("extended", "Mediation extended", "Mediasi diperpanjang"),
    col(
        "median_days",
        "Median working days in mediation",
        "Median hari kerja mediasi",
    ),
];

/// One year's (or all years') tally.
#[derive(Debug, Clone, Default, PartialEq)]
struct Tally {
    started: i64,
    agreed: i64,
    failed: i64,
    extended: i64,
    days: Vec<i64>,
}

impl Tally {
    fn add(&mut self, m: &Mediation, cal: &Calendar, as_of: Date) {
        let by = |d: Option<Date>| d.is_some_and(|d| d <= as_of);
        if !by(m.started_on) {
            return;
        }
        self.started += 1;
        self.agreed += i64::from(by(m.agreed_on));
        self.failed += i64::from(by(m.failed_on));
        self.extended += i64::from(by(m.extended_on));
        if let (Some(start), Some(end)) = (m.started_on, m.ended_on().filter(|d| *d <= as_of)) {
            self.days.push(cal.working_days_between(start, end));
        }
    }

    fn row(mut self, lead: Cell) -> Vec<Cell> {
        self.days.sort_unstable();
        vec![
            lead,
            Cell::Int(self.started),
            Cell::Int(self.agreed),
            Cell::Int(self.failed),
            Cell::Int(self.extended),
            median(&self.days).map_or(Cell::Empty, Cell::Num),
        ]
    }
}

/// The view of `cases` (each its year of receipt, its mediation and its register's
/// calendar), as of `as_of`, for the years asked (every year with a mediation, when
/// none), with a total row.
pub fn mediation_view(
    cases: &[(i32, &Mediation, &Calendar)],
    as_of: Date,
    years: Option<(i32, i32)>,
) -> View {
    let mut by_year: Vec<(i32, Tally)> = Vec::new();
    let mut total = Tally::default();
    for (year, m, cal) in cases {
        if years.is_some_and(|(a, b)| *year < a || *year > b) {
            continue;
        }
        let at = match by_year.iter().position(|(y, _)| y == year) {
            Some(i) => i,
            None => {
                by_year.push((*year, Tally::default()));
                by_year.len() - 1
            }
        };
        by_year[at].1.add(m, cal, as_of);
        total.add(m, cal, as_of);
    }
    by_year.sort_by_key(|(y, _)| *y);
    let by_year: Vec<(i32, Tally)> = by_year.into_iter().filter(|(_, t)| t.started > 0).collect();
    let filled = fill_years(&by_year, years, |(y, _)| *y, |y| (y, Tally::default()));
    let mut rows: Vec<Vec<Cell>> = filled
        .into_iter()
        .map(|(y, t)| t.row(Cell::Int(i64::from(y))))
        .collect();
    rows.push(total.row(Cell::Label(TOTAL)));
    View::new(MEDIATION.to_vec(), rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn counts_as_of_and_the_median_of_those_ended() {
        let cal = Calendar::default();
        let a = Mediation {
            started_on: Some(d("2024-03-04")),
            extended_on: Some(d("2024-03-20")),
            agreed_on: Some(d("2024-03-25")),
            failed_on: None,
        };
        let b = Mediation {
            started_on: Some(d("2024-03-04")),
            failed_on: Some(d("2024-03-08")),
            ..Mediation::default()
        };
        let later = Mediation {
            started_on: Some(d("2024-06-03")),
            ..Mediation::default()
        };
        let v = mediation_view(
            &[(2024, &a, &cal), (2024, &b, &cal), (2024, &later, &cal)],
            d("2024-04-01"),
            None,
        );
        // 4 March to 25 March: 15 working days; to 8 March: 4; median 9.5.
        assert_eq!(
            v.rows[0],
            vec![
                Cell::Int(2024),
                Cell::Int(2),
                Cell::Int(1),
                Cell::Int(1),
                Cell::Int(1),
                Cell::Num(9.5)
            ]
        );
        assert!(crate::domain::recap::is_total(&v.rows[1]));
    }
}
