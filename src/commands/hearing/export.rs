//! `sengketa hearing export`.

use crate::commands::Ctx;
use crate::commands::csv_args::CsvArgs;
use crate::commands::table::{HearingsTable, export};
use crate::error::Result;
use crate::render::Dialect;
use std::path::PathBuf;

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
    /// Write to this file (created readable by its owner only) instead of standard
    /// output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    csv: CsvArgs,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let reg = ctx.open()?;
    let dialect = Dialect {
        excel: args.csv.excel,
    };
    let output = args.output.as_deref();
    export::<HearingsTable>(&reg, ctx, args.year, output, dialect, |cells, w| w(cells))?;
    Ok(0)
}
