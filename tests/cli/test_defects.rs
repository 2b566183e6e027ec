//! The defects a hostile round found in ordinary commands: each test failed before its fix.

use crate::common::{TestEnv, write};

const HEARINGS_HEADER: &str = "register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,respondent,reason\n";

/// An import put a hearing still to come on a finished case: its past hearings are taken,
/// one left scheduled is refused.
#[test]
fn hearings_import_refuses_a_scheduled_hearing_on_a_finished_case() {
    let env = TestEnv::initialised();
    env.add("2026-10-07", "Siti Aminah", "RSUD");
    env.ok(&["case", "qualify", "2026/1", "--on", "2026-10-09"]);
    let decide = "case decide 2026/1 --via adjudication --outcome granted --on 2026-11-05";
    env.ok(&decide.split(' ').collect::<Vec<_>>());
    env.ok(&["case", "close", "2026/1", "--on", "2026-11-06"]);
    let file = write(
        &env,
        "h.csv",
        &format!(
            "{HEARINGS_HEADER}001/X/KI-JBI-PS/2026,1,verdict,2026-11-05,2026-11-05,,,,held,present,present,\n\
             001/X/KI-JBI-PS/2026,2,verdict,2026-12-10,2026-12-10,,,,scheduled,,,\n"
        ),
    );
    let before = env.contents();
    let out = env.run(&["hearings", "import", file]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert_eq!(env.contents(), before);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    line 3, column 1 (register_no): "001/X/KI-JBI-PS/2026": case 001/X/KI-JBI-PS/2026 is done: no hearing can be recorded on it
    error: 1 of 2 rows of h.csv are invalid; nothing was imported
    hint: correct the rows listed above and import the whole file again
    [exit status: 3]
    "#);
}

/// `recap --registers` counted one register twice through a hard link (and through a copy):
/// a register is known by its file's device and inode and by its history's head.
#[test]
fn recap_registers_knows_a_register_through_a_link_and_a_copy() {
    let env = TestEnv::initialised();
    env.add("2026-10-07", "Siti Aminah", "RSUD");
    std::fs::hard_link(env.db(), env.dir().join("link.db")).unwrap();
    let out = env.run(&["recap", "--registers", "register.db", "link.db"]);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    error: link.db is the same file as register.db (a link to it): its cases would count twice
    hint: name each register once
    [exit status: 2]
    "#);
    std::fs::copy(env.db(), env.dir().join("copy.db")).unwrap();
    let out = env.run(&["recap", "--registers", "register.db", "copy.db"]);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    error: copy.db holds the same history as register.db (a copy of it): its cases would count twice
    hint: name each register once
    [exit status: 2]
    "#);
}

/// A killed `backup` or `import --archive` left its `.sengketa-*.part` (a whole copy of the
/// register) for good: the next run removes the parts no live run holds, and keeps the
/// one a run is writing.
#[test]
fn stale_parts_are_removed_by_the_next_run() {
    let env = TestEnv::initialised();
    env.add("2026-10-07", "Siti Aminah", "RSUD");
    let out = env.dir().join("out");
    std::fs::create_dir(&out).unwrap();
    let stale = out.join(".sengketa-killed1.part");
    std::fs::write(&stale, "a register's pages").unwrap();
    std::fs::write(out.join(".sengketa-killed1.part-journal"), "pages").unwrap();
    let live = out.join(".sengketa-live22.part");
    let held = std::fs::File::create(&live).unwrap();
    held.lock().unwrap();
    let other = out.join("notes.part");
    std::fs::write(&other, "not ours").unwrap();
    env.ok(&["backup", "out/copy.db"]);
    assert!(!stale.exists(), "the stale part is left");
    assert!(!out.join(".sengketa-killed1.part-journal").exists());
    assert!(live.exists() && other.exists());
    // The archive's rebuild stages its register the same way.
    env.ok(&["export", "--archive", "a.jsonl"]);
    std::fs::write(&stale, "again").unwrap();
    env.ok(&["import", "--archive", "a.jsonl", "--db", "out/rebuilt.db"]);
    assert!(!stale.exists(), "the stale part is left");
    drop(held);
}
