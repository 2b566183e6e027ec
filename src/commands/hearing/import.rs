//! `sengketa hearing import`: load the hearings CSV, all or nothing.

use crate::commands::Ctx;
use crate::commands::table::{HearingsTable, ImportArgs, import};
use crate::error::Result;

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
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    file: ImportArgs,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    import(HearingsTable, args.file, ctx)
}
