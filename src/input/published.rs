//! A published recap table read for `recap check`: the CSV form of `recap --format csv`
//! (a header of keys or of their labels, English or Indonesian, `year` first; missing
//! columns allowed; `-` reads as 0, an empty cell as not given; a total row and an as-of
//! column). Bytes in, a table out, no database: the fuzz target drives it too.

use super::{CsvIn, csv_error, csv_in, input_error, restore_record, separator_name};
use crate::csv_cell::restore;
use crate::domain::Date;
use crate::domain::recap::intake::{self, NOT_REGISTERED};
use crate::domain::recap::{AS_OF, Column, PAPER, Published, TOTAL, flow_read, is_flow_key};
use crate::domain::text::excerpt;
use crate::error::{Error, Result};
use crate::t;
use std::collections::BTreeMap;
use std::io::Read;

/// The largest count read: a billion cases less one is more than any commission's, and
/// keeps the row arithmetic of `recap check` (sums and differences of counts) far from
/// overflowing (near i64::MAX it panicked in a debug build).
pub const MAX_COUNT: i64 = 999_999_999;

/// A published table as read: its year rows, its total row, the as-of date it states.
pub struct Table {
    pub rows: Vec<Published>,
    pub total: Option<Published>,
    pub as_of: Option<Date>,
}

/// What a header cell names: a column of the paper's table, or the as-of date.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Named {
    Paper(&'static str),
    AsOf,
}

/// Two headers alike but for case, spaces and the kind of apostrophe.
fn same_words(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        s.replace(['\u{2019}', '\u{2018}', '`'], "'")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    fold(a) == fold(b)
}

/// The column a header cell names: a key, or a label in either language.
fn named(h: &str) -> Option<Named> {
    let matches = |c: &Column| c.key == h || same_words(h, &c.en) || same_words(h, &c.id);
    if matches(&AS_OF) {
        return Some(Named::AsOf);
    }
    // A flow table's columns (Arus perkara) are read too, under the names commissions
    // print them with; each reads as the key of `recap --flow`.
    // The column of filings not registered too, which a register recording intake adds.
    if matches(&NOT_REGISTERED) {
        return Some(Named::Paper(intake::KEY));
    }
    PAPER
        .iter()
        .find(|c| matches(c))
        .map(|c| Named::Paper(&c.key))
        .or_else(|| {
            flow_read()
                .find(|(c, _)| matches(c))
                .map(|(_, key)| Named::Paper(key))
        })
}

/// Whether a year cell is the total row's: its key or a label of it.
fn is_total(v: &str) -> bool {
    v == TOTAL.key || same_words(v, &TOTAL.en) || same_words(v, &TOTAL.id)
}

