//! Deadlines and processing times on random registers: seeded registers of some 300 cases
//! received over 2023–2026 (dates on any day, holidays and collective leave included), plus
//! a few cases placed on the edges of the deadlines, imported with `sengketa import`. Each
//! case's start_by, finish_by, working days open and overdue deadlines, as of several dates,
//! and every cell of `recap --times`, are computed here again, from the definitions and
//! from `data/holidays-id.csv` read here, counting working days one day at a time, without
//! the code under test; `case list --as-of D [--overdue]` and `recap --times --as-of D`
//! must agree on every case and every cell. (Imported registers hold no hearings: a case
//! starts by its qualification or its not-qualified ruling.)

use crate::common::random::{Case, Limits, Rng, generate_within, register_csv, seeds, ymd};
use crate::common::{TODAY, TestEnv, parse_csv, write};
use chrono::{Datelike, NaiveDate, Weekday};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Law 14/2008 Art. 38: begin within 14 working days of receipt, finish within 100.
const START_WITHIN: u32 = 14;
const FINISH_WITHIN: u32 = 100;

/// The commission's days off, from the shipped holiday file: national holidays and
/// collective leave alike (offices close on cuti bersama), and every weekend.
struct Days {
    off: HashSet<NaiveDate>,
}

impl Days {
    fn load() -> Days {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/holidays-id.csv");
        let text = std::fs::read_to_string(path).expect("the holiday file");
        let (header, rows) = parse_csv(&text);
        assert_eq!(&header[..2], ["date", "kind"]);
        let off = rows
            .iter()
            .map(|r| {
                assert!(
                    r[1] == "public_holiday" || r[1] == "collective_leave",
                    "{r:?}"
                );
                NaiveDate::parse_from_str(&r[0], "%Y-%m-%d").unwrap()
            })
            .collect();
        Days { off }
    }

    fn working(&self, d: NaiveDate) -> bool {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !self.off.contains(&d)
    }

    /// The `n`-th working day after `d` (the day itself does not count).
    fn add(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let (mut day, mut left) = (d, n);
        while left > 0 {
            day = day.succ_opt().unwrap();
            if self.working(day) {
                left -= 1;
            }
        }
        day
    }

    /// The working days after `a`, up to and including `b`.
    fn between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        let (mut day, mut n) = (a, 0);
        while day < b {
            day = day.succ_opt().unwrap();
            n += self.working(day) as i64;
        }
        n
    }
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A case's deadlines and where it stands, as of a date, from the definitions.
#[derive(Debug, Clone)]
struct Expected {
    start_by: NaiveDate,
    finish_by: NaiveDate,
    working_days_open: i64,
    overdue: Vec<&'static str>,
    /// What ended it by the date, and when.
    ended: Option<(NaiveDate, &'static str)>,
}

fn expected(c: &Case, days: &Days, as_of: NaiveDate) -> Expected {
    let start_by = days.add(c.received, START_WITHIN);
    let finish_by = days.add(c.received, FINISH_WITHIN);
    let by = |d: Option<NaiveDate>| d.filter(|d| *d <= as_of);
    let not_qualified = by(c.not_qualified.map(|n| n.0));
    let started = [by(c.qualified), not_qualified].into_iter().flatten().min();
    let decided = c.decided.and_then(|(on, via, _)| {
        let route = match via {
            "interim" => "interim_ruling",
            "mediation" => "mediation",
            "adjudication" => "adjudication",
            v => panic!("no route {v}"),
        };
        by(Some(on)).map(|on| (on, route))
    });
    let ended = [
        decided,
        by(c.withdrawn).map(|on| (on, "withdrawn")),
        not_qualified.map(|on| (on, "not_qualified")),
    ]
    .into_iter()
    .flatten()
    .min_by_key(|(on, _)| *on);
    let mut overdue = vec![];
    if as_of > start_by && started.is_none() && ended.is_none() {
        overdue.push("start");
    }
    if as_of > finish_by && ended.is_none() {
        overdue.push("finish");
    }
    Expected {
        start_by,
        finish_by,
        working_days_open: days.between(c.received, ended.map_or(as_of, |e| e.0)),
        overdue,
        ended,
    }
}

/// The state a case is in now (all its steps taken).
fn state(c: &Case) -> &'static str {
    if c.closed.is_some() {
        "done"
    } else if c.decided.is_some() {
        "decided"
    } else if c.withdrawn.is_some() {
        "withdrawn"
    } else if c.qualified.is_some() {
        "qualified"
    } else {
        "entered"
    }
}

