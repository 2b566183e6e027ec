//! `sengketa case show`.

use super::parse_case;
use crate::commands::Ctx;
use crate::commands::csv_args::CsvArgs;
use crate::domain::case_file;
use crate::domain::deadlines::{ProcedureDue, Timing};
use crate::domain::hearing::may_lapse;
use crate::domain::intake::DeadlineBasis;
use crate::domain::register_no::CaseRef;
use crate::error::Result;
use crate::render::{self, Format, case};
use clap::builder::ArgPredicate;
use std::io::Write;

/// Show a case: every field, its full timeline (reverted steps marked), its
/// hearings and its appeals
///
/// After the deadlines, what followed the decision: the day the parties received
/// it, whether it is final (inkracht) and since when, or when its appeal window
/// closes, and its appeals (each level's window, late filings flagged). After the
/// timeline, the case's hearings as they stand, and the lapse flag when the
/// applicant was absent, unrepresented, from two hearings held (PERKI 1/2013). A
/// void entry says so. Then the case file, when the case has one: the parties'
/// contacts, the road to the dispute and its filing window (Law 14/2008 Art.
/// 35-37), the panel, the services of summons (on which the lapse flag then
/// rests) and the notes; then the papers issued (in JSON: `papers`). In CSV, the
/// timeline only (every step is in it).
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
    let events = reg.events_with_overrides(&c)?;
    let list = reg.hearings(&c)?;
    let file = reg.case_file(&c)?;
    // Once a service is recorded, only absences from hearings properly summoned count
    // (docs/case-file.md); without one, as `may_lapse` always counted.
    let counted = case_file::lapse(&list, &file.services);
    let lapse = if file.services.is_empty() {
        may_lapse(&list)
    } else {
        counted.as_ref().map(|c| {
            c.iter()
                .map(|a| crate::domain::hearing::nth(&list, a.hearing_no).unwrap_or(a.hearing_no))
                .collect()
        })
    };
    let hearings = case::Hearings {
        list: &list,
        may_lapse: lapse.as_deref(),
    };
    let cal = reg.calendar()?;
    let filing = case_file::filing(&cal, &file.road, c.facts.received_on);
    let first_held = crate::domain::hearing::first_held(&list, ctx.today);
    let basis = reg.deadline_basis()?;
    let from = basis.from(c.facts.received_on, &c.intake);
    let t = Timing::counted_from(&cal, &c.facts, first_held, ctx.today, from);
    let appeals = reg.appeals(&c)?;
    let after = crate::render::appeal::AfterDecision::of(&c.facts, &appeals, &cal, ctx.today);
    // Intake and mediation show only where they are recorded (a void entry has none due).
    let uses_intake = reg.uses_intake()?;
    let due = ProcedureDue::of(&cal, &c, uses_intake && c.void.is_none(), ctx.today);
    let procedure = uses_intake || c.mediation.started_on.is_some();
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Table => {
            case::show_table(&mut out, &c, &t, &events, &hearings, &after)?;
            let mut lines = render::intake::lines(&c, &due);
            // The basis is named where intake is recorded or the commission set it.
            if procedure || basis != DeadlineBasis::default() {
                lines.push(render::intake::basis_line(basis, from));
            }
            if procedure && !lines.is_empty() {
                let width = render::table::width();
                write!(out, "\n{}", render::table::sheet(&lines, width))?;
            }
            let line = super::file_args::filing_line(&filing);
            render::case_file::show_table(&mut out, &file, &filing, &line, counted.as_deref())?;
            papers(&mut out, &reg.papers_of(&c)?)?;
        }
        Format::Json => {
            let mut buf = Vec::new();
            case::show_json(&mut buf, &c, &t, &events, &hearings, &after)?;
            let mut v: serde_json::Value = serde_json::from_slice(&buf)?;
            if let Some(o) = v.as_object_mut() {
                if procedure || basis != DeadlineBasis::default() {
                    o.insert(
                        "deadline_basis".into(),
                        serde_json::json!({"basis": basis.as_str(), "from": from.to_string()}),
                    );
                }
                if procedure {
                    let (intake, mediation) = render::intake::json(&c, &due);
                    o.insert("intake".into(), intake);
                    o.insert("mediation".into(), mediation);
                }
                if !file.is_empty() {
                    let (f, w) = render::case_file::json(&file, &filing, counted.as_deref());
                    o.insert("case_file".into(), f);
                    o.insert("filing".into(), w);
                }
                o.insert("papers".into(), papers_json(&reg.papers_of(&c)?));
            }
            crate::render::safe_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
        Format::Csv => case::show_csv(&mut out, dialect, &c, &events)?,
    }
    Ok(())
}

/// The papers issued for the case as JSON: each its act, kind, letter number, hearing,
/// party, format and the SHA-256 of the file and of its template.
fn papers_json(papers: &[crate::storage::IssuedPaper]) -> serde_json::Value {
    papers
        .iter()
        .map(|p| {
            serde_json::json!({
                "act": p.act_id,
                "kind": p.kind.as_str(),
                "letter_no": p.letter_no,
                "hearing": p.hearing,
                "party": p.party.map(|p| p.as_str()),
                "format": p.format,
                "sha256": p.output_sha256,
                "template_sha256": p.template_sha256,
                "actor": p.actor,
                "recorded_at": p.recorded_at,
            })
        })
        .collect()
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
