//! Any CSV table read into checked rows: the header checked against the table's columns,
//! each data row numbered by its line, a row of the wrong width refused before it is read,
//! and every other row parsed by the table ([`TableRows`]). One reader for every CSV
//! sengketa imports (the register, hearings, appeals, calendar), so each reads a BOM, `,`
//! or `;`, neutralised cells, NUL bytes and endless lines alike ([`super::csv_in`]).

use super::{CsvIn, LineIndex, Source, csv_in, restore_record};
use crate::domain::row::columns::Columns;
use crate::domain::row::fault::{Fault, Kind, OwnFault, RowFault};
use crate::domain::row::{HeaderFault, check_header_of};
use serde::Deserialize;
use std::io::Read;

/// What a CSV table is, as read: a row as written (which knows the columns), a valid row,
/// the table's own kinds of fault past the shared ones, and how a row is checked. Pure:
/// no database and no wording (the commands add both, `commands::table`).
pub trait TableRows {
    /// The header the file must have, in order: the raw row's.
    const COLUMNS: &'static [&'static str] = <Self::Raw<'static> as Columns>::COLUMNS;
    /// The columns a file may add after those, all or none: the raw row's.
    const OPTIONAL: &'static [&'static str] = <Self::Raw<'static> as Columns>::OPTIONAL;
    /// A row as read, every cell as written (filled by the header's names).
    type Raw<'r>: Deserialize<'r> + Columns;
    /// A valid row.
    type Row;
    /// The table's own kinds of fault ([`Kind::Own`]).
    type Own: OwnFault;
    /// Reads one row, found on `line`: what it describes, or every fault of it. A table
    /// may remember what earlier rows gave (the calendar refuses a date given twice).
    fn parse(&mut self, raw: &Self::Raw<'_>, line: u64) -> Result<Self::Row, Vec<FaultOf<Self>>>;
}

/// A fault of a row of the table `T`.
pub type FaultOf<T> = RowFault<<T as TableRows>::Own>;

/// A CSV table being read, one row at a time (nothing is kept per row by the reader, so a
/// file of millions of rows is read in constant memory).
pub struct TableCsv<T> {
    table: T,
    reader: csv::Reader<Source>,
    lines: LineIndex,
    header: csv::StringRecord,
    read: csv::StringRecord,
    record: csv::StringRecord,
}

/// Why a file cannot be read as the table at all.
#[derive(Debug)]
pub enum Unreadable {
    /// Its first line cannot be read (not a text file, or a failed read).
    Io(std::io::Error),
    /// Not CSV as the reader takes it (e.g. not UTF-8).
    Csv(csv::Error),
    /// The first line is not the table's header (read with this separator).
    Header { fault: HeaderFault, separator: u8 },
}

/// One data row: the line it starts on, and the row it describes or every fault of it.
#[derive(Debug)]
pub struct Row<R, F> {
    pub line: u64,
    pub read: Result<R, Vec<F>>,
}

/// A data row of the table `T`.
pub type RowOf<T> = Row<<T as TableRows>::Row, FaultOf<T>>;

impl<T: TableRows> TableCsv<T> {
    /// Reads and checks the header; `table` checks the rows.
    pub fn open(input: Box<dyn Read>, table: T) -> Result<TableCsv<T>, Unreadable> {
        let CsvIn {
            mut reader,
            lines,
            separator,
        } = csv_in(input).map_err(Unreadable::Io)?;
        let header = reader.headers().map_err(Unreadable::Csv)?.clone();
        let names: Vec<&str> = header.iter().collect();
        // A header longer than the table's is checked against as many of the optional
        // columns, in their order.
        let extra = names.len().saturating_sub(T::COLUMNS.len()).max(1);
        let with_optional: Vec<&'static str>;
        let want = if names.len() > T::COLUMNS.len() && !T::OPTIONAL.is_empty() {
            let optional = &T::OPTIONAL[..extra.min(T::OPTIONAL.len())];
            with_optional = T::COLUMNS.iter().chain(optional).copied().collect();
            &with_optional[..]
        } else {
            T::COLUMNS
        };
        check_header_of(&names, want).map_err(|fault| Unreadable::Header { fault, separator })?;
        Ok(TableCsv {
            table,
            reader,
            lines,
            header,
            read: csv::StringRecord::new(),
            record: csv::StringRecord::new(),
        })
    }

    /// The next data row, `None` at the end of the file, or the error that stops the
    /// reading (a file that is not CSV past some point).
    pub fn next_row(&mut self) -> Result<Option<RowOf<T>>, csv::Error> {
        if !self.reader.read_record(&mut self.read)? {
            return Ok(None);
        }
        restore_record(&self.read, &mut self.record);
        let line = self.lines.line_at(self.byte());
        if self.record.len() != self.header.len() {
            // Blamed on the first column: the row is not read cell by cell.
            let kind = Kind::FieldCount(self.record.len());
            let read = Err(vec![Fault::new(T::COLUMNS[0], "", kind)]);
            return Ok(Some(Row { line, read }));
        }
        let raw: T::Raw<'_> = self.record.deserialize(Some(&self.header))?;
        let read = self.table.parse(&raw, line);
        Ok(Some(Row { line, read }))
    }

    /// The last row read, its cells restored (to quote a cell of a refused row).
    pub fn record(&self) -> &csv::StringRecord {
        &self.record
    }

    /// Where the last row read starts, in bytes (for a progress bar).
    pub fn byte(&self) -> u64 {
        self.record.position().map(|p| p.byte()).unwrap_or(0)
    }
}
