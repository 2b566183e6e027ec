//! Every CSV the tool writes goes through [`CsvOut`]: cells a spreadsheet would run as a
//! formula are neutralised by [`neutralise`] (which `restore` undoes on every import;
//! both live in [`crate::csv_cell`], below input and render),
//! and `--excel` gives the spreadsheet dialect (a UTF-8 BOM, `;` between fields).

use crate::csv_cell::{BOM, neutralise};
use std::io::{self, Write};

/// How a CSV is laid out: RFC 4180 with `,` (the default), or for a spreadsheet with
/// Indonesian regional settings (`--excel`): a BOM, `;` between fields, and a decimal
/// comma in measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dialect {
    pub excel: bool,
}

impl Dialect {
    pub const EXCEL: Dialect = Dialect { excel: true };

    pub fn separator(self) -> u8 {
        if self.excel { b';' } else { b',' }
    }

    /// A measure as this dialect writes it: `12.5`, or with `--excel` `12,5`.
    pub fn decimal(self, x: f64) -> String {
        // Display of an f64 is its shortest exact spelling: 12, 12.5, 0.8333.
        let s = x.to_string();
        if self.excel { s.replace('.', ",") } else { s }
    }
}

/// A CSV being written: every cell neutralised, `\n` line ends, the dialect's separator
/// (and BOM first, for `--excel`).
pub struct CsvOut<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> CsvOut<W> {
    pub fn new(mut out: W, dialect: Dialect) -> io::Result<CsvOut<W>> {
        if dialect.excel {
            out.write_all(BOM)?;
        }
        let w = csv::WriterBuilder::new()
            .delimiter(dialect.separator())
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(out);
        Ok(CsvOut { w })
    }

    /// Writes one record (the header is one too), each cell through [`neutralise`].
    pub fn row<I>(&mut self, cells: I) -> csv::Result<()>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        for c in cells {
            self.w.write_field(neutralise(c.as_ref()).as_bytes())?;
        }
        self.w.write_record(None::<&[u8]>)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }
}
