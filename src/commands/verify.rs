//! `sengketa verify`: check that the register holds together, and recount what is derived.

use super::Ctx;
use crate::error::{Kind, Result};
use crate::storage::Problem;
use crate::t;
use std::collections::BTreeSet;
use std::io::Write;

/// Check that the register holds together; exit 1 if it does not
///
/// Replays every case's history and compares it with the case as the register holds
/// it (its facts, hearings, appeals and void), compares the per-year counts the
/// recap reads with the cases, checks the serial counters, the calendar, and the
/// public bodies (their names, aliases and merges against their history), and runs
/// SQLite's integrity and foreign-key checks. Useful after anyone has edited the
/// file by other means than sengketa (the sqlite3 shell, a backup restore). Each
/// kind of problem found comes with a hint on what can be done.
///
/// --repair counts the per-year counts afresh from the cases, in one transaction,
/// and checks again. It changes nothing else: the cases and their history are the
/// record, and a difference in them is for a person to look into.
///
/// Examples:
///   sengketa verify
///   sengketa verify --repair
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Count the per-year counts afresh from the cases if they differ (nothing else)
    #[arg(long)]
    repair: bool,
}

/// What can be done about a problem, by kind (one hint a kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Remedy {
    /// The SQLite file itself.
    File,
    /// A case row or its history, or a row pointing at a missing one.
    History,
    /// A per-year count: derived, `--repair` recounts it.
    Count,
    /// A serial counter behind.
    Serial,
    /// The calendar against its history.
    Calendar,
    /// The public bodies against their history.
    Bodies,
    /// A value written by other means that cannot be read.
    Unreadable,
}

fn remedy(p: &Problem) -> Remedy {
    match p {
        Problem::Integrity(_) | Problem::CannotCheck(_) => Remedy::File,
        Problem::Unreadable(_) => Remedy::Unreadable,
        Problem::ForeignKey { table, .. } if table.starts_with("calendar") => Remedy::Calendar,
        Problem::ForeignKey { .. }
        | Problem::NoHistory { .. }
        | Problem::Unreplayable(_)
        | Problem::Differs { .. }
        | Problem::Hearings { .. }
        | Problem::Appeals { .. }
        | Problem::Void { .. }
        | Problem::OnMergedBody { .. } => Remedy::History,
        Problem::BodyHistory { .. }
        | Problem::BodyDiffers { .. }
        | Problem::AliasDiffers { .. } => Remedy::Bodies,
        Problem::Count { .. } => Remedy::Count,
        Problem::Serial { .. } => Remedy::Serial,
        Problem::CalendarHistory(_) | Problem::CalendarDiffers { .. } => Remedy::Calendar,
    }
}

fn hint(r: Remedy) -> String {
    match r {
        Remedy::File => t!("verify-hint-file"),
        Remedy::History => t!("verify-hint-history"),
        Remedy::Count => t!("verify-hint-count"),
        Remedy::Serial => t!("verify-hint-serial"),
        Remedy::Calendar => t!("verify-hint-calendar"),
        Remedy::Bodies => t!("verify-hint-bodies"),
        Remedy::Unreadable => t!("verify-hint-unreadable"),
    }
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let mut reg = ctx.open()?;
    let mut out = std::io::stdout().lock();
    let mut found = Vec::new();
    let mut io = Ok(());
    let checked = reg.verify(|p| {
        if io.is_ok() {
            let line = crate::domain::text::escaped_lines(&super::words::problem(&p));
            io = writeln!(out, "{line}");
        }
        found.push(p);
    })?;
    io?;
    let years: BTreeSet<i32> = found
        .iter()
        .filter_map(|p| match p {
            Problem::Count { year, .. } => Some(*year),
            _ => None,
        })
        .collect();
    let (mut problems, mut checked) = (found, checked);
    let repaired = args.repair && !years.is_empty();
    if repaired {
        reg.recount_year_stats()?;
        let years: Vec<String> = years.iter().map(i32::to_string).collect();
        let years = years.join(", ");
        writeln!(out, "{}", t!("verify-repaired", years = years))?;
        // Checked again: what is left is what the repair could not mend.
        problems = Vec::new();
        checked = reg.verify(|p| problems.push(p))?;
    }
    let (n, cases) = (problems.len(), checked);
    if n == 0 {
        writeln!(out, "{}", t!("verify-ok", cases = cases))?;
        return Ok(0);
    }
    if repaired {
        writeln!(out, "{}", t!("verify-problems-left", n = n, cases = cases))?;
    } else {
        writeln!(out, "{}", t!("verify-problems", n = n, cases = cases))?;
    }
    out.flush()?;
    let remedies: BTreeSet<Remedy> = problems.iter().map(remedy).collect();
    for r in remedies {
        crate::errln!("{}: {}", t!("hint-prefix"), hint(r))?;
    }
    Ok(Kind::Differences.exit_code())
}

#[cfg(test)]
mod tests {
    use crate::domain::Lang;
    use crate::i18n::{Arg, message_in};

    #[test]
    fn counts_are_worded_by_number() {
        let say = |lang, n: i64, cases: i64| {
            let args = [("n", Arg::from(n)), ("cases", Arg::from(cases))];
            message_in(lang, "verify-problems", &args)
        };
        assert_eq!(say(Lang::En, 1, 1), "1 problem found in 1 case");
        assert_eq!(say(Lang::En, 2, 0), "2 problems found in 0 cases");
        // No digit grouping: the figures read the same in both languages and in logs.
        assert_eq!(
            say(Lang::En, 12000, 9000),
            "12000 problems found in 9000 cases"
        );
        assert_eq!(
            say(Lang::Id, 1, 9000),
            "ditemukan 1 masalah pada 9000 perkara"
        );
    }
}
