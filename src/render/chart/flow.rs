//! The `--flow` chart.

use super::Words;
use super::bars::{Bars, bars};
use super::svg::{series, years};
use crate::domain::Lang;
use crate::domain::recap::View;

/// `--flow`: received and finished side by side, and the line of what is open at each
/// year's end.
pub(super) fn flow(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
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
