//! `sengketa body list`.

use crate::commands::Ctx;
use crate::commands::csv_args::CsvArgs;
use crate::error::Result;
use crate::render::Format;
use crate::render::body::list;
use clap::builder::ArgPredicate;

/// List the public bodies: each with its kind, its cases and its aliases
///
/// The cases are counted without void entries. A body merged into another is not
/// listed: its name is the other's alias (`body show` lists both).
///
/// Examples:
///   sengketa body list
///   sengketa body list --format csv > bodies.csv
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = Format::Table,
          default_value_if("excel", ArgPredicate::IsPresent, "csv"))]
    format: Format,
    #[command(flatten)]
    csv: CsvArgs,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let reg = ctx.open()?;
    let bodies = reg.bodies()?;
    let mut out = std::io::stdout().lock();
    let dialect = args.csv.dialect(args.format)?;
    list(&mut out, &bodies, args.format, dialect)
}
