//! `sengketa case assign`.

use super::parse_case;
use crate::commands::Ctx;
use crate::domain::register_no::CaseRef;
use crate::error::Result;
use crate::t;

/// Assign a case's panel (majelis komisioner), mediator and substitute clerk
///
/// A panel has an odd number of commissioners, at least three, the chair counted
/// (PERKI 1/2013 Art. 1(16)); each is named by number or name (`person list`).
/// Assigning again replaces the panel: --reason says why, in the history.
///
/// Examples:
///   sengketa case assign 2017/1 --chair "Ahmad" --member "Siti" --member "Rudi" \
///       --mediator "Siti" --clerk "Dewi"
///   sengketa case assign 2017/1 --chair 1 --member 2 --member 5 \
///       --reason "Rudi on leave"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    case: CaseRef,
    /// The presiding commissioner
    #[arg(long, value_name = "PERSON")]
    chair: String,
    /// A member of the panel (repeat: two, four, ...)
    #[arg(long, value_name = "PERSON")]
    member: Vec<String>,
    /// The mediator
    #[arg(long, value_name = "PERSON")]
    mediator: Option<String>,
    /// The substitute clerk (panitera pengganti)
    #[arg(long, value_name = "PERSON")]
    clerk: Option<String>,
    /// Why the panel is replaced (required when the case has one)
    #[arg(long)]
    reason: Option<String>,
    /// A note kept with the assignment in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records it [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let mut reg = ctx.open()?;
    let (case, replaced) = reg.assign(
        &args.case,
        (
            &args.chair,
            &args.member,
            args.mediator.as_deref(),
            args.clerk.as_deref(),
        ),
        args.reason.as_deref(),
        &ctx.stamp(args.actor, args.note),
    )?;
    let said = if replaced {
        t!("assign-replaced", case = &case.register_no)
    } else {
        t!("assign-done", case = &case.register_no)
    };
    crate::errln!("{said}")?;
    Ok(())
}
