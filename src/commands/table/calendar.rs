//! The calendar CSV as a table: `calendar import` (and the rows `calendar list --format
//! csv` writes).

use super::{AddRow, CsvTable, InputKind, Listed, Words};
use crate::commands::Ctx;
use crate::domain::Date;
use crate::domain::calendar::{CalendarDay, DayFault, RawDay, Repeated, parse_day};
use crate::domain::case::Stamp;
use crate::error::Result;
use crate::storage::{ImportCounts, Register};
use crate::t;
use std::collections::HashMap;

/// The calendar CSV: one row a non-working day, each date once in a file.
#[derive(Default)]
pub(crate) struct CalendarTable {
    /// The line each date was first given on.
    seen: HashMap<Date, u64>,
}

impl CsvTable for CalendarTable {
    const INPUT: InputKind = InputKind::CalendarCsv;
    // ids: import-note calendar-imported
    const WORDS: Words = Words {
        note: "import-note",
        done: "calendar-imported",
    };
    const BY_RULE: bool = false;
    type Raw<'r> = RawDay<'r>;
    type Row = CalendarDay;
    type Own = Repeated;
    /// The days, all checked before the register is opened and written in one act.
    type Importer<'c> = Vec<CalendarDay>;
    type Done = ImportCounts;

    /// A second row of a date is a fault, whatever else it has.
    fn parse(&mut self, raw: &RawDay<'_>, line: u64) -> Result<CalendarDay, Vec<DayFault>> {
        let parsed = parse_day(raw);
        let repeated = Date::parse(raw.date).ok().and_then(|date| {
            let first = *self.seen.entry(date).or_insert(line);
            (first != line).then(|| DayFault::repeated(date, first))
        });
        match (parsed, repeated) {
            (parsed, None) => parsed,
            (Ok(_), Some(f)) => Err(vec![f]),
            (Err(mut faults), Some(f)) => {
                faults.push(f);
                Err(faults)
            }
        }
    }

    fn transaction(
        ctx: &Ctx,
        stamp: &Stamp,
        fill: impl FnOnce(&mut Vec<CalendarDay>) -> Result<bool>,
    ) -> Result<Option<ImportCounts>> {
        let mut days = Vec::new();
        if !fill(&mut days)? {
            return Ok(None);
        }
        Ok(Some(ctx.open()?.calendar_import(&days, stamp)?))
    }

    fn done(counts: &ImportCounts, rows: u64, file: &str) -> String {
        t!(
            "calendar-imported",
            rows = rows,
            file = file,
            added = counts.added,
            changed = counts.updated,
            unchanged = counts.unchanged
        )
    }

    fn export(
        reg: &Register,
        year: Option<i32>,
        row: &mut dyn FnMut(&[&str]) -> Result<()>,
    ) -> Result<()> {
        reg.calendar_days(year)?
            .iter()
            .try_for_each(|d| row(&d.cells()))
    }
}

/// The days are kept to be written in one act once every row is read.
impl AddRow<CalendarTable> for Vec<CalendarDay> {
    fn add_row(
        &mut self,
        day: &CalendarDay,
        _record: &csv::StringRecord,
    ) -> Result<Option<Listed>> {
        self.push(day.clone());
        Ok(None)
    }
}
