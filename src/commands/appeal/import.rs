//! `sengketa appeal import`: load the appeals CSV, all or nothing.

use crate::commands::Ctx;
use crate::commands::table::{AppealsTable, ImportArgs, import};
use crate::error::Result;

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
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    file: ImportArgs,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    import(AppealsTable::new(ctx.today), args.file, ctx)
}
