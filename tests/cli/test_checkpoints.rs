//! Signed checkpoints: `key generate`, `verify --head --sign` (checked by the minisign
//! tool itself), `verify --checkpoints`; a history recomputed behind a checkpoint, a
//! checkpoint deleted or edited with the sqlite3 shell, a wrong key: each caught.

use crate::common::{Output, TestEnv};
use std::path::Path;
use std::process::Command;

/// Runs `sql` in the sqlite3 shell with the named triggers dropped, then puts them back.
fn forge(env: &TestEnv, triggers: &[&str], sql: &str) {
    let saved: Vec<String> = triggers
        .iter()
        .map(|t| {
            let out = env.sqlite(&format!(
                "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = '{t}'"
            ));
            assert!(!out.stdout.trim().is_empty(), "no trigger {t}");
            out.stdout.trim().to_string() + ";"
        })
        .collect();
    let drops: String = triggers
        .iter()
        .map(|t| format!("DROP TRIGGER {t};"))
        .collect();
    let script = format!("{drops}{sql};{}", saved.join("\n"));
    let out = env.sqlite(&script);
    assert_eq!(out.code, 0, "{script}\n{}", out.snapshot());
}

/// A register with a few acts (1 calendar_seed, 2 config, 3 add, 4 add, 5 qualify) and
/// a key pair without a password in `keys/`.
fn register() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2017-03-02", "Budi Santoso", "Dinas Pendidikan");
    env.add("2017-03-03", "Siti Aminah", "Bappeda");
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-06-20"]);
    env.ok(&["key", "generate", "--out", "keys", "--unencrypted"]);
    env
}

/// Signs the head; returns the printed checkpoint (text, then signature).
fn sign(env: &TestEnv) -> String {
    let out = env.run(&["verify", "--head", "--sign", "keys/sengketa.key"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stderr.contains("checkpoint of head "),
        "{}",
        out.snapshot()
    );
    out.stdout
}

fn has(out: &Output, text: &str) {
    assert!(
        out.stdout.contains(text) || out.stderr.contains(text),
        "missing {text:?} in:\n{}",
        out.snapshot()
    );
}

/// Whether the minisign tool is there; without it a test skips, except under CI, where
/// it fails (.ci/run installs it).
fn minisign_present() -> bool {
    let found = Command::new("minisign").arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "minisign is missing under CI: .ci/run installs it (apt-get install minisign)"
        );
        eprintln!("skipped: minisign is not installed (apt-get install minisign)");
    }
    found
}

#[test]
fn a_printed_checkpoint_is_checked_by_minisign_itself() {
    let env = register();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &str| {
            std::fs::metadata(env.dir().join(p))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(
            mode("keys/sengketa.key"),
            0o600,
            "the secret key is owner-only"
        );
        assert_eq!(mode("keys/sengketa.pub"), 0o644);
    }
    let printed = sign(&env);
    let (text, signature) =
        printed.split_at(printed.find("untrusted comment: ").expect("a signature"));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "sengketa checkpoint v1", "{printed}");
    assert_eq!(lines[1], "commission: JBI");
    assert!(lines[2].starts_with("head: 5:"), "{printed}");
    assert_eq!(lines[3], "time: 2026-11-29T08:00:00Z");
    // The head signed is the one `verify --head` printed before the checkpoint's own act.
    let hash = env
        .sqlite("SELECT hash FROM act_hashes WHERE act_id = 5")
        .stdout;
    assert_eq!(lines[2], format!("head: 5:{}", hash.trim()));
    assert_eq!(
        env.sqlite("SELECT id, command FROM acts WHERE id > 5")
            .stdout,
        "6|checkpoint\n"
    );
    let out = env.run(&["verify", "--checkpoints", "keys/sengketa.pub"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    has(&out, "1 checkpoint signed by key ");
    has(&out, "the latest names head 5:");

    std::fs::write(env.dir().join("cp"), text).unwrap();
    std::fs::write(env.dir().join("cp.minisig"), signature).unwrap();
    if !minisign_present() {
        return;
    }
    let minisign = |file: &str| {
        Command::new("minisign")
            .args(["-V", "-m", file, "-p", "keys/sengketa.pub"])
            .current_dir(env.dir())
            .output()
            .expect("minisign runs")
    };
    let out = minisign("cp");
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("commission=JBI head=5:"), "{said}");
    // The tool's check can fail: a changed checkpoint is refused.
    std::fs::write(
        env.dir().join("cp2"),
        text.replace("commission: JBI", "commission: KIP"),
    )
    .unwrap();
    std::fs::copy(env.dir().join("cp.minisig"), env.dir().join("cp2.minisig")).unwrap();
    assert!(!minisign("cp2").status.success(), "a changed text verified");
}

