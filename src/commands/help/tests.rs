//! Tests of the command line's language: every help text in the catalogue, every path
//! of the tree named.

use super::usage::{as_in_usage, worth_suggesting};
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

/// The command at `path` (its English names) in `cmd`.
fn find<'a>(cmd: &'a Command, path: &[&str]) -> &'a Command {
    path.iter().fold(cmd, |c, name| {
        c.find_subcommand(name)
            .unwrap_or_else(|| panic!("no command {path:?}"))
    })
}

/// Every Indonesian alias is said in Indonesian in its command's description in the
/// Indonesian help, as one unbreakable "[nama lain: ...]"; the English help does not
/// show it; the completions' tree offers it; every run accepts it.
#[test]
fn every_alias_is_shown_in_indonesian_and_accepted_in_both_languages() {
    let id = i18n::with_lang(Lang::Id, cli_command);
    let en = i18n::with_lang(Lang::En, cli_command);
    let completions = i18n::with_lang(Lang::En, || tree(true));
    for (path, alias) in aliases::ALIASES {
        let shown = format!("[nama\u{a0}lain:\u{a0}{alias}]");
        let about = find(&id, path).get_about().map(|a| a.to_string());
        assert!(
            about.as_deref().is_some_and(|a| a.ends_with(&shown)),
            "{path:?}: {about:?} does not end with {shown:?}"
        );
        let about = find(&en, path).get_about().map(|a| a.to_string());
        assert!(
            about.as_deref().is_some_and(|a| !a.contains('[')),
            "{path:?}: the English help shows an alias: {about:?}"
        );
        let visible: Vec<&str> = find(&completions, path).get_visible_aliases().collect();
        assert!(visible.contains(alias), "{path:?}: {visible:?}");
        for tree in [&id, &en] {
            let (parent, last) = path.split_at(path.len() - 1);
            let by_alias = find(tree, parent)
                .find_subcommand(alias)
                .map(|c| c.get_name());
            assert_eq!(by_alias, Some(last[0]), "{alias} in {parent:?}");
        }
    }
}

/// A help text's paragraph comes out as one line for clap to wrap; an indented line (an
/// example) keeps its own.
#[test]
fn a_help_text_is_reflowed_by_paragraph() {
    let text = "Satu dua\ntiga.\n\nContoh:\n  sengketa init\n  sengketa verify\n\nEmpat\nlima.";
    assert_eq!(
        reflowed(text),
        "Satu dua tiga.\n\nContoh:\n  sengketa init\n  sengketa verify\n\nEmpat lima."
    );
    // Every long help in the catalogue reflows so: no paragraph keeps a line break.
    for line in ID_HELP.lines().filter(|l| l.ends_with("-long =")) {
        let id = line.trim_end_matches(" =");
        let text = help_text(id).expect("a help text");
        for para in text.split("\n\n") {
            let lines: Vec<&str> = para.lines().collect();
            assert!(
                lines.len() == 1 || lines[1..].iter().all(|l| l.starts_with(' ')),
                "{id}: a paragraph broken across lines: {para:?}"
            );
        }
    }
}

/// An example in the Indonesian help is printed whole at 80 columns, as the English
/// ones are (`help_texts_keep_their_lines_at_80_columns`): clap would wrap a longer one
/// mid-command ("--on" at the end of one line, its date on the next).
#[test]
fn the_indonesian_examples_fit_80_columns() {
    use unicode_width::UnicodeWidthStr;
    let mut long = Vec::new();
    for line in ID_HELP.lines().filter(|l| l.ends_with("-long =")) {
        let id = line.trim_end_matches(" =");
        let text = help_text(id).expect("a help text");
        for l in text.lines().filter(|l| l.starts_with(' ')) {
            if l.width() > 80 {
                long.push(format!("{id}: {} columns: {l}", l.width()));
            }
        }
    }
    assert!(
        long.is_empty(),
        "examples wider than 80:\n{}",
        long.join("\n")
    );
}

/// The command lines of the examples of a help text: continued lines joined, a comment,
/// a redirection and a pipe left off; a line ending in "..." (an elided example) skipped.
fn example_lines(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut open: Option<String> = None;
    for l in text.lines().filter(|l| l.starts_with(' ')) {
        let l = l.trim();
        let whole = match open.take() {
            Some(before) => format!("{before} {l}"),
            None if l.starts_with("sengketa ") => l.to_string(),
            None => continue,
        };
        match whole.strip_suffix('\\') {
            Some(rest) => open = Some(rest.trim_end().to_string()),
            None => lines.push(whole),
        }
    }
    lines
        .into_iter()
        .map(|l| {
            let end = ["  #", " >", " |", " <"]
                .iter()
                .filter_map(|m| l.find(m))
                .min()
                .unwrap_or(l.len());
            l[..end].trim().to_string()
        })
        .filter(|l| !l.contains("..."))
        .collect()
}

/// Words of a command line as a shell splits it (double quotes only, as the examples
/// write them).
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut word, mut quoted, mut any) = (String::new(), false, false);
    for c in line.chars() {
        match c {
            '"' => (quoted, any) = (!quoted, true),
            ' ' if !quoted => {
                if any {
                    out.push(std::mem::take(&mut word));
                }
                any = false;
            }
            c => (word, any) = (word + &c.to_string(), true),
        }
    }
    if any {
        out.push(word);
    }
    out
}

