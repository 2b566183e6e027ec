//! `sengketa body show`.

use crate::commands::Ctx;
use crate::commands::csv_args::CsvArgs;
use crate::error::Result;
use crate::render::Format;
use crate::render::body::show;
use clap::builder::ArgPredicate;

/// Show a public body: its name, kind, aliases, the bodies merged into it, its
/// cases, and the history of its changes
///
/// A body is named by its name or an alias, up to case and spaces; the name of a
/// body merged into another shows the other.
///
/// Examples:
///   sengketa body show "Dinas PUPR Kab. Muaro Jambi"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The body: its name or an alias
    #[arg(value_name = "BODY")]
    body: String,
    #[arg(long, value_enum, default_value_t = Format::Table,
          default_value_if("excel", ArgPredicate::IsPresent, "csv"))]
    format: Format,
    #[command(flatten)]
    csv: CsvArgs,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let reg = ctx.open()?;
    let (info, history) = reg.body(&args.body)?;
    let mut out = std::io::stdout().lock();
    let dialect = args.csv.dialect(args.format)?;
    show(&mut out, &info, &history, args.format, dialect)
}
