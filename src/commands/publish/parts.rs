//! The pieces the docket is made of: a hearing as a public page shows it, a feed entry's
//! words, the figures of the year, the redacted case list, and the decision files found
//! in the clerk's folder.

use super::words::{date, day_date, decimal, time};
use crate::domain::case::{CaseRecord, EventRecord};
use crate::domain::hearing::{Hearing, HearingStep};
use crate::domain::paper::words::Zone;
use crate::domain::recap::{Cell, Column, TOTAL, View};
use crate::domain::{Date, EventKind, HearingStatus, Lang};
use crate::error::Result;
use crate::render::human::percent_in;
use crate::render::publish::{CasePage, Fact, Sitting};
use crate::render::recap::plain;
use crate::t;
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;

pub fn fact(label: String, value: String) -> Fact {
    Fact {
        key: String::new(),
        label,
        value,
        raw: String::new(),
    }
}

/// A hearing as a public page shows it: no reason for a postponement or a cancellation
/// (a clerk's free text), no attendance.
pub fn sitting(
    c: &CaseRecord,
    h: &Hearing,
    applicant: &str,
    reference: &str,
    lang: Lang,
    zone: Zone,
) -> Sitting {
    let status = match h.status {
        HearingStatus::Scheduled if h.postponements > 0 => {
            t!("publish-hearing-postponed", from = date(h.first_on, lang))
        }
        HearingStatus::Scheduled => String::new(),
        s => s.label(lang).to_string(),
    };
    Sitting {
        no: h.no,
        date: day_date(h.on, lang),
        time: h
            .at
            .as_deref()
            .map(|a| time(a, zone, lang))
            .unwrap_or_else(|| "-".into()),
        room: h.room.clone().unwrap_or_else(|| "-".into()),
        reference: reference.to_string(),
        register_no: c.register_no.clone(),
        applicant: applicant.to_string(),
        body: c.body.clone(),
        agenda: t!(
            "publish-hearing-agenda",
            no = h.no,
            kind = h.kind.label(lang)
        ),
        panel: h.panel.clone().unwrap_or_else(|| "-".into()),
        status,
    }
}

/// A feed entry's title and summary for a decision or a change of the schedule.
pub fn announced(c: &CaseRecord, e: &EventRecord, lang: Lang) -> Option<(String, String)> {
    let no = c.register_no.as_str();
    match (e.kind, &e.hearing) {
        (EventKind::Decide, _) => {
            let (via, outcome) = (e.via?, e.outcome?);
            Some((
                t!(
                    "publish-feed-decision",
                    register_no = no,
                    outcome = outcome.label(lang)
                ),
                t!(
                    "publish-feed-decision-summary",
                    on = date(e.on, lang),
                    route = via.label(lang),
                    body = c.body.as_str()
                ),
            ))
        }
        (
            _,
            Some(HearingStep::Schedule {
                no: n, kind, on, ..
            }),
        ) => Some((
            t!("publish-feed-scheduled", register_no = no, n = *n),
            t!(
                "publish-feed-scheduled-summary",
                on = day_date(*on, lang),
                kind = kind.label(lang)
            ),
        )),
        (_, Some(HearingStep::Postpone { no: n, to, .. })) => Some((
            t!("publish-feed-postponed", register_no = no, n = *n),
            t!("publish-feed-postponed-summary", on = day_date(*to, lang)),
        )),
        (_, Some(HearingStep::Cancel { no: n, .. })) => Some((
            t!("publish-feed-cancelled", register_no = no, n = *n),
            t!("publish-feed-cancelled-summary"),
        )),
        _ => None,
    }
}

/// Which row of a recap view the index shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The row of the year (the view limited to it), its first column the year.
    Year,
    /// The total row of every year, or the one row of a view without years.
    Total,
}

/// The row `pick` names in a view, a figure a line: its value as a reader writes it (a
/// rate as a percentage) and as `recap --format json` gives it.
pub fn figure_row(view: &View, pick: Pick, year: i32, lang: Lang) -> Vec<Fact> {
    let lead = |c: Option<&Cell>| match pick {
        Pick::Year => matches!(c, Some(Cell::Int(y)) if *y == i64::from(year)),
        Pick::Total => matches!(c, Some(Cell::Label(l)) if l.key == TOTAL.key),
    };
    let (row, skip) = match view.rows.iter().find(|r| lead(r.first())) {
        Some(row) => (row, 1),
        // A view without years (the waiting time) has one row and no leading column.
        None if pick == Pick::Total && view.rows.len() == 1 => (&view.rows[0], 0),
        None => return Vec::new(),
    };
    view.columns
        .iter()
        .zip(row)
        .skip(skip)
        .map(|(col, cell)| Fact {
            key: col.key.to_string(),
            label: col.label(lang).to_string(),
            value: match cell {
                Cell::Int(n) => n.to_string(),
                Cell::Num(x) if col.key.ends_with("_rate") => percent_in(lang, *x, 1),
                Cell::Num(x) => decimal(*x, lang),
                Cell::Text(s) => s.clone(),
                Cell::Label(l) => l.label(lang).to_string(),
                Cell::Empty => "-".into(),
            },
            raw: plain(cell),
        })
        .collect()
}

