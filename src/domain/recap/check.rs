//! `recap check`: a published recap table against the register's figures, each row's own
//! arithmetic, and what the register can explain of a gap.

use super::views::FLOW;
use super::{Cell, Column, PAPER, PaperRow, View, col};
use std::collections::BTreeMap;

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
    /// Withdrawn (by the as-of date) before any qualification outcome; else still
    /// awaiting the qualification check.
    pub withdrawn_on: Option<crate::domain::Date>,
}

/// The other names of a published flow table's (Arus perkara) columns that `recap check`
/// reads besides `recap --flow`'s own keys and labels: each header (a key or a label) and
/// the key it stands for. `carried_in` and `carried_out` are the words of commissions'
/// press statements.
pub const FLOW_READ: &[(Column, &str)] = &[
    (
        col("carried_in", "Carried in", "Sisa awal"),
        "open_at_start",
    ),
    (col("entered_in_year", "Entered", "Masuk"), "received"),
    (
        col("finished_in_year", "Ended within the year", "Diselesaikan"),
        "finished",
    ),
    (
        col("carried_out", "Carried out", "Sisa akhir"),
        "open_at_end",
    ),
];

/// Every column of a flow table as `recap check` reads it: `recap --flow`'s own (after
/// the year), then [`FLOW_READ`].
pub fn flow_read() -> impl Iterator<Item = (&'static Column, &'static str)> {
    FLOW[1..]
        .iter()
        .map(|c| {
            (
                c,
                match &c.key {
                    std::borrow::Cow::Borrowed(k) => *k,
                    std::borrow::Cow::Owned(_) => unreachable!("the flow's keys are constants"),
                },
            )
        })
        .chain(FLOW_READ.iter().map(|(c, k)| (c, *k)))
}

/// The flow keys, in `recap --flow`'s order.
const FLOW_KEYS: [&str; 4] = ["open_at_start", "received", "finished", "open_at_end"];

/// Whether a key is a flow table's count (Arus perkara), not Table 1's.
pub fn is_flow_key(key: &str) -> bool {
    FLOW_KEYS.contains(&key)
}

/// Whether a published table is a flow table: some of its cells are flow counts.
pub fn is_flow(published: &[Published]) -> bool {
    published
        .iter()
        .any(|p| p.cells.keys().any(|k| FLOW_KEYS.contains(k)))
}

/// A published flow table against `recap --flow`'s view of its years (no total row
/// needed): each cell that differs, and each row whose own arithmetic does not add up
/// (carried out = carried in + received − finished; a year's carried in = the year
/// before's carried out).
pub fn check_flow(published: &[Published], register: &View) -> CheckReport {
    let mut report = CheckReport::default();
    let reg = |year: i32, key: &str| -> i64 {
        let i = register.columns.iter().position(|c| c.key == key);
        register
            .rows
            .iter()
            .find(|r| r.first() == Some(&Cell::Int(year.into())))
            .and_then(|r| match i.and_then(|i| r.get(i)) {
                Some(Cell::Int(n)) => Some(*n),
                _ => None,
            })
            .unwrap_or(0)
    };
    for p in published {
        for key in FLOW_KEYS {
            if let Some(&v) = p.cells.get(key) {
                let r = reg(p.year, key);
                if v != r {
                    report.differences.push((p.year, key, v, r));
                }
            }
        }
        let get = |k: &str| p.cells.get(k).copied();
        if let (Some(a), Some(b), Some(c), Some(d)) = (
            get("open_at_start"),
            get("received"),
            get("finished"),
            get("open_at_end"),
        ) && a + b - c != d
        {
            report.problems.push(Problem::Flow {
                year: p.year,
                carried_in: a,
                received: b,
                finished: c,
                carried_out: d,
            });
        }
        let before = published.iter().find(|q| q.year + 1 == p.year);
        if let (Some(start), Some(end)) = (
            get("open_at_start"),
            before.and_then(|q| q.cells.get("open_at_end").copied()),
        ) && start != end
        {
            report.problems.push(Problem::Carried {
                year: p.year,
                carried_in: start,
                before: end,
            });
        }
    }
    report
}

/// A published row whose own arithmetic does not add up; the command layer words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// entered ≠ not_qualified + qualified, by `gap` cases, where the register has
    /// `unexamined` cases of the year with no qualification outcome (not `gap` of them).
    Gap {
        year: i32,
        entered: i64,
        not_qualified: i64,
        qualified: i64,
        gap: i64,
        unexamined: usize,
    },
    /// processed ≠ qualified − interim_ruling.
    Processed {
        year: i32,
        processed: i64,
        qualified: i64,
        interim_ruling: i64,
    },
    /// processed ≠ done + in_process.
    Done {
        year: i32,
        processed: i64,
        done: i64,
        in_process: i64,
    },
    /// A count (`key`) larger than entered.
    Larger {
        year: i32,
        key: &'static str,
        value: i64,
        entered: i64,
    },
    /// A flow row: carried out ≠ carried in + received − finished.
    Flow {
        year: i32,
        carried_in: i64,
        received: i64,
        finished: i64,
        carried_out: i64,
    },
    /// A flow row's carried in ≠ the year before's carried out.
    Carried {
        year: i32,
        carried_in: i64,
        before: i64,
    },
    /// A cell of the total row that is not the sum of the years' cells.
    Total {
        key: &'static str,
        published: i64,
        sum: i64,
    },
}

