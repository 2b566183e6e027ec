//! `sengketa appeal decide`.

use crate::commands::Ctx;
use crate::commands::case::parse_case;
use crate::commands::messages::parse_date;
use crate::domain::appeal::{AppealStep, finality};
use crate::domain::case::not_future;
use crate::domain::error::DateOf;
use crate::domain::register_no::CaseRef;
use crate::domain::{CourtOutcome, Date, EventKind, Level};
use crate::error::Result;
use crate::render::appeal::finality_words;
use crate::t;

/// Record a court's decision on the appeal pending
///
/// The court decides the level filed last. Any outcome decides the level; after a
/// first-instance decision, cassation may follow within 14 working days, except
/// after a withdrawal. A court decision not appealed further makes the commission's
/// decision final (`case show` gives the date).
///
/// Examples:
///   sengketa appeal decide 2026/1 --outcome upheld --on 2026-10-12
///   sengketa appeal decide 2026/1 --outcome dibatalkan-sebagian --on 2027-03-01 \
///       --court-no 123/K/TUN/2027
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The case: its register number, or YEAR/SERIAL (e.g. 2017/12)
    #[arg(value_parser = parse_case, value_name = "CASE")]
    case: CaseRef,
    /// What the court ruled on the decision before it
    #[arg(long)]
    outcome: CourtOutcome,
    /// The day of the court's decision
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    on: Date,
    /// The court's case number, if not given at the filing (or to correct it)
    #[arg(long, value_name = "NUMBER")]
    court_no: Option<String>,
    /// A note kept with the step in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records the step [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    not_future(DateOf::Step(EventKind::AppealDecide), args.on, ctx.today)?;
    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.actor, args.note);
    let outcome = args.outcome;
    let court_no = super::file::number(args.court_no);
    let mut level = None;
    let (case, appeals, on) =
        reg.appeal_step(&args.case, Some(args.on), &stamp, |_, appeals| {
            // The level pending; with none, the procedure refuses the step (naming the case).
            let pending = appeals.pending().map_or(Level::FirstInstance, |a| a.level);
            level = Some(pending);
            Ok(AppealStep::Decide {
                level: pending,
                outcome,
                court_no,
            })
        })?;
    let cal = reg.calendar()?;
    let level = level.expect("the level decided");
    let mut line = t!(
        "appeal-decided",
        case = &case.register_no,
        level = crate::commands::messages::word!(level),
        outcome = crate::commands::messages::word!(outcome),
        on = on
    );
    if let Some(words) = finality_words(&finality(&case.facts, &appeals, &cal, ctx.today)) {
        line += &format!("; {words}");
    }
    crate::errln!("{line}")?;
    Ok(())
}
