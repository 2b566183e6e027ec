//! `sengketa appeal import`: load the appeals CSV, all or nothing.

use crate::commands::Ctx;
use crate::commands::import::{InputKind, Report, csv_error, open_csv, open_input};
use crate::commands::messages;
use crate::domain::appeal::row::{
    COLUMNS, Fault, FaultKind, RawAppealRow, field_count_fault, parse_row,
};
use crate::error::{Error, Result};
use crate::input::{CsvIn, restore_record};
use crate::storage::AppealRefused;
use crate::t;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Import the decisions' services and appeals from an appeals CSV, all or nothing
///
/// Columns (header required, in this order), as `appeal export` writes them:
///   register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome
///
/// Each row names a decided case already in the register (by its full register
/// number). Its history is recorded as the clerk's commands would have: the service
/// on served_on (once per case), the filing on filed_on, the court's decision on
/// decided_on. Every step is checked as the commands check it (no appeal of a
/// mediation decision, levels in order, no court decision before its filing). If
/// any row is invalid nothing is written and every invalid row is reported (line,
/// column, value, reason); exit 3.
///
/// Examples:
///   sengketa appeal import appeals-2026.csv
///   sengketa appeal import --dry-run - < appeals.csv
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

fn report_row(report: &mut Report, line: u64, faults: &[Fault]) {
    report.bad_rows += 1;
    for f in faults {
        report.fault(
            line,
            f.column,
            &f.value,
            &messages::appeal_fault(f),
            f.rule(),
        );
    }
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let (input, _, name) = open_input(&args.file, InputKind::AppealsCsv)?;
    let (
        CsvIn {
            mut reader,
            mut lines,
            ..
        },
        header,
    ) = open_csv(input, &name, &COLUMNS)?;

    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.actor, Some(t!("appeals-imported-from", file = &name)));
    let mut report = Report::new(&COLUMNS);
    let mut rows: u64 = 0;
    let (dry_run, today) = (args.dry_run, ctx.today);
    let kept = reg.import_appeals(&stamp, |importer| {
        let (mut read, mut record) = (csv::StringRecord::new(), csv::StringRecord::new());
        while reader
            .read_record(&mut read)
            .map_err(|e| csv_error(&name, e))?
        {
            restore_record(&read, &mut record);
            rows += 1;
            let line = lines.line_at(record.position().map(|p| p.byte()).unwrap_or(0));
            if record.len() != COLUMNS.len() {
                report_row(&mut report, line, &[field_count_fault(record.len())]);
                continue;
            }
            let raw: RawAppealRow = record
                .deserialize(Some(&header))
                .map_err(|e| csv_error(&name, e))?;
            match parse_row(&raw, today) {
                Ok(row) => match importer.add(&row) {
                    Ok(()) => {}
                    Err(AppealRefused::Row(e)) => {
                        let column = row.blame(&e);
                        let at = COLUMNS.iter().position(|c| *c == column).unwrap_or(0);
                        let fault = Fault {
                            column,
                            value: record.get(at).unwrap_or("").trim().to_string(),
                            kind: FaultKind::Refused(e),
                        };
                        report_row(&mut report, line, &[fault]);
                    }
                    Err(AppealRefused::Failed(e)) => return Err(e),
                },
                Err(faults) => report_row(&mut report, line, &faults),
            }
        }
        Ok(report.bad_rows == 0 && !dry_run)
    })?;
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
    if kept {
        if std::io::stderr().is_terminal() {
            crate::errln!("{}", t!("appeals-imported", rows = rows, file = &name))?;
        }
    } else {
        crate::errln!("{}", t!("import-dry-run", rows = rows, file = &name))?;
    }
    Ok(0)
}
