//! The register CSV read into checked rows: bytes in, each data row a case or every fault
//! of it, numbered by line. No database: `import` writes what this hands over, and the fuzz
//! target (`fuzz/fuzz_targets/import_csv.rs`) drives the same reading on its own. It reads
//! the file as every CSV input is read ([`super::csv_in`]): a BOM taken off, `,` or `;`,
//! neutralised cells restored, no NUL byte and no endless line.

use super::{CsvIn, LineIndex, Source, csv_in, restore_record};
use crate::domain::Date;
use crate::domain::row::{
    COLUMNS, CaseRow, Fault, HeaderFault, RawRow, check_header, field_count_fault, parse_row,
};
use std::io::Read;

/// A register CSV being read, one row at a time (nothing is kept per row, so a file of
/// millions of rows is read in constant memory).
pub struct RegisterCsv {
    reader: csv::Reader<Source>,
    lines: LineIndex,
    header: csv::StringRecord,
    read: csv::StringRecord,
    record: csv::StringRecord,
    today: Date,
}

/// Why a file cannot be read as a register CSV at all.
#[derive(Debug)]
pub enum Unreadable {
    /// Its first line cannot be read (not a text file, or a failed read).
    Io(std::io::Error),
    /// Not CSV as the reader takes it (e.g. not UTF-8).
    Csv(csv::Error),
    /// The first line is not the register CSV's header (read with this separator).
    Header { fault: HeaderFault, separator: u8 },
}

/// One data row: the line it starts on, and the case it describes or every fault of it.
#[derive(Debug)]
pub struct Row {
    pub line: u64,
    pub read: Result<CaseRow, Vec<Fault>>,
}

impl RegisterCsv {
    /// Reads and checks the header; rows are checked against the lifecycle and `today`.
    pub fn new(input: Box<dyn Read>, today: Date) -> Result<RegisterCsv, Unreadable> {
        let CsvIn {
            mut reader,
            lines,
            separator,
        } = csv_in(input).map_err(Unreadable::Io)?;
        let header = reader.headers().map_err(Unreadable::Csv)?.clone();
        let names: Vec<&str> = header.iter().collect();
        check_header(&names).map_err(|fault| Unreadable::Header { fault, separator })?;
        Ok(RegisterCsv {
            reader,
            lines,
            header,
            read: csv::StringRecord::new(),
            record: csv::StringRecord::new(),
            today,
        })
    }

    /// The next data row, `None` at the end of the file, or the error that stops the
    /// reading (a file that is not CSV past some point).
    pub fn next_row(&mut self) -> Result<Option<Row>, csv::Error> {
        if !self.reader.read_record(&mut self.read)? {
            return Ok(None);
        }
        restore_record(&self.read, &mut self.record);
        let start = self.record.position().map(|p| p.byte()).unwrap_or(0);
        let line = self.lines.line_at(start);
        if self.record.len() != COLUMNS.len() {
            return Ok(Some(Row {
                line,
                read: Err(vec![field_count_fault(self.record.len())]),
            }));
        }
        let raw: RawRow = self.record.deserialize(Some(&self.header))?;
        Ok(Some(Row {
            line,
            read: parse_row(&raw, self.today),
        }))
    }

    /// Where the last row read starts, in bytes (for a progress bar).
    pub fn byte(&self) -> u64 {
        self.record.position().map(|p| p.byte()).unwrap_or(0)
    }
}
