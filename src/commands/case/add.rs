//! `sengketa case add`: log a new dispute application.

use crate::commands::Ctx;
use crate::domain::date::parse_arg;
use crate::domain::{ApplicantKind, Date};
use crate::error::{Error, Result};
use crate::storage::NewCase;

/// Log a new dispute application; prints its register number
///
/// The case gets the next serial of the year it was received in, and a number from the
/// register's template (or the historic number given with --register-no, kept as written).
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
    let received = args.received.unwrap_or(ctx.today);
    ctx.not_future("the received date", received)?;
    for (flag, value) in [
        ("--applicant", &args.applicant),
        ("--body", &args.body),
        ("--subject", &args.subject),
    ] {
        if value.trim().is_empty() {
            return Err(Error::invalid(format!("{flag} is empty"))
                .with_hint(format!("give {flag} a value")));
        }
    }
    if args
        .register_no
        .as_ref()
        .is_some_and(|n| n.trim().is_empty())
    {
        return Err(Error::invalid("--register-no is empty")
            .with_hint("leave --register-no out to have the next number assigned"));
    }
    let mut reg = ctx.open()?;
    let new = NewCase {
        received_on: received,
        applicant: args.applicant,
        applicant_kind: args.applicant_kind,
        body: args.body,
        subject: args.subject,
        register_no: args.register_no,
    };
    let case = reg.add_case(&new, &ctx.stamp(args.actor, args.note))?;
    println!("{}", case.register_no);
    Ok(())
}
