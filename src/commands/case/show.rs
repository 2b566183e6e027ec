//! `sengketa case show`.

use super::parse_case;
use crate::commands::Ctx;
use crate::domain::deadlines::Timing;
use crate::domain::register_no::CaseRef;
use crate::error::Result;
use crate::render::{Format, case};

/// Show a case: every field and its full timeline (reverted steps marked)
///
/// Examples:
///   sengketa case show 2017/1
///   sengketa case show 001/III/KI-JBI-PS/2017 --format json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    case: CaseRef,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let reg = ctx.open()?;
    let c = reg.find(&args.case)?;
    let events = reg.events(&c)?;
    let hearings = reg.hearings(&c)?;
    let cal = reg.calendar()?;
    let first_held = crate::domain::hearing::first_held(&hearings, ctx.today);
    let t = Timing::of(&cal, &c.facts, first_held, ctx.today);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Table => case::show_table(&mut out, &c, &t, &events)?,
        Format::Json => case::show_json(&mut out, &c, &t, &events)?,
        Format::Csv => case::show_csv(&mut out, &c, &events)?,
    }
    Ok(())
}
