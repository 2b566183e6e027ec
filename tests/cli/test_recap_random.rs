//! Random registers: a seeded generator writes register CSV files of some 300 cases over 3–4
//! years, on every path the lifecycle allows, with random dates in all three spellings;
//! `import` loads them, and every cell of `recap` (paper layout, `--by outcome`, `--flow`)
//! at several as-of dates must equal a calculation made here from the generated rows,
//! straight from the definitions, without the code under test.

use crate::common::{COLUMNS, FLOW_KEYS, PAPER_KEYS, TestEnv, recap_csv, write};
use chrono::{Datelike, Days, NaiveDate};

/// xorshift64*: small, deterministic, good enough to pick paths and dates.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// 0..n
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
}

const REASONS: [&str; 6] = [
    "incomplete",
    "late",
    "no_standing",
    "no_authority",
    "no_objection",
    "other",
];

/// Every (via, outcome) pair a decision can have.
const DECISIONS: [(&str, &str); 8] = [
    ("interim", "dismissed"),
    ("interim", "lapsed"),
    ("mediation", "agreement"),
    ("adjudication", "granted"),
    ("adjudication", "partly_granted"),
    ("adjudication", "rejected"),
    ("adjudication", "dismissed"),
    ("adjudication", "lapsed"),
];

const BODIES: [&str; 5] = [
    "Dinas Pendidikan Provinsi Jambi",
    "Dinas Kesehatan Provinsi Jambi",
    "Pemerintah Kota Jambi",
    "Sekretariat Daerah Provinsi Jambi",
    "RSUD Raden Mattaher",
];

