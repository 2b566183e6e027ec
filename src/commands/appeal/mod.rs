//! `sengketa appeal ...`: the appeals of a decision to the courts, level by level, and
//! the appeals CSV out and in. Every step is an act of the case's history, reverted by
//! `case undo` like any other.

mod decide;
mod file;

use super::Ctx;
use super::table::{AppealsTable, ExportArgs, ImportArgs, export_all, import};
use crate::error::Result;

/// Record appeals of a decision to the courts (keberatan, kasasi) and their
/// outcomes; export and import the appeals CSV
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    File(file::Args),
    Decide(decide::Args),
    /// Import the decisions' services and appeals from an appeals CSV, all or nothing
    ///
    /// Columns (header required, in this order), as `appeal export` writes them:
    ///   register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome
    ///
    /// Each row names a decided case already in the register (by its full register
    /// number). Its history is recorded as the clerk's commands would have: the service
    /// on served_on (once per case), the filing on filed_on, the court's decision on
    /// decided_on. Every step is checked as the commands check it (no appeal of a
    /// mediation decision, levels in order, no court decision before its filing). If
    /// any row is invalid nothing is written and every invalid row is reported (line,
    /// column, value, reason); exit 3.
    ///
    /// Examples:
    ///   sengketa appeal import appeals-2026.csv
    ///   sengketa appeal import --dry-run - < appeals.csv
    #[command(verbatim_doc_comment)]
    Import(ImportArgs),
    /// Write every decision's service and appeals: one row per appeal, the columns
    /// `appeal import` reads
    ///
    /// Columns:
    /// register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome
    /// (served_on: the day the parties received the decision, on every row of the case;
    /// a case served and not appealed: one row with the level empty). In register
    /// order, then by level. Importing it into a register with the same cases (and no
    /// appeals yet) and exporting again gives the same file, byte for byte.
    ///
    /// Examples:
    ///   sengketa appeal export -o appeals.csv
    ///   sengketa appeal export --year 2026
    #[command(verbatim_doc_comment)]
    Export(ExportArgs),
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::File(a) => file::run(a, ctx).map(|()| 0),
        Command::Decide(a) => decide::run(a, ctx).map(|()| 0),
        Command::Import(a) => import(AppealsTable::new(ctx.today), a, ctx),
        Command::Export(a) => export_all::<AppealsTable>(&a, ctx),
    }
}
