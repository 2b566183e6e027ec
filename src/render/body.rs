//! Public bodies: the list, and one body with its history, as tables, CSV and JSON.

use super::{CsvOut, Dialect, Format, table};
use crate::domain::BodyChange;
use crate::domain::body::{BodyEvent, BodyInfo};
use crate::error::Result;
use crate::t;
use serde_json::{Value, json};
use std::io::Write;

/// The columns of `body list`.
const LIST: &[&str] = &["name", "kind", "cases", "aliases", "merged"];

fn body_json(b: &BodyInfo) -> Value {
    json!({
        "name": b.name,
        "kind": b.kind.as_str(),
        "cases": b.cases,
        "aliases": b.aliases,
        "merged": b.merged,
    })
}

fn cells(b: &BodyInfo) -> [String; 5] {
    [
        b.name.clone(),
        b.kind.to_string(),
        b.cases.to_string(),
        b.aliases.join("; "),
        b.merged.join("; "),
    ]
}

pub fn list(
    out: &mut impl Write,
    bodies: &[BodyInfo],
    format: Format,
    dialect: Dialect,
) -> Result<()> {
    match format {
        Format::Table => {
            let mut t = table(&[
                &t!("body-col-name"),
                &t!("body-col-kind"),
                &t!("body-col-cases"),
                &t!("body-col-aliases"),
                &t!("body-col-merged"),
            ]);
            // A column nobody has anything in (no aliases, nothing merged) goes before a
            // name is cut.
            t.drop_empty();
            let lang = crate::i18n::lang();
            for b in bodies {
                let mut row = cells(b);
                // people read the kind's label; CSV keeps its one spelling
                row[1] = b.kind.label(lang).to_string();
                t.add_row(row);
            }
            writeln!(out, "{t}")?;
        }
        Format::Csv => {
            let mut w = CsvOut::new(&mut *out, dialect)?;
            w.row(LIST)?;
            for b in bodies {
                w.row(cells(b))?;
            }
            w.flush()?;
        }
        Format::Json => {
            let all: Vec<Value> = bodies.iter().map(body_json).collect();
            crate::render::safe_json::to_writer_pretty(&mut *out, &all)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// A change of a body, in words.
fn what(e: &BodyEvent) -> String {
    let name = e.name.clone().unwrap_or_default();
    match e.change {
        BodyChange::Add => t!(
            "body-event-add",
            body = &e.body,
            kind = e
                .kind
                .map(|k| k.label(crate::i18n::lang()))
                .unwrap_or_default()
        ),
        BodyChange::Rename => t!("body-event-rename", body = &e.body, name = name),
        BodyChange::Alias => t!("body-event-alias", body = &e.body, name = name),
        BodyChange::Kind => t!(
            "body-event-kind",
            body = &e.body,
            kind = e
                .kind
                .map(|k| k.label(crate::i18n::lang()))
                .unwrap_or_default()
        ),
        BodyChange::Merge => t!(
            "body-event-merge",
            body = &e.body,
            into = e.into.clone().unwrap_or_default()
        ),
    }
}

fn event_json(e: &BodyEvent) -> Value {
    json!({
        "recorded_at": e.recorded_at,
        "actor": e.actor,
        "command": e.command.as_str(),
        "change": e.change.as_str(),
        "body": e.body,
        "name": e.name,
        "kind": e.kind.map(|k| k.as_str()),
        "into": e.into,
        "what": what(e),
        "note": e.note,
    })
}

pub fn show(
    out: &mut impl Write,
    b: &BodyInfo,
    history: &[BodyEvent],
    format: Format,
    dialect: Dialect,
) -> Result<()> {
    let lang = crate::i18n::lang();
    match format {
        Format::Table => {
            let line = |k: String, v: String| format!("{k}: {v}");
            writeln!(out, "{}", line(t!("body-col-name"), b.name.clone()))?;
            writeln!(
                out,
                "{}",
                line(
                    t!("body-col-kind"),
                    match lang {
                        crate::domain::Lang::En => {
                            format!("{} ({})", b.kind.as_str(), b.kind.label(lang))
                        }
                        crate::domain::Lang::Id => b.kind.label(lang).to_string(),
                    }
                )
            )?;
            writeln!(out, "{}", line(t!("body-col-cases"), b.cases.to_string()))?;
            let or_none = |v: &[String]| {
                if v.is_empty() {
                    "-".to_string()
                } else {
                    v.join("; ")
                }
            };
            writeln!(out, "{}", line(t!("body-col-aliases"), or_none(&b.aliases)))?;
            writeln!(out, "{}", line(t!("body-col-merged"), or_none(&b.merged)))?;
            let mut t = table(&[
                &t!("body-col-recorded"),
                &t!("body-col-actor"),
                &t!("body-col-what"),
                &t!("body-col-note"),
            ]);
            for e in history {
                t.add_row([
                    super::human::moment_short(&e.recorded_at),
                    e.actor.clone(),
                    what(e),
                    e.note.clone().unwrap_or_default(),
                ]);
            }
            writeln!(out, "{t}")?;
        }
        Format::Csv => {
            let mut w = CsvOut::new(&mut *out, dialect)?;
            w.row([
                "recorded_at",
                "actor",
                "command",
                "change",
                "body",
                "name",
                "kind",
                "into",
                "note",
            ])?;
            for e in history {
                w.row([
                    e.recorded_at.clone(),
                    e.actor.clone(),
                    e.command.to_string(),
                    e.change.to_string(),
                    e.body.clone(),
                    e.name.clone().unwrap_or_default(),
                    e.kind.map(|k| k.to_string()).unwrap_or_default(),
                    e.into.clone().unwrap_or_default(),
                    e.note.clone().unwrap_or_default(),
                ])?;
            }
            w.flush()?;
        }
        Format::Json => {
            let mut v = body_json(b);
            v["history"] = history.iter().map(event_json).collect();
            crate::render::safe_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(())
}
