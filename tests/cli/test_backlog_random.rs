//! The backlog figures on random registers: seeded registers of some 300 cases received
//! over 2023–2026 (dates on any day, holidays and collective leave included) are imported
//! into two registers, with random hearings (held with absences, postponed, cancelled) and
//! random services and appeals of their decisions (`hearings import`, `appeals import`);
//! `recap --ages`, `--clearance`, `--by month`, `--waiting`, `--stages` and `--hearings`,
//! as of several dates, of each register and of both together (`--registers`), in JSON
//! and in CSV (the spreadsheet's too), must equal a calculation made here from the generated rows and the shipped
//! holiday file, counting working days one day at a time, without the code under test.

#[path = "test_backlog_random/sittings.rs"]
mod sittings;

use crate::common::random::{Case, Limits, Rng, generate_within, register_csv, seeds, ymd};
use crate::common::{TODAY, TestEnv, parse_csv, write};
use chrono::{Datelike, NaiveDate, Weekday};
use serde_json::Value;
use sittings::{Court, Hearing, Lived};
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

    fn is_off(&self, day: NaiveDate) -> bool {
        matches!(day.weekday(), Weekday::Sat | Weekday::Sun) || self.off.contains(&day)
    }

    /// The working days after `a`, up to and including `b` (the day of receipt is day 0).
    fn between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        let (mut day, mut n) = (a, 0);
        while day < b {
            day = day.succ_opt().unwrap();
            n += i64::from(!self.is_off(day));
        }
        n
    }

    /// The `n`-th working day after `d`.
    fn add(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let (mut day, mut left) = (d, n);
        while left > 0 {
            day = day.succ_opt().unwrap();
            left -= u32::from(!self.is_off(day));
        }
        day
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

/// The rows `recap --X --format json` gives, each as its key-value map.
fn rows(out: &str) -> Vec<BTreeMap<String, Value>> {
    let v: Value = serde_json::from_str(out).unwrap();
    v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| serde_json::from_value(r.clone()).unwrap())
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

/// A CSV cell as the JSON has it: empty is null, then a whole number, a number, or text.
fn cell(text: &str) -> Value {
    if text.is_empty() {
        Value::Null
    } else if let Ok(n) = text.parse::<i64>() {
        n.into()
    } else if let Ok(x) = text.parse::<f64>() {
        num(x)
    } else {
        text.into()
    }
}

/// The rows `recap --X --format csv` gives (or `--excel`: a byte-order mark, semicolons
/// and decimal commas), each as its key-value map without the `as_of` column, which
/// must be `as_of` on every row.
fn csv_rows(out: &str, as_of: &str, excel: bool) -> Vec<BTreeMap<String, Value>> {
    let (header, rows) = if excel {
        let text = out.strip_prefix('\u{feff}').expect("a byte-order mark");
        let mut records = csv::ReaderBuilder::new()
            .has_headers(false)
            .delimiter(b';')
            .from_reader(text.as_bytes())
            .records()
            .map(|r| {
                r.unwrap()
                    .iter()
                    .map(|c| match c.split_once(',') {
                        // A decimal comma, in a number only.
                        Some((a, b)) if a.parse::<i64>().is_ok() && b.parse::<u64>().is_ok() => {
                            format!("{a}.{b}")
                        }
                        _ => c.to_string(),
                    })
                    .collect::<Vec<String>>()
            })
            .collect::<Vec<_>>()
            .into_iter();
        (records.next().unwrap(), records.collect())
    } else {
        parse_csv(out)
    };
    rows.iter()
        .map(|r| {
            let mut m: BTreeMap<String, Value> = header
                .iter()
                .zip(r)
                .map(|(k, v)| (k.clone(), cell(v)))
                .collect();
            assert_eq!(m.remove("as_of"), Some(as_of.into()), "{out}");
            m
        })
        .collect()
}

/// The recap's rows of a view in a format (`json`, `csv` or `excel`), as of the
/// `--as-of` date among `args`.
fn got(env: &TestEnv, args: &[&str], view: &str, format: &str) -> Vec<BTreeMap<String, Value>> {
    let flag = match view {
        "months" => vec!["--by", "month"],
        v => vec![match v {
            "ages" => "--ages",
            "clearance" => "--clearance",
            "stages" => "--stages",
            "hearings" => "--hearings",
            _ => "--waiting",
        }],
    };
    let mut all = args.to_vec();
    all.extend(flag);
    match format {
        "excel" => all.push("--excel"),
        f => all.extend(["--format", f]),
    }
    let out = env.ok(&all);
    let as_of = args[args.iter().position(|a| *a == "--as-of").unwrap() + 1];
    if format == "json" {
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["as_of"], as_of, "{out}");
        rows(&out)
    } else {
        csv_rows(&out, as_of, format == "excel")
    }
}

/// The rows of the group `group` (its commission column; none for one register), with the
/// periods the recap fills in (zeros) left out so that they compare with the periods
/// that had something.
fn group(rows: &[BTreeMap<String, Value>], view: &str, group: Option<&str>) -> Vec<Value> {
    rows.iter()
        .filter(|r| group.is_none_or(|g| r["commission"] == g))
        .map(|r| {
            let mut r = r.clone();
            r.remove("commission");
            r
        })
        .filter(|r| {
            // Every stage of every year is a row, empty or not.
            matches!(view, "waiting" | "stages")
                || r.get("year").or(r.get("month")) == Some(&Value::from("total"))
                || r.iter()
                    .any(|(k, v)| k != "year" && k != "month" && v.as_i64().is_some_and(|n| n > 0))
        })
        .map(|r| floats(serde_json::to_value(r).unwrap()))
        .collect()
}