/// A gap in entered = not_qualified + qualified that the register explains: as many cases
/// received in the year with no qualification outcome (yet) as the gap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    pub year: i32,
    pub entered: i64,
    pub not_qualified: i64,
    pub qualified: i64,
    pub gap: i64,
    pub cases: Vec<Unexamined>,
}

/// What `recap check` found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckReport {
    /// (year, key, published, register)
    pub differences: Vec<(i32, &'static str, i64, i64)>,
    /// Rows whose own arithmetic does not add up.
    pub problems: Vec<Problem>,
    /// What the register says about gaps in the published arithmetic.
    pub explanations: Vec<Explanation>,
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
            if let Some(&v) = p.cells.get(&*c.key) {
                let r = reg.get(&c.key).expect("a paper key");
                if v != r {
                    report.differences.push((p.year, &c.key, v, r));
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
                    report.explanations.push(Explanation {
                        year: y,
                        entered: e,
                        not_qualified: nq,
                        qualified: q,
                        gap,
                        cases: cases.to_vec(),
                    });
                } else {
                    report.problems.push(Problem::Gap {
                        year: y,
                        entered: e,
                        not_qualified: nq,
                        qualified: q,
                        gap,
                        unexamined: cases.len(),
                    });
                }
            }
        }
        if let (Some(p_), Some(q), Some(i)) =
            (get("processed"), get("qualified"), get("interim_ruling"))
            && p_ != q - i
        {
            report.problems.push(Problem::Processed {
                year: y,
                processed: p_,
                qualified: q,
                interim_ruling: i,
            });
        }
        if let (Some(p_), Some(d), Some(ip)) = (get("processed"), get("done"), get("in_process"))
            && p_ != d + ip
        {
            report.problems.push(Problem::Done {
                year: y,
                processed: p_,
                done: d,
                in_process: ip,
            });
        }
        if let Some(e) = get("entered") {
            for c in &PAPER[2..] {
                if let Some(v) = get(&c.key)
                    && v > e
                {
                    report.problems.push(Problem::Larger {
                        year: y,
                        key: &c.key,
                        value: v,
                        entered: e,
                    });
                }
            }
        }
    }
    report
}

/// The cells of a published total row that are not the sum of the rows' cells: (key,
/// published total, sum). A key some row leaves out is not summed.
pub fn check_total(published: &[Published], total: &Published) -> Vec<(&'static str, i64, i64)> {
    total
        .cells
        .iter()
        .filter_map(|(&key, &t)| {
            let cells: Option<Vec<i64>> = published
                .iter()
                .map(|p| p.cells.get(key).copied())
                .collect();
            let cells = cells?;
            // A stock is not summed: the total's is the first year's (at the start) or the
            // last year's (at the end).
            let sum: i64 = match key {
                "open_at_start" => *cells.first()?,
                "open_at_end" => *cells.last()?,
                _ => cells.iter().sum(),
            };
            (sum != t).then_some((key, t, sum))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(year: i32, c: [i64; 6]) -> PaperRow {
        PaperRow::from_counts(year, c)
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
    fn the_paper_checks_out_with_its_gap_explained() {
        let reg = [row(2017, [43, 1, 40, 5, 7, 33])];
        let un = BTreeMap::from([(
            2017,
            vec![
                Unexamined {
                    register_no: "004/II/X/2017".into(),
                    withdrawn_on: crate::domain::Date::parse("2017-03-01").ok(),
                },
                Unexamined {
                    register_no: "019/V/X/2017".into(),
                    withdrawn_on: None,
                },
            ],
        )]);
        let rep = check(&[published(2017, PAPER_2017)], &reg, &un);
        assert!(rep.ok(), "{rep:?}");
        assert_eq!(rep.explanations.len(), 1);
        let ex = &rep.explanations[0];
        assert_eq!((ex.year, ex.entered, ex.gap), (2017, 43, 2));
        assert_eq!(ex.cases, un[&2017]);
        // Without the register's two cases, the gap is a problem.
        let rep = check(&[published(2017, PAPER_2017)], &reg, &BTreeMap::new());
        assert!(!rep.ok());
        assert_eq!(
            rep.problems[0],
            Problem::Gap {
                year: 2017,
                entered: 43,
                not_qualified: 1,
                qualified: 40,
                gap: 2,
                unexamined: 0
            }
        );
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
        assert!(rep.problems.contains(&Problem::Processed {
            year: 2018,
            processed: 9,
            qualified: 11,
            interim_ruling: 1
        }));
        assert!(rep.problems.contains(&Problem::Done {
            year: 2018,
            processed: 9,
            done: 10,
            in_process: 0
        }));
        assert!(rep.problems.contains(&Problem::Larger {
            year: 2018,
            key: "withdrawn",
            value: 12,
            entered: 11
        }));
    }

    #[test]
    fn a_total_row_is_the_sum_of_the_rows() {
        let rows = [
            published(2017, &[("entered", 43), ("done", 33)]),
            published(2018, &[("entered", 11)]),
        ];
        let total = published(0, &[("entered", 55), ("done", 33)]);
        // done is not given for 2018: not summed.
        assert_eq!(check_total(&rows, &total), vec![("entered", 55, 54)]);
        let total = published(0, &[("entered", 54)]);
        assert!(check_total(&rows, &total).is_empty());
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
}
