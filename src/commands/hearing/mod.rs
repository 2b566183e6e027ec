//! `sengketa hearing ...`: schedule a case's hearings (sidang) and record what became of
//! each; and the hearings CSV out and in, so that a commission can bring its past hearing
//! records into the register. Every step is an act of the case's history, reverted by
//! `case undo` like any other.

mod cancel;
mod export;
mod held;
mod import;
mod postpone;
mod schedule;
mod served;

use super::Ctx;
use super::case::parse_case;
use crate::domain::DomainError;
use crate::domain::case::CaseRecord;
use crate::domain::error::TextField;
use crate::domain::hearing::{Hearing, HearingStep};
use crate::domain::register_no::CaseRef;
use crate::error::Result;
use crate::storage::Register;
use crate::t;

/// Schedule hearings and record them held, postponed or cancelled; export and import
/// the hearings CSV
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Schedule(schedule::Args),
    Held(held::Args),
    Postpone(postpone::Args),
    Cancel(cancel::Args),
    Import(import::Args),
    Export(export::Args),
    Served(served::Args),
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::Schedule(a) => schedule::run(a, ctx).map(|()| 0),
        Command::Held(a) => held::run(a, ctx).map(|()| 0),
        Command::Postpone(a) => postpone::run(a, ctx).map(|()| 0),
        Command::Cancel(a) => cancel::run(a, ctx).map(|()| 0),
        Command::Import(a) => import::run(a, ctx),
        Command::Export(a) => export::run(a, ctx),
        Command::Served(a) => served::run(a, ctx).map(|()| 0),
    }
}

/// Who records a hearing step: a note and the actor.
#[derive(Debug, clap::Args)]
pub struct By {
    /// A note kept with the step in the history
    #[arg(long)]
    pub note: Option<String>,
    /// Who records the step [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    pub actor: Option<String>,
}

/// The refusals a hearing's date and time may override: `--on-non-working-day`,
/// `--despite-clash`, each with the step's `--reason`.
#[derive(Debug, clap::Args)]
pub struct Overrides {
    /// Set the hearing on a day the commission does not work all the same (give
    /// --reason: the history keeps it)
    #[arg(long)]
    pub on_non_working_day: bool,
    /// Set the hearing despite a clash with another hearing of the same room or panel
    /// member (give --reason: the history keeps it)
    #[arg(long)]
    pub despite_clash: bool,
}

impl Overrides {
    /// The overrides, each with `reason` (a flag given without a reason is refused).
    fn with(&self, reason: Option<&str>) -> Result<crate::storage::HearingOverrides> {
        let wanted = self.on_non_working_day || self.despite_clash;
        let reason = match (wanted, reason) {
            (false, _) => None,
            (true, Some(r)) => Some(self::reason(r)?),
            (true, None) => {
                return Err(crate::error::Error::usage(t!(
                    "hearing-override-needs-reason"
                )));
            }
        };
        Ok(crate::storage::HearingOverrides {
            day_off: reason.clone().filter(|_| self.on_non_working_day),
            clash: reason.filter(|_| self.despite_clash),
        })
    }
}

/// What a step on an existing hearing takes: the case, the hearing's number, who records.
#[derive(Debug, clap::Args)]
pub struct HearingStepArgs {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    pub case: CaseRef,
    /// The hearing's number on the case: N of "sidang ke-N", its place among the case's
    /// hearings held or scheduled (`case show` lists them)
    #[arg(value_parser = clap::value_parser!(i64).range(1..), value_name = "N")]
    pub no: i64,
    #[command(flatten)]
    pub by: By,
}

/// Records `step` on the hearing `which` names, dated today (a hearing held: its own
/// date); returns the case and the hearing as it now stands.
fn record(
    reg: &mut Register,
    which: HearingStepArgs,
    step: HearingStep,
    ctx: &Ctx,
) -> Result<(CaseRecord, Hearing, i64)> {
    record_with(reg, which, step, &Default::default(), ctx)
}

/// [`record`], with the refusals `ov` overrides. The hearing is named by its place
/// among the case's hearings that stand ("sidang ke-N"), the number a clerk sees.
fn record_with(
    reg: &mut Register,
    which: HearingStepArgs,
    step: HearingStep,
    ov: &crate::storage::HearingOverrides,
    ctx: &Ctx,
) -> Result<(CaseRecord, Hearing, i64)> {
    let stamp = ctx.stamp(which.by.actor, which.by.note);
    let no = hearing_no(reg, &which.case, which.no)?;
    let step = step.renumbered(no);
    let (case, h) =
        reg.hearing_step_with(&which.case, ctx.today, Some(ctx.today), &stamp, ov, |_| {
            step
        })?;
    Ok((case, h, which.no))
}

/// The number of the hearing a clerk names as "sidang ke-`nth`" of a case: its place
/// among the case's hearings that stand.
fn hearing_no(reg: &Register, r: &CaseRef, nth: i64) -> Result<i64> {
    let case = reg.find(r)?;
    let hearings = reg.hearings(&case)?;
    crate::domain::hearing::no_of_nth(&hearings, nth).ok_or_else(|| {
        DomainError::NoSuchHearing {
            case: case.register_no,
            no: nth,
        }
        .into()
    })
}

/// "hearing 2 (preliminary)": a hearing as the messages name it, by its place among the
/// case's hearings that stand ("sidang ke-N").
fn named(h: &Hearing, nth: i64) -> String {
    t!(
        "hearing-named",
        no = nth,
        kind = crate::commands::messages::word!(h.kind)
    )
}

/// A reason given with --reason: trimmed, and not empty.
fn reason(r: &str) -> Result<String> {
    let r = r.trim();
    if r.is_empty() {
        return Err(DomainError::Empty(TextField::HearingReason).into());
    }
    TextField::HearingReason.check(r)?;
    Ok(r.to_string())
}