/// The decision files in the clerk's folder, by file stem (the first name in order when
/// two files share a stem: `x.pdf` before `x.txt`, say).
pub fn decision_files(dir: Option<&std::path::Path>) -> Result<HashMap<String, (String, PathBuf)>> {
    let mut found = HashMap::new();
    let Some(dir) = dir else {
        return Ok(found);
    };
    let entries = std::fs::read_dir(dir).map_err(|e| {
        crate::error::Error::invalid(t!(
            "publish-decisions-dir-unreadable",
            dir = dir.display().to_string(),
            why = e.to_string()
        ))
        .with_hint(t!("publish-decisions-dir-unreadable-hint"))
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    for p in files {
        let (Some(stem), Some(name)) = (p.file_stem(), p.file_name()) else {
            continue;
        };
        let (Some(stem), Some(name)) = (stem.to_str(), name.to_str()) else {
            continue;
        };
        found
            .entry(stem.to_string())
            .or_insert_with(|| (name.to_string(), p.clone()));
    }
    Ok(found)
}

/// The package's name: `sengketa-` and the commission's code, lower case, `-` for the rest.
pub fn package_name(code: &str) -> String {
    let code: String = code
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    if code.is_empty() {
        "sengketa".into()
    } else {
        format!("sengketa-{code}")
    }
}

fn col(key: &'static str, en: &'static str, id: &'static str) -> Column {
    Column {
        key: Cow::Borrowed(key),
        en: Cow::Borrowed(en),
        id: Cow::Borrowed(id),
    }
}

fn label(key: &'static str, en: &'static str, id: &'static str) -> Cell {
    Cell::Label(col(key, en, id))
}

/// The redacted case list: what the case pages show, a case a row (the applicant as the
/// pages name them; no subject, no contact).
pub fn case_list(cases: &[CaseRecord], pages: &[CasePage], today: Date) -> View {
    let columns = vec![
        col("reference", "Reference", "Rujukan"),
        col("register_no", "Register number", "Nomor register"),
        col("received_on", "Received", "Diterima"),
        col("applicant", "Applicant", "Pemohon"),
        col("applicant_kind", "Applicant kind", "Jenis pemohon"),
        col("body", "Public body", "Badan publik"),
        col("state", "State", "Status"),
        col("qualified_on", "Qualified", "Memenuhi syarat"),
        col("decided_on", "Decided", "Diputus"),
        col("via", "Route", "Jalur"),
        col("outcome", "Outcome", "Hasil"),
        col("decision_no", "Decision number", "Nomor putusan"),
        col("closed_on", "Closed", "Ditutup"),
    ];
    let text = |s: &str| Cell::Text(s.to_string());
    let day = |d: Option<Date>| d.map_or(Cell::Empty, |d| Cell::Text(d.to_string()));
    let rows = cases
        .iter()
        .zip(pages)
        .map(|(c, p)| {
            let f = &c.facts;
            let applicant = p.facts.first().map(|f| f.value.clone()).unwrap_or_default();
            vec![
                text(&p.reference),
                text(&c.register_no),
                Cell::Text(f.received_on.to_string()),
                Cell::Text(applicant),
                label(
                    c.applicant_kind.as_str(),
                    c.applicant_kind.label(Lang::En),
                    c.applicant_kind.label(Lang::Id),
                ),
                text(&c.body),
                label(
                    c.state.as_str(),
                    c.state.label(Lang::En),
                    c.state.label(Lang::Id),
                ),
                day(f.qualified_on),
                day(f.decided_on),
                f.decision.map_or(Cell::Empty, |(v, _)| {
                    label(v.as_str(), v.label(Lang::En), v.label(Lang::Id))
                }),
                f.decision.map_or(Cell::Empty, |(_, o)| {
                    label(o.as_str(), o.label(Lang::En), o.label(Lang::Id))
                }),
                f.decision_no.as_deref().map_or(Cell::Empty, text),
                day(f.closed_on),
            ]
        })
        .collect();
    View::new(columns, rows).as_of(today)
}