const ROMAN: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// Checks one case as `case list --format json` gives it, field by field, against the
/// generated case, the CSV row it was written as, and its expected deadlines.
fn check_listed(what: &str, got: &Value, c: &Case, row: &[String], e: &Expected) {
    let date = |d: Option<NaiveDate>| d.map_or(Value::Null, |d| Value::from(iso(d)));
    let text = |s: &str| {
        if s.is_empty() {
            Value::Null
        } else {
            Value::from(s)
        }
    };
    let year = c.received.year();
    let serial = got["serial"].as_i64().expect("a serial");
    assert!(serial >= 1, "{what}: {got}");
    let register_no = if row[0].is_empty() {
        // numbered on import by the default template
        format!(
            "{serial:03}/{}/KI-JBI-PS/{year}",
            ROMAN[c.received.month0() as usize]
        )
    } else {
        row[0].clone()
    };
    let want = json!({
        "schema_version": 1,
        "register_no": register_no,
        "received_on": iso(c.received),
        "applicant": row[2],
        "applicant_kind": row[3].replace('-', "_"),
        "public_body": row[4],
        "subject": row[5],
        "qualified_on": date(c.qualified),
        "not_qualified_on": date(c.not_qualified.map(|n| n.0)),
        "not_qualified_reason": c.not_qualified.map(|n| n.1),
        "withdrawn_on": date(c.withdrawn),
        "decided_on": date(c.decided.map(|d| d.0)),
        "decision_via": c.decided.map(|d| d.1),
        "decision_outcome": c.decided.map(|d| d.2),
        "decision_no": text(&row[13]),
        "closed_on": date(c.closed),
        "state": state(c),
        "year": year,
        "serial": serial,
        "start_by": iso(e.start_by),
        "finish_by": iso(e.finish_by),
        "working_days_open": e.working_days_open,
        "overdue": e.overdue,
        "void": null,
    });
    let (got_keys, want_keys): (Vec<_>, Vec<_>) = (
        got.as_object().unwrap().keys().collect(),
        want.as_object().unwrap().keys().collect(),
    );
    assert_eq!(got_keys, want_keys, "{what}: the fields");
    for k in want_keys {
        assert_eq!(got[k], want[k], "{what}: {k}\n got {got}\nwant {want}");
    }
}

/// Rounds `num / den` half up to `places` decimals (integers, so no half is lost).
fn rounded(num: i64, den: i64, places: u32) -> f64 {
    let scale = 10i64.pow(places);
    ((2 * num * scale + den) / (2 * den)) as f64 / scale as f64
}

const ROUTES: [&str; 5] = [
    "not_qualified",
    "withdrawn",
    "interim_ruling",
    "mediation",
    "adjudication",
];

/// The `recap --times` row of a year and a route ("all": every route) as of a date, where
/// `want` holds each case's expected standing as of that date (`None`: not yet received),
/// computed once for every row of the date.
fn times_row(
    cases: &[Case],
    want: &[Option<Expected>],
    (years, year): (&[i32], Value),
    route: &str,
) -> BTreeMap<String, Value> {
    let cohort: Vec<(&Case, &Expected)> = cases
        .iter()
        .zip(want)
        .filter_map(|(c, e)| Some((c, e.as_ref()?)))
        .filter(|(c, _)| years.contains(&c.received.year()))
        .collect();
    let mut ended: Vec<i64> = vec![];
    let mut within = 0;
    for (_, e) in &cohort {
        if let Some((_, r)) = e.ended
            && (route == "all" || route == r)
        {
            ended.push(e.working_days_open);
            within += (e.working_days_open <= 100) as i64;
        }
    }
    ended.sort();
    let n = ended.len() as i64;
    let num = |x: Option<f64>| x.map_or(Value::Null, Value::from);
    let median = match ended.len() {
        0 => None,
        k if k % 2 == 1 => Some(ended[k / 2] as f64),
        k => Some((ended[k / 2 - 1] + ended[k / 2]) as f64 / 2.0),
    };
    let backlog = cohort
        .iter()
        .filter(|(_, e)| e.ended.is_none() && e.working_days_open > 100)
        .count() as i64;
    let mut row = BTreeMap::new();
    let mut put = |k: &str, v: Value| {
        row.insert(k.to_string(), v);
    };
    put("year", year);
    put("route", route.into());
    put("ended", n.into());
    put("median", num(median));
    put(
        "mean",
        num((n > 0).then(|| rounded(ended.iter().sum(), n, 2))),
    );
    put("lowest", num(ended.first().map(|d| *d as f64)));
    put("highest", num(ended.last().map(|d| *d as f64)));
    put("within_100", within.into());
    put(
        "share_within_100",
        num((n > 0).then(|| rounded(within, n, 4))),
    );
    put(
        "backlog",
        if route == "all" {
            backlog.into()
        } else {
            Value::Null
        },
    );
    row
}

