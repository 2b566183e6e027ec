//! The paper's view as a chart.

use super::Words;
use super::bars::{Bars, bars};
use super::svg::{Series, Value, num, series, years};
use crate::domain::Lang;
use crate::domain::recap::View;

/// The paper's view: each year's cases entered, stacked by where they stand: not
/// qualified, ended by an interim ruling, done, still in process, and (drawn only when
/// there are any) those with no qualification outcome yet: entered − not_qualified −
/// qualified.
pub(super) fn paper(view: &View, lang: Lang, words: &Words) -> (f64, f64, String) {
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
