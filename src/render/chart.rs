//! Charts of recap views, as SVG written by hand: no fonts, no scripts, nothing fetched.
//! Every number a chart draws is in its markup too (`data-*` attributes and a `<title>`
//! on each mark), so that a test reads it back and compares it with the recap's.

use super::recap::plain;
use crate::domain::Lang;
use crate::domain::recap::{Cell, Column, View};
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
        Kind::Paper => paper(view, lang, words),
        Kind::Flow => flow(view, lang, words),
        Kind::Outcomes => outcomes(view, lang, words),
        Kind::Times => times(view, lang, words),
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

/// The width of every chart: its markup scales to the page.
/// Narrow enough that its words stay readable when a phone shrinks it to its width.
const W: f64 = 520.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;
const PLOT_H: f64 = 220.0;

/// A value as drawn and as written in the markup (as CSV writes it).
#[derive(Debug, Clone)]
struct Value {
    x: f64,
    text: String,
}

fn value(c: &Cell) -> Option<Value> {
    match c {
        Cell::Int(i) => Some(Value {
            x: *i as f64,
            text: plain(c),
        }),
        Cell::Num(x) => Some(Value {
            x: *x,
            text: plain(c),
        }),
        _ => None,
    }
}

/// A series of bars: a value per category (year).
#[derive(Debug, Clone)]
struct Series {
    key: String,
    label: String,
    color: &'static str,
    values: Vec<Value>,
}

fn column(view: &View, key: &str) -> Option<usize> {
    view.columns.iter().position(|c| c.key == key)
}

/// The values of the column `key`, one per row (0 where a row has none).
fn series(view: &View, col: &Column, lang: Lang, color: &'static str) -> Series {
    let i = column(view, &col.key).expect("a column of the view");
    Series {
        key: col.key.to_string(),
        label: col.label(lang).to_string(),
        color,
        values: view
            .rows
            .iter()
            .map(|r| {
                value(&r[i]).unwrap_or(Value {
                    x: 0.0,
                    text: "0".into(),
                })
            })
            .collect(),
    }
}

fn years(view: &View) -> Vec<String> {
    let i = column(view, "year").unwrap_or(0);
    view.rows.iter().map(|r| plain(&r[i])).collect()
}

/// A step for about five gridlines: 1, 2 or 5 times a power of ten, at least 1 (counts and
/// working days are whole).
fn step(max: f64) -> f64 {
    let rough = (max / 5.0).max(1.0);
    let mag = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * mag)
}

