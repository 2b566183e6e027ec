//! Clerks adding cases at the same moment: every add succeeds and the serials of each
//! year are 1..N, gapless and unique.

use crate::common::TestEnv;
use std::collections::BTreeMap;
use std::sync::{Arc, Barrier};

const PROCESSES: usize = 8;
/// Each clerk's adds. Twenty keep eight writers contending for the whole run (each add
/// waits on the others' transactions many times over: the eight start together and each
/// add takes about as long as any other) and give each year 80 serials to check; 40
/// proved nothing more at twice the cost, 250 took minutes.
const ADDS: usize = 20;

#[test]
fn eight_clerks_add_20_cases_each_at_once() {
    let env = Arc::new(TestEnv::initialised());
    let start = Arc::new(Barrier::new(PROCESSES));
    let clerks: Vec<_> = (0..PROCESSES)
        .map(|p| {
            let (env, start) = (Arc::clone(&env), Arc::clone(&start));
            std::thread::spawn(move || {
                start.wait();
                let mut failures = Vec::new();
                for i in 0..ADDS {
                    // years 2017 and 2018 mixed, months spread
                    let received = format!("{}-{:02}-15", 2017 + (p + i) % 2, 1 + i % 12);
                    let applicant = format!("clerk {p} case {i}");
                    // The default busy timeout (5 s) is for people; a loaded test machine
                    // running eight writers gets more, since what is tested is that every
                    // add lands, not how fast.
                    let mut cmd = env.command();
                    cmd.env("SENGKETA_BUSY_TIMEOUT_MS", "120000").args([
                        "case",
                        "add",
                        "--received",
                        &received,
                        "--applicant",
                        &applicant,
                        "--body",
                        "Dinas Pendidikan",
                        "--subject",
                        "Anggaran",
                        "--actor",
                        &format!("clerk-{p}"),
                    ]);
                    let out = env.run_command(cmd);
                    if out.code != 0 || !out.stderr.is_empty() || out.stdout.lines().count() != 1 {
                        failures.push(format!("{applicant}: {}", out.snapshot()));
                    }
                }
                failures
            })
        })
        .collect();
    let failures: Vec<String> = clerks
        .into_iter()
        .flat_map(|c| c.join().expect("a clerk thread"))
        .collect();
    assert!(
        failures.is_empty(),
        "{} adds failed, e.g.:\n{}",
        failures.len(),
        failures[..failures.len().min(5)].join("\n")
    );

    let cases = env.cases();
    assert_eq!(cases.len(), PROCESSES * ADDS);
    let mut serials: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for c in &cases {
        serials
            .entry(c["year"].as_i64().unwrap())
            .or_default()
            .push(c["serial"].as_i64().unwrap());
    }
    assert_eq!(serials.keys().copied().collect::<Vec<_>>(), [2017, 2018]);
    for (year, mut got) in serials {
        got.sort_unstable();
        let want: Vec<i64> = (1..=got.len() as i64).collect();
        assert!(
            got == want,
            "{year}: serials are not 1..{} without gap or duplicate",
            got.len()
        );
        assert_eq!(got.len(), PROCESSES * ADDS / 2, "{year}");
    }
    // every applicant once, and the numbers follow the serials
    let mut applicants: Vec<&str> = cases
        .iter()
        .map(|c| c["applicant"].as_str().unwrap())
        .collect();
    applicants.sort_unstable();
    applicants.dedup();
    assert_eq!(applicants.len(), PROCESSES * ADDS);
    for c in &cases {
        let no = c["register_no"].as_str().unwrap();
        let want = format!("{:03}/", c["serial"].as_i64().unwrap());
        assert!(
            no.starts_with(&want) && no.ends_with(&c["year"].to_string()),
            "{no}"
        );
    }
}
