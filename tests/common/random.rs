//! Random registers for the tests: a seeded generator of cases on every path the
//! lifecycle allows, with random dates, written as register CSV files in all three date
//! spellings. What the tests compute from them, they compute here, never with src/.

use super::COLUMNS;
use chrono::{Datelike, Days, NaiveDate};

/// The seeds a random-register test runs: the first `everyday` of `listed` in the
/// everyday `cargo test`; with `SENGKETA_TEST_SEEDS=N`, N seeds (those listed, then the
/// numbers after the last). Each seed is a whole register checked through every view, so
/// one or two already walk every path; more seeds find the rare dates (docs/testing.md).
pub fn seeds(listed: &[u64], everyday: usize) -> Vec<u64> {
    let n = match std::env::var("SENGKETA_TEST_SEEDS") {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("SENGKETA_TEST_SEEDS={v:?}: a number of seeds")),
        Err(_) => everyday,
    };
    let after = listed.iter().max().map_or(1, |m| m + 1);
    listed.iter().copied().chain(after..).take(n).collect()
}

/// xorshift64*: small, deterministic, good enough to pick paths and dates.
pub struct Rng(pub u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// 0..n
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    pub fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
}

pub const REASONS: [&str; 6] = [
    "incomplete",
    "late",
    "no_standing",
    "no_authority",
    "no_objection",
    "other",
];

/// Every (via, outcome) pair a decision can have.
pub const DECISIONS: [(&str, &str); 8] = [
    ("interim", "dismissed"),
    ("interim", "lapsed"),
    ("mediation", "agreement"),
    ("adjudication", "granted"),
    ("adjudication", "partly_granted"),
    ("adjudication", "rejected"),
    ("adjudication", "dismissed"),
    ("adjudication", "lapsed"),
];

pub const BODIES: [&str; 5] = [
    "Dinas Pendidikan Provinsi Jambi",
    "Dinas Kesehatan Provinsi Jambi",
    "Pemerintah Kota Jambi",
    "Sekretariat Daerah Provinsi Jambi",
    "RSUD Raden Mattaher",
];

/// One generated case: the dates of its path.
#[derive(Debug, Clone)]
pub struct Case {
    pub received: NaiveDate,
    pub qualified: Option<NaiveDate>,
    pub not_qualified: Option<(NaiveDate, &'static str)>,
    pub withdrawn: Option<NaiveDate>,
    pub decided: Option<(NaiveDate, &'static str, &'static str)>,
    pub closed: Option<NaiveDate>,
}

impl Case {
    pub fn dates(&self) -> Vec<NaiveDate> {
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

/// How far apart a generated case's steps may be, and the last date any may fall on.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Days between one step and the next: 0 to this many.
    pub step: u64,
    /// No date after this one (received dates are drawn up to it, later ones stop at it).
    pub last: Option<NaiveDate>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            step: 90,
            last: None,
        }
    }
}

/// A date `0..=limits.step` days after `d` (the same day now and then), not after the last.
fn step_after(rng: &mut Rng, d: NaiveDate, limits: Limits) -> NaiveDate {
    let days = if rng.chance(8) {
        0
    } else {
        rng.below(limits.step + 1)
    };
    let on = d.checked_add_days(Days::new(days)).unwrap();
    limits.last.map_or(on, |last| on.min(last))
}

/// `n` cases received over `years` years from `first_year`, on every path.
pub fn generate(rng: &mut Rng, first_year: i32, years: i32, n: usize) -> Vec<Case> {
    generate_within(rng, first_year, years, n, Limits::default())
}

/// [`generate`], with the steps' spacing and the last date as given.
pub fn generate_within(
    rng: &mut Rng,
    first_year: i32,
    years: i32,
    n: usize,
    limits: Limits,
) -> Vec<Case> {
    let later = |rng: &mut Rng, d: NaiveDate| step_after(rng, d, limits);
    (0..n)
        .map(|_| {
            let year = first_year + rng.below(years as u64) as i32;
            let start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
            let mut len = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
                366
            } else {
                365
            };
            if let Some(last) = limits.last {
                let left = (last - start).num_days() + 1;
                assert!(left > 0, "{year} begins after {last}");
                len = len.min(left as u64);
            }
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
pub fn spell(rng: &mut Rng, d: NaiveDate) -> String {
    match rng.below(3) {
        0 => d.format("%Y-%m-%d").to_string(),
        1 => d.format("%d-%m-%Y").to_string(),
        _ => d.format("%d/%m/%Y").to_string(),
    }
}

/// The register CSV of `cases`, some with historic numbers, some to be numbered.
pub fn register_csv(rng: &mut Rng, seed: u64, cases: &[Case]) -> String {
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
pub fn by(d: Option<NaiveDate>, as_of: NaiveDate) -> bool {
    d.is_some_and(|d| d <= as_of)
}

pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}
