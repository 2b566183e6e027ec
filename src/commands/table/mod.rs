//! The CSV table pipeline: one trait, [`CsvTable`], says all a CSV table is (its
//! columns, its row, its parse, its wording, its transaction and its export; the input
//! layer's reader is handed its reading half by the import path), and one import path ([`import`]) and one export path ([`export`]) serve every
//! table: the register CSV (`import`/`export`), the hearings CSV (`hearing
//! import`/`export`), the appeals CSV (`appeal import`/`export`) and the calendar CSV
//! (`calendar import`). So every import reads, checks, reports and answers alike: the
//! faults listed with their line and column, the rest counted, nothing written unless
//! every row is valid, and the same done and dry-run lines. docs/developers.md says how
//! to add a table.

mod appeals;
mod calendar;
mod export;
mod hearings;
mod import;
mod open;
mod register;
mod report;

pub(crate) use appeals::AppealsTable;
pub(crate) use calendar::CalendarTable;

pub(crate) use export::{ExportArgs, export, export_all};
pub(crate) use hearings::HearingsTable;
pub(crate) use import::{ImportArgs, import};
pub(crate) use open::{InputKind, open_input};
pub(crate) use register::RegisterTable;

pub(crate) use report::Listed;

use crate::commands::Ctx;
use crate::domain::DomainError;
use crate::domain::case::Stamp;
use crate::domain::row::Blamed;
use crate::domain::row::columns::Columns;
use crate::domain::row::fault::{Fault, Kind, OwnFault, RowFault};
use crate::error::Result;
use crate::storage::{Refused, Register, StepImporter};
use serde::Deserialize;

/// A CSV table, whole: how it is read (its columns, its row, the parse of a record into a
/// row or the row's faults: what the input layer's reader needs, handed to it as a
/// `TableRows` by [`import`]), how its faults are worded, how a
/// batch of rows goes into the register in one transaction, and how the register is
/// written out as rows. A new table is one implementation of this trait.
pub(crate) trait CsvTable {
    /// The header the file must have, in order: the raw row's.
    const COLUMNS: &'static [&'static str] = <Self::Raw<'static> as Columns>::COLUMNS;
    /// The columns a file may add after those, all or none: the raw row's.
    const OPTIONAL: &'static [&'static str] = <Self::Raw<'static> as Columns>::OPTIONAL;
    /// A row as read, every cell as written (filled by the header's names; `columns!`
    /// makes it).
    type Raw<'r>: Deserialize<'r> + Columns;
    /// A valid row.
    type Row;
    /// The table's own kinds of fault ([`Kind::Own`]; `Infallible` for none).
    type Own: OwnFault;
    /// The kind of file, named in the hint when it cannot be opened.
    const INPUT: InputKind;
    /// Whether the faults past the listed ones are counted by rule (else in one count).
    const BY_RULE: bool = true;
    /// An import under way: what its rows are added through ([`AddRow`]).
    type Importer<'c>: AddRow<Self>;
    /// What a kept import has to say (numbers skipped, days added and changed, ...).
    type Done;

    /// Reads one row, found on `line`: what it describes, or every fault of it. A table
    /// may remember what earlier rows gave (the calendar refuses a date given twice).
    fn parse(&mut self, raw: &Self::Raw<'_>, line: u64) -> Result<Self::Row, Vec<FaultOf<Self>>>;
    /// The catalogue's words of an import: the note of its act, where the rows came from
    /// (`{ $file }`), and what a kept import of `{ $rows }` rows says to a person at a
    /// terminal (see [`CsvTable::done`]).
    const WORDS: Words;
    /// Why a row has a fault, in words: the words every table shares, and a kind of the
    /// table's own as it says itself, unless the table words some kinds its own way.
    const REASON: fn(&FaultOf<Self>) -> String = shared_reason::<Self>;
    /// A fault of a row, as listed.
    fn listed(fault: &FaultOf<Self>) -> Listed {
        Listed::of(fault, (Self::REASON)(fault), fault.rule())
    }
    /// Runs `fill` in one transaction of the register (opened from `ctx`), stamped with
    /// `stamp`: kept (`Some`) when `fill` says `true`, everything rolled back otherwise.
    fn transaction(
        ctx: &Ctx,
        stamp: &Stamp,
        fill: impl FnOnce(&mut Self::Importer<'_>) -> Result<bool>,
    ) -> Result<Option<Self::Done>>;
    /// What a kept import says to anyone, a script too (the register's skipped numbers).
    fn said(_done: &Self::Done) -> Option<String> {
        None
    }
    /// What a kept import of `rows` rows says to a person at a terminal: the words of
    /// [`Words::done`] (a table whose import has more to say says it here).
    fn done(_done: &Self::Done, rows: u64, file: &str) -> String {
        crate::i18n::message(
            Self::WORDS.done,
            &[("rows", rows.into()), ("file", file.into())],
        )
    }
    /// The header an export of `reg` writes: the table's columns (and, for a table with
    /// optional columns, those the register has something for).
    fn header(_reg: &Register) -> Result<Vec<&'static str>> {
        Ok(Self::COLUMNS.to_vec())
    }
    /// Every row of the register (of cases received in `year`), as the cells of
    /// [`CsvTable::header`], in the table's order.
    fn export(
        reg: &Register,
        year: Option<i32>,
        row: &mut dyn FnMut(&[&str]) -> Result<()>,
    ) -> Result<()>;
}

