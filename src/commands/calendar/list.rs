//! `sengketa calendar list`.

use crate::commands::Ctx;
use crate::commands::csv_args::CsvArgs;
use crate::error::Result;
use crate::render::Format;
use crate::render::calendar::write_days;
use clap::builder::ArgPredicate;
use std::io::Write;

/// List the non-working days of the calendar
///
/// Weekends are left out: they are never working days. The CSV has the columns
/// date,kind,name_id,name_en,source: the shipped data file's, and what `calendar
/// import` reads. Whether collective leave counts is the setting collective-leave.
///
/// Examples:
///   sengketa calendar list --year 2025
///   sengketa calendar list --year 2026 --format csv > 2026.csv
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only the days of this year
    #[arg(long, value_parser = clap::value_parser!(i32).range(1900..=9999))]
    year: Option<i32>,
    #[arg(long, value_enum, default_value_t = Format::Table,
          default_value_if("excel", ArgPredicate::IsPresent, "csv"))]
    format: Format,
    #[command(flatten)]
    csv: CsvArgs,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let dialect = args.csv.dialect(args.format)?;
    let reg = ctx.open()?;
    let days = reg.calendar_days(args.year)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_days(&mut out, args.format, dialect, &days)?;
    out.flush()?;
    Ok(())
}
