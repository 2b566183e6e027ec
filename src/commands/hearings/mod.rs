//! `sengketa hearings ...`: the hearings CSV, out and in, so that a commission can bring
//! its past hearing records into the register.

mod export;
mod import;

use super::Ctx;
use crate::error::Result;

/// Export and import the hearings CSV
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
