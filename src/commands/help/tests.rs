//! Tests of the command line's language: every help text in the catalogue, every path
//! of the tree named.

use super::*;
use std::collections::BTreeSet;

/// Every help path of the command tree: `help-PATH` and `help-PATH--ARG`.
fn paths(cmd: &Command, path: &str, out: &mut BTreeSet<String>) {
    out.insert(format!("help-{path}"));
    for a in cmd.get_arguments() {
        let id = a.get_id().as_str();
        if a.is_hide_set() || id == "help" || id == "version" {
            continue;
        }
        out.insert(format!("help-{path}--{id}"));
    }
    for s in cmd.get_subcommands() {
        let sub = if path == "sengketa" {
            s.get_name().to_string()
        } else {
            format!("{path}-{}", s.get_name())
        };
        paths(s, &sub, out);
    }
}

/// The Indonesian help covers every command and argument, and names nothing else.
#[test]
fn the_indonesian_help_covers_the_command_tree() {
    let mut want = BTreeSet::new();
    paths(&Cli::command(), "sengketa", &mut want);
    let have: BTreeSet<String> = ID_HELP
        .lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id.trim().to_string())
        .filter(|id| id.starts_with("help-"))
        .map(|id| id.trim_end_matches("-long").to_string())
        .collect();
    let missing: Vec<_> = want.difference(&have).collect();
    let stray: Vec<_> = have.difference(&want).collect();
    assert!(missing.is_empty(), "no Indonesian help for: {missing:?}");
    assert!(stray.is_empty(), "help for nothing: {stray:?}");
}

#[test]
fn the_language_flag_is_read_before_parsing() {
    let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
    assert_eq!(
        lang_flag(&args(&["s", "--lang", "id", "case"])),
        Some(Lang::Id)
    );
    assert_eq!(
        lang_flag(&args(&["s", "case", "list", "--lang=en"])),
        Some(Lang::En)
    );
    assert_eq!(lang_flag(&args(&["s", "case", "list"])), None);
    Cli::command().debug_assert();
    i18n::with_lang(Lang::Id, || cli_command().debug_assert());
}

/// Every command says what it does in English too (its doc comment): a command listed
/// with nothing beside it in `sengketa --help` reads as unfinished.
#[test]
fn every_command_has_an_english_about() {
    fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
        for s in cmd.get_subcommands() {
            let name = format!("{path} {}", s.get_name());
            if s.get_name() != "help" && s.get_about().is_none_or(|a| a.to_string().is_empty()) {
                missing.push(name.clone());
            }
            walk(s, &name, missing);
        }
    }
    let mut missing = Vec::new();
    walk(&Cli::command(), "sengketa", &mut missing);
    assert!(missing.is_empty(), "no English about: {missing:?}");
}
