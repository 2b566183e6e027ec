//! `sengketa backup FILE`: a consistent copy of the register, checked before it is kept.

use super::{Ctx, messages, outfile};
use crate::error::{Error, Kind, Result};
use crate::t;
use std::io::Write;
use std::path::PathBuf;

/// Copy the register to a file while clerks keep working, and check the copy
///
/// The copy is made by SQLite's online backup from one snapshot: steps recorded
/// meanwhile are wholly in it or not at all. It is then checked as `sengketa
/// verify` checks a register (SQLite's integrity check, the hash chain, every case
/// against its history) and kept only if it holds together; it prints the copy's
/// head. The file is readable by its owner only. An existing file is replaced only
/// with --force; the register itself never is.
///
/// Examples:
///   sengketa backup /media/usb/register-2026-11-29.db
///   sengketa backup backup.db --force
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The copy to make
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    outfile::not_the_register(&args.file, &ctx.db_path()?)?;
    outfile::refuse_existing(&args.file, args.force)?;
    let reg = ctx.open()?;
    let temp = outfile::staged(&args.file)?;
    reg.backup_to(temp.path())?;
    drop(reg);
    let copy = ctx.open_at(temp.path())?;
    let mut problems = 0u64;
    let mut err = std::io::stderr().lock();
    let verified = copy.verify(None, |p| {
        problems += 1;
        let _ = writeln!(err, "{}", messages::problem(&p));
    })?;
    drop(copy);
    if problems > 0 {
        return Err(
            Error::new(Kind::Differences, t!("backup-not-verified", n = problems))
                .with_hint(t!("backup-not-verified-hint")),
        );
    }
    if args.force {
        // A register replaced keeps no WAL of its own beside the copy: SQLite would read
        // the old file's last steps into the new one. (The tool keeps a register's WAL
        // between runs.)
        for end in ["-wal", "-shm"] {
            let mut beside = args.file.clone().into_os_string();
            beside.push(end);
            let _ = std::fs::remove_file(beside);
        }
    }
    outfile::place(temp, &args.file, args.force)?;
    let head = verified
        .chain
        .head
        .map(|h| h.to_string())
        .unwrap_or_default();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{}",
        t!(
            "backup-done",
            file = args.file.display().to_string(),
            cases = verified.cases,
            head = head
        )
    )?;
    out.flush()?;
    Ok(0)
}
