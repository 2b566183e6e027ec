//! Every refusal exits with its documented code, says `error: ...` (and a `hint: ...`
//! where there is one) on stderr, prints nothing on stdout, and leaves the register as it
//! was: the `case list` and `case show` JSON and the full SQL dump are unchanged.

use crate::common::{Output, TestEnv};

/// Runs a command that must be refused with `code`; checks the register is unchanged.
fn refused(env: &TestEnv, args: &[&str], code: i32) -> Output {
    let before = env.contents();
    let out = env.run(args);
    assert_eq!(out.code, code, "sengketa {args:?}:\n{}", out.snapshot());
    assert_eq!(out.stdout, "", "sengketa {args:?} printed data");
    assert!(
        out.stderr.starts_with("error: "),
        "sengketa {args:?}:\n{}",
        out.stderr
    );
    assert_eq!(
        env.contents(),
        before,
        "sengketa {args:?} changed the register"
    );
    out
}

/// A register with a case in every state:
/// 2017/1 entered, 2017/2 qualified, 2017/3 withdrawn, 2017/4 decided, 2017/5 done
/// (decided and closed), 2017/6 done (rejected).
fn every_state() -> TestEnv {
    let env = TestEnv::initialised();
    for (i, received) in [
        "2017-03-02",
        "2017-03-03",
        "2017-03-04",
        "2017-03-05",
        "2017-03-06",
        "2017-03-07",
    ]
    .into_iter()
    .enumerate()
    {
        env.add(received, &format!("Pemohon {}", i + 1), "Dinas Pendidikan");
    }
    for case in ["2017/2", "2017/3", "2017/4", "2017/5"] {
        env.ok(&["case", "qualify", case, "--on", "2017-03-09"]);
    }
    env.ok(&["case", "withdraw", "2017/3", "--on", "2017-04-02"]);
    for case in ["2017/4", "2017/5"] {
        env.ok(&[
            "case",
            "decide",
            case,
            "--via",
            "adjudication",
            "--outcome",
            "granted",
            "--on",
            "2017-06-20",
        ]);
    }
    env.ok(&["case", "close", "2017/5", "--on", "2017-07-19"]);
    env.ok(&[
        "case",
        "reject",
        "2017/6",
        "--reason",
        "no-standing",
        "--on",
        "2017-03-10",
    ]);
    let states: Vec<String> = env
        .cases()
        .iter()
        .map(|c| c["state"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        states,
        [
            "entered",
            "qualified",
            "withdrawn",
            "decided",
            "done",
            "done"
        ]
    );
    env
}

#[test]
fn every_refused_transition() {
    let env = every_state();
    let steps: [(&str, &[&str], &str); 5] = [
        ("qualify", &[], "qualified"),
        ("reject", &["--reason", "late"], "rejected"),
        ("withdraw", &[], "withdrawn"),
        (
            "decide",
            &["--via", "adjudication", "--outcome", "granted"],
            "decided",
        ),
        ("close", &[], "closed"),
    ];
    // (case, state, the steps allowed from it)
    let cases = [
        (
            "2017/1",
            "001/III/KI-JBI-PS/2017",
            "entered",
            &["qualify", "reject", "withdraw"][..],
        ),
        (
            "2017/2",
            "002/III/KI-JBI-PS/2017",
            "qualified",
            &["withdraw", "decide"][..],
        ),
        (
            "2017/3",
            "003/III/KI-JBI-PS/2017",
            "withdrawn",
            &["close"][..],
        ),
        (
            "2017/4",
            "004/III/KI-JBI-PS/2017",
            "decided",
            &["close"][..],
        ),
        ("2017/5", "005/III/KI-JBI-PS/2017", "done", &[][..]),
        ("2017/6", "006/III/KI-JBI-PS/2017", "done", &[][..]),
    ];
    let mut refusals = 0;
    for (case, number, state, allowed) in cases {
        for (step, extra, done_word) in steps {
            if allowed.contains(&step) {
                continue;
            }
            let mut args = vec!["case", step, case, "--on", "2017-12-01"];
            args.extend_from_slice(extra);
            let out = refused(&env, &args, 3);
            let hint = if allowed.is_empty() {
                "nothing is allowed from this state; `case undo` reverts the latest step"
                    .to_string()
            } else {
                format!("allowed from this state: {}", allowed.join(", "))
            };
            assert_eq!(
                out.stderr,
                format!(
                    "error: case {number} is {state}: it cannot be {done_word}\nhint: {hint}\n"
                ),
                "sengketa {args:?}"
            );
            refusals += 1;
        }
    }
    assert_eq!(refusals, 23, "6 cases x 5 steps, less the 7 allowed pairs");

    // The brief's four, as the clerk sees them.
    insta::assert_snapshot!(refused(&env, &["case", "decide", "2017/1", "--via", "adjudication", "--outcome", "granted"], 3).snapshot(), @"
    ------- stderr -------
    error: case 001/III/KI-JBI-PS/2017 is entered: it cannot be decided
    hint: allowed from this state: qualify, reject, withdraw
    [exit status: 3]
    ");
    insta::assert_snapshot!(refused(&env, &["case", "close", "2017/2"], 3).snapshot(), @"
    ------- stderr -------
    error: case 002/III/KI-JBI-PS/2017 is qualified: it cannot be closed
    hint: allowed from this state: withdraw, decide
    [exit status: 3]
    ");
    insta::assert_snapshot!(refused(&env, &["case", "qualify", "005/III/KI-JBI-PS/2017"], 3).snapshot(), @"
    ------- stderr -------
    error: case 005/III/KI-JBI-PS/2017 is done: it cannot be qualified
    hint: nothing is allowed from this state; `case undo` reverts the latest step
    [exit status: 3]
    ");
    insta::assert_snapshot!(refused(&env, &["case", "withdraw", "2017/4"], 3).snapshot(), @"
    ------- stderr -------
    error: case 004/III/KI-JBI-PS/2017 is decided: it cannot be withdrawn
    hint: allowed from this state: close
    [exit status: 3]
    ");
}

#[test]
fn decision_pairs_not_in_the_table() {
    let env = every_state();
    // Unlike a refused step, the message names neither the case nor its state (reported).
    insta::assert_snapshot!(refused(&env, &[
        "case", "decide", "2017/2", "--via", "mediation", "--outcome", "granted", "--on", "2017-06-20",
    ], 3).snapshot(), @"
    ------- stderr -------
    error: case 002/III/KI-JBI-PS/2017 is qualified: a decision via mediation cannot have the outcome granted
    hint: a decision via mediation has one of the outcomes: agreement
    [exit status: 3]
    ");
    for (via, outcome) in [
        ("interim", "granted"),
        ("interim", "agreement"),
        ("mediation", "lapsed"),
        ("adjudication", "agreement"),
    ] {
        let out = refused(
            &env,
            &[
                "case",
                "decide",
                "2017/2",
                "--via",
                via,
                "--outcome",
                outcome,
            ],
            3,
        );
        assert!(
            out.stderr
                .contains(&format!("via {via} cannot have the outcome {outcome}")),
            "{}",
            out.stderr
        );
    }
    // the same pairs the table allows go through
    env.ok(&[
        "case",
        "decide",
        "2017/2",
        "--via",
        "mediation",
        "--outcome",
        "agreement",
        "--on",
        "2017-06-20",
    ]);
}

#[test]
fn bad_dates() {
    let env = every_state();
    insta::assert_snapshot!(refused(&env, &["case", "withdraw", "2017/2", "--on", "2030-01-01"], 3).snapshot(), @"
    ------- stderr -------
    error: the withdraw date 2030-01-01 lies in the future (today is 2026-11-29)
    hint: a date cannot be after today (2026-11-29); check it (and SENGKETA_TODAY, if set)
    [exit status: 3]
    ");
    insta::assert_snapshot!(refused(&env, &["case", "withdraw", "2017/2", "--on", "2017-03-08"], 3).snapshot(), @"
    ------- stderr -------
    error: the withdraw date 2017-03-08 is before the qualification date 2017-03-09
    hint: each step's date must be on or after the step before it
    [exit status: 3]
    ");
    // before the receipt, in another spelling
    insta::assert_snapshot!(refused(&env, &["case", "qualify", "2017/1", "--on", "01/03/2017"], 3).snapshot(), @"
    ------- stderr -------
    error: the qualify date 2017-03-01 is before the receipt date 2017-03-02
    hint: each step's date must be on or after the step before it
    [exit status: 3]
    ");
    // a closing may not come before the decision
    refused(&env, &["case", "close", "2017/4", "--on", "2017-06-19"], 3);
    // A future received date: the hint names no flag, since `case add` has --received, not --on.
    insta::assert_snapshot!(refused(&env, &[
        "case", "add", "--received", "2030-01-01", "--applicant", "A", "--body", "B", "--subject", "C",
    ], 3).snapshot(), @"
    ------- stderr -------
    error: the received date 2030-01-01 lies in the future (today is 2026-11-29)
    hint: a date cannot be after today (2026-11-29); check it (and SENGKETA_TODAY, if set)
    [exit status: 3]
    ");
    // not dates at all: refused while parsing the command line
    insta::assert_snapshot!(refused(&env, &["case", "withdraw", "2017/2", "--on", "2017-02-30"], 2).snapshot(), @"
    ------- stderr -------
    error: invalid value '2017-02-30' for '--on <DATE>': '2017-02-30' is not a date; write dates as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY

    For more information, try '--help'.
    [exit status: 2]
    ");
    insta::assert_snapshot!(refused(&env, &["case", "withdraw", "2017/2", "--on", "yesterday"], 2).snapshot(), @"
    ------- stderr -------
    error: invalid value 'yesterday' for '--on <DATE>': 'yesterday' is not a date; write dates as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY

    For more information, try '--help'.
    [exit status: 2]
    ");
    for bad in ["2017/03/02", "1-1-17", "31/04/2017", ""] {
        let out = refused(&env, &["case", "qualify", "2017/1", "--on", bad], 2);
        assert!(
            out.stderr.contains("YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY"),
            "{bad:?}: {}",
            out.stderr
        );
    }
    refused(
        &env,
        &[
            "case",
            "add",
            "--received",
            "30-02-2017",
            "--applicant",
            "A",
            "--body",
            "B",
            "--subject",
            "C",
        ],
        2,
    );
}

#[test]
fn bad_enumerations() {
    let env = every_state();
    insta::assert_snapshot!(refused(&env, &[
        "case", "add", "--received", "2017-03-02", "--applicant", "A", "--applicant-kind", "alien",
        "--body", "B", "--subject", "C",
    ], 2).snapshot(), @"
    ------- stderr -------
    error: invalid value 'alien' for '--applicant-kind <APPLICANT_KIND>'
      [possible values: individual, group, legal_entity]

    For more information, try '--help'.
    [exit status: 2]
    ");
    insta::assert_snapshot!(refused(&env, &["case", "reject", "2017/1", "--reason", "lazy"], 2).snapshot(), @"
    ------- stderr -------
    error: invalid value 'lazy' for '--reason <REASON>'
      [possible values: incomplete, late, no_standing, no_authority, no_objection, other]

    For more information, try '--help'.
    [exit status: 2]
    ");
    refused(
        &env,
        &[
            "case",
            "decide",
            "2017/2",
            "--via",
            "court",
            "--outcome",
            "granted",
        ],
        2,
    );
    refused(
        &env,
        &[
            "case",
            "decide",
            "2017/2",
            "--via",
            "adjudication",
            "--outcome",
            "won",
        ],
        2,
    );
    refused(&env, &["case", "list", "--state", "open"], 2);
    refused(&env, &["case", "show", "2017/1", "--format", "xml"], 2);
    refused(&env, &["config", "set", "colour", "blue"], 2);
    // both spellings of a two-word value are accepted
    env.ok(&[
        "case",
        "reject",
        "2017/1",
        "--reason",
        "no_objection",
        "--on",
        "2017-03-10",
    ]);
}

#[test]
fn unknown_cases() {
    let env = every_state();
    insta::assert_snapshot!(refused(&env, &["case", "show", "2017/99"], 4).snapshot(), @"
    ------- stderr -------
    error: there is no case 2017/99 in the register
    hint: name a case by its register number or as YEAR/SERIAL (e.g. 2017/12); `sengketa case list` shows them
    [exit status: 4]
    ");
    insta::assert_snapshot!(refused(&env, &["case", "qualify", "999/X/NOPE/2017"], 4).snapshot(), @"
    ------- stderr -------
    error: there is no case 999/X/NOPE/2017 in the register
    hint: name a case by its register number or as YEAR/SERIAL (e.g. 2017/12); `sengketa case list` shows them
    [exit status: 4]
    ");
    refused(&env, &["case", "qualify", "2018/1"], 4);
    refused(&env, &["case", "undo", "2017/99", "--reason", "x"], 4);
    refused(&env, &["case", "edit", "2017/99", "--applicant", "x"], 4);
    refused(&env, &["case", "close", "001/III/KI-JBI-PS/2018"], 4);
}

#[test]
fn undo_refusals() {
    let env = every_state();
    insta::assert_snapshot!(refused(&env, &["case", "undo", "2017/1", "--reason", "oops"], 3).snapshot(), @"
    ------- stderr -------
    error: case 001/III/KI-JBI-PS/2017 has no step left to undo (adding a case cannot be undone)
    [exit status: 3]
    ");
    refused(&env, &["case", "undo", "2017/2", "--reason", "  "], 3);
    // undo walks back to the entry, and no further
    env.ok(&["case", "undo", "2017/5", "--reason", "wrong case"]);
    env.ok(&["case", "undo", "2017/5", "--reason", "wrong case"]);
    env.ok(&["case", "undo", "2017/5", "--reason", "wrong case"]);
    refused(
        &env,
        &["case", "undo", "2017/5", "--reason", "wrong case"],
        3,
    );
    assert_eq!(env.cases()[4]["state"], "entered");
}

#[test]
fn bad_particulars() {
    let env = every_state();
    for args in [
        &[
            "case",
            "add",
            "--applicant",
            " ",
            "--body",
            "B",
            "--subject",
            "C",
        ][..],
        &[
            "case",
            "add",
            "--applicant",
            "A",
            "--body",
            "",
            "--subject",
            "C",
        ][..],
        &[
            "case",
            "add",
            "--applicant",
            "A",
            "--body",
            "B",
            "--subject",
            "\t",
        ][..],
        &[
            "case",
            "add",
            "--applicant",
            "A",
            "--body",
            "B",
            "--subject",
            "C",
            "--register-no",
            " ",
        ][..],
        &["case", "edit", "2017/1", "--subject", " "][..],
    ] {
        refused(&env, args, 3);
    }
    refused(&env, &["case", "add", "--body", "B", "--subject", "C"], 2);
    refused(&env, &["config", "set", "commission-code", "J B I"], 3);
    refused(
        &env,
        &["config", "set", "register-template", "{serial}/PS"],
        3,
    );
}

#[test]
fn a_taken_register_number_is_refused_and_costs_no_serial() {
    let env = TestEnv::initialised();
    env.ok(&[
        "case",
        "add",
        "--received",
        "2013-03-14",
        "--applicant",
        "A",
        "--body",
        "B",
        "--subject",
        "C",
        "--register-no",
        "028/III/KIP-PS/2013",
    ]);
    insta::assert_snapshot!(refused(&env, &[
        "case", "add", "--received", "2013-05-01", "--applicant", "A", "--body", "B", "--subject", "C",
        "--register-no", "028/III/KIP-PS/2013",
    ], 3).snapshot(), @"
    ------- stderr -------
    error: register number 028/III/KIP-PS/2013 is already in the register
    hint: each register number is given once; leave it out to have the next one assigned
    [exit status: 3]
    ");
    // a historic number may be the one the template gives next: the template
    // skips it for the next free number (and says so), instead of refusing
    // every add of that month for ever
    env.ok(&[
        "case",
        "add",
        "--received",
        "2013-05-01",
        "--applicant",
        "A",
        "--body",
        "B",
        "--subject",
        "C",
        "--register-no",
        "003/V/KI-JBI-PS/2013",
    ]);
    let out = env.run(&[
        "case",
        "add",
        "--received",
        "2013-05-02",
        "--applicant",
        "A",
        "--body",
        "B",
        "--subject",
        "C",
    ]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(out.stdout, "004/V/KI-JBI-PS/2013\n");
    assert!(
        out.stderr
            .contains("003/V/KI-JBI-PS/2013 is already in the register"),
        "{}",
        out.stderr
    );
    assert_eq!(env.add("2013-06-02", "A", "B"), "005/VI/KI-JBI-PS/2013");
    let serials: Vec<i64> = env
        .cases()
        .iter()
        .map(|c| c["serial"].as_i64().unwrap())
        .collect();
    assert_eq!(serials, [1, 2, 4, 5]);
}

#[test]
fn adding_before_the_commission_code_is_set() {
    let env = TestEnv::new();
    env.ok(&["init"]);
    insta::assert_snapshot!(refused(&env, &[
        "case", "add", "--received", "2017-03-02", "--applicant", "A", "--body", "B", "--subject", "C",
    ], 3).snapshot(), @"
    ------- stderr -------
    error: the register has no commission code, which register numbers need
    hint: set it once with `sengketa config set commission-code JBI` (your code)
    [exit status: 3]
    ");
    refused(&env, &["config", "get", "commission-code"], 3);
    // a historic number needs no code
    env.ok(&[
        "case",
        "add",
        "--received",
        "2013-03-14",
        "--applicant",
        "A",
        "--body",
        "B",
        "--subject",
        "C",
        "--register-no",
        "028/III/KIP-PS/2013",
    ]);
}

#[test]
fn no_register_yet() {
    let env = TestEnv::new();
    insta::assert_snapshot!(env.run(&["case", "list"]).snapshot(), @"
    ------- stderr -------
    error: there is no register at $TEST_ENV/register.db
    hint: create one with `sengketa init` (or point --db / SENGKETA_DB at yours)
    [exit status: 5]
    ");
    for args in [
        &["case", "list", "--format", "json"][..],
        &[
            "case",
            "add",
            "--received",
            "2017-03-02",
            "--applicant",
            "A",
            "--body",
            "B",
            "--subject",
            "C",
        ][..],
        &["case", "show", "2017/1"][..],
        &["case", "qualify", "2017/1"][..],
        &["config", "set", "commission-code", "JBI"][..],
        &["config", "list"][..],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 5, "{args:?}: {}", out.snapshot());
        assert_eq!(out.stdout, "");
        assert!(
            out.stderr.starts_with("error: there is no register at "),
            "{}",
            out.stderr
        );
        assert!(
            out.stderr.contains("hint: ") && out.stderr.contains("`sengketa init`"),
            "{}",
            out.stderr
        );
    }
    let left: Vec<_> = std::fs::read_dir(env.dir()).unwrap().collect();
    assert!(left.is_empty(), "nothing was created: {left:?}");
}
