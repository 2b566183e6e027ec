//! `sengketa case list`.

use crate::commands::Ctx;
use crate::commands::csv_args::CsvArgs;
use crate::commands::messages::parse_date as parse_arg;
use crate::domain::appeal::finality as finality_of;
use crate::domain::deadlines::{DueFilter, Sort, Timing};
use crate::domain::intake::DeadlineBasis;
use crate::domain::{Date, DomainError, State};
use crate::error::Result;
use crate::render::Format;
use crate::render::list::ListWriter;
use crate::storage::{CaseFilter, Order};
use clap::builder::ArgPredicate;
use std::io::Write;
use std::ops::ControlFlow;

/// List cases in register order, with their deadlines as of a date
///
/// Each case carries start_by (received + 14 working days, Law 14/2008 Art. 38(1)),
/// finish_by (received + 100 working days, Art. 38(2)), its working days open and
/// the deadlines it is overdue on.
///
/// --appealed: only cases with an appeal filed by the date; --final / --not-final:
/// only decisions final (inkracht) by the date, or decided and not final yet (an
/// appeal window open, or an appeal pending). Void entries are left out unless
/// --include-void (their state then reads void).
///
/// Examples:
///   sengketa case list --year 2017 --state qualified --body pendidikan
///   sengketa case list --overdue                  # what a clerk must act on today
///   sengketa case list --due-within 5 --sort due  # due in the next 5 working days
///   sengketa case list --open --sort open-longest --limit 10
///   sengketa case list --applicant budi --format csv > budi.csv
///   sengketa case list --not-final --as-of 2026-12-31
///   sengketa case list --appealed --include-void
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only cases received in this year
    #[arg(long)]
    year: Option<i32>,
    /// Only cases in this state (repeat for several)
    #[arg(long)]
    state: Vec<State>,
    /// Only cases not done (any state but done)
    #[arg(long)]
    open: bool,
    /// Only cases against a body whose name contains this (any case)
    #[arg(long)]
    body: Option<String>,
    /// Only cases whose applicant's name contains this (any case)
    #[arg(long)]
    applicant: Option<String>,
    /// Deadlines as of this date, and only cases received by then [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    as_of: Option<Date>,
    /// Only cases overdue (to start or to finish) as of the date
    #[arg(long)]
    overdue: bool,
    /// Only cases with a deadline still to meet within the next N working days
    // Ten years of working days at most: 2^31 overflowed the search.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(..=2600))]
    due_within: Option<u32>,
    /// Only cases with an appeal filed (by the as-of date)
    #[arg(long)]
    appealed: bool,
    /// Only decisions final (inkracht) as of the date
    #[arg(long, conflicts_with = "not_final")]
    r#final: bool,
    /// Only decisions not final yet as of the date (an appeal window open or an appeal
    /// pending)
    #[arg(long)]
    not_final: bool,
    /// Only the cases to close: decided, final as of the date, and not closed yet
    #[arg(long, conflicts_with_all = ["not_final", "open", "state"])]
    to_close: bool,
    /// Void entries too (left out otherwise)
    #[arg(long)]
    include_void: bool,
    /// The order of the list
    #[arg(long, value_enum, default_value_t = SortArg::Register)]
    sort: SortArg,
    /// At most this many cases (a page)
    // SQLite's LIMIT and OFFSET are signed 64-bit: 2^63 and more wrapped.
    #[arg(long, value_parser = clap::value_parser!(u64).range(..=i64::MAX as u64))]
    limit: Option<u64>,
    /// Skip this many cases first (the page's start)
    #[arg(long, default_value_t = 0,
          value_parser = clap::value_parser!(u64).range(..=i64::MAX as u64))]
    offset: u64,
    #[arg(long, value_enum, default_value_t = Format::Table,
          default_value_if("excel", ArgPredicate::IsPresent, "csv"))]
    format: Format,
    #[command(flatten)]
    csv: CsvArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SortArg {
    /// Register order (year, serial)
    Register,
    /// By received date
    Received,
    /// By the nearest deadline still to meet
    Due,
    /// By working days open, most first
    OpenLongest,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let dialect = args.csv.dialect(args.format)?;
    let reg = ctx.open()?;
    let cal = reg.calendar()?;
    let as_of = args.as_of.unwrap_or(ctx.today);
    let until = match args.due_within {
        Some(n) => Some(
            cal.add_working_days(as_of, n)
                .ok_or(DomainError::BeyondCalendar {
                    date: as_of,
                    days: n,
                })?,
        ),
        None => None,
    };
    let due = DueFilter {
        overdue: args.overdue,
        due_until: until,
    };
    let sort = match args.sort {
        SortArg::Register => Sort::Register,
        SortArg::Received => Sort::Received,
        SortArg::Due => Sort::Due,
        SortArg::OpenLongest => Sort::OpenLongest,
    };
    let mut states = args.state.clone();
    if args.to_close {
        states = vec![State::Decided];
    }
    if args.open {
        let asked = states.is_empty();
        states = State::ALL
            .iter()
            .filter(|s| **s != State::Done && (asked || args.state.contains(s)))
            .copied()
            .collect();
    }
    // Intake's and the mediation's deadlines count where the register records them.
    let uses_intake = reg.uses_intake()?;
    let first = crate::domain::deadlines::first_deadline(uses_intake);
    let (received_from, span_to) = due.received_span_within(&cal, as_of, first);
    // Counted from the registration, a case's deadlines fall no earlier than from its
    // receipt: the span's latest receipt still holds, its earliest does not.
    let basis = reg.deadline_basis()?;
    let received_from = received_from.filter(|_| basis == DeadlineBasis::Receipt);
    let received_to = match (args.as_of, span_to) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let finality =
        (args.r#final || args.not_final || args.to_close).then_some(args.r#final || args.to_close);
    // The page is cut by the register when nothing is filtered or sorted here.
    let paged_here = !due.is_empty() || !sort.streams() || finality.is_some();
    let filter = CaseFilter {
        year: args.year,
        states: states.clone(),
        body: args.body.clone(),
        applicant: args.applicant.clone(),
        received_from,
        received_to,
        not_ended_as_of: (!due.is_empty()).then_some(as_of),
        as_of_now: as_of >= ctx.today,
        order: if sort == Sort::Received {
            Order::Received
        } else {
            Order::Register
        },
        limit: if paged_here { None } else { args.limit },
        offset: if paged_here { 0 } else { args.offset },
        include_void: args.include_void,
        appealed_by: args.appealed.then_some(as_of),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut w = ListWriter::new(args.format, dialect, &mut out)?
        .showing_due(args.sort == SortArg::Due || args.due_within.is_some());
    // `--open --state done` asks for nothing.
    if args.open && states.is_empty() {
        w.finish()?;
        return Ok(out.flush()?);
    }
    let (offset, limit) = (args.offset, args.limit.unwrap_or(u64::MAX));
    let (mut skipped, mut shown) = (0, 0);
    let mut to_sort = Vec::new();
    reg.list(&filter, |case, first_held| {
        let p = crate::domain::deadlines::ProcedureDue::of(&cal, &case, uses_intake, as_of);
        let from = basis.from(case.facts.received_on, &case.intake);
        let t = Timing::counted_from(&cal, &case.facts, first_held, as_of, from).with_procedure(p);
        if !due.wants(&t) {
            return Ok(ControlFlow::Continue(()));
        }
        if let Some(want_final) = finality {
            let f = finality_of(&case.facts, &reg.appeals(&case)?, &cal, as_of);
            let keep = if want_final {
                f.final_on().is_some()
            } else {
                f.is_open()
            };
            if !keep {
                return Ok(ControlFlow::Continue(()));
            }
        }
        if !sort.streams() {
            to_sort.push((case, t));
            return Ok(ControlFlow::Continue(()));
        }
        if paged_here && skipped < offset {
            skipped += 1;
            return Ok(ControlFlow::Continue(()));
        }
        w.push(&case, &t)?;
        shown += 1;
        Ok(if paged_here && shown >= limit {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        })
    })?;
    sort.sort(&mut to_sort);
    let page = to_sort
        .iter()
        .skip(offset.min(usize::MAX as u64) as usize)
        .take(limit.min(usize::MAX as u64) as usize);
    for (c, t) in page {
        w.push(c, t)?;
    }
    w.finish()?;
    out.flush()?;
    Ok(())
}
