//! The files sengketa writes. No output path may be the register, its
//! `-wal` or its `-shm`; an output file is written whole (a temporary file in the same
//! folder, renamed into place) and readable by its owner only, a symbolic link is never
//! followed, and the files and folders `init` makes are the owner's only.

use crate::common::TestEnv;
use std::os::unix::fs::PermissionsExt;

fn mode(p: &std::path::Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
}

/// The files of the test's folder, but the register's own.
fn others(env: &TestEnv) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(env.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("register.db"))
        .collect();
    names.sort();
    names
}

/// Regression, the worst kind: `export -o` naming the register truncated it to a CSV
/// header.
#[test]
fn no_output_path_is_the_register() {
    let env = TestEnv::initialised();
    env.add("2026-01-05", "Budi", "Dinas");
    env.ok(&[
        "hearing",
        "schedule",
        "2026/1",
        "--on",
        "2026-12-01",
        "--kind",
        "preliminary",
    ]);
    let before = env.contents();
    std::fs::create_dir(env.dir().join("sub")).unwrap();
    std::fs::hard_link(env.db(), env.dir().join("alias.db")).unwrap();
    for target in [
        "register.db",
        "register.db-wal",
        "register.db-shm",
        "./sub/../register.db",
        "alias.db",
    ] {
        for args in [
            &["export", "-o", target][..],
            &["export", "--format", "json", "-o", target][..],
            &["hearings", "export", "-o", target][..],
            &["agenda", "--format", "ics", "-o", target][..],
        ] {
            let out = env.run(args);
            assert_eq!(out.code, 3, "{args:?}: {}", out.snapshot());
            assert!(out.stderr.contains("register"), "{args:?}: {}", out.stderr);
            assert_eq!(env.contents(), before, "{args:?} changed the register");
        }
    }
    let out = env.run(&["export", "-o", "register.db"]);
    insta::assert_snapshot!(out.snapshot(), @"
    ------- stderr -------
    error: register.db is the register (or a file SQLite keeps beside it): an output file may not replace it
    hint: name another file for the output; the register was not touched
    [exit status: 3]
    ");
    assert_eq!(others(&env), ["alias.db", "sub"]);
}

/// Regression: `export -o` onto an existing 0644 file kept 0644, and followed a symlink.
#[test]
fn output_files_are_private_whole_and_never_through_a_link() {
    let env = TestEnv::initialised();
    // Some 200 KB of export: more than the file size limit below (64 or 128 KB, as the
    // shell counts ulimit's blocks), which leaves room for the register's -shm (32 KB).
    let mut rows = crate::common::COLUMNS.join(",") + "\n";
    for i in 0..2000 {
        rows +=
            &format!(",2026-01-05,Pemohon nomor {i},individual,Dinas Pendidikan,RKA,,,,,,,,,\n");
    }
    crate::common::write(&env, "cases.csv", &rows);
    env.ok(&["import", "cases.csv"]);
    std::fs::remove_file(env.dir().join("cases.csv")).unwrap();
    let csv = env.dir().join("out.csv");
    std::fs::write(&csv, "old\n").unwrap();
    std::fs::set_permissions(&csv, std::fs::Permissions::from_mode(0o644)).unwrap();
    env.ok(&["export", "-o", "out.csv"]);
    assert_eq!(mode(&csv), 0o600);
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), env.ok(&["export"]));
    for args in [
        &["hearings", "export", "-o", "h.csv"][..],
        &["agenda", "--format", "ics", "-o", "a.ics"][..],
    ] {
        env.ok(args);
        assert_eq!(
            mode(&env.dir().join(args[args.len() - 1])),
            0o600,
            "{args:?}"
        );
    }

    // A link is not followed: what it points at stays as it was.
    let target = env.dir().join("elsewhere.txt");
    std::fs::write(&target, "keep me\n").unwrap();
    std::os::unix::fs::symlink(&target, env.dir().join("link.csv")).unwrap();
    let out = env.run(&["export", "-o", "link.csv"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me\n");
    assert!(
        std::fs::symlink_metadata(env.dir().join("link.csv"))
            .unwrap()
            .is_symlink()
    );

    // A full disk (here: a file size limit) leaves the old file and no temporary one.
    let before = others(&env);
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"trap "" XFSZ; ulimit -f 128; exec "$0" export -o out.csv"#)
        .arg(env!("CARGO_BIN_EXE_sengketa"))
        .envs(env.command().get_envs().filter_map(|(k, v)| Some((k, v?))))
        .current_dir(env.dir())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(74), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("error: "),
        "{out:?}"
    );
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), env.ok(&["export"]));
    assert_eq!(others(&env), before);
}

/// Regression: `init` on an existing empty 0644 file left it 0644; under umask 000 it made
/// its folders 0777.
#[test]
fn init_makes_private_files_and_folders() {
    let env = TestEnv::new();
    std::fs::write(env.db(), "").unwrap();
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o644)).unwrap();
    env.ok(&["init"]);
    assert_eq!(mode(env.db()), 0o600);

    let deep = env.dir().join("a/b/register.db");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"umask 000; exec "$0" --db "$1" init"#)
        .arg(env!("CARGO_BIN_EXE_sengketa"))
        .arg(&deep)
        .envs(env.command().get_envs().filter_map(|(k, v)| Some((k, v?))))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(mode(&env.dir().join("a")), 0o700);
    assert_eq!(mode(&env.dir().join("a/b")), 0o700);
    assert_eq!(mode(&deep), 0o600);
    // The journal files SQLite makes beside it take the register's mode.
    let mut cmd = env.command();
    cmd.arg("--db").arg(&deep).args(["case", "list"]);
    env.run_command(cmd);
    for f in std::fs::read_dir(env.dir().join("a/b")).unwrap() {
        let p = f.unwrap().path();
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
}

/// `man --dir` into the register's folder never writes over the register.
#[test]
fn man_pages_are_written_whole_beside_the_register() {
    let env = TestEnv::new();
    let db = env.dir().join("sengketa.1");
    let mut cmd = env.command();
    cmd.arg("--db").arg(&db).arg("init");
    assert_eq!(env.run_command(cmd).code, 0);
    let bytes = std::fs::read(&db).unwrap();
    let mut cmd = env.command();
    cmd.arg("--db").arg(&db).args(["man", "--dir", "."]);
    let out = env.run_command(cmd);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert_eq!(std::fs::read(&db).unwrap(), bytes);
    env.ok(&["man", "--dir", "pages"]);
    let page = env.dir().join("pages/sengketa-case-add.1");
    assert!(std::fs::read_to_string(page).unwrap().contains(".TH"));
}
