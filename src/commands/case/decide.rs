//! `sengketa case decide`.

use super::{Step, record};
use crate::commands::Ctx;
use crate::domain::error::TextField;
use crate::domain::lifecycle::Action;
use crate::domain::{Outcome, Via};
use crate::error::Result;

/// Record the decision on a qualified case (qualified -> decided)
///
/// The routes and the outcomes each can have follow this help.
///
/// Examples:
///   sengketa case decide 2017/1 --via adjudication --outcome partly_granted \
///       --on 2017-06-20
///   sengketa case decide 2017/4 --via mediation --outcome agreement \
///       --decision-no 004/V/KI-JBI-PS-M/2017
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    step: Step,
    /// The route by which the decision was reached
    #[arg(long)]
    via: Via,
    /// The decision's outcome
    #[arg(long)]
    outcome: Outcome,
    /// The decision's own number, as written
    #[arg(long, value_name = "NUMBER")]
    decision_no: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    if let Some(n) = &args.decision_no {
        TextField::DecisionNo.check(n.trim())?;
    }
    let action = Action::Decide {
        via: args.via,
        outcome: args.outcome,
        decision_no: args
            .decision_no
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty()),
    };
    record(args.step, action, ctx)
}
