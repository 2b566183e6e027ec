//! `case undo` reverts the latest change to a case, whatever it was: a correction of the
//! particulars is reverted by a correction back, a step by an undo event, newest first,
//! and the chain still verifies.

use crate::common::TestEnv;

fn show(env: &TestEnv) -> serde_json::Value {
    serde_json::from_str(&env.ok(&["case", "show", "2017/1", "--format", "json"])).unwrap()
}

fn verifies(env: &TestEnv) {
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
}

#[test]
fn edit_then_undo_reverts_the_edit() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Bappeda");
    env.ok(&[
        "case",
        "edit",
        "2017/1",
        "--applicant",
        "Budi Santosa",
        "--applicant-kind",
        "group",
        "--body",
        "Dinas Pendidikan",
        "--subject",
        "RKA 2017",
    ]);
    let v = show(&env);
    assert_eq!(v["applicant"], "Budi Santosa");
    assert_eq!(v["public_body"], "Dinas Pendidikan");
    env.ok(&["case", "undo", "2017/1", "--reason", "wrong case corrected"]);
    let v = show(&env);
    assert_eq!(v["applicant"], "Budi Santoso");
    assert_eq!(v["applicant_kind"], "individual");
    assert_eq!(v["public_body"], "Bappeda");
    assert_eq!(v["subject"], "Anggaran");
    assert_eq!(v["state"], "entered");
    // the correction back is a new act: both stay in the history
    let timeline = v["timeline"].as_array().unwrap();
    assert_eq!(timeline.len(), 3);
    assert_eq!(timeline[2]["kind"], "edit");
    assert_eq!(timeline[2]["note"], "wrong case corrected");
    verifies(&env);
    // nothing is left to revert but the entry
    let out = env.run(&["case", "undo", "2017/1", "--reason", "again"]);
    assert_ne!(out.code, 0, "{}", out.snapshot());
    assert_eq!(show(&env)["applicant"], "Budi Santoso");
}

#[test]
fn a_step_after_an_edit_is_reverted_first_then_the_edit() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Bappeda");
    env.ok(&["case", "edit", "2017/1", "--applicant", "Budi Santosa"]);
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    env.ok(&["case", "undo", "2017/1", "--reason", "qualified too early"]);
    let v = show(&env);
    assert_eq!(v["state"], "entered");
    assert_eq!(v["applicant"], "Budi Santosa", "the step goes first");
    env.ok(&[
        "case",
        "undo",
        "2017/1",
        "--reason",
        "name was right",
        "--yes",
    ]);
    let v = show(&env);
    assert_eq!(v["state"], "entered");
    assert_eq!(v["applicant"], "Budi Santoso");
    verifies(&env);
}

#[test]
fn an_edit_after_a_step_is_reverted_first_then_the_step() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Bappeda");
    env.ok(&["case", "edit", "2017/1", "--applicant", "Budi A"]);
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    env.ok(&["case", "edit", "2017/1", "--applicant", "Budi B"]);
    env.ok(&["case", "undo", "2017/1", "--reason", "one"]);
    let v = show(&env);
    assert_eq!(
        (v["state"].as_str(), v["applicant"].as_str()),
        (Some("qualified"), Some("Budi A"))
    );
    env.ok(&["case", "undo", "2017/1", "--reason", "two"]);
    let v = show(&env);
    assert_eq!(
        (v["state"].as_str(), v["applicant"].as_str()),
        (Some("entered"), Some("Budi A"))
    );
    env.ok(&["case", "undo", "2017/1", "--reason", "three"]);
    let v = show(&env);
    assert_eq!(
        (v["state"].as_str(), v["applicant"].as_str()),
        (Some("entered"), Some("Budi Santoso"))
    );
    verifies(&env);
}

/// The case's file as `case show` gives it (absent while the file is empty).
fn file_of(env: &TestEnv) -> serde_json::Value {
    show(env)["case_file"].clone()
}

