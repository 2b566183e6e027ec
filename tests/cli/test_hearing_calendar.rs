//! The hearing calendar and the steps that mean what they say: a hearing refused on a
//! non-working day and on a clash (each refusal exit 3, the register unchanged, the way
//! out named; each override's reason in the history), the agenda marking a clash, future
//! hearings cancelled by the step that ends a case and restored by its undo, "sidang
//! ke-N" among the hearings that stand, Indonesian times, a close refused while an
//! appeal may come, and the court checked against the body's kind.

use crate::common::{Output, TestEnv, refused};

/// Runs `sengketa ARGS` on the legal day `today`.
fn on(env: &TestEnv, today: &str, args: &[&str]) -> Output {
    let out = env
        .command()
        .env("SENGKETA_TODAY", today)
        .args(args)
        .output()
        .expect("sengketa runs");
    Output {
        stdout: String::from_utf8(out.stdout).expect("UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8"),
        code: out.status.code().expect("an exit code"),
    }
}

/// A refusal in an Indonesian run: exit 3, nothing on stdout, the register unchanged.
/// Returns stderr.
fn refused_id(env: &TestEnv, args: &[&str]) -> String {
    let before = env.contents();
    let mut full = vec!["--lang", "id"];
    full.extend_from_slice(args);
    let out = env.run(&full);
    assert_eq!(out.code, 3, "sengketa {full:?}:\n{}", out.snapshot());
    assert_eq!(out.stdout, "");
    assert_eq!(
        env.contents(),
        before,
        "sengketa {full:?} changed the register"
    );
    out.stderr
}

/// The timeline of `case show --format json`, every event's words in one text.
fn timeline(env: &TestEnv, case: &str) -> String {
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", case, "--format", "json"])).expect("JSON");
    json["timeline"]
        .as_array()
        .expect("a timeline")
        .iter()
        .map(|e| e["what"].as_str().unwrap_or_default().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// [`on`], which must succeed; returns what it wrote, stdout then stderr.
fn ok_on(env: &TestEnv, today: &str, args: &[&str]) -> String {
    let out = on(env, today, args);
    assert_eq!(out.code, 0, "sengketa {args:?}:\n{}", out.snapshot());
    format!("{}{}", out.stdout, out.stderr)
}

/// Two qualified cases, received in January 2026, the register's today pinned after.
fn two_cases() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi Santoso", "RSUD Raden Mattaher");
    env.add("2026-01-06", "Siti Aminah", "Dinas Pendidikan");
    env.ok(&["case", "qualify", "2026/1", "--on", "2026-01-12"]);
    env.ok(&["case", "qualify", "2026/2", "--on", "2026-01-12"]);
    env
}

#[test]
fn a_hearing_on_a_day_off_is_refused_naming_the_day_unless_overridden() {
    let env = two_cases();
    // SENGKETA_TODAY is pinned by the environment to 2026-11-29; the hearings below lie
    // before it, which the register allows (a clerk records past schedules too).
    let imlek = refused(
        &env,
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-02-17",
            "--kind",
            "preliminary",
        ],
        3,
    );
    assert!(imlek.contains("Chinese New Year"), "{imlek}");
    assert!(imlek.contains("--on-non-working-day"), "{imlek}");
    let id = refused_id(
        &env,
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-02-17",
            "--kind",
            "preliminary",
        ],
    );
    assert!(id.contains("Tahun Baru Imlek"), "{id}");
    let sunday = refused_id(
        &env,
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-02-15",
            "--kind",
            "preliminary",
        ],
    );
    assert!(sunday.contains("Minggu"), "{sunday}");
    // An override without its reason is a usage error, and changes nothing.
    refused(
        &env,
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-02-15",
            "--kind",
            "preliminary",
            "--on-non-working-day",
        ],
        2,
    );
    let said = env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2026-02-15",
        "--kind",
        "preliminary",
        "--on-non-working-day",
        "--reason",
        "sidang keliling di Kerinci",
    ]);
    assert_eq!(said.trim(), "1");
    // A postponement to Independence Day is refused too.
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2027-08-12",
        "--kind",
        "evidence",
    ]);
    let merdeka = refused(
        &env,
        &[
            "hearing",
            "postpone",
            "2026/1",
            "2",
            "--to",
            "2027-08-17",
            "--reason",
            "panel away",
        ],
        3,
    );
    assert!(merdeka.contains("Independence Day"), "{merdeka}");
    let show = timeline(&env, "2026/1");
    assert!(
        show.contains("--on-non-working-day: sidang keliling di Kerinci"),
        "the override's reason is in the history:\n{show}"
    );
}

