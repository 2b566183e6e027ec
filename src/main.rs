//! `sengketa`: a register of public-information disputes for Indonesia's Information
//! Commissions. This file only parses, runs, and turns an error into an exit code.

use clap::FromArgMatches;
use sengketa::domain::text::escaped_lines;
use sengketa::{commands, error, i18n, t};
use std::io::Write;

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language first, so that even the help and the usage errors speak it.
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    i18n::set_lang(i18n::detect_with_system(
        commands::lang_flag(&args),
        env,
        i18n::system_locale,
    ));
    // The arguments parsed by the bare tree; the help, the version and a usage error said
    // by the tree in the run's language, built only then (it takes longer to build).
    let mut parser = commands::parsing_command();
    let parsed = parser.try_get_matches_from_mut(&args);
    // Not dropped: freeing the tree's thousands of parts took a run about a million
    // instructions (5 % of a `case add`), and the process ends after this run anyway.
    std::mem::forget(parser);
    let matches = match parsed {
        Ok(m) => m,
        // The version is the same words in either tree.
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayVersion => {
            std::process::exit(commands::usage_error(e))
        }
        Err(_) => match commands::cli_command().try_get_matches_from(&args) {
            Ok(m) => m,
            Err(e) => std::process::exit(commands::usage_error(e)),
        },
    };
    let cli = match commands::Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => std::process::exit(commands::usage_error(e)),
    };
    let code = match commands::run(cli) {
        Ok(code) => code,
        Err(e) if error::is_broken_pipe(&e) => 0,
        // A recorded step is success whatever happens to its output: a script
        // that retried it would record it twice. Said on stderr, if stderr still works.
        Err(e) if e.kind == error::Kind::Io && error::committed() => {
            let _ = writeln!(
                std::io::stderr().lock(),
                "{}",
                escaped_lines(&t!("output-failed-after-commit", why = e.message))
            );
            0
        }
        Err(e) => {
            // A value quoted in a message never reaches the terminal raw; the labels are
            // in colour on a colour terminal.
            let _ = error::print(&e);
            e.kind.exit_code()
        }
    };
    std::process::exit(code);
}
