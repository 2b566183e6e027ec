//! `recap --by person`: each person of the commission's cases (their current panel),
//! open ones, hearings sat, decisions and the median working days to decision, in every
//! recap format, checked against a count made another way: from each case's own
//! `case show` (its panel, hearings and state) and the calendar's listed days off.

use crate::common::{TestEnv, copy_register};
use std::collections::BTreeMap;

/// `d` plus `n` days, as ISO dates.
fn add_days(d: &str, n: i64) -> String {
    let d = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
    (d + chrono::Duration::days(n)).to_string()
}

/// 0 for Monday to 6 for Sunday.
fn weekday(d: &str) -> u32 {
    use chrono::Datelike;
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .unwrap()
        .weekday()
        .num_days_from_monday()
}

const COMMISSIONERS: [&str; 5] = ["Ahmad", "Siti", "Rudi", "Yanti", "Bambang"];

/// A register of cases across 2025 and 2026: panels (one replaced), hearings held and
/// scheduled, decisions, a withdrawal, a case with no panel.
fn register() -> TestEnv {
    let env = TestEnv::initialised();
    for name in COMMISSIONERS {
        env.ok(&["person", "add", name, "--role", "commissioner"]);
    }
    env.ok(&["person", "add", "Maya", "--role", "mediator"]);
    env.ok(&[
        "person", "add", "Dewi", "--role", "clerk", "--phone", "0741-1",
    ]);
    env.ok(&["person", "add", "Lina", "--role", "clerk"]);
    // (received, panel: chair, members, mediator, clerk, hearings held, scheduled, end)
    type Plan<'a> = (
        &'a str,
        [&'a str; 3],
        Option<&'a str>,
        &'a str,
        usize,
        usize,
        Option<(&'a str, &'a str)>,
    );
    let plans: &[Plan] = &[
        (
            "2025-03-03",
            ["Ahmad", "Siti", "Rudi"],
            Some("Maya"),
            "Dewi",
            2,
            0,
            Some(("decide", "2025-05-20")),
        ),
        (
            "2025-06-02",
            ["Siti", "Rudi", "Yanti"],
            None,
            "Lina",
            1,
            1,
            Some(("decide", "2025-09-15")),
        ),
        (
            "2025-08-04",
            ["Ahmad", "Yanti", "Bambang"],
            Some("Maya"),
            "Dewi",
            0,
            0,
            Some(("withdraw", "2025-08-20")),
        ),
        (
            "2026-01-12",
            ["Ahmad", "Siti", "Bambang"],
            None,
            "Dewi",
            3,
            0,
            Some(("decide", "2026-04-14")),
        ),
        (
            "2026-02-02",
            ["Rudi", "Siti", "Ahmad"],
            Some("Maya"),
            "Lina",
            1,
            2,
            None,
        ),
        (
            "2026-09-01",
            ["Yanti", "Rudi", "Bambang"],
            None,
            "Dewi",
            0,
            1,
            None,
        ),
        (
            "2026-10-05",
            ["Ahmad", "Siti", "Rudi"],
            None,
            "Dewi",
            0,
            0,
            None,
        ),
    ];
    let mut serials: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, (received, panel, mediator, clerk, held, scheduled, end)) in plans.iter().enumerate() {
        let serial = serials.entry(&received[..4]).or_default();
        *serial += 1;
        let case = format!("{}/{serial}", &received[..4]);
        env.ok(&[
            "case",
            "add",
            "--received",
            received,
            "--applicant",
            &format!("Pemohon {i}"),
            "--body",
            "Dinas Pendidikan",
            "--subject",
            "RKA",
        ]);
        let qualified = add_days(received, 1);
        env.ok(&["case", "qualify", &case, "--on", &qualified]);
        let mut assign = vec![
            "case", "assign", &case, "--chair", panel[0], "--member", panel[1], "--member",
            panel[2], "--clerk", clerk,
        ];
        if let Some(m) = mediator {
            assign.extend(["--mediator", m]);
        }
        env.ok(&assign);
        for h in 0..held + scheduled {
            let on = add_days(received, 14 + 7 * h as i64);
            env.ok(&[
                "hearing",
                "schedule",
                &case,
                "--on",
                &on,
                "--kind",
                "preliminary",
                // The dates are generated: a day off or a shared panel is not what this
                // test is about.
                "--on-non-working-day",
                "--despite-clash",
                "--reason",
                "generated",
            ]);
            if h < *held {
                env.ok(&[
                    "hearing",
                    "held",
                    &case,
                    &(h + 1).to_string(),
                    "--applicant",
                    "present",
                    "--respondent",
                    "present",
                ]);
            }
        }
        match end {
            Some(("decide", on)) => {
                env.ok(&[
                    "case",
                    "decide",
                    &case,
                    "--via",
                    "adjudication",
                    "--outcome",
                    "granted",
                    "--on",
                    on,
                ]);
            }
            Some(("withdraw", on)) => {
                env.ok(&["case", "withdraw", &case, "--on", on]);
            }
            _ => {}
        }
    }
    // The first case's panel replaced: Rudi leaves it, Yanti sits instead.
    env.ok(&[
        "case",
        "assign",
        "2025/1",
        "--chair",
        "Ahmad",
        "--member",
        "Siti",
        "--member",
        "Yanti",
        "--mediator",
        "Maya",
        "--clerk",
        "Dewi",
        "--reason",
        "Rudi recused",
    ]);
    // A case with no panel counts for nobody.
    env.ok(&[
        "case",
        "add",
        "--received",
        "2026-11-02",
        "--applicant",
        "X",
        "--body",
        "Y",
        "--subject",
        "Z",
    ]);
    env
}

