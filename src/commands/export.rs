//! `sengketa export`: the register as the register CSV (or JSON).

use super::Ctx;
use super::csv_args::CsvArgs;
use super::table::{RegisterTable, export};
use crate::domain::deadlines::Timing;
use crate::domain::redact::Pseudonyms;
use crate::error::Result;
use crate::output::OutputFile;
use crate::render::list::ListWriter;
use crate::render::progress::{progress, rate};
use crate::render::{Dialect, Format};
use crate::storage::CaseFilter;
use std::io::IsTerminal;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Write the register as it is now: one row per case, the import's columns
///
/// A register rebuilt by importing an export exports identically, byte for byte.
/// Void entries are left out (they were never disputes); the services and
/// appeals after the decisions are in `appeal export`.
///
/// --redact replaces each applicant's name by a pseudonym (Pemohon-001, -002, ...
/// in order of first appearance; the same applicant, the same pseudonym), for
/// sharing with researchers. The subject is free text and is kept: read it first.
///
/// --archive FILE writes instead the whole register, losing nothing (settings,
/// cases, every act and its hash, events, hearings, the calendar and its
/// history), as JSON Lines (format sengketa-archive, README): `sengketa import
/// --archive` rebuilds from it a register with the same `verify --head`. It is
/// written from one snapshot, readable by its owner only; - for standard output.
///
/// Examples:
///   sengketa export -o register.csv
///   sengketa export --year 2017 --format json
///   sengketa export --redact -o for-researchers.csv
///   sengketa export --archive register-2026-11.jsonl
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
    /// Replace applicants' names by pseudonyms (Pemohon-001, ...)
    #[arg(long)]
    redact: bool,
    /// Write the whole register as an archive to FILE (- for standard output)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["year", "format", "output", "redact", "excel"])]
    archive: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
}

/// `export --archive FILE`: the whole register, written whole and put in place (or to
/// standard output for `-`).
fn archive(path: &Path, ctx: &Ctx) -> Result<i32> {
    let reg = ctx.open()?;
    let path = (path != Path::new("-")).then_some(path);
    write_output(path, ctx, |out| {
        let mut out = BufWriter::with_capacity(1 << 16, out);
        reg.export_archive(&mut out)?;
        out.flush()?;
        Ok(())
    })?;
    Ok(0)
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    if let Some(path) = &args.archive {
        return archive(path, ctx);
    }
    let dialect = args.csv.dialect(args.format)?;
    let reg = ctx.open()?;
    let mut pseudonyms = args.redact.then(Pseudonyms::default);
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
    match args.format {
        ExportFormat::Csv => {
            let output = args.output.as_deref();
            export::<RegisterTable>(&reg, ctx, args.year, output, dialect, |fields, w| {
                tick(&bar);
                match pseudonyms.as_mut() {
                    Some(p) => {
                        let name = p.of(fields[2]);
                        let mut fields = fields.to_vec();
                        fields[2] = &name;
                        w(&fields)
                    }
                    None => w(fields),
                }
            })?;
        }
        ExportFormat::Json => write_output(args.output.as_deref(), ctx, |out| {
            // The one JSON shape of a case, with its deadlines as of today.
            let mut out = BufWriter::with_capacity(1 << 16, out);
            let cal = reg.calendar()?;
            let mut w = ListWriter::new(Format::Json, Dialect::default(), &mut out)?;
            let basis = reg.deadline_basis()?;
            let filter = CaseFilter {
                year: args.year,
                ..CaseFilter::default()
            };
            reg.list(&filter, |mut c, first_held| {
                tick(&bar);
                if let Some(p) = pseudonyms.as_mut() {
                    c.applicant = p.of(&c.applicant);
                }
                let from = basis.from(c.facts.received_on, &c.intake);
                let t = Timing::counted_from(&cal, &c.facts, first_held, ctx.today, from);
                w.push(&c, &t)?;
                Ok(std::ops::ControlFlow::Continue(()))
            })?;
            w.finish()?;
            out.flush()?;
            Ok(())
        })?,
    }
    bar.finish_and_clear();
    Ok(0)
}

/// The file `-o` names, if any, to be written whole and for its owner only (the register
/// holds personal data), never over the register itself.
pub(crate) fn output_file(path: Option<&Path>, ctx: &Ctx) -> Result<Option<OutputFile>> {
    path.map(|p| OutputFile::create(p, ctx.db_path().ok().as_deref()))
        .transpose()
}

/// Runs `write` on the file `-o` names (written whole, then put in place) or, without
/// one, on standard output; the one way every command writes its data.
pub(crate) fn write_output<T>(
    path: Option<&Path>,
    ctx: &Ctx,
    write: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    match output_file(path, ctx)? {
        Some(mut file) => {
            let done = write(&mut file)?;
            file.finish()?;
            Ok(done)
        }
        None => {
            let mut out = std::io::stdout().lock();
            let done = write(&mut out)?;
            out.flush()?;
            Ok(done)
        }
    }
}