/// A number for the axes: whole numbers without a fraction.
fn num(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// The lines `text` takes at `size` in a width of `width`, broken between words (a letter
/// of a sans-serif face is about 0.55 of its size wide, on average).
fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let fits = (width / (size * 0.55)).max(8.0) as usize;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > fits {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Text at (x, y), in lines of `width` at most, `gap` apart; returns the y after it.
fn text_lines(s: &mut String, text: &str, (x, y): (f64, f64), size: f64, attrs: &str) -> f64 {
    let gap = size * 1.3;
    let lines = wrap(text, size, W - x - RIGHT);
    for (i, line) in lines.iter().enumerate() {
        let _ = writeln!(
            s,
            "<text x=\"{x}\" y=\"{:.1}\" font-size=\"{size}\" {attrs}>{}</text>",
            y + i as f64 * gap,
            esc(line)
        );
    }
    y + lines.len().saturating_sub(1) as f64 * gap
}

/// The title, the note, and the top of the plot.
fn heading(s: &mut String, words: &Words) -> f64 {
    let y = text_lines(
        s,
        &words.title,
        (12.0, 22.0),
        15.0,
        "font-weight=\"bold\" fill=\"#1a1a1a\"",
    );
    match &words.note {
        Some(n) => text_lines(s, n, (12.0, y + 18.0), 12.0, "fill=\"#555555\"") + 26.0,
        None => y + 26.0,
    }
}

/// Nothing to draw: the message in the plot's place.
fn empty(words: &Words) -> (f64, f64, String) {
    let mut s = String::new();
    let top = heading(&mut s, words);
    let _ = writeln!(
        s,
        "<text x=\"{}\" y=\"{:.1}\" font-size=\"13\" fill=\"#555555\" text-anchor=\"middle\" \
         data-empty=\"true\">{}</text>",
        W / 2.0,
        top + 40.0,
        esc(&words.empty)
    );
    (W, top + 70.0, s)
}

/// A legend of swatches under the plot, two to a line when their labels fit; returns the
/// height it took.
fn legend(s: &mut String, top: f64, items: &[(&str, &str, &str)]) -> f64 {
    let col_w = (W - LEFT - RIGHT) / 2.0;
    let size = 12.0;
    let fit = ((col_w - 22.0) / (size * 0.55)) as usize;
    let cols = if items.iter().all(|(_, l, _)| l.chars().count() <= fit) {
        2
    } else {
        1
    };
    for (n, (key, label, mark)) in items.iter().enumerate() {
        let x = LEFT + (n % cols) as f64 * col_w;
        let y = top + (n / cols) as f64 * 19.0;
        let _ = writeln!(
            s,
            "<g data-legend=\"{}\" transform=\"translate({x:.1},{y:.1})\">{mark}<text x=\"18\" \
             y=\"10.5\" font-size=\"{size}\" fill=\"#1a1a1a\">{}</text></g>",
            esc(key),
            esc(label),
        );
    }
    items.len().div_ceil(cols) as f64 * 19.0
}

fn swatch(color: &str) -> String {
    format!(
        "<rect x=\"0\" y=\"0\" width=\"12\" height=\"12\" fill=\"{color}\" stroke=\"#666666\" \
         stroke-width=\"0.5\"/>"
    )
}

/// Bars per year, stacked (each year one bar of `stack`'s values, topped by `totals`) or
/// side by side (`grouped`), with an optional line over them.
struct Bars<'a> {
    years: Vec<String>,
    stack: Vec<Series>,
    grouped: Vec<Series>,
    line: Option<Series>,
    totals: Option<Series>,
    words: &'a Words,
}

fn bars(b: Bars) -> (f64, f64, String) {
    let n = b.years.len();
    if n == 0 {
        return empty(b.words);
    }
    let mut s = String::new();
    let top = heading(&mut s, b.words);
    let mut max: f64 = 0.0;
    for i in 0..n {
        max = max.max(b.stack.iter().map(|v| v.values[i].x).sum::<f64>());
        for v in b.grouped.iter().chain(&b.line).chain(&b.totals) {
            max = max.max(v.values[i].x);
        }
    }
    let step = step(max);
    let ceiling = ((max / step).ceil() * step).max(step);
    let plot_w = W - LEFT - RIGHT;
    let bottom = top + PLOT_H;
    let y_of = |v: f64| bottom - v / ceiling * PLOT_H;
    // Gridlines and the axis's numbers.
    let mut g = 0.0;
    while g <= ceiling + 1e-9 {
        let y = y_of(g);
        let _ = writeln!(
            s,
            "<line x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{}\" \
             stroke-width=\"1\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#555555\" \
             text-anchor=\"end\">{}</text>",
            W - RIGHT,
            if g == 0.0 { "#666666" } else { "#e3e3e3" },
            LEFT - 6.0,
            y + 3.5,
            num(g)
        );
        g += step;
    }
    let _ = writeln!(
        s,
        "<text x=\"12\" y=\"{:.1}\" font-size=\"11\" fill=\"#555555\" \
         transform=\"rotate(-90 12 {:.1})\" text-anchor=\"middle\">{}</text>",
        top + PLOT_H / 2.0,
        top + PLOT_H / 2.0,
        esc(&b.words.axis)
    );
    let band = plot_w / n as f64;
    let rect = |s: &mut String, x: f64, w: f64, from: f64, v: &Value, ser: &Series, year: &str| {
        let (y0, y1) = (y_of(from), y_of(from + v.x));
        let _ = writeln!(
            s,
            "<rect x=\"{x:.1}\" y=\"{y1:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{}\" \
             stroke=\"#ffffff\" stroke-width=\"0.5\" data-year=\"{}\" data-key=\"{}\" \
             data-value=\"{}\"><title>{} · {}: {}</title></rect>",
            (y0 - y1).max(0.0),
            ser.color,
            esc(year),
            esc(&ser.key),
            esc(&v.text),
            esc(year),
            esc(&ser.label),
            esc(&v.text),
        );
    };
    for (i, year) in b.years.iter().enumerate() {
        let mid = LEFT + band * (i as f64 + 0.5);
        if !b.stack.is_empty() {
            let w = (band * 0.6).min(64.0);
            let mut from = 0.0;
            for ser in &b.stack {
                rect(&mut s, mid - w / 2.0, w, from, &ser.values[i], ser, year);
                from += ser.values[i].x;
            }
            if let Some(t) = &b.totals {
                let v = &t.values[i];
                let _ = writeln!(
                    s,
                    "<text x=\"{mid:.1}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"bold\" \
                     fill=\"#1a1a1a\" text-anchor=\"middle\" data-year=\"{}\" data-key=\"{}\" \
                     data-value=\"{}\"><title>{} · {}: {}</title>{}</text>",
                    y_of(from) - 4.0,
                    esc(year),
                    esc(&t.key),
                    esc(&v.text),
                    esc(year),
                    esc(&t.label),
                    esc(&v.text),
                    esc(&v.text),
                );
            }
        }
        if !b.grouped.is_empty() {
            let k = b.grouped.len() as f64;
            let w = ((band * 0.7) / k).min(28.0);
            for (j, ser) in b.grouped.iter().enumerate() {
                let x = mid - w * k / 2.0 + w * j as f64;
                rect(&mut s, x, w, 0.0, &ser.values[i], ser, year);
                let v = &ser.values[i];
                let _ = writeln!(
                    s,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#333333\" \
                     text-anchor=\"middle\">{}</text>",
                    x + w / 2.0,
                    y_of(v.x) - 3.0,
                    esc(&v.text)
                );
            }
        }
        let _ = writeln!(
            s,
            "<text x=\"{mid:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#1a1a1a\" \
             text-anchor=\"middle\">{}</text>",
            bottom + 16.0,
            esc(year)
        );
    }
    if let Some(line) = &b.line {
        let points: Vec<String> = line
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", LEFT + band * (i as f64 + 0.5), y_of(v.x)))
            .collect();
        let _ = writeln!(
            s,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>",
            points.join(" "),
            line.color
        );
        for (i, (v, year)) in line.values.iter().zip(&b.years).enumerate() {
            let _ = writeln!(
                s,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{}\" stroke=\"#ffffff\" \
                 stroke-width=\"1\" data-year=\"{}\" data-key=\"{}\" data-value=\"{}\">\
                 <title>{} · {}: {}</title></circle>",
                LEFT + band * (i as f64 + 0.5),
                y_of(v.x),
                line.color,
                esc(year),
                esc(&line.key),
                esc(&v.text),
                esc(year),
                esc(&line.label),
                esc(&v.text),
            );
        }
    }
    // The legend: the series with something to show.
    let mut items: Vec<(String, String, String)> = Vec::new();
    for ser in b.stack.iter().chain(&b.grouped) {
        if ser.values.iter().any(|v| v.x != 0.0) {
            items.push((ser.key.clone(), ser.label.clone(), swatch(ser.color)));
        }
    }
    if let Some(l) = &b.line {
        items.push((
            l.key.clone(),
            l.label.clone(),
            format!(
                "<line x1=\"0\" y1=\"6\" x2=\"12\" y2=\"6\" stroke=\"{0}\" stroke-width=\"2\"/>\
                 <circle cx=\"6\" cy=\"6\" r=\"3\" fill=\"{0}\"/>",
                l.color
            ),
        ));
    }
    let refs: Vec<(&str, &str, &str)> = items
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    let legend_top = bottom + 32.0;
    let h = legend(&mut s, legend_top, &refs);
    (W, legend_top + h + 8.0, s)
}

/// The paper's view: each year's cases entered, stacked by where they stand: not
/// qualified, ended by an interim ruling, done, still in process, and (drawn only when
/// there are any) those with no qualification outcome yet: entered − not_qualified −
/// qualified.
fn paper(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
    let by = |key: &str| {
        view.columns
            .iter()
            .find(|c| c.key == key)
            .cloned()
            .expect("a paper column")
    };
    let mut stack = vec![
        series(view, &by("not_qualified"), lang, "#8c8c8c"),
        series(view, &by("interim_ruling"), lang, "#E69F00"),
        series(view, &by("done"), lang, "#009E73"),
        series(view, &by("in_process"), lang, "#56B4E9"),
    ];
    let entered = series(view, &by("entered"), lang, "#1a1a1a");
    let qualified = series(view, &by("qualified"), lang, "#1a1a1a");
    let rest: Vec<Value> = (0..view.rows.len())
        .map(|i| {
            let n = entered.values[i].x - stack[0].values[i].x - qualified.values[i].x;
            Value { x: n, text: num(n) }
        })
        .collect();
    if rest.iter().any(|v| v.x != 0.0) {
        stack.push(Series {
            key: "unexamined".into(),
            label: words.unexamined.clone(),
            color: "#d9d9d9",
            values: rest,
        });
    }
    bars(Bars {
        years: years(view),
        stack,
        grouped: vec![],
        line: None,
        totals: Some(entered),
        words,
    })
}

/// `--flow`: received and finished side by side, and the line of what is open at each
/// year's end.
fn flow(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
    let by = |key: &str| {
        view.columns
            .iter()
            .find(|c| c.key == key)
            .cloned()
            .expect("a flow column")
    };
    bars(Bars {
        years: years(view),
        stack: vec![],
        grouped: vec![
            series(view, &by("received"), lang, "#0072B2"),
            series(view, &by("finished"), lang, "#009E73"),
        ],
        line: Some(series(view, &by("open_at_end"), lang, "#D55E00")),
        totals: None,
        words,
    })
}

/// The colour of a disposition of `--by outcome`: greys for not qualified, ambers for
/// withdrawn, a colour per decision, yellow for still open.
fn outcome_color(key: &str, n: usize) -> &'static str {
    const GREYS: [&str; 6] = [
        "#4d4d4d", "#666666", "#808080", "#999999", "#b3b3b3", "#cccccc",
    ];
    const OTHERS: [&str; 6] = [
        "#332288", "#117733", "#44AA99", "#88CCEE", "#999933", "#AA4499",
    ];
    match key {
        "withdrawn_before_qualification" => "#F5C26B",
        "withdrawn_after_qualification" => "#E69F00",
        "interim_ruling" => "#D55E00",
        "mediation_agreement" => "#009E73",
        "granted" => "#0072B2",
        "partly_granted" => "#56B4E9",
        "rejected" => "#CC79A7",
        "dismissed" => "#882255",
        "lapsed" => "#7F7F3F",
        "still_open" => "#F0E442",
        k if k.starts_with("not_qualified_") => GREYS[n % GREYS.len()],
        _ => OTHERS[n % OTHERS.len()],
    }
}

