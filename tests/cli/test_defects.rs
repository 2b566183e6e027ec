//! The defects a hostile round found in ordinary commands: each test failed before its fix.

use crate::common::{TestEnv, copy_register, refused, write};

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
    env.ok(&["case", "close", "2026/1", "--on", "2026-11-27"]);
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
    error: 1 of 2 rows of h.csv is invalid; nothing was imported
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
    copy_register(env.db(), &env.dir().join("copy.db"));
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

/// A small tmpfs mounted in the test's folder, unmounted when dropped; `None` (said on
/// stderr) where this process cannot mount one, which fails the test under CI=true.
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(env: &TestEnv, size: &str) -> Option<Tmpfs> {
        let at = env.dir().join("small-disk");
        std::fs::create_dir(&at).unwrap();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "cannot mount a tmpfs (root, or CAP_SYS_ADMIN, is needed) under CI=true"
            );
            eprintln!("skipped: cannot mount a tmpfs to fill (needs root or CAP_SYS_ADMIN)");
            return None;
        }
        Some(Tmpfs(at))
    }

    /// Fills the disk, then frees `free` bytes of it.
    fn fill_leaving(&self, free: u64) {
        use std::io::Write;
        let path = self.0.join("filler");
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .unwrap();
        let block = vec![0u8; 4096];
        while f.write_all(&block).is_ok() {}
        let len = f.metadata().unwrap().len();
        f.set_len(len.saturating_sub(free)).unwrap();
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// A full disk gave exit 70 ("a bug") on every write; it is an I/O failure: 74, as the
/// README says, with words on what to do.
#[test]
fn a_full_disk_is_an_io_failure() {
    let env = TestEnv::new();
    let Some(disk) = Tmpfs::mount(&env, "2m") else {
        return;
    };
    let db = disk.0.join("register.db");
    let db = db.to_str().unwrap();
    env.ok(&["--db", db, "init"]);
    env.ok(&["--db", db, "config", "set", "commission-code", "JBI"]);
    disk.fill_leaving(32 * 1024);
    let add = [
        "--db",
        db,
        "case",
        "add",
        "--received",
        "2026-10-07",
        "--applicant",
        "Siti Aminah",
        "--applicant-kind",
        "individual",
        "--body",
        "RSUD",
        "--subject",
        "budget",
    ];
    let out = env.run(&add);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    error: the disk is full: nothing was written
    hint: free some space on the disk (or write to another) and run the command again
    [exit status: 74]
    "#);
    // A copy onto the full disk: the register is elsewhere, the target's disk is full.
    let elsewhere = TestEnv::initialised();
    let target = disk.0.join("copy.db");
    let out = elsewhere.run(&["backup", target.to_str().unwrap()]);
    assert_eq!(out.code, 74, "{}", out.snapshot());
    disk.fill_leaving(0);
    let out = elsewhere.run(&["export", "-o", disk.0.join("x.csv").to_str().unwrap()]);
    assert_eq!(out.code, 74, "{}", out.snapshot());
}

/// `recap check` took the same year twice (comparing and summing it twice), said a bad year
/// twice, and wrote every fault of a million rows: a year is refused the second time, a
/// bad one said once, and the faults past the first twenty counted.
#[test]
fn recap_check_refuses_a_year_twice_and_caps_its_faults() {
    let env = TestEnv::initialised();
    let file = write(&env, "p.csv", "year,entered\n2026,0\n2026,0\nabc,1\n");
    insta::assert_snapshot!(env.run(&["recap", "check", file]).snapshot(), @r#"
    ------- stderr -------
    error: p.csv: line 3: the year 2026 is on line 2 already; line 4, column 1 (year): 'abc' is not a year from 1900 to 9999
    hint: cells are whole numbers, or - for none
    [exit status: 3]
    "#);
    let mut many = String::from("year,entered\n2026,0\n");
    for _ in 0..10_000 {
        many.push_str("2026,0\n");
    }
    let file = write(&env, "many.csv", &many);
    let out = env.run(&["recap", "check", file]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(out.stderr.len() < 2_000, "{} bytes", out.stderr.len());
    assert!(out.stderr.contains("and 9980 more"), "{}", out.stderr);
}

/// A body renamed to a homoglyph of itself (a Cyrillic і in "Dinas") was taken, and the
/// next case naming the body as it reads made a second, identical-looking body. A name
/// keeps to one of the look-alike scripts, and is stored in NFKC: a full-width spelling
/// is the same body.
#[test]
fn a_body_name_is_one_script_and_nfkc() {
    let env = TestEnv::initialised();
    env.add("2026-10-07", "Siti Aminah", "Dinas Pendidikan");
    let out = env.run(&[
        "body",
        "rename",
        "Dinas Pendidikan",
        "--to",
        "D\u{456}nas Pendidikan",
    ]);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    error: --to: 'і' (U+0456) at character 2 is a letter of another script than the name's first letter (Latin, Greek and Cyrillic letters look alike)
    hint: type the name again in one script: a name that looks like another must be the same name
    [exit status: 3]
    "#);
    // Neither rename nor alias checked its text at all: an ESC went in.
    let out = env.run(&[
        "body",
        "alias",
        "Dinas Pendidikan",
        "--add",
        "Disdik\u{1b}[31m",
    ]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    let out = env.run(&[
        "body",
        "rename",
        "Dinas Pendidikan",
        "--to",
        "Disdik\u{1b}[31m",
    ]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    let out = env.run(&[
        "case",
        "add",
        "--received",
        "2026-10-08",
        "--applicant",
        "Budi",
        "--applicant-kind",
        "individual",
        "--body",
        "\u{ff24}\u{ff49}nas  Pendidikan",
        "--subject",
        "budget",
    ]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    insta::assert_snapshot!(env.ok(&["body", "list", "--format", "csv"]), @r#"
    name,kind,cases,aliases,merged
    Dinas Pendidikan,other,2,,
    "#);
}

/// `import --archive` read a line whole whatever its length (a 200 MB line used 826 MB),
/// refused an archive behind a byte-order mark as "not an archive", and a refused archive
/// named its head twice, or beside an empty one: lines are capped, a BOM is skipped, and
/// a refusal says what verify found or the two heads that differ.
#[test]
fn import_archive_caps_lines_skips_a_bom_and_says_why_once() {
    let env = TestEnv::initialised();
    env.add("2026-10-07", "Siti Aminah", "RSUD");
    env.ok(&["export", "--archive", "a.jsonl"]);
    let archive = std::fs::read_to_string(env.dir().join("a.jsonl")).unwrap();
    write(&env, "bom.jsonl", &format!("\u{feff}{archive}"));
    env.ok(&["--db", "bom.db", "import", "--archive", "bom.jsonl"]);
    let long = archive.replacen(
        "\"Siti Aminah\"",
        &format!("\"{}\"", "y".repeat(5 << 20)),
        1,
    );
    write(&env, "long.jsonl", &long);
    let out = env.run(&["--db", "long.db", "import", "--archive", "long.jsonl"]);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    error: long.jsonl: line 12: the line is longer than 4194304 bytes, longer than any row of a register
    hint: nothing was written; make the archive again with `sengketa export --archive`
    [exit status: 3]
    "#);
    let changed = archive.replacen("\"Siti Aminah\"", "\"Sita Aminah\"", 1);
    write(&env, "changed.jsonl", &changed);
    let out = env.run(&["--db", "changed.db", "import", "--archive", "changed.jsonl"]);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    act 3 (add by clerk, recorded 2026-11-29T08:00:00Z) does not match its hash: it, or a row it wrote, was changed after it was recorded
    error: changed.jsonl rebuilds a register that does not hold together (1 problem above): nothing was written
    hint: nothing was written; make the archive again with `sengketa export --archive`
    [exit status: 3]
    "#);
}

/// "1 rows": a count of one is said in the singular in English.
#[test]
fn one_is_singular() {
    let env = TestEnv::initialised();
    env.add("2026-10-07", "Siti Aminah", "RSUD");
    let file = write(
        &env,
        "h.csv",
        &format!(
            "{HEARINGS_HEADER}001/X/KI-JBI-PS/2026,1,verdict,2026-11-05,2026-11-05,,,,held,present,present,\n"
        ),
    );
    let out = env.run(&["hearings", "import", "--dry-run", file]);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    1 row of h.csv is valid; nothing was written (--dry-run)
    [exit status: 0]
    "#);
}

/// `report -o` into a missing folder said exit 74 with the path of a temporary file the
/// user never named; `SENGKETA_NOW` of the year 0000 was taken and stamped on acts.
#[test]
fn a_missing_folder_and_a_year_0000_are_said_plainly() {
    let env = TestEnv::initialised();
    env.add("2026-10-07", "Siti Aminah", "RSUD");
    let out = env.run(&["report", "-o", "nowhere/r.html"]);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    error: cannot write nowhere/r.html: there is no folder nowhere
    hint: make the folder first, or name a file in a folder that exists
    [exit status: 3]
    "#);
    let out = env.run(&["backup", "nowhere/copy.db"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    let mut cmd = env.command();
    cmd.env("SENGKETA_NOW", "0000-01-01T00:00:00Z")
        .args(["case", "list"]);
    insta::assert_snapshot!(env.run_command(cmd).snapshot(), @r#"
    ------- stderr -------
    error: SENGKETA_NOW: '0000-01-01T00:00:00Z' is not a UTC time (the year 0 is outside 1900-9999)
    hint: set it to a UTC time such as 2019-12-31T08:00:00Z, or unset it
    [exit status: 2]
    "#);
}

/// `calendar import` had no `--dry-run`, which every other import has: a decree's file
/// could only be checked by importing it. Checked now, and nothing written.
#[test]
fn calendar_import_has_a_dry_run() {
    let env = TestEnv::initialised();
    let file = write(
        &env,
        "skb-2030.csv",
        "date,kind,name_id,name_en,source\n\
         2030-01-01,public_holiday,Tahun Baru 2030,New Year 2030,SKB 2029\n\
         2030-01-02,collective_leave,Cuti bersama,Collective leave,SKB 2029\n",
    );
    let before = env.contents();
    let out = env.run(&["calendar", "import", "--dry-run", file]);
    insta::assert_snapshot!(out.snapshot(), @r"
    ------- stderr -------
    2 rows of skb-2030.csv are valid; nothing was written (--dry-run)
    [exit status: 0]
    ");
    assert_eq!(env.contents(), before, "--dry-run wrote");
    // A bad row is reported as the import reports it, and nothing is written either.
    let bad = write(
        &env,
        "bad.csv",
        "date,kind,name_id,name_en,source\n2030-13-01,public_holiday,x,x,x\n",
    );
    let out = env.run(&["calendar", "import", "--dry-run", bad]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert_eq!(env.contents(), before);
    env.ok(&["calendar", "import", file]);
    assert_ne!(env.contents(), before, "the import itself wrote nothing");
}

/// `appeal import` took a file giving one case's level twice: the second row was taken
/// silently (a service alone) or refused as if the register, not the file, held the first.
/// A case's level, and its service alone, are one row of a file: the second is refused
/// with the line of the first.
#[test]
fn appeal_import_refuses_a_repeated_row_with_both_lines() {
    let env = TestEnv::initialised();
    for (received, qualified, decided) in [
        ("2026-01-05", "2026-01-12", "2026-05-20"),
        ("2026-02-05", "2026-02-12", "2026-06-19"),
    ] {
        let no = env.add(received, "Siti Aminah", "RSUD");
        env.ok(&["case", "qualify", &no, "--on", qualified]);
        let via = [
            "--via",
            "adjudication",
            "--outcome",
            "granted",
            "--on",
            decided,
        ];
        env.ok(&[&["case", "decide", &no][..], &via[..]].concat());
    }
    let file = write(
        &env,
        "appeals.csv",
        "register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome\n\
         001/I/KI-JBI-PS/2026,2026-05-22,first_instance,ptun,respondent,2026-06-01,,,\n\
         002/II/KI-JBI-PS/2026,2026-06-22,,,,,,,\n\
         001/I/KI-JBI-PS/2026,2026-05-22,first_instance,ptun,respondent,2026-06-01,,,\n\
         002/II/KI-JBI-PS/2026,2026-06-22,,,,,,,\n",
    );
    let before = env.contents();
    let out = env.run(&["appeal", "import", file]);
    assert_eq!(env.contents(), before);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    line 4, column 3 (level): "first_instance": this case's appeal at first_instance is already on line 2: one row a level
    line 5, column 1 (register_no): "002/II/KI-JBI-PS/2026": this case's service alone is already on line 3: one row for it
    error: 2 of 4 rows of appeals.csv are invalid; nothing was imported
    hint: correct the rows listed above and import the whole file again
    [exit status: 3]
    "#);
}

/// An unterminated quote made the reader take the rest of the file for one cell, and the
/// row was blamed on its width, at column 1. The quote is named where it opens.
#[test]
fn an_unterminated_quote_is_named_where_it_opens() {
    let env = TestEnv::initialised();
    env.ok(&["export", "-o", "cases.csv"]);
    let file = write(
        &env,
        "quote.csv",
        &format!(
            "{}\n,2026-10-07,\"Siti Aminah,individual,RSUD,Anggaran,,,,,,,,\n,2026-10-08,Budi,individual,RSUD,Anggaran,,,,,,,,\n",
            std::fs::read_to_string(env.dir().join("cases.csv"))
                .unwrap()
                .lines()
                .next()
                .unwrap()
        ),
    );
    let before = env.contents();
    let out = env.run(&["import", file]);
    assert_eq!(env.contents(), before);
    insta::assert_snapshot!(out.snapshot(), @r#"
    ------- stderr -------
    error: quote.csv: the quoted cell that opens on line 2, column 3 is never closed: the rest of the file would be read as that one cell
    hint: close the quote, or write a quote inside a quoted cell twice ("")
    [exit status: 3]
    "#);
}

/// Renaming through a merged name renamed the body it was merged into, under a name the
/// clerk did not give it by; and a rename onto a merged name was refused with the advice
/// to merge what is merged already. Both are refused, saying which body the name leads to.
#[test]
fn a_rename_through_or_onto_a_merged_name_is_refused() {
    let env = TestEnv::initialised();
    env.add("2026-10-07", "Siti Aminah", "Dinas PU Muaro Jambi");
    env.add("2026-10-08", "Budi", "DPUPR Muaro Jambi");
    env.add("2026-10-09", "Rina", "Bappeda");
    env.ok(&[
        "body",
        "merge",
        "Dinas PU Muaro Jambi",
        "--into",
        "DPUPR Muaro Jambi",
        "--yes",
    ]);
    let through = refused(
        &env,
        &[
            "body",
            "rename",
            "Dinas PU Muaro Jambi",
            "--to",
            "Dinas PUPR",
        ],
        3,
    );
    let onto_own = refused(
        &env,
        &[
            "body",
            "rename",
            "DPUPR Muaro Jambi",
            "--to",
            "dinas pu muaro jambi",
        ],
        3,
    );
    let onto_other = refused(
        &env,
        &["body", "rename", "Bappeda", "--to", "Dinas PU Muaro Jambi"],
        3,
    );
    insta::assert_snapshot!(format!("{through}{onto_own}{onto_other}"), @r#"
    $ sengketa body rename 'Dinas PU Muaro Jambi' --to 'Dinas PUPR'
    ------- stderr -------
    error: Dinas PU Muaro Jambi was merged into DPUPR Muaro Jambi: a rename through it would rename DPUPR Muaro Jambi
    hint: to rename DPUPR Muaro Jambi, name it: `sengketa body rename "DPUPR Muaro Jambi" --to ...`
    [exit status: 3]
    $ sengketa body rename 'DPUPR Muaro Jambi' --to 'dinas pu muaro jambi'
    ------- stderr -------
    error: Dinas PU Muaro Jambi is the name of a body merged into DPUPR Muaro Jambi: it already leads there
    hint: a merged body keeps its name for the files that still spell it; give another name
    [exit status: 3]
    $ sengketa body rename Bappeda --to 'Dinas PU Muaro Jambi'
    ------- stderr -------
    error: Dinas PU Muaro Jambi is the name of a body merged into DPUPR Muaro Jambi: it already leads there
    hint: a merged body keeps its name for the files that still spell it; give another name
    [exit status: 3]
    "#);
    // The body itself, named by its own name, is renamed as before.
    env.ok(&["body", "rename", "DPUPR Muaro Jambi", "--to", "Dinas PUPR"]);
}

/// A deadline past 9999-12-31 was shown as 9999-12-31, a day it is not. It is said to be
/// beyond the calendar: in words on the case's screen, `>9999-12-31` in its data.
#[test]
fn a_deadline_past_the_calendar_is_not_shown_as_a_date() {
    let env = TestEnv::initialised();
    let at_the_end = |args: &[&str]| {
        let mut cmd = env.command();
        cmd.env("SENGKETA_TODAY", "9999-12-10").args(args);
        env.run_command(cmd)
    };
    let out = at_the_end(&[
        "case",
        "add",
        "--received",
        "9999-12-01",
        "--applicant",
        "Siti Aminah",
        "--body",
        "RSUD",
        "--subject",
        "Anggaran",
    ]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let show = at_the_end(&["case", "show", "9999/1"]);
    let deadlines: String = show
        .stdout
        .lines()
        .filter(|l| l.starts_with("Start by") || l.starts_with("Finish by"))
        .map(|l| format!("{l}\n"))
        .collect();
    insta::assert_snapshot!(deadlines, @r#"
    Start by           9999-12-21: 7 working days left
    Finish by          beyond the calendar (after 9999-12-31)
    "#);
    let csv = at_the_end(&["case", "list", "--format", "csv"]).stdout;
    assert!(csv.contains(",>9999-12-31,"), "{csv}");
    assert!(!csv.contains(",9999-12-31,"), "{csv}");
    let json = at_the_end(&["case", "show", "9999/1", "--format", "json"]).stdout;
    assert!(json.contains("\">9999-12-31\""), "{json}");
    // A span of working days past the calendar was "not a date", with advice on how to
    // write dates: it is said to fall past the calendar's last day.
    let list = at_the_end(&["case", "list", "--due-within", "30"]);
    let agenda = at_the_end(&["agenda", "--days", "30"]);
    insta::assert_snapshot!(format!("{}{}", list.snapshot(), agenda.snapshot()), @r#"
    ------- stderr -------
    error: 9999-12-10 + 30 working days falls after 9999-12-31, the calendar's last day
    hint: give fewer working days, or an earlier date
    [exit status: 3]
    ------- stderr -------
    error: 9999-12-10 + 30 working days falls after 9999-12-31, the calendar's last day
    hint: give fewer working days, or an earlier date
    [exit status: 3]
    "#);
}

/// `verify` held the calendar's whole history, its days and their replay in memory at
/// once, as strings (635 MB for a million days). It streams them now, holding a digest a
/// day: the peak memory of a `verify` grows little with the calendar. Measured at 25,000
/// days: the strings took some 635 bytes a day (16 MB here), the digests take some 90
/// (2.7 MB); the bound, 6 MB, is the 24 MB once allowed for 100,000 days, cut in
/// proportion (a quarter of the days import and verify in a third of the time).
#[test]
fn verify_reads_a_large_calendar_in_little_memory() {
    let Some(time) = crate::common::require_tool("time", "time") else {
        return;
    };
    const DAYS: i32 = 25_000;
    let env = TestEnv::initialised();
    let peak_kb = |env: &TestEnv| -> u64 {
        let mut cmd = std::process::Command::new(&time);
        let inner = env.command();
        cmd.env_clear()
            .arg("-f")
            .arg("peak %M")
            .arg(inner.get_program())
            .args(inner.get_args())
            .envs(inner.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .current_dir(env.dir())
            .arg("verify");
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        err.lines()
            .find_map(|l| l.strip_prefix("peak "))
            .and_then(|k| k.trim().parse().ok())
            .unwrap_or_else(|| panic!("no peak in {err}"))
    };
    let small = peak_kb(&env);
    let first = sengketa::domain::Date::parse("1900-01-01")
        .unwrap()
        .day_number();
    let mut csv = String::from("date,kind,name_id,name_en,source\n");
    for n in 0..DAYS {
        let day = sengketa::domain::Date::from_day_number(first + n).unwrap();
        csv.push_str(&format!(
            "{day},office_closure,Kantor tutup {n},Office closed {n},Uji {n}\n"
        ));
    }
    let file = write(&env, "days.csv", &csv);
    env.ok(&["calendar", "import", file]);
    let large = peak_kb(&env);
    let grown_mb = large.saturating_sub(small) / 1024;
    assert!(
        grown_mb < 6,
        "verify's peak grew by {grown_mb} MB with {DAYS} calendar days ({small} kB -> {large} kB)"
    );
}
