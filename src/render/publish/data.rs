//! The docket's open data: each table (a recap view, the redacted case list) as CSV and
//! JSON in the recap's own formats, a `datapackage.json` (a Frictionless Tabular Data
//! Package: a Table Schema per CSV) and a README of the columns.

use crate::domain::Lang;
use crate::domain::recap::{AS_OF, Cell, View};
use crate::render::Dialect;
use crate::render::recap::{RecapFormat, render};
use crate::t;
use serde_json::{Value, json};

/// A table of the open data.
#[derive(Debug, Clone)]
pub struct Table {
    /// Its resource name and file stem (lower case, `-`): `rekap-tahunan`.
    pub name: &'static str,
    pub title: String,
    pub about: String,
    pub view: View,
}

/// The package's own facts.
#[derive(Debug, Clone)]
pub struct About {
    /// The package's name (lower case, `-`).
    pub name: String,
    pub title: String,
    pub description: String,
    /// RFC 3339.
    pub created: String,
    /// The chain's head the data was published at.
    pub head: String,
}

/// Every file of `data/`, by its name in the folder.
pub fn files(
    tables: &[Table],
    about: &About,
    lang: Lang,
) -> crate::error::Result<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    for t in tables {
        for (ext, format) in [("csv", RecapFormat::Csv), ("json", RecapFormat::Json)] {
            let mut bytes = Vec::new();
            render(&mut bytes, &t.view, format, Dialect::default(), lang)?;
            out.push((format!("{}.{ext}", t.name), bytes));
        }
    }
    let package = package(tables, about, lang);
    let mut bytes = serde_json::to_vec_pretty(&package).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    out.push(("datapackage.json".to_string(), bytes));
    out.push((
        "README.md".to_string(),
        readme(tables, about, lang).into_bytes(),
    ));
    Ok(out)
}

/// A column's Table Schema type, from what its cells hold: dates for the `*_on` columns
/// and the as-of date (ISO 8601 in CSV), integers for counts, numbers for measures,
/// strings for the rest.
fn field_type(view: &View, i: usize) -> &'static str {
    let key = &view.columns[i].key;
    if key.ends_with("_on") {
        return "date";
    }
    let cells = view.rows.iter().filter_map(|r| r.get(i));
    let mut kind = "integer";
    for c in cells {
        match c {
            Cell::Int(_) | Cell::Empty => {}
            Cell::Num(_) => kind = "number",
            Cell::Text(_) | Cell::Label(_) => return "string",
        }
    }
    kind
}

/// The Table Schema of a table's CSV: its columns, then the as-of date the recap's CSV
/// always ends with.
fn schema(view: &View, lang: Lang) -> Value {
    let mut fields: Vec<Value> = (0..view.columns.len())
        .map(|i| {
            json!({
                "name": view.columns[i].key,
                "title": view.columns[i].label(lang),
                "type": field_type(view, i),
            })
        })
        .collect();
    if view.as_of.is_some() {
        fields.push(json!({ "name": AS_OF.key, "title": AS_OF.label(lang), "type": "date" }));
    }
    json!({ "fields": fields, "missingValues": [""] })
}

fn package(tables: &[Table], about: &About, lang: Lang) -> Value {
    let resources: Vec<Value> = tables
        .iter()
        .map(|t| {
            json!({
                "name": t.name,
                "path": format!("{}.csv", t.name),
                "title": t.title,
                "description": t.about,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema(&t.view, lang),
            })
        })
        .collect();
    json!({
        "profile": "tabular-data-package",
        "name": about.name,
        "title": about.title,
        "description": about.description,
        "created": about.created,
        "sengketa": { "head": about.head },
        "resources": resources,
    })
}

fn readme(tables: &[Table], about: &About, lang: Lang) -> String {
    let mut s = format!("# {}\n\n{}\n\n", about.title, about.description);
    s.push_str(&t!("publish-readme-intro"));
    s.push_str("\n\n");
    s.push_str(&t!("publish-readme-head", head = about.head.as_str()));
    s.push('\n');
    for t in tables {
        s.push_str(&format!(
            "\n## {} (`{name}.csv`, `{name}.json`)\n\n{}\n\n",
            t.title,
            t.about,
            name = t.name
        ));
        let schema = schema(&t.view, lang);
        for f in schema["fields"].as_array().into_iter().flatten() {
            s.push_str(&format!(
                "- `{}` ({}): {}\n",
                f["name"].as_str().unwrap_or_default(),
                f["type"].as_str().unwrap_or_default(),
                f["title"].as_str().unwrap_or_default()
            ));
        }
    }
    s
}
