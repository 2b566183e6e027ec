//! Dates: the three spellings are one date, "today" is the pinned one.

use crate::common::{TODAY, TestEnv};

#[test]
fn three_spellings_are_the_same_date() {
    let env = TestEnv::initialised();
    for received in ["2017-03-02", "02-03-2017", "02/03/2017", "2/3/2017"] {
        env.add(received, "Budi Santoso", "Dinas Pendidikan");
    }
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    env.ok(&["case", "qualify", "2017/2", "--on", "09-03-2017"]);
    env.ok(&["case", "qualify", "2017/3", "--on", "09/03/2017"]);
    let cases = env.cases();
    let got: Vec<(&str, &str, &str)> = cases
        .iter()
        .map(|c| {
            (
                c["register_no"].as_str().unwrap(),
                c["received_on"].as_str().unwrap(),
                c["qualified_on"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("001/III/KI-JBI-PS/2017", "2017-03-02", "2017-03-09"),
            ("002/III/KI-JBI-PS/2017", "2017-03-02", "2017-03-09"),
            ("003/III/KI-JBI-PS/2017", "2017-03-02", "2017-03-09"),
            ("004/III/KI-JBI-PS/2017", "2017-03-02", "-"),
        ]
    );
}

#[test]
fn dates_default_to_the_pinned_today() {
    let env = TestEnv::initialised();
    let no = env.ok(&[
        "case",
        "add",
        "--applicant",
        "A",
        "--body",
        "B",
        "--subject",
        "C",
    ]);
    assert_eq!(no, "001/XI/KI-JBI-PS/2026\n");
    env.ok(&["case", "qualify", "2026/1"]);
    let c = &env.cases()[0];
    assert_eq!(c["received_on"], TODAY);
    assert_eq!(c["qualified_on"], TODAY);
    // the very day of today is not in the future
    env.ok(&["case", "withdraw", "2026/1", "--on", TODAY]);
}

/// `case undo` is dated like every step: `--on` (default today), not in the future, not
/// before the step it reverts; its `--note` is kept.
#[test]
fn an_undo_is_dated_and_noted() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    let before = env.contents();
    for (on, want) in [
        ("2017-03-08", "before the date of the step it reverts"),
        ("2030-01-01", "lies in the future"),
    ] {
        let out = env.run(&["case", "undo", "2017/1", "--reason", "typo", "--on", on]);
        assert_eq!(out.code, 3, "{}", out.snapshot());
        assert!(out.stderr.contains(want), "{}", out.stderr);
        assert_eq!(env.contents(), before);
    }
    env.ok(&[
        "case",
        "undo",
        "2017/1",
        "--reason",
        "typo",
        "--on",
        "09/03/2017",
        "--note",
        "letter of 9 March",
    ]);
    let show = env.ok(&["case", "show", "2017/1", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&show).unwrap();
    let undo = &v["timeline"][2];
    assert_eq!(undo["kind"], "undo");
    assert_eq!(undo["on"], "2017-03-09");
    assert_eq!(undo["note"], "letter of 9 March");
    assert_eq!(undo["reverts"], 2);
    assert_eq!(v["state"], "entered");
    // the default date is today
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-10"]);
    env.ok(&["case", "undo", "2017/1", "--reason", "again"]);
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", "2017/1", "--format", "json"])).unwrap();
    assert_eq!(v["timeline"][4]["on"], TODAY);
}

/// Without SENGKETA_TODAY, today is the local calendar date (by `TZ`), not UTC's: the two
/// zones below are 26 hours apart, so they never share a date.
#[test]
fn today_is_the_local_date() {
    let env = TestEnv::initialised();
    for tz in ["Etc/GMT+12", "Etc/GMT-14"] {
        let local = || {
            let out = std::process::Command::new("date")
                .arg("+%F")
                .env("TZ", tz)
                .output()
                .expect("date runs");
            String::from_utf8(out.stdout).unwrap().trim().to_string()
        };
        let before = local();
        let out = env
            .command()
            .env_remove("SENGKETA_TODAY")
            .env("TZ", tz)
            .args([
                "case",
                "add",
                "--applicant",
                "A",
                "--body",
                "B",
                "--subject",
                "C",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let after = local();
        let cases = env.cases();
        let received = cases.last().unwrap()["received_on"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(
            received == before || received == after,
            "{tz}: received {received}, local date {before}"
        );
    }
}
