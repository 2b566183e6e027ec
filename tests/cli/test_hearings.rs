//! Hearings (sidang): a clerk's week of them, every refusal (exit 3, nothing changed), the
//! database refusing direct edits of them, `verify` finding what no trigger refuses, and
//! `case undo` of hearing steps.

use crate::common::{Output, TestEnv, session};

/// Runs `sengketa ARGS` on the legal day `today` (days pass in a clerk's week).
fn run_on(env: &TestEnv, today: &str, args: &[&str]) -> Output {
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

/// A command line as `session` writes it.
fn shown(args: &[&str]) -> String {
    let words: Vec<String> = args
        .iter()
        .map(|a| {
            if a.is_empty() || a.contains([' ', '\'', '"']) {
                format!("'{a}'")
            } else {
                a.to_string()
            }
        })
        .collect();
    format!("$ sengketa {}\n", words.join(" "))
}

/// Runs each command on `today` and writes them up as `session` does, under the day.
fn day(env: &TestEnv, today: &str, steps: &[&[&str]]) -> String {
    let mut s = format!("# today is {today}\n");
    for args in steps {
        s.push_str(&shown(args));
        s.push_str(&run_on(env, today, args).snapshot());
    }
    s
}

/// Runs a command on `today` that must be refused with `code`: nothing on stdout, an
/// `error:` on stderr, the register unchanged. Returns the run written up as `session` does.
fn refused_on(env: &TestEnv, today: &str, args: &[&str], code: i32) -> String {
    let before = env.contents();
    let out = run_on(env, today, args);
    assert_eq!(out.code, code, "sengketa {args:?}:\n{}", out.snapshot());
    assert_eq!(out.stdout, "", "sengketa {args:?} printed data");
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    assert_eq!(
        env.contents(),
        before,
        "sengketa {args:?} changed the register"
    );
    format!("{}{}", shown(args), out.snapshot())
}

/// The clerk's week: cases logged before it, hearings scheduled on Monday for this week
/// and the next, then each day what became of them. Each day is its own snapshot, so a
/// day's view of its hearings slots in as a step of that day.
#[test]
fn a_clerks_week_of_hearings() {
    let env = TestEnv::initialised();
    insta::assert_snapshot!(session(&env, &[
        &["case", "add", "--received", "2026-11-02", "--applicant", "Budi Santoso",
          "--body", "Dinas Pendidikan", "--subject", "RKA 2026"],
        &["case", "add", "--received", "2026-11-09", "--applicant", "LBH Jambi",
          "--applicant-kind", "legal-entity", "--body", "Bappeda", "--subject", "RTRW"],
        &["case", "add", "--received", "2026-11-16", "--applicant", "Siti Aminah",
          "--body", "RSUD Raden Mattaher", "--subject", "Tarif layanan"],
        &["case", "qualify", "2026/1", "--on", "2026-11-16"],
        &["case", "qualify", "2026/2", "--on", "2026-11-23"],
    ]), @"
    $ sengketa case add --received 2026-11-02 --applicant 'Budi Santoso' --body 'Dinas Pendidikan' --subject 'RKA 2026'
    001/XI/KI-JBI-PS/2026
    [exit status: 0]
    $ sengketa case add --received 2026-11-09 --applicant 'LBH Jambi' --applicant-kind legal-entity --body Bappeda --subject RTRW
    002/XI/KI-JBI-PS/2026
    [exit status: 0]
    $ sengketa case add --received 2026-11-16 --applicant 'Siti Aminah' --body 'RSUD Raden Mattaher' --subject 'Tarif layanan'
    003/XI/KI-JBI-PS/2026
    [exit status: 0]
    $ sengketa case qualify 2026/1 --on 2026-11-16
    ------- stderr -------
    001/XI/KI-JBI-PS/2026: entered -> qualified on 2026-11-16
    [exit status: 0]
    $ sengketa case qualify 2026/2 --on 2026-11-23
    ------- stderr -------
    002/XI/KI-JBI-PS/2026: entered -> qualified on 2026-11-23
    [exit status: 0]
    ");

    // Monday: the week's hearings and the next week's, all in the future.
    insta::assert_snapshot!(day(&env, "2026-11-30", &[
        &["hearing", "schedule", "2026/1", "--on", "2026-12-01", "--at", "09:00",
          "--kind", "preliminary", "--room", "Ruang Sidang 1", "--panel", "Majelis A"],
        &["hearing", "schedule", "2026/2", "--on", "2026-12-02", "--at", "10:00",
          "--kind", "mediation", "--room", "Ruang Mediasi"],
        &["hearing", "schedule", "2026/1", "--on", "2026-12-03", "--at", "09:00",
          "--kind", "evidence", "--room", "Ruang Sidang 1", "--panel", "Majelis A"],
        &["hearing", "schedule", "2026/3", "--on", "2026-12-04", "--at", "13:30",
          "--kind", "preliminary"],
        &["hearing", "schedule", "2026/1", "--on", "2026-12-08", "--at", "09:00",
          "--kind", "adjudication", "--room", "Ruang Sidang 1", "--panel", "Majelis A"],
        &["hearing", "schedule", "2026/2", "--on", "2026-12-09", "--kind", "mediation"],
        &["hearing", "held", "2026/1", "1", "--applicant", "present", "--respondent", "present"],
        &["agenda"],
    ]), @"
    # today is 2026-11-30
    $ sengketa hearing schedule 2026/1 --on 2026-12-01 --at 09:00 --kind preliminary --room 'Ruang Sidang 1' --panel 'Majelis A'
    1
    ------- stderr -------
    001/XI/KI-JBI-PS/2026: hearing 1 (preliminary) scheduled for 2026-12-01 at 09:00
    [exit status: 0]
    $ sengketa hearing schedule 2026/2 --on 2026-12-02 --at 10:00 --kind mediation --room 'Ruang Mediasi'
    1
    ------- stderr -------
    002/XI/KI-JBI-PS/2026: hearing 1 (mediation) scheduled for 2026-12-02 at 10:00
    [exit status: 0]
    $ sengketa hearing schedule 2026/1 --on 2026-12-03 --at 09:00 --kind evidence --room 'Ruang Sidang 1' --panel 'Majelis A'
    2
    ------- stderr -------
    001/XI/KI-JBI-PS/2026: hearing 2 (evidence) scheduled for 2026-12-03 at 09:00
    [exit status: 0]
    $ sengketa hearing schedule 2026/3 --on 2026-12-04 --at 13:30 --kind preliminary
    1
    ------- stderr -------
    003/XI/KI-JBI-PS/2026: hearing 1 (preliminary) scheduled for 2026-12-04 at 13:30
    [exit status: 0]
    $ sengketa hearing schedule 2026/1 --on 2026-12-08 --at 09:00 --kind adjudication --room 'Ruang Sidang 1' --panel 'Majelis A'
    3
    ------- stderr -------
    001/XI/KI-JBI-PS/2026: hearing 3 (adjudication) scheduled for 2026-12-08 at 09:00
    [exit status: 0]
    $ sengketa hearing schedule 2026/2 --on 2026-12-09 --kind mediation
    2
    ------- stderr -------
    002/XI/KI-JBI-PS/2026: hearing 2 (mediation) scheduled for 2026-12-09
    [exit status: 0]
    $ sengketa hearing held 2026/1 1 --applicant present --respondent present
    ------- stderr -------
    error: hearing 1 of case 001/XI/KI-JBI-PS/2026 is on 2026-12-01: it cannot be recorded as held before then (today is 2026-11-30)
    hint: record it on or after 2026-12-01; to move it, use `hearing postpone`
    [exit status: 3]
    $ sengketa agenda
    Agenda 2026-11-30 to 2026-12-04

    Hearings
    Date        Time   Room           Case    Hearing        Applicant     Status
    ──────────  ─────  ─────────────  ──────  ─────────────  ────────────  ─────────
    2026-12-01  09:00  Ruang Sidang…  2026/1  1 preliminar…  Budi Santoso  scheduled
    2026-12-02  10:00  Ruang Mediasi  2026/2  1 mediation    LBH Jambi     scheduled
    2026-12-03  09:00  Ruang Sidang…  2026/1  2 evidence a…  Budi Santoso  scheduled
    2026-12-04  13:30                 2026/3  1 preliminar…  Siti Aminah   scheduled

    Deadlines in these days
    Due         Deadline  Case                   Received    State    Standing
    ──────────  ────────  ─────────────────────  ──────────  ───────  ──────────────
    2026-12-04  start     003/XI/KI-JBI-PS/2026  2026-11-16  entered  4 working day…

    Overdue as of 2026-11-30 (oldest first)
      none

    May lapse (PERKI 1/2013)
      none
    [exit status: 0]
    ");

    // Tuesday: the applicant of 2026/1 does not come.
    insta::assert_snapshot!(day(&env, "2026-12-01", &[
        &["hearing", "held", "2026/1", "1", "--applicant", "absent", "--respondent", "present",
          "--note", "summons delivered on 24 November"],
        &["agenda"],
    ]), @"
    # today is 2026-12-01
    $ sengketa hearing held 2026/1 1 --applicant absent --respondent present --note 'summons delivered on 24 November'
    ------- stderr -------
    001/XI/KI-JBI-PS/2026: hearing 1 (preliminary) held on 2026-12-01 (applicant absent, respondent present)
    [exit status: 0]
    $ sengketa agenda
    Agenda 2026-12-01 to 2026-12-07

    Hearings
    Date        Time   Room           Case    Hearing        Applicant     Status
    ──────────  ─────  ─────────────  ──────  ─────────────  ────────────  ─────────
    2026-12-01  09:00  Ruang Sidang…  2026/1  1 preliminar…  Budi Santoso  held
    2026-12-02  10:00  Ruang Mediasi  2026/2  1 mediation    LBH Jambi     scheduled
    2026-12-03  09:00  Ruang Sidang…  2026/1  2 evidence a…  Budi Santoso  scheduled
    2026-12-04  13:30                 2026/3  1 preliminar…  Siti Aminah   scheduled

    Deadlines in these days
    Due         Deadline  Case                   Received    State    Standing
    ──────────  ────────  ─────────────────────  ──────────  ───────  ──────────────
    2026-12-04  start     003/XI/KI-JBI-PS/2026  2026-11-16  entered  3 working day…

    Overdue as of 2026-12-01 (oldest first)
      none

    May lapse (PERKI 1/2013)
      none
    [exit status: 0]
    ");

    // Wednesday: the mediator is ill.
    insta::assert_snapshot!(day(&env, "2026-12-02", &[
        &["hearing", "postpone", "2026/2", "1", "--to", "2026-12-10", "--reason", "mediator ill"],
        &["agenda"],
    ]), @"
    # today is 2026-12-02
    $ sengketa hearing postpone 2026/2 1 --to 2026-12-10 --reason 'mediator ill'
    ------- stderr -------
    002/XI/KI-JBI-PS/2026: hearing 1 (mediation) postponed to 2026-12-10 (first set for 2026-12-02)
    [exit status: 0]
    $ sengketa agenda
    Agenda 2026-12-02 to 2026-12-08

    Hearings
    Date        Time   Room          Case    Hearing       Applicant     Status
    ──────────  ─────  ────────────  ──────  ────────────  ────────────  ───────────
    2026-12-03  09:00  Ruang Sidan…  2026/1  2 evidence…   Budi Santoso  scheduled
    2026-12-04  13:30                2026/3  1 prelimina…  Siti Aminah   scheduled
    2026-12-08  09:00  Ruang Sidan…  2026/1  3 adjudicat…  Budi Santoso  scheduled
    2026-12-10  10:00  Ruang Media…  2026/2  1 mediation   LBH Jambi     scheduled…

    Deadlines in these days
    Due         Deadline  Case                   Received    State    Standing
    ──────────  ────────  ─────────────────────  ──────────  ───────  ──────────────
    2026-12-04  start     003/XI/KI-JBI-PS/2026  2026-11-16  entered  2 working day…

    Overdue as of 2026-12-02 (oldest first)
      none

    May lapse (PERKI 1/2013)
      none
    [exit status: 0]
    ");

    // Thursday: a hearing held recorded wrongly, undone and recorded again; the applicant
    // of 2026/1 is absent a second time.
    insta::assert_snapshot!(day(&env, "2026-12-03", &[
        &["hearing", "held", "2026/1", "2", "--applicant", "present", "--respondent", "present"],
        &["case", "undo", "2026/1", "--reason", "wrong attendance: the applicant did not come"],
        &["hearing", "held", "2026/1", "2", "--applicant", "absent", "--respondent", "present"],
        &["agenda"],
    ]), @"
    # today is 2026-12-03
    $ sengketa hearing held 2026/1 2 --applicant present --respondent present
    ------- stderr -------
    001/XI/KI-JBI-PS/2026: hearing 2 (evidence) held on 2026-12-03 (applicant present, respondent present)
    [exit status: 0]
    $ sengketa case undo 2026/1 --reason 'wrong attendance: the applicant did not come'
    ------- stderr -------
    001/XI/KI-JBI-PS/2026: reverted step 7 (hearing 2 held (applicant present, respondent present) on 2026-12-03); now qualified
    [exit status: 0]
    $ sengketa hearing held 2026/1 2 --applicant absent --respondent present
    ------- stderr -------
    001/XI/KI-JBI-PS/2026: hearing 2 (evidence) held on 2026-12-03 (applicant absent, respondent present)
    001/XI/KI-JBI-PS/2026: may lapse (gugur): the applicant, summoned, was absent and not represented at hearings 1 and 2 (PERKI 1/2013 Art. 30)
    [exit status: 0]
    $ sengketa agenda
    Agenda 2026-12-03 to 2026-12-09

    Hearings
    Date        Time   Room           Case    Hearing        Applicant     Status
    ──────────  ─────  ─────────────  ──────  ─────────────  ────────────  ─────────
    2026-12-03  09:00  Ruang Sidang…  2026/1  2 evidence a…  Budi Santoso  held
    2026-12-04  13:30                 2026/3  1 preliminar…  Siti Aminah   scheduled
    2026-12-08  09:00  Ruang Sidang…  2026/1  3 adjudicati…  Budi Santoso  scheduled
    2026-12-09                        2026/2  2 mediation    LBH Jambi     scheduled

    Deadlines in these days
    Due         Deadline  Case                   Received    State    Standing
    ──────────  ────────  ─────────────────────  ──────────  ───────  ──────────────
    2026-12-04  start     003/XI/KI-JBI-PS/2026  2026-11-16  entered  1 working day…

    Overdue as of 2026-12-03 (oldest first)
      none

    May lapse (PERKI 1/2013)
      001/XI/KI-JBI-PS/2026: Budi Santoso absent from hearings 1 and 2
    [exit status: 0]
    ");

    // Friday: the room is closed; the hearing is cancelled and set anew.
    insta::assert_snapshot!(day(&env, "2026-12-04", &[
        &["hearing", "cancel", "2026/3", "1", "--reason", "courtroom closed for repairs"],
        &["hearing", "schedule", "2026/3", "--on", "2026-12-11", "--at", "13:30",
          "--kind", "preliminary", "--room", "Ruang Sidang 2"],
        &["agenda"],
        &["case", "show", "2026/1"],
        &["case", "show", "2026/2"],
        &["case", "show", "2026/3", "--format", "json"],
        &["verify"],
    ]), @r#"
    # today is 2026-12-04
    $ sengketa hearing cancel 2026/3 1 --reason 'courtroom closed for repairs'
    ------- stderr -------
    003/XI/KI-JBI-PS/2026: hearing 1 (preliminary) cancelled
    [exit status: 0]
    $ sengketa hearing schedule 2026/3 --on 2026-12-11 --at 13:30 --kind preliminary --room 'Ruang Sidang 2'
    1
    ------- stderr -------
    003/XI/KI-JBI-PS/2026: hearing 1 (preliminary) scheduled for 2026-12-11 at 13:30
    [exit status: 0]
    $ sengketa agenda
    Agenda 2026-12-04 to 2026-12-10

    Hearings
    Date        Time   Room          Case    Hearing       Applicant     Status
    ──────────  ─────  ────────────  ──────  ────────────  ────────────  ───────────
    2026-12-04  13:30                2026/3  - prelimina…  Siti Aminah   cancelled
    2026-12-08  09:00  Ruang Sidan…  2026/1  3 adjudicat…  Budi Santoso  scheduled
    2026-12-09                       2026/2  2 mediation   LBH Jambi     scheduled
    2026-12-10  10:00  Ruang Media…  2026/2  1 mediation   LBH Jambi     scheduled…

    Deadlines in these days
    Due         Deadline  Case                   Received    State    Standing
    ──────────  ────────  ─────────────────────  ──────────  ───────  ─────────
    2026-12-04  start     003/XI/KI-JBI-PS/2026  2026-11-16  entered  due today

    Overdue as of 2026-12-04 (oldest first)
      none

    May lapse (PERKI 1/2013)
      001/XI/KI-JBI-PS/2026: Budi Santoso absent from hearings 1 and 2
    [exit status: 0]
    $ sengketa case show 2026/1
    Register no.       001/XI/KI-JBI-PS/2026
    Received           2026-11-02
    State              qualified
    Applicant          Budi Santoso (individual)
    Public body        Dinas Pendidikan
    Subject            RKA 2026
    Qualified          2026-11-16
    Start by           2026-11-20: met (started or ended 2026-11-16)
    Finish by          2027-04-08: 76 working days left
    Working days open  24

    History
    #  Date        What happened                                State
    ─  ──────────  ───────────────────────────────────────────  ────────────────────
    1  2026-11-02  entered (application received)               entered
    2  2026-11-16  qualified                                    entered -> qualified
    3  2026-11-30  hearing 1 (preliminary examination) schedu…
    4  2026-11-30  hearing 2 (evidence and witnesses) schedul…
    5  2026-11-30  hearing 3 (adjudication) scheduled for 202…
    6  2026-12-01  hearing 1 held (applicant absent, responde…
    7  2026-12-03  [reverted by #8] hearing 2 held (applicant…
    8  2026-12-03  undo of step 7: wrong attendance: the appl…
    9  2026-12-03  hearing 2 held (applicant absent, responde…
    #3  hearing 1 (preliminary examination) scheduled for 2026-12-01 at 09:00, Ruang
        Sidang 1
    #4  hearing 2 (evidence and witnesses) scheduled for 2026-12-03 at 09:00, Ruang
        Sidang 1
    #5  hearing 3 (adjudication) scheduled for 2026-12-08 at 09:00, Ruang Sidang 1
    #6  hearing 1 held (applicant absent, respondent present)
        Note: summons delivered on 24 November
    #7  [reverted by #8] hearing 2 held (applicant present, respondent present)
    #8  undo of step 7: wrong attendance: the applicant did not come
    #9  hearing 2 held (applicant absent, respondent present)
    every step was recorded under a pinned clock (SENGKETA_TODAY and SENGKETA_NOW):
    their dates or times are what the environment said, not the computer's clock

    Hearings
    Hearing  Kind         Date        Room          Status     Applicant  Respondent
    ───────  ───────────  ──────────  ────────────  ─────────  ─────────  ──────────
    1        preliminar…  2026-12-01  Ruang Sidan…  held       absent     present
    2        evidence a…  2026-12-03  Ruang Sidan…  held       absent     present
    3        adjudicati…  2026-12-08  Ruang Sidan…  scheduled
    may lapse (gugur): the applicant, summoned, was absent and not represented at hearings 1 and 2 (PERKI 1/2013 Art. 30)
    [exit status: 0]
    $ sengketa case show 2026/2
    Register no.       002/XI/KI-JBI-PS/2026
    Received           2026-11-09
    State              qualified
    Applicant          LBH Jambi (legal entity)
    Public body        Bappeda
    Subject            RTRW
    Qualified          2026-11-23
    Start by           2026-11-27: met (started or ended 2026-11-23)
    Finish by          2027-04-15: 81 working days left
    Working days open  19

    History
    #  Date        What happened                   State                 By     Note
    ─  ──────────  ──────────────────────────────  ────────────────────  ─────  ────
    1  2026-11-09  entered (application received)  entered               clerk
    2  2026-11-23  qualified                       entered -> qualified  clerk
    3  2026-11-30  hearing 1 (mediation) schedul…                        clerk
    4  2026-11-30  hearing 2 (mediation) schedul…                        clerk
    5  2026-12-02  hearing 1 postponed to 2026-1…                        clerk
    #3  hearing 1 (mediation) scheduled for 2026-12-02 at 10:00, Ruang Mediasi
    #4  hearing 2 (mediation) scheduled for 2026-12-09
    #5  hearing 1 postponed to 2026-12-10: mediator ill
    every step was recorded under a pinned clock (SENGKETA_TODAY and SENGKETA_NOW):
    their dates or times are what the environment said, not the computer's clock

    Hearings
    Hearing  Kind       Date        Room           Status     Applicant  Respondent
    ───────  ─────────  ──────────  ─────────────  ─────────  ─────────  ──────────
    1        mediation  2026-12-10  Ruang Mediasi  scheduled
    2        mediation  2026-12-09                 scheduled
    hearing 1 (mediation)  Reason: mediator ill
    [exit status: 0]
    $ sengketa case show 2026/3 --format json
    {
      "schema_version": 1,
      "register_no": "003/XI/KI-JBI-PS/2026",
      "received_on": "2026-11-16",
      "applicant": "Siti Aminah",
      "applicant_kind": "individual",
      "public_body": "RSUD Raden Mattaher",
      "subject": "Tarif layanan",
      "qualified_on": null,
      "not_qualified_on": null,
      "not_qualified_reason": null,
      "withdrawn_on": null,
      "decided_on": null,
      "decision_via": null,
      "decision_outcome": null,
      "decision_no": null,
      "closed_on": null,
      "state": "entered",
      "year": 2026,
      "serial": 3,
      "start_by": "2026-12-04",
      "finish_by": "2027-04-22",
      "working_days_open": 14,
      "overdue": [],
      "void": null,
      "served_on": null,
      "appeals": [],
      "finality": {
        "status": "undecided",
        "final_on": null,
        "window_closes": null
      },
      "timeline": [
        {
          "seq": 1,
          "on": "2026-11-16",
          "kind": "add",
          "from_state": null,
          "to_state": "entered",
          "what": "entered (application received)",
          "actor": "clerk",
          "recorded_at": "2026-11-29T08:00:00Z",
          "note": null,
          "reverts": null,
          "reverted_by": null,
          "pinned": "today_now"
        },
        {
          "seq": 2,
          "on": "2026-11-30",
          "kind": "hearing_schedule",
          "from_state": "entered",
          "to_state": "entered",
          "what": "hearing 1 (preliminary examination) scheduled for 2026-12-04 at 13:30",
          "actor": "clerk",
          "recorded_at": "2026-11-29T08:00:00Z",
          "note": null,
          "reverts": null,
          "reverted_by": null,
          "pinned": "today_now"
        },
        {
          "seq": 3,
          "on": "2026-12-04",
          "kind": "hearing_cancel",
          "from_state": "entered",
          "to_state": "entered",
          "what": "hearing 1 cancelled: courtroom closed for repairs",
          "actor": "clerk",
          "recorded_at": "2026-11-29T08:00:00Z",
          "note": null,
          "reverts": null,
          "reverted_by": null,
          "pinned": "today_now"
        },
        {
          "seq": 4,
          "on": "2026-12-04",
          "kind": "hearing_schedule",
          "from_state": "entered",
          "to_state": "entered",
          "what": "hearing 2 (preliminary examination) scheduled for 2026-12-11 at 13:30, Ruang Sidang 2",
          "actor": "clerk",
          "recorded_at": "2026-11-29T08:00:00Z",
          "note": null,
          "reverts": null,
          "reverted_by": null,
          "pinned": "today_now"
        }
      ],
      "hearings": [
        {
          "register_no": "003/XI/KI-JBI-PS/2026",
          "hearing_no": 1,
          "kind": "preliminary",
          "first_on": "2026-12-04",
          "on_date": "2026-12-04",
          "at": "13:30",
          "room": null,
          "panel": null,
          "status": "cancelled",
          "applicant": null,
          "respondent": null,
          "reason": "courtroom closed for repairs",
          "postponements": 0
        },
        {
          "register_no": "003/XI/KI-JBI-PS/2026",
          "hearing_no": 2,
          "kind": "preliminary",
          "first_on": "2026-12-11",
          "on_date": "2026-12-11",
          "at": "13:30",
          "room": "Ruang Sidang 2",
          "panel": null,
          "status": "scheduled",
          "applicant": null,
          "respondent": null,
          "reason": null,
          "postponements": 0
        }
      ],
      "may_lapse": null,
      "papers": []
    }
    [exit status: 0]
    $ sengketa verify
    20 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    the register holds together: 3 cases checked
    [exit status: 0]
    "#);
}

/// A register for the refusals (today is 2026-11-29):
/// 2026/1 qualified, hearing 1 on 2026-12-03 (scheduled), hearing 2 on 2026-11-20 (held);
/// 2026/2 done (withdrawn and closed), hearing 1 on 2026-12-10 scheduled before that.
fn with_hearings() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2026-11-02", "Budi Santoso", "Dinas Pendidikan");
    env.add("2026-11-03", "Siti Aminah", "Bappeda");
    env.ok(&["case", "qualify", "2026/1", "--on", "2026-11-09"]);
    let schedule = |case: &str, on: &str| {
        env.ok(&[
            "hearing",
            "schedule",
            case,
            "--on",
            on,
            "--kind",
            "preliminary",
        ])
    };
    assert_eq!(schedule("2026/1", "2026-12-03"), "1\n");
    assert_eq!(schedule("2026/1", "2026-11-20"), "2\n");
    env.ok(&[
        "hearing",
        "held",
        "2026/1",
        "2",
        "--applicant",
        "present",
        "--respondent",
        "absent",
    ]);
    assert_eq!(schedule("2026/2", "2026-12-10"), "1\n");
    env.ok(&["case", "withdraw", "2026/2", "--on", "2026-11-20"]);
    env.ok(&["case", "close", "2026/2", "--on", "2026-11-21"]);
    env
}

#[test]
fn refused_hearing_steps_exit_3_and_change_nothing() {
    let env = with_hearings();
    let today = "2026-11-29";
    let mut all = String::new();
    for line in [
        // held before its date
        "hearing held 2026/1 1 --applicant present --respondent present",
        // held twice
        "hearing held 2026/1 2 --applicant present --respondent present",
        // a held hearing is neither postponed nor cancelled
        "hearing postpone 2026/1 2 --to 2026-12-21 --reason x",
        "hearing cancel 2026/1 2 --reason x",
        // postponed to the date it has, or into the past
        "hearing postpone 2026/1 1 --to 2026-12-03 --reason x",
        "hearing postpone 2026/1 1 --to 2026-11-28 --reason x",
        // a hearing before its case was received
        "hearing schedule 2026/1 --on 2026-10-01 --kind mediation",
        // a number the case does not have (3: the case exists, the step is refused)
        "hearing held 2026/1 9 --applicant present --respondent present",
        // any hearing step on a done case
        "hearing schedule 2026/2 --on 2026-12-21 --kind verdict",
        "hearing held 2026/2 1 --applicant present --respondent present",
        "hearing postpone 2026/2 1 --to 2026-12-21 --reason x",
        "hearing cancel 2026/2 1 --reason x",
    ] {
        let args: Vec<&str> = line.split_whitespace().collect();
        all += &refused_on(&env, today, &args, 3);
    }
    // Particulars that say nothing.
    all += &refused_on(
        &env,
        today,
        &[
            "hearing",
            "postpone",
            "2026/1",
            "1",
            "--to",
            "2026-12-10",
            "--reason",
            " ",
        ],
        3,
    );
    all += &refused_on(
        &env,
        today,
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-12-01",
            "--kind",
            "mediation",
            "--room",
            "",
        ],
        3,
    );
    // The day before is still before its date.
    let held = "hearing held 2026/1 1 --applicant present --respondent present";
    let held: Vec<&str> = held.split_whitespace().collect();
    all += &refused_on(&env, "2026-12-02", &held, 3);
    insta::assert_snapshot!(all, @"
    $ sengketa hearing held 2026/1 1 --applicant present --respondent present
    ------- stderr -------
    error: hearing 1 of case 001/XI/KI-JBI-PS/2026 is on 2026-12-03: it cannot be recorded as held before then (today is 2026-11-29)
    hint: record it on or after 2026-12-03; to move it, use `hearing postpone`
    [exit status: 3]
    $ sengketa hearing held 2026/1 2 --applicant present --respondent present
    ------- stderr -------
    error: hearing 2 of case 001/XI/KI-JBI-PS/2026 is held already: a hearing is held once
    hint: only a scheduled hearing can be held, postponed or cancelled; `case undo` reverts the latest step
    [exit status: 3]
    $ sengketa hearing postpone 2026/1 2 --to 2026-12-21 --reason x
    ------- stderr -------
    error: hearing 2 of case 001/XI/KI-JBI-PS/2026 is held: it cannot be postponed
    hint: only a scheduled hearing can be held, postponed or cancelled; `case undo` reverts the latest step
    [exit status: 3]
    $ sengketa hearing cancel 2026/1 2 --reason x
    ------- stderr -------
    error: hearing 2 of case 001/XI/KI-JBI-PS/2026 is held: it cannot be cancelled
    hint: only a scheduled hearing can be held, postponed or cancelled; `case undo` reverts the latest step
    [exit status: 3]
    $ sengketa hearing postpone 2026/1 1 --to 2026-12-03 --reason x
    ------- stderr -------
    error: hearing 1 of case 001/XI/KI-JBI-PS/2026 is on 2026-12-03 already
    hint: give --to a new date, today or later
    [exit status: 3]
    $ sengketa hearing postpone 2026/1 1 --to 2026-11-28 --reason x
    ------- stderr -------
    error: hearing 1 of case 001/XI/KI-JBI-PS/2026 cannot be postponed to 2026-11-28, before the day the postponement is recorded (2026-11-29)
    hint: give --to a new date, today or later
    [exit status: 3]
    $ sengketa hearing schedule 2026/1 --on 2026-10-01 --kind mediation
    ------- stderr -------
    error: the hearing date 2026-10-01 is before the receipt date 2026-11-02
    hint: a hearing is set on or after the day its case was received
    [exit status: 3]
    $ sengketa hearing held 2026/1 9 --applicant present --respondent present
    ------- stderr -------
    error: case 001/XI/KI-JBI-PS/2026 has no hearing 9
    hint: `sengketa case show 001/XI/KI-JBI-PS/2026` lists its hearings
    [exit status: 3]
    $ sengketa hearing schedule 2026/2 --on 2026-12-21 --kind verdict
    ------- stderr -------
    error: case 002/XI/KI-JBI-PS/2026 is done: no hearing can be recorded on it
    hint: `case undo` reverts the closing if the case is not finished
    [exit status: 3]
    $ sengketa hearing held 2026/2 1 --applicant present --respondent present
    ------- stderr -------
    error: case 002/XI/KI-JBI-PS/2026 has no hearing 1
    hint: `sengketa case show 002/XI/KI-JBI-PS/2026` lists its hearings
    [exit status: 3]
    $ sengketa hearing postpone 2026/2 1 --to 2026-12-21 --reason x
    ------- stderr -------
    error: case 002/XI/KI-JBI-PS/2026 has no hearing 1
    hint: `sengketa case show 002/XI/KI-JBI-PS/2026` lists its hearings
    [exit status: 3]
    $ sengketa hearing cancel 2026/2 1 --reason x
    ------- stderr -------
    error: case 002/XI/KI-JBI-PS/2026 has no hearing 1
    hint: `sengketa case show 002/XI/KI-JBI-PS/2026` lists its hearings
    [exit status: 3]
    $ sengketa hearing postpone 2026/1 1 --to 2026-12-10 --reason ' '
    ------- stderr -------
    error: --reason is empty
    hint: say why the hearing is postponed or cancelled
    [exit status: 3]
    $ sengketa hearing schedule 2026/1 --on 2026-12-01 --kind mediation --room ''
    ------- stderr -------
    error: --room is empty
    hint: give --room a value
    [exit status: 3]
    $ sengketa hearing held 2026/1 1 --applicant present --respondent present
    ------- stderr -------
    error: hearing 1 of case 001/XI/KI-JBI-PS/2026 is on 2026-12-03: it cannot be recorded as held before then (today is 2026-12-02)
    hint: record it on or after 2026-12-03; to move it, use `hearing postpone`
    [exit status: 3]
    ");

    // No such case: 4, as for every command that names a case.
    let mut usage = refused_on(
        &env,
        today,
        &["hearing", "cancel", "2026/99", "1", "--reason", "x"],
        4,
    );
    // A bad time, kind, attendance or number, or a missing date, is clap's: 2.
    for line in [
        "hearing schedule 2026/1 --on 2026-12-21 --kind mediation --at 9h30",
        "hearing schedule 2026/1 --on 2026-12-21 --kind hearing",
        "hearing held 2026/1 1 --applicant late --respondent present",
        "hearing cancel 2026/1 0 --reason x",
        "hearing schedule 2026/1 --kind mediation",
    ] {
        let args: Vec<&str> = line.split_whitespace().collect();
        usage += &refused_on(&env, today, &args, 2);
    }
    insta::assert_snapshot!(usage, @"
    $ sengketa hearing cancel 2026/99 1 --reason x
    ------- stderr -------
    error: there is no case 2026/99 in the register
    hint: name a case by its register number or as YEAR/SERIAL (e.g. 2017/12); `sengketa case list` shows them
    [exit status: 4]
    $ sengketa hearing schedule 2026/1 --on 2026-12-21 --kind mediation --at 9h30
    ------- stderr -------
    error: invalid value '9h30' for '--at <HH.MM>': '9h30' is not a time of day; write a time as HH:MM or HH.MM (24 hours), e.g. 09:30 or 9.30

    For more information, try '--help'.
    [exit status: 2]
    $ sengketa hearing schedule 2026/1 --on 2026-12-21 --kind hearing
    ------- stderr -------
    error: invalid value 'hearing' for '--kind <KIND>'
      [possible values: preliminary, mediation, adjudication, evidence, verdict]

    For more information, try '--help'.
    [exit status: 2]
    $ sengketa hearing held 2026/1 1 --applicant late --respondent present
    ------- stderr -------
    error: invalid value 'late' for '--applicant <APPLICANT>'
      [possible values: present, absent, represented]

    For more information, try '--help'.
    [exit status: 2]
    $ sengketa hearing cancel 2026/1 0 --reason x
    ------- stderr -------
    error: invalid value '0' for '<N>': 0 is not in 1..9223372036854775807

    For more information, try '--help'.
    [exit status: 2]
    $ sengketa hearing schedule 2026/1 --kind mediation
    ------- stderr -------
    error: the following required arguments were not provided:
      --on <DATE>

    Usage: sengketa hearing schedule --on <DATE> --kind <KIND> <CASE>

    For more information, try '--help'.
    [exit status: 2]
    ");

    // On its day it is held.
    let out = run_on(&env, "2026-12-03", &held);
    assert_eq!(out.code, 0, "{}", out.snapshot());
}

/// The database holds the hearing rules itself, against the sqlite3 shell.
#[test]
fn the_database_refuses_direct_edits_of_hearings() {
    let env = with_hearings();
    let before = env.contents();
    let mut all = String::new();
    for sql in [
        // the payload of a hearing step is history: append-only
        "UPDATE hearing_steps SET room = 'Ruang 9' WHERE case_id = 1 AND seq = 3",
        "DELETE FROM hearing_steps WHERE case_id = 1 AND seq = 3",
        // a hearing held is not cancelled afterwards
        "UPDATE hearings SET status = 'cancelled', applicant = NULL, respondent = NULL, \
         reason = 'x' WHERE case_id = 1 AND no = 2",
        // no hearing step on a done case (2026/2 is done: its last event is its closing)
        "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) \
         VALUES (2, 5, 'hearing_held', 'done', 'done', '2026-12-10', 1)",
        // a hearing is held on its own date (hearing 1 of 2026/1 is on 2026-12-03)
        "BEGIN; \
         INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) \
         VALUES (1, 6, 'hearing_held', 'qualified', 'qualified', '2026-11-29', 1); \
         INSERT INTO hearing_steps (case_id, seq, step, hearing_no, applicant, respondent) \
         VALUES (1, 6, 'hearing_held', 1, 'present', 'present'); COMMIT;",
    ] {
        let out = env.sqlite(sql);
        assert_ne!(out.code, 0, "{sql}: {}", out.snapshot());
        // (an unnamed CHECK is reported with its whole expression: its first words do)
        let line = out.stderr.lines().next().unwrap_or("");
        let line = line.trim_start_matches("Error: stepping, ");
        let said: String = line.trim_end_matches(" (19)").chars().take(80).collect();
        all += &format!("{sql}\n  -> {said}\n");
    }
    insta::assert_snapshot!(all, @"
    UPDATE hearing_steps SET room = 'Ruang 9' WHERE case_id = 1 AND seq = 3
      -> the history is append-only: hearing steps cannot be changed
    DELETE FROM hearing_steps WHERE case_id = 1 AND seq = 3
      -> the history is append-only: hearing steps cannot be deleted
    UPDATE hearings SET status = 'cancelled', applicant = NULL, respondent = NULL, reason = 'x' WHERE case_id = 1 AND no = 2
      -> a hearing moves only as its steps allow: held or cancelled once, from scheduled
    INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) VALUES (2, 5, 'hearing_held', 'done', 'done', '2026-12-10', 1)
      -> a finished case takes no hearing step but from an import of past hearing records
    BEGIN; INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) VALUES (1, 6, 'hearing_held', 'qualified', 'qualified', '2026-11-29', 1); INSERT INTO hearing_steps (case_id, seq, step, hearing_no, applicant, respondent) VALUES (1, 6, 'hearing_held', 1, 'present', 'present'); COMMIT;
      -> a hearing is held on its own date
    ");
    assert_eq!(env.contents(), before);
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// What no trigger refuses, `verify` finds: a hearing's room changed, or its row deleted.
#[test]
fn verify_finds_a_hearing_edited_behind_its_history() {
    for sql in [
        "UPDATE hearings SET room = 'Ruang 9' WHERE case_id = 1 AND no = 1",
        "DELETE FROM hearings WHERE case_id = 1 AND no = 2",
    ] {
        let env = with_hearings();
        let out = env.sqlite(sql);
        assert_eq!(out.code, 0, "{}", out.snapshot());
        insta::allow_duplicates! {
            insta::assert_snapshot!(env.run(&["verify"]).snapshot(), @"
            case 001/XI/KI-JBI-PS/2026: its hearings differ from what its history leads to
            11 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
            1 problem found in 2 cases
            ------- stderr -------
            hint: cases or their history were changed outside sengketa; the history is the record: compare with a backup (`sengketa case show` prints a case's history)
            [exit status: 1]
            ");
        }
    }
}

#[test]
fn undoing_hearing_steps() {
    let env = with_hearings();
    // Undo a postponement: the hearing is back on its date.
    env.ok(&[
        "hearing",
        "postpone",
        "2026/1",
        "1",
        "--to",
        "2026-12-10",
        "--reason",
        "x",
    ]);
    env.ok(&[
        "case",
        "undo",
        "2026/1",
        "--reason",
        "postponed the wrong hearing",
    ]);
    // Undo a scheduling: the hearing is gone, and its number is not given again.
    assert_eq!(
        env.ok(&[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-12-17",
            "--kind",
            "evidence"
        ]),
        "3\n"
    );
    env.ok(&[
        "case",
        "undo",
        "2026/1",
        "--reason",
        "scheduled on the wrong case",
    ]);
    assert_eq!(
        env.ok(&[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-12-18",
            "--kind",
            "evidence"
        ]),
        // "sidang ke-3": the undone scheduling takes no place (its internal number, 4 in
        // the JSON below, is never given twice).
        "3\n"
    );
    // Undo a cancellation: scheduled again.
    env.ok(&["hearing", "cancel", "2026/1", "3", "--reason", "x"]);
    env.ok(&["case", "undo", "2026/1", "--reason", "cancelled by mistake"]);
    let show: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", "2026/1", "--format", "json"])).unwrap();
    let hearings: Vec<String> = show["hearings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            format!(
                "{} {} {} {}",
                h["hearing_no"], h["on_date"], h["status"], h["postponements"]
            )
        })
        .collect();
    assert_eq!(
        hearings,
        [
            r#"1 "2026-12-03" "scheduled" 0"#,
            r#"2 "2026-11-20" "held" 0"#,
            r#"4 "2026-12-18" "scheduled" 0"#,
        ]
    );
    assert_eq!(show["may_lapse"], serde_json::Value::Null);
    // Undo a hearing held: scheduled again, and it can be held anew.
    env.ok(&["case", "undo", "2026/1", "--reason", "x"]); // the scheduling of 4
    env.ok(&["case", "undo", "2026/1", "--reason", "x"]); // the held of 2
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
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// A register with hearings of every kind of history: held (absent), postponed twice,
/// cancelled after a postponement, a number left by an undone scheduling, a decided case.
fn many_hearings() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2026-10-01", "Budi Santoso", "Dinas Pendidikan");
    env.add("2026-10-05", "LBH Jambi", "Bappeda");
    env.add("2026-10-07", "Siti Aminah", "RSUD");
    env.ok(&["case", "qualify", "2026/1", "--on", "2026-10-08"]);
    env.ok(&["case", "qualify", "2026/3", "--on", "2026-10-09"]);
    for (today, line) in [
        (
            "2026-10-10",
            "hearing schedule 2026/1 --on 2026-10-20 --at 09:00 --kind preliminary",
        ),
        (
            "2026-10-20",
            "hearing held 2026/1 1 --applicant absent --respondent present",
        ),
        (
            "2026-10-20",
            "hearing schedule 2026/1 --on 2026-10-27 --kind mediation",
        ),
        (
            "2026-10-27",
            "hearing postpone 2026/1 2 --to 2026-11-03 --reason illness",
        ),
        (
            "2026-11-03",
            "hearing held 2026/1 2 --applicant absent --respondent represented",
        ),
        (
            "2026-10-10",
            "hearing schedule 2026/2 --on 2026-10-21 --kind preliminary",
        ),
        (
            "2026-10-15",
            "hearing postpone 2026/2 1 --to 2026-10-28 --reason room",
        ),
        ("2026-10-16", "hearing cancel 2026/2 1 --reason withdrawn"),
        (
            "2026-10-16",
            "hearing schedule 2026/2 --on 2026-12-15 --kind mediation",
        ),
        ("2026-10-17", "case undo 2026/2 --reason mistake"),
        (
            "2026-10-17",
            "hearing schedule 2026/2 --on 2026-12-16 --at 10:30 --kind evidence",
        ),
        (
            "2026-10-11",
            "hearing schedule 2026/3 --on 2026-10-22 --kind adjudication",
        ),
        (
            "2026-10-22",
            "hearing held 2026/3 1 --applicant present --respondent absent",
        ),
        (
            "2026-10-22",
            "hearing schedule 2026/3 --on 2026-11-05 --kind verdict",
        ),
        (
            "2026-11-05",
            "hearing held 2026/3 2 --applicant represented --respondent present",
        ),
    ] {
        let args: Vec<&str> = line.split_whitespace().collect();
        let out = run_on(&env, today, &args);
        assert_eq!(out.code, 0, "{line}: {}", out.snapshot());
    }
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2026-12-01",
        "--kind",
        "evidence",
        "--room",
        "Ruang Sidang 1, lantai 2",
        "--panel",
        "Majelis \"B\"",
    ]);
    env.ok(&[
        "case",
        "decide",
        "2026/3",
        "--via",
        "adjudication",
        "--outcome",
        "granted",
        "--on",
        "2026-11-05",
    ]);
    env
}

#[test]
fn hearings_export_import_round_trip() {
    let env = many_hearings();
    let exported = env.ok(&["hearings", "export"]);
    insta::assert_snapshot!(exported, @r#"
    register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,respondent,reason
    001/X/KI-JBI-PS/2026,1,preliminary,2026-10-20,2026-10-20,09:00,,,held,absent,present,
    001/X/KI-JBI-PS/2026,2,mediation,2026-10-27,2026-11-03,,,,held,absent,represented,illness
    001/X/KI-JBI-PS/2026,3,evidence,2026-12-01,2026-12-01,,"Ruang Sidang 1, lantai 2","Majelis ""B""",scheduled,,,
    002/X/KI-JBI-PS/2026,1,preliminary,2026-10-21,2026-10-28,,,,cancelled,,,withdrawn
    002/X/KI-JBI-PS/2026,3,evidence,2026-12-16,2026-12-16,10:30,,,scheduled,,,
    003/X/KI-JBI-PS/2026,1,adjudication,2026-10-22,2026-10-22,,,,held,present,absent,
    003/X/KI-JBI-PS/2026,2,verdict,2026-11-05,2026-11-05,,,,held,represented,present,
    "#);
    assert_eq!(
        env.ok(&["hearings", "export", "--year", "2025"]),
        exported.lines().next().unwrap().to_string() + "\n"
    );

    // A register with the same cases, and no hearings yet (the files written in its folder).
    let other = TestEnv::initialised();
    let path = |name: &str| other.dir().join(name).to_str().unwrap().to_string();
    env.ok(&["export", "-o", &path("cases.csv")]);
    env.ok(&["hearings", "export", "-o", &path("hearings.csv")]);
    let hearings = "hearings.csv";
    other.ok(&["import", "cases.csv"]);
    let before = other.contents();
    let out = other.run(&["hearings", "import", "--dry-run", hearings]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(other.contents(), before, "--dry-run wrote");
    other.ok(&["hearings", "import", hearings]);
    assert_eq!(
        other.ok(&["hearings", "export"]),
        exported,
        "not the same file"
    );
    // The imported histories replay, and the register goes on from them.
    assert_eq!(other.run(&["verify"]).code, 0);
    insta::assert_snapshot!(other.run(&["case", "show", "2026/2", "--format", "csv"]).snapshot(), @"
    register_no,seq,on,kind,from_state,to_state,what,actor,recorded_at,note,reverts,reverted_by
    002/X/KI-JBI-PS/2026,1,2026-10-05,add,,entered,entered (application received),clerk,2026-11-29T08:00:00Z,imported from cases.csv,,
    002/X/KI-JBI-PS/2026,2,2026-10-21,hearing_schedule,entered,entered,hearing 1 (preliminary examination) scheduled for 2026-10-21,clerk,2026-11-29T08:00:00Z,hearings imported from hearings.csv,,
    002/X/KI-JBI-PS/2026,3,2026-10-21,hearing_postpone,entered,entered,hearing 1 postponed to 2026-10-28: not in the imported file,clerk,2026-11-29T08:00:00Z,hearings imported from hearings.csv,,
    002/X/KI-JBI-PS/2026,4,2026-10-28,hearing_cancel,entered,entered,hearing 1 cancelled: withdrawn,clerk,2026-11-29T08:00:00Z,hearings imported from hearings.csv,,
    002/X/KI-JBI-PS/2026,5,2026-11-29,hearing_schedule,entered,entered,hearing 3 (evidence and witnesses) scheduled for 2026-12-16 at 10:30,clerk,2026-11-29T08:00:00Z,hearings imported from hearings.csv,,
    [exit status: 0]
    ");
    // The next hearing after an import is "sidang ke-N" among the hearings that stand
    // (the file's hearing 1 was cancelled, its hearing 3 stands): the second.
    assert_eq!(
        other.ok(&[
            "hearing",
            "schedule",
            "2026/2",
            "--on",
            "2026-12-21",
            "--kind",
            "verdict"
        ]),
        "2\n"
    );
    // Imported again: every hearing is there already.
    let again = other.run(&["hearings", "import", hearings]);
    assert_eq!(again.code, 3, "{}", again.snapshot());
}

#[test]
fn a_bad_hearings_file_is_refused_whole() {
    let env = many_hearings();
    let file = env.dir().join("bad.csv");
    std::fs::write(
        &file,
        "register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,respondent,reason\n\
         001/X/KI-JBI-PS/2026,5,mediation,2026-12-10,2026-12-10,,,,scheduled,,,\n\
         009/X/KI-JBI-PS/2026,1,mediation,2026-12-10,2026-12-10,,,,scheduled,,,\n\
         001/X/KI-JBI-PS/2026,2,mediation,2026-12-10,2026-12-10,,,,scheduled,,,\n\
         002/X/KI-JBI-PS/2026,2,mediation,2026-12-10,2026-12-10,,,,scheduled,,,\n\
         001/X/KI-JBI-PS/2026,6,mediation,2026-09-10,2026-12-10,,,,scheduled,,,room\n\
         001/X/KI-JBI-PS/2026,7,evidence,2026-12-10,2026-12-10,,,,held,present,present,\n\
         001/X/KI-JBI-PS/2026,8,hearing,2026-31-12,,9.30,,,held,,late,\n\
         001/X/KI-JBI-PS/2026,x,mediation,2026-12-10,2026-12-17,,,,cancelled,absent,,\n\
         001/X/KI-JBI-PS/2026,9,mediation,2026-12-10\n\
         001/X/KI-JBI-PS/2026,5,mediation,2026-12-11,2026-12-11,,,,scheduled,,,\n",
    )
    .unwrap();
    let before = env.contents();
    let out = env.run(&["hearings", "import", file.to_str().unwrap()]);
    assert_eq!(env.contents(), before);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    line 3, column 1 (register_no): "009/X/KI-JBI-PS/2026": there is no case 009/X/KI-JBI-PS/2026 in the register
    line 4, column 2 (hearing_no): "2": case 001/X/KI-JBI-PS/2026 already has a hearing 2
    line 5, column 2 (hearing_no): "2": hearing number 2 was given before on case 002/X/KI-JBI-PS/2026, to a scheduling since undone
    line 6, column 4 (first_on): "2026-09-10": the hearing date 2026-09-10 is before the receipt date 2026-10-01
    line 7, column 5 (on_date): "2026-12-10": hearing 7 of case 001/X/KI-JBI-PS/2026 is on 2026-12-10: it cannot be recorded as held before then (today is 2026-11-29)
    line 8, column 3 (kind): "hearing": 'hearing' is not a valid kind of hearing; use one of: preliminary, mediation, adjudication, evidence, verdict
    line 8, column 4 (first_on): "2026-31-12": not a date (write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)
    line 8, column 5 (on_date): "": on_date is required
    line 8, column 10 (applicant): "": a hearing held records how the applicant attended (present, absent, represented)
    line 8, column 11 (respondent): "late": 'late' is not a valid attendance; use one of: present, absent, represented
    line 9, column 2 (hearing_no): "x": not a hearing number (1, 2, ...)
    line 9, column 10 (applicant): "absent": only a hearing held records attendance: leave it empty
    line 9, column 12 (reason): "": a hearing cancelled, or postponed (on_date differs from first_on), needs its reason
    line 10, column 1 (register_no): "": the row has 4 fields, expected 12
    line 11, column 2 (hearing_no): "5": case 001/X/KI-JBI-PS/2026 already has a hearing 5
    error: 9 of 10 rows of $TEST_ENV/bad.csv are invalid; nothing was imported
    hint: correct the rows listed above and import the whole file again
    [exit status: 3]
    "#);
    // A done case takes its past hearings from an import (a clerk's `hearing` steps it
    // refuses), and they replay.
    env.ok(&["case", "close", "2026/3", "--on", "2026-11-26"]);
    std::fs::write(
        &file,
        "register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,respondent,reason\n\
         003/X/KI-JBI-PS/2026,3,verdict,2026-11-05,2026-11-05,,,,held,present,present,\n",
    )
    .unwrap();
    let out = env.run(&["hearings", "import", file.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let show: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", "2026/3", "--format", "json"])).unwrap();
    assert_eq!(show["state"], "done");
    assert!(
        show["hearings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["hearing_no"] == 3 && h["status"] == "held"),
        "{show}"
    );
    let refused = env.run(&[
        "hearing",
        "schedule",
        "2026/3",
        "--on",
        "2026-12-01",
        "--kind",
        "verdict",
    ]);
    assert_eq!(refused.code, 3, "{}", refused.snapshot());
    assert_eq!(env.run(&["verify"]).code, 0);
    std::fs::write(&file, "register_no,hearing_no,kind\n").unwrap();
    insta::assert_snapshot!(env.run(&["hearings", "import", file.to_str().unwrap()]).snapshot(), @"
    ------- stderr -------
    error: $TEST_ENV/bad.csv: the header has no column 4 ('first_on') (the header was read with a comma (,) between fields)
    hint: the first line must be the header: register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,respondent,reason (with , or ; between fields)
    [exit status: 3]
    ");
}

/// An event of a calendar file: UID, DTSTART, SEQUENCE, STATUS, LOCATION.
type Ev = (String, String, Option<u32>, Option<String>, Option<String>);

/// The agenda as a calendar file, read back by an iCalendar parser: one event per hearing
/// with a stable UID; a newer file moves a postponed hearing (same UID, a higher
/// SEQUENCE) and cancels a cancelled one, instead of adding events.
#[test]
fn the_agenda_as_an_icalendar_file() {
    use icalendar::{Calendar, CalendarComponent, Component, EventLike};
    let env = TestEnv::initialised();
    env.add("2026-11-02", "Budi Santoso", "Dinas Pendidikan");
    env.add("2026-11-09", "LBH Jambi", "Bappeda");
    let monday = "2026-11-30";
    for args in [
        &[
            "hearing",
            "schedule",
            "2026/1",
            "--on",
            "2026-12-01",
            "--at",
            "09:00",
            "--kind",
            "preliminary",
            "--room",
            "Ruang Sidang 1",
        ][..],
        &[
            "hearing",
            "schedule",
            "2026/2",
            "--on",
            "2026-12-02",
            "--kind",
            "mediation",
        ],
        &[
            "hearing",
            "schedule",
            "2026/2",
            "--on",
            "2026-12-03",
            "--kind",
            "evidence",
        ],
    ] {
        assert_eq!(run_on(&env, monday, args).code, 0);
    }
    let events = |today: &str| {
        let out = run_on(&env, today, &["agenda", "--on", monday, "--format", "ics"]);
        assert_eq!(out.code, 0, "{}", out.snapshot());
        let cal: Calendar = out.stdout.parse().expect("an iCalendar file");
        let mut v: Vec<Ev> = cal
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some((
                    e.get_uid().unwrap_or_default().to_string(),
                    e.property_value("DTSTART").unwrap_or_default().to_string(),
                    e.get_sequence(),
                    e.property_value("STATUS").map(str::to_string),
                    e.get_location().map(str::to_string),
                )),
                _ => None,
            })
            .collect();
        v.sort();
        v
    };
    let first = events(monday);
    assert_eq!(first.len(), 3, "{first:?}");
    assert_eq!(
        first[0],
        (
            "hearing-1-001.XI.KI-JBI-PS.2026@sengketa".to_string(),
            "20261201T090000".to_string(),
            Some(0),
            Some("CONFIRMED".to_string()),
            Some("Ruang Sidang 1".to_string())
        )
    );
    assert_eq!(first[1].1, "20261202", "no time: an all-day event");
    // Tuesday: hearing 1 of 2026/2 postponed out of the span, hearing 2 cancelled.
    let tuesday = "2026-12-01";
    for args in [
        &[
            "hearing",
            "postpone",
            "2026/2",
            "1",
            "--to",
            "2026-12-16",
            "--reason",
            "panel away",
        ][..],
        &["hearing", "cancel", "2026/2", "2", "--reason", "settled"],
    ] {
        assert_eq!(run_on(&env, tuesday, args).code, 0);
    }
    let later = events(tuesday);
    let uids = |v: &[Ev]| v.iter().map(|e| e.0.clone()).collect::<Vec<_>>();
    assert_eq!(uids(&later), uids(&first), "the same events, none added");
    assert_eq!(later[1].1, "20261216", "moved to its new date");
    assert_eq!(later[1].2, Some(1), "a higher SEQUENCE");
    assert_eq!(later[2].3.as_deref(), Some("CANCELLED"));
    assert_eq!(later[2].2, Some(1));
}
