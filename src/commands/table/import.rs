//! The one import path: a CSV table's file read, every row checked and added inside one
//! transaction, every invalid row reported, and nothing written unless all are valid.

use super::report::Report;
use super::{AddRow, CsvTable, FaultOf, open_input};
use crate::commands::Ctx;
use crate::commands::messages;
use crate::error::{Error, Result};
use crate::input::table::{TableCsv, TableRows, Unreadable};
use crate::input::{csv_error, input_error, separator_name};
use crate::render::progress::{progress, rate};
use crate::t;
use std::io::IsTerminal;
use std::path::PathBuf;

// What every import is asked: the file, whether to write, who imports. The arguments of
// `hearing import`, `appeal import` and `calendar import` whole; their help is on their
// variants (a doc comment here would be taken for theirs).
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The CSV file, or - for standard input
    pub file: PathBuf,
    /// Check every row and report, but write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Who imports [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    pub actor: Option<String>,
}

/// Imports `args.file` as the table `table` reads it, all or nothing: exit 3 with every
/// invalid row listed, or 0 (written, or only checked with --dry-run).
pub(crate) fn import<T: CsvTable>(table: T, args: ImportArgs, ctx: &Ctx) -> Result<i32> {
    let (input, size, name) = open_input(&args.file, T::INPUT)?;
    let mut rows_in =
        TableCsv::open(input, Reading(table)).map_err(|e| unreadable::<T>(&name, e))?;
    let stamp = ctx.stamp(args.actor, Some(T::WORDS.note(&name)));
    let bar = progress(size, true);
    let mut report = Report::new((T::COLUMNS, T::OPTIONAL), T::BY_RULE);
    let mut rows: u64 = 0;
    let started = std::time::Instant::now();
    let kept = T::transaction(ctx, &stamp, |importer| {
        while let Some(row) = rows_in.next_row().map_err(|e| csv_error(&name, e))? {
            rows += 1;
            let faults = match row.read {
                Ok(read) => importer.add_row(&read, rows_in.record())?.map(|f| vec![f]),
                Err(faults) => Some(faults.iter().map(T::listed).collect()),
            };
            if let Some(faults) = faults {
                report.row(row.line, faults);
            }
            if rows.is_multiple_of(4096) && !bar.is_hidden() {
                bar.set_position(rows_in.byte());
                bar.set_message(rate(rows, started));
            }
        }
        // A file without rows writes nothing, not even an empty act.
        Ok(report.bad_rows == 0 && !args.dry_run && rows > 0)
    })?;
    bar.finish_and_clear();
    if report.bad_rows > 0 {
        report.print()?;
        return Err(Error::invalid(t!(
            "import-invalid-rows",
            bad = report.bad_rows,
            rows = rows,
            file = &name
        ))
        .with_hint(t!("import-invalid-rows-hint")));
    }
    if let Some(said) = kept.as_ref().and_then(T::said) {
        crate::errln!("{said}")?;
    }
    if rows == 0 {
        crate::errln!("{}", t!("input-no-rows", name = &name))?;
        return Ok(0);
    }
    match kept {
        // Scripts and pipes get silence on success (the exit code says it); a person at a
        // terminal gets the count.
        Some(done) => {
            if std::io::stderr().is_terminal() {
                crate::errln!("{}", T::done(&done, rows, &name))?;
            }
        }
        None => crate::errln!("{}", t!("import-dry-run", rows = rows, file = &name))?,
    }
    Ok(0)
}

/// A table as the input layer's reader sees it: the reading half of [`CsvTable`] as a
/// [`TableRows`] (the trait of the layer below, which cannot name the commands' trait).
/// A wrapper, not a blanket `impl<T: CsvTable> TableRows for T`: `TableRows` is public
/// (the fuzz target reads through it) and `CsvTable` is not, so a blanket implementation
/// would show the private trait in a public one; this implementation is as private as
/// the wrapper. A type that is only read (`input::register_csv::RegisterRows`, which the
/// fuzz target drives) implements `TableRows` itself.
struct Reading<T>(T);

impl<T: CsvTable> TableRows for Reading<T> {
    const COLUMNS: &'static [&'static str] = T::COLUMNS;
    const OPTIONAL: &'static [&'static str] = T::OPTIONAL;
    type Raw<'r> = T::Raw<'r>;
    type Row = T::Row;
    type Own = T::Own;

    fn parse(&mut self, raw: &T::Raw<'_>, line: u64) -> Result<T::Row, Vec<FaultOf<T>>> {
        self.0.parse(raw, line)
    }
}

/// A file that cannot be read as the table at all, in the user's terms.
fn unreadable<T: CsvTable>(name: &str, e: Unreadable) -> Error {
    match e {
        Unreadable::Io(e) => input_error(name, e),
        Unreadable::Csv(e) => csv_error(name, e),
        Unreadable::Header { fault, separator } => Error::invalid(t!(
            "csv-header-separator",
            name = name,
            fault = messages::header_fault(&fault),
            separator = separator_name(separator)
        ))
        .with_hint(t!("csv-header-hint", columns = T::COLUMNS.join(","))),
    }
}
