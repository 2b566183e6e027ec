//! `sengketa case add`: log a new dispute application.

use crate::commands::Ctx;
use crate::commands::words::parse_date as parse_arg;
use crate::domain::case::NewCase;
use crate::domain::{ApplicantKind, Date};
use crate::error::Result;

/// Log a new dispute application; prints its register number
///
/// The case gets the next serial of the year it was received in, and a number from
/// the register's template (or the historic number given with --register-no, kept
/// as written).
///
/// Examples:
///   sengketa case add --received 2017-03-02 --applicant "Budi Santoso" \
///       --applicant-kind individual --body "Dinas Pendidikan" --subject "RKA 2017"
///   sengketa case add --received 14/03/2013 --register-no 028/III/KIP-PS/2013 ...
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The date the application was received [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    received: Option<Date>,
    /// The applicant's name
    #[arg(long)]
    applicant: String,
    /// Who the applicant is
    #[arg(long, value_enum, default_value_t = ApplicantKind::Individual)]
    applicant_kind: ApplicantKind,
    /// The respondent public body (badan publik)
    #[arg(long)]
    body: String,
    /// The information requested
    #[arg(long)]
    subject: String,
    /// A historic register number, kept exactly as written
    #[arg(long, value_name = "NUMBER")]
    register_no: Option<String>,
    /// A note kept with the entry in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records it [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let new = NewCase {
        received_on: args.received.unwrap_or(ctx.today),
        applicant: args.applicant,
        applicant_kind: args.applicant_kind,
        body: args.body,
        subject: args.subject,
        register_no: args.register_no,
    };
    new.check(ctx.today)?;
    let mut reg = ctx.open()?;
    let case = reg.add_case(&new, &ctx.stamp(args.actor, args.note))?;
    println!("{}", case.register_no);
    Ok(())
}
