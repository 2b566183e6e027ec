//! `sengketa hearing held`.

use super::{HearingStepArgs, named, record};
use crate::commands::Ctx;
use crate::domain::Attendance;
use crate::domain::hearing::{HearingStep, may_lapse};
use crate::error::Result;
use crate::render::case::lapse_flag;
use crate::t;

/// Record that a hearing was held, and how the parties attended
///
/// It is recorded on the hearing's own date, which must have come. An applicant
/// absent without representation from two hearings held may see the dispute lapse
/// (gugur, PERKI 1/2013): the case is then flagged.
///
/// Examples:
///   sengketa hearing held 2017/1 2 --applicant absent --respondent present
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    which: HearingStepArgs,
    /// How the applicant attended
    #[arg(long)]
    applicant: Attendance,
    /// How the respondent public body attended
    #[arg(long)]
    respondent: Attendance,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let step = HearingStep::Held {
        no: args.which.no,
        applicant: args.applicant,
        respondent: args.respondent,
    };
    let mut reg = ctx.open()?;
    let (case, h, nth) = record(&mut reg, args.which, step, ctx)?;
    crate::errln!(
        "{}",
        t!(
            "hearing-held-done",
            case = &case.register_no,
            hearing = named(&h, nth),
            on = h.on,
            applicant = super::super::messages::word!(args.applicant),
            respondent = super::super::messages::word!(args.respondent)
        )
    )?;
    let hearings = reg.hearings(&case)?;
    // Once the case has a service recorded, only absences properly summoned count.
    let services = reg.case_file(&case)?.services;
    let nos = if services.is_empty() {
        may_lapse(&hearings)
    } else {
        crate::domain::case_file::lapse(&hearings, &services).map(|c| {
            c.iter()
                .map(|a| {
                    crate::domain::hearing::nth(&hearings, a.hearing_no).unwrap_or(a.hearing_no)
                })
                .collect()
        })
    };
    if let Some(nos) = nos {
        crate::errln!("{}: {}", case.register_no, lapse_flag(&nos))?;
    }
    Ok(())
}