/// Compares a `recap --times --format json` row with the expected one: numbers as numbers
/// (a whole 12 and 12.0 are the same), to 1e-9.
fn same_row(what: &str, got: &Value, want: &BTreeMap<String, Value>) {
    let obj = got.as_object().expect("a JSON object");
    assert_eq!(
        obj.keys().collect::<BTreeSet<_>>(),
        want.keys().collect::<BTreeSet<_>>(),
        "{what}: the keys"
    );
    for (k, w) in want {
        let g = &obj[k];
        let equal = match (g.as_f64(), w.as_f64()) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-9,
            _ => g == w,
        };
        assert!(equal, "{what}: {k}: recap {g}, expected {w}\nrecap {got}");
    }
}

/// Cases on the edges of the deadlines, computed with the independent calendar: a case
/// open whose finish deadline was Friday 27 November 2026 (overdue on Sunday the 29th
/// with 100 working days open); cases decided on their finish deadline, on the
/// non-working day after it, and on the working day after that; a case received on a
/// holiday; one decided the day it was received; and the two oldest open cases, received
/// on a Saturday and on the Friday before it (the same working days open), the Saturday's
/// first in the register: it comes first among the oldest, though received later.
fn edge_cases(days: &Days) -> Vec<Case> {
    let received_for = |finish: NaiveDate| {
        let mut r = finish - chrono::Days::new(200);
        while days.add(r, FINISH_WITHIN) < finish {
            r = r.succ_opt().unwrap();
        }
        assert_eq!(
            days.add(r, FINISH_WITHIN),
            finish,
            "a received date for {finish}"
        );
        r
    };
    let case = |received: NaiveDate| Case {
        received,
        qualified: Some(days.add(received, 3)),
        not_qualified: None,
        withdrawn: None,
        decided: None,
        closed: None,
    };
    let decided = |received: NaiveDate, on: NaiveDate| Case {
        decided: Some((on, "adjudication", "granted")),
        ..case(received)
    };
    let friday = ymd(2026, 11, 27);
    let open = case(received_for(friday));
    // A Friday deadline in 2025: decided on it, on the Saturday after, on the Monday.
    let fri = ymd(2025, 10, 17);
    let r = received_for(fri);
    let sat = fri.succ_opt().unwrap();
    let mon = ymd(2025, 10, 20);
    assert!(!days.working(sat) && days.working(mon));
    let holiday = ymd(2025, 3, 31); // Idul Fitri
    assert!(!days.working(holiday));
    let same_day = Case {
        qualified: Some(ymd(2024, 5, 6)),
        decided: Some((ymd(2024, 5, 6), "interim", "dismissed")),
        ..case(ymd(2024, 5, 6))
    };
    let (fri_2022, sat_2022) = (ymd(2022, 12, 30), ymd(2022, 12, 31));
    assert!(days.working(fri_2022) && !days.working(sat_2022));
    let entered = |received| Case {
        qualified: None,
        ..case(received)
    };
    vec![
        entered(sat_2022),
        entered(fri_2022),
        open,
        decided(r, fri),
        decided(r, sat),
        decided(r, mon),
        case(holiday),
        entered(holiday),
        same_day,
    ]
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
    let mut cases = generate_within(&mut rng, 2023, 4, n, limits);
    cases.extend(edge_cases(&days));
    let text = register_csv(&mut rng, seed, &cases);
    let (_, rows) = parse_csv(&text);
    let index: BTreeMap<&str, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r[2].as_str(), i))
        .collect();
    assert_eq!(index.len(), cases.len(), "applicants name the cases");

    let env = TestEnv::initialised();
    let out = env.run(&["import", write(&env, "random.csv", &text)]);
    assert_eq!(out.code, 0, "seed {seed}:\n{}", out.snapshot());

    for as_of in [ymd(2025, 3, 27), ymd(2025, 4, 28), ymd(2025, 12, 31), today] {
        let d = iso(as_of);
        let what = |s: &str| format!("seed {seed}, as of {d}: {s}");
        let want: Vec<Option<Expected>> = cases
            .iter()
            .map(|c| (c.received <= as_of).then(|| expected(c, &days, as_of)))
            .collect();

        // Every case received by the date, then the overdue ones. The register's numbers
        // and places (year, serial) of the cases, for the oldest below.
        let mut place: BTreeMap<usize, (i64, i64, String)> = BTreeMap::new();
        for overdue in [false, true] {
            let mut args = vec!["case", "list", "--as-of", &d, "--format", "json"];
            if overdue {
                args.push("--overdue");
            }
            let listed: Vec<Value> = serde_json::from_str(&env.ok(&args)).unwrap();
            let mut seen = BTreeSet::new();
            for got in &listed {
                let applicant = got["applicant"].as_str().unwrap();
                let i = index[applicant];
                let e = want[i]
                    .as_ref()
                    .unwrap_or_else(|| panic!("{}", what(&format!("{applicant} listed"))));
                check_listed(&what(applicant), got, &cases[i], &rows[i], e);
                seen.insert(i);
                let no = got["register_no"].as_str().unwrap().to_string();
                let at = (
                    got["year"].as_i64().unwrap(),
                    got["serial"].as_i64().unwrap(),
                );
                place.insert(i, (at.0, at.1, no));
            }
            let expected: BTreeSet<usize> = want
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    e.as_ref()
                        .is_some_and(|e| !overdue || !e.overdue.is_empty())
                })
                .map(|(i, _)| i)
                .collect();
            assert_eq!(
                seen,
                expected,
                "{}",
                what(if overdue {
                    "the overdue cases"
                } else {
                    "the cases"
                })
            );
            let order: Vec<(i64, i64)> = listed
                .iter()
                .map(|c| (c["year"].as_i64().unwrap(), c["serial"].as_i64().unwrap()))
                .collect();
            assert!(order.is_sorted(), "{}", what("register order"));
        }

        // The oldest open cases: not ended by the date, the most working days open first,
        // then register order (as of today off the index by received date, else a scan).
        let mut open: Vec<(i64, i64, i64, usize)> = want
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let e = e.as_ref().filter(|e| e.ended.is_none())?;
                let (year, serial, _) = &place[&i];
                Some((-e.working_days_open, *year, *serial, i))
            })
            .collect();
        open.sort();
        for n in ["1", "7", "40"] {
            let doc: Value = serde_json::from_str(
                &env.ok(&["recap", "--oldest", n, "--as-of", &d, "--format", "json"]),
            )
            .unwrap();
            assert_eq!(doc["as_of"], d.as_str());
            let got: Vec<Value> = serde_json::from_value(doc["rows"].clone()).unwrap();
            let want: Vec<Value> = open
                .iter()
                .take(n.parse().unwrap())
                .map(|&(_, _, _, i)| {
                    let e = expected(&cases[i], &days, as_of);
                    let state = if cases[i].qualified.is_some_and(|q| q <= as_of) {
                        "qualified"
                    } else {
                        "entered"
                    };
                    json!({
                        "register_no": place[&i].2,
                        "received_on": iso(cases[i].received),
                        "state": state,
                        "working_days_open": e.working_days_open,
                        "start_by": iso(e.start_by),
                        "finish_by": iso(e.finish_by),
                    })
                })
                .collect();
            assert_eq!(got, want, "{}", what(&format!("--oldest {n}")));
        }

        // Every cell of the processing times, for a range of years and for the years
        // with cases received by the date.
        for years in [Some((2022, 2027)), None] {
            let mut args = vec!["recap", "--times", "--as-of", &d, "--format", "json"];
            let range;
            if let Some((a, b)) = years {
                range = format!("{a}-{b}");
                args.extend(["--years", &range]);
            }
            let doc: Value = serde_json::from_str(&env.ok(&args)).unwrap();
            let got: Vec<Value> = serde_json::from_value(doc["rows"].clone()).unwrap();
            let list: Vec<i32> = match years {
                Some((a, b)) => (a..=b).collect(),
                None => cases
                    .iter()
                    .filter(|c| c.received <= as_of)
                    .map(|c| c.received.year())
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect(),
            };
            // Each year's rows, then the same over all the years listed (`total`).
            let groups: Vec<(Vec<i32>, Value)> = list
                .iter()
                .map(|&y| (vec![y], Value::from(y)))
                .chain([(list.clone(), Value::from("total"))])
                .collect();
            let want_rows: Vec<BTreeMap<String, Value>> = groups
                .iter()
                .flat_map(|(ys, label)| {
                    std::iter::once("all")
                        .chain(ROUTES)
                        .map(move |r| (ys, label, r))
                        .collect::<Vec<_>>()
                })
                .map(|(ys, label, r)| times_row(&cases, &want, (ys, label.clone()), r))
                .collect();
            assert_eq!(got.len(), want_rows.len(), "{}", what("rows of --times"));
            for (g, w) in got.iter().zip(&want_rows) {
                same_row(&what(&format!("{} {}", w["year"], w["route"])), g, w);
            }
        }
    }
}

/// Seed 11 every time; `SENGKETA_TEST_SEEDS=4` adds 12, 13 and 14 as before (and so on).
#[test]
fn random_deadlines() {
    for seed in seeds(&[11, 12, 13, 14], 1) {
        run_seed(seed);
    }
}
