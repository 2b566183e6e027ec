//! `sengketa doc KIND CASE`: a paper printed, issued (a letter number and an act) or a
//! draft (blanks, nothing recorded).

use crate::commands::Ctx;
use crate::commands::case::parse_case;
use crate::domain::paper::missing;
use crate::domain::register_no::CaseRef;
use crate::domain::{PaperKind, Party};
use crate::error::{Error, Kind, Result};
use crate::render::paper::{self, Logo, LogoFault, PaperFormat, TemplateFault};
use crate::storage::PaperRequest;
use crate::t;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct PaperArgs {
    /// The paper: registration, incomplete, summons, service, minutes, withdrawal,
    /// lapse, decision-copy (or an Indonesian name: panggilan, relaas, ...)
    #[arg(value_name = "KIND", required = true)]
    kind: Option<PaperKind>,
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE", required = true)]
    case: Option<CaseRef>,
    /// The hearing the paper is about (summons, service, minutes)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    hearing: Option<i64>,
    /// The party it is addressed to (summons, service, decision-copy)
    #[arg(long)]
    party: Option<Party>,
    /// What is missing (incomplete) or what was handed in (registration); repeatable
    #[arg(long, value_name = "TEXT")]
    item: Vec<String>,
    /// The output: html (print-ready, A4) or docx (Word, LibreOffice)
    #[arg(long, value_enum, default_value_t = PaperFormat::Html)]
    format: PaperFormat,
    /// Write the paper to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Print it with visible blanks for the missing facts; not issued, nothing recorded
    #[arg(long)]
    draft: bool,
    /// Who issues the paper [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

/// A template's fault in words.
pub(super) fn template_error(e: &TemplateFault) -> Error {
    let line = |l: &Option<usize>| l.map_or_else(|| "?".to_string(), |l| l.to_string());
    match e {
        TemplateFault::Syntax { line: l, why } => Error::invalid(t!(
            "doc-template-syntax",
            line = line(l),
            why = why.as_str()
        )),
        TemplateFault::Unknown { line: l, name } => Error::invalid(t!(
            "doc-template-unknown",
            line = line(l),
            name = name.as_str()
        ))
        .with_hint(t!("doc-template-unknown-hint")),
        TemplateFault::Render { line: l, why } => Error::invalid(t!(
            "doc-template-render",
            line = line(l),
            why = why.as_str()
        )),
    }
}

/// Reads the logo the `commission-logo` setting names, checking it is a PNG or JPEG.
pub(crate) fn read_logo(path: &Path) -> Result<Logo> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        Error::invalid(t!("doc-logo-unreadable", file = &file, why = e.to_string()))
            .with_hint(t!("doc-logo-hint"))
    })?;
    Logo::read(bytes).map_err(|f| {
        let msg = match f {
            LogoFault::NotAnImage => t!("doc-logo-not-image", file = &file),
            LogoFault::NoSize => t!("doc-logo-no-size", file = &file),
        };
        Error::invalid(msg).with_hint(t!("doc-logo-hint"))
    })
}

/// Writes a paper's bytes to `-o FILE` (whole or not at all) or to standard output.
pub(super) fn write_out(bytes: &[u8], output: Option<&Path>, ctx: &Ctx) -> Result<()> {
    match output {
        Some(p) => {
            let mut f = crate::output::OutputFile::create(p, ctx.db_path().ok().as_deref())?;
            f.write_all(bytes)?;
            f.finish()
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
            Ok(())
        }
    }
}

pub fn run(args: PaperArgs, ctx: &Ctx) -> Result<()> {
    let (Some(kind), Some(case_ref)) = (args.kind, args.case) else {
        return Err(Error::usage(t!("doc-need-kind")));
    };
    let mut reg = ctx.open()?;
    let case = reg.find(&case_ref)?;
    let req = PaperRequest {
        kind,
        hearing: args.hearing,
        party: args.party,
        items: args
            .item
            .iter()
            .map(|i| i.trim().to_string())
            .filter(|i| !i.is_empty())
            .collect(),
        format: args.format.as_str(),
    };
    let mut facts = reg.paper_facts(&case, &req, ctx.today)?;
    let logo = match reg.setting("commission-logo")? {
        Some(p) => Some(read_logo(Path::new(&p))?),
        None => None,
    };
    let text = reg
        .paper_template(kind)?
        .unwrap_or_else(|| paper::template::shipped(kind).to_string());
    let lacking = missing(kind, &facts);
    if args.draft {
        let bytes = paper::render(&text, &facts, logo.as_ref(), args.format)
            .map_err(|e| template_error(&e))?;
        write_out(&bytes, args.output.as_deref(), ctx)?;
        crate::errln!("{}", t!("doc-draft", count = lacking.len()))?;
        return Ok(());
    }
    if !lacking.is_empty() {
        let mut msg = t!(
            "doc-missing",
            kind = kind.as_str(),
            case = &case.register_no,
            count = lacking.len()
        );
        for m in &lacking {
            msg.push_str(&format!("\n  {}: {}", m.what, m.command));
        }
        return Err(Error::new(Kind::Invalid, msg).with_hint(t!("doc-missing-hint")));
    }
    if kind == PaperKind::DecisionCopy
        && let Some(days) = facts.decision.late_by
    {
        crate::errln!("{}", t!("doc-late-copy", days = days))?;
    }
    if let Some(p) = &args.output {
        crate::output::check_dest(p, ctx.db_path().ok().as_deref())?;
    }
    let stamp = ctx.stamp(args.actor, None);
    let template_sha256 = paper::sha256_hex(text.as_bytes());
    let (issued, bytes) = reg.issue_paper(&case, &req, ctx.today, &stamp, |letter_no| {
        facts.letter.number = Some(letter_no.to_string());
        let bytes = paper::render(&text, &facts, logo.as_ref(), args.format)
            .map_err(|e| template_error(&e))?;
        Ok((bytes, template_sha256.clone()))
    })?;
    write_out(&bytes, args.output.as_deref(), ctx)?;
    crate::errln!(
        "{}",
        t!(
            "doc-issued",
            kind = kind.as_str(),
            letter = &issued.letter_no,
            case = &case.register_no,
            sha = &issued.output_sha256
        )
    )?;
    Ok(())
}