#[test]
fn a_clash_of_room_is_refused_naming_the_other_hearing_and_marked_on_the_agenda() {
    let env = two_cases();
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2026-03-03",
        "--at",
        "9.30",
        "--kind",
        "preliminary",
        "--room",
        "Ruang Sidang 1",
    ]);
    let clash = refused(
        &env,
        &[
            "hearing",
            "schedule",
            "2026/2",
            "--on",
            "2026-03-03",
            "--at",
            "10:00",
            "--kind",
            "preliminary",
            "--room",
            "ruang sidang 1",
        ],
        3,
    );
    assert!(
        clash.contains("hearing 1 of case 001/I/KI-JBI-PS/2026 on 2026-03-03 at 09:30"),
        "{clash}"
    );
    assert!(clash.contains("--despite-clash"), "{clash}");
    // Two hours later the room is free (the setting hearing-minutes, 120 by default).
    env.ok(&[
        "hearing",
        "schedule",
        "2026/2",
        "--on",
        "2026-03-03",
        "--at",
        "11:30",
        "--kind",
        "preliminary",
        "--room",
        "Ruang Sidang 1",
    ]);
    env.ok(&["config", "set", "hearing-minutes", "180"]);
    let longer = refused(
        &env,
        &[
            "hearing",
            "schedule",
            "2026/2",
            "--on",
            "2026-03-03",
            "--at",
            "11:00",
            "--kind",
            "evidence",
            "--room",
            "Ruang Sidang 1",
        ],
        3,
    );
    assert!(longer.contains("clashes"), "{longer}");
    env.ok(&[
        "hearing",
        "schedule",
        "2026/2",
        "--on",
        "2026-03-03",
        "--at",
        "11:00",
        "--kind",
        "evidence",
        "--room",
        "Ruang Sidang 1",
        "--despite-clash",
        "--reason",
        "majelis menggabungkan pemeriksaan",
    ]);
    let show = timeline(&env, "2026/2");
    assert!(
        show.contains("--despite-clash: majelis menggabungkan pemeriksaan"),
        "the override's reason is in the history:\n{show}"
    );
    let out = env
        .command()
        .env("SENGKETA_TODAY", "2026-03-02")
        .env("COLUMNS", "200")
        .args(["--lang", "id", "agenda", "--on", "2026-03-02"])
        .output()
        .expect("sengketa runs");
    let agenda = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        agenda.contains("09.30"),
        "Indonesian times in the agenda:\n{agenda}"
    );
    assert!(agenda.contains("bentrok: 001/I/KI-JBI-PS/2026"), "{agenda}");
    insta::assert_snapshot!("hearing_calendar_agenda_with_a_clash", agenda);
}

#[test]
fn schedule_undo_schedule_is_still_the_first_hearing() {
    let env = two_cases();
    let first = ok_on(
        &env,
        "2026-02-02",
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-02-10",
            "--kind",
            "preliminary",
        ],
    );
    assert!(first.starts_with("1\n"), "{first}");
    ok_on(
        &env,
        "2026-02-02",
        &["case", "undo", "2026/1", "--reason", "wrong case"],
    );
    let again = ok_on(
        &env,
        "2026-02-02",
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-02-11",
            "--kind",
            "preliminary",
        ],
    );
    assert!(again.starts_with("1\n"), "sidang ke-1 again:\n{again}");
    let id = ok_on(
        &env,
        "2026-02-02",
        &["--lang", "id", "agenda", "--on", "2026-02-09"],
    );
    insta::assert_snapshot!("hearing_calendar_agenda_after_undo", id);
}

