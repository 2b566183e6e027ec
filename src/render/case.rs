//! Cases and their timelines, as tables, CSV and JSON.

use super::{csv_writer, opt, table};
use crate::domain::Date;
use crate::domain::EventKind;
use crate::domain::appeal::{self, Appeal, FinalBy, Finality, Track, TrackStep, Window};
use crate::domain::case::{CaseRecord, EventRecord};
use crate::domain::deadlines::{Standing, Timing, Which};
use crate::domain::hearing::{Hearing, HearingStep};
use crate::domain::lifecycle::Facts;
use crate::domain::workdays::Calendar;
use crate::t;
use serde::Serialize;
use serde_json::{Value, json};
use std::io::{self, Write};

/// The JSON form of a case, the one shape every command writes (`case list`, `case
/// show`, `export`): the register CSV's columns in their order (null for a step not
/// taken), then the case's state, year and serial, then its deadlines as of a date.
pub fn case_json(c: &CaseRecord, t: &Timing) -> Value {
    let f: &Facts = &c.facts;
    json!({
        "register_no": c.register_no,
        "received_on": f.received_on.to_string(),
        "applicant": c.applicant,
        "applicant_kind": c.applicant_kind.as_str(),
        "public_body": c.body,
        "subject": c.subject,
        "qualified_on": f.qualified_on.map(|d| d.to_string()),
        "not_qualified_on": f.not_qualified_on.map(|d| d.to_string()),
        "not_qualified_reason": f.not_qualified_reason.map(|r| r.as_str()),
        "withdrawn_on": f.withdrawn_on.map(|d| d.to_string()),
        "decided_on": f.decided_on.map(|d| d.to_string()),
        "decision_via": f.decision.map(|(v, _)| v.as_str()),
        "decision_outcome": f.decision.map(|(_, o)| o.as_str()),
        "decision_no": f.decision_no,
        "closed_on": f.closed_on.map(|d| d.to_string()),
        "state": c.state.as_str(),
        "year": c.year,
        "serial": c.serial,
        "start_by": t.start_by.to_string(),
        "finish_by": t.finish_by.to_string(),
        "working_days_open": t.working_days_open,
        // A void entry has no deadline to be overdue on.
        "overdue": if c.void.is_some() { vec![] } else { t.overdue().iter().map(|w| w.as_str()).collect::<Vec<_>>() },
        "void": c.void.as_ref().map(|v| json!({
            "on": v.on.to_string(),
            "reason": v.reason.as_str(),
            "of": v.of,
        })),
    })
}

/// The track after a case's decision as `case show` gives it: its appeals, each with its
/// level's window (as the track stands) and whether it was filed late, and the finality.
pub struct AfterDecision<'a> {
    pub track: &'a Track,
    pub appeals: Vec<(&'a Appeal, Option<Window>, bool)>,
    pub finality: Finality,
}

impl<'a> AfterDecision<'a> {
    pub fn of(facts: &Facts, track: &'a Track, cal: &Calendar, as_of: Date) -> Self {
        AfterDecision {
            track,
            appeals: track
                .appeals
                .iter()
                .map(|a| {
                    (
                        a,
                        appeal::window(facts, track, a.level, cal),
                        appeal::is_late(facts, track, a, cal),
                    )
                })
                .collect(),
            finality: appeal::finality(facts, track, cal, as_of),
        }
    }
}

