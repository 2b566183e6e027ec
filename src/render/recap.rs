//! Recap views as a table, CSV, JSON or Markdown. Tables and Markdown carry the labels of
//! the chosen language and show zeros as "-", as the paper does; CSV and JSON carry keys
//! and plain integers.

use super::{csv_writer, table};
use crate::domain::Lang;
use crate::domain::recap::{Cell, View};
use serde_json::{Map, Value};
use std::io::{self, Write};

/// How a recap is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RecapFormat {
    Table,
    Csv,
    Json,
    Md,
}

fn shown(c: &Cell) -> String {
    match c {
        Cell::Int(0) => "-".into(),
        Cell::Int(i) => i.to_string(),
        Cell::Text(t) => t.clone(),
    }
}

fn plain(c: &Cell) -> String {
    match c {
        Cell::Int(i) => i.to_string(),
        Cell::Text(t) => t.clone(),
    }
}

pub fn render(
    out: &mut impl Write,
    view: &View,
    format: RecapFormat,
    lang: Lang,
) -> crate::error::Result<()> {
    let labels: Vec<&str> = view.columns.iter().map(|c| c.label(lang)).collect();
    match format {
        RecapFormat::Table => {
            let mut t = table(&labels);
            for row in &view.rows {
                t.add_row(row.iter().enumerate().map(|(i, c)| {
                    // The year is a label, not a count: never shown as "-".
                    if i == 0 { plain(c) } else { shown(c) }
                }));
            }
            for (i, col) in t.column_iter_mut().enumerate() {
                if view
                    .rows
                    .first()
                    .is_some_and(|r| matches!(r.get(i), Some(Cell::Int(_))))
                    && i > 0
                {
                    col.set_cell_alignment(comfy_table::CellAlignment::Right);
                }
            }
            writeln!(out, "{t}")?;
        }
        RecapFormat::Md => markdown(out, &labels, view)?,
        RecapFormat::Csv => {
            let mut w = csv_writer(&mut *out);
            w.write_record(view.columns.iter().map(|c| c.key.as_bytes()))?;
            for row in &view.rows {
                w.write_record(row.iter().map(plain))?;
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
                        .map(|(c, cell)| {
                            let v = match cell {
                                Cell::Int(i) => Value::from(*i),
                                Cell::Text(t) => Value::from(t.as_str()),
                            };
                            (c.key.to_string(), v)
                        })
                        .collect();
                    Value::Object(obj)
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

fn markdown(out: &mut impl Write, labels: &[&str], view: &View) -> io::Result<()> {
    let esc = |s: &str| s.replace('|', "\\|");
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
        .map(|i| {
            let numeric = i > 0
                && view
                    .rows
                    .first()
                    .is_some_and(|r| matches!(r.get(i), Some(Cell::Int(_))));
            if numeric { "---:" } else { "---" }
        })
        .collect();
    writeln!(out, "|{}|", align.join("|"))?;
    for row in &view.rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, c)| esc(&if i == 0 { plain(c) } else { shown(c) }))
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}
