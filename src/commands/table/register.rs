//! The register CSV as a table: `import` and `export`.

use super::{AddRow, CsvTable, FaultOf, InputKind, Listed, Words};
use crate::commands::Ctx;
use crate::commands::messages;
use crate::domain::DomainError;
use crate::domain::case::Stamp;
use crate::domain::row::{Broken, CaseRow, Fault, RawRow};
use crate::error::Result;
use crate::input::register_csv::RegisterRows;
use crate::storage::{Importer, Refused, Register, RowRefusal};
use crate::t;

/// How many skipped numbers a kept import names; the rest are an ellipsis.
const SHOWN: usize = 10;

/// The register CSV: its rows read by the input layer's [`RegisterRows`] (which the fuzz
/// target drives on its own, so it reads what `import` reads), checked against the
/// lifecycle and the day.
pub(crate) struct RegisterTable(pub(crate) RegisterRows);

impl CsvTable for RegisterTable {
    const INPUT: InputKind = InputKind::RegisterCsv;
    // ids: import-note import-done
    const WORDS: Words = Words {
        note: "import-note",
        done: "import-done",
    };
    const REASON: fn(&FaultOf<Self>) -> String = messages::fault;
    type Raw<'r> = RawRow<'r>;
    type Row = CaseRow;
    type Own = Broken;
    type Importer<'c> = Importer<'c>;
    /// The template's numbers skipped because a case already had them.
    type Done = Vec<String>;

    fn parse(&mut self, raw: &RawRow<'_>, line: u64) -> Result<CaseRow, Vec<Fault>> {
        crate::input::table::TableRows::parse(&mut self.0, raw, line)
    }

    fn transaction(
        ctx: &Ctx,
        stamp: &Stamp,
        fill: impl FnOnce(&mut Importer<'_>) -> Result<bool>,
    ) -> Result<Option<Vec<String>>> {
        let mut skipped = Vec::new();
        let kept = ctx.open()?.import(stamp, |importer| {
            let keep = fill(importer)?;
            skipped = importer.skipped().to_vec();
            Ok(keep)
        })?;
        Ok(kept.then_some(skipped))
    }

    /// Said even to a script: the numbering went past numbers it may have expected.
    fn said(skipped: &Vec<String>) -> Option<String> {
        if skipped.is_empty() {
            return None;
        }
        let mut numbers = skipped[..skipped.len().min(SHOWN)].join(", ");
        if skipped.len() > SHOWN {
            numbers += ", …";
        }
        Some(t!(
            "import-skipped-numbers",
            n = skipped.len(),
            numbers = numbers
        ))
    }

    /// `registered_on` after the 15 columns only for a register that records intake, and
    /// `receipt_no` after it only for one that has receipt references, so that every
    /// other register exports as it did.
    fn header(reg: &Register) -> Result<Vec<&'static str>> {
        let optional = Self::OPTIONAL;
        let mut header = Self::COLUMNS.to_vec();
        header.extend(&optional[..optional_width(reg)?]);
        Ok(header)
    }

    fn export(
        reg: &Register,
        year: Option<i32>,
        row: &mut dyn FnMut(&[&str]) -> Result<()>,
    ) -> Result<()> {
        let width = Self::COLUMNS.len() + optional_width(reg)?;
        reg.export(year, |fields| row(&fields[..width]))
    }
}

impl AddRow<RegisterTable> for Importer<'_> {
    /// A row the register refuses: its number taken, or no code to number it with.
    fn add_row(&mut self, row: &CaseRow, _record: &csv::StringRecord) -> Result<Option<Listed>> {
        let why = match self.add(row) {
            Ok(_) => return Ok(None),
            Err(Refused::Row(why)) => why,
            Err(Refused::Failed(e)) => return Err(e),
        };
        let reason = match &why {
            // Its registration out of order: the column is the registration's.
            RowRefusal::Intake(e) => {
                let (column, value) = match e {
                    DomainError::ReceiptMismatch { receipt, .. } => ("receipt_no", receipt.clone()),
                    _ => (
                        "registered_on",
                        row.registered_on.map(|d| d.to_string()).unwrap_or_default(),
                    ),
                };
                return Ok(Some(Listed {
                    column,
                    value,
                    reason: messages::domain_message(e),
                    rule: why.rule(),
                }));
            }
            RowRefusal::NumberTaken(n) => t!("import-number-taken", number = n.as_str()),
            RowRefusal::Domain(e) => format!(
                "{}; {}",
                messages::domain_message(e),
                t!("import-no-code-hint")
            ),
        };
        Ok(Some(Listed {
            column: "register_no",
            value: row.register_no.clone().unwrap_or_default(),
            reason,
            rule: why.rule(),
        }))
    }
}

/// How many of the optional columns the register's export writes.
fn optional_width(reg: &Register) -> Result<usize> {
    Ok(if reg.uses_receipts()? {
        2
    } else {
        usize::from(reg.uses_intake()?)
    })
}
