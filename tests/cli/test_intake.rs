//! Intake (`case incomplete`, `register`, `not-registered`) and mediation on its own
//! clock (`mediation start|extend|fail|agree`): every deadline checked against a count of
//! working days written here from the shipped calendar's days (not the crate's deadline
//! code), the recap's columns against the steps taken, a register without intake steps
//! byte for byte as the release before intake wrote it, and the migration of registers
//! of versions 4 and 8.

use crate::common::{TestEnv, refused};
use serde_json::Value;
use std::collections::BTreeSet;

/// The days the shipped calendar closes the office (holidays and collective leave, which
/// the register counts as non-working by default), read as data.
fn closed_days(env: &TestEnv, years: &[i32]) -> BTreeSet<String> {
    let mut days = BTreeSet::new();
    for y in years {
        let csv = env.ok(&[
            "calendar",
            "list",
            "--year",
            &y.to_string(),
            "--format",
            "csv",
        ]);
        for line in csv.lines().skip(1) {
            days.insert(line.split(',').next().unwrap().to_string());
        }
    }
    days
}

/// A date as days since 1970-01-01 and back (proleptic Gregorian), for the count below.
fn day_number(d: &str) -> i64 {
    let y: i64 = d[0..4].parse().unwrap();
    let m: i64 = d[5..7].parse().unwrap();
    let day: i64 = d[8..10].parse().unwrap();
    let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + day - 719469
}

fn date_of(n: i64) -> String {
    // Civil from days (H. Hinnant's algorithm).
    let z = n + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day `n` working days after `d` (the day itself does not count).
fn plus_wd(closed: &BTreeSet<String>, d: &str, n: u32) -> String {
    let mut x = day_number(d);
    let mut left = n;
    while left > 0 {
        x += 1;
        // 1970-01-01 was a Thursday: x % 7 == 2 is a Saturday, 3 a Sunday.
        let weekend = matches!(x.rem_euclid(7), 2 | 3);
        if !weekend && !closed.contains(&date_of(x)) {
            left -= 1;
        }
    }
    date_of(x)
}

/// A small generator with a fixed seed (the same filings every run).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn show(env: &TestEnv, case: &str) -> Value {
    serde_json::from_str(&env.ok(&["case", "show", case, "--format", "json"])).unwrap()
}

/// The CSV's rows as maps of header to value.
fn csv_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

