//! clap's usage errors put into words, in the run's language, with clap's suggestions
//! less those too far from what was typed.

use super::{Lang, clap_words, cli_command, i18n, rendered};
use crate::t;
use clap::Command;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::error::Error as _;

/// Whether clap's suggestion `offered` for `typed` (a flag or a command) is worth giving:
/// at most half of it differs (Levenshtein), or one begins with the other (`--db-path`,
/// `--db`). clap suggests by Jaro similarity above 0.7, which for a short word finds a
/// long one sharing two letters: `--on` (a flag the command does not have) was told "did
/// you mean --allow-network-fs?", which lifts a safety check, and `perkara tampil` "did you
/// mean sampaikan?", which records a service.
pub(super) fn worth_suggesting(typed: &str, offered: &str) -> bool {
    let [typed, offered] = [typed, offered].map(|s| s.trim_start_matches('-').to_lowercase());
    let begins = |a: &str, b: &str| b.len() >= 2 && a.starts_with(b);
    strsim::normalized_levenshtein(&typed, &offered) >= 0.5
        || begins(&typed, &offered)
        || begins(&offered, &typed)
}

/// The flag `flag` (`--db`) as clap writes it into a usage line, its values' names after it
/// (" --db <PATH>"), found in the command tree; the flag alone if it is not there.
pub(super) fn as_in_usage(flag: &str) -> String {
    fn find(cmd: &Command, long: &str) -> Option<String> {
        cmd.get_arguments()
            .find(|a| a.get_long() == Some(long))
            .map(|a| {
                if !a.get_action().takes_values() {
                    return String::new();
                }
                match a.get_value_names() {
                    Some(names) => names.iter().map(|v| format!(" <{v}>")).collect(),
                    None => format!(" <{}>", a.get_id().as_str().to_uppercase()),
                }
            })
            .or_else(|| cmd.get_subcommands().find_map(|c| find(c, long)))
    }
    let values = find(&cli_command(), flag.trim_start_matches('-')).unwrap_or_default();
    format!(" {flag}{values}")
}

/// Prints a clap error (or the help, or the version) in the run's language; the exit code.
pub fn usage_error(e: clap::Error) -> i32 {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // The help is the output asked for: a failure to write it is an output
            // failure, not a success.
            use std::io::{IsTerminal, Write};
            let shown = clap_words(&rendered(&e, std::io::stdout().is_terminal()));
            let mut out = std::io::stdout().lock();
            return match out.write_all(shown.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => 0,
                Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => 0,
                Err(err) => {
                    let err = crate::error::Error::from(err);
                    let _ = crate::errln!("{}: {}", t!("error-prefix"), err.message);
                    err.kind.exit_code()
                }
            };
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            use std::io::IsTerminal;
            let shown = clap_words(&rendered(&e, std::io::stderr().is_terminal()));
            let _ = crate::errout!("{shown}");
            return 2;
        }
        _ => {}
    }
    // clap's suggestions, less those too far from what was typed.
    let typed = [ContextKind::InvalidArg, ContextKind::InvalidSubcommand]
        .iter()
        .find_map(|&k| match e.get(k) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let offered: Vec<String> = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .iter()
        .flat_map(|&k| match e.get(k) {
            Some(ContextValue::String(s)) => vec![s.clone()],
            Some(ContextValue::Strings(v)) => v.clone(),
            _ => Vec::new(),
        })
        .collect();
    let (kept, dropped): (Vec<String>, Vec<String>) = offered
        .into_iter()
        .partition(|s| worth_suggesting(&typed, s));
    if i18n::lang() == Lang::En && dropped.is_empty() {
        let _ = e.print();
        return 2;
    }
    let get = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let message = match e.kind() {
        ErrorKind::InvalidValue => {
            let valid = get(ContextKind::ValidValue);
            if valid.is_empty() {
                t!("usage-invalid-value", value = value, arg = arg)
            } else {
                t!(
                    "usage-invalid-value-one-of",
                    value = value,
                    arg = arg,
                    valid = valid
                )
            }
        }
        ErrorKind::UnknownArgument => t!("usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            t!(
                "usage-unknown-command",
                command = get(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingRequiredArgument => t!("usage-missing", arg = arg),
        ErrorKind::MissingSubcommand => t!("usage-missing-command"),
        ErrorKind::ArgumentConflict => {
            t!(
                "usage-conflict",
                arg = arg,
                other = get(ContextKind::PriorArg)
            )
        }
        ErrorKind::ValueValidation => {
            // Our own value parsers' messages are already in the run's language.
            let why = e.source().map(|s| s.to_string()).unwrap_or_default();
            t!("usage-bad-value", value = value, arg = arg, why = why)
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            t!("usage-values", arg = arg)
        }
        ErrorKind::NoEquals => t!("usage-no-equals", arg = arg),
        _ => {
            let _ = e.print();
            return 2;
        }
    };
    let suggested = kept.join(", ");
    let hint = (!suggested.is_empty()).then(|| t!("usage-did-you-mean", suggestion = suggested));
    let mut text = crate::error::styled(&message, hint.as_deref());
    let mut rest = String::new();
    if let Some(usage) = e.get(ContextKind::Usage) {
        // clap writes the flag it suggests into the usage line: not one it was not.
        let mut usage = usage.to_string();
        for d in &dropped {
            usage = usage.replacen(&as_in_usage(d), "", 1);
        }
        rest += &format!(
            "\n{}\n",
            clap_words(&usage.replacen("Usage:", &t!("usage-heading"), 1))
        );
    }
    rest += &format!("\n{}\n", t!("usage-try-help"));
    text += &crate::domain::text::escaped_lines(&rest);
    // The usage error is the failure to report; should stderr fail too, exit 2 says it.
    let _ = crate::error::write_styled(&text);
    2
}
