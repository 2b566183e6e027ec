//! `sengketa import`: load the register CSV, all or nothing.

use super::Ctx;
use super::csv_args::separator_name;
use super::messages;
use super::table::{InputKind, open_input};
use crate::domain::row::{COLUMNS, Fault, check_header_of};
use crate::error::{Error, Result};
pub(crate) use crate::input::csv_error;
use crate::input::register_csv::{RegisterCsv, Unreadable};
use crate::input::{CsvIn, csv_in, input_error};
use crate::render::progress::{progress, rate};
use crate::storage::{Refused, RowRefusal, rebuild_from_archive};
use crate::t;
use csv::StringRecord;
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
/// ',' or ';' between fields (as the header line has), a BOM or none; a cell that
/// `export` wrote with a ' before a formula character has the ' taken off again.
/// --archive FILE builds instead a new register from an archive (`sengketa export
/// --archive`): every act, hash and row as it was, checked as `sengketa verify`
/// checks a register, with the archive's head. The register (--db) must not exist
/// yet, or be an empty file.
///
/// Examples:
///   sengketa import jambi-2017.csv
///   sengketa import register-excel.csv      # as `export --excel` wrote it
///   sengketa import --dry-run - < cases.csv
///   sengketa --db restored.db import --archive register-2026-11.jsonl
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The CSV file, or - for standard input
    #[arg(required_unless_present = "archive")]
    file: Option<PathBuf>,
    /// Build a new register from this archive (- for standard input)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["file", "dry_run", "actor"])]
    archive: Option<PathBuf>,
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
            self.fault(line, f.column, &f.value, &messages::fault(f), f.rule());
        }
    }

    /// A row the register refused (its number taken, or no code to number it with).
    fn refused(&mut self, line: u64, value: &str, why: &RowRefusal) {
        self.bad_rows += 1;
        let reason = match why {
            RowRefusal::NumberTaken(n) => t!("import-number-taken", number = n.as_str()),
            RowRefusal::Domain(e) => format!(
                "{}; {}",
                messages::domain_message(e),
                t!("import-no-code-hint")
            ),
        };
        self.fault(line, "register_no", value, &reason, why.rule());
    }

    pub(super) fn fault(&mut self, line: u64, column: &str, value: &str, reason: &str, rule: &str) {
        if self.listed.len() < LISTED {
            let col = self.columns.iter().position(|c| *c == column).unwrap_or(0) + 1;
            self.listed
                .push(row_fault(line, col, column, value, reason));
        } else {
            *self.more.entry(format!("{rule} ({column})")).or_default() += 1;
        }
    }

    pub(super) fn print(&self) -> Result<()> {
        for l in &self.listed {
            crate::errln!("{l}")?;
        }
        if !self.more.is_empty() {
            let n: u64 = self.more.values().sum();
            crate::errln!("{}", t!("import-more-faults", n = n))?;
            for (rule, n) in &self.more {
                crate::errln!("  {n} × {rule}")?;
            }
        }
        Ok(())
    }
}

/// A fault of a row as listed: line, column (number and name), the value, why.
pub(super) fn row_fault(line: u64, col: usize, column: &str, value: &str, reason: &str) -> String {
    t!(
        "import-row-fault",
        line = line,
        col = col,
        column = column,
        value = crate::domain::text::excerpt(value),
        reason = reason
    )
}

