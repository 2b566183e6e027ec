//! `sengketa body ...`: the public bodies (badan publik) cases are brought against: their
//! names, aliases, kinds, and merging two spellings of one body.

mod alias;
mod list;
mod merge;
mod rename;
mod set;
mod show;

use super::Ctx;
use crate::error::Result;

/// List and correct the public bodies: names, aliases, kinds, merges
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    List(list::Args),
    Show(show::Args),
    Rename(rename::Args),
    Alias(alias::Args),
    Set(set::Args),
    Merge(merge::Args),
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::List(a) => list::run(a, ctx),
        Command::Show(a) => show::run(a, ctx),
        Command::Rename(a) => rename::run(a, ctx),
        Command::Alias(a) => alias::run(a, ctx),
        Command::Set(a) => set::run(a, ctx),
        Command::Merge(a) => merge::run(a, ctx),
    }
    .map(|()| 0)
}

/// Who records a change of a body: a note and the actor.
#[derive(Debug, clap::Args)]
pub struct By {
    /// A note kept with the change in the history
    #[arg(long)]
    pub note: Option<String>,
    /// Who records the change [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    pub actor: Option<String>,
}
