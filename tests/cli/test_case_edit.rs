//! `case edit`: a correction is recorded with its old and new values; public bodies are
//! the same body up to case and spaces.

use crate::common::TestEnv;

#[test]
fn edit_records_old_and_new_values() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Bappeda");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    insta::assert_snapshot!(env.run(&[
        "case", "edit", "2017/1", "--applicant", "Budi Santosa", "--applicant-kind", "group",
        "--subject", "RKA 2017", "--note", "typo in the name",
    ]).snapshot(), @"
    ------- stderr -------
    001/III/KI-JBI-PS/2017: corrected
    [exit status: 0]
    ");
    let show = env.ok(&["case", "show", "2017/1", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&show).unwrap();
    assert_eq!(v["applicant"], "Budi Santosa");
    assert_eq!(v["applicant_kind"], "group");
    assert_eq!(v["subject"], "RKA 2017");
    assert_eq!(v["state"], "qualified", "a correction keeps the state");
    let edit = &v["timeline"][2];
    insta::assert_snapshot!(serde_json::to_string_pretty(edit).unwrap(), @r#"
    {
      "seq": 3,
      "on": "2026-11-29",
      "kind": "edit",
      "from_state": "qualified",
      "to_state": "qualified",
      "what": "corrected applicant: \"Budi Santoso\" -> \"Budi Santosa\"; applicant kind: \"individual\" -> \"group of people\"; information requested: \"Anggaran\" -> \"RKA 2017\"",
      "actor": "clerk",
      "recorded_at": "2026-11-29T08:00:00Z",
      "note": "typo in the name",
      "reverts": null,
      "reverted_by": null,
      "pinned": "today_now"
    }
    "#);
    // undo reverts the latest change: the correction first, then the qualification
    env.ok(&["case", "undo", "2017/1", "--reason", "the name was right"]);
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", "2017/1", "--format", "json"])).unwrap();
    assert_eq!(v["state"], "qualified");
    assert_eq!(
        v["applicant"], "Budi Santoso",
        "undo reverts the correction"
    );
    env.ok(&["case", "undo", "2017/1", "--reason", "qualified too early"]);
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", "2017/1", "--format", "json"])).unwrap();
    assert_eq!(v["state"], "entered");
    assert_eq!(v["timeline"][1]["reverted_by"], 5);
}

#[test]
fn edit_with_nothing_new_is_refused() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    let before = env.contents();
    insta::assert_snapshot!(env.run(&[
        "case", "edit", "2017/1", "--applicant", " Budi Santoso ", "--body", "DINAS  pendidikan",
    ]).snapshot(), @"
    ------- stderr -------
    error: nothing to change on case 001/III/KI-JBI-PS/2017: the values given are the ones it has
    hint: give at least one of --applicant, --applicant-kind, --body, --subject with a new value
    [exit status: 3]
    ");
    assert_eq!(env.contents(), before);
}

/// Regression: `case edit` with no flag at all said "the values given
/// are the ones it has"; it says nothing was given, and which flags give it.
#[test]
fn edit_with_no_flag_says_nothing_was_given() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    let before = env.contents();
    insta::assert_snapshot!(env.run(&["case", "edit", "2017/1", "--note", "why"]).snapshot(), @"
    ------- stderr -------
    error: nothing to change: no new value was given
    hint: give the new value of one or more of --applicant, --applicant-kind, --body, --subject (and --note to say why)
    [exit status: 2]
    ");
    assert_eq!(env.contents(), before);
    // Checked before the register is read: the same for a case that is not there.
    assert_eq!(env.run(&["case", "edit", "2099/1"]).code, 2);
    let mut cmd = env.command();
    cmd.env("SENGKETA_LANG", "id")
        .args(["case", "edit", "2017/1"]);
    insta::assert_snapshot!(env.run_command(cmd).snapshot(), @"
    ------- stderr -------
    galat: tidak ada yang diubah: tidak ada nilai baru yang diberikan
    saran: berikan nilai baru untuk satu atau lebih dari --applicant, --applicant-kind, --body, --subject (dan --note untuk alasannya)
    [exit status: 2]
    ");
}

#[test]
fn a_body_spelled_differently_is_the_same_body() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "A", "Dinas Pendidikan");
    env.add("2017-03-03", "B", "  dinas   PENDIDIKAN ");
    env.add("2017-03-04", "C", "Bappeda");
    // (spaces: a tab is a control character, refused in a name)
    env.ok(&["case", "edit", "2017/3", "--body", "DINAS   Pendidikan"]);
    let bodies: Vec<String> = env
        .cases()
        .iter()
        .map(|c| c["public_body"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(bodies, ["Dinas Pendidikan"; 3]);
    let rows = env.sqlite("SELECT id, name, name_key FROM bodies ORDER BY id");
    insta::assert_snapshot!(rows.snapshot(), @"
    1|Dinas Pendidikan|dinas pendidikan
    2|Bappeda|bappeda
    [exit status: 0]
    ");
    let used = env.sqlite("SELECT DISTINCT body_id FROM cases");
    assert_eq!(used.stdout, "1\n");
}

/// Regression: `case edit` under a pinned today could be dated before the case's
/// receipt.
#[test]
fn a_correction_is_not_dated_before_the_case_was_received() {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi", "Dinas");
    let before = env.contents();
    let mut cmd = env.command();
    cmd.env("SENGKETA_TODAY", "2025-12-31").args([
        "case",
        "edit",
        "2026/1",
        "--applicant",
        "Budi Santoso",
    ]);
    insta::assert_snapshot!(env.run_command(cmd).snapshot(), @"
    ------- stderr -------
    error: the edit date 2025-12-31 is before the receipt date 2026-01-05
    hint: a correction is recorded today (2025-12-31), which must not be before the case's latest step: check the computer's date, or SENGKETA_TODAY if it is set
    [exit status: 3]
    ");
    assert_eq!(env.contents(), before);
    env.ok(&["case", "edit", "2026/1", "--applicant", "Budi Santoso"]);
}
