//! The command line in the run's language: clap's command tree with its help taken from
//! the catalogue (the doc comments are the English help; `locales/id-ID-help.ftl` the
//! Indonesian), and clap's usage errors put into words (`help/usage.rs`).

use super::Cli;
use crate::domain::Lang;
use crate::i18n;
use crate::t;
use clap::{Arg, ArgAction, Command, CommandFactory};
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use std::ffi::OsString;
use std::sync::OnceLock;

/// The Indonesian help: `help-PATH` for a command's summary (`PATH` its names joined by
/// `-`, `sengketa` for the top), `help-PATH-long` for its long help, `help-PATH--ARG` for
/// an argument's.
pub const ID_HELP: &str = include_str!("../../locales/id-ID-help.ftl");

fn help_bundle() -> &'static FluentBundle<FluentResource> {
    static B: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    B.get_or_init(|| {
        let res = FluentResource::try_new(ID_HELP.to_string())
            .unwrap_or_else(|(_, e)| panic!("id-ID-help.ftl does not parse: {e:?}"));
        let mut b = FluentBundle::new_concurrent(vec!["id-ID".parse().expect("a locale")]);
        b.set_use_isolating(false);
        b.add_resource(res).expect("id-ID-help.ftl");
        b
    })
}

/// The Indonesian help text `id`, if the catalogue has it, its paragraphs reflowed.
pub fn help_text(id: &str) -> Option<String> {
    let b = help_bundle();
    let p = b.get_message(id)?.value()?;
    let mut errors = vec![];
    Some(reflowed(&b.format_pattern(p, None, &mut errors)))
}

/// A help text written in the catalogue's lines, for clap to wrap at the terminal's
/// width: a paragraph's lines joined into one (clap wraps each line of a text on its own,
/// so a paragraph kept in the catalogue's lines came out at 80 columns with a word or two
/// left alone on every other line), an indented line (an example, a list of columns) kept
/// as written.
pub fn reflowed(text: &str) -> String {
    let mut out = String::new();
    let mut prose = false;
    for line in text.lines() {
        let is_prose = !line.is_empty() && !line.starts_with(' ');
        if prose && is_prose {
            out.push(' ');
        } else if !out.is_empty() {
            out.push('\n');
        }
        out += line.trim_end();
        prose = is_prose;
    }
    out
}

/// `--lang X` or `--lang=X` on the command line, read before clap parses it (so that the
/// help and the usage errors speak the language asked for).
pub fn lang_flag(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next().map(|v| v.to_string()),
            Some(rest) if rest.starts_with('=') => Some(rest[1..].to_string()),
            _ => continue,
        };
        return match value?.trim().to_ascii_lowercase().as_str() {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        };
    }
    None
}

mod aliases;
mod usage;

use aliases::with_aliases;
pub use usage::usage_error;

/// The command tree in the run's language, the Indonesian aliases shown in an Indonesian
/// run.
pub fn cli_command() -> Command {
    tree_showing(
        match i18n::lang() {
            Lang::Id => aliases::Shown::InAbout,
            Lang::En => aliases::Shown::No,
        },
        super::prompt::interactive(),
    )
}

/// The command tree in the run's language, its Indonesian aliases shown as clap's
/// visible aliases or not (the completion scripts always offer them).
pub fn tree(aliases_shown: bool) -> Command {
    tree_showing(
        if aliases_shown {
            aliases::Shown::Visible
        } else {
            aliases::Shown::No
        },
        super::prompt::interactive(),
    )
}

/// The command tree that parses a run's arguments: what the shown tree (`cli_command`)
/// accepts, without its words. Building the shown tree (the help in the run's language,
/// every usage line fitted to 80 columns) took most of a run's start; it is built only
/// when clap has something to say (the help, the version, a usage error), and then parses
/// the arguments again to say it. `the_parsing_tree_accepts_what_the_shown_tree_does`
/// (help/tests.rs) keeps the two alike.
pub fn parsing_command() -> Command {
    parsing_tree(super::prompt::interactive())
}

