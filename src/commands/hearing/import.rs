//! `sengketa hearing import`: load the hearings CSV, all or nothing.

use crate::commands::Ctx;
use crate::commands::import::{InputKind, Report, csv_error, open_csv, open_input};
use crate::commands::messages;
use crate::domain::hearing::row::{
    COLUMNS, Fault, FaultKind, RawHearingRow, field_count_fault, parse_row,
};
use crate::error::{Error, Result};
use crate::input::{CsvIn, restore_record};
use crate::storage::HearingRefused;
use crate::t;
use csv::StringRecord;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Import hearings from a hearings CSV, all or nothing
///
/// Columns (header required, in this order), as `hearing export` writes them:
///   register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,
///   respondent,reason
///
/// Each row is a hearing of a case already in the register (named by its full
/// register number), under a number the case has not used. Its history is recorded
/// as the clerk's commands would have: scheduled for first_on, postponed to
/// on_date if that differs (with the reason), then held (with the attendance) or
/// cancelled (with the reason). The file does not say when a hearing was summoned
/// or postponed: those steps are dated the earliest of first_on, on_date and
/// today; a hearing held is dated its own date (not after today); a cancellation
/// its date, or today if that is to come. Every step is checked as the commands
/// check it (no hearing on a done case, none before the case's receipt). If any
/// row is invalid nothing is written and every invalid row is reported (line,
/// column, value, reason); exit 3.
///
/// Examples:
///   sengketa hearing import hearings-2017.csv
///   sengketa hearing import --dry-run - < hearings.csv
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

/// Reports the faults of a row.
fn report_row(report: &mut Report, line: u64, faults: &[Fault]) {
    report.bad_rows += 1;
    for f in faults {
        report.fault(
            line,
            f.column,
            &f.value,
            &messages::hearing_fault(f),
            f.rule(),
        );
    }
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let (input, _, name) = open_input(&args.file, InputKind::HearingsCsv)?;
    let (
        CsvIn {
            mut reader,
            mut lines,
            ..
        },
        header,
    ) = open_csv(input, &name, &COLUMNS)?;

    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.actor, Some(t!("hearings-imported-from", file = &name)));
    let mut report = Report::new(&COLUMNS);
    let mut rows: u64 = 0;
    let dry_run = args.dry_run;
    let kept = reg.import_hearings(&stamp, ctx.today, |importer| {
        let (mut read, mut record) = (StringRecord::new(), StringRecord::new());
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
            let raw: RawHearingRow = record
                .deserialize(Some(&header))
                .map_err(|e| csv_error(&name, e))?;
            match parse_row(&raw) {
                Ok(row) => match importer.add(&row) {
                    Ok(()) => {}
                    Err(HearingRefused::Row(e)) => {
                        let column = row.blame(&e);
                        let at = COLUMNS.iter().position(|c| *c == column).unwrap_or(0);
                        let fault = Fault {
                            column,
                            value: record.get(at).unwrap_or("").trim().to_string(),
                            kind: FaultKind::Refused(e),
                        };
                        report_row(&mut report, line, &[fault]);
                    }
                    Err(HearingRefused::Failed(e)) => return Err(e),
                },
                Err(faults) => report_row(&mut report, line, &faults),
            }
        }
        // A file without rows writes nothing, not even an empty act.
        Ok(report.bad_rows == 0 && !dry_run && rows > 0)
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
    if rows == 0 {
        crate::errln!("{}", t!("input-no-rows", name = &name))?;
        return Ok(0);
    }
    if kept {
        if std::io::stderr().is_terminal() {
            crate::errln!("{}", t!("hearings-imported", rows = rows, file = &name))?;
        }
    } else {
        crate::errln!("{}", t!("import-dry-run", rows = rows, file = &name))?;
    }
    Ok(0)
}