/// The forger who recomputes the chain after an edit: `verify --repair`, run on a
/// history whose hashes were deleted from the edited act on, hashes every act again with
/// the crate's own hashing. The chain then holds together, but not through the signed
/// head.
#[test]
fn a_history_hashed_again_behind_a_checkpoint_is_caught() {
    let env = register();
    sign(&env);
    env.ok(&["config", "set", "collective-leave", "working"]);
    forge(
        &env,
        &["events_append_only_update", "act_hashes_append_only_delete"],
        "UPDATE events SET on_date = '2017-06-19' WHERE case_id = 1 AND seq = 2;
         UPDATE cases SET qualified_on = '2017-06-19' WHERE id = 1;
         DELETE FROM act_hashes WHERE act_id >= 5",
    );
    let out = env.run(&["verify", "--repair"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    // Before the repair, the head cannot be proved; after it, one problem is left.
    has(&out, "(head 5:");
    has(
        &out,
        "cannot be proved: an act up to act 5 no longer matches its hash",
    );
    has(&out, "repaired: acts 5-7 had no hash and were sealed");
    has(&out, "1 problem is left");
    has(
        &out,
        "hint: the history behind a signed checkpoint was changed",
    );
    // Every later verify says what it is, with the key or without it.
    for args in [
        &["verify"][..],
        &["verify", "--checkpoints", "keys/sengketa.pub"][..],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 1, "{}", out.snapshot());
        has(
            &out,
            "the chain no longer passes through the checkpoint recorded by act 6 (head 5:",
        );
        has(&out, "after 5 acts it now hashes to ");
        has(
            &out,
            "the history up to there was rewritten and hashed again",
        );
        // No act fails its hash: the chain itself holds together.
        assert!(
            !out.stdout.contains("does not match its hash"),
            "{}",
            out.snapshot()
        );
    }
}

/// A checkpoint deleted with the sqlite3 shell: its act's hash no longer matches, and the
/// act is named as one whose checkpoint is gone; a checkpoint edited to name another
/// head fails its signature.
#[test]
fn a_checkpoint_deleted_or_edited_is_caught() {
    let env = register();
    sign(&env);
    env.ok(&["config", "set", "collective-leave", "working"]);
    let before = env.ok(&["verify"]);
    assert!(!before.contains("checkpoint"), "{before}");
    forge(
        &env,
        &["checkpoints_append_only_delete"],
        "DELETE FROM checkpoints",
    );
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    has(
        &out,
        "act 6 recorded a checkpoint, and the checkpoint is not in the register",
    );
    has(&out, "act 6 (checkpoint by clerk");
    let out = env.run(&["verify", "--checkpoints", "keys/sengketa.pub"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    has(&out, "no checkpoint in the register is signed by key ");

    let env = register();
    sign(&env);
    forge(
        &env,
        &["checkpoints_append_only_update"],
        "UPDATE checkpoints SET signed_at = '2026-11-30T08:00:00Z'",
    );
    let out = env.run(&["verify", "--checkpoints", "keys/sengketa.pub"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    has(&out, "the checkpoint recorded by act 6 (head 5:");
    has(&out, "does not match its signature");
}

#[test]
fn a_wrong_public_key_is_refused_clearly() {
    let env = register();
    sign(&env);
    env.ok(&["key", "generate", "--out", "other", "--unencrypted"]);
    let id = |dir: &str| {
        let pubkey = std::fs::read_to_string(env.dir().join(dir).join("sengketa.pub")).unwrap();
        pubkey
            .lines()
            .next()
            .unwrap()
            .rsplit(' ')
            .next()
            .unwrap()
            .to_string()
    };
    let out = env.run(&["verify", "--checkpoints", "other/sengketa.pub"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    has(
        &out,
        &format!(
            "no checkpoint in the register is signed by key {}; its checkpoints are signed by {}",
            id("other"),
            id("keys")
        ),
    );
    has(&out, "hint: check the public key");
    // Not a public key at all: refused before anything is checked.
    for (arg, said) in [
        ("keys/sengketa.key", "keys/sengketa.key is not a public key"),
        ("missing.pub", "cannot read the key missing.pub"),
    ] {
        let out = env.run(&["verify", "--checkpoints", arg]);
        assert_eq!(out.code, 3, "{}", out.snapshot());
        has(&out, said);
        assert!(out.stdout.is_empty(), "{}", out.snapshot());
    }
    // The key itself in place of its file works as the file does.
    let line = std::fs::read_to_string(env.dir().join("keys/sengketa.pub")).unwrap();
    let key = line.lines().nth(1).unwrap();
    let out = env.run(&["verify", "--checkpoints", key]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    // A public key given to sign with.
    let out = env.run(&["verify", "--head", "--sign", "keys/sengketa.pub"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    has(&out, "keys/sengketa.pub is not a secret key");
}

#[test]
fn keys_are_never_overwritten_and_a_password_wants_a_terminal() {
    let env = register();
    let before = std::fs::read(env.dir().join("keys/sengketa.key")).unwrap();
    let out = env.run(&["key", "generate", "--out", "keys", "--unencrypted"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    has(&out, "keys/sengketa.key exists: a key is never overwritten");
    assert_eq!(
        std::fs::read(env.dir().join("keys/sengketa.key")).unwrap(),
        before
    );
    // No terminal: no password can be asked, and the key is not made without one.
    let out = env.run(&["key", "generate", "--out", "pw"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    has(&out, "--unencrypted");
    assert!(!Path::new(&env.dir().join("pw/sengketa.key")).exists());
    // --sign signs the head: it goes with --head.
    let out = env.run(&["verify", "--sign", "keys/sengketa.key"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    // A register that does not hold together is not signed.
    forge(
        &env,
        &["events_append_only_update"],
        "UPDATE events SET on_date = '2017-06-19' WHERE case_id = 1 AND seq = 2",
    );
    let out = env.run(&["verify", "--head", "--sign", "keys/sengketa.key"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(out.stdout.is_empty(), "{}", out.snapshot());
    assert_eq!(env.sqlite("SELECT count(*) FROM checkpoints").stdout, "0\n");
}

#[test]
fn a_checkpoint_names_its_commission() {
    let env = TestEnv::new();
    env.ok(&["init"]);
    env.ok(&["key", "generate", "--unencrypted"]);
    let out = env.run(&["verify", "--head", "--sign", "sengketa.key"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    has(&out, "commission-code is not set");
    has(&out, "sengketa config set commission-code");
}
