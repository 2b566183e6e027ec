//! `sengketa case close`.

use super::{Step, record};
use crate::commands::Ctx;
use crate::domain::lifecycle::Action;
use crate::error::Result;

/// Record that the case is finished (withdrawn or decided -> done)
///
/// The ruling on a withdrawal is made, or the decision has become final.
///
/// Examples:
///   sengketa case close 2017/1 --on 2017-07-12
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    step: Step,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    record(args.step, Action::Close, ctx)
}
