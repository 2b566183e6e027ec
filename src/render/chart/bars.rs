//! Bars per year, stacked or side by side, with an optional line: the paper view's,
//! the flow's and the outcomes' charts are drawn by it.

use super::Words;
use super::esc;
use super::svg::{
    LEFT, PLOT_H, RIGHT, Series, Value, W, empty, heading, legend, num, step, swatch,
};
use std::fmt::Write;

/// Bars per year, stacked (each year one bar of `stack`'s values, topped by `totals`) or
/// side by side (`grouped`), with an optional line over them.
pub(super) struct Bars<'a> {
    pub(super) years: Vec<String>,
    pub(super) stack: Vec<Series>,
    pub(super) grouped: Vec<Series>,
    pub(super) line: Option<Series>,
    pub(super) totals: Option<Series>,
    pub(super) words: &'a Words,
}

pub(super) fn bars(b: Bars) -> (f64, f64, String) {
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
