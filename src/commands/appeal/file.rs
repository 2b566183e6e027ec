//! `sengketa appeal file`.

use crate::commands::Ctx;
use crate::commands::case::parse_case;
use crate::commands::messages::parse_date;
use crate::domain::appeal::{AppealStep, is_late, window};
use crate::domain::case::not_future;
use crate::domain::error::DateOf;
use crate::domain::register_no::CaseRef;
use crate::domain::rules;
use crate::domain::{Court, Date, EventKind, Level, Party};
use crate::error::Result;
use crate::t;

/// Record an appeal of a decision filed in court
///
/// At first instance (the default level) an adjudication decision or an interim
/// ruling is contested at the administrative court (ptun, against a state body) or
/// the district court (pn, otherwise), within 14 working days after the parties
/// received it (`case serve`; else after the decision). Cassation at the Supreme
/// Court (ma) follows a first-instance decision, within 14 working days of it. A
/// filing after the window is recorded and flagged late: the court decides whether
/// it is admissible. A mediation decision is final and cannot be appealed.
///
/// Examples:
///   sengketa appeal file 2026/1 --court ptun --by respondent --on 2026-07-06 \
///       --court-no 12/G/KI/2026/PTUN.JBI
///   sengketa appeal file 2026/1 --level cassation --by applicant --on 2026-11-02
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    case: CaseRef,
    /// The level of the appeal
    #[arg(long, default_value_t = Level::FirstInstance)]
    level: Level,
    /// The court it is filed at (at cassation: ma, the default)
    #[arg(long)]
    court: Option<Court>,
    /// Who filed it
    #[arg(long)]
    by: Party,
    /// The day it was filed
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    on: Date,
    /// The court's case number (nomor perkara)
    #[arg(long, value_name = "NUMBER")]
    court_no: Option<String>,
    /// A note kept with the step in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records the step [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

/// A number given: trimmed; empty is none.
pub(super) fn number(n: Option<String>) -> Option<String> {
    n.map(|n| n.trim().to_string()).filter(|n| !n.is_empty())
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    not_future(DateOf::Step(EventKind::AppealFile), args.on, ctx.today)?;
    // A level heard by one court needs no --court; first instance needs it.
    let courts = rules::level(args.level).courts;
    let court = match (args.court, courts) {
        (Some(c), _) => c,
        (None, [only]) => *only,
        (None, _) => {
            return Err(crate::error::Error::usage(t!(
                "appeal-court-needed",
                level = crate::commands::messages::word!(args.level),
                courts = courts
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join("|")
            )));
        }
    };
    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.actor, args.note);
    let step = AppealStep::File {
        level: args.level,
        court,
        by: args.by,
        court_no: number(args.court_no),
    };
    let (case, appeals, on) =
        reg.appeal_step(&args.case, Some(args.on), &stamp, |_, _| Ok(step))?;
    let cal = reg.calendar()?;
    let appeal = appeals.appeal(args.level).expect("the appeal just filed");
    let closes = window(&case.facts, &appeals, args.level, &cal).map(|w| w.closes);
    crate::errln!(
        "{}",
        t!(
            "appeal-filed",
            case = &case.register_no,
            court = crate::commands::messages::word!(court),
            level = crate::commands::messages::word!(args.level),
            on = on
        )
    )?;
    if is_late(&case.facts, &appeals, appeal, &cal)
        && let Some(closes) = closes
    {
        crate::errln!(
            "{}: {}",
            t!("warning-prefix"),
            t!("appeal-late", closes = closes)
        )?;
    }
    Ok(())
}
