//! `sengketa calendar ...`: the commission's non-working days, which the deadlines skip.

mod add;
mod list;
mod remove;

use super::Ctx;
use super::table::{CalendarTable, ImportArgs, import};
use crate::error::Result;

/// The calendar of non-working days: holidays, collective leave, office closures
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    List(list::Args),
    Add(add::Args),
    Remove(remove::Args),
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
    #[command(verbatim_doc_comment)]
    Import(ImportArgs),
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::List(a) => list::run(a, ctx),
        Command::Add(a) => add::run(a, ctx),
        Command::Remove(a) => remove::run(a, ctx),
        Command::Import(a) => import(CalendarTable::default(), a, ctx).map(|_| ()),
    }
    .map(|()| 0)
}
