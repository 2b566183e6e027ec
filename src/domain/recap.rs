//! Recap arithmetic: the paper's yearly table (a cohort of the cases received each year),
//! the other views analysts ask for, and the check of a published table against the
//! register. Counts come from storage; what they mean and how they combine is here.

use super::rules::{self, Field, Pred};
use super::{Date, Lang, Via};
use std::borrow::Cow;
use std::ops::Not;

/// A column of a recap view: its CSV/JSON key and its labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub key: Cow<'static, str>,
    pub en: Cow<'static, str>,
    pub id: Cow<'static, str>,
}

impl Column {
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Id => &self.id,
        }
    }
}

pub(crate) const fn col(key: &'static str, en: &'static str, id: &'static str) -> Column {
    Column {
        key: Cow::Borrowed(key),
        en: Cow::Borrowed(en),
        id: Cow::Borrowed(id),
    }
}

/// A cell of a recap view.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// A count: tables show 0 as "-", as the paper does.
    Int(i64),
    /// A measure (working days, a mean, a share), already rounded as it is to be shown:
    /// always printed as a number, without a fraction when it is whole.
    Num(f64),
    /// Text as given (a body's name, a register number, a date).
    Text(String),
    /// A word of a vocabulary: its key in CSV and JSON, its label in tables.
    Label(Column),
    /// No value: empty in CSV, null in JSON, "-" in tables.
    Empty,
}

/// A computed recap: what every rendering (table, CSV, JSON, Markdown) prints.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// The date the recap counts as of: every rendering states it (a line above a table,
    /// the `as_of` column of CSV, the `as_of` field of JSON). `None` only where the
    /// caller states it itself (the demo's title).
    pub as_of: Option<Date>,
    /// Each row's case by its short reference (`2026/5`), for a list of cases (`recap
    /// --oldest`): a narrow table shows it in place of the register number, as `case list`
    /// does. Empty for counts; never written to a file.
    pub short_refs: Vec<String>,
}

impl View {
    pub fn new(columns: Vec<Column>, rows: Vec<Vec<Cell>>) -> View {
        View {
            columns,
            rows,
            as_of: None,
            short_refs: Vec::new(),
        }
    }

    /// The view, its rows' cases also named by their short references.
    pub fn with_short_refs(self, short_refs: Vec<String>) -> View {
        View { short_refs, ..self }
    }

    /// The view, stated as of `as_of`.
    pub fn as_of(self, as_of: Date) -> View {
        View {
            as_of: Some(as_of),
            ..self
        }
    }
}

/// The as-of date of a recap: the last column of its CSV (a field of its JSON).
pub const AS_OF: Column = col("as_of", "As of", "Per tanggal");

/// The leading cell of a total row: `total` in CSV and JSON, the word in tables. A year
/// is a number, so a `total` in the year column is never a year's row.
pub const TOTAL: Column = col("total", "Total", "Jumlah");

/// The total of `rows`: their counts summed, column by column, the first `lead` cells
/// [`TOTAL`]. For views whose every count adds up over rows (not a stock, not a median).
pub fn total_of(rows: &[Vec<Cell>], width: usize, lead: usize) -> Vec<Cell> {
    (0..width)
        .map(|i| {
            if i < lead {
                Cell::Label(TOTAL)
            } else {
                Cell::Int(
                    rows.iter()
                        .map(|r| match r.get(i) {
                            Some(Cell::Int(n)) => *n,
                            _ => 0,
                        })
                        .sum(),
                )
            }
        })
        .collect()
}

/// The view with a row after its rows: their total over the years shown.
pub fn with_total(mut view: View) -> View {
    let total = total_of(&view.rows, view.columns.len(), 1);
    view.rows.push(total);
    view
}

/// Whether a row is a total row (its first cell is [`TOTAL`]).
pub fn is_total(row: &[Cell]) -> bool {
    matches!(row.first(), Some(Cell::Label(c)) if c.key == TOTAL.key)
}

/// A count of a year's cohort: its column, and the condition its cases meet as of the
/// recap's date. Storage turns the condition into SQL; tests evaluate it in Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub column: Column,
    pub pred: Pred,
}

/// The paper's Table 1, in its order.
pub const PAPER: &[Column] = &[
    col("year", "Year", "Tahun"),
    col(
        "entered",
        "Number of cases entered",
        "Jumlah sengketa masuk",
    ),
    col(
        "not_qualified",
        "Case that doesn't qualify",
        "Tidak memenuhi syarat",
    ),
    col("qualified", "Case that qualifies", "Memenuhi syarat"),
    col(
        "withdrawn",
        "The applicant's case was withdrawn",
        "Dicabut pemohon",
    ),
    col(
        "interim_ruling",
        "Cases are decided through a process",
        "Diputus melalui putusan sela",
    ),
    col(
        "processed",
        "Total cases in process",
        "Jumlah sengketa diproses",
    ),
    col("done", "Done", "Selesai"),
    col("in_process", "Process", "Proses"),
];

