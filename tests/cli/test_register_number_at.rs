//! The register number given at receipt (the default) or at registration (the setting
//! `register-number-at`): receipt references, numbers in registration order, every
//! command naming a filing by its receipt, its number or YEAR/SERIAL, the undo of a
//! registration, the rule held by the database, and the default reading as before.

use crate::common::{TestEnv, refused};
use serde_json::Value;

fn show(env: &TestEnv, case: &str) -> Value {
    serde_json::from_str(&env.ok(&["case", "show", case, "--format", "json"])).unwrap()
}

/// The register number a case shows (its receipt while it has none).
fn number(env: &TestEnv, case: &str) -> String {
    show(env, case)["register_no"].as_str().unwrap().to_string()
}

fn registering_env() -> TestEnv {
    let env = TestEnv::initialised();
    env.ok(&["config", "set", "register-number-at", "registration"]);
    for (on, who) in [
        ("2026-01-05", "Ani"),
        ("2026-01-06", "Budi"),
        ("2026-01-07", "Citra"),
    ] {
        env.add(on, who, "Dinas Pendidikan");
    }
    env
}

#[test]
fn numbers_are_given_at_registration_in_registration_order() {
    let env = registering_env();
    // Received: each named by its receipt reference, none numbered.
    let listed: Vec<String> = env
        .cases()
        .iter()
        .map(|c| c["register_no"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, ["TT-2026-001", "TT-2026-002", "TT-2026-003"]);
    for c in env.cases() {
        assert_eq!(c["register_no"], c["receipt_no"]);
    }
    let shown = env.ok(&["case", "show", "2026/1"]);
    assert!(shown.contains("(given at registration)"), "{shown}");
    assert!(shown.contains("TT-2026-001"), "{shown}");

    // The qualification follows the akta registrasi: refused before it, naming the step.
    for step in [
        &["case", "qualify", "2026/1"][..],
        &["case", "reject", "TT-2026-001", "--reason", "late"],
    ] {
        let err = refused(&env, step, 3);
        assert!(
            err.contains("not registered yet")
                && err.contains("sengketa case register TT-2026-001"),
            "{err}"
        );
    }

    // The second received is registered first: it takes the year's first number.
    let out = env.run(&["case", "register", "TT-2026-002", "--on", "2026-01-08"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stderr.contains("001/I/KI-JBI-PS/2026"),
        "{}",
        out.stderr
    );
    env.ok(&["case", "register", "2026/1", "--on", "2026-02-02"]);
    env.ok(&[
        "case",
        "not-registered",
        "2026/3",
        "--reason",
        "other",
        "--on",
        "2026-01-20",
    ]);
    assert_eq!(number(&env, "2026/2"), "001/I/KI-JBI-PS/2026");
    assert_eq!(number(&env, "2026/1"), "002/II/KI-JBI-PS/2026");
    // A filing never registered takes no number.
    assert_eq!(number(&env, "2026/3"), "TT-2026-003");

    // Every name of a registered case is the same case: its number, its receipt, its
    // place; and commands that take CASE take each.
    for name in ["002/II/KI-JBI-PS/2026", "TT-2026-001", "2026/1"] {
        let v = show(&env, name);
        assert_eq!(v["register_no"], "002/II/KI-JBI-PS/2026", "{name}");
        assert_eq!(v["receipt_no"], "TT-2026-001", "{name}");
        assert_eq!(v["registered_on"], "2026-02-02", "{name}");
    }
    env.ok(&["case", "note", "TT-2026-001", "Berkas lengkap"]);
    env.ok(&["case", "qualify", "TT-2026-002", "--on", "2026-01-12"]);
    assert_eq!(show(&env, "001/I/KI-JBI-PS/2026")["state"], "qualified");
    let shown = env.ok(&["case", "show", "TT-2026-001"]);
    assert!(
        shown.contains("002/II/KI-JBI-PS/2026") && shown.contains("Receipt reference"),
        "{shown}"
    );
    assert!(!shown.contains("(given at registration)"), "{shown}");

    // The export names each case by its number and says its receipt.
    let export: Vec<Value> =
        serde_json::from_str(&env.ok(&["export", "--format", "json"])).unwrap();
    let receipts: Vec<(&str, &str)> = export
        .iter()
        .map(|c| {
            (
                c["register_no"].as_str().unwrap(),
                c["receipt_no"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        receipts,
        [
            ("002/II/KI-JBI-PS/2026", "TT-2026-001"),
            ("001/I/KI-JBI-PS/2026", "TT-2026-002"),
        ]
    );
    env.ok(&["verify"]);

    // The akta registrasi carries the number and the day of the registration.
    let akta = env.dir().join("akta.html");
    let akta_path = akta.to_str().unwrap();
    env.ok(&[
        "doc",
        "registration",
        "TT-2026-001",
        "--draft",
        "--format",
        "html",
        "-o",
        akta_path,
        "--item",
        "Formulir permohonan",
    ]);
    let text = std::fs::read_to_string(&akta).unwrap();
    assert!(text.contains("002/II/KI-JBI-PS/2026"), "{text}");
    assert!(
        text.contains("2 Februari 2026") && !text.contains("TT-2026-001"),
        "{text}"
    );

    // The archive carries the receipts and the registrations' numbers whole: the
    // register rebuilt from it lists the same cases and verifies.
    env.ok(&["export", "--archive", "register.jsonl"]);
    let restored = env.dir().join("restored.db");
    let r = restored.to_str().unwrap();
    let out = env.run(&["--db", r, "import", "--archive", "register.jsonl"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let list = |db: Option<&str>| {
        let mut args = vec!["case", "list", "--include-void", "--format", "json"];
        if let Some(db) = db {
            args.splice(0..0, ["--db", db]);
        }
        env.ok(&args)
    };
    assert_eq!(list(Some(r)), list(None));
    let out = env.run(&["--db", r, "verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
}

/// The undo of a registration names the filing by its receipt again; its number is given
/// again only if no later number of its year stands, else it stays a gap.
#[test]
fn undo_of_a_registration_gives_the_number_back_only_if_it_was_the_last() {
    let env = registering_env();
    env.ok(&["case", "register", "2026/1", "--on", "2026-01-08"]);
    env.ok(&["case", "register", "2026/2", "--on", "2026-01-09"]);
    // The last number given: back to the receipt, and the number is the next one's.
    env.ok(&[
        "case",
        "undo",
        "002/I/KI-JBI-PS/2026",
        "--yes",
        "--reason",
        "salah",
    ]);
    assert_eq!(number(&env, "2026/2"), "TT-2026-002");
    env.ok(&["case", "register", "2026/3", "--on", "2026-01-09"]);
    assert_eq!(number(&env, "2026/3"), "002/I/KI-JBI-PS/2026");
    // Not the last: undone, its number is not given again (a later one stands).
    env.ok(&["case", "undo", "2026/1", "--yes", "--reason", "salah"]);
    assert_eq!(number(&env, "2026/1"), "TT-2026-001");
    env.ok(&["case", "register", "2026/2", "--on", "2026-01-12"]);
    env.ok(&["case", "register", "2026/1", "--on", "2026-01-12"]);
    assert_eq!(number(&env, "2026/2"), "003/I/KI-JBI-PS/2026");
    assert_eq!(number(&env, "2026/1"), "004/I/KI-JBI-PS/2026");
    let out = env.ok(&["verify"]);
    assert!(out.contains("3 cases checked"), "{out}");
}

/// The database holds the rule: a case's number changes only with its registration or
/// its undo, a receipt never, and a registration's serial follows the standing ones.
#[test]
fn the_database_refuses_a_number_changed_by_other_means() {
    let env = registering_env();
    env.ok(&["case", "register", "2026/1", "--on", "2026-01-08"]);
    let before = env.contents();
    for sql in [
        "UPDATE cases SET register_no = '009/I/KI-JBI-PS/2026' WHERE serial = 2",
        "UPDATE cases SET register_no = 'TT-2026-001' WHERE serial = 1",
        "UPDATE cases SET receipt_no = 'TT-2026-009' WHERE serial = 3",
        "UPDATE register_numbers SET serial = 5",
        "DELETE FROM register_numbers",
    ] {
        let out = env.sqlite(sql);
        assert_ne!(out.code, 0, "{sql}: {}", out.snapshot());
    }
    assert_eq!(env.contents(), before);
    env.ok(&["verify"]);
}

/// The default numbers at receipt: the same commands with the setting unset and set to
/// `receipt` give the same bytes, and no receipt reference anywhere.
#[test]
fn numbering_at_receipt_reads_as_before() {
    let run = |set: bool| {
        let env = TestEnv::initialised();
        if set {
            env.ok(&["config", "set", "register-number-at", "receipt"]);
        }
        let mut got = String::new();
        for (on, who) in [("2026-01-05", "Ani"), ("2026-01-06", "Budi")] {
            got += &env.add(on, who, "Dinas Pendidikan");
        }
        env.ok(&["case", "register", "2026/2", "--on", "2026-01-08"]);
        for args in [
            &["case", "list"][..],
            &["case", "show", "2026/2"],
            &["case", "show", "2026/2", "--format", "json"],
            &["export", "--format", "json"],
            &["export"],
        ] {
            got += &env.ok(args);
        }
        got
    };
    let unset = run(false);
    assert_eq!(unset, run(true));
    assert!(unset.starts_with("001/I/KI-JBI-PS/2026002/I/KI-JBI-PS/2026"));
    assert!(
        !unset.contains("receipt_no") && !unset.contains("TT-"),
        "{unset}"
    );
}

/// The register CSV of a register numbered at registration carries `registered_on` and
/// `receipt_no`: it imports into a new register (numbers as written, receipts kept) and
/// exports the same bytes; the next registration there follows the imported numbers; a
/// row whose receipt and number disagree with its registration is refused, naming it.
#[test]
fn the_csv_carries_the_receipts_and_imports_back_whole() {
    let env = registering_env();
    env.ok(&["case", "register", "2026/2", "--on", "2026-01-08"]);
    env.ok(&["case", "qualify", "2026/2", "--on", "2026-01-09"]);
    env.ok(&["case", "register", "2026/1", "--on", "2026-02-09"]);
    let exported = env.ok(&["export"]);
    let head = exported.lines().next().unwrap();
    assert!(
        head.ends_with(",closed_on,registered_on,receipt_no"),
        "{head}"
    );
    assert!(
        exported.contains("\nTT-2026-003,2026-01-07,Citra,")
            && exported.ends_with(",,TT-2026-003\n"),
        "{exported}"
    );

    let other = TestEnv::initialised();
    std::fs::write(other.dir().join("cases.csv"), &exported).unwrap();
    other.ok(&["import", "cases.csv"]);
    assert_eq!(other.ok(&["export"]), exported);
    for name in ["TT-2026-002", "001/I/KI-JBI-PS/2026", "2026/2"] {
        let v = show(&other, name);
        assert_eq!(v["register_no"], "001/I/KI-JBI-PS/2026", "{name}");
        assert_eq!(v["state"], "qualified", "{name}");
    }
    other.ok(&["case", "register", "TT-2026-003", "--on", "2026-02-10"]);
    assert_eq!(number(&other, "2026/3"), "003/II/KI-JBI-PS/2026");
    other.ok(&["verify"]);

    let bad = format!(
        "{head}\n\
         X-1,2026-01-05,Dewi,individual,Dinas X,S,,,,,,,,,,,TT-2025-001\n\
         TT-2025-002,2026-01-05,Eko,individual,Dinas X,S,,,,,,,,,,2026-01-06,TT-2025-002\n\
         TT-2025-003,2026-01-05,Fitri,individual,Dinas X,S,2026-01-06,,,,,,,,,,TT-2025-003\n"
    );
    std::fs::write(other.dir().join("bad.csv"), bad).unwrap();
    let before = other.contents();
    let out = other.run(&["import", "bad.csv"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    for want in [
        "line 2, column 17 (receipt_no): \"TT-2025-001\"",
        "line 3, column 17 (receipt_no): \"TT-2025-002\"",
        "line 4, column 16 (registered_on)",
    ] {
        assert!(out.stderr.contains(want), "{want}:\n{}", out.stderr);
    }
    assert!(out.stderr.contains("not registered yet"), "{}", out.stderr);
    assert_eq!(other.contents(), before);
}

/// Random registrations and their undos, against a model written here: a registration
/// takes the serial after the highest number of its year that stands, with its month in
/// Roman numerals; an undo names the filing by its receipt again. After every step each
/// filing's name is the model's, and the register verifies at the end.
#[test]
fn random_registrations_and_undos_number_as_the_model_says() {
    const ROMAN: [&str; 3] = ["I", "II", "III"];
    let env = TestEnv::initialised();
    env.ok(&["config", "set", "register-number-at", "registration"]);
    let filings = 6;
    for i in 1..=filings {
        env.add(&format!("2026-01-0{i}"), "Ani", "Dinas Pendidikan");
    }
    // The model: each filing's standing number (serial, month), if registered.
    let mut standing: Vec<Option<(i64, usize)>> = vec![None; filings];
    let mut seed: u64 = 0x5eed_1234;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let want = |standing: &[Option<(i64, usize)>]| -> Vec<String> {
        let name = |(i, s): (usize, &Option<(i64, usize)>)| match s {
            Some((serial, month)) => format!("{serial:03}/{}/KI-JBI-PS/2026", ROMAN[*month]),
            None => format!("TT-2026-{:03}", i + 1),
        };
        standing.iter().enumerate().map(name).collect()
    };
    let mut day = 10; // days after 2026-01-01, each registration a later day
    for _ in 0..30 {
        let f = next(filings as u64) as usize;
        let case = format!("2026/{}", f + 1);
        match standing[f] {
            None => {
                day += 1 + next(4) as usize;
                let month = (day / 28).min(2);
                let on = format!("2026-{:02}-{:02}", month + 1, day % 28 + 1);
                env.ok(&["case", "register", &case, "--on", &on]);
                let serial = standing.iter().flatten().map(|s| s.0).max().unwrap_or(0) + 1;
                standing[f] = Some((serial, month));
            }
            Some(_) => {
                env.ok(&["case", "undo", &case, "--yes", "--reason", "keliru"]);
                standing[f] = None;
            }
        }
        // Every filing's name after the step, read from one listing (in the order of
        // receipt, which is the filings' order).
        let listed: Vec<String> = env
            .cases()
            .iter()
            .map(|c| c["register_no"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(listed, want(&standing));
    }
    // And as each case's own page shows it.
    let shown: Vec<String> = (1..=filings)
        .map(|i| number(&env, &format!("2026/{i}")))
        .collect();
    assert_eq!(shown, want(&standing));
    env.ok(&["verify"]);
}

/// A commission that changes the setting keeps one series of numbers: a registration
/// skips the numbers cases received before already have, and a case numbered at receipt
/// afterwards takes the next serial of its year; no number repeats.
#[test]
fn switching_the_setting_never_repeats_a_number() {
    let env = TestEnv::initialised();
    let mut got = vec![
        env.add("2026-01-05", "Ani", "Dinas Pendidikan"),
        env.add("2026-01-06", "Budi", "Dinas Pendidikan"),
    ];
    env.ok(&["config", "set", "register-number-at", "registration"]);
    got.push(env.add("2026-01-07", "Citra", "Dinas Pendidikan"));
    env.ok(&["case", "register", "TT-2026-003", "--on", "2026-01-20"]);
    env.ok(&["config", "set", "register-number-at", "receipt"]);
    got.push(env.add("2026-01-21", "Dewi", "Dinas Pendidikan"));
    assert_eq!(
        got,
        [
            "001/I/KI-JBI-PS/2026",
            "002/I/KI-JBI-PS/2026",
            "TT-2026-003",
            "004/I/KI-JBI-PS/2026"
        ]
    );
    assert_eq!(number(&env, "TT-2026-003"), "003/I/KI-JBI-PS/2026");
    env.ok(&["verify"]);
}
