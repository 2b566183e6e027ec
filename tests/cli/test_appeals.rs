//! After the decision: the service, appeals to the courts level by level, the
//! day a decision became final, `recap --appeals`, the appeals CSV; refusals that change
//! nothing, `case undo` of appeal steps, the database refusing direct edits and `verify`
//! finding what no trigger refuses.

use crate::common::{TestEnv, refused, session, shown};

/// The track after the decision as `case show` prints it: the lines between the
/// deadlines and the history (the service, the finality, the appeals table).
fn track(env: &TestEnv, case: &str) -> String {
    let out = env.ok(&["case", "show", case]);
    let lines: Vec<&str> = out.lines().collect();
    let from = lines
        .iter()
        .position(|l| l.starts_with("Working days open"))
        .expect("the deadlines")
        + 1;
    let to = lines
        .iter()
        .position(|l| *l == "History")
        .expect("the history")
        - 1;
    let mut s = shown(&["case", "show", case]);
    s.push_str("...\n");
    for l in &lines[from..to] {
        s.push_str(l);
        s.push('\n');
    }
    s.push_str("...\n");
    s
}

/// Four decisions of 2026: three adjudications and a mediation agreement.
fn decided() -> TestEnv {
    let env = TestEnv::initialised();
    let cases = [
        (
            "2026-01-05",
            "2026-01-12",
            "adjudication",
            "granted",
            "2026-05-04",
        ),
        (
            "2026-02-05",
            "2026-02-12",
            "adjudication",
            "rejected",
            "2026-06-01",
        ),
        (
            "2026-03-05",
            "2026-03-12",
            "adjudication",
            "partly-granted",
            "2026-07-01",
        ),
        (
            "2026-04-06",
            "2026-04-13",
            "mediation",
            "agreement",
            "2026-07-02",
        ),
    ];
    for (i, (received, qualified, via, outcome, on)) in cases.iter().enumerate() {
        let case = format!("2026/{}", i + 1);
        env.add(
            received,
            &format!("Pemohon {}", i + 1),
            "Dinas PUPR Provinsi Jambi",
        );
        env.ok(&["case", "qualify", &case, "--on", qualified]);
        env.ok(&[
            "case",
            "decide",
            &case,
            "--via",
            via,
            "--outcome",
            outcome,
            "--on",
            on,
        ]);
    }
    env
}

