//! `sengketa hearing schedule`.

use super::{By, Overrides, named, parse_case};
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
/// The hearing is "sidang ke-N": its place among the case's hearings held or
/// scheduled (an undone or cancelled one takes none). Its date may lie in the
/// future; the scheduling itself is recorded today. A day the commission does not
/// work, or a clash with another hearing of the same room or panel member at an
/// overlapping time (the setting hearing-minutes, 120 by default), is refused
/// unless --on-non-working-day or --despite-clash, with --reason.
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
    /// The time it starts, 24 hours: 09.30, 9.30 or 09:30
    #[arg(long, value_parser = parse_time, value_name = "HH.MM")]
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
    overrides: Overrides,
    /// Why an override is given (kept in the history)
    #[arg(long)]
    reason: Option<String>,
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
    let ov = args.overrides.with(args.reason.as_deref())?;
    let (case, h) = reg.schedule_hearing(&args.case, &plan, ctx.today, &stamp, &ov)?;
    let nth = crate::domain::hearing::nth(&reg.hearings(&case)?, h.no).unwrap_or(1);
    let said = match &h.at {
        Some(at) => t!(
            "hearing-scheduled-at-done",
            case = &case.register_no,
            hearing = named(&h, nth),
            on = h.on,
            at = crate::render::human::time(at)
        ),
        None => t!(
            "hearing-scheduled-done",
            case = &case.register_no,
            hearing = named(&h, nth),
            on = h.on
        ),
    };
    crate::errln!("{said}")?;
    crate::outln!("{nth}")?;
    Ok(())
}
