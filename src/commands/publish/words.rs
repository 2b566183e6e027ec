//! The public pages' words, from the catalogue, by the short names the templates use
//! (`w.nav_home`), and dates, times and numbers as a reader of each language writes them.

use crate::domain::paper::words::{Zone, date_long, day_and_date, time_of_day};
use crate::domain::{Date, Lang};
use crate::t;
use std::collections::BTreeMap;

/// Every word the templates use. A template that names one missing here fails to render
/// (strict undefined), which the tests would catch.
pub fn words() -> BTreeMap<&'static str, String> {
    BTreeMap::from([
        ("nav_home", t!("publish-nav-home")),
        ("nav_schedule", t!("publish-nav-schedule")),
        ("nav_decisions", t!("publish-nav-decisions")),
        ("nav_data", t!("publish-nav-data")),
        ("nav_feed", t!("publish-nav-feed")),
        ("head_label", t!("publish-head-label")),
        ("index_title", t!("publish-index-title")),
        ("index_about", t!("publish-index-about")),
        ("figure", t!("publish-figure")),
        ("value", t!("publish-value")),
        ("no_figures", t!("publish-no-figures")),
        ("cases_title", t!("publish-cases-title")),
        ("register_no", t!("publish-register-no")),
        ("received", t!("publish-received")),
        ("respondent", t!("publish-respondent")),
        ("stage", t!("publish-stage")),
        ("no_cases", t!("publish-no-cases")),
        ("data_title", t!("publish-data-heading")),
        ("data_about", t!("publish-data-about")),
        ("schedule_title", t!("publish-schedule-title")),
        ("date", t!("publish-date")),
        ("time", t!("publish-time")),
        ("room", t!("publish-room")),
        ("parties", t!("publish-parties")),
        ("agenda", t!("publish-agenda")),
        ("panel", t!("publish-panel")),
        ("versus", t!("publish-versus")),
        ("no_hearings", t!("publish-no-hearings")),
        ("schedule_note", t!("publish-schedule-note")),
        ("case_title", t!("publish-case-title")),
        ("hearings_title", t!("publish-hearings-title")),
        ("hearing_no", t!("publish-hearing-no")),
        ("hearing_status", t!("publish-hearing-status")),
        ("no_case_hearings", t!("publish-no-case-hearings")),
        ("decision_title", t!("publish-decision-title")),
        ("no_decision", t!("publish-no-decision")),
        ("appeals_title", t!("publish-appeals-title")),
        ("appeal_level", t!("publish-appeal-level")),
        ("appeal_court", t!("publish-appeal-court")),
        ("appeal_by", t!("publish-appeal-by")),
        ("appeal_filed", t!("publish-appeal-filed")),
        ("appeal_court_no", t!("publish-appeal-court-no")),
        ("appeal_outcome", t!("publish-appeal-outcome")),
        ("case_note", t!("publish-case-note")),
        ("decisions_title", t!("publish-decisions-title")),
        ("decisions_about", t!("publish-decisions-about")),
        ("decision_no", t!("publish-decision-no")),
        ("decision_date", t!("publish-decision-date")),
        ("grounds", t!("publish-grounds")),
        ("route", t!("publish-route")),
        ("outcome", t!("publish-outcome")),
        ("document", t!("publish-document")),
        ("document_link", t!("publish-document-link")),
        ("document_missing", t!("publish-document-missing")),
        ("no_decisions", t!("publish-no-decisions")),
    ])
}

/// A date as a reader writes it: "1 Desember 2026", "1 December 2026".
pub fn date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::Id => date_long(d),
        Lang::En => d.naive().format("%-d %B %Y").to_string(),
    }
}

/// A date with its day: "Selasa, 1 Desember 2026", "Tuesday, 1 December 2026".
pub fn day_date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::Id => day_and_date(d),
        Lang::En => d.naive().format("%A, %-d %B %Y").to_string(),
    }
}

/// A hearing's time: "pukul 09.00 WIB", "09:00 WIB".
pub fn time(at: &str, zone: Zone, lang: Lang) -> String {
    match lang {
        Lang::Id => time_of_day(at, zone),
        Lang::En => format!("{at} {}", zone.as_str()),
    }
}

/// A measure: a decimal comma in Indonesian ("42,5"), a point in English.
pub fn decimal(x: f64, lang: Lang) -> String {
    let s = if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x}")
    };
    match lang {
        Lang::Id => s.replace('.', ","),
        Lang::En => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_times_and_numbers_as_each_language_writes_them() {
        let d = Date::parse("2026-12-01").unwrap();
        assert_eq!(date(d, Lang::Id), "1 Desember 2026");
        assert_eq!(day_date(d, Lang::Id), "Selasa, 1 Desember 2026");
        assert_eq!(day_date(d, Lang::En), "Tuesday, 1 December 2026");
        assert_eq!(time("09:30", Zone::Wita, Lang::Id), "pukul 09.30 WITA");
        assert_eq!(time("09:30", Zone::Wib, Lang::En), "09:30 WIB");
        assert_eq!(decimal(42.62, Lang::Id), "42,62");
        assert_eq!(decimal(42.0, Lang::En), "42");
    }
}
