//! The hearings CSV as a table: `hearing import` and `hearing export`.

use super::{CsvTable, InputKind, Words};
use crate::commands::Ctx;
use crate::domain::case::Stamp;
use crate::domain::hearing::row::{
    Fault, HearingFault, HearingRow, RawHearingRow, cells, parse_row,
};
use crate::error::Result;
use crate::storage::{HearingImporter, Register};

/// The hearings CSV: one row a hearing of a case in the register.
pub(crate) struct HearingsTable;

impl CsvTable for HearingsTable {
    const INPUT: InputKind = InputKind::HearingsCsv;
    // ids: hearings-imported-from hearings-imported
    const WORDS: Words = Words {
        note: "hearings-imported-from",
        done: "hearings-imported",
    };
    type Raw<'r> = RawHearingRow<'r>;
    type Row = HearingRow;
    type Own = HearingFault;
    type Importer<'c> = HearingImporter<'c>;
    type Done = ();

    fn parse(&mut self, raw: &RawHearingRow<'_>, _line: u64) -> Result<HearingRow, Vec<Fault>> {
        parse_row(raw)
    }

    fn transaction(
        ctx: &Ctx,
        stamp: &Stamp,
        fill: impl FnOnce(&mut HearingImporter<'_>) -> Result<bool>,
    ) -> Result<Option<()>> {
        let kept = ctx.open()?.import_hearings(stamp, ctx.today, fill)?;
        Ok(kept.then_some(()))
    }

    fn export(
        reg: &Register,
        year: Option<i32>,
        row: &mut dyn FnMut(&[&str]) -> Result<()>,
    ) -> Result<()> {
        reg.export_hearings(year, |register_no, h| {
            row(&cells(register_no, h).each_ref().map(String::as_str))
        })
    }
}