fn parsing_tree(interactive: bool) -> Command {
    asking_on_a_terminal(
        with_aliases(Cli::command(), aliases::Shown::No),
        interactive,
    )
}

/// On a terminal, `case add` asks for what its flags leave out (without one, clap
/// requires them and says so as it always has).
fn asking_on_a_terminal(cmd: Command, interactive: bool) -> Command {
    if !interactive {
        return cmd;
    }
    cmd.mut_subcommand("case", |c| {
        c.mut_subcommand("add", |mut add| {
            for name in super::case::add::ASKED {
                add = add.mut_arg(name, |a| a.required(false));
            }
            add
        })
    })
}

fn tree_showing(aliases_shown: aliases::Shown, interactive: bool) -> Command {
    let cmd = Cli::command();
    let cmd = match i18n::lang() {
        Lang::En => cmd,
        Lang::Id => localize(cmd, "sengketa"),
    };
    let cmd = with_aliases(reflow_long_help(cmd), aliases_shown);
    // The routes of a decision and their outcomes, from the lifecycle's table.
    let cmd = global_heading(cmd);
    let cmd = cmd.mut_subcommand("case", |c| {
        c.mut_subcommand("decide", |d| d.after_help(routes_help(i18n::lang())))
    });
    fit_usage(asking_on_a_terminal(cmd, interactive))
}

/// Every command's long help reflowed (`reflowed`): the English doc comments are kept
/// verbatim for their examples' sake, and their paragraphs are then wrapped by clap at the
/// terminal's width like the Indonesian ones.
fn reflow_long_help(mut cmd: Command) -> Command {
    if let Some(long) = cmd.get_long_about().map(|l| reflowed(&l.to_string())) {
        cmd = cmd.long_about(long);
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, reflow_long_help);
    }
    cmd
}

/// Every usage line within 80 columns: a usage longer than that (`case add`'s required
/// flags, `hearing held`'s) is written on several lines, broken between words and
/// continued under its first word.
fn fit_usage(mut cmd: Command) -> Command {
    cmd.build();
    let indent = t!("usage-heading").chars().count() + 1;
    fit_usage_in(cmd, indent)
}

fn fit_usage_in(mut cmd: Command, indent: usize) -> Command {
    let usage = cmd.render_usage().to_string();
    let text = usage.trim();
    let text = text
        .strip_prefix("Usage:")
        .unwrap_or(text)
        .trim()
        .to_string();
    // A command with a form of its own per subcommand has two usage lines: each is fitted
    // alone (wrapped as one text, the second was broken after its command's name), and
    // every line goes under the first's text, "Penggunaan: " being longer than "Usage: ".
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    if lines.len() > 1 || indent + text.chars().count() > 80 {
        let fitted: Vec<String> = lines
            .iter()
            .flat_map(|l| crate::render::table::wrap(l, Some(80 - indent)))
            .collect();
        cmd = cmd.override_usage(fitted.join(&format!("\n{}", " ".repeat(indent))));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |s| fit_usage_in(s, indent));
    }
    cmd
}

/// The global options (`--db`, `--lang`, `--width`, ...) under a heading of their own, so
/// that a command's help lists its own options apart from those every command takes.
fn global_heading(mut cmd: Command) -> Command {
    let globals: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in globals {
        cmd = cmd.mut_arg(id, |a| a.help_heading(t!("help-heading-global")));
    }
    cmd
}

/// The routes table as help: each route with its outcomes, in the stored spelling and
/// the run's language.
fn routes_help(lang: Lang) -> String {
    let mut s = format!("{}\n", t!("help-routes"));
    for (via, outcomes) in crate::domain::rules::ROUTES {
        // In Indonesian the labels alone: they are accepted as typed (`--via ajudikasi`).
        let name = |stored: &str, label: &str| match lang {
            Lang::En => format!("{stored} ({label})"),
            Lang::Id => label.to_string(),
        };
        let names: Vec<String> = outcomes
            .iter()
            .map(|(o, _)| name(o.as_str(), o.label(lang)))
            .collect();
        s += &format!(
            "  {}: {}\n",
            name(via.as_str(), via.label(lang)),
            names.join(", ")
        );
    }
    s
}

