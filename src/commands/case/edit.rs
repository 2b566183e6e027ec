//! `sengketa case edit`.

use super::parse_case;
use crate::commands::Ctx;
use crate::domain::ApplicantKind;
use crate::domain::case::Edit;
use crate::domain::register_no::CaseRef;
use crate::error::Result;
use crate::t;

/// Correct a case's particulars (a typo in a name, the wrong body)
///
/// The old and new values are recorded as an event. Steps are corrected with `case
/// undo`. The case file (the parties' contacts, the representative, the PPID
/// and its superior for this case, the road to the dispute) is changed with its
/// flags, in the case file's history; an empty text clears a field.
///
/// Examples:
///   sengketa case edit 2017/1 --applicant "Budi Santoso" --note "typo in the name"
///   sengketa case edit 2017/1 --objected 2017-01-10 --superior-answered 2017-02-01
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    case: CaseRef,
    /// The applicant's name
    #[arg(long)]
    applicant: Option<String>,
    /// Who the applicant is
    #[arg(long)]
    applicant_kind: Option<ApplicantKind>,
    /// The respondent public body
    #[arg(long)]
    body: Option<String>,
    /// The information requested
    #[arg(long)]
    subject: Option<String>,
    #[command(flatten)]
    file: Box<super::file_args::FileArgs>,
    /// A note kept with the correction
    #[arg(long)]
    note: Option<String>,
    /// Who records it [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let edit = Edit {
        applicant: args.applicant,
        applicant_kind: args.applicant_kind,
        body: args.body,
        subject: args.subject,
    };
    let file = args.file.edit();
    let particulars = edit.check();
    if particulars.is_err() && !file.is_empty() {
        // The case file alone.
        let mut reg = ctx.open()?;
        let stamp = ctx.stamp(args.actor, args.note);
        let (case, changed) = reg.edit_file(&args.case, &file, ctx.today, &stamp)?;
        let said = if changed {
            t!("edit-done", case = &case.register_no)
        } else {
            t!("edit-file-unchanged", case = &case.register_no)
        };
        crate::errln!("{said}")?;
        return Ok(());
    }
    particulars?;
    let mut reg = ctx.open()?;
    let case = reg.edit_with_file(
        &args.case,
        &edit,
        &file,
        ctx.today,
        &ctx.stamp(args.actor, args.note),
    )?;
    crate::errln!("{}", t!("edit-done", case = &case.register_no))?;
    Ok(())
}
