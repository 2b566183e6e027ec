//! `sengketa body merge`.

use super::By;
use crate::commands::{Ctx, prompt};
use crate::domain::DomainError;
use crate::error::Result;
use crate::t;

/// Merge a public body into another: two spellings of one body become one
///
/// Its cases and its aliases belong to the other from now on, and its name resolves
/// to the other (an import naming it lands there). The history records the merge;
/// `case undo` does not split the bodies again, so on a terminal the merge asks for
/// confirmation; in a script give --yes (without it, and without a terminal,
/// nothing is merged: exit 3).
///
/// Examples:
///   sengketa body merge "Dinas PU Muaro Jambi" --into "Dinas PUPR Muaro Jambi"
///   sengketa body merge "Bappeda Jambi" --into "Bappeda Provinsi Jambi" --yes
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The body merged: its name or an alias
    #[arg(value_name = "BODY")]
    body: String,
    /// The body it is merged into: its name or an alias
    #[arg(long, value_name = "BODY")]
    into: String,
    /// Merge without asking (a merge cannot be undone)
    #[arg(long)]
    yes: bool,
    #[command(flatten)]
    by: By,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let mut reg = ctx.open()?;
    let (from, into) = reg.merge_plan(&args.body, &args.into)?;
    if !args.yes {
        let confirmed = prompt::interactive()
            && prompt::confirm(&t!(
                "body-merge-confirm",
                from = &from.name,
                cases = from.cases,
                into = &into.name
            ))?;
        if !confirmed {
            return Err(DomainError::MergeNotConfirmed {
                from: from.name,
                into: into.name,
            }
            .into());
        }
    }
    let (from, into, moved) = reg.body_merge(
        &args.body,
        &args.into,
        ctx.today,
        &ctx.stamp(args.by.actor, args.by.note),
    )?;
    crate::errln!(
        "{}",
        t!("body-merged", from = from, into = into, cases = moved)
    )?;
    Ok(())
}
