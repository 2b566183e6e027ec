//! `sengketa case add`: log a new dispute application.

use crate::commands::Ctx;
use crate::commands::prompt;
use crate::commands::words::parse_date as parse_arg;
use crate::domain::body::suggest_kind;
use crate::domain::case::NewCase;
use crate::domain::{ApplicantKind, BodyKind, Date};
use crate::error::Result;
use crate::t;

/// Log a new dispute application; prints its register number
///
/// The case gets the next serial of the year it was received in, and a number from the
/// register's template (or the historic number given with --register-no, kept as written).
/// The body is found by its name or one of its aliases (up to case and spaces); a body the
/// register does not know yet is added (on a terminal, its kind is asked, with a
/// suggestion from its name; else it is `other`, set later with `body set`). A case with
/// the same applicant, body, subject and received date as one in the register is added
/// with a warning: void one of them with `case void` if it is a duplicate.
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
    /// The respondent public body (badan publik), by its name or an alias
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

/// The kind of a body new to the register: asked on a terminal (the name's suggestion
/// when the answer is empty), else `other`.
fn kind_of_new_body(name: &str) -> Result<BodyKind> {
    if !prompt::interactive() {
        return Ok(BodyKind::Other);
    }
    let suggested = suggest_kind(name).unwrap_or(BodyKind::Other);
    let lang = crate::i18n::lang();
    loop {
        let q = t!(
            "ask-body-kind",
            body = crate::domain::tidy(name),
            kind = suggested.as_str(),
            label = suggested.label(lang)
        );
        match prompt::ask(&q)? {
            None => return Ok(suggested),
            Some(a) if a.is_empty() => return Ok(suggested),
            Some(a) => match BodyKind::parse(&a) {
                Ok(k) => return Ok(k),
                Err(_) => eprintln!(
                    "{}",
                    t!(
                        "ask-body-kind-one-of",
                        kinds = BodyKind::stored_names().join(", ")
                    )
                ),
            },
        }
    }
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
    let duplicates = reg.duplicates_of(&new)?;
    let kind = if reg.body_known(&new.body)? {
        BodyKind::Other
    } else {
        kind_of_new_body(&new.body)?
    };
    let case = reg.add_case_as(&new, kind, &ctx.stamp(args.actor, args.note))?;
    println!("{}", case.register_no);
    for other in duplicates {
        eprintln!(
            "{}: {}",
            t!("warning-prefix"),
            t!("case-add-duplicate", case = other)
        );
    }
    Ok(())
}
