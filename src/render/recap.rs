//! Recap views as a table, CSV, JSON or Markdown. Tables and Markdown carry the labels of
//! the chosen language and show zero counts and missing values as "-", as the paper does;
//! CSV and JSON carry keys and plain numbers (a missing value: empty, null). Each states
//! its as-of date: a line above a table, the last column of CSV, a field of JSON.

use super::human;
use super::table::Fit;
use super::{CsvOut, Dialect, SCHEMA_VERSION, table};
use crate::domain::recap::{AS_OF, Cell, View};
use crate::domain::{Date, Lang};
use crate::t;
use serde_json::{Map, Value};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// How a recap is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RecapFormat {
    Table,
    Csv,
    Json,
    Md,
}

/// A cell in a table or Markdown: counts of 0 and missing values as "-", as the paper
/// does, numbers and dates as people of the language write them.
pub(crate) fn shown(c: &Cell, key: &str, lang: Lang) -> String {
    for_people(c, key, lang, false, human::date_short_in)
}

/// The leading cell of a row in a table or Markdown (a year, never "-"): numbers as
/// written, words by their label (the total row's `Total`).
pub(crate) fn named(c: &Cell, lang: Lang) -> String {
    match c {
        Cell::Label(l) => l.label(lang).to_string(),
        c => in_csv(c, Dialect::default()),
    }
}

/// A recap's cell as a reader reads it, on a terminal, in Markdown and in the report:
/// counts with the language's thousands mark (0 as "-"), shares as percentages, measures
/// with its decimal mark, months by name, dates as `date` writes them, words by their
/// label; `lead`: a cell that names its row, never "-"; a year never grouped.
pub(crate) fn for_people(
    c: &Cell,
    key: &str,
    lang: Lang,
    lead: bool,
    date: fn(Lang, Date) -> String,
) -> String {
    match c {
        Cell::Int(0) | Cell::Empty if !lead => "-".into(),
        Cell::Empty => String::new(),
        Cell::Int(i) if key == "year" => i.to_string(),
        Cell::Int(i) => human::integer_in(lang, *i),
        Cell::Num(x) if human::is_share(key) => human::percent_in(lang, *x, 1),
        Cell::Num(x) => human::decimal_in(lang, *x, 4),
        Cell::Text(t) if key == "month" => human::month_in(lang, t),
        Cell::Text(t) => match date_of(key, t) {
            Some(d) => date(lang, d),
            None => t.clone(),
        },
        Cell::Label(l) => l.label(lang).to_string(),
    }
}

/// The date a cell of a date column holds (`received_on`, `finish_by`), if it is one.
fn date_of(key: &str, text: &str) -> Option<Date> {
    (key.ends_with("_on") || key.ends_with("_by"))
        .then(|| Date::parse(text).ok())
        .flatten()
}

/// A cell in CSV's default dialect.
pub(crate) fn plain(c: &Cell) -> String {
    in_csv(c, Dialect::default())
}

/// A cell in CSV: numbers as written (a decimal comma with `--excel`), words by their key.
fn in_csv(c: &Cell, dialect: Dialect) -> String {
    match c {
        Cell::Int(i) => i.to_string(),
        Cell::Num(x) => dialect.decimal(*x),
        Cell::Text(t) => t.clone(),
        Cell::Label(l) => l.key.to_string(),
        Cell::Empty => String::new(),
    }
}

