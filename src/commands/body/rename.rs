//! `sengketa body rename`.

use super::By;
use crate::commands::Ctx;
use crate::error::Result;
use crate::t;

/// Rename a public body (its cases follow; the history keeps the old name)
///
/// The new name must not be another body's name or alias. The old name is not kept
/// as an alias: add it with `body alias` if files still spell it so.
///
/// Examples:
///   sengketa body rename "Dinas PU" --to "Dinas PUPR Kab. Muaro Jambi"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The body: its name or an alias
    #[arg(value_name = "BODY")]
    body: String,
    /// Its new name
    #[arg(long, value_name = "NAME")]
    to: String,
    #[command(flatten)]
    by: By,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let mut reg = ctx.open()?;
    let old = reg.body_rename(
        &args.body,
        &args.to,
        ctx.today,
        &ctx.stamp(args.by.actor, args.by.note),
    )?;
    crate::errln!(
        "{}",
        t!(
            "body-renamed",
            old = old,
            new = crate::domain::tidy(&args.to)
        )
    )?;
    Ok(())
}