/// The acceptance session: three decisions served, two appealed (PTUN, PN), one appeal
/// decided, a cassation filed, one window let pass; each case's finality; the recap; the
/// refusals.
#[test]
fn appeals_and_finality() {
    let env = decided();
    insta::assert_snapshot!(session(&env, &[
        &["case", "serve", "2026/1", "--on", "2026-05-06"],
        &["case", "serve", "2026/2"],
        &["case", "serve", "2026/3", "--on", "2026-07-03"],
        &["appeal", "file", "2026/1", "--court", "ptun", "--by", "respondent",
          "--on", "2026-05-20", "--court-no", "12/G/KI/2026/PTUN.JBI"],
        &["appeal", "file", "2026/2", "--court", "PN", "--by", "pemohon", "--on", "2026-06-12"],
        &["appeal", "decide", "2026/1", "--outcome", "dikuatkan", "--on", "2026-08-10"],
        &["appeal", "file", "2026/1", "--level", "kasasi", "--by", "termohon",
          "--on", "2026-08-20"],
    ]), @"
    $ sengketa case serve 2026/1 --on 2026-05-06
    ------- stderr -------
    001/I/KI-JBI-PS/2026: decision received by the parties on 2026-05-06; the appeal window closes on 2026-06-02
    [exit status: 0]
    $ sengketa case serve 2026/2
    ------- stderr -------
    002/II/KI-JBI-PS/2026: decision received by the parties on 2026-06-01; the appeal window closes on 2026-06-22
    [exit status: 0]
    $ sengketa case serve 2026/3 --on 2026-07-03
    ------- stderr -------
    003/III/KI-JBI-PS/2026: decision received by the parties on 2026-07-03; the appeal window closes on 2026-07-23
    [exit status: 0]
    $ sengketa appeal file 2026/1 --court ptun --by respondent --on 2026-05-20 --court-no 12/G/KI/2026/PTUN.JBI
    ------- stderr -------
    001/I/KI-JBI-PS/2026: appeal filed at ptun (first_instance) on 2026-05-20
    [exit status: 0]
    $ sengketa appeal file 2026/2 --court PN --by pemohon --on 2026-06-12
    ------- stderr -------
    002/II/KI-JBI-PS/2026: appeal filed at pn (first_instance) on 2026-06-12
    [exit status: 0]
    $ sengketa appeal decide 2026/1 --outcome dikuatkan --on 2026-08-10
    ------- stderr -------
    001/I/KI-JBI-PS/2026: court decision (first_instance): upheld on 2026-08-10; final on 2026-09-01: no appeal at cassation within its window
    [exit status: 0]
    $ sengketa appeal file 2026/1 --level kasasi --by termohon --on 2026-08-20
    ------- stderr -------
    001/I/KI-JBI-PS/2026: appeal filed at ma (cassation) on 2026-08-20
    [exit status: 0]
    ");
    let tracks: String = ["2026/1", "2026/2", "2026/3", "2026/4"]
        .iter()
        .map(|c| track(&env, c))
        .collect();
    insta::assert_snapshot!(tracks, @"
    $ sengketa case show 2026/1
    ...
    Served             2026-05-06
    Finality           not final yet: appeal pending at Supreme Court (MA)
                       (cassation), filed 2026-08-20

    Appeals
    Level         Court  By           Filed       Window closes  Decided     Outcome
    ────────────  ─────  ───────────  ──────────  ─────────────  ──────────  ───────
    first insta…  PTUN   respondent…  2026-05-20  2026-06-02     2026-08-10  upheld
    cassation     MA     respondent…  2026-08-20  2026-09-01
    ...
    $ sengketa case show 2026/2
    ...
    Served             2026-06-01
    Finality           not final yet: appeal pending at district court (PN) (first
                       instance), filed 2026-06-12

    Appeals
    Level           Court  By         Filed       Window closes  Decided  Outcome
    ──────────────  ─────  ─────────  ──────────  ─────────────  ───────  ───────
    first instance  PN     applicant  2026-06-12  2026-06-22
    ...
    $ sengketa case show 2026/3
    ...
    Served             2026-07-03
    Finality           final on 2026-07-23: no appeal at first instance within its
                       window
    ...
    $ sengketa case show 2026/4
    ...
    Finality           final on 2026-07-02 (a decision no court hears)
    ...
    ");
    insta::assert_snapshot!(session(&env, &[
        &["recap", "--appeals"],
        &["recap", "--appeals", "--format", "csv"],
        &["recap", "--appeals", "--years", "2025-2026", "--format", "json"],
        &["recap", "--appeals", "--format", "md", "--lang", "id"],
        // As of the day after the first decision was served, nothing was appealed yet.
        &["recap", "--appeals", "--as-of", "2026-05-07", "--format", "csv"],
    ]), @r#"
    $ sengketa recap --appeals
    As of 2026-11-29
    Year of decision               2026  Total
    ─────────────────────────────  ────  ─────
    Decisions                         4      4
    Open to appeal                    3      3
    Appealed                          2      2
    At PTUN                           1      1
    At PN                             1      1
    By the applicant                  1      1
    By the respondent                 1      1
    Filed late                        -      -
    Pending in court                  1      1
    Upheld                            1      1
    Overturned                        -      -
    Partly overturned                 -      -
    Inadmissible                      -      -
    Withdrawn                         -      -
    Cassations                        1      1
    Cassations decided                -      -
    Final                             2      2
    Share upheld (first instance)  100%   100%
    [exit status: 0]
    $ sengketa recap --appeals --format csv
    year,decisions,open_to_appeal,appealed,at_ptun,at_pn,by_applicant,by_respondent,late,pending,upheld,overturned,partly_overturned,inadmissible,withdrawn,cassations,cassations_decided,final,upheld_share,as_of
    2026,4,3,2,1,1,1,1,0,1,1,0,0,0,0,1,0,2,1,2026-11-29
    total,4,3,2,1,1,1,1,0,1,1,0,0,0,0,1,0,2,1,2026-11-29
    [exit status: 0]
    $ sengketa recap --appeals --years 2025-2026 --format json
    {
      "schema_version": 1,
      "as_of": "2026-11-29",
      "rows": [
        {
          "year": 2025,
          "decisions": 0,
          "open_to_appeal": 0,
          "appealed": 0,
          "at_ptun": 0,
          "at_pn": 0,
          "by_applicant": 0,
          "by_respondent": 0,
          "late": 0,
          "pending": 0,
          "upheld": 0,
          "overturned": 0,
          "partly_overturned": 0,
          "inadmissible": 0,
          "withdrawn": 0,
          "cassations": 0,
          "cassations_decided": 0,
          "final": 0,
          "upheld_share": null
        },
        {
          "year": 2026,
          "decisions": 4,
          "open_to_appeal": 3,
          "appealed": 2,
          "at_ptun": 1,
          "at_pn": 1,
          "by_applicant": 1,
          "by_respondent": 1,
          "late": 0,
          "pending": 1,
          "upheld": 1,
          "overturned": 0,
          "partly_overturned": 0,
          "inadmissible": 0,
          "withdrawn": 0,
          "cassations": 1,
          "cassations_decided": 0,
          "final": 2,
          "upheld_share": 1
        },
        {
          "year": "total",
          "decisions": 4,
          "open_to_appeal": 3,
          "appealed": 2,
          "at_ptun": 1,
          "at_pn": 1,
          "by_applicant": 1,
          "by_respondent": 1,
          "late": 0,
          "pending": 1,
          "upheld": 1,
          "overturned": 0,
          "partly_overturned": 0,
          "inadmissible": 0,
          "withdrawn": 0,
          "cassations": 1,
          "cassations_decided": 0,
          "final": 2,
          "upheld_share": 1
        }
      ]
    }
    [exit status: 0]
    $ sengketa recap --appeals --format md --lang id
    Per tanggal 2026-11-29

    | Tahun putusan | Putusan | Dapat diajukan keberatan | Diajukan keberatan | Ke PTUN | Ke PN | Oleh pemohon | Oleh termohon | Terlambat | Sedang diperiksa | Putusan KI dikuatkan | Putusan KI dibatalkan | Putusan KI dibatalkan sebagian | Tidak dapat diterima | Dicabut | Permohonan kasasi | Permohonan kasasi diputus | Berkekuatan hukum tetap | Porsi dikuatkan (tingkat pertama) |
    |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
    | 2026 | 4 | 3 | 2 | 1 | 1 | 1 | 1 | - | 1 | 1 | - | - | - | - | 1 | - | 2 | 100 % |
    | Jumlah | 4 | 3 | 2 | 1 | 1 | 1 | 1 | - | 1 | 1 | - | - | - | - | 1 | - | 2 | 100 % |
    [exit status: 0]
    $ sengketa recap --appeals --as-of 2026-05-07 --format csv
    year,decisions,open_to_appeal,appealed,at_ptun,at_pn,by_applicant,by_respondent,late,pending,upheld,overturned,partly_overturned,inadmissible,withdrawn,cassations,cassations_decided,final,upheld_share,as_of
    2026,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,,2026-05-07
    total,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,,2026-05-07
    [exit status: 0]
    "#);
    insta::assert_snapshot!(session(&env, &[
        &["case", "list", "--appealed", "--format", "csv"],
        &["case", "list", "--final", "--format", "csv"],
        &["case", "list", "--not-final", "--format", "csv"],
        &["case", "list", "--final", "--as-of", "2026-07-20", "--format", "csv"],
    ]), @"
    $ sengketa case list --appealed --format csv
    register_no,received_on,state,applicant,applicant_kind,public_body,subject,start_by,finish_by,working_days_open,overdue
    001/I/KI-JBI-PS/2026,2026-01-05,decided,Pemohon 1,individual,Dinas PUPR Provinsi Jambi,Anggaran,2026-01-26,2026-06-15,75,
    002/II/KI-JBI-PS/2026,2026-02-05,decided,Pemohon 2,individual,Dinas PUPR Provinsi Jambi,Anggaran,2026-02-27,2026-07-16,68,
    [exit status: 0]
    $ sengketa case list --final --format csv
    register_no,received_on,state,applicant,applicant_kind,public_body,subject,start_by,finish_by,working_days_open,overdue
    003/III/KI-JBI-PS/2026,2026-03-05,decided,Pemohon 3,individual,Dinas PUPR Provinsi Jambi,Anggaran,2026-04-01,2026-08-11,71,
    004/IV/KI-JBI-PS/2026,2026-04-06,decided,Pemohon 4,individual,Dinas PUPR Provinsi Jambi,Anggaran,2026-04-24,2026-09-04,56,
    [exit status: 0]
    $ sengketa case list --not-final --format csv
    register_no,received_on,state,applicant,applicant_kind,public_body,subject,start_by,finish_by,working_days_open,overdue
    001/I/KI-JBI-PS/2026,2026-01-05,decided,Pemohon 1,individual,Dinas PUPR Provinsi Jambi,Anggaran,2026-01-26,2026-06-15,75,
    002/II/KI-JBI-PS/2026,2026-02-05,decided,Pemohon 2,individual,Dinas PUPR Provinsi Jambi,Anggaran,2026-02-27,2026-07-16,68,
    [exit status: 0]
    $ sengketa case list --final --as-of 2026-07-20 --format csv
    register_no,received_on,state,applicant,applicant_kind,public_body,subject,start_by,finish_by,working_days_open,overdue
    004/IV/KI-JBI-PS/2026,2026-04-06,decided,Pemohon 4,individual,Dinas PUPR Provinsi Jambi,Anggaran,2026-04-24,2026-09-04,56,
    [exit status: 0]
    ");

    // Refusals: exit 3, nothing changed.
    let refusals = [
        refused(
            &env,
            &[
                "appeal",
                "file",
                "2026/4",
                "--court",
                "ptun",
                "--by",
                "applicant",
                "--on",
                "2026-07-10",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "appeal",
                "decide",
                "2026/3",
                "--outcome",
                "upheld",
                "--on",
                "2026-08-01",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "appeal",
                "file",
                "2026/2",
                "--level",
                "cassation",
                "--by",
                "applicant",
                "--on",
                "2026-08-01",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "appeal",
                "file",
                "2026/3",
                "--court",
                "ma",
                "--by",
                "applicant",
                "--on",
                "2026-07-10",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "appeal",
                "file",
                "2026/2",
                "--court",
                "ptun",
                "--by",
                "respondent",
                "--on",
                "2026-06-15",
            ],
            3,
        ),
        refused(&env, &["case", "serve", "2026/1", "--on", "2026-05-07"], 3),
        refused(
            &env,
            &[
                "appeal",
                "decide",
                "2026/2",
                "--outcome",
                "upheld",
                "--on",
                "2026-06-10",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "appeal",
                "file",
                "2026/3",
                "--court",
                "pn",
                "--by",
                "applicant",
                "--on",
                "2026-12-01",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "case",
                "undo",
                "2026/1",
                "--reason",
                "x",
                "--on",
                "2026-08-19",
            ],
            3,
        ),
    ]
    .concat();
    insta::assert_snapshot!(refusals, @"
    $ sengketa appeal file 2026/4 --court ptun --by applicant --on 2026-07-10
    ------- stderr -------
    error: case 004/IV/KI-JBI-PS/2026 was decided via mediation: that decision is final and binding, and cannot be appealed
    hint: only an adjudication decision or an interim ruling can be contested in court (Law 14/2008 Art. 39, 47)
    [exit status: 3]
    $ sengketa appeal decide 2026/3 --outcome upheld --on 2026-08-01
    ------- stderr -------
    error: case 003/III/KI-JBI-PS/2026 has no appeal pending: a court decides only an appeal filed
    hint: record the filing first: `sengketa appeal file 003/III/KI-JBI-PS/2026 --court ptun|pn --by applicant|respondent --on DATE`
    [exit status: 3]
    $ sengketa appeal file 2026/2 --level cassation --by applicant --on 2026-08-01
    ------- stderr -------
    error: case 002/II/KI-JBI-PS/2026: no appeal at cassation before a court's decision at first_instance
    hint: record the court's decision first: `sengketa appeal decide 002/II/KI-JBI-PS/2026 --outcome ... --on DATE`
    [exit status: 3]
    $ sengketa appeal file 2026/3 --court ma --by applicant --on 2026-07-10
    ------- stderr -------
    error: ma does not hear appeals at first_instance
    hint: appeals at first_instance go to: ptun, pn
    [exit status: 3]
    $ sengketa appeal file 2026/2 --court ptun --by respondent --on 2026-06-15
    ------- stderr -------
    error: case 002/II/KI-JBI-PS/2026 was appealed at first_instance already (pn, filed 2026-06-12)
    hint: one appeal a level; `sengketa case show 002/II/KI-JBI-PS/2026` shows the appeal track
    [exit status: 3]
    $ sengketa case serve 2026/1 --on 2026-05-07
    ------- stderr -------
    error: case 001/I/KI-JBI-PS/2026: the decision was served on 2026-05-06 already
    hint: `sengketa case undo 001/I/KI-JBI-PS/2026` reverts the latest step, to record it anew
    [exit status: 3]
    $ sengketa appeal decide 2026/2 --outcome upheld --on 2026-06-10
    ------- stderr -------
    error: the appeal_decide date 2026-06-10 is before the filing at first_instance (2026-06-12)
    hint: each step's date must be on or after the date it follows
    [exit status: 3]
    $ sengketa appeal file 2026/3 --court pn --by applicant --on 2026-12-01
    ------- stderr -------
    error: the appeal_file date 2026-12-01 lies in the future (today is 2026-11-29)
    hint: a date cannot be after today (2026-11-29); check it (and SENGKETA_TODAY, if set)
    [exit status: 3]
    $ sengketa case undo 2026/1 --reason x --on 2026-08-19
    ------- stderr -------
    error: the undo date 2026-08-19 is before the date of the step it reverts (appeal_file) 2026-08-20
    hint: each step's date must be on or after the step before it
    [exit status: 3]
    ");
    let usage = env.run(&[
        "appeal",
        "file",
        "2026/3",
        "--by",
        "applicant",
        "--on",
        "2026-07-10",
    ]);
    assert_eq!(usage.code, 2, "{}", usage.snapshot());
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// A late filing is recorded and flagged; a withdrawn appeal ends the track; a court's
/// decision opens the cassation window; `case undo` walks the track back, step by step.
#[test]
fn late_filings_withdrawals_and_undo() {
    let env = decided();
    insta::assert_snapshot!(session(&env, &[
        &["case", "serve", "2026/1", "--on", "2026-05-06"],
        &["appeal", "file", "2026/1", "--court", "ptun", "--by", "respondent",
          "--on", "2026-06-10", "--note", "filed by post"],
        &["appeal", "decide", "2026/1", "--outcome", "inadmissible", "--on", "2026-11-16",
          "--court-no", "20/G/KI/2026/PTUN.JBI"],
        &["appeal", "file", "2026/2", "--court", "pn", "--by", "applicant", "--on", "2026-06-12"],
        &["appeal", "decide", "2026/2", "--outcome", "withdrawn", "--on", "2026-07-01"],
    ]), @"
    $ sengketa case serve 2026/1 --on 2026-05-06
    ------- stderr -------
    001/I/KI-JBI-PS/2026: decision received by the parties on 2026-05-06; the appeal window closes on 2026-06-02
    [exit status: 0]
    $ sengketa appeal file 2026/1 --court ptun --by respondent --on 2026-06-10 --note 'filed by post'
    ------- stderr -------
    001/I/KI-JBI-PS/2026: appeal filed at ptun (first_instance) on 2026-06-10
    warning: the filing is late: the window closed on 2026-06-02 (recorded; the court decides whether it is admissible)
    [exit status: 0]
    $ sengketa appeal decide 2026/1 --outcome inadmissible --on 2026-11-16 --court-no 20/G/KI/2026/PTUN.JBI
    ------- stderr -------
    001/I/KI-JBI-PS/2026: court decision (first_instance): inadmissible on 2026-11-16; not final yet: window closes on 2026-12-04 (cassation)
    [exit status: 0]
    $ sengketa appeal file 2026/2 --court pn --by applicant --on 2026-06-12
    ------- stderr -------
    002/II/KI-JBI-PS/2026: appeal filed at pn (first_instance) on 2026-06-12
    [exit status: 0]
    $ sengketa appeal decide 2026/2 --outcome withdrawn --on 2026-07-01
    ------- stderr -------
    002/II/KI-JBI-PS/2026: court decision (first_instance): withdrawn on 2026-07-01; final on 2026-07-01: the court's decision at first instance, not appealed further
    [exit status: 0]
    ");
    let tracks: String = ["2026/1", "2026/2"]
        .iter()
        .map(|c| track(&env, c))
        .collect();
    insta::assert_snapshot!(tracks, @"
    $ sengketa case show 2026/1
    ...
    Served             2026-05-06
    Finality           not final yet: window closes on 2026-12-04 (cassation)

    Appeals
    Level           Court  By             Filed             Decided     Outcome
    ──────────────  ─────  ─────────────  ────────────────  ──────────  ────────────
    first instance  PTUN   respondent (…  2026-06-10, late  2026-11-16  inadmissible
    ...
    $ sengketa case show 2026/2
    ...
    Finality           final on 2026-07-01: the court's decision at first instance,
                       not appealed further

    Appeals
    Level         Court  By         Filed       Window closes  Decided     Outcome
    ────────────  ─────  ─────────  ──────────  ─────────────  ──────────  ─────────
    first insta…  PN     applicant  2026-06-12  2026-06-22     2026-07-01  withdrawn
    ...
    ");
    let ended = refused(
        &env,
        &[
            "appeal",
            "file",
            "2026/2",
            "--level",
            "cassation",
            "--by",
            "applicant",
            "--on",
            "2026-07-02",
        ],
        3,
    );
    insta::assert_snapshot!(ended, @"
    $ sengketa appeal file 2026/2 --level cassation --by applicant --on 2026-07-02
    ------- stderr -------
    error: case 002/II/KI-JBI-PS/2026: the appeal at first_instance ended withdrawn: nothing is left to appeal
    hint: a withdrawn appeal ends the track: the decision is final
    [exit status: 3]
    ");
    // Undo: the court's decision, then the filing, then the service.
    insta::assert_snapshot!(session(&env, &[
        &["case", "undo", "2026/1", "--reason", "wrong outcome"],
        &["case", "undo", "2026/1", "--reason", "not filed"],
        &["case", "undo", "2026/1", "--reason", "not served yet"],
    ]), @"
    $ sengketa case undo 2026/1 --reason 'wrong outcome'
    ------- stderr -------
    001/I/KI-JBI-PS/2026: reverted step 6 (court decision (first instance): inadmissible, court no. 20/G/KI/2026/PTUN.JBI on 2026-11-16); now decided
    [exit status: 0]
    $ sengketa case undo 2026/1 --reason 'not filed'
    ------- stderr -------
    001/I/KI-JBI-PS/2026: reverted step 5 (appeal filed at administrative court (PTUN) (first instance) by the respondent (public body) on 2026-06-10); now decided
    [exit status: 0]
    $ sengketa case undo 2026/1 --reason 'not served yet'
    ------- stderr -------
    001/I/KI-JBI-PS/2026: reverted step 4 (decision received by the parties on 2026-05-06); now decided
    [exit status: 0]
    ");
    insta::assert_snapshot!(track(&env, "2026/1"), @"
    $ sengketa case show 2026/1
    ...
    Finality           final on 2026-05-26: no appeal at first instance within its
                       window
    ...
    ");
    let csv = env.ok(&["case", "show", "2026/1", "--format", "csv"]);
    insta::assert_snapshot!(csv, @r#"
    register_no,seq,on,kind,from_state,to_state,what,actor,recorded_at,note,reverts,reverted_by
    001/I/KI-JBI-PS/2026,1,2026-01-05,add,,entered,entered (application received),clerk,2026-11-29T08:00:00Z,,,
    001/I/KI-JBI-PS/2026,2,2026-01-12,qualify,entered,qualified,qualified,clerk,2026-11-29T08:00:00Z,,,
    001/I/KI-JBI-PS/2026,3,2026-05-04,decide,qualified,decided,decided via adjudication: granted,clerk,2026-11-29T08:00:00Z,,,
    001/I/KI-JBI-PS/2026,4,2026-05-06,serve,decided,decided,decision received by the parties,clerk,2026-11-29T08:00:00Z,,,9
    001/I/KI-JBI-PS/2026,5,2026-06-10,appeal_file,decided,decided,appeal filed at administrative court (PTUN) (first instance) by the respondent (public body),clerk,2026-11-29T08:00:00Z,filed by post,,8
    001/I/KI-JBI-PS/2026,6,2026-11-16,appeal_decide,decided,decided,"court decision (first instance): inadmissible, court no. 20/G/KI/2026/PTUN.JBI",clerk,2026-11-29T08:00:00Z,,,7
    001/I/KI-JBI-PS/2026,7,2026-11-29,undo,decided,decided,undo of step 6: wrong outcome,clerk,2026-11-29T08:00:00Z,,6,
    001/I/KI-JBI-PS/2026,8,2026-11-29,undo,decided,decided,undo of step 5: not filed,clerk,2026-11-29T08:00:00Z,,5,
    001/I/KI-JBI-PS/2026,9,2026-11-29,undo,decided,decided,undo of step 4: not served yet,clerk,2026-11-29T08:00:00Z,,4,
    "#);
    assert_eq!(
        env.ok(&["appeals", "export"]).lines().count(),
        2,
        "only 2026/2's row"
    );
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// A register with appeals at every stage, for the CSV tests.
fn many_appeals() -> TestEnv {
    let env = decided();
    for args in [
        &["case", "serve", "2026/1", "--on", "2026-05-06"][..],
        &[
            "appeal",
            "file",
            "2026/1",
            "--court",
            "ptun",
            "--by",
            "respondent",
            "--on",
            "2026-05-20",
            "--court-no",
            "12/G/KI/2026/PTUN.JBI",
        ],
        &[
            "appeal",
            "decide",
            "2026/1",
            "--outcome",
            "partly-overturned",
            "--on",
            "2026-08-10",
        ],
        &[
            "appeal",
            "file",
            "2026/1",
            "--level",
            "cassation",
            "--by",
            "applicant",
            "--on",
            "2026-08-20",
        ],
        &[
            "appeal",
            "decide",
            "2026/1",
            "--outcome",
            "upheld",
            "--on",
            "2026-11-02",
            "--court-no",
            "123/K/TUN/2026",
        ],
        &[
            "appeal",
            "file",
            "2026/2",
            "--court",
            "pn",
            "--by",
            "applicant",
            "--on",
            "2026-06-12",
            "--court-no",
            "7/Pdt.G/KI/2026/PN Jmb",
        ],
        &["case", "serve", "2026/3", "--on", "2026-07-03"],
        &["case", "serve", "2026/4"],
    ] {
        env.ok(args);
    }
    env
}

#[test]
fn appeals_export_import_round_trip() {
    let env = many_appeals();
    let exported = env.ok(&["appeals", "export"]);
    insta::assert_snapshot!(exported, @"
    register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome
    001/I/KI-JBI-PS/2026,2026-05-06,first_instance,ptun,respondent,2026-05-20,12/G/KI/2026/PTUN.JBI,2026-08-10,partly_overturned
    001/I/KI-JBI-PS/2026,2026-05-06,cassation,ma,applicant,2026-08-20,123/K/TUN/2026,2026-11-02,upheld
    002/II/KI-JBI-PS/2026,,first_instance,pn,applicant,2026-06-12,7/Pdt.G/KI/2026/PN Jmb,,
    003/III/KI-JBI-PS/2026,2026-07-03,,,,,,,
    004/IV/KI-JBI-PS/2026,2026-07-02,,,,,,,
    ");
    assert_eq!(
        env.ok(&["appeals", "export", "--year", "2025"]),
        exported.lines().next().unwrap().to_string() + "\n"
    );
    // A register with the same cases and no appeals yet (files written in its folder).
    let other = TestEnv::initialised();
    let path = |name: &str| other.dir().join(name).to_str().unwrap().to_string();
    env.ok(&["export", "-o", &path("cases.csv")]);
    env.ok(&["appeals", "export", "-o", &path("appeals.csv")]);
    other.ok(&["import", "cases.csv"]);
    let before = other.contents();
    let out = other.run(&["appeals", "import", "--dry-run", "appeals.csv"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(other.contents(), before, "--dry-run wrote");
    other.ok(&["appeals", "import", "appeals.csv"]);
    assert_eq!(
        other.ok(&["appeals", "export"]),
        exported,
        "not the same file"
    );
    assert_eq!(other.run(&["verify"]).code, 0);
    // The imported history replays as the clerk's would have: same tracks, same recap.
    for case in ["2026/1", "2026/2", "2026/3", "2026/4"] {
        assert_eq!(track(&other, case), track(&env, case), "{case}");
    }
    assert_eq!(
        other.ok(&["recap", "--appeals", "--format", "csv"]),
        env.ok(&["recap", "--appeals", "--format", "csv"])
    );
    insta::assert_snapshot!(other.run(&["case", "show", "2026/1", "--format", "csv"]).snapshot(), @r#"
    register_no,seq,on,kind,from_state,to_state,what,actor,recorded_at,note,reverts,reverted_by
    001/I/KI-JBI-PS/2026,1,2026-01-05,add,,entered,entered (application received),clerk,2026-11-29T08:00:00Z,imported from cases.csv,,
    001/I/KI-JBI-PS/2026,2,2026-01-12,qualify,entered,qualified,qualified,clerk,2026-11-29T08:00:00Z,imported from cases.csv,,
    001/I/KI-JBI-PS/2026,3,2026-05-04,decide,qualified,decided,decided via adjudication: granted,clerk,2026-11-29T08:00:00Z,imported from cases.csv,,
    001/I/KI-JBI-PS/2026,4,2026-05-06,serve,decided,decided,decision received by the parties,clerk,2026-11-29T08:00:00Z,appeals imported from appeals.csv,,
    001/I/KI-JBI-PS/2026,5,2026-05-20,appeal_file,decided,decided,"appeal filed at administrative court (PTUN) (first instance) by the respondent (public body), court no. 12/G/KI/2026/PTUN.JBI",clerk,2026-11-29T08:00:00Z,appeals imported from appeals.csv,,
    001/I/KI-JBI-PS/2026,6,2026-08-10,appeal_decide,decided,decided,court decision (first instance): partly overturned,clerk,2026-11-29T08:00:00Z,appeals imported from appeals.csv,,
    001/I/KI-JBI-PS/2026,7,2026-08-20,appeal_file,decided,decided,"appeal filed at Supreme Court (MA) (cassation) by the applicant, court no. 123/K/TUN/2026",clerk,2026-11-29T08:00:00Z,appeals imported from appeals.csv,,
    001/I/KI-JBI-PS/2026,8,2026-11-02,appeal_decide,decided,decided,court decision (cassation): upheld,clerk,2026-11-29T08:00:00Z,appeals imported from appeals.csv,,
    [exit status: 0]
    "#);
    // Imported again: every step is there already.
    let again = other.run(&["appeals", "import", "appeals.csv"]);
    assert_eq!(again.code, 3, "{}", again.snapshot());
}

#[test]
fn a_bad_appeals_file_is_refused_whole() {
    let env = decided();
    env.ok(&["case", "serve", "2026/1", "--on", "2026-05-06"]);
    let file = env.dir().join("bad.csv");
    std::fs::write(
        &file,
        "register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome\n\
         002/II/KI-JBI-PS/2026,2026-06-01,first_instance,pn,applicant,2026-06-12,,,\n\
         009/II/KI-JBI-PS/2026,,first_instance,pn,applicant,2026-06-12,,,\n\
         004/IV/KI-JBI-PS/2026,,first_instance,ptun,applicant,2026-07-10,,,\n\
         003/III/KI-JBI-PS/2026,,cassation,ma,applicant,2026-07-10,,,\n\
         003/III/KI-JBI-PS/2026,,first_instance,ma,applicant,2026-07-10,,,\n\
         001/I/KI-JBI-PS/2026,2026-05-07,,,,,,,\n\
         003/III/KI-JBI-PS/2026,2026-13-01,appeal,,someone,x,,2026-08-01,\n\
         003/III/KI-JBI-PS/2026,,,ptun,,,,,\n\
         001/I/KI-JBI-PS/2026,,first_instance,ptun,applicant,2026-05-01,,,\n\
         003/III/KI-JBI-PS/2026,,first_instance,ptun,applicant,2026-12-01,,2026-12-02,upheld\n\
         003/III/KI-JBI-PS/2026\n",
    )
    .unwrap();
    let before = env.contents();
    let out = env.run(&["appeals", "import", file.to_str().unwrap()]);
    assert_eq!(env.contents(), before);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    line 3, column 1 (register_no): "009/II/KI-JBI-PS/2026": there is no case 009/II/KI-JBI-PS/2026 in the register
    line 4, column 3 (level): "first_instance": case 004/IV/KI-JBI-PS/2026 was decided via mediation: that decision is final and binding, and cannot be appealed
    line 5, column 3 (level): "cassation": case 003/III/KI-JBI-PS/2026: no appeal at cassation before a court's decision at first_instance
    line 6, column 4 (court): "ma": ma does not hear appeals at first_instance
    line 7, column 2 (served_on): "2026-05-07": case 001/I/KI-JBI-PS/2026: the decision was served on 2026-05-06 already
    line 8, column 2 (served_on): "2026-13-01": not a date (write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)
    line 8, column 3 (level): "appeal": 'appeal' is not a valid level of appeal; use one of: first_instance, cassation
    line 8, column 5 (by): "someone": 'someone' is not a valid party; use one of: applicant, respondent
    line 8, column 6 (filed_on): "x": not a date (write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)
    line 8, column 4 (court): "": court is required on a row with a level
    line 8, column 9 (outcome): "": decided_on and outcome go together
    line 9, column 4 (court): "ptun": court belongs to an appeal: give its level, or leave it empty
    line 9, column 2 (served_on): "": a row gives served_on, or a level with its appeal
    line 10, column 6 (filed_on): "2026-05-01": the appeal_file date 2026-05-01 is before the decision (2026-05-04)
    line 11, column 6 (filed_on): "2026-12-01": the date lies in the future (today is 2026-11-29)
    line 11, column 8 (decided_on): "2026-12-02": the date lies in the future (today is 2026-11-29)
    line 12, column 1 (register_no): "": the row has 1 fields, expected 9
    error: 10 of 11 rows of $TEST_ENV/bad.csv are invalid; nothing was imported
    hint: correct the rows listed above and import the whole file again
    [exit status: 3]
    "#);
    std::fs::write(&file, "register_no,served_on,level\n").unwrap();
    insta::assert_snapshot!(env.run(&["appeals", "import", file.to_str().unwrap()]).snapshot(), @"
    ------- stderr -------
    error: $TEST_ENV/bad.csv: the header has no column 4 ('court') (the header was read with a comma (,) between fields)
    hint: the first line must be the header: register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome (with , or ; between fields)
    [exit status: 3]
    ");
}

/// What the triggers refuse, and what `verify` finds when they are dropped.
#[test]
fn direct_edits_of_appeals() {
    let env = many_appeals();
    let mut all = String::new();
    for sql in [
        // no appeal on a mediation decision, none without its filing in the history
        "INSERT INTO appeals (case_id, level, court, party, filed_on) VALUES (4, 'first_instance', 'ptun', 'applicant', '2026-07-10')",
        // levels in order, courts by level
        "INSERT INTO appeals (case_id, level, court, party, filed_on) VALUES (3, 'cassation', 'ma', 'applicant', '2026-07-10')",
        "UPDATE appeals SET court = 'pn' WHERE case_id = 1 AND level = 'cassation'",
        // no court decision before a filing, in the history either
        "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) VALUES (3, 5, 'appeal_decide', 'decided', 'decided', '2026-08-01', 1); INSERT INTO appeal_steps (case_id, seq, step, level, outcome) VALUES (3, 5, 'appeal_decide', 'first_instance', 'upheld')",
        "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) VALUES (1, 8, 'appeal_file', 'entered', 'entered', '2026-08-01', 1)",
        "DELETE FROM appeal_steps WHERE case_id = 1",
        "UPDATE appeal_steps SET outcome = 'overturned' WHERE case_id = 1",
        "UPDATE cases SET served_on = '2026-05-08' WHERE id = 1",
        "DELETE FROM appeals WHERE case_id = 2",
    ] {
        let before = env.contents();
        let out = env.sqlite(&format!("BEGIN; {sql}; COMMIT;"));
        assert_ne!(out.code, 0, "{sql} was allowed");
        assert_eq!(env.contents(), before, "{sql} changed the register");
        // (an unnamed CHECK is reported with its whole expression: its first words do)
        let line = out.stderr.lines().next().unwrap_or("");
        let line = line.trim_start_matches("Error: stepping, ");
        let said: String = line.trim_end_matches(" (19)").chars().take(80).collect();
        all += &format!("{sql}\n  -> {said}\n");
    }
    insta::assert_snapshot!(all, @"
    INSERT INTO appeals (case_id, level, court, party, filed_on) VALUES (4, 'first_instance', 'ptun', 'applicant', '2026-07-10')
      -> an appeal contests an adjudication decision or an interim ruling, filed after it
    INSERT INTO appeals (case_id, level, court, party, filed_on) VALUES (3, 'cassation', 'ma', 'applicant', '2026-07-10')
      -> appeal levels come in order: cassation after a first-instance decision
    UPDATE appeals SET court = 'pn' WHERE case_id = 1 AND level = 'cassation'
      -> an appeal changes only with its court's decision in the history
    INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) VALUES (3, 5, 'appeal_decide', 'decided', 'decided', '2026-08-01', 1); INSERT INTO appeal_steps (case_id, seq, step, level, outcome) VALUES (3, 5, 'appeal_decide', 'first_instance', 'upheld')
      -> a court decides only an appeal filed and pending
    INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, act_id) VALUES (1, 8, 'appeal_file', 'entered', 'entered', '2026-08-01', 1)
      -> an event must continue its case's history from its current state
    DELETE FROM appeal_steps WHERE case_id = 1
      -> the history is append-only: appeal steps cannot be deleted
    UPDATE appeal_steps SET outcome = 'overturned' WHERE case_id = 1
      -> the history is append-only: appeal steps cannot be changed
    UPDATE cases SET served_on = '2026-05-08' WHERE id = 1
      -> a case's service date changes only with its event in the history
    DELETE FROM appeals WHERE case_id = 2
      -> an appeal leaves the register only by the undo of its filing
    ");
    assert_eq!(env.run(&["verify"]).code, 0);
    // The latest event of 2026/1 is a court decision: its row may change (it is how the
    // decision is written), so the shell can change it: `verify` finds it.
    let edit = env.sqlite(
        "UPDATE appeals SET court_no = '999/K/TUN/2026' WHERE case_id = 1 AND level = 'cassation'",
    );
    assert_eq!(edit.code, 0, "{}", edit.snapshot());
    // With the triggers dropped, anything goes: `verify` finds it all.
    let drop = env.sqlite(
        "DROP TRIGGER cases_served_follows_history; DROP TRIGGER appeals_delete_follows_history;
         UPDATE cases SET served_on = '2026-05-08' WHERE id = 1;
         DELETE FROM appeals WHERE case_id = 2;",
    );
    assert_eq!(drop.code, 0, "{}", drop.snapshot());
    insta::assert_snapshot!(env.run(&["verify"]).snapshot(), @"
    the register lacks the trigger cases_served_follows_history of this version's schema
    the register lacks the trigger appeals_delete_follows_history of this version's schema
    case 001/I/KI-JBI-PS/2026: its service date or appeals differ from what its history leads to
    case 002/II/KI-JBI-PS/2026: its service date or appeals differ from what its history leads to
    22 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    4 problems found in 4 cases
    ------- stderr -------
    hint: cases or their history were changed outside sengketa; the history is the record: compare with a backup (`sengketa case show` prints a case's history)
    hint: the register's tables, indexes or triggers were changed outside sengketa (without its triggers the history can be rewritten): restore the register from a backup
    [exit status: 1]
    ");
}

/// An appeals file with a header and no rows writes nothing (no empty act) and says so,
/// as every other CSV import does since they share one path.
#[test]
fn an_appeals_file_without_rows_writes_nothing_and_says_so() {
    let env = TestEnv::initialised();
    let acts = || env.sqlite("SELECT count(*) FROM acts").stdout;
    let before = acts();
    let file = crate::common::write(
        &env,
        "appeals.csv",
        "register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome\n",
    );
    insta::assert_snapshot!(env.run(&["appeal", "import", file]).snapshot(), @"
    ------- stderr -------
    appeals.csv has a header and no rows: nothing was written
    [exit status: 0]
    ");
    assert_eq!(acts(), before);
}
