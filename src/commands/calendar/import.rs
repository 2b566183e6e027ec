//! `sengketa calendar import`: next year's decree, all or nothing.

use crate::commands::Ctx;
use crate::commands::table::{CalendarTable, ImportArgs, import};
use crate::error::Result;

/// Import non-working days from a calendar CSV, all or nothing
///
/// Columns (header required, in this order): date,kind,name_id,name_en,source
/// (kind: public_holiday, collective_leave or office_closure), one row a date: the
/// shipped data/holidays-id.csv's form, and what `calendar list --format csv`
/// writes. A date the calendar lacks is added; one it has is given the file's
/// values; one it has as written is left alone. All in one act of the history. If
/// any row is invalid nothing is written and every invalid row is reported (line,
/// column, value, reason); exit 3. With --dry-run every row is checked and nothing
/// is written.
///
/// Examples:
///   sengketa calendar import --dry-run skb-2028.csv
///   sengketa calendar import skb-2028.csv
///   sengketa calendar list --format csv | sengketa --db other.db calendar import -
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    file: ImportArgs,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    import(CalendarTable::default(), args.file, ctx)?;
    Ok(())
}
