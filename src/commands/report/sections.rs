//! The report's sections, in order: each a recap view, how it is introduced, when it has
//! something to show, and when it is left out with a sentence instead.

use crate::commands::recap::{By, What};
use crate::domain::recap::{Cell, View, is_total};
use crate::t;

/// A section of the report: a recap view and how it is introduced. To add one, add its
/// entry here.
pub(super) struct Section {
    /// Its anchor in the page.
    pub key: &'static str,
    pub what: What,
    pub title: fn() -> String,
    pub about: fn() -> String,
    /// Whether it has anything to show.
    pub shown: fn(&View) -> bool,
    /// The sentence said instead of its chart and table, when what it would show says
    /// nothing (why, and how to fill it).
    pub left_out: fn(&View) -> Option<String>,
}

fn has_rows(v: &View) -> bool {
    !v.rows.is_empty()
}

/// Some count of the view (after its leading cells) is not zero.
fn any_count(v: &View) -> bool {
    v.rows.iter().any(|r| {
        r.iter()
            .skip(1)
            .any(|c| matches!(c, Cell::Int(n) if *n > 0))
    })
}

/// Some case of the view has ended (a count in its `ended` column).
fn any_ended(v: &View) -> bool {
    count_in(v, "ended")
}

/// Some decision falls in the years of the view (a count in its `decisions` column).
fn any_decided(v: &View) -> bool {
    count_in(v, "decisions")
}

fn count_in(v: &View, key: &str) -> bool {
    let Some(i) = v.columns.iter().position(|c| c.key == key) else {
        return false;
    };
    v.rows
        .iter()
        .any(|r| matches!(r.get(i), Some(Cell::Int(n)) if *n > 0))
}

fn never(_: &View) -> Option<String> {
    None
}

/// Every body of the view is of the kind "other": the kinds were never set (an imported
/// register's bodies), so a table of "other" would say nothing.
fn kinds_unset(v: &View) -> Option<String> {
    let i = v.columns.iter().position(|c| c.key == "body_kind")?;
    let all_other = v
        .rows
        .iter()
        .filter(|r| !is_total(r))
        .all(|r| matches!(r.get(i), Some(Cell::Label(l)) if l.key == "other"));
    all_other.then(|| t!("report-body-kinds-left-out"))
}

pub(super) const SECTIONS: [Section; 12] = [
    Section {
        key: "recap",
        what: What::Paper,
        title: || t!("report-paper-title"),
        about: || t!("report-paper-about"),
        shown: has_rows,
        left_out: never,
    },
    Section {
        key: "flow",
        what: What::Flow,
        title: || t!("report-flow-title"),
        about: || t!("report-flow-about"),
        shown: has_rows,
        left_out: never,
    },
    Section {
        key: "clearance",
        what: What::Clearance,
        title: || t!("report-clearance-title"),
        about: || t!("report-clearance-about"),
        shown: any_count,
        left_out: never,
    },
    Section {
        key: "months",
        what: What::By(By::Month),
        title: || t!("report-months-title"),
        about: || t!("report-months-about"),
        shown: any_count,
        left_out: never,
    },
    Section {
        key: "ages",
        what: What::Ages,
        title: || t!("report-ages-title"),
        about: || t!("report-ages-about"),
        shown: any_count,
        left_out: never,
    },
    Section {
        key: "waiting",
        what: What::Waiting,
        title: || t!("report-waiting-title"),
        about: || t!("report-waiting-about"),
        shown: |v| {
            v.rows.iter().any(|r| {
                r.iter()
                    .take(2)
                    .any(|c| matches!(c, Cell::Int(n) if *n > 0))
            })
        },
        left_out: never,
    },
    Section {
        key: "stages",
        what: What::Stages,
        title: || t!("report-stages-title"),
        about: || t!("report-stages-about"),
        shown: |v| count_in(v, "cases"),
        left_out: never,
    },
    Section {
        key: "outcomes",
        what: What::By(By::Outcome),
        title: || t!("report-outcomes-title"),
        about: || t!("report-outcomes-about"),
        shown: has_rows,
        left_out: never,
    },
    Section {
        key: "times",
        what: What::Times,
        title: || t!("report-times-title"),
        about: || t!("report-times-about"),
        shown: any_ended,
        left_out: never,
    },
    Section {
        key: "hearings",
        what: What::Hearings,
        title: || t!("report-hearings-title"),
        about: || t!("report-hearings-about"),
        shown: any_count,
        left_out: never,
    },
    Section {
        key: "body-kinds",
        what: What::By(By::BodyKind),
        title: || t!("report-body-kinds-title"),
        about: || t!("report-body-kinds-about"),
        shown: has_rows,
        left_out: kinds_unset,
    },
    Section {
        key: "appeals",
        what: What::Appeals,
        title: || t!("report-appeals-title"),
        about: || t!("report-appeals-about"),
        shown: any_decided,
        left_out: never,
    },
];