/// The counts of each person made from each case's `case show` and the calendar list.
#[derive(Debug, Default, PartialEq, Clone)]
struct Load {
    assigned: i64,
    open: i64,
    hearings: i64,
    decisions: i64,
    days: Vec<i64>,
}

fn independent(env: &TestEnv, year: Option<i64>) -> BTreeMap<String, Load> {
    let mut off = std::collections::BTreeSet::new();
    for y in ["2025", "2026"] {
        let days: serde_json::Value =
            serde_json::from_str(&env.ok(&["calendar", "list", "--year", y, "--format", "json"]))
                .unwrap();
        for d in days.as_array().unwrap() {
            off.insert(d["date"].as_str().unwrap().to_string());
        }
    }
    // Working days after `a` up to and including `b`: weekdays not listed as days off.
    let working = |a: &str, b: &str| -> i64 {
        let mut n = 0;
        let mut d = a.to_string();
        while d.as_str() < b {
            d = add_days(&d, 1);
            let weekday = weekday(&d);
            if weekday < 5 && !off.contains(&d) {
                n += 1;
            }
        }
        n
    };
    let mut loads: BTreeMap<String, Load> = BTreeMap::new();
    for case in env.cases() {
        if year.is_some_and(|y| case["year"].as_i64() != Some(y)) {
            continue;
        }
        let no = case["register_no"].as_str().unwrap();
        let show: serde_json::Value =
            serde_json::from_str(&env.ok(&["case", "show", no, "--format", "json"])).unwrap();
        let c = &show;
        let held = show["hearings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["status"] == "held")
            .count() as i64;
        let mut names: Vec<&str> = show["case_file"]["panel"]
            .as_array()
            .map(|p| p.iter().map(|s| s["name"].as_str().unwrap()).collect())
            .unwrap_or_default();
        names.sort();
        names.dedup();
        for name in names {
            let l = loads.entry(name.to_string()).or_default();
            l.assigned += 1;
            l.open += i64::from(matches!(c["state"].as_str(), Some("entered" | "qualified")));
            l.hearings += held;
            if let Some(d) = c["decided_on"].as_str() {
                l.decisions += 1;
                l.days.push(working(c["received_on"].as_str().unwrap(), d));
            }
        }
    }
    loads
}

fn median(mut v: Vec<i64>) -> Option<f64> {
    v.sort();
    let n = v.len();
    (n > 0).then(|| {
        if n % 2 == 1 {
            v[n / 2] as f64
        } else {
            (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
        }
    })
}

#[test]
fn recap_by_person_agrees_with_each_cases_own_record() {
    let env = register();
    for year in [None, Some(2025), Some(2026)] {
        let want = independent(&env, year);
        let mut args = vec!["recap", "--by", "person", "--format", "json"];
        let y = year.map(|y| y.to_string());
        if let Some(y) = &y {
            args.extend(["--year", y]);
        }
        let json: serde_json::Value = serde_json::from_str(&env.ok(&args)).unwrap();
        let rows = json["rows"].as_array().unwrap_or_else(|| panic!("{json}"));
        // Every person, in the order added, the clerks and the mediator too.
        let names: Vec<&str> = rows.iter().map(|r| r["person"].as_str().unwrap()).collect();
        assert_eq!(
            names,
            [
                "Ahmad", "Siti", "Rudi", "Yanti", "Bambang", "Maya", "Dewi", "Lina"
            ]
        );
        for r in rows {
            let name = r["person"].as_str().unwrap();
            let w = want.get(name).cloned().unwrap_or_default();
            assert_eq!(r["assigned"], w.assigned, "{name} {year:?}: {r}");
            assert_eq!(r["open"], w.open, "{name} {year:?}: {r}");
            assert_eq!(r["hearings_sat"], w.hearings, "{name} {year:?}: {r}");
            assert_eq!(r["decisions"], w.decisions, "{name} {year:?}: {r}");
            assert_eq!(
                r["median_days"].as_f64(),
                median(w.days.clone()),
                "{name} {year:?}: {r}"
            );
        }
        assert_eq!(rows[0]["role"], "commissioner");
        assert_eq!(rows[6]["role"], "clerk");
    }
    // The replaced member no longer counts the case; the one who replaced him does.
    let all = independent(&env, None);
    assert_eq!(all["Rudi"].assigned, 4);
    assert_eq!(all["Yanti"].assigned, 4);
    // The table and the CSV carry the same rows.
    let csv = env.ok(&["recap", "--by", "person", "--format", "csv"]);
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("person,role,assigned,open,hearings_sat,decisions,median_days"),
        "{csv}"
    );
    let ahmad = lines.find(|l| l.starts_with("Ahmad,")).unwrap();
    let a = &all["Ahmad"];
    assert!(
        ahmad.starts_with(&format!(
            "Ahmad,commissioner,{},{},{},{},",
            a.assigned, a.open, a.hearings, a.decisions
        )),
        "{ahmad}"
    );
    let table = env.ok(&["recap", "--by", "person"]);
    assert!(
        table.contains("Ahmad") && table.contains("Hearings sat"),
        "{table}"
    );
    let id = env.ok(&["--lang", "id", "recap", "--by", "person"]);
    assert!(
        id.contains("Sidang dihadiri") && id.contains("panitera pengganti"),
        "{id}"
    );
    // Several registers: the people are one commission's, so it is refused.
    copy_register(env.db(), &env.dir().join("other.db"));
    let out = env.run(&[
        "recap",
        "--by",
        "person",
        "--registers",
        "register.db",
        "other.db",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}
