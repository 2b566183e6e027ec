//! Void entries: a case entered twice, the second voided, counts as if entered
//! once everywhere; its number is never given again; `case list --include-void` shows it;
//! `case undo` brings it back; the database and `verify` hold the void to its history.

use crate::common::{TestEnv, refused, session};

/// Every count, listing, deadline and agenda a register gives, as of two dates.
fn everything_counted(env: &TestEnv) -> String {
    let mut all = String::new();
    for as_of in ["2026-10-01", "2026-11-29"] {
        for args in [
            &["recap", "--format", "csv"][..],
            &["recap", "--by", "outcome", "--format", "csv"],
            &["recap", "--by", "body", "--format", "csv"],
            &["recap", "--by", "body-kind", "--format", "csv"],
            &["recap", "--flow", "--format", "csv"],
            &["recap", "--times", "--format", "csv"],
            &["recap", "--oldest", "--format", "csv"],
            &["recap", "--appeals", "--format", "csv"],
            &["case", "list", "--format", "json"],
            &["case", "list", "--overdue", "--format", "csv"],
            &["case", "list", "--due-within", "30", "--format", "csv"],
            &["body", "list", "--format", "csv"],
        ] {
            let mut a = args.to_vec();
            a.extend(["--as-of", as_of]);
            if args[0] == "body" {
                a.truncate(a.len() - 2);
            }
            all += &format!("{a:?}\n{}", env.ok(&a));
        }
        all += &env.ok(&["agenda", "--on", as_of, "--days", "20"]);
    }
    all += &env.ok(&["export"]);
    all += &env.ok(&["export", "--format", "json"]);
    all
}

/// The cases both registers have: 2026/1 qualified and decided, and 2026/2.
fn common(env: &TestEnv) {
    env.add("2026-08-03", "Budi Santoso", "Dinas Pendidikan");
    env.ok(&["case", "qualify", "2026/1", "--on", "2026-08-10"]);
    env.ok(&[
        "case",
        "decide",
        "2026/1",
        "--via",
        "adjudication",
        "--outcome",
        "granted",
        "--on",
        "2026-10-05",
    ]);
}

