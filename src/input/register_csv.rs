//! The register CSV read into checked rows: bytes in, each data row a case or every fault
//! of it, numbered by line. No database: `import` writes what this hands over, and the fuzz
//! target (`fuzz/fuzz_targets/import_csv.rs`) drives the same reading on its own. It reads
//! the file as every CSV table is read ([`super::table`]).

use super::table::FaultOf;
use super::table::{TableCsv, TableRows};
use crate::domain::Date;
use crate::domain::row::{Broken, CaseRow, RawRow, parse_row};
use std::io::Read;

pub use super::table::Unreadable;

/// The register CSV's rows, checked against the lifecycle and `today`.
#[derive(Debug, Clone, Copy)]
pub struct RegisterRows {
    pub today: Date,
}

impl TableRows for RegisterRows {
    type Raw<'r> = RawRow<'r>;
    type Row = CaseRow;
    type Own = Broken;

    fn parse(&mut self, raw: &RawRow<'_>, _line: u64) -> Result<CaseRow, Vec<FaultOf<Self>>> {
        parse_row(raw, self.today)
    }
}

/// A register CSV being read, one row at a time.
pub type RegisterCsv = TableCsv<RegisterRows>;

impl TableCsv<RegisterRows> {
    /// Reads and checks the header; rows are checked against the lifecycle and `today`.
    pub fn new(input: Box<dyn Read>, today: Date) -> Result<RegisterCsv, Unreadable> {
        TableCsv::open(input, RegisterRows { today })
    }
}