/// The clerk's commands in the Indonesian help's examples are written with their
/// Indonesian names, and every example parses as written (the Indonesian tree, which
/// accepts both names).
#[test]
fn the_indonesian_examples_use_the_indonesian_names_and_parse() {
    let english: BTreeSet<&str> = aliases::ALIASES
        .iter()
        .filter(|(path, _)| path.len() == 1)
        .map(|(path, _)| path[0])
        .collect();
    let mut wrong = Vec::new();
    let mut seen = 0;
    for line in ID_HELP.lines().filter(|l| l.ends_with("-long =")) {
        let id = line.trim_end_matches(" =");
        let text = help_text(id).expect("a help text");
        for example in example_lines(&text) {
            seen += 1;
            let argv = words(&example);
            // The command's first name after the global flags and their values.
            let mut rest = argv.iter().skip(1).map(String::as_str);
            let name = loop {
                match rest.next() {
                    Some(f) if f.starts_with("--") && !f.contains('=') => {
                        rest.next();
                    }
                    Some(f) if f.starts_with('-') => {}
                    other => break other,
                }
            };
            if name.is_some_and(|n| english.contains(n)) {
                wrong.push(format!("{id}: English name: {example}"));
            }
            let parsed = i18n::with_lang(Lang::Id, cli_command).try_get_matches_from(&argv);
            if let Err(e) = parsed {
                wrong.push(format!("{id}: {example}\n  {}", e.kind()));
            }
        }
    }
    assert!(seen > 80, "only {seen} examples found");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// What decides how a tree parses: every command's names, and every argument's names,
/// action, count, requirement, values and defaults (not its words). clap's own `help`
/// subcommand is left out: the shown Indonesian tree drops it, and in the parsing tree
/// it only ever asks for the help, which the shown tree then gives.
fn parsing_shape(cmd: &Command, path: &str, out: &mut Vec<String>) {
    let mut aliases: Vec<&str> = cmd.get_all_aliases().collect();
    aliases.sort();
    out.push(format!("{path} aliases {aliases:?}"));
    for a in cmd.get_arguments() {
        let values: Vec<String> = a
            .get_possible_values()
            .iter()
            .map(|v| format!("{:?}", v.get_name_and_aliases().collect::<Vec<_>>()))
            .collect();
        out.push(format!(
            "{path} --{} {:?} {:?} {:?} {:?} {:?} required {} global {} positional {} \
             last {} delimiter {:?} values {values:?} defaults {:?} \
             parser {:?}",
            a.get_id(),
            a.get_long_and_visible_aliases(),
            a.get_all_aliases(),
            a.get_short_and_visible_aliases(),
            a.get_action(),
            a.get_num_args(),
            a.is_required_set(),
            a.is_global_set(),
            a.is_positional(),
            a.is_last_set(),
            a.get_value_delimiter(),
            a.get_default_values(),
            a.get_value_parser().type_id(),
        ));
    }
    for g in cmd.get_groups() {
        out.push(format!("{path} group {g:?}"));
    }
    for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        parsing_shape(s, &format!("{path} {}", s.get_name()), out);
    }
}

/// A run's arguments are parsed by the bare tree and said by the shown one only when
/// clap has something to say: the two must accept the same arguments the same way, in
/// both languages, on a terminal or not.
#[test]
fn the_parsing_tree_accepts_what_the_shown_tree_does() {
    for lang in [Lang::En, Lang::Id] {
        for interactive in [false, true] {
            let shape = |mut cmd: Command| {
                cmd.build();
                let mut out = vec![];
                parsing_shape(&cmd, "sengketa", &mut out);
                out
            };
            let shown_aliases = match lang {
                Lang::Id => aliases::Shown::InAbout,
                Lang::En => aliases::Shown::No,
            };
            let (parsing, shown) = i18n::with_lang(lang, || {
                (
                    shape(parsing_tree(interactive)),
                    shape(tree_showing(shown_aliases, interactive)),
                )
            });
            assert!(parsing.len() > 300, "{} lines", parsing.len());
            let (parsing, shown): (BTreeSet<_>, BTreeSet<_>) =
                (parsing.into_iter().collect(), shown.into_iter().collect());
            let only_parsing: Vec<_> = parsing.difference(&shown).take(5).collect();
            let only_shown: Vec<_> = shown.difference(&parsing).take(5).collect();
            assert!(
                only_parsing.is_empty() && only_shown.is_empty(),
                "{lang:?}, terminal {interactive}: the trees parse differently: \
                 {only_parsing:#?} {only_shown:#?}"
            );
        }
    }
}

/// A flag as clap writes it into a usage line: with its value's name if it takes one
/// (in the run's language), alone if not.
#[test]
fn a_dropped_suggestion_leaves_the_usage_line_whole() {
    let en = i18n::with_lang(Lang::En, || {
        ["--db", "--allow-network-fs", "--format"].map(as_in_usage)
    });
    assert_eq!(
        en,
        [" --db <PATH>", " --allow-network-fs", " --format <FORMAT>"]
    );
    let id = i18n::with_lang(Lang::Id, || as_in_usage("--db"));
    assert_eq!(id, " --db <BERKAS>");
    // The words a near suggestion and a far one are told apart by.
    assert!(worth_suggesting("--formt", "--format"));
    assert!(worth_suggesting("tamba", "tambah"));
    assert!(worth_suggesting("--db-path", "--db"));
    assert!(!worth_suggesting("--on", "--allow-network-fs"));
    assert!(!worth_suggesting("tampil", "sampaikan"));
}
