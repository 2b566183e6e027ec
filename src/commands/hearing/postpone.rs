//! `sengketa hearing postpone`.

use super::{HearingStepArgs, Overrides, named, reason, record_with};
use crate::commands::Ctx;
use crate::commands::messages::parse_date;
use crate::domain::Date;
use crate::domain::hearing::HearingStep;
use crate::error::Result;
use crate::t;

/// Move a scheduled hearing to a new date
///
/// The postponement is recorded today; the new date may not be before today nor
/// the hearing's present date. Time, room and panel stay as scheduled. A new
/// date on which the commission does not work, or that clashes with another
/// hearing of the room or of a panel member, is refused unless
/// --on-non-working-day or --despite-clash.
///
/// Examples:
///   sengketa hearing postpone 2017/1 2 --to 2026-12-10 \
///       --reason "panel member away"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    which: HearingStepArgs,
    /// The new date (YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    to: Date,
    /// Why it is postponed (kept in the history; also the reason of an override)
    #[arg(long)]
    reason: String,
    #[command(flatten)]
    overrides: Overrides,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let step = HearingStep::Postpone {
        no: args.which.no,
        to: args.to,
        reason: reason(&args.reason)?,
    };
    let ov = args.overrides.with(Some(&args.reason))?;
    let (case, h, nth) = record_with(&mut ctx.open()?, args.which, step, &ov, ctx)?;
    crate::errln!(
        "{}",
        t!(
            "hearing-postponed-done",
            case = &case.register_no,
            hearing = named(&h, nth),
            to = h.on,
            first = h.first_on
        )
    )?;
    Ok(())
}