#[test]
fn withdrawing_cancels_the_future_hearings_and_undo_restores_them() {
    let env = two_cases();
    for date in ["2026-02-10", "2026-02-12"] {
        ok_on(
            &env,
            "2026-02-02",
            &[
                "hearing",
                "schedule",
                "2026/1",
                "--on",
                date,
                "--kind",
                "evidence",
                "--room",
                "Ruang Sidang 1",
            ],
        );
    }
    let before = ok_on(&env, "2026-02-04", &["agenda", "--on", "2026-02-09"]);
    let said = ok_on(
        &env,
        "2026-02-04",
        &["--lang", "id", "case", "withdraw", "2026/1"],
    );
    assert!(
        said.contains("2 sidang yang dijadwalkan dibatalkan"),
        "{said}"
    );
    let cancelled = ok_on(&env, "2026-02-04", &["agenda", "--on", "2026-02-09"]);
    assert_eq!(cancelled.matches("cancelled").count(), 2, "{cancelled}");
    ok_on(
        &env,
        "2026-02-04",
        &["case", "undo", "2026/1", "--reason", "letter misread"],
    );
    let after = ok_on(&env, "2026-02-04", &["agenda", "--on", "2026-02-09"]);
    assert_eq!(after, before, "the undo restores both hearings");
    insta::assert_snapshot!("hearing_calendar_agenda_withdrawn", cancelled);
    let verified = env.run(&["verify"]);
    assert_eq!(verified.code, 0, "{}", verified.snapshot());
}

#[test]
fn a_close_is_refused_while_an_appeal_may_come() {
    let env = two_cases();
    env.ok(&[
        "body",
        "set",
        "RSUD Raden Mattaher",
        "--kind",
        "provincial-government",
    ]);
    env.ok(&[
        "case",
        "decide",
        "2026/1",
        "--via",
        "adjudication",
        "--outcome",
        "granted",
        "--on",
        "2026-03-02",
    ]);
    let open = refused(&env, &["case", "close", "2026/1", "--on", "2026-03-03"], 3);
    assert!(open.contains("may be filed through"), "{open}");
    assert!(open.contains("--force"), "{open}");
    // A provincial hospital is a state body: its appeal goes to the PTUN, not the PN.
    let pn = refused(
        &env,
        &[
            "appeal",
            "file",
            "2026/1",
            "--court",
            "pn",
            "--by",
            "respondent",
            "--on",
            "2026-03-05",
        ],
        3,
    );
    assert!(pn.contains("go to ptun"), "{pn}");
    env.ok(&[
        "appeal",
        "file",
        "2026/1",
        "--court",
        "ptun",
        "--by",
        "respondent",
        "--on",
        "2026-03-05",
    ]);
    let pending = refused(&env, &["case", "close", "2026/1", "--on", "2026-03-06"], 3);
    assert!(pending.contains("pending"), "{pending}");
    let listed = env.ok(&["case", "list", "--to-close", "--format", "csv"]);
    assert!(
        !listed.contains("2026/1") && !listed.contains("001/I/"),
        "{listed}"
    );
    env.ok(&[
        "case",
        "close",
        "2026/1",
        "--on",
        "2026-03-06",
        "--force",
        "--reason",
        "surat PTUN: keberatan dicabut",
    ]);
    let show = timeline(&env, "2026/1");
    assert!(
        show.contains("--force: surat PTUN: keberatan dicabut"),
        "{show}"
    );
}

#[test]
fn a_court_against_the_bodys_kind_is_flagged_with_its_reason() {
    let env = two_cases();
    env.ok(&[
        "body",
        "set",
        "RSUD Raden Mattaher",
        "--kind",
        "provincial-government",
    ]);
    env.ok(&[
        "case",
        "decide",
        "2026/1",
        "--via",
        "adjudication",
        "--outcome",
        "granted",
        "--on",
        "2026-03-02",
    ]);
    env.ok(&[
        "appeal",
        "file",
        "2026/1",
        "--court",
        "pn",
        "--by",
        "respondent",
        "--on",
        "2026-03-05",
        "--court-despite-kind",
        "--reason",
        "BLUD: diajukan ke PN",
    ]);
    let show = timeline(&env, "2026/1");
    assert!(
        show.contains("--court-despite-kind: BLUD: diajukan ke PN"),
        "{show}"
    );
    // recap --appeals counts it in its own column, after the courts', while it stands.
    let recap = |env: &TestEnv| env.ok(&["recap", "--appeals", "--format", "csv"]);
    let with = recap(&env);
    let mut lines = with.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = header.iter().position(|c| *c == "court_despite_kind");
    assert_eq!(at, header.iter().position(|c| *c == "at_pn").map(|i| i + 1));
    let at = at.unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let year = rows.iter().find(|r| r[0] == "2026").unwrap();
    assert_eq!((year[at], rows.last().unwrap()[at]), ("1", "1"), "{with}");
    env.ok(&[
        "case",
        "undo",
        "2026/1",
        "--reason",
        "filed at the wrong court",
    ]);
    let without = recap(&env);
    assert!(!without.contains("court_despite_kind"), "{without}");
}

