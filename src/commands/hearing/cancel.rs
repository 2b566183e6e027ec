//! `sengketa hearing cancel`.

use super::{HearingStepArgs, named, reason, record};
use crate::commands::Ctx;
use crate::domain::hearing::HearingStep;
use crate::error::Result;
use crate::t;

/// Cancel a scheduled hearing
///
/// The cancellation is recorded today. `case undo` reverts it if it was a mistake.
///
/// Examples:
///   sengketa hearing cancel 2017/1 3 --reason "the applicant withdrew"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    which: HearingStepArgs,
    /// Why it is cancelled (kept in the history)
    #[arg(long)]
    reason: String,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let step = HearingStep::Cancel {
        no: args.which.no,
        reason: reason(&args.reason)?,
    };
    let (case, h, nth) = record(&mut ctx.open()?, args.which, step, ctx)?;
    crate::errln!(
        "{}",
        t!(
            "hearing-cancelled-done",
            case = &case.register_no,
            hearing = named(&h, nth)
        )
    )?;
    Ok(())
}