/// One generated case: the dates of its path.
#[derive(Debug, Clone)]
struct Case {
    received: NaiveDate,
    qualified: Option<NaiveDate>,
    not_qualified: Option<(NaiveDate, &'static str)>,
    withdrawn: Option<NaiveDate>,
    decided: Option<(NaiveDate, &'static str, &'static str)>,
    closed: Option<NaiveDate>,
}

impl Case {
    fn dates(&self) -> Vec<NaiveDate> {
        [
            Some(self.received),
            self.qualified,
            self.not_qualified.map(|n| n.0),
            self.withdrawn,
            self.decided.map(|d| d.0),
            self.closed,
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

/// A date `0..=90` days after `d` (the same day now and then).
fn later(rng: &mut Rng, d: NaiveDate) -> NaiveDate {
    let days = if rng.chance(8) { 0 } else { rng.below(91) };
    d.checked_add_days(Days::new(days)).unwrap()
}

fn generate(rng: &mut Rng, first_year: i32, years: i32, n: usize) -> Vec<Case> {
    (0..n)
        .map(|_| {
            let year = first_year + rng.below(years as u64) as i32;
            let start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
            let len = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
                366
            } else {
                365
            };
            let received = start.checked_add_days(Days::new(rng.below(len))).unwrap();
            let mut c = Case {
                received,
                qualified: None,
                not_qualified: None,
                withdrawn: None,
                decided: None,
                closed: None,
            };
            let close = |rng: &mut Rng, after: NaiveDate| {
                if rng.chance(3) {
                    None
                } else {
                    Some(later(rng, after))
                }
            };
            // 0 entered only, 1 not qualified, 2 withdrawn before qualification,
            // 3 qualified, 4 withdrawn after qualification, 5.. decided (each pair).
            match rng.below(5 + DECISIONS.len() as u64) {
                0 => {}
                1 => {
                    let on = later(rng, received);
                    c.not_qualified = Some((on, rng.pick(&REASONS)));
                    c.closed = Some(on);
                }
                2 => {
                    let on = later(rng, received);
                    c.withdrawn = Some(on);
                    c.closed = close(rng, on);
                }
                k => {
                    let q = later(rng, received);
                    c.qualified = Some(q);
                    if k == 4 {
                        let on = later(rng, q);
                        c.withdrawn = Some(on);
                        c.closed = close(rng, on);
                    } else if k >= 5 {
                        let (via, outcome) = DECISIONS[(k - 5) as usize];
                        let on = later(rng, q);
                        c.decided = Some((on, via, outcome));
                        c.closed = close(rng, on);
                    }
                }
            }
            c
        })
        .collect()
}

/// A date in one of the three spellings the import reads.
fn spell(rng: &mut Rng, d: NaiveDate) -> String {
    match rng.below(3) {
        0 => d.format("%Y-%m-%d").to_string(),
        1 => d.format("%d-%m-%Y").to_string(),
        _ => d.format("%d/%m/%Y").to_string(),
    }
}

/// The register CSV of `cases`, some with historic numbers, some to be numbered.
fn register_csv(rng: &mut Rng, seed: u64, cases: &[Case]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(vec![]);
    w.write_record(COLUMNS).unwrap();
    for (i, c) in cases.iter().enumerate() {
        let date =
            |rng: &mut Rng, d: Option<NaiveDate>| d.map(|d| spell(rng, d)).unwrap_or_default();
        let received = date(rng, Some(c.received));
        let qualified = date(rng, c.qualified);
        let not_qualified = date(rng, c.not_qualified.map(|n| n.0));
        let withdrawn = date(rng, c.withdrawn);
        let decided = date(rng, c.decided.map(|d| d.0));
        // a not-qualified case's closing date may be left out (it is that day anyway)
        let closed = if c.not_qualified.is_some() && rng.chance(2) {
            String::new()
        } else {
            date(rng, c.closed)
        };
        let register_no = if rng.chance(3) {
            format!("R{seed}-{i:04}/{}", c.received.year())
        } else {
            String::new()
        };
        let decision_no = match c.decided {
            Some(_) if rng.chance(2) => format!("D-{i}"),
            _ => String::new(),
        };
        let kind = rng.pick(&["individual", "group", "legal_entity", "legal-entity"]);
        w.write_record([
            register_no,
            received,
            format!("Pemohon Acak {seed}-{i}"),
            kind.to_string(),
            rng.pick(&BODIES).to_string(),
            format!("Dokumen nomor {i}"),
            qualified,
            not_qualified,
            c.not_qualified.map(|n| n.1.to_string()).unwrap_or_default(),
            withdrawn,
            decided,
            c.decided.map(|d| d.1.to_string()).unwrap_or_default(),
            c.decided.map(|d| d.2.to_string()).unwrap_or_default(),
            decision_no,
            closed,
        ])
        .unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// `Some(d)` with `d <= as_of`.
fn by(d: Option<NaiveDate>, as_of: NaiveDate) -> bool {
    d.is_some_and(|d| d <= as_of)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The paper's row of `year` as of `as_of`, from the definitions: the cohort of cases
/// received in the year (by the as-of date), counting only steps dated on or before it.
fn paper_row(cases: &[Case], year: i32, as_of: NaiveDate) -> Vec<i64> {
    let (mut entered, mut nq, mut q, mut w, mut interim, mut processed, mut done) =
        (0, 0, 0, 0, 0, 0, 0);
    for c in cases
        .iter()
        .filter(|c| c.received.year() == year && c.received <= as_of)
    {
        entered += 1;
        let qualified = by(c.qualified, as_of);
        let ruled = c
            .decided
            .is_some_and(|(d, via, _)| via == "interim" && d <= as_of);
        nq += by(c.not_qualified.map(|n| n.0), as_of) as i64;
        q += qualified as i64;
        w += by(c.withdrawn, as_of) as i64;
        interim += ruled as i64;
        if qualified && !ruled {
            processed += 1;
            done += by(c.closed, as_of) as i64;
        }
    }
    assert_eq!(processed, q - interim, "the generator's own arithmetic");
    vec![
        year as i64,
        entered,
        nq,
        q,
        w,
        interim,
        processed,
        done,
        processed - done,
    ]
}

const OUTCOME_KEYS: [&str; 18] = [
    "year",
    "entered",
    "not_qualified_incomplete",
    "not_qualified_late",
    "not_qualified_no_standing",
    "not_qualified_no_authority",
    "not_qualified_no_objection",
    "not_qualified_other",
    "withdrawn_before_qualification",
    "withdrawn_after_qualification",
    "interim_ruling",
    "mediation_agreement",
    "granted",
    "partly_granted",
    "rejected",
    "dismissed",
    "lapsed",
    "still_open",
];

/// Every disposition of the year's cohort as of `as_of`.
fn outcome_row(cases: &[Case], year: i32, as_of: NaiveDate) -> Vec<i64> {
    let mut row = vec![0i64; OUTCOME_KEYS.len()];
    row[0] = year as i64;
    let mut add = |key: &str| {
        row[OUTCOME_KEYS.iter().position(|k| *k == key).unwrap()] += 1;
    };
    for c in cases
        .iter()
        .filter(|c| c.received.year() == year && c.received <= as_of)
    {
        add("entered");
        if let Some((_, reason)) = c.not_qualified.filter(|n| n.0 <= as_of) {
            add(&format!("not_qualified_{reason}"));
        } else if by(c.withdrawn, as_of) {
            add(if by(c.qualified, as_of) {
                "withdrawn_after_qualification"
            } else {
                "withdrawn_before_qualification"
            });
        } else if let Some((_, via, outcome)) = c.decided.filter(|d| d.0 <= as_of) {
            add(match (via, outcome) {
                ("interim", _) => "interim_ruling",
                ("mediation", _) => "mediation_agreement",
                (_, o) => o,
            });
        } else {
            add("still_open");
        }
    }
    row
}

/// Stock and flow of `year` as of `as_of`: the open cases (received and not closed) at
/// the two ends of the year, counted directly, and what came in and went out in it.
fn flow_row(cases: &[Case], year: i32, as_of: NaiveDate) -> Vec<i64> {
    let open_at = |cut: NaiveDate| {
        let cut = cut.min(as_of);
        cases
            .iter()
            .filter(|c| c.received <= cut && !by(c.closed, cut))
            .count() as i64
    };
    let received = cases
        .iter()
        .filter(|c| c.received.year() == year && c.received <= as_of)
        .count() as i64;
    let finished = cases
        .iter()
        .filter(|c| c.closed.is_some_and(|d| d.year() == year && d <= as_of))
        .count() as i64;
    vec![
        year as i64,
        open_at(ymd(year - 1, 12, 31)),
        received,
        finished,
        open_at(ymd(year, 12, 31)),
    ]
}

/// Compares every cell, naming the first that differs.
fn same(what: &str, keys: &[&str], got: &[Vec<i64>], want: &[Vec<i64>]) {
    assert_eq!(
        got.iter().map(|r| r[0]).collect::<Vec<_>>(),
        want.iter().map(|r| r[0]).collect::<Vec<_>>(),
        "{what}: the years"
    );
    for (g, w) in got.iter().zip(want) {
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(
                g[i], w[i],
                "{what}: {} {key}: recap {}, expected {}\nrecap    {g:?}\nexpected {w:?}",
                w[0], g[i], w[i]
            );
        }
    }
}

fn run_seed(seed: u64) {
    let mut rng = Rng::new(seed);
    let first = 2014 + rng.below(6) as i32;
    let years = 3 + rng.below(2) as i32;
    let last = first + years - 1;
    let n = 280 + rng.below(41) as usize;
    let cases = generate(&mut rng, first, years, n);
    let text = register_csv(&mut rng, seed, &cases);

    let env = TestEnv::initialised();
    let out = env.run(&["import", write(&env, "random.csv", &text)]);
    assert_eq!(out.code, 0, "seed {seed}:\n{}", out.snapshot());
    assert_eq!(out.stderr, "", "{n} cases imported in silence");

    // As-of dates: mid-year, year ends and starts, a decision's and a closing's own day,
    // the latest date of all (the register's shortcut applies from there), the day before
    // it (it does not), and a date after everything.
    let all: Vec<NaiveDate> = cases.iter().flat_map(Case::dates).collect();
    let max = *all.iter().max().unwrap();
    let some_decision = cases
        .iter()
        .filter_map(|c| c.decided.map(|d| d.0))
        .nth(rng.below(20) as usize)
        .unwrap();
    let some_close = cases
        .iter()
        .filter_map(|c| c.closed)
        .nth(rng.below(20) as usize)
        .unwrap();
    let as_of_dates = [
        ymd(first, 6, 30),
        ymd(first, 12, 31),
        ymd(first + 1, 1, 1),
        ymd(last, 7, 15),
        some_decision,
        some_close,
        max.pred_opt().unwrap(),
        max,
        ymd(2026, 1, 1),
    ];
    let range = format!("{}-{}", first - 1, last + 1);
    let range_years = (first - 1)..=(last + 1);
    for as_of in as_of_dates {
        let d = as_of.format("%Y-%m-%d").to_string();
        let what = |view: &str| format!("seed {seed}, {view}, as of {d}, years {range}");

        let (header, got) = recap_csv(&env, &["--as-of", &d, "--years", &range]);
        assert_eq!(header, PAPER_KEYS);
        let want: Vec<Vec<i64>> = range_years
            .clone()
            .map(|y| paper_row(&cases, y, as_of))
            .collect();
        same(&what("paper"), &PAPER_KEYS, &got, &want);

        // Without a range: only the years with cases received by then.
        let (_, got) = recap_csv(&env, &["--as-of", &d]);
        let want: Vec<Vec<i64>> = want.into_iter().filter(|r| r[1] > 0).collect();
        same(&what("paper, every year"), &PAPER_KEYS, &got, &want);

        let (header, got) = recap_csv(&env, &["--by", "outcome", "--as-of", &d, "--years", &range]);
        assert_eq!(header, OUTCOME_KEYS);
        let want: Vec<Vec<i64>> = range_years
            .clone()
            .map(|y| outcome_row(&cases, y, as_of))
            .collect();
        same(&what("by outcome"), &OUTCOME_KEYS, &got, &want);
        for row in &got {
            assert_eq!(
                row[2..].iter().sum::<i64>(),
                row[1],
                "{}",
                what("by outcome")
            );
        }

        let (header, got) = recap_csv(&env, &["--flow", "--as-of", &d, "--years", &range]);
        assert_eq!(header, FLOW_KEYS);
        let want: Vec<Vec<i64>> = range_years
            .clone()
            .map(|y| flow_row(&cases, y, as_of))
            .collect();
        same(&what("flow"), &FLOW_KEYS, &got, &want);
    }

    // The generated register round-trips through export and import.
    let first_export = env.ok(&["export"]);
    let again = TestEnv::initialised();
    again.ok(&["import", write(&again, "export.csv", &first_export)]);
    assert!(
        again.ok(&["export"]) == first_export,
        "seed {seed}: the export changed on re-import"
    );
}

#[test]
fn random_register_seed_1() {
    run_seed(1);
}

#[test]
fn random_register_seed_2() {
    run_seed(2);
}

#[test]
fn random_register_seed_3() {
    run_seed(3);
}

#[test]
fn random_register_seed_5() {
    run_seed(5);
}

#[test]
fn random_register_seed_8() {
    run_seed(8);
}
