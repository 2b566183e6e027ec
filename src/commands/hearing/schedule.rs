//! `sengketa hearing schedule`.

use super::{By, named, parse_case};
use crate::commands::Ctx;
use crate::commands::messages::{parse_date, parse_time};
use crate::domain::error::TextField;
use crate::domain::register_no::CaseRef;
use crate::domain::{Date, DomainError, HearingKind};
use crate::error::Result;
use crate::storage::HearingPlan;
use crate::t;

/// Schedule a hearing of a case; prints its number
///
/// The hearing gets the case's next hearing number (1, 2, ...; a number is never
/// given twice, even after `case undo`). Its date may lie in the future; the
/// scheduling itself is recorded today.
///
/// Examples:
///   sengketa hearing schedule 2017/1 --on 2026-12-03 --at 09:00 \
///       --kind preliminary --room "Ruang Sidang 1" --panel "Ketua: A. Rahman"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    case: CaseRef,
    /// The hearing's date (YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY; may be in the future)
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    on: Date,
    /// The time it starts (HH:MM, 24 hours)
    #[arg(long, value_parser = parse_time, value_name = "HH:MM")]
    at: Option<String>,
    /// What the hearing is for
    #[arg(long)]
    kind: HearingKind,
    /// Where it is held
    #[arg(long)]
    room: Option<String>,
    /// The panel (majelis komisioner) that hears it
    #[arg(long)]
    panel: Option<String>,
    #[command(flatten)]
    by: By,
}

/// A free-text field: trimmed; given empty, refused.
fn given(v: Option<String>, p: TextField) -> Result<Option<String>> {
    match v.as_deref().map(str::trim) {
        Some("") => Err(DomainError::Empty(p).into()),
        Some(t) => {
            p.check(t)?;
            Ok(Some(t.to_string()))
        }
        None => Ok(None),
    }
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let plan = HearingPlan {
        kind: args.kind,
        on: args.on,
        at: args.at,
        room: given(args.room, TextField::Room)?,
        panel: given(args.panel, TextField::Panel)?,
    };
    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.by.actor, args.by.note);
    let (case, h) = reg.schedule_hearing(&args.case, &plan, ctx.today, &stamp)?;
    let said = match &h.at {
        Some(at) => t!(
            "hearing-scheduled-at-done",
            case = &case.register_no,
            hearing = named(&h),
            on = h.on,
            at = at
        ),
        None => t!(
            "hearing-scheduled-done",
            case = &case.register_no,
            hearing = named(&h),
            on = h.on
        ),
    };
    crate::errln!("{said}")?;
    crate::outln!("{}", h.no)?;
    Ok(())
}
