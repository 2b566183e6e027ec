//! `sengketa recap`: the yearly recap tables, and `recap check` of a published table.

use super::Ctx;
use crate::commands::words::parse_date as parse_arg;
use crate::domain::Date;
use crate::domain::deadlines::Timing;
use crate::domain::recap::several::{group_names, grouped, sum_paper, sum_rows, sum_years};
use crate::domain::recap::{
    self, BY_BODY_LEAD, BY_OUTCOME_LEAD, PAPER, Published, View, by_body, by_outcome, columns,
    flow_view, paper_view,
};
use crate::domain::times::{OLDEST, Oldest, Tally, oldest_row};
use crate::error::{Error, Result};
use crate::render::chart::{self, Kind};
use crate::render::recap::{RecapFormat, render};
use crate::storage::{CaseFilter, Order, Register};
use crate::t;
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
///   sengketa recap --registers jambi.db riau.db --flow
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
    /// Several registers at once, read-only: a row group per commission, and the total
    #[arg(long, value_name = "FILE", num_args = 1.., conflicts_with = "oldest")]
    registers: Vec<PathBuf>,
    /// Draw the view as a chart instead (the paper's view, --flow, --by outcome, --times)
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with_all = ["format", "oldest"])]
    chart: Option<ChartFormat>,
    /// Write to this file (readable by its owner only) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum By {
    Body,
    Outcome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ChartFormat {
    Svg,
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

pub(crate) fn parse_years(s: &str) -> Result<(i32, i32), String> {
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
    if let Some(Sub::Check(c)) = args.check {
        return check(&ctx.open()?, c, ctx);
    }
    let src = Sources::open(ctx, &args.registers)?;
    let as_of = args.as_of.unwrap_or(ctx.today);
    let years = args.years.or(args.year.map(|y| (y, y)));
    let what = if args.times {
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
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(std::io::BufWriter::new(super::export::private_file(path)?)),
        None => Box::new(std::io::stdout().lock()),
    };
    match kind {
        Some(kind) => {
            let svg = chart::draw(kind, &recap.total, lang, &chart_words(kind, &src), true);
            out.write_all(svg.as_bytes())?;
        }
        None => render(&mut out, &recap.view, args.format, lang)?,
    }
    out.flush()?;
    Ok(0)
}

/// The registers a recap reads: the one of `--db`, or those of `--registers`.
pub(crate) struct Sources {
    /// Each register with the name of its row group (its commission's code).
    pub regs: Vec<(String, Register)>,
    /// Each register's file name and commission code, as the report's footer gives them.
    pub about: Vec<(String, Option<String>)>,
    /// `--registers`: every view has a row group per register, then their total.
    pub several: bool,
}

impl Sources {
    /// The register of `--db` as every command opens it, or each of `registers`
    /// read-only (a file named twice is refused: its cases would count twice).
    pub fn open(ctx: &Ctx, registers: &[PathBuf]) -> Result<Sources> {
        let several = !registers.is_empty();
        let mut opened = Vec::new();
        if several {
            let mut seen: Vec<PathBuf> = Vec::new();
            for path in registers {
                let reg = ctx.open_read_only(path)?;
                let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
                if seen.contains(&real) {
                    return Err(Error::usage(t!(
                        "registers-twice",
                        path = path.display().to_string()
                    ))
                    .with_hint(t!("registers-twice-hint")));
                }
                seen.push(real);
                opened.push(reg);
            }
        } else {
            opened.push(ctx.open()?);
        }
        let mut about = Vec::new();
        for reg in &opened {
            let code = reg
                .setting("commission-code")?
                .filter(|c| !c.trim().is_empty());
            about.push((file_name(reg.path()), code));
        }
        let names = group_names(&about);
        Ok(Sources {
            regs: names.into_iter().zip(opened).collect(),
            about,
            several,
        })
    }
}

/// A register's file name (its folders are nobody's business in a published recap).
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Which view of the recap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum What {
    Paper,
    Flow,
    By(By),
    Times,
    Oldest(usize),
}

impl What {
    /// The chart it is drawn as, if it has one.
    pub fn chart(self) -> Option<Kind> {
        match self {
            What::Paper => Some(Kind::Paper),
            What::Flow => Some(Kind::Flow),
            What::By(By::Outcome) => Some(Kind::Outcomes),
            What::Times => Some(Kind::Times),
            What::By(By::Body) | What::Oldest(_) => None,
        }
    }
}

/// A computed recap: the view to print (a row group per register and the total, when
/// several) and the view of all of them together (what a chart draws).
pub(crate) struct Recap {
    pub view: View,
    pub total: View,
}

/// The recap `what` of the registers, as of a date.
pub(crate) fn compute(
    src: &Sources,
    what: What,
    as_of: Date,
    years: Option<(i32, i32)>,
    today: Date,
) -> Result<Recap> {
    let regs = || src.regs.iter().map(|(_, r)| r);
    let views: Vec<View>;
    let total: View;
    match what {
        What::Paper => {
            let rows = regs()
                .map(|r| r.paper_recap(as_of, years))
                .collect::<Result<Vec<_>>>()?;
            views = rows.iter().map(|r| paper_view(r, years)).collect();
            total = paper_view(&sum_paper(rows.iter().map(Vec::as_slice)), years);
        }
        What::Flow => {
            let counts = regs()
                .map(|r| r.flow_counts(as_of))
                .collect::<Result<Vec<_>>>()?;
            views = counts.iter().map(|(r, f)| flow_view(r, f, years)).collect();
            total = flow_view(
                &sum_years(counts.iter().map(|(r, _)| r)),
                &sum_years(counts.iter().map(|(_, f)| f)),
                years,
            );
        }
        What::By(By::Outcome) => {
            let counts = by_outcome();
            let rows = regs()
                .map(|r| r.recap_by_year(&counts, as_of, years))
                .collect::<Result<Vec<_>>>()?;
            let view = |rows: &[Vec<recap::Cell>]| outcome_view(&counts, rows, years);
            views = rows.iter().map(|r| view(r)).collect();
            total = view(&sum_rows(rows.iter().map(Vec::as_slice), 1));
        }
        What::By(By::Body) => {
            let counts = by_body();
            let rows = regs()
                .map(|r| r.recap_by_body(&counts, as_of, years))
                .collect::<Result<Vec<_>>>()?;
            let columns = columns(BY_BODY_LEAD, &counts);
            total = View {
                columns: columns.clone(),
                rows: sum_rows(rows.iter().map(Vec::as_slice), BY_BODY_LEAD.len()),
            };
            views = rows
                .into_iter()
                .map(|rows| View {
                    columns: columns.clone(),
                    rows,
                })
                .collect();
        }
        What::Times => {
            // The total is timed from every case of every register (each by its own
            // calendar), not from the registers' statistics: a median of medians is not
            // the median.
            let mut all = Tally::default();
            let mut each = Vec::new();
            for reg in regs() {
                let cal = reg.calendar()?;
                let mut tally = Tally::default();
                reg.cohorts(as_of, years, |facts, first_held| {
                    let timing = Timing::of(&cal, facts, first_held, as_of);
                    tally.add(facts, &timing);
                    if src.several {
                        all.add(facts, &timing);
                    }
                })?;
                each.push(tally.view(years));
            }
            total = if src.several {
                all.view(years)
            } else {
                each[0].clone()
            };
            views = each;
        }
        What::Oldest(n) => {
            total = oldest_view(&src.regs[0].1, as_of, years, n, today)?;
            views = vec![total.clone()];
        }
    }
    Ok(if src.several {
        let names = src.regs.iter().map(|(n, _)| n.clone());
        Recap {
            view: grouped(names.zip(views).collect(), total.clone()),
            total,
        }
    } else {
        // One register: its own view, as it always was.
        let view = views.into_iter().next().expect("one register");
        Recap {
            total: view.clone(),
            view,
        }
    })
}

/// `recap --by outcome`'s view of rows of counts: every year of the range.
fn outcome_view(
    counts: &[recap::Counted],
    rows: &[Vec<recap::Cell>],
    years: Option<(i32, i32)>,
) -> View {
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
        columns: columns(BY_OUTCOME_LEAD, counts),
        rows: recap::fill_years(rows, years, year_of, zero),
    }
}

