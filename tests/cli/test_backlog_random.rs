//! The backlog figures on random registers: seeded registers of some 300 cases received
//! over 2023–2026 (dates on any day, holidays and collective leave included) are imported
//! into two registers; `recap --ages`, `--clearance`, `--by month` and `--waiting`, as of
//! several dates, of each register and of both together (`--registers`), must equal a
//! calculation made here from the generated rows and the shipped holiday file, counting
//! working days one day at a time, without the code under test.

use crate::common::random::{Case, Limits, Rng, generate_within, register_csv, seeds, ymd};
use crate::common::{TODAY, TestEnv, parse_csv, write};
use chrono::{Datelike, NaiveDate, Weekday};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};

/// Every weekend and every day of the shipped holiday file is a day off.
struct Days {
    off: HashSet<NaiveDate>,
}

impl Days {
    fn load() -> Days {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/holidays-id.csv");
        let text = std::fs::read_to_string(path).expect("the holiday file");
        let (_, rows) = parse_csv(&text);
        let off = rows
            .iter()
            .map(|r| NaiveDate::parse_from_str(&r[0], "%Y-%m-%d").unwrap())
            .collect();
        Days { off }
    }

    /// The working days after `a`, up to and including `b` (the day of receipt is day 0).
    fn between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        let (mut day, mut n) = (a, 0);
        while day < b {
            day = day.succ_opt().unwrap();
            n += (!matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !self.off.contains(&day))
                as i64;
        }
        n
    }
}

/// The day a case ended by `as_of`: its decision, withdrawal or not-qualified ruling,
/// the earliest, if on or before it.
fn ended(c: &Case, as_of: NaiveDate) -> Option<NaiveDate> {
    [
        c.not_qualified.map(|n| n.0),
        c.withdrawn,
        c.decided.map(|d| d.0),
    ]
    .into_iter()
    .flatten()
    .filter(|d| *d <= as_of)
    .min()
}

/// Rounded half up to `places` decimals, from integers.
fn rounded(num: i64, den: i64, places: u32) -> f64 {
    let scale = 10i64.pow(places);
    ((2 * num * scale + den) / (2 * den)) as f64 / scale as f64
}

/// The rows `recap --X --format json` gives for the group `group` (its commission
/// column; none for one register), each as its key-value map.
fn rows(out: &str, group: Option<&str>) -> Vec<BTreeMap<String, Value>> {
    let v: Value = serde_json::from_str(out).unwrap();
    v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| group.is_none_or(|g| r["commission"] == g))
        .map(|r| {
            let mut m: BTreeMap<String, Value> = serde_json::from_value(r.clone()).unwrap();
            m.remove("commission");
            m
        })
        .collect()
}

fn num(x: f64) -> Value {
    serde_json::to_value(x).unwrap()
}

/// Every number as a float: JSON writes a whole measure without a fraction.
fn floats(v: Value) -> Value {
    match v {
        Value::Number(n) => num(n.as_f64().unwrap()),
        Value::Object(m) => Value::Object(m.into_iter().map(|(k, v)| (k, floats(v))).collect()),
        Value::Array(a) => Value::Array(a.into_iter().map(floats).collect()),
        v => v,
    }
}

/// The same day a year before; 29 February's is 28 February.
fn year_before(as_of: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(as_of.year() - 1, as_of.month(), as_of.day())
        .unwrap_or_else(|| ymd(as_of.year() - 1, as_of.month(), 28))
}

/// What the recap must say of `cases` as of a date, view by view.
fn expected(cases: &[&Case], days: &Days, as_of: NaiveDate) -> BTreeMap<&'static str, Vec<Value>> {
    let seen: Vec<&&Case> = cases.iter().filter(|c| c.received <= as_of).collect();
    let mut want = BTreeMap::new();

    // --ages: the open cases by year of receipt and bucket.
    let mut ages: BTreeMap<i32, [i64; 4]> = BTreeMap::new();
    for c in seen.iter().filter(|c| ended(c, as_of).is_none()) {
        let wd = days.between(c.received, as_of);
        let b = match wd {
            0..=14 => 0,
            15..=100 => 1,
            101..=250 => 2,
            _ => 3,
        };
        ages.entry(c.received.year()).or_default()[b] += 1;
    }
    let mut total = [0i64; 4];
    let mut v = Vec::new();
    let age_row = |lead: Value, a: [i64; 4]| {
        serde_json::json!({"year": lead, "wd_0_14": a[0], "wd_15_100": a[1],
            "wd_101_250": a[2], "wd_over_250": a[3], "open": a.iter().sum::<i64>()})
    };
    for (y, a) in &ages {
        for i in 0..4 {
            total[i] += a[i];
        }
        v.push(age_row((*y).into(), *a));
    }
    v.push(age_row("total".into(), total));
    want.insert("ages", v);

    // --clearance and --by month: received and ended in each period.
    let clearance = |key: &str, period: &dyn Fn(NaiveDate) -> Value| {
        let mut counts: BTreeMap<String, (Value, i64, i64)> = BTreeMap::new();
        for c in &seen {
            let p = period(c.received);
            counts.entry(p.to_string()).or_insert((p, 0, 0)).1 += 1;
            if let Some(e) = ended(c, as_of) {
                let p = period(e);
                counts.entry(p.to_string()).or_insert((p, 0, 0)).2 += 1;
            }
        }
        let row = |lead: Value, e: i64, n: i64| {
            let rate = if e > 0 {
                num(rounded(n, e, 4))
            } else {
                Value::Null
            };
            serde_json::json!({key: lead, "entered": e, "ended": n, "clearance_rate": rate})
        };
        let (mut te, mut tn) = (0, 0);
        let mut v: Vec<Value> = counts
            .into_values()
            .map(|(p, e, n)| {
                te += e;
                tn += n;
                row(p, e, n)
            })
            .collect();
        v.push(row("total".into(), te, tn));
        v
    };
    want.insert("clearance", clearance("year", &|d| d.year().into()));
    want.insert(
        "months",
        clearance("month", &|d| d.format("%Y-%m").to_string().into()),
    );

    // --waiting: open ÷ the endings of the 12 months through the date, per month.
    let open = seen.iter().filter(|c| ended(c, as_of).is_none()).count() as i64;
    let year_before = year_before(as_of);
    let recent = seen
        .iter()
        .filter(|c| ended(c, as_of).is_some_and(|e| e > year_before))
        .count() as i64;
    want.insert(
        "waiting",
        vec![serde_json::json!({
            "open": open,
            "ended_12_months": recent,
            "monthly_endings": num(rounded(recent, 12, 2)),
            "waiting_months": if recent > 0 { num(rounded(open * 12, recent, 1)) } else { Value::Null },
        })],
    );
    want
}

