//! The agenda as sections of tables, one CSV, JSON, or an iCalendar file of its hearings.

use super::case::{and_list, standing};
use super::json::HearingJson;
use super::table::Fit;
use super::{CsvOut, Dialect, SCHEMA_VERSION, table};
use crate::domain::HearingStatus;
use crate::domain::agenda::Agenda;
use crate::domain::agenda::Listed;
use crate::domain::deadlines::{Deadline, Standing};
use crate::domain::hearing::Hearing;
use crate::error::Result;
use crate::t;
use serde_json::{Value, json};
use std::io::Write;

/// How the agenda is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AgendaFormat {
    Table,
    Csv,
    Json,
    /// iCalendar (RFC 5545): the hearings only
    Ics,
}

pub fn render(
    out: &mut impl Write,
    a: &Agenda<Listed>,
    format: AgendaFormat,
    dialect: Dialect,
    now: &str,
) -> Result<()> {
    match format {
        AgendaFormat::Table => tables(out, a),
        AgendaFormat::Csv => csv(out, dialect, a),
        AgendaFormat::Json => {
            crate::render::safe_json::to_writer_pretty(&mut *out, &json_of(a))?;
            writeln!(out)?;
            Ok(())
        }
        AgendaFormat::Ics => {
            write!(out, "{}", ics(a, now))?;
            Ok(())
        }
    }
}

fn hearing_when(h: &Hearing) -> String {
    h.at.as_deref().map(super::human::time).unwrap_or_default()
}

/// The N of "sidang ke-N" of a listed hearing ("-" for one cancelled).
fn nth_shown(l: &Listed) -> String {
    l.nth.map_or_else(|| "-".to_string(), |n| n.to_string())
}

/// A hearing's status, marked when it clashes with another hearing of the agenda.
fn with_clash(status: String, l: &Listed) -> String {
    match &l.clash {
        Some(other) => format!("{status} {}", t!("agenda-clash", case = other)),
        None => status,
    }
}

fn status_word(h: &Hearing) -> String {
    let lang = crate::i18n::lang();
    match h.status {
        HearingStatus::Scheduled if h.postponements > 0 => format!(
            "{} ({})",
            h.status.label(lang),
            t!(
                "agenda-postponed-from",
                first = super::human::date_shorter(h.first_on)
            )
        ),
        s => s.label(lang).to_string(),
    }
}

/// A deadline's key (CSV, JSON).
fn deadline_word(w: Deadline) -> &'static str {
    w.as_str()
}

/// A deadline in the run's language (tables).
fn deadline_label(w: Deadline) -> String {
    match w {
        Deadline::Start => t!("deadline-start"),
        Deadline::Finish => t!("deadline-finish"),
        w => crate::render::intake::deadline_label(w),
    }
}

