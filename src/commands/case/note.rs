//! `sengketa case note`.

use super::parse_case;
use crate::commands::Ctx;
use crate::domain::register_no::CaseRef;
use crate::error::Result;
use crate::t;

/// Record a free note on a case (a phone call, a document handed in)
///
/// The note is kept in the case file's history with who wrote it and when; `case
/// show` lists the notes. Notes are never published (recaps, the report, exports).
///
/// Examples:
///   sengketa case note 2017/1 "Pemohon menelepon: minta jadwal sidang"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    case: CaseRef,
    /// The note
    #[arg(value_name = "TEXT")]
    text: String,
    /// Who records it [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let mut reg = ctx.open()?;
    let case = reg.note(&args.case, &args.text, &ctx.stamp(args.actor, None))?;
    crate::errln!("{}", t!("note-done", case = &case.register_no))?;
    Ok(())
}
