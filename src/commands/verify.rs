//! `sengketa verify`: check that the register holds together, and recount what is derived.

use super::Ctx;
use crate::domain::chain::HeadRef;
use crate::error::{Kind, Result};
use crate::storage::{ChainFault, FileCheck, Problem, Verified};
use crate::t;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

/// Check that the register holds together; exit 1 if it does not
///
/// Recomputes the hash chain of the history from the first act and names each
/// act that no longer matches its hash; compares the register's tables, indexes
/// and triggers with those this version makes; replays every case's history and
/// compares it with the case as the register holds it (its particulars, facts,
/// hearings, appeals and void); compares the settings, the per-year counts, the
/// serial counters, the calendar and the public bodies (names, aliases, merges)
/// with what they derive from; runs SQLite's quick check of the file (every page
/// and record, NOT NULL and CHECK constraints) and its foreign-key check; --deep
/// runs SQLite's whole integrity check instead (every index against its table
/// too), as `backup` does on its copy. All in one snapshot: clerks may keep
/// working meanwhile. Each kind of problem found comes with a hint on what can be
/// done.
///
/// --head prints the chain's head, the number of acts and the last act's hash:
/// write it down (a logbook, a monthly report). --since HEAD later proves that the
/// register extends that head unchanged: every act up to it still hashes to it.
///
/// --sign KEY (with --head) signs the head with the chair's secret key
/// (`sengketa key generate`), records the checkpoint in the register and prints
/// it: its text, then its signature in minisign's format (`minisign -V` checks
/// it). --checkpoints PUBKEY checks every checkpoint's signature with the public
/// key, and that the chain still passes through each signed head: a history
/// rewritten and hashed again behind a checkpoint is caught. Every `verify`
/// checks the heads of the checkpoints.
///
/// --repair counts the per-year counts afresh from the cases, in one transaction,
/// and seals the acts that have no hash, with an act that names them (every later
/// `verify` reports it); then checks again. It changes nothing else: the cases and
/// their history are the record, and a difference in them is for a person to look
/// into. An act without a hash is what someone deleting hashes to re-seal a forged
/// history leaves: repair only when you know why it has none.
///
/// Examples:
///   sengketa verify
///   sengketa verify --deep
///   sengketa verify --head >> logbook.txt
///   sengketa verify --since 1523:9f86d081884c7d65
///   sengketa verify --repair
///   sengketa verify --head --sign /media/ketua/kunci/sengketa.key
///   sengketa verify --checkpoints sengketa.pub
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Count the per-year counts afresh from the cases if they differ, and seal acts
    /// that have no hash, with an act saying so (nothing else)
    #[arg(long)]
    repair: bool,
    /// Print the chain's head (N:HASH16, then the whole hash) on stdout; the report
    /// goes to stderr
    #[arg(long)]
    head: bool,
    /// Prove that the register extends this head (N:HASH, as --head printed it)
    #[arg(long, value_name = "HEAD", value_parser = parse_head)]
    since: Option<HeadRef>,
    /// With --head: sign the verified head with this secret key, record the checkpoint
    /// and print it (its text, then its signature)
    #[arg(long, value_name = "KEY", requires = "head")]
    sign: Option<PathBuf>,
    /// Check the checkpoints' signatures with this public key (a .pub file), and that
    /// the chain passes through every signed head
    #[arg(long, value_name = "PUBKEY")]
    checkpoints: Option<PathBuf>,
    /// Run SQLite's whole integrity check (every index against its table) instead of its
    /// quick check: slower, for a monthly check or a file that has been copied or mended
    #[arg(long)]
    deep: bool,
}

fn parse_head(s: &str) -> std::result::Result<HeadRef, String> {
    HeadRef::parse(s).ok_or_else(|| t!("verify-bad-head", head = s))
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
    /// An act without a hash: `--repair` seals it, knowingly.
    Unsealed,
    /// A serial counter behind.
    Serial,
    /// A serial counter moved up.
    SerialAhead,
    /// The calendar against its history.
    Calendar,
    /// The public bodies against their history.
    Bodies,
    /// A value written by other means that cannot be read.
    Unreadable,
    /// The hash chain: the history changed after it was recorded.
    Chain,
    /// The schema: a table, index or trigger changed.
    Schema,
    /// A setting against its history.
    Setting,
    /// A signed checkpoint the chain no longer passes through, or one removed.
    Checkpoint,
    /// No checkpoint signed by the key given.
    CheckpointKey,
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
        Problem::Count { .. } | Problem::DayCount { .. } | Problem::StatsDate { .. } => {
            Remedy::Count
        }
        Problem::Chain {
            fault: ChainFault::NoHash,
            ..
        } => Remedy::Unsealed,
        Problem::Serial { .. } => Remedy::Serial,
        Problem::SerialAhead { .. } => Remedy::SerialAhead,
        Problem::CalendarHistory(_) | Problem::CalendarDiffers { .. } => Remedy::Calendar,
        Problem::Chain { .. } | Problem::Particulars(_) | Problem::PaperBytes { .. } => {
            Remedy::Chain
        }
        Problem::LetterSerials { .. } => Remedy::History,
        Problem::Schema { .. } => Remedy::Schema,
        Problem::Setting { .. } => Remedy::Setting,
        Problem::Checkpoint { .. } | Problem::CheckpointMissing { .. } => Remedy::Checkpoint,
        Problem::NoCheckpoint { .. } => Remedy::CheckpointKey,
    }
}

