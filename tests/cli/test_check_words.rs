//! A CHECK of the register's schema that refuses a write is never shown in SQLite's raw
//! words: the message names the table and columns, and the hint says what it may mean
//! (a register made by another version, or a file changed) and to run `verify`.

use crate::common::TestEnv;

/// A register whose schema says otherwise than this version's: the act kind `config`
/// is taken out of the acts' CHECK, as a release that changed a vocabulary without a
/// new schema version would leave it.
#[test]
fn a_check_failure_is_worded_with_a_hint() {
    let env = TestEnv::initialised();
    let out = env.sqlite(
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_schema SET sql = replace(sql, ' OR command = ''config''', '')
         WHERE type = 'table' AND name = 'acts';",
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    for lang in ["en", "id"] {
        let out = env.run(&[
            "--lang",
            lang,
            "config",
            "set",
            "collective-leave",
            "working",
        ]);
        assert_eq!(out.code, 3, "{}", out.snapshot());
        assert!(
            !out.stderr.contains("CHECK constraint"),
            "{}",
            out.snapshot()
        );
        assert!(!out.stderr.contains("command = "), "{}", out.snapshot());
        let (words, hint) = match lang {
            "en" => (
                "the register refused a value of acts (command)",
                "run `sengketa verify`",
            ),
            _ => (
                "register menolak sebuah nilai acts (command)",
                "jalankan `sengketa verify`",
            ),
        };
        assert!(out.stderr.contains(words), "{}", out.snapshot());
        assert!(out.stderr.contains(hint), "{}", out.snapshot());
    }
    // Nothing was written, and `verify` names the difference.
    assert_eq!(
        env.sqlite("SELECT count(*) FROM acts WHERE command = 'config'")
            .stdout,
        "1\n"
    );
    let out = env.run(&["verify"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert!(out.stdout.contains("table acts"), "{}", out.snapshot());
}
