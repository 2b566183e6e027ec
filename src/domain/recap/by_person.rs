//! `recap --by person`: the load of each person of the commission, from the cases whose
//! current panel seats them. A list of people, not counts per year: no total row (a case
//! sits several people, so the people's counts do not add up to the register's).

use super::{Cell, Column, col};
use crate::domain::Date;
use crate::domain::case_file::Person;
use crate::domain::deadlines::Timing;
use crate::domain::lifecycle::Facts;
use crate::domain::times::median;
use crate::domain::workdays::Calendar;

/// The columns of `recap --by person`.
pub const BY_PERSON: &[Column] = &[
    col("person", "Person", "Nama"),
    col("role", "Role", "Peran"),
    col("assigned", "Cases assigned", "Perkara ditangani"),
    col("open", "Open", "Berjalan"),
    col("hearings_sat", "Hearings sat", "Sidang dihadiri"),
    col("decisions", "Decisions", "Putusan"),
    col(
        "median_days",
        "Median working days to decision",
        "Median hari kerja hingga putusan",
    ),
];

/// One person's row: the cases `sat` (facts, hearings held by `as_of`) counted as of
/// `as_of`; the median runs from receipt to decision in the register's working days.
pub fn person_row(
    person: &Person,
    role: Column,
    sat: &[(&Facts, i64)],
    cal: &Calendar,
    as_of: Date,
) -> Vec<Cell> {
    let open = sat
        .iter()
        .filter(|(f, _)| Timing::of(cal, f, None, as_of).ended_on.is_none())
        .count();
    let mut days: Vec<i64> = sat
        .iter()
        .filter_map(|(f, _)| {
            let d = f.decided_on.filter(|d| *d <= as_of)?;
            Some(cal.working_days_between(f.received_on, d))
        })
        .collect();
    days.sort_unstable();
    vec![
        Cell::Text(person.name.clone()),
        Cell::Label(role),
        Cell::Int(sat.len() as i64),
        Cell::Int(open as i64),
        Cell::Int(sat.iter().map(|(_, h)| h).sum()),
        Cell::Int(days.len() as i64),
        median(&days).map_or(Cell::Empty, Cell::Num),
    ]
}
