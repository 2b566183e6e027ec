//! Recap arithmetic: the paper's yearly table (a cohort of the cases received each year),
//! the other views analysts ask for, and the check of a published table against the
//! register. Counts come from storage; what they mean and how they combine is here.

use super::rules::{self, Field, Pred};
use super::{Lang, Reason, Via};
use std::borrow::Cow;
use std::collections::BTreeMap;
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
    View {
        columns: PAPER.to_vec(),
        rows: rows
            .iter()
            .map(|r| {
                PAPER
                    .iter()
                    .map(|c| Cell::Int(r.get(&c.key).expect("a paper key")))
                    .collect()
            })
            .collect(),
    }
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

// Columns that several views share.
const YEAR: Column = col("year", "Year", "Tahun");
const ENTERED: Column = col("entered", "Entered", "Masuk");

/// Labels of columns made from the vocabularies, where a shorter one reads better in a
/// table than the vocabulary's own; a column not listed takes its vocabulary's label.
const LABELS: &[Column] = &[
    col("interim_ruling", "Interim ruling", "Putusan sela"),
    col(
        "mediation_agreement",
        "Mediation agreement",
        "Putusan mediasi",
    ),
    col("granted", "Granted", "Dikabulkan seluruhnya"),
    col("partly_granted", "Partly granted", "Dikabulkan sebagian"),
    col("rejected", "Rejected", "Ditolak"),
    col("dismissed", "Dismissed", "Tidak dapat diterima"),
    col("lapsed", "Lapsed", "Gugur"),
    col(
        "not_qualified_incomplete",
        "Not qualified: incomplete",
        "TMS: tidak lengkap",
    ),
    col(
        "not_qualified_late",
        "Not qualified: late",
        "TMS: melewati tenggat",
    ),
    col(
        "not_qualified_no_standing",
        "Not qualified: no standing",
        "TMS: tanpa kedudukan hukum",
    ),
    col(
        "not_qualified_no_authority",
        "Not qualified: no authority",
        "TMS: bukan kewenangan",
    ),
    col(
        "not_qualified_no_objection",
        "Not qualified: no objection",
        "TMS: tanpa keberatan",
    ),
    col(
        "not_qualified_other",
        "Not qualified: other",
        "TMS: lainnya",
    ),
];

