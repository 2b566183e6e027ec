//! The recap's column of filings not registered (intake's end): added to Table 1 only
//! for a register that records intake, so that every other register's recap stays as it
//! was. Such filings are never in "entered" (the cohort leaves them out).

use crate::domain::recap::{Cell, Column, Published, View, col};

/// The column: filings not registered, per year of receipt.
pub const NOT_REGISTERED: Column = col(KEY, "Not registered", "Tidak diregistrasi");

/// The column's key.
pub const KEY: &str = "not_registered";

/// The view with the column of filings not registered: `counts` per year of receipt
/// (a year without a row of its own is not shown, as in the rest of Table 1).
pub fn with_not_registered(mut view: View, counts: &[(i32, i64)]) -> View {
    view.columns.push(NOT_REGISTERED);
    for row in &mut view.rows {
        let n = match row.first() {
            Some(Cell::Int(y)) => counts
                .iter()
                .filter(|(year, _)| i64::from(*year) == *y)
                .map(|(_, n)| *n)
                .sum(),
            _ => 0,
        };
        row.push(Cell::Int(n));
    }
    view
}

/// A published table's cells of filings not registered against the register's `counts`
/// per year (a year without a count has none): each that differs, as (year, key,
/// published, register). [`super::check`] compares Table 1's own columns.
pub fn check_not_registered(
    published: &[Published],
    counts: &[(i32, i64)],
) -> Vec<(i32, &'static str, i64, i64)> {
    published
        .iter()
        .filter_map(|p| {
            let v = *p.cells.get(KEY)?;
            let r = counts
                .iter()
                .filter(|(y, _)| *y == p.year)
                .map(|(_, n)| n)
                .sum();
            (v != r).then_some((p.year, KEY, v, r))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_year_gets_its_count() {
        let v = View::new(
            vec![
                col("year", "Year", "Tahun"),
                col("entered", "Entered", "Masuk"),
            ],
            vec![
                vec![Cell::Int(2021), Cell::Int(3)],
                vec![Cell::Int(2022), Cell::Int(1)],
            ],
        );
        let v = with_not_registered(v, &[(2022, 2)]);
        assert_eq!(v.columns.last().unwrap().key, "not_registered");
        assert_eq!(v.rows[0][2], Cell::Int(0));
        assert_eq!(v.rows[1][2], Cell::Int(2));
    }
}
