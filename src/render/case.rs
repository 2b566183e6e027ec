//! Cases and their timelines, as tables, CSV and JSON.

use super::appeal::{
    AfterDecision, appeal_json, appeal_lines, appeals_table, describe_appeal_step, finality_json,
};
use super::human::date;
use super::json::{CaseJson, HearingJson};
use super::table::{Fit, sheet};
use super::{CsvOut, Dialect, Table, opt, table};
use crate::domain::case::{CaseRecord, EventRecord};
use crate::domain::deadlines::{Deadline, Standing, Timing};
use crate::domain::hearing::{Hearing, HearingStep};
use crate::domain::{EventKind, Pinned};
use crate::t;
use hearings::hearings_table;
use serde::Serialize;
use std::io::{self, Write};

mod hearings;
mod history;
use history::{history_in_full, what_of};

/// `case show --format json`: the case's one shape, then its timeline, hearings and lapse
/// flag.
#[derive(Serialize)]
struct ShowJson<'a> {
    #[serde(flatten)]
    case: CaseJson<'a>,
    served_on: Option<String>,
    appeals: Vec<serde_json::Value>,
    finality: serde_json::Value,
    timeline: Vec<EventJson<'a>>,
    hearings: Vec<HearingJson<'a>>,
    may_lapse: Option<&'a [i64]>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    seq: i64,
    on: String,
    kind: &'static str,
    from_state: Option<&'static str>,
    to_state: &'static str,
    what: String,
    actor: &'a str,
    recorded_at: &'a str,
    note: Option<&'a str>,
    reverts: Option<i64>,
    reverted_by: Option<i64>,
    /// The clock the environment pinned when it was recorded (`today`, `now`,
    /// `today_now`), if it did.
    pinned: Option<&'static str>,
}

/// What happened, in words (the run's language): the step and its particulars.
pub fn describe(e: &EventRecord) -> String {
    let mut s = describe_step(e);
    for (what, reason) in &e.overrides {
        s += &format!(
            " [{}]",
            t!("event-override", flag = what.as_str(), reason = reason)
        );
    }
    s
}

/// [`describe`] without the overrides.
fn describe_step(e: &EventRecord) -> String {
    let lang = crate::i18n::lang();
    let label = |w: Option<&'static str>| w.unwrap_or_default();
    match e.kind {
        EventKind::Add => t!("event-add"),
        EventKind::Qualify => t!("event-qualify"),
        EventKind::Reject => t!(
            "event-reject",
            reason = label(e.reason.map(|r| r.label(lang)))
        ),
        EventKind::Withdraw => t!("event-withdraw"),
        EventKind::Decide => {
            let s = t!(
                "event-decide",
                via = label(e.via.map(|v| v.label(lang))),
                outcome = label(e.outcome.map(|o| o.label(lang)))
            );
            match &e.decision_no {
                Some(n) => format!("{s} ({})", t!("event-decision-no", no = n)),
                None => s,
            }
        }
        EventKind::Close => t!("event-close"),
        EventKind::Undo => t!(
            "event-undo",
            step = e.reverts.unwrap_or_default(),
            reason = e.detail.as_deref().unwrap_or("")
        ),
        EventKind::Edit => t!(
            "event-edit",
            what = super::corrections::corrections(e.detail.as_deref().unwrap_or(""))
        ),
        EventKind::HearingSchedule
        | EventKind::HearingHeld
        | EventKind::HearingPostpone
        | EventKind::HearingCancel => match &e.hearing {
            Some(step) => describe_hearing(step),
            None => e.kind.label(lang).to_string(),
        },
        EventKind::Serve => t!("event-serve"),
        EventKind::AppealFile | EventKind::AppealDecide => match &e.appeal {
            Some(step) => describe_appeal_step(step),
            None => e.kind.label(lang).to_string(),
        },
        EventKind::Void => match &e.void {
            Some((reason, of)) => {
                let mut s = t!("event-void", reason = reason.label(lang));
                if let Some(of) = of {
                    s += &t!("event-void-of", of = of);
                }
                s
            }
            None => e.kind.label(lang).to_string(),
        },
        EventKind::Incomplete => t!("event-incomplete", missing = detail(e)),
        EventKind::NotRegister => {
            let reason = crate::domain::NotRegisteredReason::parse(detail(e));
            t!(
                "event-not-register",
                reason = reason.map_or(detail(e), |r| r.label(lang))
            )
        }
        EventKind::MediationExtend | EventKind::MediationFail => t!(
            "event-mediation-reason",
            step = e.kind.label(lang),
            reason = detail(e)
        ),
        EventKind::Register | EventKind::MediationStart | EventKind::MediationAgree => {
            e.kind.label(lang).to_string()
        }
    }
}

