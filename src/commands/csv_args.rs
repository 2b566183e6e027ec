//! `--excel`, on `export`, `hearing export` and every command that prints `--format csv`:
//! the one flag that picks the CSV dialect (`render::csv_out::Dialect`).

use crate::error::{Error, Result};
use crate::render::Dialect;
use crate::t;

/// The CSV dialect flag, flattened into a command's arguments.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct CsvArgs {
    /// CSV for a spreadsheet with Indonesian regional settings: a UTF-8 BOM, ';' between
    /// fields, a decimal comma (implies --format csv)
    #[arg(long)]
    pub excel: bool,
}

impl CsvArgs {
    /// The dialect of output in `format`; `--excel` with a format other than CSV is a
    /// usage error.
    pub fn dialect(self, format: impl clap::ValueEnum) -> Result<Dialect> {
        let name = format
            .to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default();
        match (self.excel, name.as_str()) {
            (true, "csv") | (false, _) => Ok(Dialect { excel: self.excel }),
            (true, _) => Err(Error::usage(t!("csv-excel-needs-csv", format = name))
                .with_hint(t!("csv-excel-needs-csv-hint"))),
        }
    }
}
