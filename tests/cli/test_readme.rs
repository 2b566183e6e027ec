//! The README's and the clerk's guide's examples, run as written: every ```sh block
//! (not the ```sh no-run ones) in order, in a fresh temp directory with a pinned today,
//! each `sengketa ...` line through the built binary and each `export NAME=VALUE` kept
//! for the lines after it. A line that fails, or that this small reader cannot run as a
//! shell would, fails the test: the documentation may not show a command that does not
//! work. Also: the README's length, its test command in CI, and the links of the docs.

use crate::common::TestEnv;
use std::path::{Path, PathBuf};

/// The crate's root, where README.md and docs/ live.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// One line of a block to run: its place in the file and its text (continuations joined).
#[derive(Debug)]
struct Line {
    number: usize,
    text: String,
}

/// The lines of the file's ```sh blocks, in order; blocks whose info string says more
/// than `sh` (`sh no-run`) and blocks of other languages are left out.
fn runnable_lines(markdown: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut in_fence: Option<bool> = None; // Some(runnable) inside a fence
    let mut pending: Option<Line> = None;
    for (i, raw) in markdown.lines().enumerate() {
        let trimmed = raw.trim_start();
        if trimmed.starts_with("```") {
            match in_fence {
                None => in_fence = Some(trimmed.trim_start_matches('`').trim() == "sh"),
                Some(_) => {
                    assert!(pending.is_none(), "line {}: a `\\` ends the block", i + 1);
                    in_fence = None;
                }
            }
            continue;
        }
        if in_fence != Some(true) {
            continue;
        }
        let (text, continued) = match raw.strip_suffix('\\') {
            Some(head) => (head, true),
            None => (raw, false),
        };
        let line = match pending.take() {
            Some(mut l) => {
                l.text.push(' ');
                l.text.push_str(text.trim());
                l
            }
            None => Line {
                number: i + 1,
                text: text.to_string(),
            },
        };
        if continued {
            pending = Some(line);
        } else {
            lines.push(line);
        }
    }
    assert!(in_fence.is_none(), "a ``` block is not closed");
    lines
}

/// A word of a line, or a redirection of its standard output.
#[derive(Debug, PartialEq, Eq)]
enum Token {
    Word(String),
    Redirect { append: bool },
}

/// Splits a line as a POSIX shell would for the little the examples use: words, single
/// and double quotes, backslash escapes, `#` comments, `>` and `>>`. Anything else a shell
/// would treat specially (`$`, pipes, `;`, `&`, `<`, backquotes, globs) is an error: the
/// test cannot run such a line as written.
fn split(line: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                if let Some(w) = word.take() {
                    tokens.push(Token::Word(w));
                }
            }
            '#' if word.is_none() => break,
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => w.push(c),
                        None => return Err("an unclosed ' quote".into()),
                    }
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => w.push(c),
                            Some(c) => {
                                w.push('\\');
                                w.push(c);
                            }
                            None => return Err("an unclosed \" quote".into()),
                        },
                        Some(c @ ('$' | '`')) => {
                            return Err(format!("{c} inside double quotes"));
                        }
                        Some(c) => w.push(c),
                        None => return Err("an unclosed \" quote".into()),
                    }
                }
            }
            '\\' => match chars.next() {
                Some(c) => word.get_or_insert_with(String::new).push(c),
                None => return Err("a trailing \\".into()),
            },
            '>' => {
                if let Some(w) = word.take() {
                    tokens.push(Token::Word(w));
                }
                let append = chars.next_if_eq(&'>').is_some();
                tokens.push(Token::Redirect { append });
            }
            '$' | '|' | ';' | '&' | '<' | '`' | '(' | ')' | '*' | '?' | '[' | '{' | '~' => {
                return Err(format!("`{c}`, which this test does not run"));
            }
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    if let Some(w) = word.take() {
        tokens.push(Token::Word(w));
    }
    Ok(tokens)
}

/// What a line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    Nothing,
    Export(String, String),
    Run {
        args: Vec<String>,
        stdout_to: Option<(String, bool)>,
    },
}