fn detail(e: &EventRecord) -> &str {
    e.detail.as_deref().unwrap_or("")
}

/// A hearing step, in words (the run's language).
pub fn describe_hearing(step: &HearingStep) -> String {
    let lang = crate::i18n::lang();
    match step {
        HearingStep::Schedule {
            no,
            kind,
            on,
            at,
            room,
            ..
        } => {
            let mut s = t!(
                "event-hearing-schedule",
                no = *no,
                kind = kind.label(lang),
                on = super::human::date_plain(*on)
            );
            if let Some(at) = at {
                s += &format!(" {}", t!("event-hearing-at", at = super::human::time(at)));
            }
            if let Some(room) = room {
                s += &format!(", {room}");
            }
            s
        }
        HearingStep::Postpone { no, to, reason } => {
            t!(
                "event-hearing-postpone",
                no = *no,
                to = super::human::date_plain(*to),
                reason = reason
            )
        }
        HearingStep::Cancel { no, reason } => {
            t!("event-hearing-cancel", no = *no, reason = reason)
        }
        HearingStep::Held {
            no,
            applicant,
            respondent,
        } => t!(
            "event-hearing-held",
            no = *no,
            applicant = applicant.label(lang),
            respondent = respondent.label(lang)
        ),
    }
}

fn event_json(e: &EventRecord) -> EventJson<'_> {
    EventJson {
        seq: e.seq,
        on: e.on.to_string(),
        kind: e.kind.as_str(),
        from_state: e.from_state.map(|s| s.as_str()),
        to_state: e.to_state.as_str(),
        what: describe(e),
        actor: &e.actor,
        recorded_at: &e.recorded_at,
        note: e.note.as_deref(),
        reverts: e.reverts,
        reverted_by: e.reverted_by,
        pinned: e.pinned.map(|p| p.as_str()),
    }
}

/// Where a case stands against a deadline, in words: "met (started 2017-03-09)",
/// "3 working days left", "overdue by 12 working days", ...
pub fn standing(which: Deadline, s: Standing) -> String {
    let done = match which {
        Deadline::Start => t!("standing-started"),
        _ => t!("standing-ended"),
    };
    match s {
        Standing::Met { on } => t!(
            "standing-met",
            done = done,
            on = super::human::date_plain(on)
        ),
        Standing::Late { on, by } => t!(
            "standing-late",
            done = done,
            on = super::human::date_plain(on),
            days = by
        ),
        Standing::Left(0) => t!("standing-due-today"),
        Standing::Left(n) => t!("standing-left", days = n),
        Standing::Overdue(n) => t!("standing-overdue", days = n),
    }
}

/// A case's hearings as they stand, and the hearings its dispute may lapse by.
pub struct Hearings<'a> {
    pub list: &'a [Hearing],
    pub may_lapse: Option<&'a [i64]>,
}

/// "2, 3 and 5" (in the run's language).
pub fn and_list(nos: &[i64]) -> String {
    let nos: Vec<String> = nos.iter().map(i64::to_string).collect();
    match nos.split_last() {
        Some((last, init)) if !init.is_empty() => {
            t!("and-list", items = init.join(", "), last = last.as_str())
        }
        _ => nos.concat(),
    }
}

