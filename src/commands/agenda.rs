//! `sengketa agenda`: the clerk's screen for a day and the days ahead.

use super::Ctx;
use super::csv_args::CsvArgs;
use crate::commands::messages::parse_date as parse_arg;
use crate::domain::agenda::Listed;
use crate::domain::agenda::{Agenda, span};
use crate::domain::deadlines::{DueFilter, Timing};
use crate::domain::hearing::first_held;
use crate::domain::intake::DeadlineBasis;
use crate::domain::{Date, DomainError};
use crate::error::Result;
use crate::render::agenda::{self, AgendaFormat};
use crate::storage::{CaseFilter, Order};
use clap::builder::ArgPredicate;
use std::ops::ControlFlow;
use std::path::PathBuf;

/// The agenda: hearings, deadlines, overdue cases and applicants who may lapse
///
/// For a day (default today) and the working days after it (default 5, the day
/// itself included when it is a working day), in sections: the hearings in the span
/// (date, time, room, case, kind, applicant, respondent body); the cases whose
/// start or finish deadline falls in it; the cases overdue as of the day, oldest
/// first (the 20 oldest; `case list --overdue` lists them all); the applicants
/// absent from two hearings held, who may lapse (PERKI 1/2013).
///
/// `--format ics` writes the span's hearings as an iCalendar file (RFC 5545) for
/// phone and desktop calendars: one event per hearing with a stable UID, so that
/// importing a newer file moves a postponed hearing and cancels a cancelled one
/// instead of adding another.
///
/// Examples:
///   sengketa agenda
///   sengketa agenda --on 2026-12-07 --days 10
///   sengketa agenda --format ics -o sidang.ics
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The first day [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    on: Option<Date>,
    /// How many working days
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=260))]
    days: u32,
    #[arg(long, value_enum, default_value_t = AgendaFormat::Table,
          default_value_if("excel", ArgPredicate::IsPresent, "csv"))]
    format: AgendaFormat,
    #[command(flatten)]
    csv: CsvArgs,
    /// Write to this file (created readable by its owner only) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let dialect = args.csv.dialect(args.format)?;
    let reg = ctx.open()?;
    let cal = reg.calendar()?;
    let on = args.on.unwrap_or(ctx.today);
    let (on, until) = span(&cal, on, args.days).ok_or(DomainError::BeyondCalendar {
        date: on,
        days: args.days,
    })?;
    let mut hearings = reg.agenda_hearings(on, until)?;
    // A hearing with no panel of its own names the case's panel (`case assign`).
    for l in &mut hearings {
        if l.hearing.panel.is_none() {
            l.hearing.panel = panel_names(&reg.case_file(&l.case)?.panel);
        }
    }
    let mut agenda: Agenda<Listed> = Agenda::new(on, until, hearings);
    // Every fact is dated today or before: as of today or later, "not ended" is "in an
    // open state", which an index keeps.
    let as_of_now = on >= ctx.today;
    // Intake's and the mediation's deadlines count where the register records them.
    let uses_intake = reg.uses_intake()?;
    let first = crate::domain::deadlines::first_deadline(uses_intake);
    let basis = reg.deadline_basis()?;
    let timing = |c: &crate::domain::case::CaseRecord, held: Option<Date>| {
        let p = crate::domain::deadlines::ProcedureDue::of(&cal, c, uses_intake, on);
        let from = basis.from(c.facts.received_on, &c.intake);
        Timing::counted_from(&cal, &c.facts, held, on, from).with_procedure(p)
    };
    // The deadlines in the span: a deadline from `on` to `until` (DueFilter's span of
    // received dates), read once.
    let due = DueFilter {
        overdue: false,
        due_until: Some(until),
    };
    let (from, to) = due.received_span_within(&cal, on, first);
    // Counted from the registration, deadlines fall no earlier: the span's earliest
    // receipt no longer holds.
    let from = from.filter(|_| basis == DeadlineBasis::Receipt);
    let open = CaseFilter {
        received_to: Some(on),
        not_ended_as_of: Some(on),
        as_of_now,
        order: Order::Received,
        ..CaseFilter::default()
    };
    reg.list(
        &CaseFilter {
            received_from: from,
            received_to: to.map(|t| t.min(on)),
            ..open.clone()
        },
        |c, held| {
            agenda.consider_due(&c, &timing(&c, held));
            Ok(ControlFlow::Continue(()))
        },
    )?;
    agenda.finish();
    // The overdue, oldest first: in order of receipt, until the list is full.
    let (_, past_start) = DueFilter {
        overdue: true,
        due_until: None,
    }
    .received_span_within(&cal, on, first);
    reg.list(
        &CaseFilter {
            received_to: past_start.map(|d| d.min(on)),
            ..open
        },
        |c, held| {
            let t = timing(&c, held);
            Ok(if agenda.consider_overdue(c, t) {
                ControlFlow::Continue(())
            } else {
                ControlFlow::Break(())
            })
        },
    )?;
    for (c, mut hearings) in reg.absent_twice()? {
        if c.facts.received_on <= on {
            let t = timing(&c, first_held(&hearings, on));
            // Once a case has a service recorded, only absences properly summoned count
            // (docs/case-file.md): the others are left out of what the agenda weighs.
            let services = reg.case_file(&c)?.services;
            if !services.is_empty() {
                let counted: Vec<i64> = crate::domain::case_file::lapse(&hearings, &services)
                    .map(|l| l.iter().map(|a| a.hearing_no).collect())
                    .unwrap_or_default();
                // Left in place (not removed), so that each keeps its "sidang ke-N".
                for h in hearings.iter_mut().filter(|h| {
                    h.applicant == Some(crate::domain::Attendance::Absent)
                        && !counted.contains(&h.no)
                }) {
                    h.applicant = None;
                }
            }
            agenda.consider_lapse(c, &hearings, &t);
        }
    }
    super::export::write_output(args.output.as_deref(), ctx, |mut out| {
        agenda::render(&mut out, &agenda, args.format, dialect, ctx.now())?;
        Ok(())
    })?;
    Ok(0)
}

/// A case's panel in a line: the chair first, then the members; the substitute clerk
/// after a semicolon. `None` without a panel.
fn panel_names(panel: &[crate::domain::case_file::Seated]) -> Option<String> {
    use crate::domain::Seat;
    let names = |seats: &[Seat]| {
        panel
            .iter()
            .filter(|s| seats.contains(&s.seat))
            .map(|s| s.person.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let bench = names(&[Seat::Chair, Seat::Member]);
    if bench.is_empty() {
        return None;
    }
    let clerk = names(&[Seat::Clerk]);
    Some(if clerk.is_empty() {
        bench
    } else {
        format!("{bench}; {clerk}")
    })
}