fn parse(line: &str) -> Result<Step, String> {
    let tokens = split(line)?;
    let mut words = Vec::new();
    let mut stdout_to = None;
    let mut tokens = tokens.into_iter();
    while let Some(t) = tokens.next() {
        match t {
            Token::Word(w) => words.push(w),
            Token::Redirect { append } => match tokens.next() {
                Some(Token::Word(file)) if stdout_to.is_none() => stdout_to = Some((file, append)),
                _ => return Err("a redirection without one file".into()),
            },
        }
    }
    match words.first().map(String::as_str) {
        None if stdout_to.is_none() => Ok(Step::Nothing),
        Some("export") if words.len() == 2 && stdout_to.is_none() => {
            match words[1].split_once('=') {
                Some((name, value)) if !name.is_empty() => {
                    Ok(Step::Export(name.to_string(), value.to_string()))
                }
                _ => Err("an export that is not NAME=VALUE".into()),
            }
        }
        Some("sengketa") => Ok(Step::Run {
            args: words[1..].to_vec(),
            stdout_to,
        }),
        _ => Err("not a `sengketa` or `export` line".into()),
    }
}

/// Runs the file's runnable lines in a fresh temp directory; returns every failure, each
/// with its line number, or an empty list.
fn run_examples(name: &str, markdown: &str) -> Vec<String> {
    let env = TestEnv::new();
    let mut exported: Vec<(String, String)> = Vec::new();
    let mut failures = Vec::new();
    let lines = runnable_lines(markdown);
    for line in &lines {
        let here = format!("{name}:{}: {}", line.number, line.text.trim());
        let (args, stdout_to) = match parse(&line.text) {
            Ok(Step::Nothing) => continue,
            Ok(Step::Export(k, v)) => {
                exported.retain(|(name, _)| *name != k);
                exported.push((k, v));
                continue;
            }
            Ok(Step::Run { args, stdout_to }) => (args, stdout_to),
            Err(why) => {
                failures.push(format!("{here}\n  cannot run it: {why}"));
                continue;
            }
        };
        let mut cmd = env.command();
        for (k, v) in &exported {
            cmd.env(k, v);
        }
        cmd.args(&args);
        let out = env.run_command(cmd);
        if out.code != 0 {
            failures.push(format!("{here}\n{}", out.snapshot()));
            continue;
        }
        if let Some((file, append)) = stdout_to {
            let path = env.dir().join(file);
            let mut text = if append {
                std::fs::read_to_string(&path).unwrap_or_default()
            } else {
                String::new()
            };
            text.push_str(&out.stdout);
            std::fs::write(&path, text).expect("the redirected output is written");
        }
    }
    let ran = lines
        .iter()
        .filter(|l| matches!(parse(&l.text), Ok(Step::Run { .. })));
    assert!(ran.count() > 0, "{name}: no `sengketa` line to run");
    failures
}

