//! `sengketa case ...`: log a dispute and record each step of it.

pub mod add;
mod assign;
mod close;
mod decide;
mod edit;
mod file_args;
mod intake;
mod list;
mod note;
mod qualify;
mod reject;
mod serve;
mod show;
mod undo;
mod void;
mod withdraw;

use super::Ctx;
use crate::commands::messages::parse_date as parse_arg;
use crate::domain::case::not_future;
use crate::domain::error::DateOf;
use crate::domain::lifecycle::Action;
use crate::domain::register_no::CaseRef;
use crate::domain::{Date, DomainError};
use crate::error::Result;
use crate::t;

/// Log disputes and record their steps
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(add::Args),
    Incomplete(intake::IncompleteArgs),
    Register(intake::RegisterArgs),
    NotRegistered(intake::NotRegisteredArgs),
    Qualify(qualify::Args),
    Reject(reject::Args),
    Withdraw(withdraw::Args),
    Decide(decide::Args),
    Close(close::Args),
    Serve(serve::Args),
    Void(void::Args),
    Undo(undo::Args),
    Edit(edit::Args),
    Note(note::Args),
    Assign(assign::Args),
    Show(show::Args),
    List(list::Args),
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::Add(a) => add::run(a, ctx),
        Command::Incomplete(a) => intake::run_incomplete(a, ctx),
        Command::Register(a) => intake::run_register(a, ctx),
        Command::NotRegistered(a) => intake::run_not_registered(a, ctx),
        Command::Qualify(a) => qualify::run(a, ctx),
        Command::Reject(a) => reject::run(a, ctx),
        Command::Withdraw(a) => withdraw::run(a, ctx),
        Command::Decide(a) => decide::run(a, ctx),
        Command::Close(a) => close::run(a, ctx),
        Command::Serve(a) => serve::run(a, ctx),
        Command::Void(a) => void::run(a, ctx),
        Command::Undo(a) => undo::run(a, ctx),
        Command::Edit(a) => edit::run(a, ctx),
        Command::Note(a) => note::run(a, ctx),
        Command::Assign(a) => assign::run(a, ctx),
        Command::Show(a) => show::run(a, ctx),
        Command::List(a) => list::run(a, ctx),
    }
    .map(|()| 0)
}

/// For clap: a case named by its register number or as YEAR/SERIAL.
pub(crate) fn parse_case(s: &str) -> Result<CaseRef, String> {
    CaseRef::parse(s).map_err(|e: DomainError| super::messages::domain_message(&e))
}

/// What every step takes: the case, the legal date, a note, the actor (a case's steps,
/// the intake's and mediation's).
#[derive(Debug, clap::Args)]
pub struct Step {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    pub case: CaseRef,
    /// The legal date of the act (YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY) [default:
    /// today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    pub on: Option<Date>,
    /// A note kept with the step in the history
    #[arg(long)]
    pub note: Option<String>,
    /// Who records the step [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    pub actor: Option<String>,
}

/// Records `action` as `step` says; reports the change on stderr.
fn record(step: Step, action: Action, ctx: &Ctx) -> Result<()> {
    record_forced(step, action, None, ctx)
}

/// [`record`], where `force` is the reason a close overrides an appeal that may come.
/// A step that ends the case says how many scheduled hearings it cancelled.
fn record_forced(step: Step, action: Action, force: Option<&str>, ctx: &Ctx) -> Result<()> {
    let on = step.on.unwrap_or(ctx.today);
    not_future(DateOf::Step(action.kind()), on, ctx.today)?;
    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(step.actor, step.note);
    let (before, case, cancelled) = reg.apply_with(&step.case, &action, on, &stamp, force)?;
    crate::errln!(
        "{}",
        t!(
            "step-done",
            case = &case.register_no,
            from = super::messages::word!(before),
            to = super::messages::word!(case.state),
            on = on
        )
    )?;
    if cancelled > 0 {
        crate::errln!(
            "{}",
            t!(
                "step-hearings-cancelled",
                case = &case.register_no,
                count = cancelled as i64
            )
        )?;
    }
    Ok(())
}