/// What the test did to a filing, and so what it expects.
#[derive(Debug, Clone)]
struct Filing {
    no: String,
    received: String,
    notice: Option<String>,
    registered: Option<String>,
    not_registered: Option<(String, &'static str)>,
}

#[test]
fn random_filings_have_the_deadlines_and_recap_columns_counted_here() {
    let env = TestEnv::initialised();
    let closed = closed_days(&env, &[2026]);
    let today = "2026-11-29";
    let mut rng = Lcg(20260717);
    let mut filings = Vec::new();
    for i in 0..36 {
        // Received from 5 January to 20 November 2026.
        let received = date_of(day_number("2026-01-05") + rng.below(320) as i64);
        let no = env.add(&received, &format!("Pemohon {i}"), "Dinas Pendidikan");
        let mut f = Filing {
            no: no.clone(),
            received: received.clone(),
            notice: None,
            registered: None,
            not_registered: None,
        };
        let after = |d: &str, most: u64, rng: &mut Lcg| {
            let x = date_of(day_number(d) + rng.below(most) as i64);
            if x.as_str() > today {
                today.to_string()
            } else {
                x
            }
        };
        match rng.below(6) {
            0 => {}
            1..=3 => {
                let on = after(&received, 6, &mut rng);
                env.ok(&[
                    "case",
                    "incomplete",
                    &no,
                    "--missing",
                    "fotokopi KTP",
                    "--on",
                    &on,
                ]);
                f.notice = Some(on.clone());
                match rng.below(3) {
                    0 => {}
                    1 => {
                        let r = after(&on, 15, &mut rng);
                        env.ok(&["case", "register", &no, "--on", &r]);
                        f.registered = Some(r);
                    }
                    _ => {
                        let r = after(&on, 15, &mut rng);
                        env.ok(&[
                            "case",
                            "not-registered",
                            &no,
                            "--reason",
                            "not-completed",
                            "--on",
                            &r,
                        ]);
                        f.not_registered = Some((r, "not_completed"));
                    }
                }
            }
            4 => {
                let r = after(&received, 10, &mut rng);
                env.ok(&["case", "register", &no, "--on", &r]);
                f.registered = Some(r);
            }
            _ => {
                let r = after(&received, 10, &mut rng);
                env.ok(&[
                    "case",
                    "not-registered",
                    &no,
                    "--reason",
                    "other",
                    "--on",
                    &r,
                ]);
                f.not_registered = Some((r, "other"));
            }
        }
        filings.push(f);
    }
    // Every filing's intake and its deadline, against the count here.
    let overdue = csv_rows(&env.ok(&["case", "list", "--overdue", "--format", "csv"]));
    let overdue_of = |no: &str| {
        overdue
            .iter()
            .find(|r| r["register_no"] == no)
            .map(|r| r["overdue"].clone())
    };
    for f in &filings {
        let v = show(&env, &f.no);
        let intake = &v["intake"];
        assert_eq!(
            intake["incomplete_on"].as_str(),
            f.notice.as_deref(),
            "{f:?}"
        );
        assert_eq!(
            intake["registered_on"].as_str(),
            f.registered.as_deref(),
            "{f:?}"
        );
        assert_eq!(
            intake["not_registered_on"].as_str(),
            f.not_registered.as_ref().map(|(d, _)| d.as_str()),
            "{f:?}"
        );
        assert_eq!(
            intake["not_registered_reason"].as_str(),
            f.not_registered.as_ref().map(|(_, r)| *r),
            "{f:?}"
        );
        let want = match (&f.notice, &f.registered, &f.not_registered) {
            (_, Some(_), _) | (_, _, Some(_)) => None,
            (Some(n), None, None) => Some(("completion", plus_wd(&closed, n, 7))),
            (None, None, None) => Some(("notice", plus_wd(&closed, &f.received, 3))),
        };
        match &want {
            Some((kind, due)) => {
                assert_eq!(intake["due"]["deadline"], *kind, "{f:?}");
                assert_eq!(intake["due"]["due"], due.as_str(), "{f:?}");
            }
            None => assert!(intake["due"].is_null(), "{f:?}: {intake}"),
        }
        // The overdue list names the intake deadline past (a filing not registered is
        // in no list).
        let cell = overdue_of(&f.no);
        if f.not_registered.is_some() {
            assert_eq!(cell, None, "{f:?}");
            continue;
        }
        let past = want.as_ref().filter(|(_, due)| due.as_str() < today);
        let named = cell.unwrap_or_default();
        match past {
            Some((kind, _)) => assert!(named.split(';').any(|w| w == *kind), "{f:?}: {named}"),
            None => assert!(
                !named.contains("notice") && !named.contains("completion"),
                "{f:?}: {named}"
            ),
        }
    }
    // Table 1: filings not registered in their own column, never in "entered".
    let recap = csv_rows(&env.ok(&["recap", "--format", "csv"]));
    let year = recap.iter().find(|r| r["year"] == "2026").unwrap();
    let not_registered = filings
        .iter()
        .filter(|f| f.not_registered.is_some())
        .count();
    assert!(not_registered > 0 && not_registered < filings.len());
    assert_eq!(
        year["entered"],
        (filings.len() - not_registered).to_string()
    );
    assert_eq!(year["not_registered"], not_registered.to_string());
    // And the export leaves them out, as it leaves out void entries.
    let exported = env.ok(&["export"]);
    assert_eq!(exported.lines().count(), filings.len() - not_registered + 1);
}

#[test]
fn intake_steps_are_refused_out_of_order_and_undone() {
    let env = TestEnv::initialised();
    let no = env.add("2026-11-02", "Budi", "Bappeda");
    // "Not completed" needs a notice first: refused, nothing written.
    let out = refused(
        &env,
        &[
            "case",
            "not-registered",
            &no,
            "--reason",
            "not-completed",
            "--on",
            "2026-11-03",
        ],
        3,
    );
    assert!(out.contains("case incomplete"), "{out}");
    env.ok(&[
        "case",
        "incomplete",
        &no,
        "--missing",
        "KTP",
        "--on",
        "2026-11-03",
    ]);
    env.ok(&[
        "case",
        "not-registered",
        &no,
        "--reason",
        "not-completed",
        "--on",
        "2026-11-13",
    ]);
    // A filing not registered takes no step but the undo of that one.
    refused(&env, &["case", "qualify", &no, "--on", "2026-11-16"], 3);
    env.ok(&["case", "undo", &no, "--reason", "salah catat"]);
    env.ok(&["case", "register", &no, "--on", "2026-11-10"]);
    let v = show(&env, &no);
    assert_eq!(v["intake"]["registered_on"], "2026-11-10");
    assert!(v["intake"]["not_registered_on"].is_null());
    env.ok(&["case", "qualify", &no, "--on", "2026-11-16"]);
    // Once qualified, intake is over.
    refused(&env, &["case", "register", &no, "--on", "2026-11-17"], 3);
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
}

/// Three qualified cases: mediation around Nyepi, Idul Fitri and Good Friday 2026
/// (extended), one past its 14 working days as of today, one due in the agenda's span.
#[test]
fn mediation_runs_fourteen_working_days_or_twenty_one_around_the_holidays() {
    let env = TestEnv::initialised();
    let closed = closed_days(&env, &[2026]);
    let a = env.add("2026-02-23", "Budi", "Bappeda");
    let b = env.add("2026-10-05", "Sari", "Dinas PUPR");
    let c = env.add("2026-10-26", "Rudi", "Dinas Pendidikan");
    env.ok(&["case", "qualify", &a, "--on", "2026-03-02"]);
    env.ok(&["case", "qualify", &b, "--on", "2026-10-12"]);
    env.ok(&["case", "qualify", &c, "--on", "2026-11-02"]);
    env.ok(&["mediation", "start", &a, "--on", "2026-03-09"]);
    // 14 working days from Monday 9 March, Nyepi and Idul Fitri (18-24 March) and Good
    // Friday (3 April) closed: Monday 6 April, as counted here.
    assert_eq!(plus_wd(&closed, "2026-03-09", 14), "2026-04-06");
    let v = show(&env, &a);
    assert_eq!(v["mediation"]["due"], "2026-04-06");
    env.ok(&[
        "mediation",
        "extend",
        &a,
        "--reason",
        "para pihak meminta waktu",
        "--on",
        "2026-04-01",
    ]);
    assert_eq!(plus_wd(&closed, "2026-03-09", 21), "2026-04-15");
    assert_eq!(show(&env, &a)["mediation"]["due"], "2026-04-15");
    // Extended once only.
    refused(
        &env,
        &[
            "mediation",
            "extend",
            &a,
            "--reason",
            "lagi",
            "--on",
            "2026-04-02",
        ],
        3,
    );
    // The extension undone, 14 working days again; then extended and agreed.
    env.ok(&["case", "undo", &a, "--reason", "keliru"]);
    assert_eq!(show(&env, &a)["mediation"]["due"], "2026-04-06");
    env.ok(&[
        "mediation",
        "extend",
        &a,
        "--reason",
        "para pihak meminta waktu",
        "--on",
        "2026-04-01",
    ]);
    env.ok(&["mediation", "agree", &a, "--on", "2026-04-14"]);
    let v = show(&env, &a);
    assert_eq!(v["mediation"]["agreed_on"], "2026-04-14");
    assert_eq!(v["mediation"]["against"]["standing"], "met");
    refused(
        &env,
        &[
            "mediation",
            "fail",
            &a,
            "--reason",
            "x",
            "--on",
            "2026-04-15",
        ],
        3,
    );
    env.ok(&[
        "case",
        "decide",
        &a,
        "--via",
        "mediation",
        "--outcome",
        "agreement",
        "--on",
        "2026-04-15",
    ]);

    // B: started 2 November, 14 working days: 20 November; overdue today.
    env.ok(&["mediation", "start", &b, "--on", "2026-11-02"]);
    let due_b = plus_wd(&closed, "2026-11-02", 14);
    assert_eq!(show(&env, &b)["mediation"]["due"], due_b.as_str());
    assert_eq!(
        show(&env, &b)["mediation"]["against"]["standing"],
        "overdue"
    );
    let overdue = csv_rows(&env.ok(&["case", "list", "--overdue", "--format", "csv"]));
    let row = overdue
        .iter()
        .find(|r| r["register_no"] == b)
        .expect("b is overdue");
    assert!(row["overdue"].contains("mediation"), "{row:?}");
    let text = env.ok(&["case", "show", &b]);
    let line = text
        .lines()
        .find(|l| l.starts_with("Mediation due"))
        .expect(&text);
    assert!(line.contains(&due_b) && line.contains("overdue"), "{text}");

    // C: started 16 November: due in the agenda of the coming days.
    env.ok(&["mediation", "start", &c, "--on", "2026-11-16"]);
    let due_c = plus_wd(&closed, "2026-11-16", 14);
    let agenda = env.ok(&[
        "agenda",
        "--on",
        "2026-11-30",
        "--days",
        "5",
        "--format",
        "csv",
    ]);
    assert!(
        agenda.contains(&format!("deadline,{due_c},,{c},mediation")),
        "{agenda}"
    );
    // B fails: adjudication follows.
    env.ok(&[
        "mediation",
        "fail",
        &b,
        "--reason",
        "termohon tidak hadir",
        "--on",
        "2026-11-27",
    ]);

    // recap --mediation against the cases' own records.
    let recap = csv_rows(&env.ok(&["recap", "--mediation", "--format", "csv"]));
    let year = recap.iter().find(|r| r["year"] == "2026").unwrap();
    let shown: Vec<Value> = [&a, &b, &c].iter().map(|n| show(&env, n)).collect();
    let count = |key: &str| {
        shown
            .iter()
            .filter(|v| !v["mediation"][key].is_null())
            .count()
    };
    assert_eq!(year["started"], count("started_on").to_string());
    assert_eq!(year["agreed"], count("agreed_on").to_string());
    assert_eq!(year["failed"], count("failed_on").to_string());
    assert_eq!(year["extended"], count("extended_on").to_string());
    // Working days in mediation of those ended: A 9 March to 14 April, B 2 to 27 November.
    let days = |from: &str, to: &str| {
        let mut n = 0;
        let mut d = from.to_string();
        while d.as_str() < to {
            d = plus_wd(&closed, &d, 1);
            n += 1;
        }
        n
    };
    let (da, db) = (
        days("2026-03-09", "2026-04-14"),
        days("2026-11-02", "2026-11-27"),
    );
    let median = (da + db) as f64 / 2.0;
    assert_eq!(year["median_days"].parse::<f64>().unwrap(), median);
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
}

#[test]
fn exempt_information_goes_straight_to_adjudication() {
    let env = TestEnv::initialised();
    let no = env.ok(&[
        "case",
        "add",
        "--received",
        "2026-11-02",
        "--applicant",
        "LSM",
        "--body",
        "RSUD",
        "--subject",
        "Tarif",
        "--ground",
        "a",
    ]);
    let no = no.trim();
    env.ok(&["case", "qualify", no, "--on", "2026-11-09"]);
    let out = refused(&env, &["mediation", "start", no, "--on", "2026-11-10"], 3);
    assert!(out.contains("exempt information"), "{out}");
    // Not qualified yet: refused too, saying so.
    let other = env.add("2026-11-02", "Budi", "Bappeda");
    refused(
        &env,
        &["mediation", "start", &other, "--on", "2026-11-10"],
        3,
    );
}

/// A register without intake steps: its recaps and exports, byte for byte, as the
/// release before intake wrote them (fixtures/intake/*.golden, made by
/// fixtures/intake/make_golden.sh with that release's binary).
#[test]
fn a_register_without_intake_steps_reads_as_before() {
    let here = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let commands = std::fs::read_to_string(format!("{here}/intake/commands.txt")).unwrap();
    for (name, csv) in [
        ("jambi", format!("{here}/jambi-2017-2018.csv")),
        ("random", format!("{here}/intake/random-register.csv")),
    ] {
        let env = TestEnv::initialised();
        env.ok(&["import", &csv]);
        let mut got = String::new();
        for line in commands.lines() {
            got += &format!("$ {line}\n");
            let args: Vec<&str> = line.split_whitespace().collect();
            got += &env.ok(&args);
        }
        let want = std::fs::read_to_string(format!("{here}/intake/{name}.golden")).unwrap();
        if got != want {
            let first = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{name}: differs from line {}:\n got: {:?}\nwant: {:?}",
                first + 1,
                got.lines().nth(first),
                want.lines().nth(first)
            );
        }
    }
}

