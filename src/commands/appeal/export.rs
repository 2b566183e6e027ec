//! `sengketa appeal export`.

use crate::commands::Ctx;
use crate::commands::table::{AppealsTable, ExportTo, export_all};
use crate::error::Result;

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
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only the cases received in this year (as `sengketa export --year`)
    #[arg(long)]
    year: Option<i32>,
    #[command(flatten)]
    to: ExportTo,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    export_all::<AppealsTable>(args.year, &args.to, ctx)?;
    Ok(0)
}