#[test]
fn a_duplicate_voided_counts_as_if_entered_once() {
    let once = TestEnv::initialised();
    common(&once);
    once.add("2026-09-01", "LBH Jambi", "Bappeda");

    let twice = TestEnv::initialised();
    common(&twice);
    let args: &[&str] = &[
        "case",
        "add",
        "--received",
        "2026-09-01",
        "--applicant",
        "LBH Jambi",
        "--body",
        "Bappeda",
        "--subject",
        "Anggaran",
    ];
    let spelled: &[&str] = &[
        "case",
        "add",
        "--received",
        "01-09-2026",
        "--applicant",
        "lbh  jambi",
        "--body",
        "BAPPEDA",
        "--subject",
        "anggaran",
    ];
    insta::assert_snapshot!(session(&twice, &[
        args,
        spelled,
        &["case", "void", "2026/3", "--reason", "ganda", "--of", "2026/2",
          "--note", "entered from the online form too"],
        &["case", "show", "2026/3"],
        &["case", "list", "--include-void", "--format", "csv"],
        &["case", "list", "--include-void", "--year", "2026", "--state", "entered"],
    ]), @"
    $ sengketa case add --received 2026-09-01 --applicant 'LBH Jambi' --body Bappeda --subject Anggaran
    002/IX/KI-JBI-PS/2026
    [exit status: 0]
    $ sengketa case add --received 01-09-2026 --applicant 'lbh  jambi' --body BAPPEDA --subject anggaran
    003/IX/KI-JBI-PS/2026
    ------- stderr -------
    warning: looks like 2026/2: void one of them with `case void` if it is a duplicate
    [exit status: 0]
    $ sengketa case void 2026/3 --reason ganda --of 2026/2 --note 'entered from the online form too'
    ------- stderr -------
    003/IX/KI-JBI-PS/2026: void (duplicate); it keeps its number and is left out of every count
    [exit status: 0]
    $ sengketa case show 2026/3
    Register no.  003/IX/KI-JBI-PS/2026
    Received      2026-09-01
    State         entered
    Applicant     lbh  jambi (individual)
    Public body   Bappeda
    Subject       anggaran
    Void          VOID since 2026-11-29: duplicate entry (of 002/IX/KI-JBI-PS/2026)

    History
    #  Date        What happened                                     State
    ─  ──────────  ────────────────────────────────────────────────  ───────
    1  2026-09-01  entered (application received)                    entered
    2  2026-11-29  void: duplicate entry (of 002/IX/KI-JBI-PS/2026)
    #2  void: duplicate entry (of 002/IX/KI-JBI-PS/2026)
        Note: entered from the online form too
    every step was recorded under a pinned clock (SENGKETA_TODAY and SENGKETA_NOW):
    their dates or times are what the environment said, not the computer's clock
    [exit status: 0]
    $ sengketa case list --include-void --format csv
    register_no,received_on,state,applicant,applicant_kind,public_body,subject,start_by,finish_by,working_days_open,overdue
    001/VIII/KI-JBI-PS/2026,2026-08-03,decided,Budi Santoso,individual,Dinas Pendidikan,Anggaran,2026-08-24,2026-12-23,43,
    002/IX/KI-JBI-PS/2026,2026-09-01,entered,LBH Jambi,individual,Bappeda,Anggaran,2026-09-21,2027-01-25,63,start
    003/IX/KI-JBI-PS/2026,2026-09-01,void,lbh  jambi,individual,Bappeda,anggaran,2026-09-21,2027-01-25,63,
    [exit status: 0]
    $ sengketa case list --include-void --year 2026 --state entered
    Register no.           State    Applicant   Public body  Overdue
    ─────────────────────  ───────  ──────────  ───────────  ─────────────────────
    002/IX/KI-JBI-PS/2026  entered  LBH Jambi   Bappeda      late to start (14 WD)
    003/IX/KI-JBI-PS/2026  entered  lbh  jambi  Bappeda      late to start (14 WD)
    [exit status: 0]
    ");
    // Every recap, count, deadline, agenda and export as if it had been entered once.
    assert_eq!(everything_counted(&twice), everything_counted(&once));
    assert_eq!(twice.run(&["verify"]).code, 0);

    // Its number is never given again.
    assert_eq!(
        twice.add("2026-09-02", "Siti", "Bappeda"),
        "004/IX/KI-JBI-PS/2026"
    );
    // Undo brings it back: it counts again.
    insta::assert_snapshot!(session(&twice, &[
        &["case", "undo", "2026/3", "--reason", "not the same application after all"],
        &["case", "list", "--format", "csv"],
        &["recap", "--format", "csv"],
    ]), @"
    $ sengketa case undo 2026/3 --reason 'not the same application after all'
    ------- stderr -------
    003/IX/KI-JBI-PS/2026: reverted step 2 (void: duplicate entry (of 002/IX/KI-JBI-PS/2026) on 2026-11-29); now entered
    [exit status: 0]
    $ sengketa case list --format csv
    register_no,received_on,state,applicant,applicant_kind,public_body,subject,start_by,finish_by,working_days_open,overdue
    001/VIII/KI-JBI-PS/2026,2026-08-03,decided,Budi Santoso,individual,Dinas Pendidikan,Anggaran,2026-08-24,2026-12-23,43,
    002/IX/KI-JBI-PS/2026,2026-09-01,entered,LBH Jambi,individual,Bappeda,Anggaran,2026-09-21,2027-01-25,63,start
    003/IX/KI-JBI-PS/2026,2026-09-01,entered,lbh  jambi,individual,Bappeda,anggaran,2026-09-21,2027-01-25,63,start
    004/IX/KI-JBI-PS/2026,2026-09-02,entered,Siti,individual,Bappeda,Anggaran,2026-09-22,2027-01-26,62,start
    [exit status: 0]
    $ sengketa recap --format csv
    year,entered,not_qualified,qualified,withdrawn,interim_ruling,processed,done,in_process,as_of
    2026,4,0,1,0,0,1,0,1,2026-11-29
    total,4,0,1,0,0,1,0,1,2026-11-29
    [exit status: 0]
    ");
    assert_eq!(twice.run(&["verify"]).code, 0);
}

#[test]
fn only_a_bare_entry_is_voided_and_a_void_entry_takes_no_step() {
    let env = TestEnv::initialised();
    common(&env);
    env.add("2026-09-01", "LBH Jambi", "Bappeda");
    env.add("2026-09-02", "Siti", "Bappeda");
    env.ok(&[
        "hearing",
        "schedule",
        "2026/3",
        "--on",
        "2026-12-03",
        "--kind",
        "preliminary",
    ]);
    env.ok(&["case", "void", "2026/2", "--reason", "mistake"]);
    let refusals = [
        // a step after the entry: undo it first
        refused(&env, &["case", "void", "2026/1", "--reason", "mistake"], 3),
        refused(&env, &["case", "void", "2026/3", "--reason", "mistake"], 3),
        // a void entry takes no step, no correction, no hearing
        refused(&env, &["case", "qualify", "2026/2"], 3),
        refused(&env, &["case", "edit", "2026/2", "--applicant", "X"], 3),
        refused(
            &env,
            &[
                "hearing",
                "schedule",
                "2026/2",
                "--on",
                "2026-12-03",
                "--kind",
                "preliminary",
            ],
            3,
        ),
        refused(&env, &["case", "void", "2026/2", "--reason", "other"], 3),
        // what it duplicates
        refused(
            &env,
            &[
                "case",
                "void",
                "2026/3",
                "--reason",
                "duplicate",
                "--of",
                "2026/3",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "case",
                "void",
                "2026/1",
                "--reason",
                "duplicate",
                "--of",
                "2026/2",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "case",
                "void",
                "2026/1",
                "--reason",
                "duplicate",
                "--of",
                "2026/9",
            ],
            4,
        ),
        refused(&env, &["case", "void", "2026/1", "--reason", "lazy"], 2),
    ]
    .concat();
    insta::assert_snapshot!(refusals, @"
    $ sengketa case void 2026/1 --reason mistake
    ------- stderr -------
    error: case 001/VIII/KI-JBI-PS/2026 has a step after its entry (decide): only an entry with no step after it can be voided
    hint: undo its steps first with `sengketa case undo 001/VIII/KI-JBI-PS/2026`
    [exit status: 3]
    $ sengketa case void 2026/3 --reason mistake
    ------- stderr -------
    error: case 003/IX/KI-JBI-PS/2026 has a step after its entry (hearing_schedule): only an entry with no step after it can be voided
    hint: undo its steps first with `sengketa case undo 003/IX/KI-JBI-PS/2026`
    [exit status: 3]
    $ sengketa case qualify 2026/2
    ------- stderr -------
    error: case 002/IX/KI-JBI-PS/2026 is void: it takes no step
    hint: `sengketa case undo 002/IX/KI-JBI-PS/2026` reverts the void
    [exit status: 3]
    $ sengketa case edit 2026/2 --applicant X
    ------- stderr -------
    error: case 002/IX/KI-JBI-PS/2026 is void: it takes no step
    hint: `sengketa case undo 002/IX/KI-JBI-PS/2026` reverts the void
    [exit status: 3]
    $ sengketa hearing schedule 2026/2 --on 2026-12-03 --kind preliminary
    ------- stderr -------
    error: case 002/IX/KI-JBI-PS/2026 is void: it takes no step
    hint: `sengketa case undo 002/IX/KI-JBI-PS/2026` reverts the void
    [exit status: 3]
    $ sengketa case void 2026/2 --reason other
    ------- stderr -------
    error: case 002/IX/KI-JBI-PS/2026 is void: it takes no step
    hint: `sengketa case undo 002/IX/KI-JBI-PS/2026` reverts the void
    [exit status: 3]
    $ sengketa case void 2026/3 --reason duplicate --of 2026/3
    ------- stderr -------
    error: case 003/IX/KI-JBI-PS/2026 cannot be a duplicate of itself
    hint: give --of the register number (or YEAR/SERIAL) of the case this entry duplicates
    [exit status: 3]
    $ sengketa case void 2026/1 --reason duplicate --of 2026/2
    ------- stderr -------
    error: case 002/IX/KI-JBI-PS/2026 is void itself: it cannot be the case 001/VIII/KI-JBI-PS/2026 duplicates
    hint: give --of the register number (or YEAR/SERIAL) of the case this entry duplicates
    [exit status: 3]
    $ sengketa case void 2026/1 --reason duplicate --of 2026/9
    ------- stderr -------
    error: there is no case 2026/9 in the register
    hint: name a case by its register number or as YEAR/SERIAL (e.g. 2017/12); `sengketa case list` shows them
    [exit status: 4]
    $ sengketa case void 2026/1 --reason lazy
    ------- stderr -------
    error: invalid value 'lazy' for '--reason <REASON>'
      [possible values: duplicate, mistake, other]

    For more information, try '--help'.
    [exit status: 2]
    ");
    // Undo the hearing, then the entry can be voided.
    env.ok(&["case", "undo", "2026/3", "--reason", "no hearing"]);
    env.ok(&[
        "case",
        "void",
        "2026/3",
        "--reason",
        "duplicate",
        "--of",
        "2026/1",
    ]);
    assert_eq!(env.run(&["verify"]).code, 0);
}

#[test]
fn direct_edits_of_a_void() {
    let env = TestEnv::initialised();
    common(&env);
    env.add("2026-09-01", "LBH Jambi", "Bappeda");
    env.add("2026-09-02", "Siti", "Bappeda");
    env.ok(&["case", "void", "2026/2", "--reason", "mistake"]);
    let mut all = String::new();
    for sql in [
        "UPDATE cases SET voided_on = NULL, void_reason = NULL WHERE id = 2",
        "UPDATE cases SET voided_on = '2026-11-29', void_reason = 'mistake' WHERE id = 3",
        "UPDATE void_steps SET reason = 'other'",
        "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) VALUES (2, 3, 'qualify', 'entered', 'qualified', '2026-11-29', 1)",
        "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) VALUES (1, 4, 'void', 'decided', 'decided', '2026-11-29', 1)",
    ] {
        let before = env.contents();
        let out = env.sqlite(sql);
        assert_ne!(out.code, 0, "{sql} was allowed");
        assert_eq!(env.contents(), before, "{sql} changed the register");
        let line = out.stderr.lines().next().unwrap_or("");
        let line = line.trim_start_matches("Error: stepping, ");
        let said: String = line.trim_end_matches(" (19)").chars().take(80).collect();
        all += &format!("{sql}\n  -> {said}\n");
    }
    insta::assert_snapshot!(all, @"
    UPDATE cases SET voided_on = NULL, void_reason = NULL WHERE id = 2
      -> a case is voided only with its void in the history
    UPDATE cases SET voided_on = '2026-11-29', void_reason = 'mistake' WHERE id = 3
      -> a case is voided only with its void in the history
    UPDATE void_steps SET reason = 'other'
      -> the history is append-only: voids cannot be changed
    INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) VALUES (2, 3, 'qualify', 'entered', 'qualified', '2026-11-29', 1)
      -> a void case takes no step but the undo of its void
    INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) VALUES (1, 4, 'void', 'decided', 'decided', '2026-11-29', 1)
      -> CHECK constraint failed: (kind = 'add' AND from_state IS NULL AND to_state = 'en
    ");
    // With the trigger dropped: the counts follow the row (the counters' triggers), and
    // `verify` finds the void the history does not have.
    let out = env.sqlite(
        "DROP TRIGGER cases_void_follows_history;
         UPDATE cases SET voided_on = NULL, void_reason = NULL WHERE id = 2;
         UPDATE cases SET voided_on = '2026-11-29', void_reason = 'other' WHERE id = 3;",
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    insta::assert_snapshot!(env.run(&["verify"]).snapshot(), @"
    the register lacks the trigger cases_void_follows_history of this version's schema
    case 002/IX/KI-JBI-PS/2026: its history voids it, the register does not
    case 003/IX/KI-JBI-PS/2026: the register has it void, its history does not
    8 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    3 problems found in 3 cases
    ------- stderr -------
    hint: cases or their history were changed outside sengketa; the history is the record: compare with a backup (`sengketa case show` prints a case's history)
    hint: the register's tables, indexes or triggers were changed outside sengketa (without its triggers the history can be rewritten): restore the register from a backup
    [exit status: 1]
    ");
}
