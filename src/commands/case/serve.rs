//! `sengketa case serve`.

use super::parse_case;
use crate::commands::Ctx;
use crate::commands::messages::parse_date;
use crate::domain::appeal::{AppealStep, window};
use crate::domain::case::not_future;
use crate::domain::error::DateOf;
use crate::domain::register_no::CaseRef;
use crate::domain::{Date, EventKind, Level};
use crate::error::Result;
use crate::t;

/// Record the day the parties received the decision; the appeal window runs from it
///
/// An appeal to the administrative court (PTUN) or the district court (PN) is in
/// time within 14 working days after it (Law 14/2008 Art. 48). Without it, the
/// window runs from the decision's date. Recorded once; `case undo` reverts it.
///
/// Examples:
///   sengketa case serve 2026/1 --on 2026-06-22
///   sengketa case serve 2026/1            # received the day of the decision
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    case: CaseRef,
    /// The day the parties received the decision [default: the decision's date]
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    on: Option<Date>,
    /// A note kept with the step in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records the step [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    if let Some(on) = args.on {
        not_future(DateOf::Step(EventKind::Serve), on, ctx.today)?;
    }
    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.actor, args.note);
    let (case, appeals, on) =
        reg.appeal_step(&args.case, args.on, &stamp, |_, _| Ok(AppealStep::Serve))?;
    let cal = reg.calendar()?;
    let message = match window(&case.facts, &appeals, Level::FirstInstance, &cal) {
        Some(w) => t!(
            "case-served-window",
            case = &case.register_no,
            on = on,
            closes = w.closes
        ),
        None => t!("case-served", case = &case.register_no, on = on),
    };
    crate::errln!("{message}")?;
    Ok(())
}