/// Gives the cases of a register their hearings and their decisions' services and appeals
/// (at random), through `hearings import` and `appeals import`; returns them in the
/// order of `cases`.
fn hear_and_appeal(
    env: &TestEnv,
    rng: &mut Rng,
    days: &Days,
    seed: u64,
    cases: &[Case],
) -> (Vec<Vec<Hearing>>, Vec<Court>) {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    // The register numbers the import gave, by the applicant's name (one per case).
    let listed = env.cases();
    let numbers: BTreeMap<&str, String> = listed
        .iter()
        .map(|c| {
            (
                c["applicant"].as_str().unwrap(),
                c["register_no"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let no = |i: usize| numbers[format!("Pemohon Acak {seed}-{i}").as_str()].clone();
    let hearings: Vec<Vec<Hearing>> = cases
        .iter()
        .map(|c| sittings::hearings(rng, days, c, today))
        .collect();
    let courts: Vec<Court> = cases
        .iter()
        .map(|c| sittings::court(rng, c, today))
        .collect();
    let h: Vec<(String, &[Hearing])> = hearings
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.is_empty())
        .map(|(i, h)| (no(i), h.as_slice()))
        .collect();
    let a: Vec<(String, &Court)> = courts
        .iter()
        .enumerate()
        .filter(|(_, c)| c.served.is_some() || c.first.is_some())
        .map(|(i, c)| (no(i), c))
        .collect();
    for (args, name, text) in [
        ("hearings", "h.csv", sittings::hearings_csv(&h)),
        ("appeals", "a.csv", sittings::appeals_csv(&a)),
    ] {
        let out = env.run(&[args, "import", write(env, name, &text)]);
        assert_eq!(out.code, 0, "seed {seed}: {args}\n{}", out.snapshot());
    }
    (hearings, courts)
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
    let (ha, ca) = hear_and_appeal(&ea, &mut rng, &days, seed, &a);
    let (hb, cb) = hear_and_appeal(&eb, &mut rng, &days, seed, &b);
    let (la, lb) = (sittings::lived(&a, &ha, &ca), sittings::lived(&b, &hb, &cb));
    let (pa, pb) = (ea.db().display().to_string(), eb.db().display().to_string());
    for as_of in [ymd(2024, 2, 29), ymd(2025, 12, 31), today] {
        let d = as_of.format("%Y-%m-%d").to_string();
        let want = |cs: &[Lived]| -> BTreeMap<&str, Vec<Value>> {
            let plain: Vec<&Case> = cs.iter().map(|l| l.case).collect();
            let mut want = expected(&plain, &days, as_of);
            want.insert("stages", sittings::stages(cs, &days, as_of));
            want.insert("hearings", sittings::sittings(cs, as_of));
            want.into_iter()
                .map(|(k, v)| (k, v.into_iter().map(floats).collect()))
                .collect()
        };
        let both: Vec<Lived> = la.iter().chain(&lb).copied().collect();
        let (want_a, want_b, want_both) = (want(&la), want(&lb), want(&both));
        if as_of == today {
            exercised(&want_both, seed);
        }
        for view in [
            "ages",
            "clearance",
            "months",
            "waiting",
            "stages",
            "hearings",
        ] {
            // The spreadsheet's CSV (a decimal comma) once, as of today.
            let excel = as_of == today;
            for format in ["json", "csv", "excel"]
                .into_iter()
                .filter(|f| excel || *f != "excel")
            {
                let what = format!("seed {seed}, as of {d}, {view}, {format}");
                let alone = got(&ea, &["recap", "--as-of", &d], view, format);
                assert_eq!(
                    group(&alone, view, None),
                    want_a[view],
                    "{what}, one register"
                );
                let several = ["recap", "--as-of", &d, "--registers", &pa, &pb];
                let several = got(&ea, &several, view, format);
                for (g, want) in [("AAA", &want_a), ("BBB", &want_b), ("total", &want_both)] {
                    assert_eq!(
                        group(&several, view, Some(g)),
                        want[view],
                        "{what}, the group {g} of two registers"
                    );
                }
            }
        }
    }
}

/// The generated registers walk every path the stages and hearings count: each stage
/// gone through by several cases, and hearings held, postponed, cancelled, with each
/// party absent.
fn exercised(want: &BTreeMap<&str, Vec<Value>>, seed: u64) {
    for row in want["stages"].iter().filter(|r| r["year"] == "total") {
        assert!(row["cases"].as_f64().unwrap() >= 5.0, "seed {seed}: {row}");
    }
    let total = want["hearings"].last().unwrap();
    for key in [
        "held",
        "postponed",
        "cancelled",
        "applicant_absent",
        "respondent_absent",
    ] {
        assert!(total[key].as_f64().unwrap() >= 3.0, "seed {seed}: {total}");
    }
}

#[test]
fn backlog_figures_on_random_registers() {
    for seed in seeds(&[11], 1) {
        run_seed(seed);
    }
}
