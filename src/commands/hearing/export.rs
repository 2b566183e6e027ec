//! `sengketa hearing export`.

use crate::commands::Ctx;
use crate::commands::table::{ExportTo, HearingsTable, export_all};
use crate::error::Result;

/// Write every hearing as it stands: one row per hearing, the columns `hearings
/// import` reads
///
/// Columns:
/// register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,
/// respondent,reason (first_on: the date first set; on_date: the date after
/// postponements; reason: the last postponement's, or the cancellation's). In
/// register order, then by hearing number. Importing it into a register with the
/// same cases (and no hearings yet) and exporting again gives the same file, byte
/// for byte.
///
/// Examples:
///   sengketa hearing export -o hearings.csv
///   sengketa hearing export --year 2017
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only the hearings of cases received in this year (as `sengketa export --year`)
    #[arg(long)]
    year: Option<i32>,
    #[command(flatten)]
    to: ExportTo,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    export_all::<HearingsTable>(args.year, &args.to, ctx)?;
    Ok(0)
}
