//! `sengketa case add`: log a new dispute application, from flags or, on a terminal,
//! by answering a question for each particular not given.

use crate::commands::Ctx;
use crate::commands::messages::parse_date as parse_arg;
use crate::commands::prompt;
use crate::domain::case::NewCase;
use crate::domain::case_file::{FileEdit, filing};
use crate::domain::{ApplicantKind, BodyKind, Date};
use crate::error::{Error, Result};
use crate::storage::Register;
use crate::t;

mod ask;

/// Log a new dispute application; prints its register number
///
/// The case gets the next serial of the year it was received in, and a number from
/// the register's template (or the historic number given with --register-no, kept
/// as written). Where numbers are given at registration (`config set
/// register-number-at registration`) it gets a receipt reference instead
/// (TT-2026-003), and its number at `case register`.
///
/// On a terminal, what is not given is asked for: the received date, the applicant,
/// the applicant's kind, the public body (completed from the register's bodies) and
/// the subject, then the case file (the applicant's contacts, a representative,
/// the road to the dispute: Enter skips each), the kind of a body new to the
/// register (from a menu); then the case is shown to confirm: Enter or y records
/// it, n records nothing (and prints the line that would), a number asks that
/// answer again.
/// Without a terminal (a script, a pipe) --applicant, --body and --subject are
/// required.
///
/// The body is found by its name or one of its aliases (up to case and spaces); a
/// body the register does not know yet is added (on a terminal, its kind is asked,
/// with a suggestion from its name; else it is `other`, set later with `body set`).
/// A case with the same applicant, body, subject and received date as one in the
/// register is added with a warning: void one of them with `case void` if it is a
/// duplicate.
///
/// Examples:
///   sengketa case add --received 2017-03-02 --applicant "Budi Santoso" \
///       --applicant-kind individual --body "Dinas Pendidikan" --subject "RKA 2017"
///   sengketa case add --received 14/03/2013 --register-no 028/III/KIP-PS/2013 ...
///   sengketa case add                   # on a terminal: asks for each particular
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The date the application was received [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    received: Option<Date>,
    /// The applicant's name
    // Required unless questions can be asked: `commands::parse` lifts it on a terminal.
    #[arg(long, required = true)]
    applicant: Option<String>,
    /// Who the applicant is [default: individual]
    #[arg(long)]
    applicant_kind: Option<ApplicantKind>,
    /// The respondent public body (badan publik), by its name or an alias
    #[arg(long, required = true)]
    body: Option<String>,
    /// The information requested
    #[arg(long, required = true)]
    subject: Option<String>,
    /// A historic register number, kept exactly as written
    #[arg(long, value_name = "NUMBER")]
    register_no: Option<String>,
    #[command(flatten)]
    file: Box<super::file_args::FileArgs>,
    /// A note kept with the entry in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records it [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

/// The flags a terminal may leave out, to be asked for instead.
pub const ASKED: [&str; 3] = ["applicant", "body", "subject"];

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let stamp = ctx.stamp(args.actor.clone(), args.note.clone());
    if let (Some(applicant), Some(body), Some(subject)) =
        (&args.applicant, &args.body, &args.subject)
    {
        let new = NewCase {
            received_on: args.received.unwrap_or(ctx.today),
            applicant: applicant.clone(),
            applicant_kind: args.applicant_kind.unwrap_or(ApplicantKind::Individual),
            body: body.clone(),
            subject: subject.clone(),
            register_no: args.register_no,
        };
        new.check(ctx.today)?;
        let file = args.file.edit();
        file.road.applied(&Default::default(), ctx.today)?;
        let mut reg = ctx.open()?;
        return save(&mut reg, &new, None, &file, ctx.today, &stamp);
    }
    if !prompt::interactive() {
        // Not reached from the command line (clap requires the flags without a
        // terminal), but said the same way should it be.
        return Err(Error::usage(t!("add-missing")).with_hint(t!("add-missing-hint")));
    }
    // What is given is checked before anything is asked (a placeholder stands in for
    // what is not), and the register opened, so that no answer is typed in vain.
    let given = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    NewCase {
        received_on: args.received.unwrap_or(ctx.today),
        applicant: given(&args.applicant),
        applicant_kind: ApplicantKind::Individual,
        body: given(&args.body),
        subject: given(&args.subject),
        register_no: args.register_no.clone(),
    }
    .check(ctx.today)?;
    let mut reg = ctx.open()?;
    let mut args = args;
    let mut file_args = std::mem::take(&mut args.file);
    let bodies = reg.body_names()?;
    let (new, kind) = match ask::ask(&args, &mut file_args, &bodies, ctx.today)? {
        ask::Decided::Record(new, kind) => (new, kind),
        // Declining is the clerk's choice, not a failure: nothing recorded, exit 0.
        ask::Decided::Declined => return Ok(()),
    };
    new.check(ctx.today)?;
    let file = file_args.edit();
    save(&mut reg, &new, kind, &file, ctx.today, &stamp)
}

/// Adds the case (its body new to the register with the kind answered, else asked from
/// a menu on a terminal, else `other`), says
/// which numbers the template skipped (on stderr), prints its number, and warns of a
/// likely duplicate.
fn save(
    reg: &mut Register,
    new: &NewCase,
    body_kind: Option<BodyKind>,
    file: &FileEdit,
    today: Date,
    stamp: &crate::domain::case::Stamp,
) -> Result<()> {
    let duplicates = reg.duplicates_of(new)?;
    let kind = if reg.body_known(&new.body)? {
        BodyKind::Other
    } else if let Some(k) = body_kind {
        k
    } else if prompt::interactive() {
        ask::ask_body_kind(&new.body)?
    } else {
        BodyKind::Other
    };
    let (case, skipped) = reg.add_case_with_file(new, kind, file, today, stamp)?;
    if !skipped.is_empty() {
        crate::errln!(
            "{}",
            t!(
                "add-skipped-numbers",
                numbers = skipped.join(", "),
                n = skipped.len(),
                number = &case.register_no
            )
        )?;
    }
    crate::outln!("{}", case.register_no)?;
    if !file.road.is_empty() {
        let road = reg.case_file(&case)?.road;
        let f = filing(&reg.calendar()?, &road, case.facts.received_on);
        crate::errln!(
            "{}: {}",
            t!("note-prefix"),
            super::file_args::filing_line(&f)
        )?;
    }
    for other in duplicates {
        crate::errln!(
            "{}: {}",
            t!("warning-prefix"),
            t!("case-add-duplicate", case = other)
        )?;
    }
    Ok(())
}
