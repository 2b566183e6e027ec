//! `recap --chart svg`: one view as an SVG chart that parses, and whose every drawn number
//! is the recap's own (read back from the chart's `data-*` attributes).

use crate::common::{TestEnv, fixture_env};
use roxmltree::{Document, Node, ParsingOptions};
use serde_json::Value;
use std::collections::BTreeMap;

/// A chart (or the report) as an XML tree: both are written well-formed.
pub fn parse(text: &str) -> Document<'_> {
    let opts = ParsingOptions {
        allow_dtd: true,
        ..ParsingOptions::default()
    };
    Document::parse_with_options(text, opts).unwrap_or_else(|e| panic!("{e}:\n{text}"))
}

/// The chart of the kind given in a document.
pub fn chart<'a, 'i>(doc: &'a Document<'i>, kind: &str) -> Node<'a, 'i> {
    doc.descendants()
        .find(|n| n.has_tag_name("svg") && n.attribute("data-chart") == Some(kind))
        .unwrap_or_else(|| panic!("no {kind} chart"))
}

/// Every mark of a bar chart: (year, key) -> the value it draws.
pub fn marks(svg: Node) -> BTreeMap<(String, String), f64> {
    let mut out = BTreeMap::new();
    for n in svg.descendants() {
        if let (Some(y), Some(k), Some(v)) = (
            n.attribute("data-year"),
            n.attribute("data-key"),
            n.attribute("data-value"),
        ) {
            let old = out.insert((y.to_string(), k.to_string()), v.parse::<f64>().unwrap());
            assert!(old.is_none(), "{y} {k} drawn twice");
        }
    }
    out
}

/// `recap --format json ARGS`'s rows by year (not the total over the years); of several
/// registers, the total's.
fn json(env: &TestEnv, args: &[&str]) -> Vec<serde_json::Map<String, Value>> {
    let out = env.ok(&[&["recap", "--format", "json"], args].concat());
    let v: Value = serde_json::from_str(&out).unwrap();
    v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_object().unwrap().clone())
        .filter(|o| o.get("commission").is_none_or(|c| c == "total"))
        .filter(|o| o["year"] != "total")
        .collect()
}

fn year(row: &serde_json::Map<String, Value>) -> String {
    row["year"].to_string()
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

/// The recap arguments that give a chart's view.
pub fn view_args(kind: &str) -> &'static [&'static str] {
    match kind {
        "paper" => &[],
        "flow" => &["--flow"],
        "outcomes" => &["--by", "outcome"],
        "times" => &["--times"],
        k => panic!("no chart {k}"),
    }
}

/// The chart `svg` of the kind given draws exactly the figures of `recap ARGS` for its
/// view (the total, when `args` name several registers).
pub fn chart_is_the_recap(env: &TestEnv, svg: Node, kind: &str, args: &[&str]) {
    assert_eq!(svg.attribute("data-chart"), Some(kind));
    let rows = json(env, &[args, view_args(kind)].concat());
    let mut want = BTreeMap::new();
    let key = |row: &serde_json::Map<String, Value>, k: &str| (year(row), k.to_string());
    match kind {
        // Each year stacked by where its cases stand, entered on top, and the cases with
        // no qualification outcome when there are any.
        "paper" => {
            let drawn = marks(svg);
            for row in &rows {
                for k in [
                    "not_qualified",
                    "interim_ruling",
                    "done",
                    "in_process",
                    "entered",
                ] {
                    want.insert(key(row, k), num(&row[k]));
                }
                let rest =
                    num(&row["entered"]) - num(&row["not_qualified"]) - num(&row["qualified"]);
                if drawn.contains_key(&key(row, "unexamined")) || rest != 0.0 {
                    want.insert(key(row, "unexamined"), rest);
                }
            }
            assert_eq!(drawn, want, "the paper's chart");
        }
        "flow" => {
            for row in &rows {
                for k in ["received", "finished", "open_at_end"] {
                    want.insert(key(row, k), num(&row[k]));
                }
            }
            assert_eq!(marks(svg), want, "the flow's chart");
        }
        // Every disposition, and entered on top.
        "outcomes" => {
            for row in &rows {
                for (k, v) in row {
                    if k != "year" && k != "commission" {
                        want.insert(key(row, k), num(v));
                    }
                }
            }
            assert_eq!(marks(svg), want, "the outcomes' chart");
        }
        // A row per year and route with cases ended, each statistic as the recap has it.
        "times" => {
            let drawn: Vec<BTreeMap<String, String>> = svg
                .descendants()
                .filter(|n| n.attribute("data-route").is_some())
                .map(|n| {
                    n.attributes()
                        .filter(|a| a.name().starts_with("data-"))
                        .map(|a| (a.name()["data-".len()..].to_string(), a.value().to_string()))
                        .collect()
                })
                .collect();
            let mut want = Vec::new();
            for row in rows.iter().filter(|r| num(&r["ended"]) > 0.0) {
                let mut m = BTreeMap::new();
                m.insert("year".to_string(), year(row));
                m.insert("route".to_string(), row["route"].as_str().unwrap().into());
                for k in ["ended", "median", "mean", "lowest", "highest"] {
                    m.insert(k.to_string(), row[k].to_string());
                }
                want.push(m);
            }
            assert!(want.len() > 4, "{want:?}");
            assert_eq!(drawn, want, "the times' chart");
        }
        k => panic!("no chart {k}"),
    }
}

