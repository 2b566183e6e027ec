//! `sengketa case reject`.

use super::{Step, record};
use crate::commands::Ctx;
use crate::domain::Reason;
use crate::domain::lifecycle::Action;
use crate::error::Result;

/// Record that the application does not qualify (entered -> done)
///
/// Examples:
///   sengketa case reject 2017/2 --reason late --on 2017-03-10
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    step: Step,
    /// Why the application does not qualify
    #[arg(long)]
    reason: Reason,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    record(args.step, Action::Reject(args.reason), ctx)
}