/// A command and its subcommands with the Indonesian help, where the catalogue has it.
fn localize(mut cmd: Command, path: &str) -> Command {
    let mut version = false;
    if let Some(about) = help_text(&format!("help-{path}")) {
        cmd = cmd.about(about);
    }
    if let Some(long) = help_text(&format!("help-{path}-long")) {
        cmd = cmd.long_about(long);
    } else if cmd.get_long_about().is_some() {
        // The English long help would follow the Indonesian summary: keep to the summary.
        cmd = cmd.long_about(None::<&str>);
    }
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in ids {
        let heading = if positional {
            t!("help-heading-arguments")
        } else {
            t!("help-heading-options")
        };
        let help = help_text(&format!("help-{path}--{id}"));
        cmd = cmd.mut_arg(id, |a| {
            // The value's name (`<DATE>`) in Indonesian, where the catalogue has it.
            // Without a name of its own, clap shows the argument's id in capitals.
            let english: Vec<String> = match a.get_value_names() {
                Some(names) => names.iter().map(|n| n.to_string()).collect(),
                None if a.get_action().takes_values() => {
                    vec![a.get_id().as_str().to_uppercase()]
                }
                None => vec![],
            };
            let names: Vec<String> = english
                .iter()
                .map(|n| help_text(&format!("value-name-{n}")).unwrap_or_else(|| n.clone()))
                .collect();
            let a = if names == english {
                a
            } else {
                a.value_names(names)
            };
            // clap's own "[default: ...]", "[possible values: ...]" and "[env: ...]" are
            // English: say them in the help text instead.
            let mut text =
                help.unwrap_or_else(|| a.get_help().map(|h| h.to_string()).unwrap_or_default());
            let values: Vec<String> = a
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| {
                    // A value's own words from the catalogue where it has them (the doc
                    // comments of the formats and sorts are English); a vocabulary's
                    // values come with their labels in the run's language.
                    let words = help_text(&format!("value-help-{}", v.get_name()))
                        .or_else(|| v.get_help().map(|h| h.to_string()));
                    match words {
                        Some(h) => format!("{} ({h})", v.get_name()),
                        None => v.get_name().to_string(),
                    }
                })
                .collect();
            if !values.is_empty() {
                text += &format!(" [{}: {}]", t!("help-values"), values.join(", "));
            }
            let defaults: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() {
                text += &format!(" [{}: {}]", t!("help-default"), defaults.join(", "));
            }
            let a = a.help(text).long_help(None::<&str>).help_heading(heading);
            if a.get_action().takes_values() {
                a.hide_possible_values(true).hide_default_value(true)
            } else {
                a
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = if path == "sengketa" {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(name, |s| localize(s, &sub_path));
    }
    if cmd.get_version().is_some() {
        cmd = cmd.disable_version_flag(true);
        version = true;
    }
    let cmd = cmd
        .help_template(t!("help-template"))
        .subcommand_help_heading(t!("help-heading-commands"))
        .subcommand_value_name(t!("help-value-command"))
        .next_help_heading(t!("help-heading-options"))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t!("help-flag-help")),
        );
    if version {
        cmd.arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("help-flag-version")),
        )
    } else {
        cmd
    }
}

/// A help or version text as clap renders it: styled on a terminal unless `NO_COLOR` is
/// set, plain otherwise.
fn rendered(e: &clap::Error, terminal: bool) -> String {
    let styled = e.render();
    if terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) {
        styled.ansi().to_string()
    } else {
        styled.to_string()
    }
}

/// The words clap writes itself into a help or usage text (`[OPTIONS]`), in the run's
/// language. (The aliases, which clap would show as "[aliases: ...]", are said by the
/// Indonesian help itself: see `aliases::Shown::InAbout`.)
pub fn clap_words(text: &str) -> String {
    match i18n::lang() {
        Lang::En => text.to_string(),
        Lang::Id => text.replace("[OPTIONS]", &t!("help-usage-options")),
    }
}

#[cfg(test)]
mod tests;
