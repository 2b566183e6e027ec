//! `sengketa init`: create the register file.

use super::Ctx;
use crate::error::Result;

/// Create the register file (readable by its owner only); harmless if it exists.
///
/// Examples:
///   sengketa init
///   sengketa --db ./jambi.db init
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {}

pub fn run(_args: Args, ctx: &Ctx) -> Result<i32> {
    let (reg, created) = ctx.create()?;
    if created {
        crate::errln!("created the register {}", reg.path().display())?;
        if reg.setting("commission-code")?.is_none() {
            crate::errln!("next: sengketa config set commission-code <CODE>   (e.g. JBI)")?;
        }
    } else {
        crate::errln!(
            "the register {} is already there; nothing changed",
            reg.path().display()
        )?;
    }
    Ok(0)
}
