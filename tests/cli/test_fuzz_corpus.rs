//! The fuzz corpora (`fuzz/corpus/TARGET/`) replayed on stable, without libFuzzer: every
//! file through the properties its fuzz target checks (`fuzz/props.rs`); and a sample of
//! them through the built binary, `import` and `recap check`, which must end as the README
//! says (0, 1 for differences, 3 for invalid input), never 70 (a bug) or a signal.

#[path = "../../fuzz/props.rs"]
mod props;

use crate::common::TestEnv;
use std::path::{Path, PathBuf};

/// The files of one target's corpus, in name order.
fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a corpus entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} is empty", dir.display());
    files
}

/// A fuzz target's name and the properties it checks.
type Target = (&'static str, fn(&[u8]));

#[test]
fn every_corpus_file_keeps_its_targets_properties() {
    let targets: [Target; 4] = [
        ("import_csv", props::import_csv),
        ("parse_date", props::parse_date),
        ("case_ref", props::case_ref),
        ("published_table", props::published_table),
    ];
    let mut failed = Vec::new();
    let mut files = 0;
    for (target, check) in targets {
        for file in corpus(target) {
            files += 1;
            let data = std::fs::read(&file).expect("a corpus file");
            if let Err(e) = std::panic::catch_unwind(|| check(&data)) {
                let why = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failed.push(format!("{target}: {}: {why}", file.display()));
            }
        }
    }
    assert!(files > 0);
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Every `step`-th file, at most `most` of them: a spread over the corpus, the same each run.
fn sample(target: &str, most: usize) -> Vec<PathBuf> {
    let all = corpus(target);
    let step = all.len().div_ceil(most).max(1);
    all.into_iter().step_by(step).collect()
}

/// Runs `sengketa ARGS` and returns its exit code, or a description of how it ended badly.
fn exit_code(env: &TestEnv, args: &[&str]) -> Result<i32, String> {
    let out = env.command().args(args).output().expect("sengketa runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(70) | Some(101) | None => Err(format!("{args:?}: {:?}\n{stderr}", out.status)),
        Some(code) => Ok(code),
    }
}

#[test]
fn the_binary_neither_fails_nor_dies_on_corpus_files() {
    let env = TestEnv::initialised();
    let mut bad = Vec::new();
    for file in sample("import_csv", 30) {
        let path = file.to_str().expect("a UTF-8 path");
        match exit_code(&env, &["import", path]) {
            Ok(0 | 3) => {}
            Ok(code) => bad.push(format!("import {path}: exit {code}")),
            Err(e) => bad.push(e),
        }
    }
    for file in sample("published_table", 30) {
        let path = file.to_str().expect("a UTF-8 path");
        match exit_code(&env, &["recap", "check", path]) {
            Ok(0 | 1 | 3) => {}
            Ok(code) => bad.push(format!("recap check {path}: exit {code}")),
            Err(e) => bad.push(e),
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Whatever was imported left a register that holds together.
    assert_eq!(exit_code(&env, &["verify"]), Ok(0));
}
