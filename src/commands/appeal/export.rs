//! `sengketa appeal export`.

use crate::commands::Ctx;
use crate::commands::csv_args::CsvArgs;
use crate::commands::export::write_output;
use crate::domain::appeal::row::{COLUMNS, cells};
use crate::error::Result;
use crate::render::{CsvOut, Dialect};
use std::io::{BufWriter, Write};
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
    write_output(args.output.as_deref(), ctx, |out| {
        let mut out = BufWriter::new(out);
        let mut w = CsvOut::new(
            &mut out,
            Dialect {
                excel: args.csv.excel,
            },
        )?;
        w.row(COLUMNS)?;
        reg.export_appeals(args.year, |register_no, served_on, appeal| {
            Ok(w.row(cells(register_no, served_on, appeal))?)
        })?;
        w.flush()?;
        drop(w);
        out.flush()?;
        Ok(())
    })?;
    Ok(0)
}
