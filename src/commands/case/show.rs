//! `sengketa case show`.

use super::parse_case;
use crate::commands::Ctx;
use crate::commands::csv_args::CsvArgs;
use crate::domain::deadlines::Timing;
use crate::domain::hearing::may_lapse;
use crate::domain::register_no::CaseRef;
use crate::error::Result;
use crate::render::{Format, case};
use clap::builder::ArgPredicate;

/// Show a case: every field, its full timeline (reverted steps marked), its
/// hearings and its appeals
///
/// After the deadlines, what followed the decision: the day the parties received
/// it, whether it is final (inkracht) and since when, or when its appeal window
/// closes, and its appeals (each level's window, late filings flagged). After the
/// timeline, the case's hearings as they stand, and the lapse flag when the
/// applicant was absent, unrepresented, from two hearings held (PERKI 1/2013). A
/// void entry says so. In CSV, the timeline only (every step is in it).
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
    #[arg(long, value_enum, default_value_t = Format::Table,
          default_value_if("excel", ArgPredicate::IsPresent, "csv"))]
    format: Format,
    #[command(flatten)]
    csv: CsvArgs,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let dialect = args.csv.dialect(args.format)?;
    let reg = ctx.open()?;
    let c = reg.find(&args.case)?;
    let events = reg.events(&c)?;
    let list = reg.hearings(&c)?;
    let lapse = may_lapse(&list);
    let hearings = case::Hearings {
        list: &list,
        may_lapse: lapse.as_deref(),
    };
    let cal = reg.calendar()?;
    let first_held = crate::domain::hearing::first_held(&list, ctx.today);
    let t = Timing::of(&cal, &c.facts, first_held, ctx.today);
    let appeals = reg.appeals(&c)?;
    let after = crate::render::appeal::AfterDecision::of(&c.facts, &appeals, &cal, ctx.today);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Table => {
            case::show_table(&mut out, &c, &t, &events, &hearings, &after)?;
            papers(&mut out, &reg.papers_of(&c)?)?;
        }
        Format::Json => case::show_json(&mut out, &c, &t, &events, &hearings, &after)?,
        Format::Csv => case::show_csv(&mut out, dialect, &c, &events)?,
    }
    Ok(())
}

/// The papers issued for the case (`sengketa doc`), one line each.
fn papers(out: &mut impl std::io::Write, papers: &[crate::storage::IssuedPaper]) -> Result<()> {
    if papers.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", crate::t!("show-papers"))?;
    for p in papers {
        let mut about = String::new();
        if let Some(n) = p.hearing {
            about.push_str(&crate::t!("show-paper-hearing", no = n));
        }
        if let Some(party) = p.party {
            about.push_str(&format!(" {}", super::super::messages::word!(party)));
        }
        writeln!(
            out,
            "  {}  {}  {}{}  {}  {}  sha256 {}",
            p.letter_no,
            p.kind.as_str(),
            p.format,
            about,
            p.recorded_at,
            p.actor,
            &p.output_sha256[..16]
        )?;
    }
    Ok(())
}
