//! `sengketa hearing served`.

use super::HearingStepArgs;
use crate::commands::Ctx;
use crate::commands::messages::{parse_date as parse_arg, word};
use crate::domain::{Date, Party, ServiceHow, ServiceResult};
use crate::error::Result;
use crate::t;

/// Record the service of a hearing's summons to a party (relaas)
///
/// When, how and with what result the summons of hearing N reached the applicant
/// or the respondent. Once a case has a service recorded, an absence counts
/// toward lapse only from a hearing whose summons to the applicant was delivered
/// (docs/case-file.md).
///
/// Examples:
///   sengketa hearing served 2017/1 1 --party applicant --on 2017-03-20 --how post
///   sengketa hearing served 2017/1 2 --party applicant --on 2017-04-03 \
///       --how hand --result refused
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    which: HearingStepArgs,
    /// The party summoned
    #[arg(long)]
    party: Party,
    /// The day the summons was served [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    on: Option<Date>,
    /// How it was served
    #[arg(long)]
    how: ServiceHow,
    /// What became of it
    #[arg(long, default_value = "delivered")]
    result: ServiceResult,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let on = args.on.unwrap_or(ctx.today);
    crate::domain::case::not_future(crate::domain::error::DateOf::Hearing, on, ctx.today)?;
    let mut reg = ctx.open()?;
    let w = args.which;
    let stamp = ctx.stamp(w.by.actor, w.by.note);
    let no = super::hearing_no(&reg, &w.case, w.no)?;
    let case = reg.served(&w.case, no, args.party, on, args.how, args.result, &stamp)?;
    crate::errln!(
        "{}",
        t!(
            "served-done",
            case = &case.register_no,
            no = w.no,
            party = word!(args.party),
            on = on,
            result = word!(args.result)
        )
    )?;
    Ok(())
}
