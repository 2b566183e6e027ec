//! A whole clerk session, snapshotted: the states, the register numbers, the timeline
//! with the reverted step marked, and the list in its three formats.

use crate::common::{TestEnv, session};

#[test]
fn clerk_session() {
    let env = TestEnv::new();
    insta::assert_snapshot!(session(&env, &[
        &["init"],
        &["config", "set", "commission-code", "JBI"],
        &["case", "add", "--received", "2017-03-02", "--applicant", "Budi Santoso",
          "--applicant-kind", "individual", "--body", "Dinas Pendidikan", "--subject", "RKA 2017"],
        &["case", "add", "--received", "10/11/2017", "--applicant", "LBH Jambi",
          "--applicant-kind", "legal-entity", "--body", "dinas  PENDIDIKAN", "--subject", "Dana BOS"],
        &["case", "add", "--received", "14-03-2013", "--applicant", "Warga Desa Sungai Gelam",
          "--applicant-kind", "group", "--body", "Bappeda Provinsi Jambi", "--subject", "RTRW",
          "--register-no", "028/III/KIP-PS/2013"],
    ]), @"
    $ sengketa init
    ------- stderr -------
    created the register $TEST_ENV/register.db
    next: sengketa config set commission-code <CODE>   (e.g. JBI)
    [exit status: 0]
    $ sengketa config set commission-code JBI
    ------- stderr -------
    commission-code = JBI
    [exit status: 0]
    $ sengketa case add --received 2017-03-02 --applicant 'Budi Santoso' --applicant-kind individual --body 'Dinas Pendidikan' --subject 'RKA 2017'
    001/III/KI-JBI-PS/2017
    [exit status: 0]
    $ sengketa case add --received 10/11/2017 --applicant 'LBH Jambi' --applicant-kind legal-entity --body 'dinas  PENDIDIKAN' --subject 'Dana BOS'
    002/XI/KI-JBI-PS/2017
    [exit status: 0]
    $ sengketa case add --received 14-03-2013 --applicant 'Warga Desa Sungai Gelam' --applicant-kind group --body 'Bappeda Provinsi Jambi' --subject RTRW --register-no 028/III/KIP-PS/2013
    028/III/KIP-PS/2013
    [exit status: 0]
    ");

    insta::assert_snapshot!(session(&env, &[
        &["case", "qualify", "2017/1", "--on", "2017-03-09"],
        &["case", "reject", "002/XI/KI-JBI-PS/2017", "--reason", "late", "--on", "2017-11-15"],
        &["case", "withdraw", "028/III/KIP-PS/2013", "--on", "02/04/2013", "--note", "letter of 2 April"],
        &["case", "decide", "2017/1", "--via", "adjudication", "--outcome", "partly-granted",
          "--on", "2017-06-20", "--decision-no", "001/VI/KI-JBI-PS-A/2017"],
        &["case", "close", "2017/1", "--on", "2017-08-15"],
        &["case", "close", "2013/1", "--on", "2013-04-20", "--actor", "ketua"],
        &["case", "undo", "2017/1", "--reason", "closed the wrong case"],
    ]), @"
    $ sengketa case qualify 2017/1 --on 2017-03-09
    ------- stderr -------
    001/III/KI-JBI-PS/2017: entered -> qualified on 2017-03-09
    [exit status: 0]
    $ sengketa case reject 002/XI/KI-JBI-PS/2017 --reason late --on 2017-11-15
    ------- stderr -------
    002/XI/KI-JBI-PS/2017: entered -> done on 2017-11-15
    [exit status: 0]
    $ sengketa case withdraw 028/III/KIP-PS/2013 --on 02/04/2013 --note 'letter of 2 April'
    ------- stderr -------
    028/III/KIP-PS/2013: entered -> withdrawn on 2013-04-02
    [exit status: 0]
    $ sengketa case decide 2017/1 --via adjudication --outcome partly-granted --on 2017-06-20 --decision-no 001/VI/KI-JBI-PS-A/2017
    ------- stderr -------
    001/III/KI-JBI-PS/2017: qualified -> decided on 2017-06-20
    [exit status: 0]
    $ sengketa case close 2017/1 --on 2017-08-15
    ------- stderr -------
    001/III/KI-JBI-PS/2017: decided -> done on 2017-08-15
    [exit status: 0]
    $ sengketa case close 2013/1 --on 2013-04-20 --actor ketua
    ------- stderr -------
    028/III/KIP-PS/2013: withdrawn -> done on 2013-04-20
    [exit status: 0]
    $ sengketa case undo 2017/1 --reason 'closed the wrong case'
    ------- stderr -------
    001/III/KI-JBI-PS/2017: reverted step 4 (closed on 2017-08-15); now decided
    [exit status: 0]
    ");

    insta::assert_snapshot!(env.run(&["case", "show", "2017/1"]).snapshot(), @"
    Register no.       001/III/KI-JBI-PS/2017
    Received           2017-03-02
    State              decided
    Applicant          Budi Santoso (individual)
    Public body        Dinas Pendidikan
    Subject            RKA 2017
    Qualified          2017-03-09
    Decided            2017-06-20, adjudication: partly granted
                       (001/VI/KI-JBI-PS-A/2017)
    Start by           2017-03-22: met (started or ended 2017-03-09)
    Finish by          2017-08-08: met (ended 2017-06-20)
    Working days open  71
    Finality           final on 2017-07-18: no appeal at first instance within its
                       window

    History
    #  Date        What happened                   State                 By     Note
    ─  ──────────  ──────────────────────────────  ────────────────────  ─────  ────
    1  2017-03-02  entered (application received)  entered               clerk
    2  2017-03-09  qualified                       entered -> qualified  clerk
    3  2017-06-20  decided via adjudication: par…  qualified -> decided  clerk
    4  2017-08-15  [reverted by #5] closed         decided -> done       clerk
    5  2026-11-29  undo of step 4: closed the wr…  done -> decided       clerk
    #3  decided via adjudication: partly granted (decision 001/VI/KI-JBI-PS-A/2017)
    #5  undo of step 4: closed the wrong case
    every step was recorded under a pinned clock (SENGKETA_TODAY and SENGKETA_NOW):
    their dates or times are what the environment said, not the computer's clock
    [exit status: 0]
    ");
    insta::assert_snapshot!(env.run(&["case", "show", "028/III/KIP-PS/2013"]).snapshot(), @"
    Register no.       028/III/KIP-PS/2013
    Received           2013-03-14
    State              done
    Applicant          Warga Desa Sungai Gelam (group of people)
    Public body        Bappeda Provinsi Jambi
    Subject            RTRW
    Withdrawn          2013-04-02
    Closed             2013-04-20
    Start by           2013-04-04: met (started or ended 2013-04-02)
    Finish by          2013-08-13: met (ended 2013-04-02)
    Working days open  12

    History
    #  Date        What happened             State                 Note
    ─  ──────────  ────────────────────────  ────────────────────  ─────────────────
    1  2013-03-14  entered (application re…  entered
    2  2013-04-02  withdrawn by the applic…  entered -> withdrawn  letter of 2 April
    3  2013-04-20  closed                    withdrawn -> done
    #1  entered (application received)
    #2  withdrawn by the applicant
        Note: letter of 2 April
    every step was recorded under a pinned clock (SENGKETA_TODAY and SENGKETA_NOW):
    their dates or times are what the environment said, not the computer's clock
    [exit status: 0]
    ");
    insta::assert_snapshot!(env.run(&["case", "list"]).snapshot(), @"
    Register no.            State    Applicant           Public body         Overdue
    ──────────────────────  ───────  ──────────────────  ──────────────────  ───────
    028/III/KIP-PS/2013     done     Warga Desa Sungai…  Bappeda Provinsi…
    001/III/KI-JBI-PS/2017  decided  Budi Santoso        Dinas Pendidikan
    002/XI/KI-JBI-PS/2017   done     LBH Jambi           Dinas Pendidikan
    [exit status: 0]
    ");
    insta::assert_snapshot!(env.run(&["case", "list", "--format", "csv"]).snapshot(), @"
    register_no,received_on,state,applicant,applicant_kind,public_body,subject,start_by,finish_by,working_days_open,overdue
    028/III/KIP-PS/2013,2013-03-14,done,Warga Desa Sungai Gelam,group,Bappeda Provinsi Jambi,RTRW,2013-04-04,2013-08-13,12,
    001/III/KI-JBI-PS/2017,2017-03-02,decided,Budi Santoso,individual,Dinas Pendidikan,RKA 2017,2017-03-22,2017-08-08,71,
    002/XI/KI-JBI-PS/2017,2017-11-10,done,LBH Jambi,legal_entity,Dinas Pendidikan,Dana BOS,2017-11-30,2018-04-09,3,
    [exit status: 0]
    ");
    insta::assert_snapshot!(env.run(&["case", "list", "--format", "json"]).snapshot(), @r#"
    [
      {"schema_version":1,"register_no":"028/III/KIP-PS/2013","received_on":"2013-03-14","applicant":"Warga Desa Sungai Gelam","applicant_kind":"group","public_body":"Bappeda Provinsi Jambi","subject":"RTRW","qualified_on":null,"not_qualified_on":null,"not_qualified_reason":null,"withdrawn_on":"2013-04-02","decided_on":null,"decision_via":null,"decision_outcome":null,"decision_no":null,"closed_on":"2013-04-20","state":"done","year":2013,"serial":1,"start_by":"2013-04-04","finish_by":"2013-08-13","working_days_open":12,"overdue":[],"void":null},
      {"schema_version":1,"register_no":"001/III/KI-JBI-PS/2017","received_on":"2017-03-02","applicant":"Budi Santoso","applicant_kind":"individual","public_body":"Dinas Pendidikan","subject":"RKA 2017","qualified_on":"2017-03-09","not_qualified_on":null,"not_qualified_reason":null,"withdrawn_on":null,"decided_on":"2017-06-20","decision_via":"adjudication","decision_outcome":"partly_granted","decision_no":"001/VI/KI-JBI-PS-A/2017","closed_on":null,"state":"decided","year":2017,"serial":1,"start_by":"2017-03-22","finish_by":"2017-08-08","working_days_open":71,"overdue":[],"void":null},
      {"schema_version":1,"register_no":"002/XI/KI-JBI-PS/2017","received_on":"2017-11-10","applicant":"LBH Jambi","applicant_kind":"legal_entity","public_body":"Dinas Pendidikan","subject":"Dana BOS","qualified_on":null,"not_qualified_on":"2017-11-15","not_qualified_reason":"late","withdrawn_on":null,"decided_on":null,"decision_via":null,"decision_outcome":null,"decision_no":null,"closed_on":"2017-11-15","state":"done","year":2017,"serial":2,"start_by":"2017-11-30","finish_by":"2018-04-09","working_days_open":3,"overdue":[],"void":null}
    ]
    [exit status: 0]
    "#);
    insta::assert_snapshot!(env.run(&["case", "show", "2017/1", "--format", "json"]).snapshot(), @r#"
    {
      "schema_version": 1,
      "register_no": "001/III/KI-JBI-PS/2017",
      "received_on": "2017-03-02",
      "applicant": "Budi Santoso",
      "applicant_kind": "individual",
      "public_body": "Dinas Pendidikan",
      "subject": "RKA 2017",
      "qualified_on": "2017-03-09",
      "not_qualified_on": null,
      "not_qualified_reason": null,
      "withdrawn_on": null,
      "decided_on": "2017-06-20",
      "decision_via": "adjudication",
      "decision_outcome": "partly_granted",
      "decision_no": "001/VI/KI-JBI-PS-A/2017",
      "closed_on": null,
      "state": "decided",
      "year": 2017,
      "serial": 1,
      "start_by": "2017-03-22",
      "finish_by": "2017-08-08",
      "working_days_open": 71,
      "overdue": [],
      "void": null,
      "served_on": null,
      "appeals": [],
      "finality": {
        "status": "final",
        "final_on": "2017-07-18",
        "window_closes": null
      },
      "timeline": [
        {
          "seq": 1,
          "on": "2017-03-02",
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
          "on": "2017-03-09",
          "kind": "qualify",
          "from_state": "entered",
          "to_state": "qualified",
          "what": "qualified",
          "actor": "clerk",
          "recorded_at": "2026-11-29T08:00:00Z",
          "note": null,
          "reverts": null,
          "reverted_by": null,
          "pinned": "today_now"
        },
        {
          "seq": 3,
          "on": "2017-06-20",
          "kind": "decide",
          "from_state": "qualified",
          "to_state": "decided",
          "what": "decided via adjudication: partly granted (decision 001/VI/KI-JBI-PS-A/2017)",
          "actor": "clerk",
          "recorded_at": "2026-11-29T08:00:00Z",
          "note": null,
          "reverts": null,
          "reverted_by": null,
          "pinned": "today_now"
        },
        {
          "seq": 4,
          "on": "2017-08-15",
          "kind": "close",
          "from_state": "decided",
          "to_state": "done",
          "what": "closed",
          "actor": "clerk",
          "recorded_at": "2026-11-29T08:00:00Z",
          "note": null,
          "reverts": null,
          "reverted_by": 5,
          "pinned": "today_now"
        },
        {
          "seq": 5,
          "on": "2026-11-29",
          "kind": "undo",
          "from_state": "done",
          "to_state": "decided",
          "what": "undo of step 4: closed the wrong case",
          "actor": "clerk",
          "recorded_at": "2026-11-29T08:00:00Z",
          "note": null,
          "reverts": 4,
          "reverted_by": null,
          "pinned": "today_now"
        }
      ],
      "hearings": [],
      "may_lapse": null,
      "papers": []
    }
    [exit status: 0]
    "#);
    insta::assert_snapshot!(env.run(&["case", "show", "2017/1", "--format", "csv"]).snapshot(), @"
    register_no,seq,on,kind,from_state,to_state,what,actor,recorded_at,note,reverts,reverted_by
    001/III/KI-JBI-PS/2017,1,2017-03-02,add,,entered,entered (application received),clerk,2026-11-29T08:00:00Z,,,
    001/III/KI-JBI-PS/2017,2,2017-03-09,qualify,entered,qualified,qualified,clerk,2026-11-29T08:00:00Z,,,
    001/III/KI-JBI-PS/2017,3,2017-06-20,decide,qualified,decided,decided via adjudication: partly granted (decision 001/VI/KI-JBI-PS-A/2017),clerk,2026-11-29T08:00:00Z,,,
    001/III/KI-JBI-PS/2017,4,2017-08-15,close,decided,done,closed,clerk,2026-11-29T08:00:00Z,,,5
    001/III/KI-JBI-PS/2017,5,2026-11-29,undo,done,decided,undo of step 4: closed the wrong case,clerk,2026-11-29T08:00:00Z,,4,
    [exit status: 0]
    ");

    // The states and numbers, read back as data.
    let cases = env.cases();
    let got: Vec<(&str, &str, i64)> = cases
        .iter()
        .map(|c| {
            (
                c["register_no"].as_str().unwrap(),
                c["state"].as_str().unwrap(),
                c["serial"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("028/III/KIP-PS/2013", "done", 1),
            ("001/III/KI-JBI-PS/2017", "decided", 1),
            ("002/XI/KI-JBI-PS/2017", "done", 2),
        ]
    );
}

#[test]
fn list_filters() {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    env.add("2017-04-02", "Siti Aminah", "Dinas Kesehatan");
    env.add("2018-01-05", "budi hartono", "DINAS PENDIDIKAN");
    env.ok(&["case", "qualify", "2017/2", "--on", "2017-04-03"]);
    let numbers = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["case", "list", "--format", "csv"];
        all.extend_from_slice(args);
        env.ok(&all)
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        numbers(&["--year", "2017"]),
        ["001/III/KI-JBI-PS/2017", "002/IV/KI-JBI-PS/2017"]
    );
    assert_eq!(
        numbers(&["--state", "qualified"]),
        ["002/IV/KI-JBI-PS/2017"]
    );
    assert_eq!(
        numbers(&["--body", "pendidikan"]),
        ["001/III/KI-JBI-PS/2017", "001/I/KI-JBI-PS/2018"]
    );
    assert_eq!(
        numbers(&["--applicant", "BUDI"]),
        ["001/III/KI-JBI-PS/2017", "001/I/KI-JBI-PS/2018"]
    );
    assert_eq!(
        numbers(&[
            "--year",
            "2017",
            "--state",
            "entered",
            "--body",
            "pendidikan"
        ]),
        ["001/III/KI-JBI-PS/2017"]
    );
    assert!(
        numbers(&["--body", "%"]).is_empty(),
        "LIKE's wildcards are literal"
    );
    insta::assert_snapshot!(env.run(&["case", "list", "--year", "2019", "--format", "json"]).snapshot(), @"
    []
    [exit status: 0]
    ");
}