/// Registers of versions 4 and 8 migrate, verify with their chain whole, and take the
/// new steps.
#[test]
fn registers_of_versions_4_and_8_migrate_and_take_intake_and_mediation() {
    for (v, file, case) in [(4, "v4.sql", "2026/2"), (8, "v8.sql", "2026/1")] {
        let env = TestEnv::new();
        let path = format!("{}/fixtures/registers/{file}", env!("CARGO_MANIFEST_DIR"));
        let load = std::process::Command::new("sqlite3")
            .arg(env.db())
            .stdin(std::fs::File::open(path).unwrap())
            .output()
            .unwrap();
        assert!(load.status.success(), "{load:?}");
        assert_eq!(env.sqlite("PRAGMA user_version").stdout, format!("{v}\n"));
        let out = env.run(&["verify"]);
        assert_eq!(out.code, 0, "version {v}: {}", out.snapshot());
        assert_eq!(
            env.sqlite("PRAGMA user_version").stdout,
            format!("{}\n", sengketa::storage::SCHEMA_VERSION)
        );
        let state = show(&env, case)["state"].as_str().unwrap().to_string();
        if state == "qualified" {
            env.ok(&["mediation", "start", case, "--on", "2026-11-29"]);
        } else {
            env.ok(&["case", "register", case, "--on", "2026-11-29"]);
        }
        let out = env.run(&["verify"]);
        assert_eq!(out.code, 0, "version {v}: {}", out.snapshot());
    }
}

