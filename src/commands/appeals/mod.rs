//! `sengketa appeals ...`: the appeals CSV out and in.

mod export;
mod import;

use super::Ctx;
use crate::error::Result;

/// Export and import the appeals CSV (service dates, appeals and court decisions)
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Export(export::Args),
    Import(import::Args),
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::Export(a) => export::run(a, ctx),
        Command::Import(a) => import::run(a, ctx),
    }
}
