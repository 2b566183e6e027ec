//! The calendar's days as a table for people, and as the calendar CSV (the shipped data
//! file's columns, so that a list can be imported again) or JSON with the same keys.

use super::{Format, csv_writer, table};
use crate::domain::calendar::{COLUMNS, CalendarDay};
use serde_json::{Map, Value};
use std::io::Write;

/// Writes `days` in `format`.
pub fn write_days(
    out: &mut impl Write,
    format: Format,
    days: &[CalendarDay],
) -> crate::error::Result<()> {
    match format {
        Format::Table => {
            let mut t = table(&["date", "day", "kind", "name", "source"]);
            for d in days {
                t.add_row([
                    d.date.to_string(),
                    d.date.weekday().to_string(),
                    d.kind.cli_name(),
                    d.name_id.clone(),
                    d.source.clone(),
                ]);
            }
            writeln!(out, "{t}")?;
        }
        Format::Csv => {
            let mut w = csv_writer(out);
            w.write_record(COLUMNS)?;
            for d in days {
                w.write_record(d.cells())?;
            }
            w.flush()?;
        }
        Format::Json => {
            out.write_all(b"[")?;
            for (i, d) in days.iter().enumerate() {
                out.write_all(if i == 0 { b"\n  " } else { b",\n  " })?;
                let obj: Map<String, Value> = COLUMNS
                    .iter()
                    .zip(d.cells())
                    .map(|(k, v)| (k.to_string(), Value::from(v)))
                    .collect();
                serde_json::to_writer(&mut *out, &obj)?;
            }
            out.write_all(if days.is_empty() { b"]\n" } else { b"\n]\n" })?;
        }
    }
    Ok(())
}
