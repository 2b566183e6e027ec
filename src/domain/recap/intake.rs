//! The recap's column of filings not registered (intake's end): added to Table 1 only
//! for a register that records intake, so that every other register's recap stays as it
//! was. Such filings are never in "entered" (the cohort leaves them out).

use crate::domain::recap::{Cell, Column, View, col};

/// The column: filings not registered, per year of receipt.
pub const NOT_REGISTERED: Column = col("not_registered", "Not registered", "Tidak diregistrasi");

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