/// The catalogue's ids of a table's import words.
pub(crate) struct Words {
    /// The note of the import's act (`{ $file }`).
    pub note: &'static str,
    /// A kept import (`{ $rows }`, `{ $file }`).
    pub done: &'static str,
}

impl Words {
    /// The note of an import of `file`.
    pub fn note(&self, file: &str) -> String {
        crate::i18n::message(self.note, &[("file", file.into())])
    }
}

/// An import of the table `T` under way, adding its rows one by one.
pub(crate) trait AddRow<T: CsvTable + ?Sized> {
    /// Adds one valid row (whose cells, restored, are `record`): `Ok(Some(_))` if the
    /// register or the procedure refuses it (the import goes on checking the others),
    /// `Err` if the import must stop.
    fn add_row(&mut self, row: &T::Row, record: &csv::StringRecord) -> Result<Option<Listed>>;
}

/// A table whose rows are steps of cases already in the register (the hearings, the
/// appeals): a row the procedure refuses is listed at the column the row blames.
impl<T, I> AddRow<T> for I
where
    T: CsvTable,
    T::Row: Blamed,
    I: StepImporter<T::Row>,
{
    fn add_row(&mut self, row: &T::Row, record: &csv::StringRecord) -> Result<Option<Listed>> {
        refused::<T>(self.add(row), record, |e| row.blame(e))
    }
}

/// The words every table shares for a fault of a row of `T`.
fn shared_reason<T: CsvTable + ?Sized>(fault: &FaultOf<T>) -> String {
    crate::commands::messages::row_fault(fault, T::COLUMNS.len())
}

/// A fault of a row of the table `T`.
pub(crate) type FaultOf<T> = RowFault<<T as CsvTable>::Own>;

/// A row the procedure refused (`added`), as listed: `blame` names the column the
/// refusal is about, and the value is its cell in `record`, trimmed.
pub(crate) fn refused<T: CsvTable>(
    added: std::result::Result<(), Refused<DomainError>>,
    record: &csv::StringRecord,
    blame: impl FnOnce(&DomainError) -> &'static str,
) -> Result<Option<Listed>> {
    let e = match added {
        Ok(()) => return Ok(None),
        Err(Refused::Row(e)) => e,
        Err(Refused::Failed(e)) => return Err(e),
    };
    let column = blame(&e);
    let at = T::COLUMNS.iter().position(|c| *c == column);
    let value = at.and_then(|at| record.get(at)).unwrap_or("").trim();
    Ok(Some(T::listed(&Fault::new(
        column,
        value,
        Kind::Refused(e),
    ))))
}
