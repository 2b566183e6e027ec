//! `sengketa calendar ...`: the commission's non-working days, which the deadlines skip.

mod add;
mod import;
mod list;
mod remove;

use super::Ctx;
use crate::error::Result;

/// The calendar of non-working days: holidays, collective leave, office closures
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    List(list::Args),
    Add(add::Args),
    Remove(remove::Args),
    Import(import::Args),
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::List(a) => list::run(a, ctx),
        Command::Add(a) => add::run(a, ctx),
        Command::Remove(a) => remove::run(a, ctx),
        Command::Import(a) => import::run(a, ctx),
    }
    .map(|()| 0)
}
