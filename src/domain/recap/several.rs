//! The recap of several registers at once (the national view): a row group per commission
//! and their total. A total's counts are sums; what is derived from counts is derived
//! again from the sums, never added up; times are the caller's to recount from every case.

use super::{Cell, Column, PaperRow, View, col};
use std::cmp::Reverse;
use std::collections::BTreeMap;

/// The leading column of a recap of several registers: the commission's code.
pub const COMMISSION: Column = col("commission", "Commission", "Komisi");
/// The `commission` cell of the total's rows.
pub const TOTAL: Column = col("total", "Total", "Jumlah");

/// The paper's counts of several registers summed per year, in year order (the derived
/// columns follow from the sums).
pub fn sum_paper<'a>(groups: impl IntoIterator<Item = &'a [PaperRow]>) -> Vec<PaperRow> {
    let mut by_year: BTreeMap<i32, PaperRow> = BTreeMap::new();
    for row in groups.into_iter().flatten() {
        let t = by_year
            .entry(row.year)
            .or_insert_with(|| PaperRow::zero(row.year));
        t.entered += row.entered;
        t.not_qualified += row.not_qualified;
        t.qualified += row.qualified;
        t.withdrawn += row.withdrawn;
        t.interim_ruling += row.interim_ruling;
        t.done += row.done;
    }
    by_year.into_values().collect()
}

/// Counts per year of several registers, summed.
pub fn sum_years<'a>(maps: impl IntoIterator<Item = &'a BTreeMap<i32, i64>>) -> BTreeMap<i32, i64> {
    let mut total = BTreeMap::new();
    for (year, n) in maps.into_iter().flatten() {
        *total.entry(*year).or_insert(0) += n;
    }
    total
}

/// Rows of counts (`lead` leading cells, the year first, then counts) of several registers,
/// summed over rows with equal leading cells. In the order of one register's recap: by
/// year, then the most cases first (the first count), then by the other leading cells.
pub fn sum_rows<'a>(
    groups: impl IntoIterator<Item = &'a [Vec<Cell>]>,
    lead: usize,
) -> Vec<Vec<Cell>> {
    // A body is the same body under any spelling `body_key` folds together, as in one
    // register.
    let text = |c: &Cell| match c {
        Cell::Int(i) => i.to_string(),
        Cell::Text(t) => t.clone(),
        Cell::Label(l) => l.key.to_string(),
        Cell::Num(x) => x.to_string(),
        Cell::Empty => String::new(),
    };
    let key = |row: &[Cell]| -> Vec<String> {
        row[..lead]
            .iter()
            .map(|c| crate::domain::body_key(&text(c)))
            .collect()
    };
    let mut sums: BTreeMap<Vec<String>, Vec<Cell>> = BTreeMap::new();
    for row in groups.into_iter().flatten() {
        match sums.get_mut(&key(row)) {
            None => {
                sums.insert(key(row), row.clone());
            }
            Some(t) => {
                for (sum, c) in t.iter_mut().zip(row).skip(lead) {
                    if let (Cell::Int(s), Cell::Int(n)) = (&mut *sum, c) {
                        *s += n;
                    }
                }
            }
        }
    }
    let int = |c: &Cell| match c {
        Cell::Int(i) => *i,
        _ => 0,
    };
    let mut rows: Vec<Vec<Cell>> = sums.into_values().collect();
    rows.sort_by_cached_key(|r| {
        (
            int(&r[0]),
            Reverse(r.get(lead).map_or(0, int)),
            r[1..lead].iter().map(text).collect::<Vec<_>>(),
        )
    });
    rows
}

/// A view per register (its commission's code) and their total, as one view: the
/// commission first, then each register's rows, then the total's.
pub fn grouped(groups: Vec<(String, View)>, total: View) -> View {
    let mut columns = vec![COMMISSION];
    columns.extend(total.columns);
    let mut rows = Vec::new();
    for (code, view) in groups {
        for row in view.rows {
            rows.push(
                std::iter::once(Cell::Text(code.clone()))
                    .chain(row)
                    .collect(),
            );
        }
    }
    for row in total.rows {
        rows.push(std::iter::once(Cell::Label(TOTAL)).chain(row).collect());
    }
    View::new(columns, rows)
}

