//! `sengketa export`: the register as the register CSV (or JSON).

use super::Ctx;
use super::csv_args::CsvArgs;
use crate::domain::deadlines::Timing;
use crate::domain::row::COLUMNS;
use crate::error::{Error, Result};
use crate::render::list::ListWriter;
use crate::render::progress::{progress, rate};
use crate::render::{CsvOut, Dialect, Format};
use crate::storage::CaseFilter;
use std::io::IsTerminal;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

/// Write the register as it is now: one row per case, the import's columns
///
/// A register rebuilt by importing an export exports identically, byte for byte.
/// Void entries are left out (they were never disputes); the track after the
/// decisions is in `appeals export`.
///
/// Examples:
///   sengketa export -o register.csv
///   sengketa export --year 2017 --format json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only cases received in this year
    #[arg(long)]
    year: Option<i32>,
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    format: ExportFormat,
    #[command(flatten)]
    csv: CsvArgs,
    /// Write to this file (created readable by its owner only) instead of standard
    /// output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let dialect = args.csv.dialect(args.format)?;
    let reg = ctx.open()?;
    // A bar only when the data does not go to the same terminal.
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let bar = if std::io::stderr().is_terminal() && !to_terminal {
        progress(Some(reg.count_cases(args.year)?), true)
    } else {
        progress(None, false)
    };
    let started = Instant::now();
    let mut rows = 0u64;
    let mut tick = |bar: &indicatif::ProgressBar| {
        rows += 1;
        if rows.is_multiple_of(4096) && !bar.is_hidden() {
            bar.set_position(rows);
            bar.set_message(rate(rows, started));
        }
    };
    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(private_file(path)?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::with_capacity(1 << 16, out);
    match args.format {
        ExportFormat::Csv => {
            let mut w = CsvOut::new(&mut out, dialect)?;
            w.row(COLUMNS)?;
            reg.export(args.year, |fields| {
                tick(&bar);
                Ok(w.row(fields)?)
            })?;
            w.flush()?;
        }
        ExportFormat::Json => {
            // The one JSON shape of a case, with its deadlines as of today.
            let cal = reg.calendar()?;
            let mut w = ListWriter::new(Format::Json, Dialect::default(), &mut out)?;
            let filter = CaseFilter {
                year: args.year,
                ..CaseFilter::default()
            };
            reg.list(&filter, |c, first_held| {
                tick(&bar);
                w.push(&c, &Timing::of(&cal, &c.facts, first_held, ctx.today))?;
                Ok(std::ops::ControlFlow::Continue(()))
            })?;
            w.finish()?;
        }
    }
    out.flush()?;
    bar.finish_and_clear();
    Ok(0)
}

/// The register holds personal data: an export file is for its owner only.
pub(crate) fn private_file(path: &PathBuf) -> Result<std::fs::File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map_err(|e| {
        Error::invalid(format!("cannot write {}: {e}", path.display()))
            .with_hint("name a file in a folder you can write to")
    })
}
