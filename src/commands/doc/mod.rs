//! `sengketa doc`: the clerk's papers printed from the register (`doc KIND CASE`), the
//! templates they are printed from (`doc template`), and the check and reprint of an
//! issued paper (`doc verify`, `doc reissue`).

mod issue;
mod template;
mod verify;

pub(crate) use issue::read_logo;

use super::Ctx;
use crate::error::Result;

/// Print a paper of the procedure, in Bahasa Indonesia, as HTML or DOCX
///
/// KIND: registration (akta-registrasi), incomplete (pemberitahuan), summons
/// (panggilan), service (relaas), minutes (berita-acara), withdrawal (pembatalan),
/// lapse (gugur), decision-copy (salinan-putusan). An issued paper takes the next
/// letter number and is recorded in the history with its hashes; a paper that
/// lacks a fact is refused with the command that records it, or printed with
/// blanks by --draft (not issued).
///
/// Examples:
///   sengketa doc summons 2014/1 --hearing 1 --party applicant -o panggilan.html
///   sengketa doc berita-acara 2014/1 --hearing 1 --format docx -o ba.docx
///   sengketa doc registration 2014/1 --draft
///   sengketa doc template show summons
///   sengketa doc verify panggilan.html
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment, args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    issue: issue::PaperArgs,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    #[command(subcommand)]
    Template(template::Command),
    Verify(verify::VerifyArgs),
    Reissue(verify::ReissueArgs),
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    match args.command {
        Some(Command::Template(cmd)) => template::run(cmd, ctx).map(|()| 0),
        Some(Command::Verify(a)) => verify::verify(a, ctx),
        Some(Command::Reissue(a)) => verify::reissue(a, ctx).map(|()| 0),
        None => issue::run(args.issue, ctx).map(|()| 0),
    }
}
