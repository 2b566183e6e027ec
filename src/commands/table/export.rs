//! The one export path: a CSV table's header and rows, written whole to `-o FILE` (or to
//! standard output) in the dialect asked for, every cell neutralised.

use super::CsvTable;
use crate::commands::Ctx;
use crate::commands::csv_args::CsvArgs;
use crate::commands::export::write_output;
use crate::error::Result;
use crate::render::{CsvOut, Dialect};
use crate::storage::Register;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

// What every table export is asked: which year, where, in which dialect. The arguments
// of `hearing export` and `appeal export` whole; their help is on their variants (a doc
// comment here would be taken for theirs), and a table that words `--year` otherwise
// says so there with `mut_arg`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Only the cases received in this year (as `sengketa export --year`)
    #[arg(long)]
    pub year: Option<i32>,
    /// Write to this file (created readable by its owner only) instead of standard
    /// output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub csv: CsvArgs,
}

/// Writes every row of the table `T` (of the cases received in `to.year`) as it is.
pub(crate) fn export_all<T: CsvTable>(to: &ExportArgs, ctx: &Ctx) -> Result<i32> {
    let dialect = Dialect {
        excel: to.csv.excel,
    };
    let output = to.output.as_deref();
    export::<T>(&ctx.open()?, ctx, to.year, output, dialect, |cells, w| {
        w(cells)
    })?;
    Ok(0)
}

/// Writes the table `T` of `reg` (the cases received in `year`) to `output`. `each` sees
/// every row's cells and writes them through the writer it is given, changed or not (the
/// register's --redact puts a pseudonym in; a progress bar counts).
pub(crate) fn export<T: CsvTable>(
    reg: &Register,
    ctx: &Ctx,
    year: Option<i32>,
    output: Option<&Path>,
    dialect: Dialect,
    mut each: impl FnMut(&[&str], &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()>,
) -> Result<()> {
    write_output(output, ctx, |out| {
        let mut out = BufWriter::with_capacity(1 << 16, out);
        let mut w = CsvOut::new(&mut out, dialect)?;
        w.row(&T::header(reg)?)?;
        T::export(reg, year, &mut |cells| {
            each(cells, &mut |cells| Ok(w.row(cells)?))
        })?;
        w.flush()?;
        drop(w);
        out.flush()?;
        Ok(())
    })
}
