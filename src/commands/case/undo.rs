//! `sengketa case undo`.

use super::parse_case;
use crate::commands::Ctx;
use crate::commands::messages::parse_date as parse_arg;
use crate::commands::prompt;
use crate::domain::case::not_future;
use crate::domain::case_file::Reverted;
use crate::domain::error::{DateOf, TextField};
use crate::domain::register_no::CaseRef;
use crate::domain::{Date, DomainError, EventKind};
use crate::error::{Error, Result};
use crate::render::case::describe;
use crate::render::case_file::describe_change as describe_file;
use crate::t;

/// Revert the latest change to a case that is not yet reverted
///
/// The change is a step, a correction (`case edit`), a note (`case note`), a
/// service (`hearing served`) or an assignment (`case assign`). The undo is a
/// new act in the history; the reverted change stays there. A correction is
/// reverted by a correction back to the old values. On a terminal it shows the
/// change and asks first (`--yes` does not ask). Repeating undo walks further
/// back; the entry itself cannot be undone.
///
/// Examples:
///   sengketa case undo 2017/1 --reason "closed the wrong case"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    case: CaseRef,
    /// Why the change is reverted (kept in the history)
    #[arg(long)]
    reason: String,
    /// The date of the undo (not before the step it reverts) [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    on: Option<Date>,
    /// A note kept with the undo in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records the undo [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
    /// Revert without asking, even on a terminal
    #[arg(long)]
    yes: bool,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    if args.reason.trim().is_empty() {
        return Err(DomainError::Empty(TextField::UndoReason).into());
    }
    TextField::UndoReason.check(args.reason.trim())?;
    let on = args.on.unwrap_or(ctx.today);
    not_future(DateOf::Step(EventKind::Undo), on, ctx.today)?;
    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.actor, args.note);
    // Without a terminal (a script) the undo proceeds as asked.
    let ask = !args.yes && prompt::interactive();
    let mut confirm = |r: &Reverted| -> Result<()> {
        if !ask {
            return Ok(());
        }
        let question = match r {
            Reverted::Step(e) | Reverted::Correction(e) => {
                t!("undo-confirm", seq = e.seq, what = describe(e), on = e.on)
            }
            Reverted::File(f) => t!(
                "undo-confirm-file",
                what = describe_file(f),
                at = f.recorded_at.as_str()
            ),
        };
        if prompt::confirm(&question)? {
            Ok(())
        } else {
            Err(Error::invalid(t!("undo-not-confirmed")))
        }
    };
    let (case, reverted) =
        reg.undo_confirmed(&args.case, args.reason.trim(), on, &stamp, &mut confirm)?;
    let state = crate::commands::messages::word!(case.state);
    let done = match &reverted {
        Reverted::Step(e) => t!(
            "undo-done",
            case = &case.register_no,
            seq = e.seq,
            what = describe(e),
            on = e.on,
            state = state
        ),
        Reverted::Correction(e) => t!(
            "undo-done-correction",
            case = &case.register_no,
            seq = e.seq,
            what = describe(e),
            on = e.on,
            state = state
        ),
        Reverted::File(f) => t!(
            "undo-done-file",
            case = &case.register_no,
            what = describe_file(f),
            at = f.recorded_at.as_str()
        ),
    };
    crate::errln!("{done}")?;
    Ok(())
}