/// The paper's counted columns (the others are derived from them), in [`PaperRow`]'s
/// order: the definitions of the recap, for the SQL that counts them and the per-year
/// counters the database keeps.
pub fn paper_counts() -> Vec<(&'static str, Pred)> {
    vec![
        ("entered", Pred::always()),
        ("not_qualified", Pred::Set(Field::NotQualified)),
        ("qualified", Pred::Set(Field::Qualified)),
        ("withdrawn", Pred::Set(Field::Withdrawn)),
        ("interim_ruling", rules::decided_via(Via::Interim)),
        (
            "done",
            Pred::All(vec![
                Pred::Set(Field::Qualified),
                Pred::Set(Field::Closed),
                Pred::Is(Field::DecisionVia, Via::Interim.as_str()).not(),
            ]),
        ),
    ]
}

/// The counts of one year's cohort, as of a date. The derived columns are computed here,
/// never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PaperRow {
    pub year: i32,
    /// Cases received in the year.
    pub entered: i64,
    /// Of them, found not to qualify.
    pub not_qualified: i64,
    /// Of them, found to qualify.
    pub qualified: i64,
    /// Of them, withdrawn at any stage.
    pub withdrawn: i64,
    /// Of them, ended by an interim ruling.
    pub interim_ruling: i64,
    /// Of the processed ones (qualified, not ended by an interim ruling), those done.
    pub done: i64,
}

impl PaperRow {
    /// The row of counts in [`paper_counts`] order.
    pub fn from_counts(year: i32, c: [i64; 6]) -> PaperRow {
        PaperRow {
            year,
            entered: c[0],
            not_qualified: c[1],
            qualified: c[2],
            withdrawn: c[3],
            interim_ruling: c[4],
            done: c[5],
        }
    }

    pub fn zero(year: i32) -> PaperRow {
        PaperRow {
            year,
            ..PaperRow::default()
        }
    }

    pub fn processed(&self) -> i64 {
        self.qualified - self.interim_ruling
    }

    pub fn in_process(&self) -> i64 {
        self.processed() - self.done
    }

    /// The value of a column by its key.
    pub fn get(&self, key: &str) -> Option<i64> {
        Some(match key {
            "year" => self.year as i64,
            "entered" => self.entered,
            "not_qualified" => self.not_qualified,
            "qualified" => self.qualified,
            "withdrawn" => self.withdrawn,
            "interim_ruling" => self.interim_ruling,
            "processed" => self.processed(),
            "done" => self.done,
            "in_process" => self.in_process(),
            _ => return None,
        })
    }
}

/// The paper's view of some years: every year of `years` (zeros where no case), or the
/// rows as given when no range was asked for.
pub fn paper_view(rows: &[PaperRow], years: Option<(i32, i32)>) -> View {
    let rows = fill_years(rows, years, |r| r.year, PaperRow::zero);
    View::new(
        PAPER.to_vec(),
        rows.iter()
            .map(|r| {
                PAPER
                    .iter()
                    .map(|c| Cell::Int(r.get(&c.key).expect("a paper key")))
                    .collect()
            })
            .collect(),
    )
}

/// Rows for each year of the range, a zero row where there was none.
pub fn fill_years<T: Clone>(
    rows: &[T],
    years: Option<(i32, i32)>,
    year_of: impl Fn(&T) -> i32,
    zero: impl Fn(i32) -> T,
) -> Vec<T> {
    match years {
        None => rows.to_vec(),
        Some((from, to)) => (from..=to)
            .map(|y| {
                rows.iter()
                    .find(|r| year_of(r) == y)
                    .cloned()
                    .unwrap_or_else(|| zero(y))
            })
            .collect(),
    }
}

mod views;

pub use views::{
    BY_BODY_KIND_LEAD, BY_BODY_LEAD, BY_GROUND_LEAD, BY_OUTCOME_LEAD, FLOW, by_body, by_body_view,
    by_outcome, columns, flow_view, grouped_view,
};

pub mod backlog;
pub mod by_person;
pub mod check;
pub mod days;
pub mod intake;
pub mod mediation;
pub mod several;

pub use check::{
    Explanation, FLOW_READ, Problem, Published, Unexamined, check, check_flow, check_total,
    flow_read, is_flow, is_flow_key,
};

#[cfg(test)]
mod tests {
    use super::*;

    fn row(year: i32, c: [i64; 6]) -> PaperRow {
        PaperRow::from_counts(year, c)
    }

    #[test]
    fn derived_columns() {
        let r = row(2017, [43, 1, 40, 5, 7, 33]);
        assert_eq!(r.processed(), 33);
        assert_eq!(r.in_process(), 0);
        let v = paper_view(&[r], Some((2016, 2017)));
        assert_eq!(v.rows.len(), 2);
        assert_eq!(
            v.rows[0][1],
            Cell::Int(0),
            "a year without cases is a row of zeros"
        );
        assert_eq!(v.rows[1][6], Cell::Int(33));
        let v = with_total(paper_view(&[r, row(2018, [11, 0, 11, 1, 1, 10])], None));
        let total: Vec<Cell> = [54, 1, 51, 6, 8, 43, 43, 0]
            .into_iter()
            .map(Cell::Int)
            .collect();
        assert!(is_total(&v.rows[2]) && !is_total(&v.rows[1]));
        assert_eq!(v.rows[2][1..], total[..]);
    }
}
