//! A published recap table read for `recap check`: the CSV form of `recap --format csv`
//! (a header of recap keys, `year` first; missing keys allowed; `-` reads as 0, an empty
//! cell as not given). Bytes in, rows out, no database (the fuzz target drives it too).

use crate::domain::recap::{PAPER, Published};
use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::io::Read;

/// The years a register holds.
const YEARS: std::ops::RangeInclusive<i64> = 1900..=9999;

/// The largest count read: a billion cases less one is more than any commission's, and
/// keeps the row arithmetic of `recap check` (sums and differences of counts) far from
/// overflowing. A year was read as a count too: 4294969313 became 2017.
pub const MAX_COUNT: i64 = 999_999_999;

/// Reads a published recap from `input`; `name` names it in messages.
pub fn read_published(input: impl Read, name: &str) -> Result<Vec<Published>> {
    let (input, mut lines) = super::line_ends(input);
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header = rdr
        .headers()
        .map_err(|e| Error::invalid(format!("{name}: {e}")))?
        .clone();
    let mut keys: Vec<&'static str> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let h = h.trim();
        match PAPER.iter().find(|c| c.key == h) {
            Some(c) if !keys.contains(&&*c.key) => keys.push(&c.key),
            Some(_) => {
                return Err(Error::invalid(format!(
                    "{name}: line 1, column {}: '{h}' appears twice",
                    i + 1
                )));
            }
            None => {
                return Err(Error::invalid(format!(
                    "{name}: line 1, column {}: '{h}' is not a recap key",
                    i + 1
                ))
                .with_hint(format!(
                    "the keys are: {}",
                    PAPER.iter().map(|c| &*c.key).collect::<Vec<_>>().join(", ")
                )));
            }
        }
    }
    if keys.first() != Some(&"year") {
        return Err(
            Error::invalid(format!("{name}: the first column must be 'year'"))
                .with_hint("write the table as `sengketa recap --format csv` does"),
        );
    }
    let mut rows = Vec::new();
    let mut faults = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| Error::invalid(format!("{name}: {e}")))?;
        let line = lines.line_at(rec.position().map(|p| p.byte()).unwrap_or(0));
        let mut cells = BTreeMap::new();
        let mut year = None;
        for (i, (k, v)) in keys.iter().zip(rec.iter()).enumerate() {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            let n = if v == "-" { Ok(0) } else { v.parse::<i64>() };
            match n {
                Ok(n) if *k == "year" && YEARS.contains(&n) => year = Some(n as i32),
                Ok(n) if *k != "year" && (0..=MAX_COUNT).contains(&n) => {
                    cells.insert(*k, n);
                }
                _ if *k == "year" => faults.push(format!(
                    "line {line}, column {} (year): '{v}' is not a year from 1900 to 9999",
                    i + 1
                )),
                _ => faults.push(format!(
                    "line {line}, column {} ({k}): '{v}' is not a count",
                    i + 1
                )),
            }
        }
        match year {
            Some(year) => rows.push(Published { year, line, cells }),
            None => faults.push(format!("line {line}, column 1 (year): the year is missing")),
        }
    }
    if !faults.is_empty() {
        return Err(Error::invalid(format!("{name}: {}", faults.join("; ")))
            .with_hint("cells are whole numbers below a billion, or - for none"));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Vec<Published>> {
        read_published(text.as_bytes(), "t.csv")
    }

    /// Issue #11 (the published_table fuzz target): counts near i64::MAX overflowed the
    /// row arithmetic of `recap check` (a panic in a debug build, a wrong sum in a release
    /// one), and a year past i32 wrapped round to another year.
    #[test]
    fn counts_and_years_out_of_range_are_faults() {
        let huge = "year,entered,not_qualified,qualified\n2017,0,9223372036854775807,9223372036854775807\n";
        let e = read(huge).unwrap_err();
        assert!(e.message.contains("is not a count"), "{}", e.message);
        let e = read("year,entered\n4294969313,1\n").unwrap_err();
        assert!(
            e.message.contains("'4294969313' is not a year"),
            "{}",
            e.message
        );
        assert!(read("year,entered\n1899,1\n").is_err());
        let rows = read("year,entered,done\n2017,999999999,-\n").unwrap();
        assert_eq!(rows[0].year, 2017);
        assert_eq!(rows[0].cells["entered"], MAX_COUNT);
        assert_eq!(rows[0].cells["done"], 0);
        assert!(read("year,entered\n2017,1000000000\n").is_err());
    }
}