/// A case with three commissioners and a clerk to seat, a hearing to serve summons for.
fn with_people() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2026-10-01", "Budi Santoso", "Bappeda");
    for (name, role) in [
        ("Ahmad", "commissioner"),
        ("Siti", "commissioner"),
        ("Rudi", "commissioner"),
        ("Wati", "commissioner"),
        ("Dewi", "clerk"),
    ] {
        env.ok(&["person", "add", name, "--role", role]);
    }
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
    env
}

fn show_of(env: &TestEnv) -> serde_json::Value {
    serde_json::from_str(&env.ok(&["case", "show", "2026/1", "--format", "json"])).unwrap()
}

#[test]
fn notes_services_assignments_and_the_file_are_reverted_newest_first_each_exactly() {
    let env = with_people();
    // Each change, then the file as it stood before it: undo must give that back.
    let changes: Vec<Vec<&str>> = vec![
        vec!["case", "note", "2026/1", "the applicant phoned"],
        vec![
            "case", "assign", "2026/1", "--chair", "Ahmad", "--member", "Siti", "--member", "Rudi",
            "--clerk", "Dewi",
        ],
        vec![
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
        ],
        vec![
            "case",
            "assign",
            "2026/1",
            "--chair",
            "Wati",
            "--member",
            "Siti",
            "--member",
            "Rudi",
            "--reason",
            "Ahmad is away",
        ],
        vec![
            "case",
            "edit",
            "2026/1",
            "--applicant-phone",
            "0812-1",
            "--requested",
            "2026-07-01",
            "--ground",
            "c",
        ],
        vec!["case", "note", "2026/1", "a second note"],
    ];
    let mut before = Vec::new();
    for c in &changes {
        before.push(show_of(&env)["case_file"].clone());
        env.ok(c);
    }
    let state = show_of(&env)["state"].clone();
    let words = [
        "the note “a second note”",
        "the change of the parties' contacts and of the road to the dispute",
        "the panel's assignment",
        "the service of hearing 1's summons to the applicant on 2026-10-14",
        "the panel's assignment",
        "the note “the applicant phoned”",
    ];
    for (expected, said) in before.iter().rev().zip(words) {
        let out = env.run(&["case", "undo", "2026/1", "--reason", "recorded by mistake"]);
        assert_eq!(out.code, 0, "{}", out.snapshot());
        assert!(out.stderr.contains(said), "{said}: {}", out.stderr);
        let v = show_of(&env);
        // The file as before the change, and the change listed as reverted, with why.
        let mut file = v["case_file"].clone();
        if let Some(undone) = file.as_object_mut().and_then(|o| o.remove("undone")) {
            let last = undone.as_array().unwrap().last().unwrap().clone();
            assert_eq!(last["reason"], "recorded by mistake");
            assert_eq!(last["on"], "2026-11-29");
        }
        let mut expected = expected.clone();
        if let Some(o) = expected.as_object_mut() {
            o.remove("undone");
        }
        assert_eq!(file, expected, "after undoing {said}");
        // The hearing and the state stay: only the file's change is reverted.
        assert_eq!(v["state"], state);
        verifies(&env);
    }
    // case show lists what undo reverted of the file (the case's file is empty now).
    let table = env.ok(&["case", "show", "2026/1"]);
    assert!(
        table.contains("Reverted by undo")
            && table.contains("2026-11-29 the note “a second note”: recorded by mistake"),
        "{table}"
    );
    // Then the steps, newest first: the hearing's scheduling.
    let out = env.run(&["case", "undo", "2026/1", "--reason", "and the hearing"]);
    assert!(out.stderr.contains("reverted step"), "{}", out.stderr);
    assert!(
        show_of(&env)["hearings"]
            .as_array()
            .is_none_or(Vec::is_empty)
    );
    verifies(&env);
}

