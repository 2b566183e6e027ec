//! `sengketa body set`.

use super::By;
use crate::commands::Ctx;
use crate::domain::BodyKind;
use crate::error::Result;
use crate::t;

/// Set the kind of a public body (Law 14/2008 Art. 1(3)), for `recap --by
/// body-kind`
///
/// Examples:
///   sengketa body set "Dinas PUPR Kab. Muaro Jambi" --kind regency-city-government
///   sengketa body set "PT Bank Jambi" --kind bumn-bumd
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The body: its name or an alias
    #[arg(value_name = "BODY")]
    body: String,
    /// Its kind
    #[arg(long)]
    kind: BodyKind,
    #[command(flatten)]
    by: By,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let mut reg = ctx.open()?;
    let (body, old) = reg.body_set_kind(
        &args.body,
        args.kind,
        &ctx.stamp(args.by.actor, args.by.note),
    )?;
    crate::errln!(
        "{}",
        t!(
            "body-kind-set",
            body = body,
            old = crate::commands::messages::word!(old),
            new = crate::commands::messages::word!(args.kind),
        )
    )?;
    Ok(())
}
