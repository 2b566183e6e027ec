//! The `--by outcome` chart.

use super::Words;
use super::bars::{Bars, bars};
use super::svg::{series, years};
use crate::domain::Lang;
use crate::domain::recap::View;

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
pub(super) fn outcomes(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
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
