//! `sengketa calendar remove`.

use crate::commands::Ctx;
use crate::commands::messages::parse_date;
use crate::domain::error::TextField;
use crate::domain::{Date, DomainError};
use crate::error::Result;
use crate::t;

/// Remove a day from the calendar: a working day again (unless a weekend)
///
/// The history keeps the day removed and the reason.
///
/// Examples:
///   sengketa calendar remove 2026-12-28 --reason "the closure was called off"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The day (YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)
    #[arg(value_parser = parse_date, value_name = "DATE")]
    date: Date,
    /// Why the day is removed (kept in the history)
    #[arg(long)]
    reason: String,
    /// A note kept with the removal in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records the removal [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let reason = args.reason.trim();
    if reason.is_empty() {
        return Err(DomainError::Empty(TextField::RemoveReason).into());
    }
    TextField::RemoveReason.check(reason)?;
    let mut reg = ctx.open()?;
    let day = reg.calendar_remove(args.date, reason, &ctx.stamp(args.actor, args.note))?;
    crate::errln!(
        "{}",
        t!(
            "calendar-removed",
            date = day.date,
            weekday = crate::render::calendar::weekday(day.date),
            kind = crate::commands::messages::word!(day.kind),
            name = format!("{:?}", day.name_id)
        )
    )?;
    Ok(())
}