/// The lapse flag: `may lapse: absent from hearings 2 and 3 (PERKI 1/2013)`.
pub fn lapse_flag(nos: &[i64]) -> String {
    t!("lapse-flag", hearings = and_list(nos))
}

/// Why a hearing was postponed or cancelled, in words: a hearing cancelled by the step
/// that ended its case names the step.
fn reason_shown(r: &str) -> String {
    match crate::domain::hearing::ended_by_step(r) {
        Some(kind) => t!(
            "hearing-cancelled-by-step",
            step = kind.label(crate::i18n::lang())
        ),
        None => r.to_string(),
    }
}

/// `case show` for people: the case as labelled lines, its deadlines, its history, its
/// hearings.
pub fn show_table(
    out: &mut impl Write,
    c: &CaseRecord,
    t: &Timing,
    events: &[EventRecord],
    hearings: &Hearings,
    after: &AfterDecision,
) -> io::Result<()> {
    let lang = crate::i18n::lang();
    let f = &c.facts;
    let mut lines = super::intake::number_lines(c);
    lines.extend([
        (t!("show-received"), date(f.received_on)),
        (t!("show-state"), c.state.label(lang).to_string()),
        (
            t!("show-applicant"),
            format!("{} ({})", c.applicant, c.applicant_kind.label(lang)),
        ),
        (t!("show-body"), c.body.clone()),
        (t!("show-subject"), c.subject.clone()),
    ]);
    if let Some(d) = f.qualified_on {
        lines.push((t!("show-qualified"), date(d)));
    }
    if let (Some(d), Some(r)) = (f.not_qualified_on, f.not_qualified_reason) {
        lines.push((
            t!("show-not-qualified"),
            format!("{}: {}", date(d), r.label(lang)),
        ));
    }
    if let Some(d) = f.withdrawn_on {
        lines.push((t!("show-withdrawn"), date(d)));
    }
    if let (Some(d), Some((via, outcome))) = (f.decided_on, f.decision) {
        let mut v = format!("{}, {}: {}", date(d), via.label(lang), outcome.label(lang));
        if let Some(n) = &f.decision_no {
            v += &format!(" ({n})");
        }
        lines.push((t!("show-decided"), v));
    }
    if let Some(d) = f.closed_on {
        lines.push((t!("show-closed"), date(d)));
    }
    if let Some(v) = &c.void {
        // A void entry has no deadlines: it is left out of every count.
        let mut line = t!("show-void", on = date(v.on), reason = v.reason.label(lang));
        if let Some(of) = &v.of {
            line += &t!("event-void-of", of = of);
        }
        lines.push((t!("show-void-label"), line));
    } else {
        // A deadline past the calendar's last day is said so, never shown as that day, nor
        // with the working days left to that day.
        let due = |d: crate::domain::deadlines::Due, which: Deadline, s: Standing| match (
            d.beyond(),
            s,
        ) {
            (true, Standing::Left(_)) => {
                t!("deadline-beyond", last = super::human::date_plain(d.date()))
            }
            (true, _) => format!(
                "{}: {}",
                t!("deadline-beyond", last = super::human::date_plain(d.date())),
                standing(which, s)
            ),
            (false, _) => format!("{}: {}", date(d.date()), standing(which, s)),
        };
        lines.push((
            t!("show-start-by"),
            due(t.start_by, Deadline::Start, t.start),
        ));
        lines.push((
            t!("show-finish-by"),
            due(t.finish_by, Deadline::Finish, t.finish),
        ));
        lines.push((t!("show-days-open"), t.working_days_open.to_string()));
    }
    lines.extend(appeal_lines(after));
    write!(out, "{}", sheet(&lines, super::table::width()))?;
    appeals_table(out, after)?;
    let mut tl = table(&[
        "#".to_string(),
        t!("timeline-date"),
        t!("timeline-what"),
        t!("timeline-state"),
        t!("timeline-actor"),
        t!("timeline-recorded"),
        t!("timeline-note"),
    ]);
    // The description stays (cut to no less than 24 columns, and then listed whole under
    // the table); when space is short, the time of recording goes first, then who, then
    // the note (listed whole under the table too), then the state.
    for (i, fit) in [
        Fit::Keep,
        Fit::Keep,
        Fit::Cut(24),
        Fit::Drop(4),
        Fit::Drop(2),
        Fit::Drop(1),
        Fit::Drop(3),
    ]
    .into_iter()
    .enumerate()
    {
        tl.fit(i, fit);
    }
    tl.dates(1, 0);
    for e in events {
        // The state only where a step changed it (and on the first): a column repeating
        // the same state row after row says nothing.
        let state = match e.from_state {
            Some(from) if from != e.to_state => {
                format!("{} -> {}", from.label(lang), e.to_state.label(lang))
            }
            Some(_) => String::new(),
            None => e.to_state.label(lang).to_string(),
        };
        tl.add_row([
            e.seq.to_string(),
            super::human::date_short(e.on),
            what_of(e),
            state,
            e.actor.clone(),
            super::human::moment_short(&e.recorded_at),
            e.note.clone().unwrap_or_default(),
        ]);
        tl.short_date(1, e.on);
    }
    writeln!(out, "\n{}\n{tl}", t!("show-history"))?;
    history_in_full(out, &tl, events)?;
    let pinned: Vec<i64> = events
        .iter()
        .filter(|e| e.pinned.is_some())
        .map(|e| e.seq)
        .collect();
    let today = events
        .iter()
        .any(|e| matches!(e.pinned, Some(Pinned::Today | Pinned::Both)));
    let now = events
        .iter()
        .any(|e| matches!(e.pinned, Some(Pinned::Now | Pinned::Both)));
    if let Some(clock) = Pinned::of(today, now) {
        let clock = clock.label(lang);
        let line = if pinned.len() == events.len() {
            t!("show-pinned-all", clock = clock)
        } else {
            t!("show-pinned", steps = and_list(&pinned), clock = clock)
        };
        for part in super::table::wrap(&line, super::table::width()) {
            writeln!(out, "{part}")?;
        }
    }
    hearings_table(out, hearings)
}

