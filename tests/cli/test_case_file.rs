//! The case file: parties and their contacts, the road to the dispute and its filing
//! window, people and panels, notes, the service of summons and the lapse flag resting
//! on it, the archive carrying it all, and no contact leaking into published outputs.

use crate::common::TestEnv;

/// Distinctive values for every field of the parties, none of which any output may
/// carry but the owner's own (case show, the un-redacted archive).
const CONTACTS: &[(&str, &str)] = &[
    ("--applicant-address", "Jl. Zqxaddr 77"),
    ("--applicant-phone", "0812-ZQXPHONE"),
    ("--applicant-email", "zqxmail@example.org"),
    ("--rep-name", "Zqxkuasa Rep"),
    ("--rep-address", "Jl. Zqxrepaddr 5"),
    ("--ppid-address", "Jl. Zqxppidcase 9"),
    ("--superior-name", "Zqxatasan Case"),
    ("--superior-title", "Zqxjabatan Case"),
    ("--superior-address", "Jl. Zqxsupaddr 3"),
];

/// A register with a case whose every party field is filled, a body with its PPID and
/// superior, a panel, a note, hearings and a service.
fn filled() -> TestEnv {
    let env = TestEnv::initialised();
    let mut add = vec![
        "case",
        "add",
        "--received",
        "2026-10-01",
        "--applicant",
        "Budi Santoso",
        "--body",
        "Dinas Pendidikan",
        "--subject",
        "RKA 2026",
        "--rep-authorised",
        "2026-09-20",
        "--requested",
        "2026-07-01",
        "--objected",
        "2026-08-03",
        "--superior-answered",
        "2026-09-14",
        "--ground",
        "c",
        "--ground",
        "a",
    ];
    for (flag, v) in CONTACTS {
        add.extend([*flag, *v]);
    }
    env.ok(&add);
    env.ok(&[
        "body",
        "set",
        "Dinas Pendidikan",
        "--ppid-address",
        "Jl. Zqxppidbody 1",
        "--superior-name",
        "Zqxatasan Body",
        "--superior-title",
        "Zqxjabatan Body",
        "--superior-address",
        "Jl. Zqxsupbody 2",
    ]);
    env.ok(&["case", "note", "2026/1", "Zqxnote: the applicant phoned"]);
    for (name, role) in [
        ("Ahmad", "commissioner"),
        ("Siti", "commissioner"),
        ("Rudi", "commissioner"),
    ] {
        env.ok(&["person", "add", name, "--role", role]);
    }
    env.ok(&[
        "person",
        "add",
        "Dewi",
        "--role",
        "clerk",
        "--phone",
        "0741-ZQXCLERK",
    ]);
    env.ok(&[
        "case", "assign", "2026/1", "--chair", "Ahmad", "--member", "Siti", "--member", "Rudi",
        "--clerk", "Dewi",
    ]);
    env.ok(&["case", "qualify", "2026/1", "--on", "2026-10-05"]);
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2026-10-20",
        "--kind",
        "preliminary",
    ]);
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2026-10-27",
        "--kind",
        "mediation",
    ]);
    env.ok(&[
        "hearing",
        "served",
        "2026/1",
        "1",
        "--party",
        "applicant",
        "--on",
        "2026-10-14",
        "--how",
        "post",
    ]);
    env.ok(&[
        "hearing",
        "held",
        "2026/1",
        "1",
        "--applicant",
        "absent",
        "--respondent",
        "present",
    ]);
    env.ok(&[
        "hearing",
        "held",
        "2026/1",
        "2",
        "--applicant",
        "absent",
        "--respondent",
        "present",
    ]);
    env
}

fn secrets() -> Vec<&'static str> {
    let mut v: Vec<&str> = CONTACTS.iter().map(|(_, v)| *v).collect();
    v.extend([
        "Zqxppidbody",
        "Zqxatasan Body",
        "Zqxjabatan Body",
        "Zqxsupbody",
        "Zqxnote",
        "ZQXCLERK",
    ]);
    v
}

fn leaks(text: &str) -> Vec<&'static str> {
    secrets().into_iter().filter(|s| text.contains(s)).collect()
}

