//! `sengketa recap check`: a published recap table (keys or labels in its header, English
//! or Indonesian; `,` or `;`; a total row and an as-of column as `recap --format csv`
//! writes them) compared with the register.

use crate::commands::Ctx;
use crate::commands::csv_args::separator_name;
use crate::commands::words::parse_date as parse_arg;
use crate::domain::Date;
use crate::domain::recap::{self, AS_OF, Column, PAPER, Published, TOTAL};
use crate::error::{Error, Result};
use crate::input::{CsvIn, csv_in, restore_record};
use crate::render::csv_out::restore;
use crate::storage::Register;
use crate::t;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

/// Check a published recap table against the register
///
/// Reads a recap in the CSV form of `recap --format csv`: a header of keys or of
/// their labels (English or Indonesian), "year" first; missing columns allowed;
/// "-" reads as 0; "," or ";" between fields. A total row ("total" or a label of
/// it as the year) is checked against the sum of the rows; an as_of column gives
/// the date to compare as of, unless --as-of is given. Lists every cell that
/// differs from the register, every row whose own arithmetic does not add up, and
/// what the register can explain. Exit 0 when every cell matches and every row
/// adds up, 1 otherwise.
///
/// Examples:
///   sengketa recap check table1-published.csv --as-of 2019-12-31
///   sengketa recap --format csv --excel > recap.csv
///   sengketa recap check recap.csv
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct CheckArgs {
    /// The published table (CSV), or - for standard input
    file: PathBuf,
    /// Compare with the register as of this date [default: the table's as_of column,
    /// else today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    as_of: Option<Date>,
}

/// A published table as read: its year rows, its total row, the as-of date it states.
struct Table {
    rows: Vec<Published>,
    total: Option<Published>,
    as_of: Option<Date>,
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
    PAPER
        .iter()
        .find(|c| matches(c))
        .map(|c| Named::Paper(&c.key))
}

/// Whether a year cell is the total row's: its key or a label of it.
fn is_total(v: &str) -> bool {
    v == TOTAL.key || same_words(v, &TOTAL.en) || same_words(v, &TOTAL.id)
}

/// Reads a published recap: keys or labels in the header, "-" as 0, an empty cell as
/// not given.
fn read_published(file: &PathBuf) -> Result<Table> {
    let name = file.display().to_string();
    let input: Box<dyn std::io::Read> = if name == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(
            std::fs::File::open(file)
                .map_err(|e| Error::invalid(format!("cannot read {name}: {e}")))?,
        )
    };
    let CsvIn {
        mut reader,
        mut lines,
        separator,
    } = csv_in(input).map_err(|e| Error::invalid(format!("{name}: {e}")))?;
    let header = reader
        .headers()
        .map_err(|e| Error::invalid(format!("{name}: {e}")))?
        .clone();
    let mut keys: Vec<Named> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let h = restore(h.trim());
        match named(h) {
            Some(c) if !keys.contains(&c) => keys.push(c),
            Some(_) => {
                return Err(Error::invalid(format!(
                    "{name}: line 1, column {}: '{h}' appears twice",
                    i + 1
                )));
            }
            None => {
                let fault = t!("recap-check-not-a-column", at = i + 1, found = h);
                let as_of = AS_OF;
                let keys: Vec<&str> = PAPER.iter().chain([&as_of]).map(|c| &*c.key).collect();
                return Err(Error::invalid(t!(
                    "csv-header-separator",
                    name = &name,
                    fault = fault,
                    separator = separator_name(separator)
                ))
                .with_hint(t!("recap-check-columns-hint", keys = keys.join(", "))));
            }
        }
    }
    if keys.first() != Some(&Named::Paper("year")) {
        return Err(
            Error::invalid(format!("{name}: the first column must be 'year'"))
                .with_hint("write the table as `sengketa recap --format csv` does"),
        );
    }
    let mut table = Table {
        rows: Vec::new(),
        total: None,
        as_of: None,
    };
    let mut faults = Vec::new();
    let mut rec = csv::StringRecord::new();
    for read in reader.records() {
        let read = read.map_err(|e| Error::invalid(format!("{name}: {e}")))?;
        restore_record(&read, &mut rec);
        let line = lines.line_at(rec.position().map(|p| p.byte()).unwrap_or(0));
        let mut cells = BTreeMap::new();
        let (mut year, mut total) = (None, false);
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
                            found = v
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
            let n = if v == "-" { Ok(0) } else { v.parse::<i64>() };
            match n {
                Ok(n) if n >= 0 && key == "year" => year = Some(n as i32),
                Ok(n) if n >= 0 => {
                    cells.insert(key, n);
                }
                _ => faults.push(format!(
                    "line {line}, column {} ({key}): '{v}' is not a count",
                    i + 1
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
            (Some(year), _) => table.rows.push(Published { year, line, cells }),
            (None, _) => faults.push(format!("line {line}, column 1 (year): the year is missing")),
        }
    }
    if !faults.is_empty() {
        return Err(Error::invalid(format!("{name}: {}", faults.join("; ")))
            .with_hint("cells are whole numbers, or - for none"));
    }
    Ok(table)
}

pub fn run(reg: &Register, args: CheckArgs, ctx: &Ctx) -> Result<i32> {
    let table = read_published(&args.file)?;
    // The date the table states, unless the command line says otherwise.
    let as_of = args.as_of.or(table.as_of).unwrap_or(ctx.today);
    let published = table.rows;
    let years: Vec<i32> = published.iter().map(|p| p.year).collect();
    let register: Vec<_> = match (years.iter().min(), years.iter().max()) {
        (Some(&a), Some(&b)) => reg.paper_recap(as_of, Some((a, b)))?,
        _ => vec![],
    };
    let mut unexamined = BTreeMap::new();
    for &y in &years {
        unexamined.insert(y, reg.unexamined(y, as_of)?);
    }
    let mut report = recap::check(&published, &register, &unexamined);
    if let Some(total) = &table.total {
        for (key, p, sum) in recap::check_total(&published, total) {
            report
                .problems
                .push(t!("recap-check-total", key = key, published = p, sum = sum));
        }
    }
    let mut out = std::io::stdout().lock();
    let cells: usize = published.iter().map(|p| p.cells.len()).sum();
    writeln!(
        out,
        "{}: {} rows, {cells} cells, compared with the register as of {as_of}",
        args.file.display(),
        published.len()
    )?;
    for (year, key, p, r) in &report.differences {
        writeln!(out, "differs: {year} {key}: published {p}, register {r}")?;
    }
    for p in &report.problems {
        writeln!(out, "does not add up: {p}")?;
    }
    for e in &report.explanations {
        writeln!(out, "explained: {e}")?;
    }
    if report.differences.is_empty() {
        writeln!(out, "every published cell matches the register")?;
    }
    if report.problems.is_empty() {
        writeln!(out, "every published row adds up")?;
    }
    out.flush()?;
    Ok(if report.ok() {
        0
    } else {
        crate::error::Kind::Differences.exit_code()
    })
}
