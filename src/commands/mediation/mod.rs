//! `sengketa mediation ...`: mediation on its own clock (PERKI 1/2013 Art. 37-41): the
//! first meeting, the one extension, the failure (adjudication follows) or the agreement
//! (then `case decide --via mediation`). Each step is a side step of the case's history
//! that `case undo` reverts like any other.

use super::Ctx;
use super::case::Step;
use crate::domain::case::not_future;
use crate::domain::error::{DateOf, DomainError, TextField};
use crate::domain::mediation::MediationStep;
use crate::error::Result;
use crate::t;

/// Record mediation on its own clock: start, extend, fail, agree
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Start(Start),
    Extend(Extend),
    Fail(Fail),
    Agree(Agree),
}

/// Record the first meeting of mediation; it runs 14 working days from it
///
/// A dispute over exempt information (ground (a) in the case file) goes
/// straight to adjudication: the start is refused.
///
/// Examples:
///   sengketa mediation start 2024/3 --on 2024-03-04
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Start {
    #[command(flatten)]
    step: Step,
}

/// Extend mediation once, by 7 working days (21 in all from the first meeting)
///
/// Examples:
///   sengketa mediation extend 2024/3 --reason "para pihak meminta waktu"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Extend {
    #[command(flatten)]
    step: Step,
    /// Why
    #[arg(long, value_name = "TEXT")]
    reason: String,
}

/// Record that mediation failed; adjudication follows
///
/// Examples:
///   sengketa mediation fail 2024/3 --reason "termohon tidak hadir"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Fail {
    #[command(flatten)]
    step: Step,
    /// Why
    #[arg(long, value_name = "TEXT")]
    reason: String,
}

/// Record the mediation agreement; then `case decide --via mediation`
#[derive(Debug, clap::Args)]
pub struct Agree {
    #[command(flatten)]
    step: Step,
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::Start(a) => record(a.step, MediationStep::Start, ctx),
        Command::Extend(a) => {
            let reason = reason(&a.reason)?;
            record(a.step, MediationStep::Extend { reason }, ctx)
        }
        Command::Fail(a) => {
            let reason = reason(&a.reason)?;
            record(a.step, MediationStep::Fail { reason }, ctx)
        }
        Command::Agree(a) => record(a.step, MediationStep::Agree, ctx),
    }
    .map(|()| 0)
}

fn reason(r: &str) -> Result<String> {
    let r = r.trim();
    if r.is_empty() {
        return Err(DomainError::Empty(TextField::MediationReason).into());
    }
    TextField::MediationReason.check(r)?;
    Ok(r.to_string())
}

/// Records `step`; reports it with the mediation's last day while it runs.
fn record(p: Step, step: MediationStep, ctx: &Ctx) -> Result<()> {
    let on = p.on.unwrap_or(ctx.today);
    not_future(DateOf::Step(step.kind()), on, ctx.today)?;
    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(p.actor, p.note);
    let case = reg.mediation_step(&p.case, &step, on, &stamp)?;
    let cal = reg.calendar()?;
    let message = match (case.mediation.ended_on(), case.mediation.due(&cal)) {
        (None, Some(due)) => t!(
            "mediation-running",
            case = &case.register_no,
            step = step.kind().label(crate::i18n::lang()),
            on = on,
            due = due
        ),
        _ => t!(
            "mediation-recorded",
            case = &case.register_no,
            step = step.kind().label(crate::i18n::lang()),
            on = on
        ),
    };
    crate::errln!("{message}")?;
    Ok(())
}
