//! `sengketa case void`.

use super::{Step, parse_case};
use crate::commands::Ctx;
use crate::domain::case::not_future;
use crate::domain::error::DateOf;
use crate::domain::register_no::CaseRef;
use crate::domain::{EventKind, VoidReason};
use crate::error::Result;
use crate::t;

/// Declare an entry void: it was never a dispute (a duplicate, a mistake)
///
/// The case keeps its register number (a number is never given again) and its
/// history, and shows as void in `case show` and `case list --include-void`; it is
/// left out of every recap, count, deadline, agenda and export. Only an entry with
/// no step after it can be voided (undo its steps first); `case undo` reverts the
/// void.
///
/// Examples:
///   sengketa case void 2026/5 --reason duplicate --of 2026/4
///   sengketa case void 2026/7 --reason mistake --note "entered twice"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    step: Step,
    /// Why the entry is void
    #[arg(long, value_enum)]
    reason: VoidReason,
    /// The case this entry duplicates
    #[arg(long, value_parser = parse_case, value_name = "CASE")]
    of: Option<CaseRef>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let on = args.step.on.unwrap_or(ctx.today);
    not_future(DateOf::Step(EventKind::Void), on, ctx.today)?;
    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.step.actor, args.step.note);
    let case = reg.void_case(&args.step.case, args.reason, args.of.as_ref(), on, &stamp)?;
    crate::errln!(
        "{}",
        t!(
            "case-voided",
            case = &case.register_no,
            reason = crate::commands::messages::word!(args.reason),
        )
    )?;
    Ok(())
}
