//! `sengketa import`: load the register CSV, all or nothing.

use super::Ctx;
use super::words;
use crate::domain::row::{COLUMNS, Fault};
use crate::error::{Error, Result};
use crate::input::register_csv::{RegisterCsv, Unreadable};
use crate::render::progress::{progress, rate};
use crate::storage::{Refused, RowRefusal};
use std::collections::BTreeMap;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

/// How many invalid rows are listed in full; the rest are counted by reason.
const LISTED: usize = 100;

/// Import cases from a register CSV, all or nothing
///
/// Columns (header required, in this order):
///   register_no,received_on,applicant,applicant_kind,public_body,subject,
///   qualified_on,not_qualified_on,not_qualified_reason,withdrawn_on,decided_on,
///   decision_via,decision_outcome,decision_no,closed_on
///
/// An empty cell means the step has not happened; an empty register_no is assigned
/// the next number. Each case's history is built from its dates. If any row is
/// invalid nothing is written and every invalid row is reported (line, column,
/// value, reason); exit 3.
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
pub(super) struct Report {
    /// The file's columns, to number the column of a fault.
    columns: &'static [&'static str],
    listed: Vec<String>,
    more: BTreeMap<String, u64>,
    pub(super) bad_rows: u64,
}

impl Report {
    pub(super) fn new(columns: &'static [&'static str]) -> Report {
        Report {
            columns,
            listed: Vec::new(),
            more: BTreeMap::new(),
            bad_rows: 0,
        }
    }

    fn row(&mut self, line: u64, faults: &[Fault]) {
        self.bad_rows += 1;
        for f in faults {
            self.fault(line, f.column, &f.value, &words::fault(f), f.rule());
        }
    }

    /// A row the register refused (its number taken, or no code to number it with).
    fn refused(&mut self, line: u64, value: &str, why: &RowRefusal) {
        self.bad_rows += 1;
        let reason = match why {
            RowRefusal::NumberTaken(n) => {
                format!("register number {n} is already in the register (or earlier in this file)")
            }
            RowRefusal::Domain(e) => format!(
                "{}; {}",
                words::domain_message(e),
                "run `sengketa config set commission-code <CODE>` first, or fill register_no"
            ),
        };
        self.fault(line, "register_no", value, &reason, why.rule());
    }

    pub(super) fn fault(&mut self, line: u64, column: &str, value: &str, reason: &str, rule: &str) {
        if self.listed.len() < LISTED {
            let col = self.columns.iter().position(|c| *c == column).unwrap_or(0) + 1;
            self.listed.push(format!(
                "line {line}, column {col} ({column}): {value:?}: {reason}"
            ));
        } else {
            *self.more.entry(format!("{rule} ({column})")).or_default() += 1;
        }
    }

    pub(super) fn print(&self) {
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
    let (input, size, name) = open_input(&args.file, "a register CSV")?;
    let mut rows_in = RegisterCsv::new(input, ctx.today).map_err(|e| match e {
        Unreadable::Csv(e) => csv_error(&name, e),
        Unreadable::Header(e) => Error::invalid(format!("{name}: {}", words::header_fault(&e)))
            .with_hint(format!(
                "the first line must be the header: {}",
                COLUMNS.join(",")
            )),
    })?;

    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.actor, Some(format!("imported from {name}")));
    let bar = progress(size, true);
    let mut report = Report::new(&COLUMNS);
    let mut rows: u64 = 0;
    let started = std::time::Instant::now();
    let dry_run = args.dry_run;
    let kept = reg.import(&stamp, |importer| {
        while let Some(row) = rows_in.next_row().map_err(|e| csv_error(&name, e))? {
            rows += 1;
            match row.read {
                Ok(case) => match importer.add(&case) {
                    Ok(_) => {}
                    Err(Refused::Row(why)) => {
                        let given = case.register_no.as_deref().unwrap_or("");
                        report.refused(row.line, given, &why)
                    }
                    Err(Refused::Failed(e)) => return Err(e),
                },
                Err(faults) => report.row(row.line, &faults),
            }
            if rows.is_multiple_of(4096) && !bar.is_hidden() {
                bar.set_position(rows_in.byte());
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

/// The file to read (or standard input for `-`), its size if known, and its name for
/// messages; `what` names the kind of file in the hint.
pub(crate) fn open_input(file: &Path, what: &str) -> Result<(Box<dyn Read>, Option<u64>, String)> {
    if file.as_os_str() == "-" {
        return Ok((
            Box::new(std::io::stdin().lock()),
            None,
            "standard input".to_string(),
        ));
    }
    let name = file.display().to_string();
    let f = std::fs::File::open(file).map_err(|e| {
        Error::invalid(format!("cannot read {name}: {e}"))
            .with_hint(format!("give the path of {what}, or - for standard input"))
    })?;
    let size = f.metadata().ok().map(|m| m.len());
    Ok((Box::new(f), size, name))
}

pub(crate) fn csv_error(name: &str, e: csv::Error) -> Error {
    let at = e
        .position()
        .map(|p| format!(" at line {}", p.line()))
        .unwrap_or_default();
    Error::invalid(format!("{name}{at}: not a readable CSV file: {e}"))
        .with_hint("save it as UTF-8 CSV with a comma between fields")
}
