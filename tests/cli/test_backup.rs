//! `backup` (a consistent copy while clerks write, checked before it is
//! kept), the archive (`export --archive` / `import --archive`: the same head), `export
//! --redact`; and `verify` in one snapshot while clerks write.

use crate::common::{COLUMNS, TestEnv, write};
use std::process::{Child, Command, Stdio};

/// A register with hearings, calendar changes, settings, corrections and undos.
fn busy_register() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    env.add("2017-03-03", "Siti Aminah", "Bappeda");
    env.add("2017-03-04", "budi  santoso", "Bappeda");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    env.ok(&[
        "hearing",
        "schedule",
        "2017/1",
        "--kind",
        "preliminary",
        "--on",
        "2017-03-20",
    ]);
    env.ok(&[
        "hearing",
        "postpone",
        "2017/1",
        "1",
        "--to",
        "2026-12-02",
        "--reason",
        "absent panel",
    ]);
    env.ok(&[
        "hearing",
        "schedule",
        "2017/1",
        "--kind",
        "mediation",
        "--on",
        "2026-12-09",
        "--at",
        "10:00",
    ]);
    env.ok(&["hearing", "cancel", "2017/1", "2", "--reason", "mistake"]);
    env.ok(&[
        "case",
        "undo",
        "2017/1",
        "--reason",
        "cancelled the wrong hearing",
    ]);
    env.ok(&[
        "case",
        "edit",
        "2017/2",
        "--applicant",
        "Siti Aminah S.",
        "--note",
        "typo",
    ]);
    env.ok(&[
        "calendar",
        "add",
        "2017-04-03",
        "--kind",
        "office-closure",
        "--name",
        "Tutup",
    ]);
    env.ok(&[
        "calendar",
        "remove",
        "2017-04-03",
        "--reason",
        "opened after all",
    ]);
    env.ok(&["config", "set", "collective-leave", "working"]);
    env.ok(&[
        "case",
        "reject",
        "2017/3",
        "--reason",
        "late",
        "--on",
        "2017-03-10",
    ]);
    env.ok(&["case", "undo", "2017/3", "--reason", "not late"]);
    env
}