/// `hearings import` holds each row's dates to the calendar and the clashes as `hearing
/// schedule` and `hearing postpone` do: a row on a day off, postponed to one, or clashing
/// with a hearing in the register or an earlier row of the file is refused with its line
/// and the reason, and nothing is written.
#[test]
fn a_hearings_import_refuses_a_day_off_and_a_clash_like_schedule() {
    let env = two_cases();
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2026-12-10",
        "--at",
        "09.00",
        "--room",
        "Ruang Sidang 1",
        "--kind",
        "preliminary",
    ]);
    let n1 = "001/I/KI-JBI-PS/2026";
    let n2 = "002/I/KI-JBI-PS/2026";
    let header = "register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,respondent,reason\n";
    let file = env.dir().join("h.csv");
    std::fs::write(
        &file,
        format!(
            "{header}\
             {n2},1,preliminary,2026-12-13,2026-12-13,,,,scheduled,,,\n\
             {n2},2,mediation,2026-02-16,2026-02-17,,,,cancelled,,,the panel was away\n\
             {n2},3,evidence,2026-12-10,2026-12-10,10:00,Ruang Sidang 1,,scheduled,,,\n\
             {n2},4,evidence,2026-12-11,2026-12-11,13:00,Ruang Sidang 2,,scheduled,,,\n\
             {n1},2,mediation,2026-12-11,2026-12-11,14:00,Ruang Sidang 2,,scheduled,,,\n"
        ),
    )
    .unwrap();
    let before = env.contents();
    let out = env.run(&["hearings", "import", file.to_str().unwrap()]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert_eq!(env.contents(), before, "a refused import wrote");
    let lines: Vec<&str> = out.stderr.lines().collect();
    let line = |n: usize| {
        lines
            .iter()
            .find(|l| l.starts_with(&format!("line {n},")))
            .copied()
            .unwrap_or_default()
    };
    assert!(line(2).contains("Sunday"), "{}", out.stderr);
    assert!(line(3).contains("Chinese New Year"), "{}", out.stderr);
    assert!(
        line(4).contains(n1),
        "the clash names the other hearing: {}",
        out.stderr
    );
    assert!(line(5).is_empty(), "{}", out.stderr);
    // Two rows of one file clash with each other: the later is refused.
    assert!(line(6).contains(n2), "{}", out.stderr);
    assert!(out.stderr.contains("4 of 5 rows"), "{}", out.stderr);
    // The rows that keep to the calendar go in.
    std::fs::write(
        &file,
        format!(
            "{header}\
             {n2},1,preliminary,2026-12-14,2026-12-14,,,,scheduled,,,\n\
             {n2},4,evidence,2026-12-11,2026-12-11,13:00,Ruang Sidang 2,,scheduled,,,\n"
        ),
    )
    .unwrap();
    let out = env.run(&["hearings", "import", file.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// `case list --to-close` lists a decided case once its window has passed without an
/// appeal, as of the date asked, and not before; a closed case no longer.
#[test]
fn a_final_case_not_yet_closed_is_listed_to_close() {
    let env = two_cases();
    env.ok(&[
        "case",
        "decide",
        "2026/2",
        "--via",
        "adjudication",
        "--outcome",
        "granted",
        "--on",
        "2026-03-02",
    ]);
    env.ok(&["case", "serve", "2026/2", "--on", "2026-03-03"]);
    let to_close = |as_of: &str| {
        env.ok(&[
            "case",
            "list",
            "--to-close",
            "--as-of",
            as_of,
            "--format",
            "csv",
        ])
    };
    // Inside the window (14 working days from service): not final, not listed.
    let early = to_close("2026-03-04");
    assert!(!early.contains("002/"), "{early}");
    // Long after, unappealed: final and listed, the other case (undecided) not.
    let late = to_close("2026-11-20");
    assert!(late.contains("002/"), "{late}");
    assert!(!late.contains("001/"), "{late}");
    env.ok(&["case", "close", "2026/2", "--on", "2026-11-20"]);
    let closed = to_close("2026-11-25");
    assert!(!closed.contains("002/"), "{closed}");
}
