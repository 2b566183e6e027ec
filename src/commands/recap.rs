//! `sengketa recap`: the yearly recap tables, and `recap check` of a published table.

use super::Ctx;
use crate::commands::words::parse_date as parse_arg;
use crate::domain::Date;
use crate::domain::deadlines::Timing;
use crate::domain::recap::{
    self, BY_BODY_LEAD, BY_OUTCOME_LEAD, Published, View, by_body, by_outcome, columns, flow_view,
    paper_view,
};
use crate::domain::times::{OLDEST, Oldest, Tally, oldest_row};
use crate::error::Result;
use crate::render::recap::{RecapFormat, render};
use crate::storage::{CaseFilter, Order, Register};
use std::collections::BTreeMap;
use std::io::Write;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

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
/// Processing times (--times), per year of receipt and by what ended the cases
/// (all, then not_qualified, withdrawn, interim_ruling, mediation, adjudication):
/// ended; the median, mean, lowest and highest working days from received to
/// ended; within_100 (ended by received + 100 working days) and its share; backlog
/// (not ended and past that deadline). --oldest N: the N open cases with the most
/// working days open.
///
/// Examples:
///   sengketa recap --years 2017-2018 --as-of 2019-12-31
///   sengketa recap --format csv > recap.csv
///   sengketa recap --by body --year 2017 --lang id
///   sengketa recap --flow
///   sengketa recap --times --years 2023-2025 --as-of 2025-12-31
///   sengketa recap --times --format csv > times.csv
///   sengketa recap --oldest              # the 10 oldest open cases today
///   sengketa recap --oldest 25 --as-of 2025-12-31 --lang id
///   sengketa recap check table1-published.csv --as-of 2019-12-31
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
    /// Another view: per public body, or per disposition
    #[arg(long, value_enum, conflicts_with_all = ["flow", "times", "oldest"])]
    by: Option<By>,
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
    #[arg(long, value_enum, default_value_t = RecapFormat::Table)]
    format: RecapFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum By {
    Body,
    Outcome,
}

#[derive(Debug, clap::Subcommand)]
enum Sub {
    Check(CheckArgs),
}

/// Check a published recap table against the register
///
/// Reads a recap in the CSV form of `recap --format csv` (a header of keys, "year"
/// first; missing keys allowed; "-" reads as 0). Lists every cell that differs
/// from the register, every row whose own arithmetic does not add up, and what the
/// register can explain. Exit 0 when every cell matches and every row adds up, 1
/// otherwise.
///
/// Examples:
///   sengketa recap check table1-published.csv --as-of 2019-12-31
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
struct CheckArgs {
    /// The published table (CSV), or - for standard input
    file: PathBuf,
    /// Compare with the register as of this date [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    as_of: Option<Date>,
}

fn parse_years(s: &str) -> Result<(i32, i32), String> {
    let bad = || format!("'{s}' is not a range of years; write e.g. 2017-2018");
    let (a, b) = s.split_once('-').ok_or_else(bad)?;
    let (a, b): (i32, i32) = (
        a.trim().parse().map_err(|_| bad())?,
        b.trim().parse().map_err(|_| bad())?,
    );
    if !(1900..=9999).contains(&a) || !(1900..=9999).contains(&b) {
        return Err(bad());
    }
    if a > b {
        return Err(format!("'{s}': the first year comes after the last"));
    }
    Ok((a, b))
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let reg = ctx.open()?;
    if let Some(Sub::Check(c)) = args.check {
        return check(&reg, c, ctx);
    }
    let as_of = args.as_of.unwrap_or(ctx.today);
    let years = args.years.or(args.year.map(|y| (y, y)));
    let view = if args.times {
        times_view(&reg, as_of, years)?
    } else if let Some(n) = args.oldest {
        oldest_view(&reg, as_of, years, n as usize, ctx.today)?
    } else {
        recap_view(&reg, as_of, years, args.by, args.flow)?
    };
    let mut out = std::io::stdout().lock();
    render(&mut out, &view, args.format, crate::i18n::lang())?;
    out.flush()?;
    Ok(0)
}