fn json(c: &Cell) -> Value {
    match c {
        Cell::Int(i) => Value::from(*i),
        // A whole measure as an integer, as CSV writes it.
        Cell::Num(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => Value::from(*x as i64),
        Cell::Num(x) => Value::from(*x),
        Cell::Text(t) => Value::from(t.as_str()),
        Cell::Label(l) => Value::from(&*l.key),
        Cell::Empty => Value::Null,
    }
}

/// The recap as a table at `width`: as it is when it fits; else turned (a line per column,
/// a column per row) when its rows are years; else with its headers as letters and a
/// legend under it; names of bodies cut last.
fn fitted(view: &View, lang: Lang, width: Option<usize>) -> String {
    let labels: Vec<String> = view
        .columns
        .iter()
        .map(|c| c.label(lang).to_string())
        .collect();
    let key = |i: usize| view.columns.get(i).map_or("", |c| &*c.key);
    let cells = |row: &[Cell]| -> Vec<String> {
        row.iter()
            .enumerate()
            // The year is a label, not a count: never shown as "-".
            .map(|(i, c)| {
                if i == 0 {
                    named(c, lang)
                } else {
                    shown(c, key(i), lang)
                }
            })
            .collect()
    };
    let lead = (0..view.columns.len())
        .take_while(|&i| !numeric(view, i))
        .count()
        .max(1);
    // Dates are never cut: a narrow table takes their shorter form ("Sen 24 Agu") first.
    let dates: Vec<usize> = (0..view.columns.len())
        .filter(|&i| {
            view.rows
                .iter()
                .any(|r| matches!(r.get(i), Some(Cell::Text(t)) if date_of(key(i), t).is_some()))
        })
        .collect();
    let build = |headers: &[String]| {
        let mut t = table(headers);
        for &i in &dates {
            t.short_form(i, 0, &headers[i]);
        }
        // A list of cases names them by their short references ("2026/5") once the dates
        // are short and the table is still too wide, before its state is cut.
        let refs = !view.short_refs.is_empty() && key(0) == "register_no";
        if refs {
            t.short_form(0, 1, &crate::i18n::message_in(lang, "list-ref", &[]));
        }
        for (r, row) in view.rows.iter().enumerate() {
            t.add_row(cells(row));
            if let Some(short) = view.short_refs.get(r).filter(|_| refs) {
                t.short_cell(0, short);
            }
            for &i in &dates {
                if let Some(Cell::Text(text)) = row.get(i)
                    && let Some(d) = date_of(key(i), text)
                {
                    t.short_cell(i, &human::date_shorter(d));
                }
            }
        }
        for i in 0..view.columns.len() {
            if numeric(view, i) {
                t.right(i);
            }
            t.fit(
                i,
                // A word of a vocabulary (a state) reads whole; names may be cut.
                if i < lead && i > 0 && !dates.contains(&i) && !labels_only(view, i) {
                    Fit::Cut(12)
                } else {
                    Fit::Keep
                },
            );
        }
        t
    };
    let fits = |s: &str| width.is_none_or(|w| s.lines().all(|l| l.width() <= w));
    let whole = build(&labels).render(None);
    if fits(&whole) || view.rows.is_empty() {
        return whole;
    }
    // Turned: a line per column, a column per year.
    if lead == 1 {
        let mut headers = vec![labels[0].clone()];
        headers.extend(view.rows.iter().map(|r| named(&r[0], lang)));
        let mut t = table(&headers);
        for (i, label) in labels.iter().enumerate().skip(1) {
            let mut line = vec![label.clone()];
            line.extend(view.rows.iter().map(|r| shown(&r[i], key(i), lang)));
            t.add_row(line);
        }
        for j in 1..headers.len() {
            t.right(j);
        }
        t.fit(0, Fit::Keep);
        let turned = t.render(None);
        if fits(&turned) {
            return turned;
        }
    }
    // Letters for the headers of the counts, and a legend.
    let mut short = labels.clone();
    let mut legend = String::new();
    for (n, i) in (lead..labels.len()).enumerate() {
        let letter = letter_of(n);
        legend += &format!("{letter}  {}\n", labels[i]);
        short[i] = letter;
    }
    let mut s = build(&short).render(width);
    s.push('\n');
    s.push_str(&legend);
    s
}

/// Whether every cell of column `i` is a vocabulary's label (a case's state).
fn labels_only(view: &View, i: usize) -> bool {
    view.rows
        .iter()
        .all(|r| matches!(r.get(i), Some(Cell::Label(_))))
}

/// A, B, ... Z, AA, AB, ...
fn letter_of(n: usize) -> String {
    let mut n = n;
    let mut s = String::new();
    loop {
        s.insert(0, (b'A' + (n % 26) as u8) as char);
        if n < 26 {
            return s;
        }
        n = n / 26 - 1;
    }
}

/// Whether column `i` holds numbers (right-aligned); the leading column and the year never
/// do.
pub(crate) fn numeric(view: &View, i: usize) -> bool {
    i > 0
        // The year names its row (after the commission's code, in a recap of several).
        && view.columns.get(i).is_some_and(|c| c.key != "year")
        && view
            .rows
            .iter()
            .any(|r| matches!(r.get(i), Some(Cell::Int(_) | Cell::Num(_))))
}

pub fn render(
    out: &mut impl Write,
    view: &View,
    format: RecapFormat,
    dialect: Dialect,
    lang: Lang,
) -> crate::error::Result<()> {
    let labels: Vec<&str> = view.columns.iter().map(|c| c.label(lang)).collect();
    let as_of = view.as_of.map(|d| d.to_string());
    match format {
        RecapFormat::Table => {
            if let Some(d) = view.as_of {
                writeln!(out, "{}", t!("recap-as-of", date = super::human::date(d)))?;
            }
            out.write_all(fitted(view, lang, super::table::width()).as_bytes())?;
        }
        RecapFormat::Md => {
            if let Some(d) = &as_of {
                writeln!(out, "{}\n", t!("recap-as-of", date = d))?;
            }
            markdown(out, &labels, view, lang)?
        }
        RecapFormat::Csv => {
            // The as-of date as the last column of every row: a spreadsheet keeps it with
            // the figures, and `recap check` reads it back.
            let mut w = CsvOut::new(&mut *out, dialect)?;
            let keys = view.columns.iter().map(|c| c.key.to_string());
            w.row(keys.chain(as_of.as_ref().map(|_| AS_OF.key.to_string())))?;
            for row in &view.rows {
                let cells = row.iter().map(|c| in_csv(c, dialect));
                w.row(cells.chain(as_of.clone()))?;
            }
            w.flush()?;
        }
        RecapFormat::Json => {
            let rows: Vec<Value> = view
                .rows
                .iter()
                .map(|row| {
                    let obj: Map<String, Value> = view
                        .columns
                        .iter()
                        .zip(row)
                        .map(|(c, cell)| (c.key.to_string(), json(cell)))
                        .collect();
                    Value::Object(obj)
                })
                .collect();
            let mut doc = Map::new();
            doc.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
            doc.insert("as_of".into(), as_of.map_or(Value::Null, Value::from));
            doc.insert("rows".into(), Value::Array(rows));
            crate::render::safe_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

fn markdown(out: &mut impl Write, labels: &[&str], view: &View, lang: Lang) -> io::Result<()> {
    // A stored control character is shown escaped, as in a table.
    let esc = |s: &str| crate::domain::text::escaped(s).replace('|', "\\|");
    writeln!(
        out,
        "| {} |",
        labels
            .iter()
            .map(|l| esc(l))
            .collect::<Vec<_>>()
            .join(" | ")
    )?;
    let align: Vec<&str> = (0..labels.len())
        .map(|i| if numeric(view, i) { "---:" } else { "---" })
        .collect();
    writeln!(out, "|{}|", align.join("|"))?;
    for row in &view.rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, c)| {
                esc(&if i == 0 {
                    named(c, lang)
                } else {
                    shown(c, view.columns.get(i).map_or("", |c| &*c.key), lang)
                })
            })
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}
