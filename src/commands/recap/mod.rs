//! `sengketa recap`: the yearly recap tables, and `recap check` of a published table.

mod check;
mod compute;

pub(crate) use compute::{Sources, What, chart_words, compute};

use super::Ctx;
use super::csv_args::CsvArgs;
use crate::commands::messages::parse_date as parse_arg;
use crate::domain::deadlines::Timing;
use crate::domain::recap::{self, View};
use crate::domain::times::{OLDEST, Oldest, oldest_row};
use crate::domain::{BodyKind, Date};
use crate::error::{Error, Result};
use crate::render::chart;
use crate::render::recap::{RecapFormat, render};
use crate::storage::{CaseFilter, Order, Register};
use crate::t;
use clap::builder::ArgPredicate;
use std::io::Write;
use std::ops::ControlFlow;
use std::path::PathBuf;

/// Yearly recap tables of the register, like Table 1 of the Jambi paper
///
/// The recap of a year is about the cohort of cases received in that year,
/// counting only what had happened by the as-of date (undone steps don't count).
/// No applicant names.
///
/// Columns (paper layout): entered; not_qualified; qualified; withdrawn (at any
/// stage); interim_ruling; processed = qualified - interim_ruling; done (processed
/// cases that are done); in_process = processed - done.
///
/// --by body: entered, then where each case stands (awaiting_qualification,
/// not_qualified, withdrawn, each decision's outcome, in_process): these columns
/// add up to entered. Every view but --oldest ends with a total row over the
/// years shown (--by body: a total per year too). The as-of date is stated in
/// every format: a line above a table, the last column (as_of) of CSV, a field
/// of JSON. --excel: CSV for a spreadsheet set to Indonesian (BOM, ';').
///
/// Processing times (--times), per year of receipt and by what ended the cases
/// (all, then not_qualified, withdrawn, interim_ruling, mediation, adjudication):
/// ended; the median, mean, lowest and highest working days from received to
/// ended; within_100 (ended by received + 100 working days) and its share; backlog
/// (not ended and past that deadline). --oldest N: the N open cases with the most
/// working days open.
///
/// Appeals (--appeals), per year of decision: decisions; open_to_appeal
/// (adjudication decisions and interim rulings); appealed (at first instance),
/// at_ptun, at_pn, by_applicant, by_respondent, late (filed after the window);
/// pending, and how the first-instance court ruled (upheld, overturned,
/// partly_overturned, inadmissible, withdrawn); cassations, cassations_decided;
/// final (inkracht by the as-of date); upheld_share (upheld of the first-instance
/// rulings, 4 decimals). court_despite_kind (filed at a court against the body's
/// kind, --court-despite-kind) after the courts', only where a register records
/// one.
///
/// --by person: each person of the commission: cases assigned (their current
/// panel seats them, any seat), open, hearings sat (held, of those cases),
/// decisions, and the median working days from receipt to decision (one
/// register only).
///
/// The backlog (docs/backlog.md defines each figure), from every case received
/// by the as-of date, each register's working days by its own calendar:
/// --ages: the cases open on the as-of date by year of receipt, in buckets of
/// working days open (wd_0_14, wd_15_100, wd_101_250, wd_over_250), then open.
/// --clearance: per year, received, ended (decided, withdrawn or not qualified,
/// in that year) and clearance_rate = ended / received; --by month: the same
/// per month. --waiting: open, ended_12_months, monthly_endings and
/// waiting_months = open / (ended_12_months / 12). --stages: per year of
/// receipt, the median working days of each stage (received, first hearing,
/// decision, served, final). --hearings: per month, held, postponed,
/// cancelled, and the absences of each party at the held ones.
///
/// --by body groups merged bodies under one name (their cases are the body's they
/// were merged into); --by body-kind groups by the kind of body (`body set`). Void
/// entries count nowhere.
///
/// Examples:
///   sengketa recap --years 2017-2018 --as-of 2019-12-31
///   sengketa recap --format csv > recap.csv
///   sengketa recap --by body --excel > per-badan.csv
///   sengketa recap --by body --year 2017 --lang id
///   sengketa recap --flow
///   sengketa recap --times --years 2023-2025 --as-of 2025-12-31
///   sengketa recap --times --format csv > times.csv
///   sengketa recap --oldest              # the 10 oldest open cases today
///   sengketa recap --oldest 25 --as-of 2025-12-31 --lang id
///   sengketa recap --appeals --years 2024-2026
///   sengketa recap --by body-kind --format md
///   sengketa recap --by person --year 2014
///   sengketa recap --registers jambi.db riau.db --flow
///   sengketa recap --ages --as-of 2025-12-31
///   sengketa recap --by month --years 2025-2025 --format csv
///   sengketa recap --registers jambi.db riau.db --stages --format json
///   sengketa recap --by outcome --chart svg -o outcomes.svg
///   sengketa recap check table1-published.csv --as-of 2019-12-31
///
/// With --registers, each register is only read (never migrated or written): a
/// row group per commission (its commission-code, else its file name), then the
/// total (counts summed, the rest worked out from the sums, times from every case).
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment, args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    check: Option<Sub>,
    /// Only this year
    #[arg(long, conflicts_with = "years")]
    year: Option<i32>,
    /// A range of years, e.g. 2017-2018 (years without cases are rows of zeros)
    #[arg(long, value_parser = parse_years, value_name = "FROM-TO")]
    years: Option<(i32, i32)>,
    /// Count only what had happened by this date [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    as_of: Option<Date>,
    /// Another view: per public body, per kind of body, per disposition, per ground of
    /// the objection, or per person of the commission
    #[arg(long, value_enum, conflicts_with_all = ["flow", "times", "oldest", "appeals"])]
    by: Option<By>,
    /// The cases open on the as-of date by year of receipt, in buckets of working days open
    #[arg(long, conflicts_with_all = BACKLOG_OTHERS)]
    ages: bool,
    /// Received, ended and the clearance rate (ended ÷ received) per year
    #[arg(long, conflicts_with_all = ["ages", "waiting", "stages", "hearings", "flow", "times", "oldest", "appeals", "by"])]
    clearance: bool,
    /// The estimated waiting time: open ÷ the average monthly endings of the last 12 months
    #[arg(long, conflicts_with_all = ["ages", "stages", "hearings", "flow", "times", "oldest", "appeals", "by"])]
    waiting: bool,
    /// The median working days of each stage, per year of receipt
    #[arg(long, conflicts_with_all = ["ages", "hearings", "flow", "times", "oldest", "appeals", "by"])]
    stages: bool,
    /// Hearings held, postponed and cancelled per month, and absences by party
    #[arg(long, conflicts_with_all = ["ages", "flow", "times", "oldest", "appeals", "by"])]
    hearings: bool,
    /// Appeals per year of decision: open to appeal, appealed (by court, by party),
    /// court outcomes, cassations, final, the share upheld
    #[arg(long, conflicts_with_all = ["flow", "times", "oldest"])]
    appeals: bool,
    /// Mediation per year of receipt: started, agreed, failed, extended, and the median
    /// working days from the first meeting to its end
    #[arg(long, conflicts_with_all = ["by", "flow", "times", "oldest", "appeals"])]
    mediation: bool,
    /// Stock and flow per year: open at the start, received, finished, open at the end
    #[arg(long, conflicts_with_all = ["times", "oldest"])]
    flow: bool,
    /// Processing times per year, in working days, by what ended the cases
    #[arg(long, conflicts_with = "oldest")]
    times: bool,
    /// The N open cases with the most working days open [N default: 10]
    #[arg(
        long,
        value_name = "N",
        num_args = 0..=1,
        default_missing_value = "10",
        value_parser = clap::value_parser!(u32).range(1..)
    )]
    oldest: Option<u32>,
    #[arg(long, value_enum, default_value_t = RecapFormat::Table,
          default_value_if("excel", ArgPredicate::IsPresent, "csv"))]
    format: RecapFormat,
    #[command(flatten)]
    csv: CsvArgs,
    /// Several registers at once, read-only: a row group per commission, and the total
    #[arg(long, value_name = "FILE", num_args = 1.., conflicts_with = "oldest")]
    registers: Vec<PathBuf>,
    /// Draw the view as a chart instead (the paper's view, --flow, --by outcome, --times)
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with_all = ["format", "oldest", "excel"])]
    chart: Option<ChartFormat>,
    /// Write to this file instead of standard output (readable by its owner only; a
    /// --chart, meant for publication, readable by all)
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// What `--ages` cannot go with.
const BACKLOG_OTHERS: [&str; 9] = [
    "clearance",
    "waiting",
    "stages",
    "hearings",
    "flow",
    "times",
    "oldest",
    "appeals",
    "by",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum By {
    Body,
    BodyKind,
    Outcome,
    Ground,
    Person,
    Month,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ChartFormat {
    Svg,
}

#[derive(Debug, clap::Subcommand)]
enum Sub {
    Check(check::CheckArgs),
}

pub(crate) fn parse_years(s: &str) -> Result<(i32, i32), String> {
    let bad = || crate::t!("years-bad", value = s);
    let (a, b) = s.split_once('-').ok_or_else(bad)?;
    let (a, b): (i32, i32) = (
        a.trim().parse().map_err(|_| bad())?,
        b.trim().parse().map_err(|_| bad())?,
    );
    if !(1900..=9999).contains(&a) || !(1900..=9999).contains(&b) {
        return Err(bad());
    }
    if a > b {
        return Err(crate::t!("years-order", value = s));
    }
    Ok((a, b))
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    if let Some(Sub::Check(c)) = args.check {
        return check::run(&ctx.open()?, c, ctx);
    }
    let dialect = args.csv.dialect(args.format)?;
    let src = Sources::open(ctx, &args.registers)?;
    let as_of = args.as_of.unwrap_or(ctx.today);
    let years = args.years.or(args.year.map(|y| (y, y)));
    let what = if args.mediation {
        What::Mediation
    } else if args.ages {
        What::Ages
    } else if args.clearance {
        What::Clearance
    } else if args.waiting {
        What::Waiting
    } else if args.stages {
        What::Stages
    } else if args.hearings {
        What::Hearings
    } else if args.appeals {
        What::Appeals
    } else if args.times {
        What::Times
    } else if let Some(n) = args.oldest {
        What::Oldest(n as usize)
    } else if args.flow {
        What::Flow
    } else {
        match args.by {
            Some(b) => What::By(b),
            None => What::Paper,
        }
    };
    let lang = crate::i18n::lang();
    let kind = match (args.chart, what.chart()) {
        (Some(_), None) => {
            return Err(Error::usage(t!("chart-none")).with_hint(t!("chart-none-hint")));
        }
        (Some(_), kind) => kind,
        (None, _) => None,
    };
    let recap = compute(&src, what, as_of, years, ctx.today)?;
    let body = |out: &mut dyn Write| -> Result<()> {
        let mut out = std::io::BufWriter::new(out);
        match kind {
            Some(kind) => {
                let svg = chart::draw(kind, &recap.total, lang, &chart_words(kind, &src), true);
                out.write_all(svg.as_bytes())?;
            }
            None => render(
                &mut out,
                &recap.view.as_of(as_of),
                args.format,
                dialect,
                lang,
            )?,
        }
        out.flush()?;
        Ok(())
    };
    // A chart is meant for publication: readable by all. A table stays owner-only.
    match kind {
        Some(_) => super::outfile::write_public(args.output.as_deref(), ctx, body)?,
        None => super::export::write_output(args.output.as_deref(), ctx, body)?,
    }
    Ok(0)
}

/// A kind of body as a recap's label: its key, and its labels.
pub(super) fn ground_column(g: crate::domain::Ground) -> recap::Column {
    recap::Column {
        key: g.as_str().into(),
        en: g.label(crate::domain::Lang::En).into(),
        id: g.label(crate::domain::Lang::Id).into(),
    }
}

pub(super) fn kind_column(kind: BodyKind) -> recap::Column {
    recap::Column {
        key: kind.as_str().into(),
        en: kind.label(crate::domain::Lang::En).into(),
        id: kind.label(crate::domain::Lang::Id).into(),
    }
}

/// `recap --by person`: each person of the commission (retired ones too, in the order
/// they were added) with the cases their current panels seat them on.
pub(super) fn person_view(reg: &Register, as_of: Date, years: Option<(i32, i32)>) -> Result<View> {
    let cal = reg.calendar()?;
    let sat = reg.cases_by_person(as_of, years)?;
    let rows = reg
        .people()?
        .iter()
        .map(|p| {
            let mine: Vec<_> = sat
                .iter()
                .filter(|(id, _)| *id == p.id)
                .map(|(_, c)| (&c.facts, c.hearings_held))
                .collect();
            let role = recap::Column {
                key: p.role.as_str().into(),
                en: p.role.label(crate::domain::Lang::En).into(),
                id: p.role.label(crate::domain::Lang::Id).into(),
            };
            recap::by_person::person_row(p, role, &mine, &cal, as_of)
        })
        .collect();
    Ok(View::new(recap::by_person::BY_PERSON.to_vec(), rows))
}

/// `recap --oldest N`: the open cases as of the date with the most working days
/// open. As of today the register hands them over by received date off its index
/// of open cases, the oldest first, and the reading stops once no later case can
/// enter; for a past date every case received by then is looked at.
pub(super) fn oldest_view(
    reg: &Register,
    as_of: Date,
    years: Option<(i32, i32)>,
    n: usize,
    today: Date,
) -> Result<View> {
    let cal = reg.calendar()?;
    let now = as_of >= today;
    let last = years.and_then(|(_, to)| Date::from_ymd(to, 12, 31));
    let filter = CaseFilter {
        received_from: years.and_then(|(from, _)| Date::from_ymd(from, 1, 1)),
        received_to: Some(last.map_or(as_of, |l| l.min(as_of))),
        not_ended_as_of: Some(as_of),
        as_of_now: now,
        order: if now {
            Order::Received
        } else {
            Order::Register
        },
        ..CaseFilter::default()
    };
    let mut oldest = Oldest::new(n);
    reg.list(&filter, |case, first_held| {
        let t = Timing::of(&cal, &case.facts, first_held, as_of);
        if t.ended_on.is_some() {
            return Ok(ControlFlow::Continue(()));
        }
        // By received date, the working days open only go down from here.
        if now && oldest.full_above(t.working_days_open) {
            return Ok(ControlFlow::Break(()));
        }
        let at = (case.year, case.serial);
        let state = case.facts.state_as_of(as_of);
        oldest.offer(t.working_days_open, at, (case.register_no, state, t, at));
        Ok(ControlFlow::Continue(()))
    })?;
    let oldest = oldest.into_sorted();
    // A list of cases, not counts per year: no total row.
    Ok(View::new(
        OLDEST.to_vec(),
        oldest
            .iter()
            .map(|(no, state, t, _)| oldest_row(no, *state, t))
            .collect(),
    )
    .with_short_refs(
        oldest
            .iter()
            .map(|(.., (year, serial))| format!("{year}/{serial}"))
            .collect(),
    ))
}