fn tables(out: &mut impl Write, a: &Agenda<Listed>) -> Result<()> {
    let lang = crate::i18n::lang();
    writeln!(
        out,
        "{}",
        t!(
            "agenda-title",
            on = a.on,
            until = a.until,
            range = super::human::date_range(a.on, a.until)
        )
    )?;
    writeln!(out, "\n{}", t!("agenda-hearings"))?;
    if a.hearings.is_empty() {
        writeln!(out, "  {}", t!("agenda-none"))?;
    } else {
        let mut t = table(&[
            t!("agenda-date"),
            t!("agenda-time"),
            t!("agenda-room"),
            t!("agenda-case"),
            t!("agenda-hearing"),
            t!("agenda-applicant"),
            t!("agenda-respondent"),
            t!("agenda-status"),
        ]);
        // A clerk reads the agenda for where, who and whether: at 80 columns the register
        // number gives way to the case's short reference first, then the respondent goes;
        // the room and the applicant stay, cut to no less than 12 columns each, and the
        // status stays (a cancelled or postponed hearing must not read as one to hold).
        t.fit(2, Fit::Cut(12))
            .fit(4, Fit::Cut(10))
            .fit(5, Fit::Cut(12))
            .fit(6, Fit::Drop(2))
            .fit(7, Fit::Cut(9));
        t.short_form(3, 1, &t!("list-ref"));
        // The date shortens ("Sel 1 Des") before anything is cut: never "Sel 1 Des…".
        t.dates(0, 1);
        for l in &a.hearings {
            let h = &l.hearing;
            t.add_row([
                super::human::date_short(h.on),
                hearing_when(h),
                h.room.clone().unwrap_or_default(),
                l.case.register_no.clone(),
                format!("{} {}", nth_shown(l), h.kind.label(lang)),
                l.case.applicant.clone(),
                l.case.body.clone(),
                with_clash(status_word(h), l),
            ]);
            t.short_cell(3, &format!("{}/{}", l.case.year, l.case.serial))
                .short_date(0, h.on);
        }
        writeln!(out, "{t}")?;
    }
    writeln!(out, "\n{}", t!("agenda-deadlines"))?;
    if a.due.is_empty() {
        writeln!(out, "  {}", t!("agenda-none"))?;
    } else {
        let mut t = table(&[
            t!("agenda-due"),
            t!("agenda-deadline"),
            t!("agenda-case"),
            t!("agenda-received"),
            t!("agenda-state"),
            t!("agenda-standing"),
        ]);
        t.fit(3, Fit::Drop(1)).fit(5, Fit::Cut(12));
        t.dates(0, 2).dates(3, 2).short_form(2, 2, &t!("list-ref"));
        for d in &a.due {
            let s = d.timing.standing(d.which);
            t.add_row([
                super::human::date_short(d.due),
                deadline_label(d.which),
                d.case.register_no.clone(),
                super::human::date_short(d.case.facts.received_on),
                d.case.state.label(lang).to_string(),
                standing(d.which, s),
            ]);
            t.short_date(0, d.due)
                .short_date(3, d.case.facts.received_on)
                .short_cell(2, &format!("{}/{}", d.case.year, d.case.serial));
        }
        writeln!(out, "{t}")?;
    }
    writeln!(
        out,
        "\n{}",
        t!("agenda-overdue", on = super::human::date_plain(a.on))
    )?;
    if a.overdue.is_empty() {
        writeln!(out, "  {}", t!("agenda-none"))?;
    } else {
        let mut t = table(&[
            t!("agenda-case"),
            t!("agenda-received"),
            t!("agenda-state"),
            t!("agenda-overdue-on"),
            t!("agenda-days-open"),
        ]);
        // The overdue words read whole ("terlambat mulai (14 HK)"): the register number
        // and the date shorten first, then the words lose their days.
        t.right(4).fit(3, Fit::Keep).dates(1, 0);
        t.short_form(0, 1, &t!("list-ref"))
            .short_form(3, 2, &t!("agenda-overdue-on"))
            .short_form(3, 3, &t!("agenda-overdue-on"));
        for (c, tm) in &a.overdue {
            let words = super::list::overdue_words(tm);
            t.add_row([
                c.register_no.clone(),
                super::human::date_short(c.facts.received_on),
                c.state.label(lang).to_string(),
                words.full,
                tm.working_days_open.to_string(),
            ]);
            t.short_cell(0, &format!("{}/{}", c.year, c.serial))
                .short_date(1, c.facts.received_on)
                .shorter_cell(3, 1, &words.several)
                .shorter_cell(3, 2, &words.shorter);
        }
        writeln!(out, "{t}")?;
        if a.more_overdue {
            writeln!(out, "  {}", t!("agenda-more-overdue"))?;
        }
    }
    writeln!(out, "\n{}", t!("agenda-may-lapse"))?;
    if a.may_lapse.is_empty() {
        writeln!(out, "  {}", t!("agenda-none"))?;
    } else {
        for (c, nos) in &a.may_lapse {
            writeln!(
                out,
                "  {}",
                t!(
                    "agenda-lapse-line",
                    case = &c.register_no,
                    applicant = &c.applicant,
                    hearings = and_list(nos)
                )
            )?;
        }
    }
    Ok(())
}

/// The columns of `agenda --format csv`: one row per item, its section first.
const CSV_HEADER: [&str; 10] = [
    "section",
    "date",
    "time",
    "register_no",
    "what",
    "room",
    "applicant",
    "public_body",
    "status",
    "working_days",
];

