//! `sengketa doc verify FILE` and `sengketa doc reissue LETTER-NO`: whether a file is a
//! paper the register issued, byte for byte, and the same bytes written again.

use crate::commands::Ctx;
use crate::error::{Error, Kind, Result};
use crate::render::paper::sha256_hex;
use crate::t;
use std::path::PathBuf;

/// Say whether a file is a paper this register issued, as it is
///
/// Names the act that issued it; a file changed by one byte is not (exit 1).
///
/// Examples:
///   sengketa doc verify panggilan.html
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct VerifyArgs {
    /// The paper's file (HTML or DOCX)
    file: PathBuf,
}

/// Write an issued paper again, byte for byte
///
/// Examples:
///   sengketa doc reissue 001/PAN/KI-JBI/I/2014 -o panggilan.html
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ReissueArgs {
    /// The paper's letter number
    #[arg(value_name = "LETTER-NO")]
    letter: String,
    /// Write the paper to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn verify(args: VerifyArgs, ctx: &Ctx) -> Result<i32> {
    let shown = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).map_err(|e| {
        Error::invalid(t!(
            "doc-template-unreadable",
            file = &shown,
            why = e.to_string()
        ))
    })?;
    let sha = sha256_hex(&bytes);
    let reg = ctx.open()?;
    match reg.paper_by_hash(&sha)? {
        Some(p) => {
            crate::outln!(
                "{}",
                t!(
                    "doc-verify-issued",
                    file = &shown,
                    letter = &p.letter_no,
                    kind = p.kind.as_str(),
                    case = &p.case,
                    act = p.act_id,
                    actor = &p.actor,
                    at = &p.recorded_at
                )
            )?;
            Ok(0)
        }
        None => Err(Error::new(
            Kind::Differences,
            t!("doc-verify-not-issued", file = &shown, sha = &sha),
        )
        .with_hint(t!("doc-verify-not-issued-hint"))),
    }
}

pub fn reissue(args: ReissueArgs, ctx: &Ctx) -> Result<()> {
    let reg = ctx.open()?;
    let Some((p, bytes)) = reg.paper_by_letter(&args.letter)? else {
        return Err(Error::new(
            Kind::NotFound,
            t!("doc-reissue-unknown", letter = args.letter.trim()),
        )
        .with_hint(t!("doc-reissue-unknown-hint")));
    };
    super::issue::write_out(&bytes, args.output.as_deref(), ctx)?;
    crate::errln!(
        "{}",
        t!(
            "doc-reissued",
            letter = &p.letter_no,
            format = &p.format,
            sha = &p.output_sha256
        )
    )?;
    Ok(())
}
