//! `sengketa calendar add`.

use crate::commands::Ctx;
use crate::commands::messages::parse_date;
use crate::domain::calendar::CalendarDay;
use crate::domain::{Date, DayKind};
use crate::error::Result;
use crate::t;

/// The source of a day the commission adds without naming one.
const DEFAULT_SOURCE: &str = "added by the commission";

/// Add a non-working day: a regional holiday, an office closure
///
/// Adds a day the calendar does not have yet; to change a day it has, remove it
/// first or import a file with its new values. Any date may be added, past or
/// future (holidays are decreed ahead). The addition is recorded in the history.
///
/// Examples:
///   sengketa calendar add 2026-12-28 --kind office-closure --name "Kantor tutup"
///   sengketa calendar add 06/01/2027 --kind public-holiday \
///       --name "Hari Jadi Provinsi Jambi" --name-en "Jambi Province Day" \
///       --source "Perda Provinsi Jambi No. 1/2026"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The day (YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)
    #[arg(value_parser = parse_date, value_name = "DATE")]
    date: Date,
    /// Why it is not a working day
    #[arg(long)]
    kind: DayKind,
    /// Its name in Indonesian
    #[arg(long)]
    name: String,
    /// Its name in English [default: the --name]
    #[arg(long)]
    name_en: Option<String>,
    /// What makes it a non-working day (a decree, a letter) [default: added by the commission]
    #[arg(long)]
    source: Option<String>,
    /// A note kept with the addition in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records the addition [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let day = CalendarDay::new(
        args.date,
        args.kind,
        &args.name,
        args.name_en.as_deref().unwrap_or(&args.name),
        args.source.as_deref().unwrap_or(DEFAULT_SOURCE),
    )?;
    let mut reg = ctx.open()?;
    reg.calendar_add(&day, &ctx.stamp(args.actor, args.note))?;
    crate::errln!(
        "{}",
        t!(
            "calendar-added",
            date = day.date,
            weekday = crate::render::calendar::weekday(day.date),
            kind = crate::commands::messages::word!(day.kind),
            name = format!("{:?}", day.name_id)
        )
    )?;
    Ok(())
}