fn csv(out: &mut impl Write, dialect: Dialect, a: &Agenda<Listed>) -> Result<()> {
    let mut w = CsvOut::new(out, dialect)?;
    w.row(CSV_HEADER)?;
    for l in &a.hearings {
        let h = &l.hearing;
        w.row([
            "hearing".to_string(),
            h.on.to_string(),
            h.at.clone().unwrap_or_default(),
            l.case.register_no.clone(),
            format!("hearing {} {}", nth_shown(l), h.kind),
            h.room.clone().unwrap_or_default(),
            l.case.applicant.clone(),
            l.case.body.clone(),
            h.status.to_string(),
            String::new(),
        ])?;
    }
    for d in &a.due {
        let left = match d.timing.standing(d.which) {
            Standing::Left(n) => n.to_string(),
            _ => String::new(),
        };
        w.row([
            "deadline".to_string(),
            d.due.to_string(),
            String::new(),
            d.case.register_no.clone(),
            deadline_word(d.which).to_string(),
            String::new(),
            d.case.applicant.clone(),
            d.case.body.clone(),
            d.case.state.to_string(),
            left,
        ])?;
    }
    for (c, t) in &a.overdue {
        let which: Vec<&str> = t.overdue().into_iter().map(deadline_word).collect();
        w.row([
            "overdue".to_string(),
            c.facts.received_on.to_string(),
            String::new(),
            c.register_no.clone(),
            which.join(";"),
            String::new(),
            c.applicant.clone(),
            c.body.clone(),
            c.state.to_string(),
            t.working_days_open.to_string(),
        ])?;
    }
    for (c, nos) in &a.may_lapse {
        w.row([
            "may_lapse".to_string(),
            String::new(),
            String::new(),
            c.register_no.clone(),
            format!(
                "absent_from_hearings {}",
                nos.iter().map(i64::to_string).collect::<Vec<_>>().join(";")
            ),
            String::new(),
            c.applicant.clone(),
            c.body.clone(),
            c.state.to_string(),
            String::new(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

fn json_of(a: &Agenda<Listed>) -> Value {
    json!({
        "schema_version": SCHEMA_VERSION,
        "on": a.on.to_string(),
        "until": a.until.to_string(),
        // A hearing in its one shape, and beside it the case's applicant and body.
        "hearings": a.hearings.iter().map(|l| json!({
            "hearing": HearingJson::of(&l.case.register_no, &l.hearing),
            "applicant": l.case.applicant,
            "public_body": l.case.body,
        })).collect::<Vec<_>>(),
        "deadlines": a.due.iter().map(|d| json!({
            "register_no": d.case.register_no,
            "deadline": deadline_word(d.which),
            "due": d.due.to_string(),
            "received_on": d.case.facts.received_on.to_string(),
            "state": d.case.state.as_str(),
            "working_days_left": d.timing.working_days_left_on(d.which),
        })).collect::<Vec<_>>(),
        "overdue": a.overdue.iter().map(|(c, t)| json!({
            "register_no": c.register_no,
            "received_on": c.facts.received_on.to_string(),
            "state": c.state.as_str(),
            "overdue": t.overdue().into_iter().map(deadline_word).collect::<Vec<_>>(),
            "start_by": t.start_by.to_string(),
            "finish_by": t.finish_by.to_string(),
            "working_days_open": t.working_days_open,
        })).collect::<Vec<_>>(),
        "more_overdue": a.more_overdue,
        "may_lapse": a.may_lapse.iter().map(|(c, nos)| json!({
            "register_no": c.register_no,
            "applicant": c.applicant,
            "absent_from_hearings": nos,
        })).collect::<Vec<_>>(),
    })
}

/// The hearings as an iCalendar file: one event per hearing, its UID made of the case's
/// register number and the hearing's number (stable across exports), its SEQUENCE the
/// number of changes its history made (so that a newer file updates the event), a
/// cancelled hearing `STATUS:CANCELLED`. Times are floating (the office's local time);
/// a hearing without a time is an all-day event.
fn ics(a: &Agenda<Listed>, now: &str) -> String {
    use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
    let stamp = chrono::DateTime::parse_from_rfc3339(now)
        .map(|d| d.with_timezone(&chrono::Utc))
        .unwrap_or_else(|_| chrono::Utc::now());
    let mut cal = Calendar::new();
    cal.name(&t!("ics-calendar-name", on = a.on, until = a.until));
    for l in &a.hearings {
        let h = &l.hearing;
        let uid = format!(
            "hearing-{}-{}@sengketa",
            h.no,
            l.case.register_no.replace(['/', ' '], ".")
        );
        // RFC 5545 text holds no control character: a stored one is written escaped, as
        // everywhere sengketa writes for people.
        let esc = crate::domain::text::escaped;
        let mut e = Event::new();
        e.uid(&esc(&uid))
            .timestamp(stamp)
            .sequence(u32::try_from(l.changes).unwrap_or(0))
            .summary(&esc(&t!(
                "ics-summary",
                no = nth_shown(l),
                kind = h.kind.label(crate::i18n::lang()),
                case = &l.case.register_no
            )))
            .description(&esc(&format!(
                "{}{}",
                t!(
                    "ics-description",
                    applicant = &l.case.applicant,
                    body = &l.case.body,
                    kind = h.kind.label(crate::i18n::lang())
                ),
                h.panel
                    .as_ref()
                    .map(|p| t!("ics-panel", panel = p))
                    .unwrap_or_default()
            )));
        if let Some(room) = &h.room {
            e.location(&esc(room));
        }
        let day = h.on.naive();
        match h
            .at
            .as_deref()
            .and_then(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok())
        {
            Some(t) => {
                let start = day.and_time(t);
                e.starts(start).ends(start + chrono::Duration::hours(2));
            }
            None => {
                e.all_day(day);
            }
        }
        e.status(match h.status {
            HearingStatus::Cancelled => EventStatus::Cancelled,
            _ => EventStatus::Confirmed,
        });
        cal.push(e.done());
    }
    cal.done().to_string()
}
