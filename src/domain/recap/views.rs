//! The recap views other than the paper's: per disposition (`--by outcome`), per public
//! body (`--by body`, whose disposition columns partition the cases entered), and stock
//! and flow (`--flow`); each with its total rows.

use super::{Cell, Column, Counted, TOTAL, View, col};
use crate::domain::rules::{self, Field, Pred};
use crate::domain::{Lang, Reason};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Not;

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
            "Dicabut sebelum dinyatakan memenuhi syarat",
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
            "Dicabut sesudah dinyatakan memenuhi syarat",
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

/// `recap --by body`: per year and public body (the two leading columns), the cases
/// entered, then where each of them stands as of the date. The columns after `entered`
/// partition the cases entered: every case is counted in exactly
/// one of them (awaiting the qualification check; does not qualify; withdrawn, at any
/// stage; decided, by outcome, whether closed or not; qualified and neither withdrawn nor
/// decided), so a row's partition columns add up to its `entered`.
pub fn by_body() -> Vec<Counted> {
    let mut v = vec![
        counted(ENTERED, Pred::always()),
        counted(
            col(
                "awaiting_qualification",
                "Awaiting qualification",
                "Belum diperiksa syaratnya",
            ),
            Pred::All(vec![
                Pred::Set(Field::Qualified).not(),
                Pred::Set(Field::NotQualified).not(),
                Pred::Set(Field::Withdrawn).not(),
            ]),
        ),
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
            Pred::Set(Field::Withdrawn).not(),
            Pred::Set(Field::Decided).not(),
        ]),
    ));
    v
}

/// `recap --by body` from its rows (year, body, counts; a year's bodies together): after
/// each year's bodies a row of their total (`total` as the body), and at the end the
/// total over the years shown (`total` as the year and the body).
pub fn by_body_view(counts: &[Counted], rows: Vec<Vec<Cell>>) -> View {
    grouped_view(BY_BODY_LEAD, counts, rows)
}

/// A view of rows grouped by year (the first leading column) under `lead`: each year's
/// rows, then its total, and a total of the years at the end.
pub fn grouped_view(lead: &[Column], counts: &[Counted], rows: Vec<Vec<Cell>>) -> View {
    let width = lead.len() + counts.len();
    let mut out = Vec::with_capacity(rows.len() + 4);
    let mut year_totals = Vec::new();
    let mut rows = rows.into_iter().peekable();
    while let Some(first) = rows.next() {
        let year = first[0].clone();
        let mut group = vec![first];
        while let Some(next) = rows.next_if(|r| r[0] == year) {
            group.push(next);
        }
        let mut total = super::total_of(&group, width, lead.len());
        total[0] = year;
        out.extend(group);
        out.push(total.clone());
        year_totals.push(total);
    }
    out.push(super::total_of(&year_totals, width, lead.len()));
    View::new(columns(lead, counts), out)
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
/// The leading columns of `recap --by body-kind`.
pub const BY_BODY_KIND_LEAD: &[Column] = &[
    YEAR,
    col("body_kind", "Kind of public body", "Jenis badan publik"),
];

/// `recap --by ground`: the year and the ground of the objection lead.
pub const BY_GROUND_LEAD: &[Column] = &[
    YEAR,
    col("ground", "Ground of objection", "Alasan keberatan"),
];

/// `recap --flow`: stock and flow per year (open = entered and not done).
pub const FLOW: &[Column] = &[
    YEAR,
    col("open_at_start", "Open at start of year", "Sisa awal"),
    col("received", "Received", "Masuk"),
    col("finished", "Finished", "Diselesaikan tahun ini"),
    col("open_at_end", "Open at end of year", "Sisa akhir"),
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
        _ => return View::new(FLOW.to_vec(), vec![flow_total(&[])]),
    };
    let before = |m: &BTreeMap<i32, i64>, y: i32| m.range(..y).map(|(_, n)| n).sum::<i64>();
    let mut rows: Vec<Vec<Cell>> = (from..=to)
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
    rows.push(flow_total(&rows));
    View::new(FLOW.to_vec(), rows)
}

/// The total of flow rows over their years: open at the start of the first, received and
/// finished in all of them, open at the end of the last.
fn flow_total(rows: &[Vec<Cell>]) -> Vec<Cell> {
    let int = |r: Option<&Vec<Cell>>, i: usize| match r.map(|r| &r[i]) {
        Some(Cell::Int(n)) => *n,
        _ => 0,
    };
    let sum = |i: usize| rows.iter().map(|r| int(Some(r), i)).sum::<i64>();
    vec![
        Cell::Label(TOTAL),
        Cell::Int(int(rows.first(), 1)),
        Cell::Int(sum(2)),
        Cell::Int(sum(3)),
        Cell::Int(int(rows.last(), 4)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

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
                vec![2019, 4, 0, 4, 0],
                vec![-1, 0, 54, 54, 0],
            ]
        );
        assert!(super::super::is_total(&v.rows[3]));
    }

    /// Every path a case can take, as of dates before, between and after its steps: the
    /// columns of `--by body` after `entered` hold it exactly once.
    #[test]
    fn by_body_partitions_every_path_at_every_date() {
        use crate::domain::Date;
        use crate::domain::lifecycle::{Action, Facts};
        let d = |s: &str| Date::parse(s).unwrap();
        let mut steps = vec![Action::Qualify, Action::Withdraw, Action::Close];
        steps.extend(Reason::ALL.iter().map(|r| Action::Reject(*r)));
        for (via, outcomes) in rules::ROUTES {
            for (outcome, _) in *outcomes {
                steps.push(Action::Decide {
                    via: *via,
                    outcome: *outcome,
                    decision_no: None,
                });
            }
        }
        let mut all = vec![Facts::new(d("2017-01-02"))];
        let mut i = 0;
        while i < all.len() {
            for a in &steps {
                let on = d(&format!("2017-0{}-10", 2 + all[i].path().len()));
                if let Ok(next) = all[i].apply("t", a, on) {
                    all.push(next);
                }
            }
            i += 1;
        }
        assert!(all.len() > 20, "{} paths", all.len());
        let counts = by_body();
        assert_eq!(counts[0].column.key, "entered");
        for f in &all {
            for as_of in [
                "2017-01-02",
                "2017-02-15",
                "2017-03-15",
                "2017-04-15",
                "2018-01-01",
            ] {
                let holding: Vec<&str> = counts[1..]
                    .iter()
                    .filter(|c| c.pred.eval(f, Some(d(as_of))))
                    .map(|c| &*c.column.key)
                    .collect();
                assert_eq!(holding.len(), 1, "{f:?} as of {as_of}: {holding:?}");
            }
        }
    }
}