#[test]
fn a_step_after_a_note_is_reverted_first_and_the_replaced_panel_needs_no_reason_after_undo() {
    let env = with_people();
    env.ok(&[
        "case", "assign", "2026/1", "--chair", "Ahmad", "--member", "Siti", "--member", "Rudi",
    ]);
    env.ok(&["case", "note", "2026/1", "panel seated"]);
    env.ok(&[
        "hearing",
        "cancel",
        "2026/1",
        "1",
        "--reason",
        "the room is closed",
    ]);
    env.ok(&["case", "undo", "2026/1", "--reason", "not cancelled"]);
    let v = show_of(&env);
    assert_eq!(v["case_file"]["notes"][0]["text"], "panel seated");
    assert_eq!(v["hearings"][0]["status"], "scheduled");
    env.ok(&["case", "undo", "2026/1", "--reason", "no note"]);
    env.ok(&["case", "undo", "2026/1", "--reason", "no panel"]);
    assert!(show_of(&env)["case_file"].is_null() || file_of_is_bare(&env));
    // The panel is gone: a new one is an assignment, not a replacement needing a reason.
    env.ok(&[
        "case", "assign", "2026/1", "--chair", "Wati", "--member", "Siti", "--member", "Rudi",
    ]);
    verifies(&env);
}

fn file_of_is_bare(env: &TestEnv) -> bool {
    let f = show_of(env)["case_file"].clone();
    f["panel"].as_array().is_some_and(Vec::is_empty)
        && f["notes"].as_array().is_some_and(Vec::is_empty)
}

#[test]
fn a_correction_with_the_file_in_one_edit_is_reverted_whole_and_says_correction() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Bappeda");
    let before = file_of(&env);
    env.ok(&[
        "case",
        "edit",
        "2017/1",
        "--applicant",
        "Budi Santosa",
        "--applicant-phone",
        "0812-2",
    ]);
    assert_eq!(file_of(&env)["parties"]["applicant_phone"], "0812-2");
    let out = env.run(&["case", "undo", "2017/1", "--reason", "wrong case"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stderr.contains("reverted correction 2"),
        "{}",
        out.stderr
    );
    let v = show(&env);
    assert_eq!(v["applicant"], "Budi Santoso");
    assert_eq!(v["case_file"], before);
    verifies(&env);
    // Nothing is left but the entry.
    let out = env.run(&["case", "undo", "2017/1", "--reason", "again"]);
    assert_ne!(out.code, 0, "{}", out.snapshot());
}

/// On a terminal undo names the change it will revert and asks: a note's text and when
/// it was recorded; "n" writes nothing, "y" reverts it.
#[test]
fn on_a_terminal_undo_names_the_file_change_it_will_revert() {
    let env = TestEnv::initialised();
    env.add("2026-10-01", "Budi Santoso", "Bappeda");
    env.ok(&["case", "note", "2026/1", "the applicant phoned"]);
    let undo = "case undo 2026/1 --reason 'wrong case'";
    let before = env.contents();
    let (code, out) = crate::test_bodies::on_a_terminal(&env, undo, "n\n");
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains(
            "Revert the note “the applicant phoned” (recorded 2026-11-29T08:00:00Z)? (y/N)"
        ),
        "{out}"
    );
    assert_eq!(env.contents(), before, "not confirmed, yet written");
    let (code, out) = crate::test_bodies::on_a_terminal(&env, undo, "y\n");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("reverted the note “the applicant phoned”"),
        "{out}"
    );
    let file = show_of(&env)["case_file"].clone();
    assert!(file["notes"].as_array().is_none_or(Vec::is_empty), "{file}");
    verifies(&env);
}

/// A note recorded on a void entry is reverted first, then the void: neither blocks the
/// other.
#[test]
fn a_note_after_a_void_is_reverted_then_the_void() {
    let env = TestEnv::initialised();
    env.add("2026-10-01", "Budi Santoso", "Bappeda");
    env.ok(&["case", "void", "2026/1", "--reason", "mistake"]);
    env.ok(&["case", "note", "2026/1", "voided: typed twice"]);
    env.ok(&[
        "case",
        "undo",
        "2026/1",
        "--reason",
        "note on the wrong entry",
    ]);
    let v = show_of(&env);
    assert!(!v["void"].is_null(), "the void stays: {v}");
    env.ok(&["case", "undo", "2026/1", "--reason", "not a duplicate"]);
    assert!(show_of(&env)["void"].is_null());
    verifies(&env);
}