/// The finality, in words: "final on ...", "not final yet: window closes on ..."; `None`
/// for a case without a decision.
pub fn finality_words(f: &Finality) -> Option<String> {
    Some(match f {
        Finality::Undecided => return None,
        Finality::Final {
            on,
            by: FinalBy::NotAppealable,
        } => t!("finality-not-appealable", on = *on),
        Finality::Final {
            on,
            by: FinalBy::WindowClosed(level),
        } => t!("finality-window-closed", on = *on, level = level.as_str()),
        Finality::Final {
            on,
            by: FinalBy::CourtDecision(level),
        } => t!("finality-court-decision", on = *on, level = level.as_str()),
        Finality::Open { level, closes } => {
            t!("finality-open", closes = *closes, level = level.as_str())
        }
        Finality::Pending {
            level,
            court,
            filed_on,
        } => t!(
            "finality-pending",
            court = court.as_str(),
            level = level.as_str(),
            filed = *filed_on
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

fn appeal_json((a, w, late): &(&Appeal, Option<Window>, bool)) -> Value {
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

/// The appeal track of `case show`: the service, the finality, the appeals.
fn track_table(out: &mut impl Write, after: &AfterDecision) -> io::Result<()> {
    if let Some(on) = after.track.served_on {
        writeln!(out, "{}", t!("show-served", on = on))?;
    }
    if let Some(words) = finality_words(&after.finality) {
        writeln!(out, "{words}")?;
    }
    if after.appeals.is_empty() {
        return Ok(());
    }
    let mut t = table(&[
        "level",
        "court",
        "by",
        "filed",
        "window closes",
        "late",
        "court no.",
        "decided",
        "outcome",
    ]);
    for (a, w, late) in &after.appeals {
        t.add_row([
            a.level.to_string(),
            a.court.to_string(),
            a.by.to_string(),
            a.filed_on.to_string(),
            w.map(|w| w.closes.to_string()).unwrap_or_default(),
            if *late {
                t!("show-late")
            } else {
                String::new()
            },
            opt(&a.court_no),
            opt(&a.decided.map(|d| d.on)),
            opt(&a.decided.map(|d| d.outcome)),
        ]);
    }
    writeln!(out, "{t}")
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
}

/// What happened, in words: the step and its particulars.
pub fn describe(e: &EventRecord) -> String {
    match e.kind {
        EventKind::Add => "entered (application received)".into(),
        EventKind::Qualify => "qualified".into(),
        EventKind::Reject => format!("does not qualify: {}", opt(&e.reason)),
        EventKind::Withdraw => "withdrawn by the applicant".into(),
        EventKind::Decide => {
            let mut s = format!("decided via {}: {}", opt(&e.via), opt(&e.outcome));
            if let Some(n) = &e.decision_no {
                s += &format!(" (decision {n})");
            }
            s
        }
        EventKind::Close => "closed".into(),
        EventKind::Undo => format!(
            "undo of step {}: {}",
            opt(&e.reverts),
            e.detail.as_deref().unwrap_or("")
        ),
        EventKind::Edit => format!("corrected {}", e.detail.as_deref().unwrap_or("")),
        EventKind::HearingSchedule
        | EventKind::HearingHeld
        | EventKind::HearingPostpone
        | EventKind::HearingCancel => match &e.hearing {
            Some(step) => describe_hearing(step),
            None => e.kind.label(crate::domain::Lang::En).to_string(),
        },
        EventKind::Serve => t!("event-serve"),
        EventKind::AppealFile | EventKind::AppealDecide => match &e.track {
            Some(step) => describe_track(step),
            None => e.kind.label(crate::domain::Lang::En).to_string(),
        },
        EventKind::Void => match &e.void {
            Some((reason, of)) => {
                let mut s = t!("event-void", reason = reason.as_str());
                if let Some(of) = of {
                    s += &t!("event-void-of", of = of);
                }
                s
            }
            None => e.kind.label(crate::domain::Lang::En).to_string(),
        },
    }
}

/// A step of the appeal track, in words.
pub fn describe_track(step: &TrackStep) -> String {
    let (mut s, court_no) = match step {
        TrackStep::Serve => return t!("event-serve"),
        TrackStep::File {
            level,
            court,
            by,
            court_no,
        } => (
            t!(
                "event-appeal-file",
                level = level.as_str(),
                court = court.as_str(),
                by = by.as_str()
            ),
            court_no,
        ),
        TrackStep::Decide {
            level,
            outcome,
            court_no,
        } => (
            t!(
                "event-appeal-decide",
                level = level.as_str(),
                outcome = outcome.as_str()
            ),
            court_no,
        ),
    };
    if let Some(n) = court_no {
        s += &t!("event-court-no", no = n);
    }
    s
}

/// A hearing step, in words.
pub fn describe_hearing(step: &HearingStep) -> String {
    match step {
        HearingStep::Schedule {
            no,
            kind,
            on,
            at,
            room,
            ..
        } => {
            let mut s = format!("hearing {no} ({kind}) scheduled for {on}");
            if let Some(at) = at {
                s += &format!(" at {at}");
            }
            if let Some(room) = room {
                s += &format!(", {room}");
            }
            s
        }
        HearingStep::Postpone { no, to, reason } => {
            format!("hearing {no} postponed to {to}: {reason}")
        }
        HearingStep::Cancel { no, reason } => format!("hearing {no} cancelled: {reason}"),
        HearingStep::Held {
            no,
            applicant,
            respondent,
        } => format!("hearing {no} held (applicant {applicant}, respondent {respondent})"),
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
    }
}

/// Where a case stands against a deadline, in words: "met (started 2017-03-09)",
/// "3 working days left", "overdue by 12 working days", ...
pub fn standing(which: Which, s: Standing) -> String {
    let done = match which {
        Which::Start => "started or ended",
        Which::Finish => "ended",
    };
    let days = |n: i64| format!("{n} working day{}", if n == 1 { "" } else { "s" });
    match s {
        Standing::Met { on } => format!("met ({done} {on})"),
        Standing::Late { on, by } => format!("late ({done} {on}, {} late)", days(by)),
        Standing::Left(0) => "due today".into(),
        Standing::Left(n) => format!("{} left", days(n)),
        Standing::Overdue(n) => format!("overdue by {}", days(n)),
    }
}

/// A case's hearings as they stand, and the hearings its dispute may lapse by.
pub struct Hearings<'a> {
    pub list: &'a [Hearing],
    pub may_lapse: Option<&'a [i64]>,
}

/// The lapse flag: `may lapse: absent from hearings 2 and 3 (PERKI 1/2013)`.
pub fn lapse_flag(nos: &[i64]) -> String {
    let nos: Vec<String> = nos.iter().map(i64::to_string).collect();
    let listed = match nos.split_last() {
        Some((last, init)) if !init.is_empty() => format!("{} and {last}", init.join(", ")),
        _ => nos.concat(),
    };
    format!("may lapse: absent from hearings {listed} (PERKI 1/2013)")
}

/// The JSON form of a hearing: the hearings CSV's columns but the case's number.
pub fn hearing_json(h: &Hearing) -> Value {
    json!({
        "no": h.no,
        "kind": h.kind.as_str(),
        "on_date": h.on.to_string(),
        "at": h.at,
        "room": h.room,
        "panel": h.panel,
        "status": h.status.as_str(),
        "first_on": h.first_on.to_string(),
        "postponements": h.postponements,
        "applicant": h.applicant.map(|a| a.as_str()),
        "respondent": h.respondent.map(|a| a.as_str()),
        "reason": h.reason,
    })
}

/// The hearings table of `case show`, then the lapse flag (nothing without hearings).
fn hearings_table(out: &mut impl Write, hearings: &Hearings) -> io::Result<()> {
    if hearings.list.is_empty() {
        return Ok(());
    }
    let mut t = table(&[
        "hearing",
        "kind",
        "date",
        "time",
        "room",
        "panel",
        "status",
        "applicant",
        "respondent",
        "postponed",
        "reason",
    ]);
    for h in hearings.list {
        let postponed = match h.postponements {
            0 => String::new(),
            n => format!("{n}× (first set for {})", h.first_on),
        };
        t.add_row([
            h.no.to_string(),
            h.kind.to_string(),
            h.on.to_string(),
            opt(&h.at),
            opt(&h.room),
            opt(&h.panel),
            h.status.to_string(),
            opt(&h.applicant),
            opt(&h.respondent),
            postponed,
            opt(&h.reason),
        ]);
    }
    writeln!(out, "{t}")?;
    if let Some(nos) = hearings.may_lapse {
        writeln!(out, "{}", lapse_flag(nos))?;
    }
    Ok(())
}

pub fn show_table(
    out: &mut impl Write,
    c: &CaseRecord,
    t: &Timing,
    events: &[EventRecord],
    hearings: &Hearings,
    after: &AfterDecision,
) -> io::Result<()> {
    let v = case_json(c, t);
    let mut fields = table(&["field", "value"]);
    for (k, val) in v.as_object().expect("an object") {
        let s = match val {
            Value::Null => "-".to_string(),
            Value::String(s) => s.clone(),
            Value::Array(a) => a
                .iter()
                .map(|x| x.as_str().unwrap_or_default())
                .collect::<Vec<_>>()
                .join(", "),
            other => other.to_string(),
        };
        if k == "void" {
            continue;
        }
        fields.add_row([k.as_str(), s.as_str()]);
    }
    writeln!(out, "{fields}")?;
    if let Some(v) = &c.void {
        let mut line = t!("show-void", on = v.on, reason = v.reason.as_str());
        if let Some(of) = &v.of {
            line += &t!("event-void-of", of = of);
        }
        writeln!(out, "{line}")?;
    } else {
        writeln!(
            out,
            "start by {} (14 working days, Art. 38(1)): {}",
            t.start_by,
            standing(Which::Start, t.start)
        )?;
        writeln!(
            out,
            "finish by {} (100 working days, Art. 38(2)): {}",
            t.finish_by,
            standing(Which::Finish, t.finish)
        )?;
    }
    track_table(out, after)?;
    let mut t = table(&[
        "#",
        "date",
        "what happened",
        "state",
        "actor",
        "recorded (UTC)",
        "note",
    ]);
    for e in events {
        let mut what = describe(e);
        if let Some(by) = e.reverted_by {
            what = format!("[reverted by #{by}] {what}");
        }
        let state = match e.from_state {
            Some(f) if f != e.to_state => format!("{f} -> {}", e.to_state),
            _ => e.to_state.to_string(),
        };
        t.add_row([
            e.seq.to_string(),
            e.on.to_string(),
            what,
            state,
            e.actor.clone(),
            e.recorded_at.clone(),
            e.note.clone().unwrap_or_default(),
        ]);
    }
    writeln!(out, "{t}")?;
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
    let mut v = case_json(c, t);
    v["served_on"] = json!(after.track.served_on.map(|d| d.to_string()));
    v["appeals"] = after.appeals.iter().map(appeal_json).collect();
    v["finality"] = finality_json(&after.finality);
    let timeline: Vec<EventJson> = events.iter().map(event_json).collect();
    v["timeline"] = serde_json::to_value(timeline).map_err(io::Error::from)?;
    v["hearings"] = hearings.list.iter().map(hearing_json).collect();
    v["may_lapse"] = json!(hearings.may_lapse);
    serde_json::to_writer_pretty(&mut *out, &v)?;
    writeln!(out)
}

/// The timeline as CSV, one event a row, naming the case on each.
pub fn show_csv(out: &mut impl Write, c: &CaseRecord, events: &[EventRecord]) -> csv::Result<()> {
    let mut w = csv_writer(out);
    w.write_record([
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
        w.write_record([
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