/// The setting `deadline-basis`: Art. 38's 14 and 100 working days from receipt (the
/// default) or from the akta registrasi, counted here; named in `case show`; the
/// overdue list and the agenda follow it; a filing not yet registered counts from its
/// receipt; `registered_on` in the cases' JSON only for a case registered.
#[test]
fn the_deadlines_count_from_the_registration_where_the_commission_says_so() {
    let env = TestEnv::initialised();
    let closed = closed_days(&env, &[2026, 2027]);
    // A: received 20 October, registered 16 November; B: received the same day, never
    // registered (a notice only).
    let a = env.add("2026-10-20", "Pemohon A", "Dinas Pendidikan");
    let b = env.add("2026-10-20", "Pemohon B", "Dinas Pendidikan");
    env.ok(&["case", "register", &a, "--on", "2026-11-16"]);
    env.ok(&[
        "case",
        "incomplete",
        &b,
        "--missing",
        "fotokopi KTP",
        "--on",
        "2026-10-21",
    ]);
    let dates = |env: &TestEnv, no: &str| {
        let v = show(env, no);
        (
            v["start_by"].as_str().unwrap().to_string(),
            v["finish_by"].as_str().unwrap().to_string(),
            v["deadline_basis"].clone(),
        )
    };
    let overdue_start = |env: &TestEnv, no: &str| {
        csv_rows(&env.ok(&["case", "list", "--overdue", "--format", "csv"]))
            .iter()
            .any(|r| r["register_no"] == no && r["overdue"].split(';').any(|w| w == "start"))
    };
    // By receipt (the default): both from 20 October; A is late to start.
    for no in [&a, &b] {
        let (start, finish, basis) = dates(&env, no);
        assert_eq!(start, plus_wd(&closed, "2026-10-20", 14));
        assert_eq!(finish, plus_wd(&closed, "2026-10-20", 100));
        assert_eq!(basis["basis"], "receipt");
        assert_eq!(basis["from"], "2026-10-20");
    }
    assert!(overdue_start(&env, &a));
    let table = env.ok(&["case", "show", &a]);
    assert!(
        table.contains("Deadlines counted from") && table.contains("receipt, 2026-10-20"),
        "{table}"
    );
    // By registration: A from 16 November, and no longer late; B still from receipt.
    env.ok(&["config", "set", "deadline-basis", "registration"]);
    let (start, finish, basis) = dates(&env, &a);
    assert_eq!(start, plus_wd(&closed, "2026-11-16", 14));
    assert_eq!(finish, plus_wd(&closed, "2026-11-16", 100));
    assert_eq!(basis["basis"], "registration");
    assert_eq!(basis["from"], "2026-11-16");
    assert!(!overdue_start(&env, &a));
    let (start_b, _, basis_b) = dates(&env, &b);
    assert_eq!(start_b, plus_wd(&closed, "2026-10-20", 14));
    assert_eq!(basis_b["from"], "2026-10-20");
    assert!(overdue_start(&env, &b));
    let table = env.ok(&["case", "show", &a]);
    assert!(
        table.contains("registration (akta registrasi), 2026-11-16"),
        "{table}"
    );
    // The agenda lists A's start deadline on its day, counted from the registration.
    let agenda = env.ok(&[
        "agenda",
        "--on",
        "2026-11-30",
        "--days",
        "10",
        "--format",
        "csv",
    ]);
    assert!(
        agenda.contains(&format!("deadline,{start},,{a},start")),
        "{agenda}"
    );
    // The cases' JSON carries registered_on for A only.
    let listed: Value =
        serde_json::from_str(&env.ok(&["case", "list", "--format", "json"])).unwrap();
    let of = |no: &str| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["register_no"] == no)
            .unwrap()
            .clone()
    };
    assert_eq!(of(&a)["registered_on"], "2026-11-16");
    assert!(of(&b).get("registered_on").is_none());
    let exported: Value = serde_json::from_str(&env.ok(&["export", "--format", "json"])).unwrap();
    assert_eq!(exported[0]["registered_on"], "2026-11-16");
    assert_eq!(exported[0]["start_by"], start.as_str());
}

