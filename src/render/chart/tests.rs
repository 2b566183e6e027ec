use super::svg::step;
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
    assert!(svg.contains(">Masuk</text>"), "labels in the language");
}

#[test]
fn nothing_to_draw_says_so() {
    let v = paper_view(&[], None);
    let svg = draw(Kind::Paper, &v, Lang::En, &words(), false);
    assert!(svg.contains("data-empty=\"true\">nothing</text>"));
    assert!(!svg.contains("data-value"));
}
