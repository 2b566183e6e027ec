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