/// The recap's rows of a view, with the months the recap fills in (zeros) left out so
/// that they compare with the months that had a case.
fn got(env: &TestEnv, args: &[&str], view: &str, group: Option<&str>) -> Vec<Value> {
    let flag = match view {
        "months" => vec!["--by", "month"],
        v => vec![match v {
            "ages" => "--ages",
            "clearance" => "--clearance",
            _ => "--waiting",
        }],
    };
    let mut all = args.to_vec();
    all.extend(flag);
    all.extend(["--format", "json"]);
    let out = env.ok(&all);
    rows(&out, group)
        .into_iter()
        .filter(|r| {
            // The filled-in periods with nothing in them.
            view == "waiting"
                || r.get("year").or(r.get("month")) == Some(&Value::from("total"))
                || r.iter()
                    .any(|(k, v)| k != "year" && k != "month" && v.as_i64().is_some_and(|n| n > 0))
        })
        .map(|r| floats(serde_json::to_value(r).unwrap()))
        .collect()
}

fn run_seed(seed: u64) {
    let days = Days::load();
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut rng = Rng::new(seed);
    let n = 280 + rng.below(41) as usize;
    let limits = Limits {
        step: 140,
        last: Some(today),
    };
    let cases = generate_within(&mut rng, 2023, 4, n, limits);
    // Two registers: the cases split between them at random.
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for c in &cases {
        if rng.chance(2) {
            a.push(c.clone())
        } else {
            b.push(c.clone())
        }
    }
    let (ea, eb) = (TestEnv::initialised(), TestEnv::initialised());
    for (env, cs, name) in [(&ea, &a, "a.csv"), (&eb, &b, "b.csv")] {
        let text = register_csv(&mut rng, seed, cs);
        let out = env.run(&["import", write(env, name, &text)]);
        assert_eq!(out.code, 0, "seed {seed}:\n{}", out.snapshot());
    }
    ea.ok(&["config", "set", "commission-code", "AAA"]);
    eb.ok(&["config", "set", "commission-code", "BBB"]);
    let (pa, pb) = (ea.db().display().to_string(), eb.db().display().to_string());
    for as_of in [ymd(2024, 2, 29), ymd(2025, 12, 31), today] {
        let d = as_of.format("%Y-%m-%d").to_string();
        let one: Vec<&Case> = a.iter().collect();
        let both: Vec<&Case> = cases.iter().collect();
        let want = |cs: &[&Case]| -> BTreeMap<&str, Vec<Value>> {
            expected(cs, &days, as_of)
                .into_iter()
                .map(|(k, v)| (k, v.into_iter().map(floats).collect()))
                .collect()
        };
        let other: Vec<&Case> = b.iter().collect();
        let (want_a, want_b, want_both) = (want(&one), want(&other), want(&both));
        for view in ["ages", "clearance", "months", "waiting"] {
            let what = format!("seed {seed}, as of {d}, {view}");
            let got_a = got(&ea, &["recap", "--as-of", &d], view, None);
            assert_eq!(got_a, want_a[view], "{what}, one register");
            let several = ["recap", "--as-of", &d, "--registers", &pa, &pb];
            let got_a = got(&ea, &several, view, Some("AAA"));
            assert_eq!(got_a, want_a[view], "{what}, its group of two registers");
            let got_b = got(&ea, &several, view, Some("BBB"));
            assert_eq!(
                got_b, want_b[view],
                "{what}, the other's group of two registers"
            );
            let got_both = got(&ea, &several, view, Some("total"));
            assert_eq!(got_both, want_both[view], "{what}, two registers together");
        }
    }
}

#[test]
fn backlog_figures_on_random_registers() {
    for seed in seeds(&[11], 1) {
        run_seed(seed);
    }
}
