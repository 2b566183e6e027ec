//! `sengketa case close`.

use super::{Step, record_forced};
use crate::commands::Ctx;
use crate::domain::DomainError;
use crate::domain::error::TextField;
use crate::domain::lifecycle::Action;
use crate::error::Result;
use crate::t;

/// Record that the case is finished (withdrawn or decided -> done)
///
/// The ruling on a withdrawal is made, or the decision has become final: a
/// decision that may still be appealed (its window open) or whose appeal is
/// pending is refused, unless --force --reason names what the register does not
/// hold (a court's letter). `case list --to-close` lists the cases to close.
///
/// Examples:
///   sengketa case close 2017/1 --on 2017-07-12
///   sengketa case close 2017/2 --force --reason "PTUN letter: appeal withdrawn"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    step: Step,
    /// Close although an appeal is pending or may still come (give --reason)
    #[arg(long)]
    force: bool,
    /// Why the close is forced (kept in the history)
    #[arg(long)]
    reason: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let reason = match (args.force, args.reason.as_deref().map(str::trim)) {
        (false, _) => None,
        (true, None) => return Err(crate::error::Error::usage(t!("close-force-needs-reason"))),
        (true, Some("")) => return Err(DomainError::Empty(TextField::HearingReason).into()),
        (true, Some(r)) => {
            TextField::HearingReason.check(r)?;
            Some(r.to_string())
        }
    };
    record_forced(args.step, Action::Close, reason.as_deref(), ctx)
}
