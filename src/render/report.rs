//! The report: one self-contained HTML file of recap views, each with its chart and its
//! table, to print or to publish. Inline CSS and SVG only: no script, no font, no image,
//! nothing fetched. Written as well-formed XML too, so that tests can read it back.

use super::chart::esc;
use super::recap::{named, numeric, plain, shown};
use crate::domain::Lang;
use crate::domain::recap::{Cell, View};
use std::io::{self, Write};

/// A report, its words already in the run's language.
#[derive(Debug, Clone)]
pub struct Report {
    pub lang: Lang,
    pub title: String,
    /// Under the title: the commissions, the years, the as-of date.
    pub subtitle: String,
    pub parts: Vec<Part>,
    /// Said instead of the parts when there are none.
    pub empty: String,
    /// Lines of the footer.
    pub footer: Vec<String>,
}

/// A section of the report: a view, its chart and its table.
#[derive(Debug, Clone)]
pub struct Part {
    /// Its anchor, and the `data-view` of its table.
    pub key: &'static str,
    pub title: String,
    pub about: String,
    /// An inline SVG element.
    pub chart: Option<String>,
    pub view: View,
}

/// Print: A4 with margins, no clipped tables, no section heading alone at a page's foot.
/// Phones: the tables scroll sideways within the page, the charts shrink to its width.
const CSS: &str = "
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;
  color:#1a1a1a;background:#ffffff;line-height:1.45;max-width:62rem;margin:0 auto;padding:1.25rem}
header{border-bottom:3px solid #0072B2;margin-bottom:1.5rem;padding-bottom:.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}
.sub{color:#444444;margin:0}
nav ol{margin:.5rem 0 0;padding-left:1.25rem;columns:2;font-size:.9rem}
nav a{color:#0b4f7a}
h2{font-size:1.25rem;margin:2rem 0 .25rem;border-bottom:1px solid #cccccc;padding-bottom:.2rem}
.about{margin:.25rem 0 .75rem;color:#333333;max-width:48rem}
figure{margin:0 0 1rem}
figure svg{display:block;width:100%;max-width:40rem;height:auto}
.table{overflow-x:auto;margin:0 0 1rem}
table{border-collapse:collapse;font-size:.85rem;font-variant-numeric:tabular-nums}
th,td{padding:.25rem .5rem;border-bottom:1px solid #dddddd;text-align:left;vertical-align:bottom}
thead th{background:#f2f5f8;font-weight:600;min-width:3.5rem}
td.n,th.n{text-align:right}
tbody+tbody{border-top:2px solid #999999}
tr.total td{font-weight:600;background:#f7f7f7}
.empty{color:#555555;font-style:italic}
footer{margin-top:2.5rem;border-top:1px solid #cccccc;padding-top:.5rem;font-size:.8rem;color:#444444}
footer p{margin:.15rem 0}
@media (max-width:40rem){body{padding:.6rem}h1{font-size:1.3rem}nav ol{columns:1}
  table{font-size:.75rem}th,td{padding:.2rem .3rem}}
@media print{@page{size:A4;margin:14mm}
  body{max-width:none;padding:0;font-size:10pt}nav{display:none}
  h2{break-after:avoid;page-break-after:avoid}
  figure,tr{break-inside:avoid;page-break-inside:avoid}
  .table{overflow:visible}table{font-size:8pt}thead{display:table-header-group}
  a{color:inherit;text-decoration:none}}
";

/// Writes the report as one HTML document.
pub fn write(out: &mut impl Write, r: &Report) -> io::Result<()> {
    let lang = match r.lang {
        Lang::En => "en",
        Lang::Id => "id",
    };
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"{lang}\">")?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\"/>")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
    )?;
    writeln!(out, "<title>{}</title>", esc(&r.title))?;
    writeln!(out, "<style>{CSS}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(out, "<header>")?;
    writeln!(out, "<h1>{}</h1>", esc(&r.title))?;
    writeln!(out, "<p class=\"sub\">{}</p>", esc(&r.subtitle))?;
    if r.parts.len() > 1 {
        writeln!(out, "<nav><ol>")?;
        for p in &r.parts {
            writeln!(out, "<li><a href=\"#{}\">{}</a></li>", p.key, esc(&p.title))?;
        }
        writeln!(out, "</ol></nav>")?;
    }
    writeln!(out, "</header>")?;
    writeln!(out, "<main>")?;
    if r.parts.is_empty() {
        writeln!(out, "<p class=\"empty\">{}</p>", esc(&r.empty))?;
    }
    for p in &r.parts {
        writeln!(out, "<section id=\"{}\">", p.key)?;
        writeln!(out, "<h2>{}</h2>", esc(&p.title))?;
        writeln!(out, "<p class=\"about\">{}</p>", esc(&p.about))?;
        if let Some(svg) = &p.chart {
            writeln!(out, "<figure>")?;
            out.write_all(svg.as_bytes())?;
            writeln!(out, "</figure>")?;
        }
        table(out, p.key, &p.view, r.lang)?;
        writeln!(out, "</section>")?;
    }
    writeln!(out, "</main>")?;
    writeln!(out, "<footer>")?;
    for line in &r.footer {
        writeln!(out, "<p>{}</p>", esc(line))?;
    }
    writeln!(out, "</footer>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")?;
    Ok(())
}

/// A view as an HTML table: the labels of the language in the header, the cells as a
/// table shows them (0 as "-"), each with its value as CSV writes it in `data-value`; a
/// body per commission in a recap of several, the total's rows marked.
fn table(out: &mut impl Write, key: &str, view: &View, lang: Lang) -> io::Result<()> {
    writeln!(out, "<div class=\"table\"><table data-view=\"{key}\">")?;
    write!(out, "<thead><tr>")?;
    for (i, c) in view.columns.iter().enumerate() {
        write!(
            out,
            "<th scope=\"col\" data-key=\"{}\"{}>{}</th>",
            esc(&c.key),
            if numeric(view, i) { " class=\"n\"" } else { "" },
            esc(c.label(lang))
        )?;
    }
    writeln!(out, "</tr></thead>")?;
    let grouped = view.columns.first().is_some_and(|c| c.key == "commission");
    let mut group: Option<String> = None;
    writeln!(out, "<tbody>")?;
    for row in &view.rows {
        let first = row.first().map(plain).unwrap_or_default();
        if grouped && group.as_ref().is_some_and(|g| *g != first) {
            writeln!(out, "</tbody>\n<tbody>")?;
        }
        group = Some(first);
        let total = grouped && matches!(row.first(), Some(Cell::Label(l)) if l.key == "total");
        write!(out, "<tr{}>", if total { " class=\"total\"" } else { "" })?;
        for (i, c) in row.iter().enumerate() {
            // The leading cells name the row: never "-".
            let text = if numeric(view, i) {
                shown(c, lang)
            } else {
                named(c, lang)
            };
            write!(
                out,
                "<td data-value=\"{}\"{}>{}</td>",
                esc(&plain(c)),
                if numeric(view, i) { " class=\"n\"" } else { "" },
                esc(&text)
            )?;
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody>")?;
    writeln!(out, "</table></div>")?;
    Ok(())
}
