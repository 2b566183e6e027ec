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
/// it is admissible. A mediation decision is final and cannot be appealed. The
/// court at first instance follows the respondent body's kind (UU 14/2008 Art. 47):
/// PTUN for a state body, PN for the others; another court is refused unless
/// --court-despite-kind --reason (the court decides its own jurisdiction).
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
    /// The day it was filed [default: today]
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    on: Option<Date>,
    /// The court's case number (nomor perkara)
    #[arg(long, value_name = "NUMBER")]
    court_no: Option<String>,
    /// File it at a court other than the one the body's kind goes to (give --reason)
    #[arg(long)]
    court_despite_kind: bool,
    /// Why the court is not the one the body's kind goes to (kept in the history)
    #[arg(long)]
    reason: Option<String>,
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
    let filed_on = args.on.unwrap_or(ctx.today);
    not_future(DateOf::Step(EventKind::AppealFile), filed_on, ctx.today)?;
    let despite_kind = match (
        args.court_despite_kind,
        args.reason.as_deref().map(str::trim),
    ) {
        (false, _) => None,
        (true, None) => {
            return Err(crate::error::Error::usage(t!(
                "appeal-override-needs-reason"
            )));
        }
        (true, Some("")) => {
            return Err(crate::domain::DomainError::Empty(
                crate::domain::error::TextField::HearingReason,
            )
            .into());
        }
        (true, Some(r)) => {
            crate::domain::error::TextField::HearingReason.check(r)?;
            Some(r.to_string())
        }
    };
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
    let (case, appeals, on) = reg.appeal_step_with(
        &args.case,
        Some(filed_on),
        &stamp,
        despite_kind.as_deref(),
        |_, _| Ok(step),
    )?;
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
            t!(
                "appeal-late",
                closes = crate::render::human::date_plain(closes)
            )
        )?;
    }
    Ok(())
}