#[test]
fn recap_draws_each_view_as_a_chart_of_its_figures() {
    let env = fixture_env();
    for kind in ["paper", "flow", "outcomes", "times"] {
        for extra in [&[][..], &["--years", "2016-2019", "--as-of", "2018-03-31"]] {
            let args = [
                &["recap", "--chart", "svg", "-o", "c.svg"],
                view_args(kind),
                extra,
            ];
            let out = env.run(&args.concat());
            assert_eq!(out.snapshot(), "[exit status: 0]\n");
            let svg = std::fs::read_to_string(env.dir().join("c.svg")).unwrap();
            assert!(svg.starts_with(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
            ));
            let doc = parse(&svg);
            chart_is_the_recap(&env, doc.root_element(), kind, extra);
            // Without -o, the same chart on stdout.
            let mut args = args.concat();
            args.drain(3..5);
            assert_eq!(env.ok(&args), svg);
        }
    }
    // Labels in the language asked for.
    let svg = env.ok(&["recap", "--flow", "--chart", "svg", "--lang", "id"]);
    assert!(svg.contains(">Masuk</text>"), "{svg}");
}

#[test]
fn a_chart_of_several_registers_draws_their_total() {
    let env = fixture_env();
    let other = TestEnv::initialised();
    other.ok(&["config", "set", "commission-code", "RIAU"]);
    other.add("2018-03-05", "Someone", "Dinas X");
    let regs = [
        "--registers",
        env.db().to_str().unwrap(),
        other.db().to_str().unwrap(),
    ];
    for kind in ["paper", "flow", "outcomes", "times"] {
        let svg = env.ok(&[&["recap", "--chart", "svg"], view_args(kind), &regs[..]].concat());
        assert!(svg.contains("All registers together: JBI, RIAU"), "{svg}");
        chart_is_the_recap(&env, parse(&svg).root_element(), kind, &regs);
    }
}

#[test]
fn views_without_a_chart_and_recap_to_a_file() {
    let env = fixture_env();
    let out = env.run(&["recap", "--by", "body", "--chart", "svg"]);
    insta::assert_snapshot!(out.snapshot(), @r"
    ------- stderr -------
    error: this view has no chart
    hint: charts are drawn of the paper's view, --flow, --by outcome and --times
    [exit status: 2]
    ");
    assert_eq!(env.run(&["recap", "--oldest", "--chart", "svg"]).code, 2);
    assert_eq!(
        env.run(&["recap", "--chart", "svg", "--format", "csv"])
            .code,
        2
    );
    // -o writes any recap, readable by its owner only.
    env.ok(&["recap", "--format", "csv", "-o", "r.csv"]);
    let path = env.dir().join("r.csv");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        env.ok(&["recap", "--format", "csv"])
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