/// `--by outcome`: each year's cases stacked by how they ended (every disposition, so the
/// bar is the year's cases entered, written on top).
fn outcomes(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
    let mut greys = 0;
    let mut others = 0;
    let stack = view
        .columns
        .iter()
        .filter(|c| c.key != "year" && c.key != "entered")
        .map(|c| {
            let n = if c.key.starts_with("not_qualified_") {
                greys += 1;
                greys - 1
            } else {
                others += 1;
                others - 1
            };
            series(view, c, lang, outcome_color(&c.key, n))
        })
        .collect();
    let entered = view
        .columns
        .iter()
        .find(|c| c.key == "entered")
        .map(|c| series(view, c, lang, "#1a1a1a"));
    bars(Bars {
        years: years(view),
        stack,
        grouped: vec![],
        line: None,
        totals: entered,
        words,
    })
}

/// A row of the times chart: a year's cases ended by one route (or all), with their
/// statistics.
struct Timed {
    year: String,
    route: String,
    label: String,
    all: bool,
    stats: [(&'static str, Value); 5],
}

/// `--times`: per year, a line from the lowest to the highest working days, a tick at the
/// median and a dot at the mean, for all the cases that ended and then for each route
/// with any; a dashed line at the 100 working days to finish.
fn times(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
    let at = |key: &str| column(view, key);
    let (Some(year), Some(route), Some(ended)) = (at("year"), at("route"), at("ended")) else {
        return empty(words);
    };
    let keys = ["ended", "median", "mean", "lowest", "highest"];
    let cols: Vec<usize> = keys.iter().filter_map(|k| at(k)).collect();
    if cols.len() != keys.len() {
        return empty(words);
    }
    let deadline = view
        .columns
        .iter()
        .find_map(|c| c.key.strip_prefix("within_"))
        .and_then(|n| n.parse::<f64>().ok());
    let rows: Vec<Timed> = view
        .rows
        .iter()
        .filter(|r| matches!(r[ended], Cell::Int(n) if n > 0))
        .filter_map(|r| {
            let v = |i: usize| value(&r[cols[i]]);
            let (label, key) = match &r[route] {
                Cell::Label(l) => (l.label(lang).to_string(), l.key.to_string()),
                c => (plain(c), plain(c)),
            };
            Some(Timed {
                year: plain(&r[year]),
                all: key == "all",
                route: key,
                label,
                stats: [
                    ("ended", v(0)?),
                    ("median", v(1)?),
                    ("mean", v(2)?),
                    ("lowest", v(3)?),
                    ("highest", v(4)?),
                ],
            })
        })
        .collect();
    if rows.is_empty() {
        return empty(words);
    }
    let mut s = String::new();
    let top = heading(&mut s, words);
    let label = |r: &Timed| {
        if r.all {
            format!("{} · {} (n={})", r.year, r.label, r.stats[0].1.text)
        } else {
            format!("{} (n={})", r.label, r.stats[0].1.text)
        }
    };
    let widest = rows
        .iter()
        .map(|r| label(r).chars().count())
        .max()
        .unwrap_or(0);
    let x0 = 12.0 + (widest as f64 * 12.0 * 0.55 + 12.0).clamp(100.0, 230.0);
    let plot_w = W - x0 - RIGHT - 12.0;
    let max = rows
        .iter()
        .map(|r| r.stats[4].1.x)
        .chain(deadline)
        .fold(0.0, f64::max);
    let step = step(max);
    let ceiling = ((max / step).ceil() * step).max(step);
    let x_of = |v: f64| x0 + v / ceiling * plot_w;
    let row_h = 22.0;
    let plot_top = top + 8.0;
    let gaps = rows.iter().filter(|r| r.all).count().saturating_sub(1) as f64 * 8.0;
    let bottom = plot_top + rows.len() as f64 * row_h + gaps;
    let mut g = 0.0;
    while g <= ceiling + 1e-9 {
        let x = x_of(g);
        let _ = writeln!(
            s,
            "<line x1=\"{x:.1}\" y1=\"{plot_top:.1}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\" \
             stroke=\"{}\" stroke-width=\"1\"/><text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"11\" \
             fill=\"#555555\" text-anchor=\"middle\">{}</text>",
            if g == 0.0 { "#666666" } else { "#e3e3e3" },
            bottom + 14.0,
            num(g)
        );
        g += step;
    }
    let _ = writeln!(
        s,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#555555\" \
         text-anchor=\"middle\">{}</text>",
        x0 + plot_w / 2.0,
        bottom + 28.0,
        esc(&words.axis)
    );
    if let Some(d) = deadline {
        let x = x_of(d);
        let _ = writeln!(
            s,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\" stroke=\"#D55E00\" \
             stroke-width=\"1.5\" stroke-dasharray=\"5 3\" data-key=\"deadline\" \
             data-value=\"{}\"><title>{}</title></line>",
            plot_top - 4.0,
            num(d),
            esc(&words.deadline)
        );
    }
    let mut y = plot_top;
    for (n, r) in rows.iter().enumerate() {
        if r.all && n > 0 {
            y += 8.0;
        }
        let mid = y + row_h / 2.0;
        let [_, median, mean, lowest, highest] = &r.stats;
        let label = label(r);
        let attrs: String = r
            .stats
            .iter()
            .map(|(k, v)| format!(" data-{k}=\"{}\"", esc(&v.text)))
            .collect();
        let _ = writeln!(
            s,
            "<g data-year=\"{}\" data-route=\"{}\"{attrs}><title>{} · {}: {} {}, {} {}, {} {}</title>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#1a1a1a\" text-anchor=\"end\"{}>{}</text>\
             <line x1=\"{:.1}\" y1=\"{mid:.1}\" x2=\"{:.1}\" y2=\"{mid:.1}\" stroke=\"#555555\" stroke-width=\"2\"/>\
             <line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#555555\" stroke-width=\"1.5\"/>\
             <line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#555555\" stroke-width=\"1.5\"/>\
             <rect x=\"{:.1}\" y=\"{:.1}\" width=\"4\" height=\"14\" fill=\"#0072B2\"/>\
             <circle cx=\"{:.1}\" cy=\"{mid:.1}\" r=\"3.5\" fill=\"#ffffff\" stroke=\"#D55E00\" stroke-width=\"2\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#0072B2\" text-anchor=\"middle\">{}</text></g>",
            esc(&r.year),
            esc(&r.route),
            esc(&r.year),
            esc(&r.label),
            esc(&words.median),
            esc(&median.1.text),
            esc(&words.mean),
            esc(&mean.1.text),
            esc(&words.range),
            esc(&format!("{}–{}", lowest.1.text, highest.1.text)),
            x0 - 8.0,
            mid + 4.0,
            if r.all { " font-weight=\"bold\"" } else { "" },
            esc(&label),
            x_of(lowest.1.x),
            x_of(highest.1.x),
            x_of(lowest.1.x),
            mid - 4.0,
            x_of(lowest.1.x),
            mid + 4.0,
            x_of(highest.1.x),
            mid - 4.0,
            x_of(highest.1.x),
            mid + 4.0,
            x_of(median.1.x) - 2.0,
            mid - 7.0,
            x_of(mean.1.x),
            x_of(median.1.x),
            mid - 9.0,
            esc(&median.1.text),
        );
        y += row_h;
    }
    let items = [
        (
            "range",
            words.range.as_str(),
            "<line x1=\"0\" y1=\"6\" x2=\"12\" y2=\"6\" stroke=\"#555555\" stroke-width=\"2\"/>"
                .to_string(),
        ),
        (
            "median",
            words.median.as_str(),
            "<rect x=\"4\" y=\"0\" width=\"4\" height=\"12\" fill=\"#0072B2\"/>".to_string(),
        ),
        (
            "mean",
            words.mean.as_str(),
            "<circle cx=\"6\" cy=\"6\" r=\"3.5\" fill=\"#ffffff\" stroke=\"#D55E00\" stroke-width=\"2\"/>"
                .to_string(),
        ),
        (
            "deadline",
            words.deadline.as_str(),
            "<line x1=\"6\" y1=\"0\" x2=\"6\" y2=\"12\" stroke=\"#D55E00\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>"
                .to_string(),
        ),
    ];
    let refs: Vec<(&str, &str, &str)> = items
        .iter()
        .filter(|(k, _, _)| *k != "deadline" || deadline.is_some())
        .map(|(a, b, c)| (*a, *b, c.as_str()))
        .collect();
    let legend_top = bottom + 42.0;
    let h = legend(&mut s, legend_top, &refs);
    (W, legend_top + h + 8.0, s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::recap::{PaperRow, flow_view, paper_view};
    use std::collections::BTreeMap;

    fn words() -> Words {
        Words {
            title: "T <&>".into(),
            empty: "nothing".into(),
            unexamined: "Not examined".into(),
            ..Words::default()
        }
    }

    /// Every `data-key`/`data-value` pair of a year, in order.
    fn marks(svg: &str, year: &str) -> Vec<(String, String)> {
        let mut out = vec![];
        for part in svg.split("data-year=\"").skip(1) {
            if !part.starts_with(&format!("{year}\"")) {
                continue;
            }
            let attr = |name: &str| {
                part.split(&format!("{name}=\""))
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .map(str::to_string)
            };
            if let (Some(k), Some(v)) = (attr("data-key"), attr("data-value")) {
                out.push((k, v));
            }
        }
        out
    }

    #[test]
    fn steps_are_round() {
        assert_eq!(step(0.0), 1.0);
        assert_eq!(step(4.0), 1.0);
        assert_eq!(step(43.0), 10.0);
        assert_eq!(step(89.0), 20.0);
        assert_eq!(step(100.0), 20.0);
        assert_eq!(step(1234.0), 500.0);
    }

    #[test]
    fn the_paper_chart_stacks_what_the_recap_counts() {
        let v = paper_view(&[PaperRow::from_counts(2017, [43, 1, 40, 5, 7, 33])], None);
        let svg = draw(Kind::Paper, &v, Lang::En, &words(), true);
        assert!(svg.starts_with("<?xml"));
        assert!(svg.contains("<title>T &lt;&amp;&gt;</title>"));
        let got = marks(&svg, "2017");
        let want: Vec<(String, String)> = [
            ("not_qualified", "1"),
            ("interim_ruling", "7"),
            ("done", "33"),
            ("in_process", "0"),
            ("unexamined", "2"),
            ("entered", "43"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn the_flow_chart_draws_received_finished_and_open() {
        let v = flow_view(
            &BTreeMap::from([(2017, 43)]),
            &BTreeMap::from([(2017, 36)]),
            None,
        );
        let svg = draw(Kind::Flow, &v, Lang::Id, &words(), false);
        assert!(!svg.contains("http"), "inline: no namespace URL");
        assert_eq!(
            marks(&svg, "2017"),
            [
                ("received".to_string(), "43".to_string()),
                ("finished".to_string(), "36".to_string()),
                ("open_at_end".to_string(), "7".to_string())
            ]
        );
        assert!(svg.contains(">Diterima</text>"), "labels in the language");
    }

    #[test]
    fn nothing_to_draw_says_so() {
        let v = paper_view(&[], None);
        let svg = draw(Kind::Paper, &v, Lang::En, &words(), false);
        assert!(svg.contains("data-empty=\"true\">nothing</text>"));
        assert!(!svg.contains("data-value"));
    }
}
