//! `sengketa hearing ...`: schedule a case's hearings (sidang) and record what became of
//! each; and the hearings CSV out and in, so that a commission can bring its past hearing
//! records into the register. Every step is an act of the case's history, reverted by
//! `case undo` like any other.

mod cancel;
mod held;
mod postpone;
mod schedule;
mod served;

use super::Ctx;
use super::case::parse_case;
use super::table::{ExportArgs, HearingsTable, ImportArgs, export_all, import};
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
    /// Import hearings from a hearings CSV, all or nothing
    ///
    /// Columns (header required, in this order), as `hearing export` writes them:
    ///   register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,
    ///   respondent,reason
    ///
    /// Each row is a hearing of a case already in the register (named by its full
    /// register number), under a number the case has not used. Its history is recorded
    /// as the clerk's commands would have: scheduled for first_on, postponed to
    /// on_date if that differs (with the reason), then held (with the attendance) or
    /// cancelled (with the reason). The file does not say when a hearing was summoned
    /// or postponed: those steps are dated the earliest of first_on, on_date and
    /// today; a hearing held is dated its own date (not after today); a cancellation
    /// its date, or today if that is to come. Every step is checked as the commands
    /// check it (no hearing on a done case, none before the case's receipt; a date
    /// scheduled or postponed to is refused on a day off and on a clash with another
    /// hearing, as `hearing schedule` refuses it: the file has no override). If any
    /// row is invalid nothing is written and every invalid row is reported (line,
    /// column, value, reason); exit 3.
    ///
    /// Examples:
    ///   sengketa hearing import hearings-2017.csv
    ///   sengketa hearing import --dry-run - < hearings.csv
    #[command(verbatim_doc_comment)]
    Import(ImportArgs),
    /// Write every hearing as it stands: one row per hearing, the columns `hearings
    /// import` reads
    ///
    /// Columns:
    /// register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,
    /// respondent,reason (first_on: the date first set; on_date: the date after
    /// postponements; reason: the last postponement's, or the cancellation's). In
    /// register order, then by hearing number. Importing it into a register with the
    /// same cases (and no hearings yet) and exporting again gives the same file, byte
    /// for byte.
    ///
    /// Examples:
    ///   sengketa hearing export -o hearings.csv
    ///   sengketa hearing export --year 2017
    #[command(verbatim_doc_comment, mut_arg("year", |a| a.help(HEARINGS_YEAR)))]
    Export(ExportArgs),
    Served(served::Args),
}

/// `hearing export --year`'s help: the rows are hearings, not cases.
const HEARINGS_YEAR: &str =
    "Only the hearings of cases received in this year (as `sengketa export --year`)";

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::Schedule(a) => schedule::run(a, ctx).map(|()| 0),
        Command::Held(a) => held::run(a, ctx).map(|()| 0),
        Command::Postpone(a) => postpone::run(a, ctx).map(|()| 0),
        Command::Cancel(a) => cancel::run(a, ctx).map(|()| 0),
        Command::Import(a) => import(HearingsTable, a, ctx),
        Command::Export(a) => export_all::<HearingsTable>(&a, ctx),
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