/// The words of a chart of the registers, in the run's language.
pub(crate) fn chart_words(kind: Kind, src: &Sources) -> chart::Words {
    let title = match kind {
        Kind::Paper => t!("chart-paper-title"),
        Kind::Flow => t!("chart-flow-title"),
        Kind::Outcomes => t!("chart-outcomes-title"),
        Kind::Times => t!("chart-times-title"),
    };
    let axis = match kind {
        Kind::Times => t!("chart-axis-working-days"),
        _ => t!("chart-axis-cases"),
    };
    let note = src.several.then(|| {
        let names: Vec<&str> = src.regs.iter().map(|(n, _)| n.as_str()).collect();
        t!("chart-all-registers", names = names.join(", "))
    });
    chart::Words {
        title,
        note,
        axis,
        empty: t!("chart-empty"),
        unexamined: t!("chart-unexamined"),
        range: t!("chart-range"),
        median: t!("chart-median"),
        mean: t!("chart-mean"),
        deadline: t!("chart-deadline"),
    }
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

/// Reads a published recap: keys in the header, "-" as 0, an empty cell as not
/// given.
fn read_published(file: &PathBuf) -> Result<Vec<Published>> {
    let name = file.display().to_string();
    let input: Box<dyn std::io::Read> = if name == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(
            std::fs::File::open(file)
                .map_err(|e| Error::invalid(format!("cannot read {name}: {e}")))?,
        )
    };
    let (input, mut lines) = crate::input::line_ends(input);
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header = rdr
        .headers()
        .map_err(|e| Error::invalid(format!("{name}: {e}")))?
        .clone();
    let mut keys: Vec<&'static str> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let h = h.trim();
        match PAPER.iter().find(|c| c.key == h) {
            Some(c) if !keys.contains(&&*c.key) => keys.push(&c.key),
            Some(_) => {
                return Err(Error::invalid(format!(
                    "{name}: line 1, column {}: '{h}' appears twice",
                    i + 1
                )));
            }
            None => {
                return Err(Error::invalid(format!(
                    "{name}: line 1, column {}: '{h}' is not a recap key",
                    i + 1
                ))
                .with_hint(format!(
                    "the keys are: {}",
                    PAPER.iter().map(|c| &*c.key).collect::<Vec<_>>().join(", ")
                )));
            }
        }
    }
    if keys.first() != Some(&"year") {
        return Err(
            Error::invalid(format!("{name}: the first column must be 'year'"))
                .with_hint("write the table as `sengketa recap --format csv` does"),
        );
    }
    let mut rows = Vec::new();
    let mut faults = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| Error::invalid(format!("{name}: {e}")))?;
        let line = lines.line_at(rec.position().map(|p| p.byte()).unwrap_or(0));
        let mut cells = BTreeMap::new();
        let mut year = None;
        for (i, (k, v)) in keys.iter().zip(rec.iter()).enumerate() {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            let n = if v == "-" { Ok(0) } else { v.parse::<i64>() };
            match n {
                Ok(n) if n >= 0 && *k == "year" => year = Some(n as i32),
                Ok(n) if n >= 0 => {
                    cells.insert(*k, n);
                }
                _ => faults.push(format!(
                    "line {line}, column {} ({k}): '{v}' is not a count",
                    i + 1
                )),
            }
        }
        match year {
            Some(year) => rows.push(Published { year, line, cells }),
            None => faults.push(format!("line {line}, column 1 (year): the year is missing")),
        }
    }
    if !faults.is_empty() {
        return Err(Error::invalid(format!("{name}: {}", faults.join("; ")))
            .with_hint("cells are whole numbers, or - for none"));
    }
    Ok(rows)
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
