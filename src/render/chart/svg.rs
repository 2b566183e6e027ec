//! What every chart shares: the sizes, values and series read from a view, the axes'
//! steps and numbers, wrapped text, the heading, the empty chart and the legend.

use super::{Words, esc};
use crate::domain::Lang;
use crate::domain::recap::{Cell, Column, View};
use crate::render::recap::plain;
use std::fmt::Write;

/// The width of every chart: its markup scales to the page.
/// Narrow enough that its words stay readable when a phone shrinks it to its width.
pub(super) const W: f64 = 520.0;
pub(super) const LEFT: f64 = 44.0;
pub(super) const RIGHT: f64 = 16.0;
pub(super) const PLOT_H: f64 = 220.0;

/// A value as drawn and as written in the markup (as CSV writes it).
#[derive(Debug, Clone)]
pub(super) struct Value {
    pub(super) x: f64,
    pub(super) text: String,
}

pub(super) fn value(c: &Cell) -> Option<Value> {
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
pub(super) struct Series {
    pub(super) key: String,
    pub(super) label: String,
    pub(super) color: &'static str,
    pub(super) values: Vec<Value>,
}

pub(super) fn column(view: &View, key: &str) -> Option<usize> {
    view.columns.iter().position(|c| c.key == key)
}

/// The values of the column `key`, one per row (0 where a row has none).
pub(super) fn series(view: &View, col: &Column, lang: Lang, color: &'static str) -> Series {
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

pub(super) fn years(view: &View) -> Vec<String> {
    let i = column(view, "year").unwrap_or(0);
    view.rows.iter().map(|r| plain(&r[i])).collect()
}

/// A step for about five gridlines: 1, 2 or 5 times a power of ten, at least 1 (counts and
/// working days are whole).
pub(super) fn step(max: f64) -> f64 {
    let rough = (max / 5.0).max(1.0);
    let mag = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * mag)
}

/// A number for the axes: whole numbers without a fraction.
pub(super) fn num(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// The lines `text` takes at `size` in a width of `width`, broken between words (a letter
/// of a sans-serif face is about 0.55 of its size wide, on average).
pub(super) fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
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
pub(super) fn text_lines(
    s: &mut String,
    text: &str,
    (x, y): (f64, f64),
    size: f64,
    attrs: &str,
) -> f64 {
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
pub(super) fn heading(s: &mut String, words: &Words) -> f64 {
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
pub(super) fn empty(words: &Words) -> (f64, f64, String) {
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
pub(super) fn legend(s: &mut String, top: f64, items: &[(&str, &str, &str)]) -> f64 {
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

pub(super) fn swatch(color: &str) -> String {
    format!(
        "<rect x=\"0\" y=\"0\" width=\"12\" height=\"12\" fill=\"{color}\" stroke=\"#666666\" \
         stroke-width=\"0.5\"/>"
    )
}