pub fn show_json(
    out: &mut impl Write,
    c: &CaseRecord,
    t: &Timing,
    events: &[EventRecord],
    hearings: &Hearings,
    after: &AfterDecision,
) -> io::Result<()> {
    let v = ShowJson {
        case: CaseJson::of(c, t),
        served_on: after.appeals.served_on.map(|d| d.to_string()),
        appeals: after.windows.iter().map(appeal_json).collect(),
        finality: finality_json(&after.finality),
        timeline: events.iter().map(event_json).collect(),
        hearings: hearings
            .list
            .iter()
            .map(|h| HearingJson::of(&c.register_no, h))
            .collect(),
        may_lapse: hearings.may_lapse,
    };
    crate::render::safe_json::to_writer_pretty(&mut *out, &v)?;
    writeln!(out)
}

/// The timeline as CSV, one event a row, naming the case on each.
pub fn show_csv(
    out: &mut impl Write,
    dialect: Dialect,
    c: &CaseRecord,
    events: &[EventRecord],
) -> csv::Result<()> {
    let mut w = CsvOut::new(out, dialect)?;
    w.row([
        "register_no",
        "seq",
        "on",
        "kind",
        "from_state",
        "to_state",
        "what",
        "actor",
        "recorded_at",
        "note",
        "reverts",
        "reverted_by",
    ])?;
    for e in events {
        w.row([
            c.register_no.clone(),
            e.seq.to_string(),
            e.on.to_string(),
            e.kind.to_string(),
            opt(&e.from_state),
            e.to_state.to_string(),
            describe(e),
            e.actor.clone(),
            e.recorded_at.clone(),
            e.note.clone().unwrap_or_default(),
            opt(&e.reverts),
            opt(&e.reverted_by),
        ])?;
    }
    w.flush()?;
    Ok(())
}
