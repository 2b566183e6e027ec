//! The calendar's days as a table for people, and as the calendar CSV (the shipped data
//! file's columns, so that a list can be imported again) or JSON with the same keys (after
//! `schema_version`).

use super::table::Fit;
use super::{CsvOut, Dialect, Format, SCHEMA_VERSION, table};
use crate::domain::calendar::{COLUMNS, CalendarDay};
use crate::t;
use serde_json::{Map, Value};
use std::io::Write;

/// Writes `days` in `format`.
pub fn write_days(
    out: &mut impl Write,
    format: Format,
    dialect: Dialect,
    days: &[CalendarDay],
) -> crate::error::Result<()> {
    match format {
        Format::Table => {
            let lang = crate::i18n::lang();
            let name = |d: &CalendarDay| match lang {
                crate::domain::Lang::Id => d.name_id.clone(),
                crate::domain::Lang::En => d.name_en.clone(),
            };
            let t = match lang {
                // An Indonesian run writes the day as people do, its weekday in the date
                // ("Kam 1 Jan 2026", no wider than the ISO date and its day column), and
                // when the table is narrow drops this year's year ("Kam 1 Jan") rather
                // than cut a date.
                crate::domain::Lang::Id => {
                    let mut t = table(&[
                        t!("calendar-date"),
                        t!("calendar-kind"),
                        t!("calendar-name"),
                        t!("calendar-source"),
                    ]);
                    t.fit(1, Fit::Drop(3))
                        .fit(2, Fit::Cut(16))
                        .fit(3, Fit::Drop(1))
                        .dates(0, 2);
                    for d in days {
                        t.add_row([
                            super::human::date_short(d.date),
                            d.kind.label(lang).to_string(),
                            name(d),
                            d.source.clone(),
                        ]);
                        t.short_date(0, d.date);
                    }
                    t
                }
                // English keeps the ISO date analysts sort by, and the weekday beside it.
                crate::domain::Lang::En => {
                    let mut t = table(&[
                        t!("calendar-date"),
                        t!("calendar-day"),
                        t!("calendar-kind"),
                        t!("calendar-name"),
                        t!("calendar-source"),
                    ]);
                    t.fit(2, Fit::Drop(2))
                        .fit(3, Fit::Cut(16))
                        .fit(4, Fit::Drop(1));
                    for d in days {
                        t.add_row([
                            d.date.to_string(),
                            weekday(d.date),
                            d.kind.label(lang).to_string(),
                            name(d),
                            d.source.clone(),
                        ]);
                    }
                    t
                }
            };
            if t.is_empty() {
                writeln!(out, "{}", t!("calendar-none"))?;
            } else {
                writeln!(out, "{t}")?;
            }
        }
        Format::Csv => {
            let mut w = CsvOut::new(out, dialect)?;
            w.row(COLUMNS)?;
            for d in days {
                w.row(d.cells())?;
            }
            w.flush()?;
        }
        Format::Json => {
            out.write_all(b"[")?;
            for (i, d) in days.iter().enumerate() {
                out.write_all(if i == 0 { b"\n  " } else { b",\n  " })?;
                let version = ("schema_version".to_string(), Value::from(SCHEMA_VERSION));
                let obj: Map<String, Value> = std::iter::once(version)
                    .chain(
                        COLUMNS
                            .iter()
                            .zip(d.cells())
                            .map(|(k, v)| (k.to_string(), Value::from(v))),
                    )
                    .collect();
                crate::render::safe_json::to_writer(&mut *out, &obj)?;
            }
            out.write_all(if days.is_empty() { b"]\n" } else { b"\n]\n" })?;
        }
    }
    Ok(())
}

/// The day of the week, short, in the run's language.
pub fn weekday(d: crate::domain::Date) -> String {
    use chrono::Datelike;
    match d.naive().weekday() {
        chrono::Weekday::Mon => t!("weekday-mon"),
        chrono::Weekday::Tue => t!("weekday-tue"),
        chrono::Weekday::Wed => t!("weekday-wed"),
        chrono::Weekday::Thu => t!("weekday-thu"),
        chrono::Weekday::Fri => t!("weekday-fri"),
        chrono::Weekday::Sat => t!("weekday-sat"),
        chrono::Weekday::Sun => t!("weekday-sun"),
    }
}
