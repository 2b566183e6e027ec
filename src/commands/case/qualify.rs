//! `sengketa case qualify`.

use super::{Step, record};
use crate::commands::Ctx;
use crate::domain::lifecycle::Action;
use crate::error::Result;

/// Record that the application meets the requirements (entered -> qualified)
///
/// Examples:
///   sengketa case qualify 2017/1 --on 2017-03-09
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    step: Step,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    record(args.step, Action::Qualify, ctx)
}
