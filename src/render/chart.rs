//! Charts of recap views, as SVG written by hand: no fonts, no scripts, nothing fetched.
//! Every number a chart draws is in its markup too (`data-*` attributes and a `<title>`
//! on each mark), so that a test reads it back and compares it with the recap's.

mod backlog;
mod bars;
mod flow;
mod outcomes;
mod paper;
mod svg;
#[cfg(test)]
mod tests;
mod times;

use crate::domain::Lang;
use crate::domain::recap::View;
use std::fmt::Write;

/// Which chart a view is drawn as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The paper's view: each year's cases stacked by where they stand.
    Paper,
    /// `--flow`: received and finished per year, and what stays open.
    Flow,
    /// `--by outcome`: each year's cases stacked by how they ended.
    Outcomes,
    /// `--times`: working days to the end, per year and route.
    Times,
    /// `--ages`: each year's open cases stacked by working days open.
    Ages,
    /// `--clearance`, `--by month`: received and ended side by side.
    Clearance,
    /// `--hearings`: held, postponed and cancelled per month.
    Hearings,
}

/// The words a chart needs, in the run's language (the command layer looks them up).
#[derive(Debug, Clone, Default)]
pub struct Words {
    pub title: String,
    /// A line under the title (e.g. "all registers together").
    pub note: Option<String>,
    /// What the vertical (bars) or horizontal (times) axis counts.
    pub axis: String,
    /// Shown where there is nothing to draw.
    pub empty: String,
    /// `Paper`: the label of the cases with no qualification outcome yet.
    pub unexamined: String,
    /// `Times`: the legend's "lowest to highest", "median", "mean", and the deadline line.
    pub range: String,
    pub median: String,
    pub mean: String,
    pub deadline: String,
}

/// The chart of `view` (one register's, or a total: no commission column), as a complete
/// SVG document when `standalone`, else as an element to put inside HTML.
pub fn draw(kind: Kind, view: &View, lang: Lang, words: &Words, standalone: bool) -> String {
    let body = match kind {
        Kind::Paper => paper::paper(view, lang, words),
        Kind::Flow => flow::flow(view, lang, words),
        Kind::Outcomes => outcomes::outcomes(view, lang, words),
        Kind::Times => times::times(view, lang, words),
        Kind::Ages => backlog::ages(view, lang, words),
        Kind::Clearance => backlog::clearance(view, lang, words),
        Kind::Hearings => backlog::hearings(view, lang, words),
    };
    let (w, h, inner) = body;
    let ns = if standalone {
        " xmlns=\"http://www.w3.org/2000/svg\""
    } else {
        ""
    };
    let mut s = String::new();
    if standalone {
        s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }
    let _ = write!(
        s,
        "<svg{ns} viewBox=\"0 0 {w} {h:.0}\" width=\"{w}\" height=\"{h:.0}\" role=\"img\" \
         aria-label=\"{}\" font-family=\"sans-serif\" data-chart=\"{}\">\n<title>{}</title>\n\
         <rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h:.0}\" fill=\"#ffffff\"/>\n{inner}</svg>\n",
        esc(&words.title),
        match kind {
            Kind::Paper => "paper",
            Kind::Flow => "flow",
            Kind::Outcomes => "outcomes",
            Kind::Times => "times",
            Kind::Ages => "ages",
            Kind::Clearance => "clearance",
            Kind::Hearings => "hearings",
        },
        esc(&words.title),
    );
    s
}

/// Text made safe for XML and HTML, in content and in attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if c.is_control() && !matches!(c, '\n' | '\t') => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}