#[test]
fn no_contact_appears_in_any_recap_report_or_export_but_the_owners() {
    let env = filled();
    let mut outputs: Vec<(String, String)> = Vec::new();
    for view in [
        &[][..],
        &["--by", "body"],
        &["--by", "body-kind"],
        &["--by", "outcome"],
        &["--by", "ground"],
        &["--by", "person"],
        &["--flow"],
        &["--times"],
        &["--appeals"],
    ] {
        for format in ["table", "csv", "json"] {
            let args = [&["recap", "--format", format][..], view].concat();
            let out = env.run(&args);
            assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
            outputs.push((args.join(" "), out.stdout + &out.stderr));
        }
    }
    outputs.push(("report".into(), env.ok(&["report"])));
    outputs.push(("export".into(), env.ok(&["export"])));
    outputs.push(("export --redact".into(), env.ok(&["export", "--redact"])));
    // There is no redacted archive: the archive is the owner's whole register.
    let out = env.run(&["export", "--archive", "-", "--redact"]);
    assert_eq!(
        out.code, 2,
        "export --archive --redact is refused: {}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
    // The papers issued: their acts' notes (and the letters' register) name no contact.
    for (k, v) in [
        ("commission-code", "ZQ"),
        ("commission-name", "Komisi Informasi"),
        ("commission-city", "Jambi"),
        ("commission-address", "Jl. Komisi 1"),
        ("head-clerk-name", "Panitera"),
    ] {
        env.ok(&["config", "set", k, v]);
    }
    env.ok(&[
        "doc",
        "registration",
        "2026/1",
        "--item",
        "Formulir",
        "-o",
        "akta.html",
    ]);
    let akta = std::fs::read_to_string(env.dir().join("akta.html")).unwrap();
    assert!(
        akta.contains("Jl. Zqxaddr 77"),
        "the paper itself is the owner's"
    );
    let notes = env.sqlite(
        "SELECT a.note FROM acts a JOIN papers p ON p.act_id = a.id \
         UNION ALL SELECT letter_no || kind FROM papers",
    );
    assert_eq!(notes.code, 0, "{}", notes.stderr);
    assert!(notes.stdout.contains("registration"), "{}", notes.stdout);
    outputs.push(("the papers' act notes".into(), notes.stdout));
    outputs.push(("agenda".into(), env.ok(&["agenda", "--format", "json"])));
    outputs.push((
        "case list".into(),
        env.ok(&["case", "list", "--format", "json"]),
    ));
    for (what, text) in &outputs {
        assert_eq!(leaks(text), Vec::<&str>::new(), "{what} leaks a contact");
    }
    // The owner's own: the case itself and the archive carry every value.
    let show = env.ok(&["case", "show", "2026/1"]);
    let archive = env.ok(&["export", "--archive", "-"]);
    for s in CONTACTS.iter().map(|(_, v)| *v) {
        assert!(show.contains(s), "case show lacks {s}");
        assert!(archive.contains(s), "the archive lacks {s}");
    }
}

#[test]
fn the_case_file_shows_whole_and_survives_the_archive() {
    let env = filled();
    let show: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", "2026/1", "--format", "json"])).unwrap();
    let f = &show["case_file"];
    // The case's own PPID and superior win over the body's.
    assert_eq!(f["parties"]["ppid_address"], "Jl. Zqxppidcase 9");
    assert_eq!(f["parties"]["rep_authorised_on"], "2026-09-20");
    assert_eq!(f["road"]["grounds"], serde_json::json!(["a", "c"]));
    let seats: Vec<&str> = f["panel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["seat"].as_str().unwrap())
        .collect();
    assert_eq!(seats, ["chair", "member", "member", "clerk"]);
    assert_eq!(f["panel"][3]["phone"], "0741-ZQXCLERK");
    assert_eq!(f["notes"][0]["actor"], "clerk");
    // Superior answered Monday 14 September 2026: the window opens the 15th and closes
    // 14 working days later, Friday 2 October; received 1 October: in time.
    assert_eq!(show["filing"]["status"], "in_time");
    assert_eq!(show["filing"]["window_from"], "2026-09-15");
    assert_eq!(show["filing"]["window_to"], "2026-10-02");
    // One absence rests on a delivered summons, the other on none: no lapse flag.
    assert_eq!(show["may_lapse"], serde_json::Value::Null);
    env.ok(&[
        "hearing",
        "served",
        "2026/1",
        "2",
        "--party",
        "applicant",
        "--on",
        "2026-10-21",
        "--how",
        "hand",
    ]);
    let show: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", "2026/1", "--format", "json"])).unwrap();
    assert_eq!(show["may_lapse"], serde_json::json!([1, 2]));
    assert_eq!(
        show["case_file"]["lapse_rests_on"][1]["served_on"],
        "2026-10-21"
    );
    // The agenda names the panel of a hearing that has none of its own, as does its .ics.
    let agenda = env.ok(&["agenda", "--on", "2026-10-20", "--format", "json"]);
    assert!(agenda.contains("Ahmad, Siti, Rudi; Dewi"), "{agenda}");
    let ics = env.ok(&["agenda", "--on", "2026-10-20", "--format", "ics"]);
    assert!(
        ics.replace("\r\n ", "")
            .contains("panel: Ahmad\\, Siti\\, Rudi\\; Dewi"),
        "{ics}"
    );
    let verified = env.run(&["verify"]);
    assert_eq!(verified.code, 0, "{}", verified.stderr);
    // The archive carries the case file; a register rebuilt from it shows the same.
    env.ok(&["export", "--archive", "register.jsonl"]);
    let out = env.run(&["--db", "copy.db", "import", "--archive", "register.jsonl"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let copy = env.ok(&[
        "--db", "copy.db", "case", "show", "2026/1", "--format", "json",
    ]);
    let copy: serde_json::Value = serde_json::from_str(&copy).unwrap();
    assert_eq!(copy["case_file"], show["case_file"]);
    assert_eq!(copy["filing"], show["filing"]);
    assert_eq!(env.run(&["--db", "copy.db", "verify"]).code, 0);
}

#[test]
fn the_filing_window_is_said_at_case_add_and_follows_case_edit() {
    let env = TestEnv::initialised();
    let out = env.run(&[
        "case",
        "add",
        "--received",
        "2026-11-20",
        "--applicant",
        "Budi",
        "--body",
        "Bappeda",
        "--subject",
        "RKA",
        "--objected",
        "2026-08-03",
        "--superior-answered",
        "2026-09-14",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("note: late: window 2026-09-15 to 2026-10-02"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("case reject CASE --reason late"),
        "{}",
        out.stderr
    );
    let show = |env: &TestEnv| -> serde_json::Value {
        serde_json::from_str(&env.ok(&["case", "show", "2026/1", "--format", "json"])).unwrap()
    };
    assert_eq!(show(&env)["filing"]["suggest"], "case reject --reason late");
    // A later answer of the superior puts the receipt in time; nothing is decided.
    env.ok(&[
        "case",
        "edit",
        "2026/1",
        "--superior-answered",
        "2026-11-10",
    ]);
    let v = show(&env);
    assert_eq!(v["filing"]["status"], "in_time");
    assert_eq!(v["state"], "entered");
    // Out of order: refused, with the flags named.
    let out = env.run(&["case", "edit", "2026/1", "--objected", "2026-12-01"]);
    assert_eq!(out.code, 3, "{}", out.stderr);
    let out = env.run(&["case", "edit", "2026/1", "--requested", "2026-09-01"]);
    assert_eq!(out.code, 3);
    assert!(
        out.stderr
            .contains("--objected 2026-08-03 is before --requested 2026-09-01"),
        "{}",
        out.stderr
    );
    // A case without a file shows as it always did.
    env.add("2026-11-21", "Siti", "Bappeda");
    let plain = env.ok(&["case", "show", "2026/2", "--format", "json"]);
    assert!(!plain.contains("case_file") && !plain.contains("filing"));
}

#[test]
fn a_panel_is_odd_at_least_three_and_replaced_with_a_reason() {
    let env = TestEnv::initialised();
    env.add("2026-11-02", "Budi", "Bappeda");
    for name in ["A", "B", "C", "D", "E"] {
        env.ok(&["person", "add", name, "--role", "commissioner"]);
    }
    env.ok(&["person", "add", "K", "--role", "clerk"]);
    for (members, size) in [
        (&[][..], "a panel of one commissioner:"),
        (&["B"], "a panel of 2 commissioners:"),
        (&["B", "C", "D"], "a panel of 4 commissioners:"),
    ] {
        let mut args = vec!["case", "assign", "2026/1", "--chair", "A"];
        for m in members {
            args.extend(["--member", *m]);
        }
        let out = env.run(&args);
        assert_eq!(out.code, 3, "{args:?}");
        assert!(
            out.stderr.contains("an odd number, at least three") && out.stderr.contains(size),
            "{}",
            out.stderr
        );
    }
    let out = env.run(&[
        "case", "assign", "2026/1", "--chair", "A", "--member", "B", "--member", "K",
    ]);
    assert_eq!(out.code, 3);
    env.ok(&[
        "case", "assign", "2026/1", "--chair", "A", "--member", "B", "--member", "C",
    ]);
    let out = env.run(&[
        "case", "assign", "2026/1", "--chair", "A", "--member", "B", "--member", "D",
    ]);
    assert_eq!(out.code, 3);
    assert!(out.stderr.contains("--reason"));
    env.ok(&[
        "case",
        "assign",
        "2026/1",
        "--chair",
        "A",
        "--member",
        "B",
        "--member",
        "D",
        "--member",
        "E",
        "--member",
        "C",
        "--reason",
        "C on leave",
    ]);
    env.ok(&["person", "retire", "E", "--on", "2026-11-20"]);
    let out = env.run(&[
        "case", "assign", "2026/1", "--chair", "A", "--member", "B", "--member", "E", "--reason",
        "x",
    ]);
    assert_eq!(out.code, 3);
    let people: serde_json::Value =
        serde_json::from_str(&env.ok(&["person", "list", "--format", "json"])).unwrap();
    assert_eq!(people[4]["retired_on"], "2026-11-20");
    let show = env.ok(&["case", "show", "2026/1"]);
    assert!(
        show.contains("Panel changed because:  C on leave"),
        "{show}"
    );
    assert_eq!(env.run(&["verify"]).code, 0);
}

#[test]
fn the_case_file_is_append_only_in_the_database() {
    let env = filled();
    for sql in [
        "UPDATE case_parties SET applicant_phone = 'x'",
        "DELETE FROM case_notes",
        "INSERT INTO case_notes (case_id, act_id, text) VALUES (1, 1, 'backdated')",
    ] {
        let out = env.sqlite(sql);
        assert_ne!(out.code, 0, "{sql} was allowed");
    }
}

#[test]
fn recap_by_ground_counts_cases_and_outcomes_under_each_ground() {
    let env = TestEnv::initialised();
    for (received, grounds) in [
        ("2026-10-01", &["a", "c"][..]),
        ("2026-10-02", &["c"]),
        ("2026-10-05", &[]),
    ] {
        let mut args = vec![
            "case",
            "add",
            "--received",
            received,
            "--applicant",
            "Budi",
            "--body",
            "Bappeda",
            "--subject",
            "RKA",
            "--objected",
            "2026-08-03",
        ];
        for g in grounds {
            args.extend(["--ground", *g]);
        }
        env.ok(&args);
    }
    env.ok(&[
        "case",
        "reject",
        "2026/2",
        "--reason",
        "late",
        "--on",
        "2026-10-06",
    ]);
    // The last road's grounds decide: 2026/1's grounds replaced by (e).
    env.ok(&["case", "edit", "2026/1", "--ground", "e"]);
    let csv = env.ok(&["recap", "--by", "ground", "--format", "csv"]);
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(
        &rows[0][..5],
        [
            "year",
            "ground",
            "entered",
            "awaiting_qualification",
            "not_qualified"
        ]
    );
    let row = |g: &str| {
        rows.iter()
            .find(|r| r[0] == "2026" && r[1] == g)
            .map(|r| r[2..5].to_vec())
    };
    assert_eq!(row("c"), Some(vec!["1", "0", "1"]));
    assert_eq!(row("e"), Some(vec!["1", "1", "0"]));
    assert_eq!(row("a"), None, "grounds replaced are not counted");
    let id = env.ok(&["--wide", "recap", "--by", "ground", "--lang", "id"]);
    assert!(
        id.contains("(e) permintaan informasi tidak dipenuhi"),
        "{id}"
    );
}

/// `person list` is a table like every other list, in both languages: it was tab-separated
/// lines whose tabs came out escaped ("No.\u{9}Name").
#[test]
fn person_list_is_a_table_in_both_languages() {
    let env = TestEnv::initialised();
    env.ok(&["person", "add", "Ahmad Zulkifli", "--role", "commissioner"]);
    env.ok(&[
        "person",
        "add",
        "Dewi Kartika",
        "--role",
        "clerk",
        "--phone",
        "0741-123456",
    ]);
    env.ok(&["person", "add", "Rudi", "--role", "mediator"]);
    env.ok(&["person", "retire", "Rudi", "--on", "2026-11-20"]);
    let list = |lang: &str| {
        let mut cmd = env.command();
        cmd.env("COLUMNS", "80")
            .args(["--lang", lang, "person", "list"]);
        let out = env.run_command(cmd);
        assert_eq!((out.code, out.stderr.as_str()), (0, ""));
        out.stdout
    };
    let id = list("id");
    assert!(!id.contains("\\u{"), "{id}");
    insta::assert_snapshot!(id, @"
    Nomor  Nama            Peran               Telepon      Nonaktif sejak
    ─────  ──────────────  ──────────────────  ───────────  ───────────────
        1  Ahmad Zulkifli  komisioner
        2  Dewi Kartika    panitera pengganti  0741-123456
        3  Rudi            mediator                         Jum 20 Nov 2026
    ");
    insta::assert_snapshot!(list("en"), @"
    No.  Name            Role          Phone        Retired on
    ───  ──────────────  ────────────  ───────────  ──────────
      1  Ahmad Zulkifli  commissioner
      2  Dewi Kartika    clerk         0741-123456
      3  Rudi            mediator                   2026-11-20
    ");
}
