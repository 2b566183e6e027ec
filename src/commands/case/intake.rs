//! `sengketa case incomplete`, `case register`, `case not-registered`: the intake steps
//! (PERKI 1/2013 Art. 10-18), each recorded as a side step of the case's history that
//! `case undo` reverts like any other.

use super::{Step, parse_case};
use crate::commands::Ctx;
use crate::commands::messages::parse_date;
use crate::domain::case::not_future;
use crate::domain::error::{DateOf, DomainError, TextField};
use crate::domain::intake::{IntakeStep, due};
use crate::domain::register_no::CaseRef;
use crate::domain::{Date, NotRegisteredReason};
use crate::error::Result;
use crate::t;

/// Record the notice that a filing is incomplete (7 working days to complete)
///
/// The notice is due within 3 working days of receipt (PERKI 1/2013 Art. 17); the
/// applicant then completes within 7 working days of it. `case undo` reverts it.
///
/// Examples:
///   sengketa case incomplete 2021/8 --missing "fotokopi KTP" --on 2021-07-27
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct IncompleteArgs {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    case: CaseRef,
    /// What is missing from the filing
    #[arg(long, value_name = "TEXT")]
    missing: String,
    /// The day of the notice [default: today]
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    on: Option<Date>,
    /// A note kept with the step in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records the step [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

/// Record that a filing is complete and registered (the akta registrasi)
///
/// Where numbers are given at registration (the setting register-number-at), this
/// gives the filing its register number: the next of the year of the registration.
///
/// Examples:
///   sengketa case register 2021/8 --on 2021-08-22
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct RegisterArgs {
    #[command(flatten)]
    step: Step,
}

/// Record that a filing is not registered (not completed in time, or other)
///
/// A filing not registered keeps its number and its history, takes no further step
/// (but `case undo`), and is counted in its own recap column, never in "entered".
///
/// Examples:
///   sengketa case not-registered 2021/8 --reason not-completed --on 2021-08-09
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct NotRegisteredArgs {
    #[command(flatten)]
    step: Step,
    /// Why: not-completed (within 7 working days of the notice) or other
    #[arg(long, value_name = "REASON")]
    reason: NotRegisteredReason,
}

/// Records `step` on the case; reports it, with the completion's deadline after a notice.
fn record(
    case: &CaseRef,
    step: IntakeStep,
    on: Option<Date>,
    (note, actor): (Option<String>, Option<String>),
    ctx: &Ctx,
) -> Result<()> {
    let on = on.unwrap_or(ctx.today);
    not_future(DateOf::Step(step.kind()), on, ctx.today)?;
    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(actor, note);
    let case = reg.intake_step(case, &step, on, &stamp)?;
    let cal = reg.calendar()?;
    let message = match (
        &step,
        due(&cal, case.state, case.facts.received_on, &case.intake, true),
    ) {
        (IntakeStep::Incomplete { .. }, Some(d)) => t!(
            "intake-notified",
            case = &case.register_no,
            on = on,
            due = d.date()
        ),
        // Numbered at registration: the number it was just given, beside its receipt.
        (IntakeStep::Register, _) if case.receipt_no.is_some() => t!(
            "intake-numbered",
            receipt = case.receipt_no.as_deref().unwrap_or_default(),
            case = &case.register_no,
            on = on
        ),
        _ => t!(
            "intake-recorded",
            case = &case.register_no,
            step = step.kind().label(crate::i18n::lang()),
            on = on
        ),
    };
    crate::errln!("{message}")?;
    Ok(())
}

pub fn run_incomplete(args: IncompleteArgs, ctx: &Ctx) -> Result<()> {
    let missing = args.missing.trim().to_string();
    if missing.is_empty() {
        return Err(DomainError::Empty(TextField::Missing).into());
    }
    TextField::Missing.check(&missing)?;
    let step = IntakeStep::Incomplete { missing };
    record(&args.case, step, args.on, (args.note, args.actor), ctx)
}

pub fn run_register(args: RegisterArgs, ctx: &Ctx) -> Result<()> {
    let s = args.step;
    record(&s.case, IntakeStep::Register, s.on, (s.note, s.actor), ctx)
}

pub fn run_not_registered(args: NotRegisteredArgs, ctx: &Ctx) -> Result<()> {
    let s = args.step;
    let step = IntakeStep::NotRegister(args.reason);
    record(&s.case, step, s.on, (s.note, s.actor), ctx)
}
