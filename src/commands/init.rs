//! `sengketa init`: create the register file.

use super::Ctx;
use crate::error::Result;
use crate::t;

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
        let path = reg.path().display().to_string();
        crate::errln!("{}", t!("init-created", path = path))?;
        if reg.setting("commission-code")?.is_none() {
            crate::errln!("{}", t!("init-next"))?;
        }
    } else {
        let path = reg.path().display().to_string();
        crate::errln!("{}", t!("init-there", path = path))?;
    }
    Ok(0)
}
