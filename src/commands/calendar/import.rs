//! `sengketa calendar import`: next year's decree, all or nothing.

use crate::commands::Ctx;
use crate::commands::import::{csv_error, open_csv, row_fault};
use crate::commands::messages;
use crate::commands::table::{InputKind, open_input};
use crate::domain::Date;
use crate::domain::calendar::{COLUMNS, DayFault, RawDay, parse_day};
use crate::error::{Error, Result};
use crate::input::{CsvIn, restore_record};
use csv::StringRecord;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;

/// How many faults are listed; the rest are counted.
const LISTED: usize = 100;

/// Import non-working days from a calendar CSV, all or nothing
///
/// Columns (header required, in this order): date,kind,name_id,name_en,source
/// (kind: public_holiday, collective_leave or office_closure), one row a date: the
/// shipped data/holidays-id.csv's form, and what `calendar list --format csv`
/// writes. A date the calendar lacks is added; one it has is given the file's
/// values; one it has as written is left alone. All in one act of the history. If
/// any row is invalid nothing is written and every invalid row is reported (line,
/// column, value, reason); exit 3.
///
/// Examples:
///   sengketa calendar import skb-2028.csv
///   sengketa calendar list --format csv | sengketa --db other.db calendar import -
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The CSV file, or - for standard input
    file: PathBuf,
    /// Who imports [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let (input, _, name) = open_input(&args.file, InputKind::CalendarCsv)?;
    let (
        CsvIn {
            mut reader,
            mut lines,
            ..
        },
        header,
    ) = open_csv(input, &name, &COLUMNS)?;

    let mut days = Vec::new();
    let mut seen = HashMap::new();
    let mut faults: Vec<String> = Vec::new();
    let (mut rows, mut bad_rows) = (0u64, 0u64);
    let (mut read, mut record) = (StringRecord::new(), StringRecord::new());
    while reader
        .read_record(&mut read)
        .map_err(|e| csv_error(&name, e))?
    {
        restore_record(&read, &mut record);
        rows += 1;
        let line = lines.line_at(record.position().map(|p| p.byte()).unwrap_or(0));
        let parsed = if record.len() != COLUMNS.len() {
            Err(vec![DayFault::field_count(record.len())])
        } else {
            let raw: RawDay = record
                .deserialize(Some(&header))
                .map_err(|e| csv_error(&name, e))?;
            let parsed = parse_day(&raw);
            // One row a date: a second row of a date is a fault, whatever else it has.
            let first = Date::parse(raw.date).ok().and_then(|date| {
                let first = *seen.entry(date).or_insert(line);
                (first != line).then(|| DayFault::repeated(date, first))
            });
            match (parsed, first) {
                (parsed, None) => parsed,
                (Ok(_), Some(f)) => Err(vec![f]),
                (Err(mut faults), Some(f)) => {
                    faults.push(f);
                    Err(faults)
                }
            }
        };
        match parsed {
            Ok(day) => days.push(day),
            Err(row_faults) => {
                bad_rows += 1;
                faults.extend(row_faults.iter().map(|f| {
                    let col = COLUMNS.iter().position(|c| *c == f.column).unwrap_or(0) + 1;
                    row_fault(line, col, f.column, &f.value, &messages::day_fault(f))
                }));
            }
        }
    }
    if bad_rows > 0 {
        for f in faults.iter().take(LISTED) {
            crate::errln!("{f}")?;
        }
        if faults.len() > LISTED {
            let n = faults.len() - LISTED;
            crate::errln!("{}", crate::t!("calendar-more-faults", n = n))?;
        }
        return Err(Error::invalid(crate::t!(
            "import-invalid-rows",
            bad = bad_rows,
            rows = rows,
            file = &name
        ))
        .with_hint(crate::t!("import-invalid-rows-hint")));
    }

    if rows == 0 {
        // Nothing to write, not even an empty act.
        crate::errln!("{}", crate::t!("input-no-rows", name = &name))?;
        return Ok(());
    }
    let mut reg = ctx.open()?;
    let stamp = ctx.stamp(args.actor, Some(crate::t!("import-note", file = &name)));
    let counts = reg.calendar_import(&days, &stamp)?;
    // Scripts and pipes get silence on success (the exit code says it), as `import` does;
    // a person at a terminal gets the counts.
    if std::io::stderr().is_terminal() {
        crate::errln!(
            "{}",
            crate::t!(
                "calendar-imported",
                rows = rows,
                file = &name,
                added = counts.added,
                changed = counts.updated,
                unchanged = counts.unchanged
            )
        )?;
    }
    Ok(())
}
