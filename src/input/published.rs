//! A published recap table read for `recap check`: the CSV form of `recap --format csv`
//! (a header of recap keys, `year` first; missing keys allowed; `-` reads as 0, an empty
//! cell as not given). Bytes in, rows out, no database (the fuzz target drives it too).

use crate::domain::recap::{PAPER, Published};
use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::io::Read;

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
                Ok(n) if n >= 0 && *k == "year" => year = Some(n as i32),
                Ok(n) if n >= 0 => {
                    cells.insert(*k, n);
                }
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
            .with_hint("cells are whole numbers, or - for none"));
    }
    Ok(rows)
}