/// Reads a published recap from `input` (named `name` in messages): keys or labels in
/// the header, "-" as 0, an empty cell as not given; a year is read with the register's
/// range and a count up to [`MAX_COUNT`], never cast.
pub fn read_published(input: Box<dyn Read>, name: &str) -> Result<Table> {
    let CsvIn {
        mut reader,
        mut lines,
        separator,
    } = csv_in(input).map_err(|e| input_error(name, e))?;
    let header = reader.headers().map_err(|e| csv_error(name, e))?.clone();
    let mut keys: Vec<Named> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let h = restore(h.trim());
        match named(h) {
            Some(c) if !keys.contains(&c) => keys.push(c),
            Some(_) => {
                return Err(Error::invalid(t!(
                    "recap-check-twice",
                    name = name,
                    at = i + 1,
                    found = excerpt(h)
                )));
            }
            None => {
                let fault = t!("recap-check-not-a-column", at = i + 1, found = excerpt(h));
                let as_of = AS_OF;
                let not_registered = NOT_REGISTERED;
                let keys: Vec<&str> = PAPER
                    .iter()
                    .chain([&not_registered])
                    .chain(flow_read().map(|(c, _)| c))
                    .chain([&as_of])
                    .map(|c| &*c.key)
                    .collect();
                return Err(Error::invalid(t!(
                    "csv-header-separator",
                    name = name,
                    fault = fault,
                    separator = separator_name(separator)
                ))
                .with_hint(t!("recap-check-columns-hint", keys = keys.join(", "))));
            }
        }
    }
    if keys.first() != Some(&Named::Paper("year")) {
        return Err(Error::invalid(t!("recap-check-year-first", name = name))
            .with_hint(t!("recap-check-year-first-hint")));
    }
    // A table is Table 1 or a flow table (Arus perkara), never both: the columns of the
    // kind it was not compared as would be read and never compared.
    let kind_at = |flow: bool| {
        keys.iter().position(
            |k| matches!(k, Named::Paper(key) if *key != "year" && is_flow_key(key) == flow),
        )
    };
    if let (Some(paper), Some(flow)) = (kind_at(false), kind_at(true)) {
        let header_at = |i: usize| excerpt(restore(header.get(i).unwrap_or("").trim()));
        return Err(Error::invalid(t!(
            "recap-check-mixed",
            name = name,
            paper_at = paper + 1,
            paper = header_at(paper),
            flow_at = flow + 1,
            flow = header_at(flow)
        ))
        .with_hint(t!("recap-check-mixed-hint")));
    }
    let mut table = Table {
        rows: Vec::new(),
        total: None,
        as_of: None,
    };
    let mut faults = Faults::default();
    let mut first_line_of: BTreeMap<i32, u64> = BTreeMap::new();
    let mut rec = csv::StringRecord::new();
    for read in reader.records() {
        let read = read.map_err(|e| csv_error(name, e))?;
        restore_record(&read, &mut rec);
        let line = lines.line_at(rec.position().map(|p| p.byte()).unwrap_or(0));
        let mut cells = BTreeMap::new();
        let (mut year, mut total, mut bad_year) = (None, false, false);
        for (i, (k, v)) in keys.iter().zip(rec.iter()).enumerate() {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            let key = match k {
                Named::AsOf => {
                    match Date::parse(v) {
                        Ok(d) if table.as_of.is_none_or(|a| a == d) => table.as_of = Some(d),
                        Ok(_) => faults.push(t!("recap-check-as-of-differs", line = line)),
                        Err(_) => faults.push(t!(
                            "recap-check-not-a-date",
                            line = line,
                            at = i + 1,
                            found = excerpt(v)
                        )),
                    }
                    continue;
                }
                Named::Paper(key) => *key,
            };
            if key == "year" && is_total(v) {
                total = true;
                continue;
            }
            if key == "year" {
                // Read with its range, never cast: 4294969313 was read as 2017.
                match v.parse::<i32>().ok().filter(|y| Date::YEARS.contains(y)) {
                    Some(y) => year = Some(y),
                    None => {
                        bad_year = true;
                        faults.push(t!(
                            "recap-check-not-a-year",
                            line = line,
                            at = i + 1,
                            found = excerpt(v)
                        ))
                    }
                }
                continue;
            }
            let n = if v == "-" { Ok(0) } else { v.parse::<i64>() };
            match n {
                Ok(n) if (0..=MAX_COUNT).contains(&n) => {
                    cells.insert(key, n);
                }
                _ => faults.push(t!(
                    "recap-check-not-a-count",
                    line = line,
                    at = i + 1,
                    key = key,
                    found = excerpt(v)
                )),
            }
        }
        match (year, total) {
            (_, true) if table.total.is_none() => {
                table.total = Some(Published {
                    year: 0,
                    line,
                    cells,
                })
            }
            (_, true) => faults.push(t!("recap-check-two-totals", line = line)),
            // A year given twice would be compared twice, and summed twice into a total.
            (Some(year), _) => match first_line_of.get(&year) {
                Some(&first) => faults.push(t!(
                    "recap-check-year-twice",
                    line = line,
                    year = year,
                    first = first
                )),
                None => {
                    first_line_of.insert(year, line);
                    table.rows.push(Published { year, line, cells })
                }
            },
            // A year that is there but not a year was said above.
            (None, _) if bad_year => {}
            (None, _) => faults.push(t!("recap-check-no-year", line = line)),
        }
    }
    if faults.count > 0 {
        let mut said = faults.kept.join("; ");
        if faults.count > faults.kept.len() {
            let more = faults.count - faults.kept.len();
            said.push_str(&t!("recap-check-more-faults", n = more));
        }
        return Err(
            Error::invalid(format!("{name}: {said}")).with_hint(t!("recap-check-faults-hint"))
        );
    }
    Ok(table)
}

/// The faults of a table: the first [`Faults::SHOWN`] in words, the rest counted (a
/// million bad rows made a report of 279 MB).
#[derive(Default)]
struct Faults {
    kept: Vec<String>,
    count: usize,
}

impl Faults {
    const SHOWN: usize = 20;

    fn push(&mut self, fault: String) {
        self.count += 1;
        if self.kept.len() < Self::SHOWN {
            self.kept.push(fault);
        }
    }
}