fn hint(r: Remedy) -> String {
    match r {
        Remedy::File => t!("verify-hint-file"),
        Remedy::History => t!("verify-hint-history"),
        Remedy::Count => t!("verify-hint-count"),
        Remedy::Unsealed => t!("verify-hint-unsealed"),
        Remedy::Serial => t!("verify-hint-serial"),
        Remedy::SerialAhead => t!("verify-hint-serial-ahead"),
        Remedy::Calendar => t!("verify-hint-calendar"),
        Remedy::Bodies => t!("verify-hint-bodies"),
        Remedy::Unreadable => t!("verify-hint-unreadable"),
        Remedy::Chain => t!("verify-hint-chain"),
        Remedy::Schema => t!("verify-hint-schema"),
        Remedy::Setting => t!("verify-hint-setting"),
        Remedy::Checkpoint => t!("verify-hint-checkpoint"),
        Remedy::CheckpointKey => t!("verify-hint-checkpoint-key"),
    }
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    // The keys first: a wrong file or password stops the run before the long check.
    let public = args
        .checkpoints
        .as_deref()
        .map(super::key::read_public)
        .transpose()?;
    let mut reg = ctx.open()?;
    let signer = match &args.sign {
        Some(path) => Some(super::key::Signer::new(path, &reg)?),
        None => None,
    };
    // With --head, stdout is the head alone (for a logbook); the report goes to stderr.
    let mut report: Box<dyn Write> = if args.head {
        Box::new(std::io::stderr().lock())
    } else {
        Box::new(std::io::stdout().lock())
    };
    let since = args.since.as_ref();
    let mut found = Vec::new();
    let mut io = Ok(());
    let key = public.as_ref();
    let file = if args.deep {
        FileCheck::Deep
    } else {
        FileCheck::Quick
    };
    let mut verified = reg.verify_with(since, key, file, |p| {
        if io.is_ok() {
            let line = crate::domain::text::escaped_lines(&super::messages::problem(&p));
            io = writeln!(report, "{line}");
        }
        found.push(p);
    })?;
    io?;
    let years: BTreeSet<i32> = found
        .iter()
        .filter_map(|p| match p {
            Problem::Count { year, .. } | Problem::DayCount { year, .. } => Some(*year),
            Problem::StatsDate { year, .. } => i32::try_from(*year).ok(),
            _ => None,
        })
        .collect();
    let unsealed = found.iter().any(|p| remedy(p) == Remedy::Unsealed);
    let mut problems = found;
    let mut repaired = false;
    if args.repair
        && unsealed
        && let Some(acts) = reg.repair_chain(&ctx.stamp(None, None))?
    {
        writeln!(report, "{}", t!("verify-sealed", acts = acts))?;
        repaired = true;
    }
    if args.repair && !years.is_empty() {
        reg.recount_year_stats()?;
        let years: Vec<String> = years.iter().map(i32::to_string).collect();
        let years = years.join(", ");
        writeln!(report, "{}", t!("verify-repaired", years = years))?;
        repaired = true;
    }
    if repaired {
        // Checked again: what is left is what the repair could not mend.
        problems = Vec::new();
        verified = reg.verify_with(since, key, file, |p| problems.push(p))?;
    }
    notes(&mut report, &verified)?;
    let extends = verified.chain.extends == Some(true);
    if let Some(head) = &args.since {
        let head = format!("{}:{}", head.acts, head.prefix);
        let line = if extends {
            t!("verify-extends", head = head)
        } else {
            t!("verify-not-extends", head = head)
        };
        writeln!(report, "{line}")?;
    }
    let (n, cases) = (problems.len(), verified.cases);
    if n == 0 && (extends || since.is_none()) {
        writeln!(report, "{}", t!("verify-ok", cases = cases))?;
        report.flush()?;
        match (args.head, verified.chain.head, signer) {
            (true, Some(head), Some(signer)) => signer.sign(&mut reg, head, ctx)?,
            (true, Some(head), None) => {
                let mut out = std::io::stdout().lock();
                writeln!(out, "{head}\n{}", head.hash.hex())?;
                out.flush()?;
            }
            _ => {}
        }
        return Ok(0);
    }
    if n > 0 {
        let line = if repaired {
            t!("verify-problems-left", n = n, cases = cases)
        } else {
            t!("verify-problems", n = n, cases = cases)
        };
        writeln!(report, "{line}")?;
    }
    report.flush()?;
    drop(report);
    let mut remedies: BTreeSet<Remedy> = problems.iter().map(remedy).collect();
    if !extends && since.is_some() {
        remedies.insert(Remedy::Chain);
    }
    for r in remedies {
        crate::errln!("{}: {}", t!("hint-prefix"), hint(r))?;
    }
    Ok(Kind::Differences.exit_code())
}

/// What the reader of a report should know that is no problem: acts recorded under a
/// pinned clock, and acts hashed at once when hashing began.
fn notes(out: &mut dyn Write, v: &Verified) -> std::io::Result<()> {
    if let (n @ 1.., Some(first)) = v.chain.pinned {
        writeln!(out, "{}", t!("verify-pinned", n = n, first = first))?;
    }
    if let Some((act, at)) = &v.chain.hashed_at {
        writeln!(
            out,
            "{}",
            t!(
                "verify-hashed-at",
                last = *act - 1,
                act = *act,
                at = at.as_str()
            )
        )?;
    }
    for line in super::messages::checkpoints_proved(&v.checkpoints) {
        writeln!(out, "{line}")?;
    }
    for (act, at, acts) in &v.chain.repaired {
        writeln!(
            out,
            "{}",
            t!(
                "verify-sealed-at",
                acts = acts.as_str(),
                act = *act,
                at = at.as_str()
            )
        )?;
    }
    Ok(())
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
