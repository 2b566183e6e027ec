//! `sengketa import`: load the register CSV, all or nothing.

use super::Ctx;
use super::lines::line_ends;
use super::progress::{progress, rate};
use crate::domain::row::{COLUMNS, Fault, check_header, parse_row};
use crate::error::{Error, Result};
use crate::storage::Refused;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Read};
use std::path::PathBuf;

/// How many invalid rows are listed in full; the rest are counted by reason.
const LISTED: usize = 100;

/// Import cases from a register CSV, all or nothing
///
/// Columns (header required, in this order):
///   register_no,received_on,applicant,applicant_kind,public_body,subject,qualified_on,
///   not_qualified_on,not_qualified_reason,withdrawn_on,decided_on,decision_via,
///   decision_outcome,decision_no,closed_on
///
/// An empty cell means the step has not happened; an empty register_no is assigned the next
/// number. Each case's history is built from its dates. If any row is invalid nothing is
/// written and every invalid row is reported (line, column, value, reason); exit 3.
///
/// Examples:
///   sengketa import jambi-2017.csv
///   sengketa import --dry-run - < cases.csv
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The CSV file, or - for standard input
    file: PathBuf,
    /// Check every row and report, but write nothing
    #[arg(long)]
    dry_run: bool,
    /// Who imports [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

/// The invalid rows of a file: the first ones in full, the rest counted by rule.
#[derive(Default)]
struct Report {
    listed: Vec<String>,
    more: BTreeMap<String, u64>,
    bad_rows: u64,
}

impl Report {
    fn row(&mut self, line: u64, faults: &[Fault]) {
        self.bad_rows += 1;
        for f in faults {
            if self.listed.len() < LISTED {
                let col = COLUMNS.iter().position(|c| *c == f.column).unwrap_or(0) + 1;
                self.listed.push(format!(
                    "line {line}, column {col} ({}): {:?}: {}",
                    f.column, f.value, f.reason
                ));
            } else {
                *self
                    .more
                    .entry(format!("{} ({})", f.rule, f.column))
                    .or_default() += 1;
            }
        }
    }

    fn print(&self) {
        for l in &self.listed {
            eprintln!("{l}");
        }
        if !self.more.is_empty() {
            let n: u64 = self.more.values().sum();
            eprintln!("... and {n} more faults:");
            for (rule, n) in &self.more {
                eprintln!("  {n} × {rule}");
            }
        }
    }
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let stdin = args.file.as_os_str() == "-";
    let name = if stdin {
        "standard input".to_string()
    } else {
        args.file.display().to_string()
    };
    let (input, size): (Box<dyn Read>, Option<u64>) = if stdin {
        (Box::new(std::io::stdin().lock()), None)
    } else {
        let f = std::fs::File::open(&args.file).map_err(|e| {
            Error::invalid(format!("cannot read {name}: {e}"))
                .with_hint("give the path of a register CSV, or - for standard input")
        })?;
        let size = f.metadata().ok().map(|m| m.len());
        (Box::new(f), size)
    };
    let (line_ends_reader, mut lines) = line_ends(input);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(line_ends_reader);
    let header = reader.headers().map_err(|e| csv_error(&name, e))?.clone();
    let header: Vec<&str> = header.iter().collect();
    check_header(&header).map_err(|e| {
        Error::invalid(format!("{name}: {e}")).with_hint(format!(
            "the first line must be the header: {}",
            COLUMNS.join(",")
        ))
    })?;

    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.actor, Some(format!("imported from {name}")));
    let bar = progress(size, true);
    let mut report = Report::default();
    let mut rows: u64 = 0;
    let started = std::time::Instant::now();
    let dry_run = args.dry_run;
    let today = ctx.today;
    let kept = reg.import(&stamp, |importer| {
        let mut record = csv::StringRecord::new();
        while reader
            .read_record(&mut record)
            .map_err(|e| csv_error(&name, e))?
        {
            rows += 1;
            let line = lines.line_at(record.position().map(|p| p.byte()).unwrap_or(0));
            // One more slot than the columns, so a row with too many fields is seen as such.
            let mut buf = [""; COLUMNS.len() + 1];
            for (slot, f) in buf.iter_mut().zip(record.iter()) {
                *slot = f;
            }
            let fields = &buf[..record.len().min(buf.len())];
            match parse_row(fields, today) {
                Ok(row) => match importer.add(&row) {
                    Ok(_) => {}
                    Err(Refused::Row(why)) => {
                        let fault = Fault {
                            column: "register_no",
                            value: fields[0].to_string(),
                            reason: why.to_string(),
                            rule: why.rule(),
                        };
                        report.row(line, &[fault]);
                    }
                    Err(Refused::Failed(e)) => return Err(e),
                },
                Err(faults) => report.row(line, &faults),
            }
            if rows.is_multiple_of(4096) && !bar.is_hidden() {
                if let Some(p) = record.position() {
                    bar.set_position(p.byte());
                }
                bar.set_message(rate(rows, started));
            }
        }
        Ok(report.bad_rows == 0 && !dry_run)
    })?;
    bar.finish_and_clear();
    if report.bad_rows > 0 {
        report.print();
        return Err(Error::invalid(format!(
            "{} of {rows} rows of {name} are invalid; nothing was imported",
            report.bad_rows
        ))
        .with_hint("correct the rows listed above and import the whole file again"));
    }
    if kept {
        // Scripts and pipes get silence on success (the exit code says it); a person at a
        // terminal gets the count.
        if std::io::stderr().is_terminal() {
            eprintln!("imported {rows} cases from {name}");
        }
    } else {
        eprintln!("{rows} rows of {name} are valid; nothing was written (--dry-run)");
    }
    Ok(0)
}

fn csv_error(name: &str, e: csv::Error) -> Error {
    let at = e
        .position()
        .map(|p| format!(" at line {}", p.line()))
        .unwrap_or_default();
    Error::invalid(format!("{name}{at}: not a readable CSV file: {e}"))
        .with_hint("save it as UTF-8 CSV with a comma between fields")
}
