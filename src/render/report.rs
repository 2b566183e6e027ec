//! The report: one self-contained HTML file of recap views, each with its chart and its
//! table, to print or to publish. Inline CSS, SVG and a logo as a `data:` URI only: no
//! script, no font, nothing fetched (a Content-Security-Policy in the page says so to the
//! browser). Numbers and dates as a reader of its language writes them (render/human.rs); the
//! style sheet for screens, phones and A4 is css.rs. Written as well-formed XML too, so
//! that tests can read it back.

mod css;

use super::chart::esc;
use super::human;
use super::recap::{numeric, plain};
use crate::domain::Lang;
use crate::domain::recap::{Cell, View};
use std::io::{self, Write};

/// A report, its words already in the run's language.
#[derive(Debug, Clone)]
pub struct Report {
    pub lang: Lang,
    /// The commission's full name (or names), above the title.
    pub commission: Option<String>,
    /// The commission's logo as a `data:` URI.
    pub logo: Option<String>,
    pub title: String,
    /// Under the title: the period and the as-of date.
    pub subtitle: String,
    pub parts: Vec<Part>,
    /// Said instead of the parts when there are none.
    pub empty: String,
    /// Said above a table on a narrow screen: it scrolls sideways.
    pub scroll_hint: String,
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
    /// An inline SVG element: the chart of all the registers together.
    pub chart: Option<String>,
    /// Several registers: each commission's own chart (its name, the SVG), side by side.
    pub each: Vec<(String, String)>,
    pub view: View,
    /// Left out: the sentence saying why and how to fill it, shown instead of the chart
    /// and the table.
    pub left_out: Option<String>,
}

/// A table this wide or wider is printed on a landscape page of its own.
const WIDE: usize = 9;

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
    // Nothing but what is in the page: a browser refuses any fetch.
    writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:\"/>"
    )?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
    )?;
    let title = match &r.commission {
        Some(c) => format!("{} — {c}", r.title),
        None => r.title.clone(),
    };
    writeln!(out, "<title>{}</title>", esc(&title))?;
    writeln!(out, "<style>{}</style>", css::CSS)?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(out, "<header>")?;
    writeln!(out, "<div class=\"brand\">")?;
    if let Some(uri) = &r.logo {
        writeln!(out, "<img src=\"{}\" alt=\"\"/>", esc(uri))?;
    }
    writeln!(out, "<div>")?;
    if let Some(c) = &r.commission {
        writeln!(out, "<p class=\"commission\">{}</p>", esc(c))?;
    }
    writeln!(out, "<h1>{}</h1>", esc(&r.title))?;
    writeln!(out, "<p class=\"sub\">{}</p>", esc(&r.subtitle))?;
    writeln!(out, "</div>\n</div>")?;
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
        part(out, p, r)?;
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

fn part(out: &mut impl Write, p: &Part, r: &Report) -> io::Result<()> {
    let wide = p.left_out.is_none() && p.view.columns.len() >= WIDE;
    writeln!(
        out,
        "<section id=\"{}\"{}>",
        p.key,
        if wide { " class=\"wide\"" } else { "" }
    )?;
    writeln!(out, "<h2>{}</h2>", esc(&p.title))?;
    if let Some(why) = &p.left_out {
        writeln!(out, "<p class=\"left-out\">{}</p>", esc(why))?;
        return writeln!(out, "</section>");
    }
    writeln!(out, "<p class=\"about\">{}</p>", esc(&p.about))?;
    if let Some(svg) = &p.chart {
        writeln!(out, "<figure>")?;
        out.write_all(svg.as_bytes())?;
        writeln!(out, "</figure>")?;
    }
    if !p.each.is_empty() {
        writeln!(out, "<div class=\"each\">")?;
        for (name, svg) in &p.each {
            writeln!(
                out,
                "<figure data-commission=\"{}\"><figcaption>{}</figcaption>",
                esc(name),
                esc(name)
            )?;
            out.write_all(svg.as_bytes())?;
            writeln!(out, "</figure>")?;
        }
        writeln!(out, "</div>")?;
    }
    writeln!(out, "<p class=\"scroll-hint\">{}</p>", esc(&r.scroll_hint))?;
    let all: Vec<usize> = (0..p.view.columns.len()).collect();
    table(out, Some(p.key), &p.view, &all, r.lang)?;
    if wide {
        // On paper a wide table is split in two, each half under the columns that name
        // its rows: no column is cut off at the page's edge, no word broken.
        let lead = (0..p.view.columns.len())
            .find(|i| numeric(&p.view, *i))
            .unwrap_or(1);
        let rest = &all[lead..];
        let (a, b) = rest.split_at(rest.len().div_ceil(2));
        writeln!(out, "<div class=\"print-split\">")?;
        for half in [a, b] {
            let cols: Vec<usize> = all[..lead].iter().chain(half).copied().collect();
            table(out, None, &p.view, &cols, r.lang)?;
        }
        writeln!(out, "</div>")?;
    }
    writeln!(out, "</section>")
}

/// A cell as a reader sees it: counts with the language's separators (0 as "-"), shares
/// as percentages, measures with its decimal mark, months by name, dates in words, words
/// by their label (the terminal's tables write them the same way).
fn shown(c: &Cell, key: &str, lang: Lang, lead: bool) -> String {
    super::recap::for_people(c, key, lang, lead, human::date_words_in)
}

/// A view as an HTML table (its columns `cols`): the labels of the language in the
/// header, the cells as a reader reads them, each with its value as CSV writes it in
/// `data-value`; a body per commission in a recap of several, the total's rows marked.
/// The table of the view is marked `data-view`; a part of it printed apart is not.
fn table(
    out: &mut impl Write,
    key: Option<&str>,
    view: &View,
    cols: &[usize],
    lang: Lang,
) -> io::Result<()> {
    match key {
        Some(key) => writeln!(out, "<div class=\"table\"><table data-view=\"{key}\">")?,
        None => writeln!(out, "<div class=\"table\"><table>")?,
    }
    write!(out, "<thead><tr>")?;
    for (i, c) in view.columns.iter().enumerate() {
        if !cols.contains(&i) {
            continue;
        }
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
            if !cols.contains(&i) {
                continue;
            }
            let col = view.columns.get(i).map(|c| &*c.key).unwrap_or("");
            // The leading cells name the row: never "-".
            let text = shown(c, col, lang, !numeric(view, i));
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