/// A column made from a vocabulary: its listed label, else `en`/`id` as given.
fn made(key: String, en: String, id: String) -> Column {
    LABELS
        .iter()
        .find(|c| c.key == key)
        .cloned()
        .unwrap_or(Column {
            key: Cow::Owned(key),
            en: Cow::Owned(en),
            id: Cow::Owned(id),
        })
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// One column per decision column of the routes table.
fn decisions() -> Vec<Counted> {
    rules::decision_columns()
        .into_iter()
        .map(|(key, pairs)| {
            let (via, outcome) = pairs[0];
            let (en, id) = if pairs.len() > 1 {
                (via.label(Lang::En), via.label(Lang::Id))
            } else {
                (outcome.label(Lang::En), outcome.label(Lang::Id))
            };
            Counted {
                column: made(key.to_string(), capitalised(en), capitalised(id)),
                pred: Pred::Any(
                    pairs
                        .into_iter()
                        .map(|(v, o)| rules::decided(v, o))
                        .collect(),
                ),
            }
        })
        .collect()
}

fn counted(column: Column, pred: Pred) -> Counted {
    Counted { column, pred }
}

/// `recap --by outcome`: every disposition of a year's cohort; the row adds up to
/// entered. The leading column is the year.
pub fn by_outcome() -> Vec<Counted> {
    let mut v = vec![counted(ENTERED, Pred::always())];
    for r in Reason::ALL {
        v.push(counted(
            made(
                format!("not_qualified_{}", r.as_str()),
                format!("Not qualified: {}", r.label(Lang::En)),
                format!("TMS: {}", r.label(Lang::Id)),
            ),
            Pred::All(vec![
                Pred::Set(Field::NotQualified),
                Pred::Is(Field::NotQualifiedReason, r.as_str()),
            ]),
        ));
    }
    v.push(counted(
        col(
            "withdrawn_before_qualification",
            "Withdrawn before qualification",
            "Dicabut sebelum registrasi",
        ),
        Pred::All(vec![
            Pred::Set(Field::Withdrawn),
            Pred::Set(Field::Qualified).not(),
        ]),
    ));
    v.push(counted(
        col(
            "withdrawn_after_qualification",
            "Withdrawn after qualification",
            "Dicabut setelah registrasi",
        ),
        Pred::All(vec![
            Pred::Set(Field::Withdrawn),
            Pred::Set(Field::Qualified),
        ]),
    ));
    v.extend(decisions());
    v.push(counted(
        col("still_open", "Still open (no disposition)", "Belum diputus"),
        Pred::All(vec![
            Pred::Set(Field::NotQualified).not(),
            Pred::Set(Field::Withdrawn).not(),
            Pred::Set(Field::Decided).not(),
        ]),
    ));
    v
}

/// `recap --by body`: per year and public body (the two leading columns).
pub fn by_body() -> Vec<Counted> {
    let mut v = vec![
        counted(ENTERED, Pred::always()),
        counted(
            col("not_qualified", "Doesn't qualify", "Tidak memenuhi syarat"),
            Pred::Set(Field::NotQualified),
        ),
        counted(
            col("withdrawn", "Withdrawn", "Dicabut"),
            Pred::Set(Field::Withdrawn),
        ),
    ];
    v.extend(decisions());
    v.push(counted(
        col("in_process", "In process", "Proses"),
        Pred::All(vec![
            Pred::Set(Field::Qualified),
            rules::decided_via(Via::Interim).not(),
            Pred::Set(Field::Closed).not(),
        ]),
    ));
    v
}

/// The columns of a view: its leading columns, then its counts'.
pub fn columns(leading: &[Column], counts: &[Counted]) -> Vec<Column> {
    leading
        .iter()
        .cloned()
        .chain(counts.iter().map(|c| c.column.clone()))
        .collect()
}

/// The leading columns of `recap --by outcome`.
pub const BY_OUTCOME_LEAD: &[Column] = &[YEAR];
/// The leading columns of `recap --by body`.
pub const BY_BODY_LEAD: &[Column] = &[YEAR, col("public_body", "Public body", "Badan publik")];

/// `recap --flow`: stock and flow per year (open = entered and not done).
pub const FLOW: &[Column] = &[
    YEAR,
    col("open_at_start", "Open at start of year", "Sisa awal tahun"),
    col("received", "Received", "Diterima"),
    col("finished", "Finished", "Selesai"),
    col("open_at_end", "Open at end of year", "Sisa akhir tahun"),
];

/// Stock and flow from the cases received and finished in each year: what is open at a
/// year's start is everything received before it less everything finished before it.
pub fn flow_view(
    received: &BTreeMap<i32, i64>,
    finished: &BTreeMap<i32, i64>,
    years: Option<(i32, i32)>,
) -> View {
    let first = received.keys().chain(finished.keys()).min().copied();
    let last = received.keys().chain(finished.keys()).max().copied();
    let (from, to) = match (years, first, last) {
        (Some(r), _, _) => r,
        (None, Some(a), Some(b)) => (a, b),
        _ => {
            return View {
                columns: FLOW.to_vec(),
                rows: vec![],
            };
        }
    };
    let before = |m: &BTreeMap<i32, i64>, y: i32| m.range(..y).map(|(_, n)| n).sum::<i64>();
    let rows = (from..=to)
        .map(|y| {
            let open_start = before(received, y) - before(finished, y);
            let got = received.get(&y).copied().unwrap_or(0);
            let fin = finished.get(&y).copied().unwrap_or(0);
            [y as i64, open_start, got, fin, open_start + got - fin]
                .into_iter()
                .map(Cell::Int)
                .collect()
        })
        .collect();
    View {
        columns: FLOW.to_vec(),
        rows,
    }
}

pub mod check;
pub mod several;

pub use check::{Published, Unexamined, check};

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
    }

    #[test]
    fn flow_carries_open_cases_over() {
        let received = BTreeMap::from([(2017, 43), (2018, 11)]);
        let finished = BTreeMap::from([(2017, 30), (2018, 20), (2019, 4)]);
        let v = flow_view(&received, &finished, None);
        let ints: Vec<Vec<i64>> = v
            .rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        Cell::Int(i) => *i,
                        _ => -1,
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            ints,
            vec![
                vec![2017, 0, 43, 30, 13],
                vec![2018, 13, 11, 20, 4],
                vec![2019, 4, 0, 4, 0]
            ]
        );
    }
}
