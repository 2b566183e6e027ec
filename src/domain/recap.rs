//! Recap arithmetic: the paper's yearly table (a cohort of the cases received each year),
//! the other views analysts ask for, and the check of a published table against the
//! register. Counts come from storage; what they mean and how they combine is here.

use super::Lang;
use std::collections::BTreeMap;

/// A column of a recap view: its CSV/JSON key and its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub key: &'static str,
    pub en: &'static str,
    pub id: &'static str,
}

impl Column {
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Id => self.id,
        }
    }
}

const fn col(key: &'static str, en: &'static str, id: &'static str) -> Column {
    Column { key, en, id }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Int(i64),
    Text(String),
}

/// A computed recap: what every rendering (table, CSV, JSON, Markdown) prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub columns: &'static [Column],
    pub rows: Vec<Vec<Cell>>,
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
        columns: PAPER,
        rows: rows
            .iter()
            .map(|r| {
                PAPER
                    .iter()
                    .map(|c| Cell::Int(r.get(c.key).expect("a paper key")))
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
const INTERIM: Column = col("interim_ruling", "Interim ruling", "Putusan sela");
const AGREEMENT: Column = col(
    "mediation_agreement",
    "Mediation agreement",
    "Putusan mediasi",
);
const GRANTED: Column = col("granted", "Granted", "Dikabulkan seluruhnya");
const PARTLY: Column = col("partly_granted", "Partly granted", "Dikabulkan sebagian");
const REJECTED: Column = col("rejected", "Rejected", "Ditolak");
const DISMISSED: Column = col("dismissed", "Dismissed", "Tidak dapat diterima");
const LAPSED: Column = col("lapsed", "Lapsed", "Gugur");

/// `recap --by body`.
pub const BY_BODY: &[Column] = &[
    YEAR,
    col("public_body", "Public body", "Badan publik"),
    ENTERED,
    col("not_qualified", "Doesn't qualify", "Tidak memenuhi syarat"),
    col("withdrawn", "Withdrawn", "Dicabut"),
    INTERIM,
    AGREEMENT,
    GRANTED,
    PARTLY,
    REJECTED,
    DISMISSED,
    LAPSED,
    col("in_process", "In process", "Proses"),
];

/// `recap --by outcome`: every disposition of a year's cohort; the row adds up to entered.
pub const BY_OUTCOME: &[Column] = &[
    YEAR,
    ENTERED,
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
    col(
        "withdrawn_before_qualification",
        "Withdrawn before qualification",
        "Dicabut sebelum registrasi",
    ),
    col(
        "withdrawn_after_qualification",
        "Withdrawn after qualification",
        "Dicabut setelah registrasi",
    ),
    INTERIM,
    AGREEMENT,
    GRANTED,
    PARTLY,
    REJECTED,
    DISMISSED,
    LAPSED,
    col("still_open", "Still open (no disposition)", "Belum diputus"),
];

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
                columns: FLOW,
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
        columns: FLOW,
        rows,
    }
}

/// A row of a published recap: the cells it gives (missing keys are simply absent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub year: i32,
    pub line: u64,
    pub cells: BTreeMap<&'static str, i64>,
}

/// A case of the register that has no qualification outcome, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unexamined {
    pub register_no: String,
    pub why: String,
}

/// What `recap check` found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckReport {
    /// (year, key, published, register)
    pub differences: Vec<(i32, &'static str, i64, i64)>,
    /// Rows whose own arithmetic does not add up.
    pub problems: Vec<String>,
    /// What the register says about gaps in the published arithmetic.
    pub explanations: Vec<String>,
}

impl CheckReport {
    pub fn ok(&self) -> bool {
        self.differences.is_empty() && self.problems.is_empty()
    }
}

