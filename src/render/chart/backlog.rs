//! The backlog's charts: the ages of the open cases (stacked by bucket of working days
//! open), received and ended (per year or month), and the hearings per month.

use super::Words;
use super::bars::{Bars, bars};
use super::svg::{series, years};
use crate::domain::Lang;
use crate::domain::recap::View;

fn by(view: &View, key: &str) -> crate::domain::recap::Column {
    view.columns
        .iter()
        .find(|c| c.key == key)
        .cloned()
        .expect("a backlog column")
}

/// `--ages`: each year of receipt's open cases, stacked by how long they have been open.
pub(super) fn ages(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
    let colours = ["#009E73", "#56B4E9", "#E69F00", "#D55E00"];
    bars(Bars {
        years: years(view),
        stack: ["wd_0_14", "wd_15_100", "wd_101_250", "wd_over_250"]
            .iter()
            .zip(colours)
            .map(|(k, c)| series(view, &by(view, k), lang, c))
            .collect(),
        grouped: vec![],
        line: None,
        totals: Some(series(view, &by(view, "open"), lang, "#333333")),
        words,
    })
}

/// `--clearance`, `--by month`: received and ended side by side.
pub(super) fn clearance(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
    bars(Bars {
        years: years(view),
        stack: vec![],
        grouped: vec![
            series(view, &by(view, "entered"), lang, "#0072B2"),
            series(view, &by(view, "ended"), lang, "#009E73"),
        ],
        line: None,
        totals: None,
        words,
    })
}

/// `--hearings`: held, postponed and cancelled side by side, per month.
pub(super) fn hearings(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
    bars(Bars {
        years: years(view),
        stack: vec![],
        grouped: vec![
            series(view, &by(view, "held"), lang, "#0072B2"),
            series(view, &by(view, "postponed"), lang, "#E69F00"),
            series(view, &by(view, "cancelled"), lang, "#D55E00"),
        ],
        line: None,
        totals: None,
        words,
    })
}
