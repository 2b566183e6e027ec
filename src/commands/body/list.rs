//! `sengketa body list`.

use crate::commands::Ctx;
use crate::error::Result;
use crate::render::Format;
use crate::render::body::list;

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
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let reg = ctx.open()?;
    let bodies = reg.bodies()?;
    let mut out = std::io::stdout().lock();
    list(&mut out, &bodies, args.format, crate::i18n::lang())
}
