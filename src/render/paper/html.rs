//! A paper as print-ready HTML: an A4 page (`@page`), the commission's letterhead with its
//! logo inside the file, the template's blocks, signature blocks as borderless tables.
//! Self-contained like the report: no external URL, font or script.

use super::Logo;
use crate::domain::paper::PaperFacts;
use crate::domain::paper::markdown::{Block, Line};

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn line(l: &Line) -> String {
    l.iter()
        .map(|s| {
            if s.bold {
                format!("<strong>{}</strong>", esc(&s.text))
            } else {
                esc(&s.text)
            }
        })
        .collect()
}

const STYLE: &str = "@page { size: A4; margin: 2cm 2.5cm 2cm 3cm; }
body { font-family: 'Times New Roman', Times, serif; font-size: 12pt; line-height: 1.4; margin: 0; color: #000; }
header { display: flex; align-items: center; gap: 1em; border-bottom: 3px double #000; padding-bottom: 0.4em; margin-bottom: 1em; }
header img { height: 2.2cm; width: auto; }
header .who { flex: 1; text-align: center; }
header .name { font-size: 15pt; font-weight: bold; text-transform: uppercase; }
header .contact { font-size: 10pt; }
h1, h2, h3 { text-align: center; font-size: 13pt; margin: 0.8em 0 0.4em; }
h1 { text-decoration: underline; }
p { margin: 0 0 0.7em; text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; page-break-inside: avoid; }
td { vertical-align: top; padding: 0.1em 0.4em; }
table.grid td { border: 1px solid #000; }
table.sign td { text-align: center; height: 1.4em; }
@media screen { body { max-width: 16cm; margin: 2em auto; } }";

/// The paper as an HTML document.
pub fn html(facts: &PaperFacts, logo: Option<&Logo>, blocks: &[Block]) -> String {
    let c = &facts.commission;
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(&format!("<title>{}</title>\n", esc(&facts.title)));
    out.push_str(&format!(
        "<style>\n{STYLE}\n</style>\n</head>\n<body>\n<header>\n"
    ));
    if let Some(l) = logo {
        out.push_str(&format!("<img src=\"{}\" alt=\"logo\">\n", l.data_uri()));
    }
    out.push_str("<div class=\"who\">\n");
    if let Some(n) = &c.name {
        out.push_str(&format!("<div class=\"name\">{}</div>\n", esc(n)));
    }
    if let Some(a) = &c.address {
        out.push_str(&format!("<div class=\"contact\">{}</div>\n", esc(a)));
    }
    let contact: Vec<String> = [("Telp.", &c.phone), ("Surel", &c.email)]
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k} {}", esc(v))))
        .collect();
    if !contact.is_empty() {
        out.push_str(&format!(
            "<div class=\"contact\">{}</div>\n",
            contact.join(" · ")
        ));
    }
    out.push_str("</div>\n</header>\n<main>\n");
    for b in blocks {
        match b {
            Block::Heading(level, l) => {
                out.push_str(&format!("<h{level}>{}</h{level}>\n", line(l)));
            }
            Block::Paragraph(lines) => {
                let ls: Vec<String> = lines.iter().map(line).collect();
                out.push_str(&format!("<p>{}</p>\n", ls.join("<br>\n")));
            }
            Block::List { numbered, items } => {
                let tag = if *numbered { "ol" } else { "ul" };
                out.push_str(&format!("<{tag}>\n"));
                for i in items {
                    out.push_str(&format!("<li>{}</li>\n", line(i)));
                }
                out.push_str(&format!("</{tag}>\n"));
            }
            Block::Table(rows) => {
                // A table whose first column is empty somewhere is a signature block;
                // one with three columns or more, a grid.
                let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
                let class = if cols >= 3 {
                    "grid"
                } else if is_signature(rows) {
                    "sign"
                } else {
                    "plain"
                };
                out.push_str(&format!("<table class=\"{class}\">\n"));
                for r in rows {
                    out.push_str("<tr>");
                    for cell in r {
                        out.push_str(&format!("<td>{}</td>", line(cell)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</table>\n");
            }
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A two-column table with an empty row (the space for a signature) is a signature block.
pub fn is_signature(rows: &[Vec<Line>]) -> bool {
    rows.iter()
        .any(|r| r.iter().all(|c| c.iter().all(|s| s.text.trim().is_empty())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::paper::markdown::parse;

    #[test]
    fn self_contained_escaped_a4() {
        let mut f = PaperFacts {
            title: "SURAT".into(),
            ..PaperFacts::default()
        };
        f.commission.name = Some("Komisi Informasi <Jambi>".into());
        let logo = Logo::read(super::super::logo::tests::PIXEL_PNG.to_vec()).unwrap();
        let h = html(&f, Some(&logo), &parse("# A & B\n\n| | x |\n| | |\n"));
        assert!(h.contains("size: A4"));
        assert!(h.contains("Komisi Informasi &lt;Jambi&gt;"));
        assert!(h.contains("<h1>A &amp; B</h1>"));
        assert!(h.contains("src=\"data:image/png;base64,"));
        assert!(h.contains("class=\"sign\""));
        assert!(!h.contains("http://") && !h.contains("https://") && !h.contains("<script"));
    }
}