#[test]
fn readme_examples_run_as_written() {
    let failures = run_examples("README.md", &read("README.md"));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn clerks_guide_examples_run_as_written() {
    let path = "docs/panduan-panitera.md";
    let failures = run_examples(path, &read(path));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_failing_or_unrunnable_example_fails() {
    let markdown = "```sh\nsengketa init\nsengketa case show 2026/9\nls | wc\n```\n\
                    ```sh no-run\nsengketa no-such-command\n```\n\
                    ```text\nsengketa no-such-command\n```\n";
    let failures = run_examples("example.md", markdown);
    assert_eq!(failures.len(), 2, "{failures:#?}");
    assert!(failures[0].starts_with("example.md:3: sengketa case show 2026/9"));
    assert!(failures[0].contains("[exit status: 4]"), "{}", failures[0]);
    assert!(failures[1].starts_with("example.md:4: ls | wc"));
}

#[test]
fn the_shell_reader_splits_as_a_shell_would() {
    let words = |l: &str| match parse(l) {
        Ok(Step::Run { args, stdout_to }) => (args, stdout_to),
        other => panic!("{l}: {other:?}"),
    };
    assert_eq!(
        words(r#"sengketa case add --applicant "Budi \"B\" Santoso" --note 'a # b' # comment"#),
        (
            vec![
                "case".into(),
                "add".into(),
                "--applicant".into(),
                "Budi \"B\" Santoso".into(),
                "--note".into(),
                "a # b".into()
            ],
            None
        )
    );
    assert_eq!(
        words("sengketa recap --format csv >> out.csv"),
        (
            vec!["recap".into(), "--format".into(), "csv".into()],
            Some(("out.csv".into(), true))
        )
    );
    assert_eq!(
        parse("export SENGKETA_DB=./ki.db   # a comment"),
        Ok(Step::Export("SENGKETA_DB".into(), "./ki.db".into()))
    );
    assert_eq!(parse("   # only a comment"), Ok(Step::Nothing));
    for bad in [
        "sengketa export | head",
        "sengketa --db $HOME/x.db init",
        "cargo test",
        "sengketa man > ~/x.1",
        "export NODOT",
        "sengketa recap >",
    ] {
        assert!(parse(bad).is_err(), "{bad} should not be runnable");
    }
    let joined = runnable_lines("```sh\nsengketa case add \\\n    --subject X\n```\n");
    assert_eq!(joined.len(), 1);
    assert_eq!(joined[0].number, 2);
    assert_eq!(parse(&joined[0].text).map(|_| ()), Ok(()));
}

#[test]
fn readme_is_short_and_its_test_command_is_what_ci_runs() {
    let readme = read("README.md");
    let lines = readme.lines().count();
    assert!(lines <= 300, "README.md has {lines} lines; at most 300");
    // The two commands come first among the README's commands.
    let first_block = readme
        .split("```")
        .nth(1)
        .expect("a code block in the README");
    let commands: Vec<&str> = first_block
        .lines()
        .skip(1)
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(commands, ["cargo run --release -- demo", "cargo test"]);
    let ci = read(".ci/run");
    assert!(
        ci.lines().any(|l| l.trim_start().starts_with("cargo test")),
        ".ci/run no longer runs the README's test command"
    );
}

/// Every relative link of the README and of docs/ names a file that exists.
#[test]
fn documentation_links_resolve() {
    let mut files = vec![root().join("README.md")];
    let docs = std::fs::read_dir(root().join("docs")).expect("a docs/ folder");
    for entry in docs {
        let path = entry.expect("a docs entry").path();
        if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    assert!(files.len() > 10, "docs/ has its pages");
    let mut broken = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable");
        for target in link_targets(&text) {
            if target.contains("://") || target.starts_with('#') || target.starts_with("mailto:") {
                continue;
            }
            let path = target.split('#').next().unwrap_or_default();
            let dir = file.parent().unwrap_or(Path::new("."));
            if !dir.join(path).exists() {
                broken.push(format!("{}: {target}", file.display()));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

/// The commands of the clerk's pages (the README's clerk's day, the clerk's guide) that
/// are written under their English names although they have an Indonesian one, each with
/// its line: the Indonesian help (`[nama lain: ...]`) says which have one.
fn english_names_in(markdown: &str, first_line: usize) -> Vec<String> {
    use crate::test_words::aliases_shown;
    use std::collections::HashMap;
    let env = TestEnv::new();
    // A command's Indonesian name, by its English one, from the help of the command
    // above it ("" for the top).
    let mut known: HashMap<String, Vec<(String, String)>> = HashMap::new();
    let mut names = |parent: &str| -> Vec<(String, String)> {
        known
            .entry(parent.to_string())
            .or_insert_with(|| {
                let mut args = vec!["--lang", "id"];
                args.extend(parent.split_whitespace());
                args.push("--help");
                aliases_shown(&env.ok(&args))
                    .into_iter()
                    .filter_map(|(name, alias)| Some((name, alias?)))
                    .collect()
            })
            .clone()
    };
    let mut found = Vec::new();
    for line in runnable_lines(markdown) {
        let Ok(Step::Run { args, .. }) = parse(&line.text) else {
            continue;
        };
        // The command's words, after the global options and their values.
        let mut words = args.iter().map(String::as_str);
        let mut command = Vec::new();
        while let Some(w) = words.next() {
            match w {
                "--db" | "--lang" | "--width" => {
                    words.next();
                }
                w if w.starts_with('-') => {}
                w => {
                    command.push(w);
                    if command.len() == 2 {
                        break;
                    }
                }
            }
        }
        let mut parent = String::new();
        for w in command {
            let here = names(&parent);
            if let Some((_, alias)) = here.iter().find(|(name, _)| name == w) {
                found.push(format!(
                    "line {}: `{w}` is `{alias}`",
                    line.number + first_line - 1
                ));
            }
            // The group under its English name, whichever name the line used.
            let english = here
                .iter()
                .find(|(_, alias)| alias == w)
                .map_or(w, |(name, _)| name.as_str());
            parent = format!("{parent} {english}");
        }
    }
    found
}

/// The clerk's pages write each command under its Indonesian name where it has one (the
/// English names still work; a clerk reads the Indonesian ones in the help).
#[test]
fn the_clerks_pages_use_the_indonesian_names() {
    let readme = read("README.md");
    let (before, day) = readme
        .split_once("## Sehari di kepaniteraan")
        .expect("the README's clerk's day");
    let day = day.split("\n## ").next().unwrap_or_default();
    let mut found = english_names_in(day, before.lines().count() + 1);
    assert!(
        found.is_empty(),
        "README.md's clerk's day:\n{}",
        found.join("\n")
    );
    found = english_names_in(&read("docs/panduan-panitera.md"), 1);
    assert!(
        found.is_empty(),
        "docs/panduan-panitera.md:\n{}",
        found.join("\n")
    );
    // ...and it can find one.
    let found = english_names_in(
        "```sh\nsengketa case add --received 2026-01-05\nsengketa perkara show 2026/1\n```\n",
        1,
    );
    assert_eq!(found.len(), 3, "{found:?}");
}

/// The docs/ index (docs/README.md) names every page of docs/: a page left out of it is
/// found by no one who starts from the README.
#[test]
fn the_docs_index_names_every_page() {
    let index = link_targets(&read("docs/README.md"));
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(root().join("docs")).expect("a docs/ folder") {
        let name = entry.expect("a docs entry").file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".md") && name != "README.md" && !index.iter().any(|t| *t == name) {
            missing.push(name.to_string());
        }
    }
    missing.sort();
    assert!(missing.is_empty(), "not in docs/README.md: {missing:?}");
    // The README links to the index.
    assert!(
        link_targets(&read("README.md"))
            .iter()
            .any(|t| t == "docs/README.md")
    );
}

/// The targets of Markdown links `[text](target)`, outside code blocks.
fn link_targets(markdown: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut in_fence = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            match after.find(')') {
                Some(end) => {
                    targets.push(after[..end].to_string());
                    rest = &after[end..];
                }
                None => break,
            }
        }
    }
    targets
}

/// The manual page, in either language of a run, is roff that `man -l` renders without a
/// warning (the Indonesian page's unbreakable "[nama lain: ...]" included).
#[test]
fn man_page_renders_with_man_l_in_both_languages() {
    use std::process::{Command, Stdio};
    let has = |tool: &str| {
        Command::new(tool)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    };
    if !has("man") {
        eprintln!("skipped: no `man` (apt-get install man-db)");
        return;
    }
    let env = TestEnv::new();
    for lang in ["en", "id"] {
        let page = env.ok(&["--lang", lang, "man"]);
        assert!(
            page.starts_with(".ie") || page.contains(".TH"),
            "{lang}: roff"
        );
        let path = env.dir().join(format!("sengketa-{lang}.1"));
        std::fs::write(&path, &page).expect("the page is written");
        let out = Command::new("man")
            .arg("-l")
            .arg(&path)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .env("MANROFFOPT", "-ww")
            .output()
            .expect("man runs");
        let text = String::from_utf8_lossy(&out.stdout);
        let warnings = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{lang}: man -l failed: {warnings}");
        assert!(
            warnings.trim().is_empty(),
            "{lang}: man -l warns: {warnings}"
        );
        let sections = if lang == "id" {
            ["NAMA", "RINGKASAN", "OPSI", "PERINTAH"]
        } else {
            ["NAME", "SYNOPSIS", "OPTIONS", "SUBCOMMANDS"]
        };
        for section in sections {
            assert!(text.contains(section), "{lang}: no {section} in\n{text}");
        }
        assert!(
            text.contains("sengketa-case(1)"),
            "{lang}: the commands' pages"
        );
    }
}

/// The README's lifecycle section shows the diagrams of docs/lifecycle.md, the steps and
/// the intake and mediation beside them, as they are there (one is not edited without
/// the other).
#[test]
fn the_readmes_lifecycle_is_the_docs_lifecycle() {
    let readme = read("README.md");
    let docs = read("docs/lifecycle.md");
    let diagrams: Vec<&str> = docs.split("```\n").skip(1).step_by(2).take(2).collect();
    assert_eq!(diagrams.len(), 2, "two diagrams in docs/lifecycle.md");
    assert!(diagrams[1].contains("incomplete") && diagrams[1].contains("mediation start"));
    let section = readme
        .split("## The lifecycle")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("a lifecycle section in the README");
    for d in diagrams {
        assert!(section.contains(d), "the README's lifecycle lacks:\n{d}");
    }
}
