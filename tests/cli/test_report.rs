//! `sengketa report`: one self-contained HTML file whose tables and charts carry the
//! recap's own figures, which names no applicant and loads nothing from anywhere.

use crate::common::{TestEnv, fixture_env, fixture_rows, parse_csv};
use crate::test_chart::{chart, chart_is_the_recap, parse};
use roxmltree::Document;

/// The report's charts draw exactly the figures of `recap ARGS` (the total, when several
/// registers are read).
fn charts_equal_the_recap(env: &TestEnv, doc: &Document, args: &[&str]) {
    for kind in ["paper", "flow", "outcomes", "times"] {
        chart_is_the_recap(env, chart(doc, kind), kind, args);
    }
}

/// Each table of the report holds the cells of `recap --format csv` with the same
/// arguments (as `data-value`), under the keys of its columns.
fn tables_equal_the_recap(env: &TestEnv, doc: &Document, args: &[&str]) {
    for (view, extra) in [
        ("recap", &[][..]),
        ("flow", &["--flow"]),
        ("clearance", &["--clearance"]),
        ("months", &["--by", "month"]),
        ("ages", &["--ages"]),
        ("waiting", &["--waiting"]),
        ("outcomes", &["--by", "outcome"]),
        ("times", &["--times"]),
    ] {
        let table = doc
            .descendants()
            .find(|n| n.has_tag_name("table") && n.attribute("data-view") == Some(view))
            .unwrap_or_else(|| panic!("no {view} table"));
        let header: Vec<String> = table
            .descendants()
            .filter(|n| n.has_tag_name("th"))
            .map(|n| n.attribute("data-key").unwrap().to_string())
            .collect();
        let rows: Vec<Vec<String>> = table
            .descendants()
            .filter(|n| n.has_tag_name("tr") && n.children().any(|c| c.has_tag_name("td")))
            .map(|tr| {
                tr.children()
                    .filter(|c| c.has_tag_name("td"))
                    .map(|td| td.attribute("data-value").unwrap().to_string())
                    .collect()
            })
            .collect();
        let csv = env.ok(&[&["recap", "--format", "csv"], args, extra].concat());
        // The report states its as-of date once, in its footer; CSV on every row.
        let (mut h, mut r) = parse_csv(&csv);
        assert_eq!(h.pop().as_deref(), Some("as_of"));
        r.iter_mut().for_each(|row| {
            row.pop();
        });
        assert_eq!((header, rows), (h, r), "the {view} table");
    }
}

#[test]
fn the_reports_figures_are_the_recaps() {
    let env = fixture_env();
    let args = ["--years", "2016-2019", "--as-of", "2018-12-31"];
    let out = env.run(&[&["report", "-o", "report.html"], &args[..]].concat());
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", "")
    );
    let html = std::fs::read_to_string(env.dir().join("report.html")).unwrap();
    let doc = parse(&html);
    charts_equal_the_recap(&env, &doc, &args);
    tables_equal_the_recap(&env, &doc, &args);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.dir().join("report.html"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o644, "readable by all, to publish");
    }
    // Without -o, the same report on stdout; the same bytes every time (SENGKETA_NOW).
    assert_eq!(env.ok(&[&["report"], &args[..]].concat()), html);
}

#[test]
fn a_national_reports_figures_are_the_totals() {
    let env = fixture_env();
    let other = TestEnv::initialised();
    other.ok(&["config", "set", "commission-code", "RIAU"]);
    other.add("2018-03-05", "Someone", "Dinas X");
    let regs = [
        "--registers",
        env.db().to_str().unwrap(),
        other.db().to_str().unwrap(),
    ];
    let html = env.ok(&[&["report", "--lang", "id"], &regs[..]].concat());
    let doc = parse(&html);
    charts_equal_the_recap(&env, &doc, &regs);
    // The tables: a body per commission, then the total.
    let table = doc
        .descendants()
        .find(|n| n.attribute("data-view") == Some("recap"))
        .unwrap();
    let bodies: Vec<Vec<String>> = table
        .children()
        .filter(|n| n.has_tag_name("tbody"))
        .map(|b| {
            b.descendants()
                .filter(|n| n.has_tag_name("tr"))
                .map(|tr| {
                    tr.first_element_child()
                        .unwrap()
                        .text()
                        .unwrap()
                        .to_string()
                })
                .collect()
        })
        .collect();
    assert_eq!(
        bodies,
        // each commission's years and their total, then the total's
        [
            vec!["JBI", "JBI", "JBI"],
            vec!["RIAU", "RIAU"],
            vec!["Jumlah", "Jumlah", "Jumlah"]
        ]
    );
    assert!(html.contains("<html lang=\"id\">"));
    assert!(html.contains("Semua register bersama: JBI, RIAU"), "{html}");
    // Each commission's chain head, and no file name.
    for code in ["JBI", "RIAU"] {
        assert!(
            html.contains(&format!("Register {code}: kepala rantai ")),
            "{html}"
        );
    }
    assert!(!html.contains("register.db"), "a file name in the report");
    // A chart per commission beside the combined one.
    let each: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("figure"))
        .filter_map(|n| n.attribute("data-commission"))
        .collect();
    assert!(each.starts_with(&["JBI", "RIAU"]), "{each:?}");
}