fn recap_view(
    reg: &Register,
    as_of: Date,
    years: Option<(i32, i32)>,
    by: Option<By>,
    flow: bool,
) -> Result<View> {
    Ok(match (by, flow) {
        (Some(By::Body), _) => {
            let counts = by_body();
            View {
                columns: columns(BY_BODY_LEAD, &counts),
                rows: reg.recap_by_body(&counts, as_of, years)?,
            }
        }
        (Some(By::Outcome), _) => {
            let counts = by_outcome();
            let rows = reg.recap_by_year(&counts, as_of, years)?;
            let zero = |y: i32| {
                let mut r = vec![recap::Cell::Int(0); counts.len() + 1];
                r[0] = recap::Cell::Int(y as i64);
                r
            };
            let year_of = |r: &Vec<recap::Cell>| match r[0] {
                recap::Cell::Int(y) => y as i32,
                _ => 0,
            };
            View {
                columns: columns(BY_OUTCOME_LEAD, &counts),
                rows: recap::fill_years(&rows, years, year_of, zero),
            }
        }
        (None, true) => {
            let (received, finished) = reg.flow_counts(as_of)?;
            flow_view(&received, &finished, years)
        }
        (None, false) => paper_view(&reg.paper_recap(as_of, years)?, years),
    })
}

/// `recap --times`: every case of the cohorts, timed as of the date.
fn times_view(reg: &Register, as_of: Date, years: Option<(i32, i32)>) -> Result<View> {
    let cal = reg.calendar()?;
    let mut tally = Tally::default();
    reg.cohorts(as_of, years, |facts, first_held| {
        tally.add(facts, &Timing::of(&cal, facts, first_held, as_of));
    })?;
    Ok(tally.view(years))
}

/// `recap --oldest N`: the open cases as of the date with the most working days
/// open. As of today the register hands them over by received date off its index
/// of open cases, the oldest first, and the reading stops once no later case can
/// enter; for a past date every case received by then is looked at.
fn oldest_view(
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
        oldest.offer(t.working_days_open, at, (case.register_no, state, t));
        Ok(ControlFlow::Continue(()))
    })?;
    Ok(View {
        columns: OLDEST.to_vec(),
        rows: oldest
            .into_sorted()
            .iter()
            .map(|(no, state, t)| oldest_row(no, *state, t))
            .collect(),
    })
}

/// Reads the published recap named on the command line (`-`: standard input).
fn read_published(file: &Path) -> Result<Vec<Published>> {
    let (input, _, name) = super::import::open_input(file, "a published recap table")?;
    crate::input::published::read_published(input, &name)
}

fn check(reg: &Register, args: CheckArgs, ctx: &Ctx) -> Result<i32> {
    let as_of = args.as_of.unwrap_or(ctx.today);
    let published = read_published(&args.file)?;
    let years: Vec<i32> = published.iter().map(|p| p.year).collect();
    let register: Vec<_> = match (years.iter().min(), years.iter().max()) {
        (Some(&a), Some(&b)) => reg.paper_recap(as_of, Some((a, b)))?,
        _ => vec![],
    };
    let mut unexamined = BTreeMap::new();
    for &y in &years {
        unexamined.insert(y, reg.unexamined(y, as_of)?);
    }
    let report = recap::check(&published, &register, &unexamined);
    let mut out = std::io::stdout().lock();
    let cells: usize = published.iter().map(|p| p.cells.len()).sum();
    writeln!(
        out,
        "{}: {} rows, {cells} cells, compared with the register as of {as_of}",
        args.file.display(),
        published.len()
    )?;
    for (year, key, p, r) in &report.differences {
        writeln!(out, "differs: {year} {key}: published {p}, register {r}")?;
    }
    for p in &report.problems {
        writeln!(out, "does not add up: {p}")?;
    }
    for e in &report.explanations {
        writeln!(out, "explained: {e}")?;
    }
    if report.differences.is_empty() {
        writeln!(out, "every published cell matches the register")?;
    }
    if report.problems.is_empty() {
        writeln!(out, "every published row adds up")?;
    }
    out.flush()?;
    Ok(if report.ok() {
        0
    } else {
        crate::error::Kind::Differences.exit_code()
    })
}
