//! `sengketa appeal export`.

use crate::commands::Ctx;
use crate::commands::csv_args::CsvArgs;
use crate::commands::table::{AppealsTable, export};
use crate::error::Result;
use crate::render::Dialect;
use std::path::PathBuf;

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
    export::<AppealsTable>(&reg, ctx, args.year, output, dialect, |cells, w| w(cells))?;
    Ok(0)
}