/// `import --archive FILE`: a new register, built beside the target, checked, then put
/// in place.
fn archive(file: &Path, ctx: &Ctx) -> Result<i32> {
    let target = ctx.db_path()?;
    let existing = target.metadata().ok();
    if existing.as_ref().is_some_and(|m| m.len() > 0) {
        return Err(Error::invalid(t!(
            "archive-target-not-empty",
            path = target.display().to_string()
        ))
        .with_hint(t!("archive-target-not-empty-hint")));
    }
    let (input, _, name) = open_input(file, InputKind::Archive)?;
    let mut input = std::io::BufReader::with_capacity(1 << 16, input);
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| super::outfile::cannot_write(&target, &e))?;
    }
    let temp = super::outfile::staged(&target)?;
    let head = match rebuild_from_archive(temp.path(), &mut input)? {
        Ok(head) => head,
        Err(fault) => {
            return Err(
                Error::invalid(format!("{name}: {}", messages::archive_fault(&fault)))
                    .with_hint(t!("archive-fault-hint")),
            );
        }
    };
    let reg = ctx.open_at(temp.path())?;
    let mut problems = Vec::new();
    let verified = reg.verify(None, |p| problems.push(messages::problem(&p)))?;
    drop(reg);
    let rebuilt = verified.chain.head.map(|h| h.to_string());
    if !problems.is_empty() || rebuilt.as_deref() != Some(head.as_str()) {
        for p in &problems {
            crate::errln!("{p}")?;
        }
        return Err(Error::invalid(t!(
            "archive-not-verified",
            name = name.as_str(),
            head = head.as_str(),
            rebuilt = rebuilt.unwrap_or_default()
        ))
        .with_hint(t!("archive-fault-hint")));
    }
    super::outfile::place(temp, &target, existing.is_some())?;
    Ok(0)
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    if let Some(archive_file) = &args.archive {
        return archive(archive_file, ctx);
    }
    let file = args
        .file
        .clone()
        .expect("clap requires FILE without --archive");
    let (input, size, name) = open_input(&file, InputKind::RegisterCsv)?;
    let mut rows_in = RegisterCsv::new(input, ctx.today).map_err(|e| match e {
        Unreadable::Io(e) => input_error(&name, e),
        Unreadable::Csv(e) => csv_error(&name, e),
        Unreadable::Header { fault, separator } => Error::invalid(t!(
            "csv-header-separator",
            name = &name,
            fault = messages::header_fault(&fault),
            separator = separator_name(separator)
        ))
        .with_hint(t!("csv-header-hint", columns = COLUMNS.join(","))),
    })?;

    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.actor, Some(t!("import-note", file = &name)));
    let bar = progress(size, true);
    let mut report = Report::new(&COLUMNS);
    let mut rows: u64 = 0;
    let started = std::time::Instant::now();
    let dry_run = args.dry_run;
    let mut skipped = Vec::new();
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
        skipped = importer.skipped().to_vec();
        // A file without rows writes nothing, not even an empty act.
        Ok(report.bad_rows == 0 && !dry_run && rows > 0)
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
    if kept && !skipped.is_empty() {
        // Said even to a script: the numbering went past numbers it may have expected.
        const SHOWN: usize = 10;
        let mut numbers = skipped[..skipped.len().min(SHOWN)].join(", ");
        if skipped.len() > SHOWN {
            numbers += ", …";
        }
        crate::errln!(
            "{}",
            t!(
                "import-skipped-numbers",
                n = skipped.len(),
                numbers = numbers
            )
        )?;
    }
    if rows == 0 {
        crate::errln!("{}", t!("input-no-rows", name = &name))?;
        return Ok(0);
    }
    if kept {
        // Scripts and pipes get silence on success (the exit code says it); a person at a
        // terminal gets the count.
        if std::io::stderr().is_terminal() {
            crate::errln!("{}", t!("import-done", rows = rows, file = &name))?;
        }
    } else {
        crate::errln!("{}", t!("import-dry-run", rows = rows, file = &name))?;
    }
    Ok(0)
}

/// Opens `input` (named `name` in messages) as CSV, and checks that its header is
/// `columns`; a header that does not match is refused with the separator it was read with.
pub(crate) fn open_csv(
    input: Box<dyn Read>,
    name: &str,
    columns: &[&'static str],
) -> Result<(CsvIn, StringRecord)> {
    let mut c = csv_in(input).map_err(|e| input_error(name, e))?;
    let header = c.reader.headers().map_err(|e| csv_error(name, e))?.clone();
    let names: Vec<&str> = header.iter().collect();
    check_header_of(&names, columns).map_err(|e| {
        Error::invalid(t!(
            "csv-header-separator",
            name = name,
            fault = messages::header_fault(&e),
            separator = separator_name(c.separator)
        ))
        .with_hint(t!("csv-header-hint", columns = columns.join(",")))
    })?;
    Ok((c, header))
}
