//! `sengketa verify`: check that the register holds together.

use super::Ctx;
use crate::error::{Kind, Result};
use std::io::Write;

/// Check that the register holds together; exit 1 if it does not
///
/// Replays every case's history and compares it with the case as the register holds it
/// (its facts, hearings, appeals and void), compares the per-year counts the recap reads
/// with the cases, checks the serial counters, the calendar, and the public bodies (their
/// names, aliases and merges against their history), and runs SQLite's integrity and
/// foreign-key checks. Useful after anyone has edited the file by other means than
/// sengketa (the sqlite3 shell, a backup restore).
///
/// Examples:
///   sengketa verify
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {}

pub fn run(_args: Args, ctx: &Ctx) -> Result<i32> {
    let reg = ctx.open()?;
    let mut out = std::io::stdout().lock();
    let mut problems = 0u64;
    let mut io = Ok(());
    let checked = reg.verify(|p| {
        problems += 1;
        if io.is_ok() {
            io = writeln!(out, "{}", super::words::problem(&p));
        }
    })?;
    io?;
    if problems == 0 {
        writeln!(out, "the register holds together: {checked} cases checked")?;
        Ok(0)
    } else {
        writeln!(out, "{problems} problems found in {checked} cases")?;
        Ok(Kind::Differences.exit_code())
    }
}