fn head(env: &TestEnv) -> String {
    env.ok(&["verify", "--head"])
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_backup_is_checked_owner_only_and_never_overwrites_unasked() {
    let env = busy_register();
    let out = env.run(&["backup", "copy.db"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let short = head(&env).lines().next().unwrap().to_string();
    assert_eq!(
        out.stdout,
        format!("backed up to copy.db and checked: 3 cases, head {short}\n")
    );
    let copy = env.dir().join("copy.db");
    #[cfg(unix)]
    assert_eq!(mode(&copy), 0o600);
    // No leftovers beside it: the copy is whole in its one file.
    let names: Vec<String> = std::fs::read_dir(env.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("register.db"))
        .collect();
    assert_eq!(names, ["copy.db"]);
    let out = env.run(&["--db", copy.to_str().unwrap(), "verify", "--head"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(out.stdout, head(&env));

    let before = std::fs::read(&copy).unwrap();
    let out = env.run(&["backup", "copy.db"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert_eq!(
        out.stderr,
        "error: copy.db exists: nothing was written\nhint: name another file, or give --force to replace it\n"
    );
    assert_eq!(std::fs::read(&copy).unwrap(), before);
    // The copy used as a register keeps a WAL of its last step; replaced, it goes.
    let copy_s = copy.to_str().unwrap();
    for args in [
        &["--db", copy_s, "config", "set", "timezone", "WIT"][..],
        &["--db", copy_s, "config", "set", "timezone", "WIB"],
    ] {
        assert_eq!(env.run(args).code, 0);
    }
    assert!(env.dir().join("copy.db-wal").exists());
    env.add("2017-05-05", "Andi", "Dinas Kesehatan");
    let out = env.run(&["backup", "copy.db", "--force"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(out.stdout.contains("4 cases"), "{}", out.stdout);
    assert!(!env.dir().join("copy.db-wal").exists());
    let out = env.run(&["--db", copy_s, "verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());

    // The register itself, its WAL file, or a link to it: never.
    let db = env.db().to_str().unwrap().to_string();
    std::os::unix::fs::symlink(env.db(), env.dir().join("link.db")).unwrap();
    for target in [db.clone(), format!("{db}-wal"), "link.db".into()] {
        let out = env.run(&["backup", &target, "--force"]);
        assert_eq!(out.code, 3, "{target}: {}", out.snapshot());
        assert!(
            out.stderr.contains("is the register itself"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// A backup whose copy does not verify is not kept.
#[test]
fn a_backup_of_a_damaged_register_is_not_kept() {
    let env = busy_register();
    let out = env.sqlite("UPDATE cases SET subject = 'changed' WHERE id = 1");
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let out = env.run(&["backup", "copy.db"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(
        out.stderr.contains("the copy does not hold together"),
        "{}",
        out.stderr
    );
    assert!(!env.dir().join("copy.db").exists());
}

#[test]
fn an_archive_rebuilds_a_register_with_the_same_head() {
    let env = busy_register();
    env.ok(&["export", "--archive", "register.jsonl"]);
    let archive = env.dir().join("register.jsonl");
    #[cfg(unix)]
    assert_eq!(mode(&archive), 0o600);
    let text = std::fs::read_to_string(&archive).unwrap();
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with(&format!(
            r#"{{"format":"sengketa-archive","version":1,"schema_version":{},"head":""#,
            sengketa::storage::SCHEMA_VERSION
        )),
        "{first}"
    );
    assert_eq!(
        text.lines().last().unwrap(),
        format!(
            r#"{{"end":"sengketa-archive","rows":{}}}"#,
            text.lines().filter(|l| l.starts_with('[')).count()
        )
    );
    // Into a new register: the same head, the same cases, the same archive again.
    let restored = env.dir().join("restored.db");
    let r = restored.to_str().unwrap();
    let out = env.run(&["--db", r, "import", "--archive", "register.jsonl"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(out.stdout, "");
    #[cfg(unix)]
    assert_eq!(mode(&restored), 0o600);
    let theirs = env.run(&["--db", r, "verify", "--head"]);
    assert_eq!(theirs.stdout, head(&env));
    for args in [
        &["case", "show", "2017/1"][..],
        &["case", "list", "--format", "csv"],
        &["calendar", "list", "--year", "2017"],
    ] {
        let mut a = vec!["--db", r];
        a.extend_from_slice(args);
        assert_eq!(env.ok(&a), env.ok(args), "{args:?}");
    }
    let out = env.run(&["--db", r, "export", "--archive", "-"]);
    assert_eq!(out.stdout, text);
    // The rebuilt register goes on like the first.
    let mut a = vec!["--db", r];
    a.extend_from_slice(&["case", "qualify", "2017/2", "--on", "2017-03-09"]);
    env.ok(&a);
    assert_eq!(env.run(&["--db", r, "verify"]).code, 0);

    // Only into a new register.
    let out = env.run(&["import", "--archive", "register.jsonl"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(out.stderr.contains("is not empty"), "{}", out.stderr);
}

#[test]
fn a_damaged_archive_is_refused_and_nothing_written() {
    let env = busy_register();
    let text = env.ok(&["export", "--archive", "-"]);
    let cut: String = text.lines().take(40).map(|l| format!("{l}\n")).collect();
    // An applicant changed in the archive: the rebuilt chain does not hold.
    let forged = text.replacen("\"Budi Santoso\"", "\"Someone Else\"", 1);
    assert_ne!(forged, text);
    for (name, body, expected) in [
        ("cut.jsonl", cut, "the archive ends before its last line"),
        (
            "forged.jsonl",
            forged,
            "rebuilds a register that does not hold together",
        ),
        (
            "not.jsonl",
            "register_no,received_on\n".to_string(),
            "not a sengketa archive",
        ),
    ] {
        let file = write(&env, name, &body);
        let out = env.run(&["--db", "new.db", "import", "--archive", file]);
        assert_eq!(out.code, 3, "{name}: {}", out.snapshot());
        assert!(out.stderr.contains(expected), "{name}: {}", out.stderr);
        assert!(!env.dir().join("new.db").exists(), "{name}");
    }
    let out = env.run(&["export", "--archive", "a.jsonl", "--redact"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
}

#[test]
fn redact_gives_each_applicant_one_pseudonym_in_order_of_appearance() {
    let env = busy_register();
    env.add("2018-01-02", "Budi Santoso", "Dinas Kesehatan");
    let csv = env.ok(&["export", "--redact"]);
    let applicants: Vec<String> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(2).unwrap().to_string())
        .collect();
    // Budi, Siti (corrected), budi (the same, up to case and spaces), Budi again in 2018.
    assert_eq!(
        applicants,
        ["Pemohon-001", "Pemohon-002", "Pemohon-001", "Pemohon-001"]
    );
    assert!(!csv.contains("Budi") && !csv.contains("Siti"), "{csv}");
    // The rest is the export as it is.
    let plain = env.ok(&["export"]);
    let strip = |s: &str| -> Vec<String> {
        s.lines()
            .map(|l| {
                let mut f: Vec<&str> = l.split(',').collect();
                f.remove(2);
                f.join(",")
            })
            .collect()
    };
    assert_eq!(strip(&csv), strip(&plain));
    let json: Vec<serde_json::Value> =
        serde_json::from_str(&env.ok(&["export", "--redact", "--format", "json"])).unwrap();
    let names: Vec<&str> = json
        .iter()
        .map(|c| c["applicant"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Pemohon-001", "Pemohon-002", "Pemohon-001", "Pemohon-001"]
    );
}

/// A CSV of `n` cases for `import`, received over 2016.
fn import_file(env: &TestEnv, n: usize) -> &'static str {
    let mut s = COLUMNS.join(",") + "\n";
    for i in 0..n {
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        s += &format!(
            ",2016-{month:02}-{day:02},Imported {i},individual,Dinas {},Subjek,,,,,,,,,\n",
            i % 7
        );
    }
    write(env, "big.csv", &s)
}

fn spawn(env: &TestEnv, args: &[&str]) -> Child {
    let mut cmd: Command = env.command();
    cmd.args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sengketa starts")
}

/// A backup taken while an import runs and a clerk adds cases is
/// a register that verifies, with the import wholly in it or not at all; and `verify`
/// meanwhile never reports false damage.
#[test]
fn backups_and_verify_while_clerks_write() {
    let env = TestEnv::initialised();
    const IMPORTED: usize = 20_000;
    let file = import_file(&env, IMPORTED);
    let mut import = spawn(&env, &["import", file]);
    let adds = {
        let db = env.db().to_path_buf();
        let mut cmd = env.command();
        // A clerk's add waits for the import's transaction to end.
        cmd.env("SENGKETA_DB", db)
            .env("SENGKETA_BUSY_TIMEOUT_MS", "600000");
        std::thread::spawn(move || {
            let mut n = 0;
            for i in 0..40 {
                let out = Command::new(env!("CARGO_BIN_EXE_sengketa"))
                    .envs(cmd.get_envs().filter_map(|(k, v)| Some((k, v?))))
                    .args(["case", "add", "--received", "2017-03-02", "--applicant"])
                    .arg(format!("Clerk case {i}"))
                    .args(["--body", "Bappeda", "--subject", "RKA"])
                    .output()
                    .unwrap();
                assert!(out.status.success(), "{out:?}");
                n += 1;
            }
            n
        })
    };
    let mut copies = 0;
    let mut during = 0;
    while copies < 6 {
        let name = format!("copy-{copies}.db");
        let out = env.run(&["backup", &name]);
        assert_eq!(out.code, 0, "{}", out.snapshot());
        let out = env.run(&["--db", &name, "verify"]);
        assert_eq!(
            out.code,
            0,
            "the copy {name} does not verify:\n{}",
            out.snapshot()
        );
        let imported = env.run(&[
            "--db", &name, "case", "list", "--year", "2016", "--format", "csv",
        ]);
        let rows = imported.stdout.lines().count().saturating_sub(1);
        assert!(
            rows == 0 || rows == IMPORTED,
            "{name}: {rows} imported cases"
        );
        let out = env.run(&["verify"]);
        assert_eq!(
            out.code,
            0,
            "verify while clerks write:\n{}",
            out.snapshot()
        );
        if import.try_wait().unwrap().is_none() {
            during += 1;
        }
        copies += 1;
    }
    let status = import.wait().unwrap();
    assert!(status.success());
    assert_eq!(adds.join().unwrap(), 40);
    assert!(during > 0, "no backup was taken while the import ran");
    let out = env.run(&["backup", "last.db"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stdout.contains(&format!("{} cases", IMPORTED + 40)),
        "{}",
        out.stdout
    );
}
