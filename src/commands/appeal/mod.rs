//! `sengketa appeal ...`: the appeals of a decision to the courts, level by level. Every
//! step is an act of the case's history, reverted by `case undo` like any other.

mod decide;
mod file;

use super::Ctx;
use crate::error::Result;

/// Record appeals of a decision to the courts (keberatan, kasasi) and their
/// outcomes
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    File(file::Args),
    Decide(decide::Args),
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::File(a) => file::run(a, ctx),
        Command::Decide(a) => decide::run(a, ctx),
    }
    .map(|()| 0)
}
