//! `sengketa case withdraw`.

use super::{Step, record};
use crate::commands::Ctx;
use crate::domain::lifecycle::Action;
use crate::error::Result;

/// Record the applicant's withdrawal (entered or qualified -> withdrawn)
///
/// Examples:
///   sengketa case withdraw 2017/3 --on 2017-04-02 --note "letter of 2 April"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    step: Step,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    record(args.step, Action::Withdraw, ctx)
}
