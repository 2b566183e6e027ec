//! `sengketa appeal ...`: the appeals of a decision to the courts, level by level, and
//! the appeals CSV out and in. Every step is an act of the case's history, reverted by
//! `case undo` like any other.

mod decide;
mod export;
mod file;
mod import;

use super::Ctx;
use crate::error::Result;

/// Record appeals of a decision to the courts (keberatan, kasasi) and their
/// outcomes; export and import the appeals CSV
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    File(file::Args),
    Decide(decide::Args),
    Import(import::Args),
    Export(export::Args),
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::File(a) => file::run(a, ctx).map(|()| 0),
        Command::Decide(a) => decide::run(a, ctx).map(|()| 0),
        Command::Import(a) => import::run(a, ctx),
        Command::Export(a) => export::run(a, ctx),
    }
}
