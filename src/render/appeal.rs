//! A case's appeals after its decision, as `case show` gives them: the service, the
//! finality, the appeals, and the appeal steps in words.

use super::table::Fit;
use super::{opt, table};
use crate::domain::Date;
use crate::domain::appeal::{self, Appeal, AppealStep, Appeals, FinalBy, Finality, Window};
use crate::domain::lifecycle::Facts;
use crate::domain::workdays::Calendar;
use crate::t;
use serde_json::{Value, json};
use std::io::{self, Write};

/// A case's appeals after its decision as `case show` gives them: each with its
/// level's window (as the appeals stand) and whether it was filed late, and the finality.
pub struct AfterDecision<'a> {
    pub appeals: &'a Appeals,
    pub windows: Vec<(&'a Appeal, Option<Window>, bool)>,
    pub finality: Finality,
}

impl<'a> AfterDecision<'a> {
    pub fn of(facts: &Facts, appeals: &'a Appeals, cal: &Calendar, as_of: Date) -> Self {
        AfterDecision {
            appeals,
            windows: appeals
                .filed
                .iter()
                .map(|a| {
                    (
                        a,
                        appeal::window(facts, appeals, a.level, cal),
                        appeal::is_late(facts, appeals, a, cal),
                    )
                })
                .collect(),
            finality: appeal::finality(facts, appeals, cal, as_of),
        }
    }
}

/// The finality, in words: "final on ...", "not final yet: window closes on ..."; `None`
/// for a case without a decision. Its dates as people write them ("2 Maret 2026" in
/// Indonesian), like the rest of `case show`.
pub fn finality_words(f: &Finality) -> Option<String> {
    finality_words_dated(f, super::human::date_plain)
}

/// The finality in words with its dates written by `date` (the public docket writes
/// them as a reader does, "1 Juli 2026").
pub fn finality_words_dated(f: &Finality, date: impl Fn(Date) -> String) -> Option<String> {
    Some(match f {
        Finality::Undecided => return None,
        Finality::Final {
            on,
            by: FinalBy::NotAppealable,
        } => t!("finality-not-appealable", on = date(*on)),
        Finality::Final {
            on,
            by: FinalBy::WindowClosed(level),
        } => t!(
            "finality-window-closed",
            on = date(*on),
            level = level.label(crate::i18n::lang())
        ),
        Finality::Final {
            on,
            by: FinalBy::CourtDecision(level),
        } => t!(
            "finality-court-decision",
            on = date(*on),
            level = level.label(crate::i18n::lang())
        ),
        Finality::Open { level, closes } => {
            t!(
                "finality-open",
                closes = date(*closes),
                level = level.label(crate::i18n::lang())
            )
        }
        Finality::Pending {
            level,
            court,
            filed_on,
        } => t!(
            "finality-pending",
            court = court.label(crate::i18n::lang()),
            level = level.label(crate::i18n::lang()),
            filed = date(*filed_on)
        ),
    })
}

/// The finality as JSON: its status, the day it became final, the window's last day.
pub fn finality_json(f: &Finality) -> Value {
    let (status, final_on, closes) = match f {
        Finality::Undecided => ("undecided", None, None),
        Finality::Final { on, .. } => ("final", Some(*on), None),
        Finality::Open { closes, .. } => ("window_open", None, Some(*closes)),
        Finality::Pending { .. } => ("appeal_pending", None, None),
    };
    json!({
        "status": status,
        "final_on": final_on.map(|d| d.to_string()),
        "window_closes": closes.map(|d| d.to_string()),
    })
}

pub fn appeal_json((a, w, late): &(&Appeal, Option<Window>, bool)) -> Value {
    json!({
        "level": a.level.as_str(),
        "court": a.court.as_str(),
        "by": a.by.as_str(),
        "filed_on": a.filed_on.to_string(),
        "window_closes": w.map(|w| w.closes.to_string()),
        "late": late,
        "court_no": a.court_no,
        "decided_on": a.decided.map(|d| d.on.to_string()),
        "outcome": a.decided.map(|d| d.outcome.as_str()),
    })
}

/// The lines of `case show`'s sheet on what followed the decision: the day the parties
/// received it, and its finality.
pub fn appeal_lines(after: &AfterDecision) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    if let Some(on) = after.appeals.served_on {
        lines.push((t!("show-served-label"), crate::render::human::date(on)));
    }
    if let Some(words) = finality_words(&after.finality) {
        lines.push((t!("show-finality-label"), words));
    }
    lines
}

/// The appeals of `case show`, a row each: nothing when there is none.
pub fn appeals_table(out: &mut impl Write, after: &AfterDecision) -> io::Result<()> {
    if after.windows.is_empty() {
        return Ok(());
    }
    let lang = crate::i18n::lang();
    let mut t = table(&[
        t!("appeal-col-level"),
        t!("appeal-col-court"),
        t!("appeal-col-by"),
        t!("appeal-col-filed"),
        t!("appeal-col-closes"),
        t!("appeal-col-court-no"),
        t!("appeal-col-decided"),
        t!("appeal-col-outcome"),
    ]);
    // At 80 columns the court's number goes first, then the window's last day.
    t.fit(2, Fit::Cut(9))
        .fit(4, Fit::Drop(2))
        .fit(5, Fit::Drop(1))
        .fit(7, Fit::Cut(12));
    t.dates(3, 0).dates(4, 0).dates(6, 0);
    let day = crate::render::human::date_short;
    let shorter = crate::render::human::date_shorter;
    for (a, w, late) in &after.windows {
        let mut filed = day(a.filed_on);
        let mut filed_short = shorter(a.filed_on);
        if *late {
            filed += &format!(", {}", t!("show-late"));
            filed_short += &format!(", {}", t!("show-late"));
        }
        t.add_row([
            a.level.label(lang).to_string(),
            // the courts by their acronyms, in either language: PTUN, PN, MA
            a.court.as_str().to_uppercase(),
            a.by.label(lang).to_string(),
            filed,
            w.map(|w| day(w.closes)).unwrap_or_default(),
            opt(&a.court_no),
            a.decided.map(|d| day(d.on)).unwrap_or_default(),
            a.decided
                .map(|d| d.outcome.label(lang).to_string())
                .unwrap_or_default(),
        ]);
        t.short_cell(3, &filed_short);
        if let Some(w) = w {
            t.short_date(4, w.closes);
        }
        if let Some(d) = a.decided {
            t.short_date(6, d.on);
        }
    }
    writeln!(out, "\n{}\n{t}", t!("show-appeals"))
}

/// An appeal step (service, filing, court decision), in words.
pub fn describe_appeal_step(step: &AppealStep) -> String {
    let (mut s, court_no) = match step {
        AppealStep::Serve => return t!("event-serve"),
        AppealStep::File {
            level,
            court,
            by,
            court_no,
        } => (
            t!(
                "event-appeal-file",
                level = level.label(crate::i18n::lang()),
                court = court.label(crate::i18n::lang()),
                by = by.label(crate::i18n::lang())
            ),
            court_no,
        ),
        AppealStep::Decide {
            level,
            outcome,
            court_no,
        } => (
            t!(
                "event-appeal-decide",
                level = level.label(crate::i18n::lang()),
                outcome = outcome.label(crate::i18n::lang())
            ),
            court_no,
        ),
    };
    if let Some(n) = court_no {
        s += &t!("event-court-no", no = n);
    }
    s
}