/// The names of the row groups: each register's commission code, or its file name when
/// it has none; a code that two registers share is told apart by their file names.
/// `registers`: each one's file name and commission code.
pub fn group_names(registers: &[(String, Option<String>)]) -> Vec<String> {
    let base: Vec<&str> = registers
        .iter()
        .map(|(file, code)| code.as_deref().unwrap_or(file))
        .collect();
    registers
        .iter()
        .zip(&base)
        .map(|((file, code), name)| match code {
            Some(c) if base.iter().filter(|b| *b == name).count() > 1 => format!("{c} ({file})"),
            _ => name.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{flow_view, paper_view};
    use super::*;

    fn ints(view: &View) -> Vec<Vec<i64>> {
        view.rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        Cell::Int(i) => *i,
                        _ => -1,
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_paper_total_sums_counts_and_derives_the_rest() {
        let a = [PaperRow::from_counts(2017, [20, 1, 18, 2, 3, 10])];
        let b = [
            PaperRow::from_counts(2017, [23, 0, 22, 3, 4, 20]),
            PaperRow::from_counts(2018, [11, 0, 11, 1, 1, 10]),
        ];
        let total = sum_paper([&a[..], &b[..]]);
        assert_eq!(
            total,
            [
                PaperRow::from_counts(2017, [43, 1, 40, 5, 7, 30]),
                PaperRow::from_counts(2018, [11, 0, 11, 1, 1, 10])
            ]
        );
        let v = paper_view(&total, Some((2017, 2018)));
        // processed = 40 - 7, in process = 33 - 30: from the sums.
        assert_eq!(ints(&v)[0], [2017, 43, 1, 40, 5, 7, 33, 30, 3]);
    }

    #[test]
    fn flow_of_summed_years_is_the_sum_of_flows() {
        let (ra, fa) = (
            BTreeMap::from([(2017, 10)]),
            BTreeMap::from([(2017, 4), (2018, 6)]),
        );
        let (rb, fb) = (BTreeMap::from([(2018, 5)]), BTreeMap::from([(2019, 5)]));
        let total = flow_view(&sum_years([&ra, &rb]), &sum_years([&fa, &fb]), None);
        let (a, b) = (
            flow_view(&ra, &fa, Some((2017, 2019))),
            flow_view(&rb, &fb, Some((2017, 2019))),
        );
        let (a, b, t) = (ints(&a), ints(&b), ints(&total));
        for y in 0..3 {
            for c in 1..5 {
                assert_eq!(t[y][c], a[y][c] + b[y][c], "year {y}, column {c}");
            }
        }
    }

    #[test]
    fn rows_sum_by_their_leading_cells_in_a_recaps_order() {
        let row = |y: i64, body: &str, n: [i64; 2]| {
            vec![
                Cell::Int(y),
                Cell::Text(body.into()),
                Cell::Int(n[0]),
                Cell::Int(n[1]),
            ]
        };
        let a = [row(2017, "Dinas A", [2, 1]), row(2018, "Dinas B", [1, 0])];
        let b = [row(2017, "Dinas B", [2, 2]), row(2017, "Dinas A", [1, 0])];
        assert_eq!(
            sum_rows([&a[..], &b[..]], 2),
            [
                row(2017, "Dinas A", [3, 1]),
                row(2017, "Dinas B", [2, 2]),
                row(2018, "Dinas B", [1, 0])
            ]
        );
        let c = [row(2017, "Dinas C", [5, 0])];
        assert_eq!(
            sum_rows([&a[..], &c[..]], 2)[0],
            row(2017, "Dinas C", [5, 0]),
            "the most cases first within a year"
        );
    }

    #[test]
    fn groups_then_the_total() {
        let v = |n: i64| {
            View::new(
                vec![col("year", "Year", "Tahun"), col("n", "N", "N")],
                vec![vec![Cell::Int(2017), Cell::Int(n)]],
            )
        };
        let g = grouped(vec![("JBI".into(), v(1)), ("RIAU".into(), v(2))], v(3));
        assert_eq!(g.columns[0].key, "commission");
        assert_eq!(
            g.rows,
            [
                vec![Cell::Text("JBI".into()), Cell::Int(2017), Cell::Int(1)],
                vec![Cell::Text("RIAU".into()), Cell::Int(2017), Cell::Int(2)],
                vec![Cell::Label(TOTAL), Cell::Int(2017), Cell::Int(3)],
            ]
        );
    }

    #[test]
    fn a_group_is_named_by_its_code_else_its_file() {
        let regs = [
            ("jambi.db".to_string(), Some("JBI".to_string())),
            ("riau.db".to_string(), None),
            ("a.db".to_string(), Some("KIP".to_string())),
            ("b.db".to_string(), Some("KIP".to_string())),
        ];
        assert_eq!(
            group_names(&regs),
            ["JBI", "riau.db", "KIP (a.db)", "KIP (b.db)"]
        );
    }
}