/// Compares a published table with the register's figures, checks each published row's
/// own arithmetic, and explains what the register can explain.
pub fn check(
    published: &[Published],
    register: &[PaperRow],
    unexamined: &BTreeMap<i32, Vec<Unexamined>>,
) -> CheckReport {
    let mut report = CheckReport::default();
    for p in published {
        let reg = register
            .iter()
            .find(|r| r.year == p.year)
            .copied()
            .unwrap_or_else(|| PaperRow::zero(p.year));
        for c in &PAPER[1..] {
            if let Some(&v) = p.cells.get(c.key) {
                let r = reg.get(c.key).expect("a paper key");
                if v != r {
                    report.differences.push((p.year, c.key, v, r));
                }
            }
        }
        let get = |k: &str| p.cells.get(k).copied();
        let y = p.year;
        if let (Some(e), Some(nq), Some(q)) =
            (get("entered"), get("not_qualified"), get("qualified"))
        {
            let gap = e - nq - q;
            let cases = unexamined.get(&y).map(Vec::as_slice).unwrap_or(&[]);
            if gap != 0 {
                if gap == cases.len() as i64 {
                    let list: Vec<String> = cases
                        .iter()
                        .map(|u| format!("{} ({})", u.register_no, u.why))
                        .collect();
                    report.explanations.push(format!(
                        "{y}: entered {e} = not_qualified {nq} + qualified {q} + {gap} not yet examined: \
                         {gap} case{} received in {y} ha{} no qualification outcome: {}",
                        if gap == 1 { "" } else { "s" },
                        if gap == 1 { "s" } else { "ve" },
                        list.join(", ")
                    ));
                } else {
                    report.problems.push(format!(
                        "{y}: entered {e} ≠ not_qualified {nq} + qualified {q} (= {}): {gap} case{} unaccounted for, \
                         but the register has {} case{} received in {y} with no qualification outcome",
                        nq + q,
                        if gap.abs() == 1 { " is" } else { "s are" },
                        cases.len(),
                        if cases.len() == 1 { "" } else { "s" },
                    ));
                }
            }
        }
        if let (Some(p_), Some(q), Some(i)) =
            (get("processed"), get("qualified"), get("interim_ruling"))
            && p_ != q - i
        {
            report.problems.push(format!(
                "{y}: processed {p_} ≠ qualified {q} − interim_ruling {i} (= {})",
                q - i
            ));
        }
        if let (Some(p_), Some(d), Some(ip)) = (get("processed"), get("done"), get("in_process"))
            && p_ != d + ip
        {
            report.problems.push(format!(
                "{y}: processed {p_} ≠ done {d} + in_process {ip} (= {})",
                d + ip
            ));
        }
        if let Some(e) = get("entered") {
            for c in &PAPER[2..] {
                if let Some(v) = get(c.key)
                    && v > e
                {
                    report
                        .problems
                        .push(format!("{y}: {} {v} is larger than entered {e}", c.key));
                }
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(year: i32, c: [i64; 6]) -> PaperRow {
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

    fn published(year: i32, cells: &[(&'static str, i64)]) -> Published {
        Published {
            year,
            line: 2,
            cells: cells.iter().copied().collect(),
        }
    }

    const PAPER_2017: &[(&str, i64)] = &[
        ("entered", 43),
        ("not_qualified", 1),
        ("qualified", 40),
        ("withdrawn", 5),
        ("interim_ruling", 7),
        ("processed", 33),
        ("done", 33),
        ("in_process", 0),
    ];

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
    fn the_paper_checks_out_with_its_gap_explained() {
        let reg = [row(2017, [43, 1, 40, 5, 7, 33])];
        let un = BTreeMap::from([(
            2017,
            vec![
                Unexamined {
                    register_no: "004/II/X/2017".into(),
                    why: "withdrawn before qualification".into(),
                },
                Unexamined {
                    register_no: "019/V/X/2017".into(),
                    why: "withdrawn before qualification".into(),
                },
            ],
        )]);
        let rep = check(&[published(2017, PAPER_2017)], &reg, &un);
        assert!(rep.ok(), "{rep:?}");
        assert_eq!(rep.explanations.len(), 1);
        assert!(
            rep.explanations[0]
                .contains("2 cases received in 2017 have no qualification outcome: 004/II/X/2017")
        );
        // Without the register's two cases, the gap is a problem.
        let rep = check(&[published(2017, PAPER_2017)], &reg, &BTreeMap::new());
        assert!(!rep.ok());
        assert!(rep.problems[0].starts_with("2017: entered 43 ≠ not_qualified 1 + qualified 40"));
    }

    #[test]
    fn differences_and_arithmetic() {
        let reg = [row(2018, [11, 0, 11, 1, 1, 10])];
        let mut cells = vec![
            ("entered", 11),
            ("not_qualified", 0),
            ("qualified", 11),
            ("interim_ruling", 1),
        ];
        cells.push(("processed", 9));
        cells.push(("done", 10));
        cells.push(("in_process", 0));
        cells.push(("withdrawn", 12));
        let rep = check(&[published(2018, &cells)], &reg, &BTreeMap::new());
        assert_eq!(
            rep.differences,
            vec![(2018, "withdrawn", 12, 1), (2018, "processed", 9, 10)]
        );
        assert_eq!(rep.problems.len(), 3, "{:?}", rep.problems);
        assert!(
            rep.problems
                .iter()
                .any(|p| p.contains("processed 9 ≠ qualified 11 − interim_ruling 1"))
        );
        assert!(
            rep.problems
                .iter()
                .any(|p| p.contains("processed 9 ≠ done 10 + in_process 0"))
        );
        assert!(
            rep.problems
                .iter()
                .any(|p| p.contains("withdrawn 12 is larger than entered 11"))
        );
    }

    #[test]
    fn missing_keys_skip_their_rules() {
        let reg = [row(2018, [11, 0, 11, 1, 1, 10])];
        let rep = check(
            &[published(2018, &[("entered", 11), ("done", 10)])],
            &reg,
            &BTreeMap::new(),
        );
        assert!(rep.ok());
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