/// `registered_on` in the register CSV: written after the 15 columns by a register that
/// records intake (a register that does not exports its 15, byte for byte as before, in
/// `a_register_without_intake_steps_reads_as_before`), read back by `import` as the
/// registration, so an export imports into a new register and exports the same bytes;
/// a registration out of order is refused with its line and column.
#[test]
fn registered_on_goes_through_the_csv_and_back() {
    let env = TestEnv::initialised();
    for d in ["2026-01-05", "2026-01-06", "2026-01-07"] {
        env.add(d, "Ani", "Dinas Pendidikan");
    }
    let plain = env.ok(&["export"]);
    assert!(
        plain.lines().next().unwrap().ends_with(",closed_on"),
        "{plain}"
    );
    env.ok(&["case", "register", "2026/2", "--on", "2026-01-08"]);
    env.ok(&["case", "qualify", "2026/2", "--on", "2026-01-09"]);
    env.ok(&["case", "register", "2026/1", "--on", "2026-01-12"]);
    let exported = env.ok(&["export"]);
    let rows = csv_rows(&exported);
    let registered: Vec<&str> = rows.iter().map(|r| r["registered_on"].as_str()).collect();
    assert_eq!(registered, ["2026-01-12", "2026-01-08", ""]);
    crate::common::write(&env, "cases.csv", &exported);

    let other = TestEnv::initialised();
    std::fs::copy(env.dir().join("cases.csv"), other.dir().join("cases.csv")).unwrap();
    other.ok(&["import", "cases.csv"]);
    assert_eq!(other.ok(&["export"]), exported);
    assert_eq!(show(&other, "2026/2")["registered_on"], "2026-01-08");
    other.ok(&["verify"]);

    let head = exported.lines().next().unwrap();
    let bad = format!(
        "{head}\n\
         ,2026-01-05,Budi,individual,Dinas X,S,2026-01-06,,,,,,,,,2026-01-07\n\
         ,2026-01-05,Citra,individual,Dinas X,S,,,,,,,,,,2026-01-02\n\
         ,2026-01-05,Dewi,individual,Dinas X,S,,,,,,,,,,kemarin\n"
    );
    crate::common::write(&other, "bad.csv", &bad);
    let before = other.contents();
    let out = other.run(&["import", "bad.csv"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    let err = out.stderr;
    for want in [
        "line 2, column 16 (registered_on): \"2026-01-07\"",
        "line 3, column 16 (registered_on): \"2026-01-02\"",
        "line 4, column 16 (registered_on): \"kemarin\"",
    ] {
        assert!(err.contains(want), "{want}:\n{err}");
    }
    assert_eq!(other.contents(), before);
}
