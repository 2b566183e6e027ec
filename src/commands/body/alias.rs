//! `sengketa body alias`.

use super::By;
use crate::commands::Ctx;
use crate::error::Result;
use crate::t;

/// Give a public body another name it goes by
///
/// A new case or an imported row naming the alias (up to case and spaces) lands on
/// the body. An alias must not be another body's name or alias (two bodies with one
/// name are one body: `body merge` joins them).
///
/// Examples:
///   sengketa body alias "Dinas PUPR Kab. Muaro Jambi" --add "DPUPR Muaro Jambi"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The body: its name or an alias
    #[arg(value_name = "BODY")]
    body: String,
    /// The other name
    #[arg(long, value_name = "NAME")]
    add: String,
    #[command(flatten)]
    by: By,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let mut reg = ctx.open()?;
    let body = reg.body_alias(
        &args.body,
        &args.add,
        &ctx.stamp(args.by.actor, args.by.note),
    )?;
    crate::errln!(
        "{}",
        t!(
            "body-aliased",
            body = body,
            alias = crate::domain::tidy(&args.add)
        )
    )?;
    Ok(())
}
