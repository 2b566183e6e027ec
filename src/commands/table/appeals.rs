//! The appeals CSV as a table: `appeal import` and `appeal export`.

use super::{CsvTable, FaultOf, InputKind, Words};
use crate::commands::Ctx;
use crate::commands::messages;
use crate::domain::Date;
use crate::domain::appeal::row::{AppealFault, AppealRow, Fault, RawAppealRow, cells, parse_row};
use crate::domain::case::Stamp;
use crate::error::Result;
use crate::storage::{AppealImporter, Register};
use std::collections::HashMap;

/// The appeals CSV: a decided case's service and one level of its appeals a row, no date
/// after `today`; a case's level (or its service alone) once in a file.
pub(crate) struct AppealsTable {
    pub today: Date,
    /// The line each case's level (None: the service alone) was first given on.
    seen: HashMap<(String, Option<&'static str>), u64>,
}

impl AppealsTable {
    pub(crate) fn new(today: Date) -> AppealsTable {
        AppealsTable {
            today,
            seen: HashMap::new(),
        }
    }
}

impl CsvTable for AppealsTable {
    const INPUT: InputKind = InputKind::AppealsCsv;
    // ids: appeals-imported-from appeals-imported
    const WORDS: Words = Words {
        note: "appeals-imported-from",
        done: "appeals-imported",
    };
    const REASON: fn(&FaultOf<Self>) -> String = messages::appeal_fault;
    type Raw<'r> = RawAppealRow<'r>;
    type Row = AppealRow;
    type Own = AppealFault;
    type Importer<'c> = AppealImporter<'c>;
    type Done = ();

    /// A second row of a case's level is a fault: the file says two things of one appeal
    /// (or one thing twice), and the second would be taken silently or refused as if the
    /// register, not the file, held the first.
    fn parse(&mut self, raw: &RawAppealRow<'_>, line: u64) -> Result<AppealRow, Vec<Fault>> {
        let row = parse_row(raw, self.today)?;
        let level = row.appeal.as_ref().map(|a| a.level.as_str());
        let first = *self
            .seen
            .entry((row.register_no.clone(), level))
            .or_insert(line);
        if first != line {
            let (column, value) = match level {
                Some(l) => ("level", l),
                None => ("register_no", row.register_no.as_str()),
            };
            return Err(vec![Fault::new(
                column,
                value,
                crate::domain::row::fault::Kind::Own(AppealFault::Repeated { line: first }),
            )]);
        }
        Ok(row)
    }

    fn transaction(
        ctx: &Ctx,
        stamp: &Stamp,
        fill: impl FnOnce(&mut AppealImporter<'_>) -> Result<bool>,
    ) -> Result<Option<()>> {
        let kept = ctx.open()?.import_appeals(stamp, fill)?;
        Ok(kept.then_some(()))
    }

    fn export(
        reg: &Register,
        year: Option<i32>,
        row: &mut dyn FnMut(&[&str]) -> Result<()>,
    ) -> Result<()> {
        reg.export_appeals(year, |register_no, served_on, appeal| {
            row(&cells(register_no, served_on, appeal)
                .each_ref()
                .map(String::as_str))
        })
    }
}
