//! The `--times` chart: working days to the end, per year and route.

use super::svg::{RIGHT, Value, W, column, empty, heading, legend, num, step, value};
use super::{Words, esc};
use crate::domain::Lang;
use crate::domain::recap::{Cell, View};
use crate::render::recap::plain;
use std::fmt::Write;

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
pub(super) fn times(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
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
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#0072B2\" text-anchor=\"middle\">{}</text></g>",
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