#[test]
fn the_report_loads_nothing_and_names_no_one() {
    let env = fixture_env();
    let html = env.ok(&["report"]);
    for bad in [
        "<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "url(", "@import",
        "http:", "https:", "//",
    ] {
        assert!(!html.contains(bad), "the report has {bad}");
    }
    // Every href is an anchor in the page.
    let doc = parse(&html);
    for n in doc.descendants() {
        if let Some(h) = n.attribute("href") {
            assert!(h.starts_with('#'), "{h}");
        }
    }
    assert!(
        html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
    );
    assert!(html.contains("@media print"));
    for row in fixture_rows() {
        assert!(!html.contains(&row[2]), "the applicant {} is named", row[2]);
    }
    let footer = doc
        .descendants()
        .find(|n| n.has_tag_name("footer"))
        .unwrap();
    let lines: Vec<&str> = footer
        .children()
        .filter(|n| n.has_tag_name("p"))
        .filter_map(|n| n.text())
        .collect();
    let head = env.ok(&["verify", "--head"]);
    let head = head
        .split_whitespace()
        .find(|w| w.contains(':'))
        .unwrap_or("?");
    let lines = lines.join("\n").replace(env!("CARGO_PKG_VERSION"), "X");
    let lines = lines.replace(head, "HEAD");
    insta::assert_snapshot!(lines, @r"
    Counted as of 29 November 2026.
    Made at 29 November 2026 at 15:00 WIB by sengketa X.
    Register JBI: the chain's head is HEAD (3 acts); `sengketa verify --since HEAD` proves later that this history is unchanged.
    Counts only: no applicant is named in this report.
    ");
    // No ISO time shown to a reader: the local time instead.
    assert!(!html.contains(crate::common::NOW));
}

#[test]
fn a_report_shows_what_there_is() {
    let env = TestEnv::initialised();
    let html = env.ok(&["report"]);
    let doc = parse(&html);
    assert!(!html.contains("<section"), "no section without cases");
    assert!(html.contains("No cases in the years asked for."));
    assert!(doc.descendants().any(|n| n.has_tag_name("footer")));
    // A case received, nothing ended yet: no processing times, no appeals.
    env.add("2026-11-02", "Someone", "Dinas X");
    let html = env.ok(&["report"]);
    let doc = parse(&html);
    let ids: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("section"))
        .filter_map(|n| n.attribute("id"))
        .collect();
    assert_eq!(
        ids,
        [
            "recap",
            "flow",
            "clearance",
            "months",
            "ages",
            "waiting",
            "outcomes",
            "body-kinds"
        ]
    );
    // Every body is of the kind "other": the section says how to fill it instead.
    let kinds = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("body-kinds"))
        .unwrap();
    assert!(!kinds.descendants().any(|n| n.has_tag_name("table")));
    assert!(
        html.contains("sengketa body set NAME --kind KIND"),
        "{html}"
    );
    env.ok(&["body", "set", "Dinas X", "--kind", "village"]);
    let html = env.ok(&["report"]);
    assert!(!html.contains("sengketa body set NAME --kind KIND"));
    assert!(html.contains("data-view=\"body-kinds\""));
}

/// Renders the report in headless Chromium and checks the picture is not blank and that
/// nothing was fetched (`tests/render_report.sh`); skipped where Chromium or python3 is
/// not installed, except under CI=true (`require_tool`).
#[test]
fn the_report_renders_in_chromium() {
    if crate::common::require_tools(&[("chromium", "chromium"), ("python3", "python3")]).is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/render_report.sh"
        ))
        .arg(dir.path())
        .env("SENGKETA", env!("CARGO_BIN_EXE_sengketa"))
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(dir.path().join("report.png").exists(), "{text}");
}
