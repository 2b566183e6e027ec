//! The working-day calendar: the shipped national holidays a register is seeded with,
//! `calendar list|add|remove|import`, the history every change writes, refusals that leave
//! the register as it was, and direct edits refused or found by `verify`.

use crate::common::{Output, TestEnv};
use std::io::Write;

const SHIPPED: &str = include_str!("../../data/holidays-id.csv");
const HEADER: &str = "date,kind,name_id,name_en,source\n";

/// The shipped file's header and its rows of `year`, read here, not through src/.
fn shipped_year(year: i32) -> String {
    let prefix = format!("{year}-");
    let rows: String = SHIPPED
        .lines()
        .skip(1)
        .filter(|l| l.starts_with(&prefix))
        .map(|l| format!("{l}\n"))
        .collect();
    format!("{HEADER}{rows}")
}

/// The calendar and its history as the sqlite3 shell prints them.
fn calendar_tables(env: &TestEnv) -> String {
    let out = env.sqlite(
        "SELECT * FROM calendar ORDER BY date; SELECT * FROM calendar_changes ORDER BY act_id, date;",
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    out.stdout
}

/// The acts after the seed and the commission code (act 1 and 2) with their calendar
/// changes, one line each.
fn history(env: &TestEnv) -> String {
    let out = env.sqlite(
        "SELECT a.id, a.actor, a.command, a.note, c.date, c.change, c.kind, c.name_id, \
         c.name_en, c.source, c.reason FROM acts a LEFT JOIN calendar_changes c ON c.act_id = a.id \
         WHERE a.id > 2 ORDER BY a.id, c.date",
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    out.stdout
}

/// Runs a command that must be refused with `code`; checks the register is unchanged.
fn refused(env: &TestEnv, args: &[&str], code: i32) -> Output {
    let before = (env.contents(), calendar_tables(env));
    let out = env.run(args);
    assert_eq!(out.code, code, "sengketa {args:?}:\n{}", out.snapshot());
    assert_eq!(out.stdout, "", "sengketa {args:?} printed data");
    assert!(
        out.stderr.starts_with("error: ") || out.stderr.starts_with("line "),
        "sengketa {args:?}:\n{}",
        out.stderr
    );
    assert_eq!(
        (env.contents(), calendar_tables(env)),
        before,
        "sengketa {args:?} changed the register"
    );
    out
}

fn write(env: &TestEnv, name: &str, text: &str) -> String {
    std::fs::write(env.dir().join(name), text).unwrap();
    name.to_string()
}

/// Runs `sengketa ARGS` with `input` on its standard input.
fn with_stdin(env: &TestEnv, args: &[&str], input: &str) -> Output {
    let mut child = env
        .command()
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("sengketa runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Output {
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
        code: out.status.code().unwrap(),
    }
}

#[test]
fn a_new_register_has_the_national_holidays_of_2008_to_2027() {
    let env = TestEnv::initialised();
    // The acceptance: the 2025 decree's days, exactly the data file's rows.
    assert_eq!(
        env.ok(&["calendar", "list", "--year", "2025", "--format", "csv"]),
        shipped_year(2025)
    );
    for year in 2008..=2027 {
        let listed = env.ok(&[
            "calendar",
            "list",
            "--year",
            &year.to_string(),
            "--format",
            "csv",
        ]);
        assert!(listed.lines().count() > 10, "{year}: {listed}");
        assert_eq!(listed, shipped_year(year), "{year}");
    }
    assert_eq!(
        env.ok(&["calendar", "list", "--year", "2028", "--format", "csv"]),
        HEADER
    );
    // The whole list is the whole file, so it can be imported again as it is.
    assert_eq!(env.ok(&["calendar", "list", "--format", "csv"]), SHIPPED);

    // The seed is one act of the history, by the program; each day a change of it.
    insta::assert_snapshot!(env.sqlite("SELECT id, command, actor, note FROM acts").snapshot(), @"
    1|calendar_seed|sengketa|seeded from data/holidays-id.csv (2008-2027)
    2|config|clerk|commission-code: (not set) -> JBI
    [exit status: 0]
    ");
    insta::assert_snapshot!(env.sqlite(
        "SELECT act_id, change, count(*), min(date), max(date), count(reason) FROM calendar_changes GROUP BY act_id, change"
    ).snapshot(), @"
    1|add|438|2008-01-01|2027-12-26|0
    [exit status: 0]
    ");
    assert_eq!(env.run(&["verify"]).code, 0);
}

#[test]
fn the_list_as_a_table_and_as_json() {
    let env = TestEnv::initialised();
    env.ok(&[
        "calendar",
        "add",
        "2030-01-02",
        "--kind",
        "office-closure",
        "--name",
        "Kantor tutup",
    ]);
    env.ok(&[
        "calendar",
        "add",
        "01/02/2030",
        "--kind",
        "public-holiday",
        "--name",
        "Hari Jadi",
        "--name-en",
        "Province Day",
        "--source",
        "Perda No. 1/2029",
    ]);
    insta::assert_snapshot!(env.run(&["calendar", "list", "--year", "2030"]).snapshot(), @"
    Date        Day  Kind            Name          Source
    ──────────  ───  ──────────────  ────────────  ───────────────────────
    2030-01-02  Wed  office closure  Kantor tutup  added by the commission
    2030-02-01  Fri  public holiday  Province Day  Perda No. 1/2029
    [exit status: 0]
    ");
    insta::assert_snapshot!(env.run(&["calendar", "list", "--year", "2030", "--format", "json"]).snapshot(), @r#"
    [
      {"schema_version":1,"date":"2030-01-02","kind":"office_closure","name_id":"Kantor tutup","name_en":"Kantor tutup","source":"added by the commission"},
      {"schema_version":1,"date":"2030-02-01","kind":"public_holiday","name_id":"Hari Jadi","name_en":"Province Day","source":"Perda No. 1/2029"}
    ]
    [exit status: 0]
    "#);
    assert_eq!(
        env.ok(&["calendar", "list", "--year", "2031", "--format", "json"]),
        "[]\n"
    );
}

#[test]
fn add_and_remove_are_recorded_in_the_history() {
    let env = TestEnv::initialised();
    insta::assert_snapshot!(env.run(&[
        "calendar", "add", "28-12-2026", "--kind", "office-closure", "--name", "Kantor tutup akhir tahun",
        "--name-en", "Year-end closure", "--note", "SK Ketua No. 5/2026",
    ]).snapshot(), @r#"
    ------- stderr -------
    added 2026-12-28 (Mon): office_closure "Kantor tutup akhir tahun"
    [exit status: 0]
    "#);
    insta::assert_snapshot!(env.run(&[
        "calendar", "remove", "2026-12-28", "--reason", "the closure was called off", "--actor", "ketua",
    ]).snapshot(), @r#"
    ------- stderr -------
    removed 2026-12-28 (Mon): office_closure "Kantor tutup akhir tahun"
    [exit status: 0]
    "#);
    // A decreed day can be removed too (the decree was revised).
    env.ok(&[
        "calendar",
        "remove",
        "2026-12-24",
        "--reason",
        "revised decree",
    ]);
    insta::assert_snapshot!(history(&env), @"
    3|clerk|calendar_add|SK Ketua No. 5/2026|2026-12-28|add|office_closure|Kantor tutup akhir tahun|Year-end closure|added by the commission|
    4|ketua|calendar_remove||2026-12-28|remove|office_closure|Kantor tutup akhir tahun|Year-end closure|added by the commission|the closure was called off
    5|clerk|calendar_remove||2026-12-24|remove|collective_leave|Cuti Bersama Kelahiran Yesus Kristus|Collective leave for Christmas Day|SKB No. 1497/2025, No. 2/2025, No. 5/2025|revised decree
    ");
    assert!(
        !env.ok(&["calendar", "list", "--year", "2026", "--format", "csv"])
            .contains("2026-12-24")
    );
    assert_eq!(env.run(&["verify"]).code, 0);
}

#[test]
fn refusals_leave_the_calendar_as_it_was() {
    let env = TestEnv::initialised();
    insta::assert_snapshot!(refused(&env, &[
        "calendar", "add", "2025-01-01", "--kind", "office-closure", "--name", "Tutup",
    ], 3).snapshot(), @"
    ------- stderr -------
    error: 2025-01-01 is already in the calendar (public_holiday: Tahun Baru 2025 Masehi)
    hint: to change it, remove it first (`sengketa calendar remove 2025-01-01 --reason ...`), or import a file with its new values (`sengketa calendar import`)
    [exit status: 3]
    ");
    insta::assert_snapshot!(refused(&env, &["calendar", "remove", "2025-01-02", "--reason", "x"], 3).snapshot(), @"
    ------- stderr -------
    error: 2025-01-02 is not in the calendar
    hint: `sengketa calendar list --year 2025` shows the days of that year
    [exit status: 3]
    ");
    insta::assert_snapshot!(refused(&env, &["calendar", "remove", "2025-01-01", "--reason", " "], 3).snapshot(), @"
    ------- stderr -------
    error: --reason is empty
    hint: say why the day is removed (the history keeps it)
    [exit status: 3]
    ");
    insta::assert_snapshot!(refused(&env, &[
        "calendar", "add", "2030-01-02", "--kind", "office-closure", "--name", "  ",
    ], 3).snapshot(), @"
    ------- stderr -------
    error: --name is empty
    hint: give --name a value
    [exit status: 3]
    ");
    insta::assert_snapshot!(refused(&env, &[
        "calendar", "add", "2030-01-02", "--kind", "office-closure", "--name", "x", "--source", "",
    ], 3).snapshot(), @"
    ------- stderr -------
    error: --source is empty
    hint: give --source a value
    [exit status: 3]
    ");
    // usage: a bad date, a bad kind, a missing flag
    refused(
        &env,
        &[
            "calendar",
            "add",
            "2030-02-30",
            "--kind",
            "office-closure",
            "--name",
            "x",
        ],
        2,
    );
    insta::assert_snapshot!(refused(&env, &[
        "calendar", "add", "2030-01-02", "--kind", "holiday", "--name", "x",
    ], 2).snapshot(), @"
    ------- stderr -------
    error: invalid value 'holiday' for '--kind <KIND>'
      [possible values: public_holiday, collective_leave, office_closure]

    For more information, try '--help'.
    [exit status: 2]
    ");
    refused(&env, &["calendar", "remove", "2025-01-01"], 2);
    refused(
        &env,
        &["calendar", "list", "--year", "20250", "--format", "csv"],
        2,
    );
}

#[test]
fn an_import_adds_updates_and_leaves_alone_in_one_act() {
    let env = TestEnv::initialised();
    let new_year_2026 = SHIPPED
        .lines()
        .find(|l| l.starts_with("2026-01-01,"))
        .unwrap();
    let file = format!(
        "{HEADER}{new_year_2026}\n\
         2026-12-24,public_holiday,Natal (dipindah),Christmas (moved),SKB revisi 2026\n\
         2028-01-01,public_holiday,Tahun Baru 2028 Masehi,New Year's Day 2028,\"SKB No. 1/2027, No. 2/2027\"\n\
         03/01/2028,office-closure,Kantor tutup,Office closed,added by the commission\n"
    );
    let name = write(&env, "skb-2028.csv", &file);
    // Piped, a successful import says nothing.
    let out = env.run(&["calendar", "import", &name]);
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", "")
    );
    insta::assert_snapshot!(history(&env), @"
    3|clerk|calendar_import|imported from skb-2028.csv|2026-12-24|update|public_holiday|Natal (dipindah)|Christmas (moved)|SKB revisi 2026|
    3|clerk|calendar_import|imported from skb-2028.csv|2028-01-01|add|public_holiday|Tahun Baru 2028 Masehi|New Year's Day 2028|SKB No. 1/2027, No. 2/2027|
    3|clerk|calendar_import|imported from skb-2028.csv|2028-01-03|add|office_closure|Kantor tutup|Office closed|added by the commission|
    ");
    // The same file again changes nothing, and records nothing.
    let before = env.contents();
    env.ok(&["calendar", "import", &name]);
    assert_eq!(env.contents(), before);
    // On a terminal it says what it did.
    let (ok, screen) = on_a_terminal(&env, &format!("calendar import {name}"));
    assert!(ok, "{screen}");
    assert!(
        screen.contains("imported 4 days from skb-2028.csv: 0 added, 0 changed, 4 already so"),
        "{screen}"
    );
    assert_eq!(env.run(&["verify"]).code, 0);
}

#[test]
fn an_import_with_a_bad_row_writes_nothing() {
    let env = TestEnv::initialised();
    let file = format!(
        "{HEADER}2028-01-01,public_holiday,Tahun Baru 2028 Masehi,New Year's Day 2028,SKB 2027\n\
         2028-02-30,public_holiday,x,x,SKB 2027\n\
         2028-01-01,holiday,,x,SKB 2027\n\
         2028-03-01,public_holiday,x\n\
         2028-04-01,collective_leave,Cuti,Leave,\n"
    );
    let name = write(&env, "bad.csv", &file);
    insta::assert_snapshot!(refused(&env, &["calendar", "import", &name], 3).snapshot(), @r#"
    ------- stderr -------
    line 3, column 1 (date): "2028-02-30": not a date (write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)
    line 4, column 2 (kind): "holiday": 'holiday' is not a valid kind of day; use one of: public_holiday, collective_leave, office_closure
    line 4, column 3 (name_id): "": name_id is required
    line 4, column 1 (date): "2028-01-01": the date is already on line 2: one row a date
    line 5, column 1 (date): "": the row has 3 fields, expected 5
    line 6, column 5 (source): "": source is required
    error: 4 of 5 rows of bad.csv are invalid; nothing was imported
    hint: correct the rows listed above and import the whole file again
    [exit status: 3]
    "#);
    let name = write(&env, "header.csv", "date,kind,name,name_en,source\n");
    insta::assert_snapshot!(refused(&env, &["calendar", "import", &name], 3).snapshot(), @"
    ------- stderr -------
    error: header.csv: column 3 of the header is 'name', expected 'name_id' (the header was read with a comma (,) between fields)
    hint: the first line must be the header: date,kind,name_id,name_en,source (with , or ; between fields)
    [exit status: 3]
    ");
    insta::assert_snapshot!(refused(&env, &["calendar", "import", "missing.csv"], 3).snapshot(), @"
    ------- stderr -------
    error: cannot read missing.csv: No such file or directory (os error 2)
    hint: give the path of a calendar CSV, or - for standard input
    [exit status: 3]
    ");
}

#[test]
fn a_listed_calendar_imports_into_a_fresh_register_as_it_was() {
    let env = TestEnv::initialised();
    env.ok(&[
        "calendar",
        "add",
        "2026-12-28",
        "--kind",
        "office-closure",
        "--name",
        "Kantor tutup, akhir tahun",
        "--name-en",
        "Year-end \"closure\"",
    ]);
    let renamed = format!("{HEADER}2025-01-01,public_holiday,Tahun Baru 2025,New Year 2025,SKB\n");
    env.ok(&["calendar", "import", &write(&env, "renamed.csv", &renamed)]);
    let listed = env.ok(&["calendar", "list", "--format", "csv"]);
    assert_ne!(listed, SHIPPED);

    let fresh = TestEnv::initialised();
    let out = with_stdin(&fresh, &["calendar", "import", "-"], &listed);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(fresh.ok(&["calendar", "list", "--format", "csv"]), listed);
    assert_eq!(
        fresh
            .sqlite("SELECT command, note FROM acts WHERE id = 3")
            .stdout,
        "calendar_import|imported from standard input\n"
    );
    assert_eq!(
        fresh.ok(&["calendar", "list", "--format", "json"]),
        env.ok(&["calendar", "list", "--format", "json"])
    );
}

#[test]
fn direct_edits_of_the_calendar_are_refused_or_found() {
    let env = TestEnv::initialised();
    let before = (env.contents(), calendar_tables(&env));
    for sql in [
        "DELETE FROM calendar WHERE date = '2025-01-01'",
        "UPDATE calendar SET kind = 'office_closure' WHERE date = '2025-01-01'",
        "INSERT INTO calendar VALUES ('2030-01-02', 'office_closure', 'a', 'b', 'c')",
        "UPDATE calendar_changes SET name_en = 'x' WHERE date = '2025-01-01'",
        "DELETE FROM calendar_changes WHERE date = '2025-01-01'",
    ] {
        let out = env.sqlite(sql);
        assert_ne!(out.code, 0, "sqlite3 accepted {sql}");
        assert!(out.stderr.contains("calendar"), "{sql}: {}", out.stderr);
    }
    assert_eq!((env.contents(), calendar_tables(&env)), before);

    // What no trigger sees: a change of the history without its day, a change by a missing
    // act (the shell has foreign keys off), a day whose history does not follow.
    let edit = env.sqlite(
        "INSERT INTO calendar_changes VALUES (2, '2025-01-01', 'remove', 'public_holiday', \
           'Tahun Baru', 'New Year', 'SKB', 'gone'); \
         INSERT INTO calendar_changes VALUES (2, '2030-01-02', 'add', 'office_closure', 'a', 'b', 'c', NULL); \
         INSERT INTO calendar_changes VALUES (99, '2030-01-03', 'update', 'office_closure', 'a', 'b', 'c', NULL);",
    );
    assert_eq!(edit.code, 0, "{}", edit.snapshot());
    insta::assert_snapshot!(env.run(&["verify"]).snapshot(), @r#"
    act 2 (config by clerk, recorded 2026-11-29T08:00:00Z) does not match its hash: it, or a row it wrote, was changed after it was recorded
    a row of calendar_changes points at a missing row of acts
    calendar 2025-01-01: act 2 records the removal of a day with other values than the calendar had
    calendar 2030-01-03: act 99 records the change of a day the calendar did not have
    calendar 2025-01-01: the register has public_holiday "Tahun Baru 2025 Masehi" / "New Year's Day 2025" (SKB No. 1017/2024, No. 2/2024, No. 2/2024; amended by SKB No. 933/2025, No. 1/2025, No. 3/2025), its history leads to no such day
    calendar 2030-01-02: the register has no such day, its history leads to office_closure "a" / "b" (c)
    calendar 2030-01-03: the register has no such day, its history leads to office_closure "a" / "b" (c)
    2 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    7 problems found in 0 cases
    ------- stderr -------
    hint: the calendar was changed outside sengketa: restore the register from a backup, or redo the change with `sengketa calendar add` or `remove`, which record it
    hint: the history was changed outside sengketa after it was recorded: compare with a backup or an archive; `sengketa verify --since HEAD`, with a head written down earlier, tells whether the history up to it is as it was
    [exit status: 1]
    "#);
}

#[test]
fn a_version_1_register_gets_the_calendar() {
    let env = TestEnv::new();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/registers/v1.db"),
        env.db(),
    )
    .unwrap();
    assert_eq!(
        env.ok(&["calendar", "list", "--year", "2025", "--format", "csv"]),
        shipped_year(2025)
    );
    assert_eq!(env.ok(&["calendar", "list", "--format", "csv"]), SHIPPED);
    assert_eq!(
        env.sqlite("SELECT command, actor, note FROM acts WHERE command LIKE 'calendar%'")
            .stdout,
        "calendar_seed|sengketa|seeded from data/holidays-id.csv (2008-2027)\n"
    );
    assert_eq!(env.run(&["verify"]).code, 0);
    let out = env.sqlite("DELETE FROM calendar WHERE date = '2025-01-01'");
    assert_ne!(out.code, 0, "{}", out.snapshot());
}

/// Runs `sengketa ARGS` on a pseudo-terminal (`script`, from util-linux); returns whether
/// it succeeded and what the terminal showed.
fn on_a_terminal(env: &TestEnv, args: &str) -> (bool, String) {
    let line = format!("{} {args}", env!("CARGO_BIN_EXE_sengketa"));
    let out = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .envs(
            env.command()
                .get_envs()
                .filter_map(|(k, v)| v.map(|v| (k, v))),
        )
        .env("TERM", "xterm")
        .current_dir(env.dir())
        .output()
        .expect("script (util-linux) runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn an_indonesian_list_writes_its_dates_as_people_do_and_never_cuts_one() {
    let env = TestEnv::initialised();
    let list = |lang: &str, width: &str, year: &str| {
        env.ok(&[
            "--lang", lang, "--width", width, "calendar", "list", "--year", year,
        ])
    };
    // The weekday in the date, the year's first holiday first; no ISO date in Indonesian.
    let id = list("id", "80", "2026");
    let first = id.lines().nth(2).unwrap_or_default();
    assert!(first.starts_with("Kam 1 Jan 2026  "), "{id}");
    assert!(!id.contains("2026-01-01"), "{id}");
    // Narrow: this year's dates lose their year, another year's are written day first,
    // whole either way.
    let narrow = list("id", "44", "2026");
    assert!(
        narrow
            .lines()
            .nth(2)
            .unwrap_or_default()
            .starts_with("Kam 1 Jan  "),
        "{narrow}"
    );
    let next = list("id", "44", "2027");
    assert!(
        next.lines()
            .nth(2)
            .unwrap_or_default()
            .starts_with("01-01-2027  "),
        "{next}"
    );
    // English keeps the ISO date and the weekday beside it.
    let en = list("en", "80", "2026");
    assert!(
        en.lines()
            .nth(2)
            .unwrap_or_default()
            .starts_with("2026-01-01  Thu"),
        "{en}"
    );
}
