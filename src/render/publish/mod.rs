//! The public docket (`sengketa publish`) as files: its pages rendered from minijinja
//! templates shipped in the binary (escaping on), its Atom feed, and its open data
//! (`data.rs`). The values here are already in the pages' language and already redacted:
//! the command layer decides what is published, this only lays it out.

pub mod data;

use minijinja::{Environment, Value, context};
use serde::Serialize;
use std::collections::BTreeMap;

/// What every page carries: the commission, the chain's head, the footer, the words.
#[derive(Debug, Clone, Serialize)]
pub struct Site {
    /// `id` or `en`: the pages' `lang`.
    pub lang: &'static str,
    /// The commission's name (or code) as the pages' header gives it.
    pub commission: String,
    /// The chain's head when published (`N:HEX16`), to prove the state later with
    /// `verify --since`.
    pub head: String,
    pub version: &'static str,
    /// Lines of every page's footer.
    pub footer: Vec<String>,
    /// The pages' words by their short name (`nav_home`), from the catalogue.
    pub words: BTreeMap<&'static str, String>,
}

/// A label and its value: a line of a case's facts, a figure of the year.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    /// The figure's key (a recap column's), for figures; empty for a case's facts.
    pub key: String,
    pub label: String,
    pub value: String,
    /// A figure's value as `recap --format json` gives it (empty for none, and for a
    /// case's facts).
    pub raw: String,
}

/// A table of the index's figures: a recap view's row for the year, a figure a line.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    pub key: &'static str,
    pub title: String,
    pub about: String,
    pub rows: Vec<Fact>,
}

/// A case in the index's list.
#[derive(Debug, Clone, Serialize)]
pub struct CaseLink {
    pub reference: String,
    pub register_no: String,
    pub received: String,
    pub body: String,
    pub stage: String,
}

/// A hearing as the schedule and a case's page show it.
#[derive(Debug, Clone, Serialize)]
pub struct Sitting {
    pub no: i64,
    pub date: String,
    pub time: String,
    pub room: String,
    pub reference: String,
    pub register_no: String,
    pub applicant: String,
    pub body: String,
    pub agenda: String,
    pub panel: String,
    /// Said when it is not simply scheduled (postponed, cancelled, held).
    pub status: String,
}

/// The schedule page.
#[derive(Debug, Clone, Serialize)]
pub struct Schedule {
    pub about: String,
    pub rows: Vec<Sitting>,
}

/// An appeal on a case's page.
#[derive(Debug, Clone, Serialize)]
pub struct AppealRow {
    pub level: String,
    pub court: String,
    pub by: String,
    pub filed: String,
    pub court_no: String,
    pub outcome: String,
}

/// A case's page.
#[derive(Debug, Clone, Serialize)]
pub struct CasePage {
    pub reference: String,
    pub register_no: String,
    pub facts: Vec<Fact>,
    pub hearings: Vec<Sitting>,
    /// Empty: no decision yet.
    pub decision: Vec<Fact>,
    pub appeals: Vec<AppealRow>,
}

/// A line of the decisions' index.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionRow {
    pub number: String,
    pub date: String,
    pub reference: String,
    pub register_no: String,
    pub body: String,
    pub grounds: String,
    pub route: String,
    pub outcome: String,
    /// Its file's name under `putusan/`, when the clerk's folder had one.
    pub file: Option<String>,
}

/// The Atom feed.
#[derive(Debug, Clone, Serialize)]
pub struct Feed {
    pub id: String,
    pub title: String,
    pub subtitle: String,
    pub updated: String,
    pub entries: Vec<Entry>,
}

/// An entry of the feed: a decision, or a change of the hearing schedule.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// A `tag:` URI: the register's identity and the act (never reused).
    pub id: String,
    pub title: String,
    pub updated: String,
    /// Relative to the folder: the case's page.
    pub link: String,
    pub summary: String,
}

/// The whole docket, ready to lay out.
#[derive(Debug, Clone)]
pub struct Docket {
    pub site: Site,
    pub figures: Vec<Figures>,
    pub cases: Vec<CaseLink>,
    pub schedule: Schedule,
    pub pages: Vec<CasePage>,
    pub decisions: Vec<DecisionRow>,
    pub feed: Feed,
    /// The data files' names under `data/` (datapackage.json aside), for the index.
    pub data_files: Vec<String>,
}

fn env() -> Environment<'static> {
    let mut env = Environment::new();
    // Names ending in .html or .xml are escaped (minijinja's default, kept on purpose:
    // every value is the register's text).
    for (name, text) in [
        ("base.html", include_str!("templates/base.html")),
        ("index.html", include_str!("templates/index.html")),
        ("jadwal.html", include_str!("templates/jadwal.html")),
        ("case.html", include_str!("templates/case.html")),
        ("decisions.html", include_str!("templates/decisions.html")),
        ("feed.xml", include_str!("templates/feed.xml")),
    ] {
        env.add_template(name, text)
            .expect("the shipped templates parse");
    }
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    // HTML's five characters escaped, and only them: minijinja's own escaping also
    // writes `/` as `&#x2f;`, which left register numbers unreadable in the pages'
    // source and unsearchable in the files.
    env.set_formatter(|out, state, value| {
        if value.is_safe() || matches!(state.auto_escape(), minijinja::AutoEscape::None) {
            return minijinja::escape_formatter(out, state, value);
        }
        out.write_str(&escape(&value.to_string()))?;
        Ok(())
    });
    env
}

/// Text made safe inside HTML and XML elements and quoted attributes.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn v<T: Serialize>(x: &T) -> Value {
    Value::from(minijinja::value::Serde(x))
}

/// Every file of the docket's pages and feed, by its path in the folder. (The data files
/// and the decisions' files are the caller's.)
pub fn pages(d: &Docket) -> Result<Vec<(String, String)>, minijinja::Error> {
    let env = env();
    let w = &d.site.words;
    let site = &d.site;
    let mut out = Vec::new();
    let page = |name: &str, ctx: minijinja::Value| env.get_template(name)?.render(ctx);
    out.push((
        "index.html".to_string(),
        page(
            "index.html",
            context! { site => v(site), w => v(w), root => "", page => "index",
            figures => v(&d.figures), cases => v(&d.cases),
            data_files => v(&d.data_files) },
        )?,
    ));
    out.push((
        "jadwal.html".to_string(),
        page(
            "jadwal.html",
            context! { site => v(site), w => v(w), root => "", page => "jadwal",
            schedule => v(&d.schedule) },
        )?,
    ));
    out.push((
        "putusan.html".to_string(),
        page(
            "decisions.html",
            context! { site => v(site), w => v(w), root => "", page => "putusan",
            decisions => v(&d.decisions) },
        )?,
    ));
    for case in &d.pages {
        out.push((
            format!("perkara/{}.html", case.reference),
            page(
                "case.html",
                context! { site => v(site), w => v(w), root => Value::from_safe_string("../".into()), page => "case",
                case => v(case) },
            )?,
        ));
    }
    out.push((
        "feed.xml".to_string(),
        page("feed.xml", context! { site => v(site), feed => v(&d.feed) })?,
    ));
    Ok(out)
}

#[cfg(test)]
mod tests;
