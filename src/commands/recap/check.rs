//! `sengketa recap check`: a published recap table (keys or labels in its header, English
//! or Indonesian; `,` or `;`; a total row and an as-of column as `recap --format csv`
//! writes them) compared with the register.

use crate::commands::Ctx;
use crate::commands::messages::parse_date as parse_arg;
use crate::commands::table::{InputKind, open_input};
use crate::domain::Date;
use crate::domain::recap::{self, Explanation, Problem, Unexamined};
use crate::error::Result;
use crate::input::published::read_published;
use crate::storage::Register;
use crate::t;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

/// Check a published recap table against the register
///
/// Reads a recap in the CSV form of `recap --format csv`: a header of keys or of
/// their labels (English or Indonesian), "year" first; missing columns allowed;
/// "-" reads as 0; "," or ";" between fields. A total row ("total" or a label of
/// it as the year) is checked against the sum of the rows; an as_of column gives
/// the date to compare as of, unless --as-of is given. Lists every cell that
/// differs from the register, every row whose own arithmetic does not add up, and
/// what the register can explain. Exit 0 when every cell matches and every row
/// adds up, 1 otherwise.
///
/// A flow table (Arus perkara) is read too: year, then carried_in (or
/// open_at_start), received, finished, carried_out (or open_at_end), by key or
/// label; it is compared with `recap --flow`, and each row is checked: carried
/// out = carried in + received - finished, carried in = the year before's
/// carried out (docs/backlog.md).
///
/// Examples:
///   sengketa recap check table1-published.csv --as-of 2019-12-31
///   sengketa recap --format csv --excel > recap.csv
///   sengketa recap check recap.csv
///   sengketa recap check arus-perkara.csv --as-of 2025-12-31
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct CheckArgs {
    /// The published table (CSV), or - for standard input
    file: PathBuf,
    /// Compare with the register as of this date [default: the table's as_of column,
    /// else today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    as_of: Option<Date>,
}

pub fn run(reg: &Register, args: CheckArgs, ctx: &Ctx) -> Result<i32> {
    let (input, _, name) = open_input(&args.file, InputKind::PublishedRecap)?;
    let table = read_published(input, &name)?;
    // The date the table states, unless the command line says otherwise.
    let as_of = args.as_of.or(table.as_of).unwrap_or(ctx.today);
    let published = table.rows;
    let years: Vec<i32> = published.iter().map(|p| p.year).collect();
    let register: Vec<_> = match (years.iter().min(), years.iter().max()) {
        (Some(&a), Some(&b)) => reg.paper_recap(as_of, Some((a, b)))?,
        _ => vec![],
    };
    let mut report = if recap::is_flow(&published) {
        // A flow table (Arus perkara): against `recap --flow` over its years.
        let (received, finished) = reg.flow_counts(as_of)?;
        let span = years.iter().min().zip(years.iter().max());
        let view = recap::flow_view(&received, &finished, span.map(|(a, b)| (*a, *b)));
        recap::check_flow(&published, &view)
    } else {
        let mut unexamined = BTreeMap::new();
        for &y in &years {
            unexamined.insert(y, reg.unexamined(y, as_of)?);
        }
        let mut report = recap::check(&published, &register, &unexamined);
        // Filings not registered, where the table gives them (a register recording intake).
        let counts = reg.not_registered_by_year(as_of)?;
        let not_registered = recap::intake::check_not_registered(&published, &counts);
        report.differences.extend(not_registered);
        report
    };
    if let Some(total) = &table.total {
        for (key, p, sum) in recap::check_total(&published, total) {
            report.problems.push(Problem::Total {
                key,
                published: p,
                sum,
            });
        }
    }
    let mut out = std::io::stdout().lock();
    let cells: usize = published.iter().map(|p| p.cells.len()).sum();
    writeln!(
        out,
        "{}",
        t!(
            "recap-check-compared",
            name = &name,
            rows = published.len(),
            cells = cells,
            as_of = as_of
        )
    )?;
    for (year, key, p, r) in &report.differences {
        let said = t!(
            "recap-check-differs",
            year = *year,
            key = key_label(key),
            published = *p,
            register = *r
        );
        writeln!(out, "{said}")?;
    }
    for p in &report.problems {
        writeln!(out, "{}", t!("recap-check-not-adding", what = problem(p)))?;
    }
    for e in &report.explanations {
        writeln!(
            out,
            "{}",
            t!("recap-check-explained", what = explanation(e))
        )?;
    }
    if report.differences.is_empty() {
        writeln!(out, "{}", t!("recap-check-all-match"))?;
    }
    if report.problems.is_empty() {
        writeln!(out, "{}", t!("recap-check-all-add-up"))?;
    }
    out.flush()?;
    Ok(if report.ok() {
        0
    } else {
        crate::error::Kind::Differences.exit_code()
    })
}

/// A published row that does not add up, in words.
fn problem(p: &Problem) -> String {
    match *p {
        Problem::Gap {
            year,
            entered,
            not_qualified,
            qualified,
            gap,
            unexamined,
        } => t!(
            "recap-check-gap",
            year = year,
            entered = entered,
            nq = not_qualified,
            q = qualified,
            sum = not_qualified + qualified,
            gap = gap,
            n = gap.abs(),
            cases = unexamined
        ),
        Problem::Processed {
            year,
            processed,
            qualified,
            interim_ruling,
        } => t!(
            "recap-check-processed",
            year = year,
            processed = processed,
            q = qualified,
            interim = interim_ruling,
            diff = qualified - interim_ruling
        ),
        Problem::Done {
            year,
            processed,
            done,
            in_process,
        } => t!(
            "recap-check-done",
            year = year,
            processed = processed,
            done = done,
            in_process = in_process,
            sum = done + in_process
        ),
        Problem::Larger {
            year,
            key,
            value,
            entered,
        } => t!(
            "recap-check-larger",
            year = year,
            key = key_label(key),
            value = value,
            entered = entered
        ),
        Problem::Flow {
            year,
            carried_in,
            received,
            finished,
            carried_out,
        } => t!(
            "recap-check-flow",
            year = year,
            carried_in = carried_in,
            received = received,
            finished = finished,
            carried_out = carried_out,
            sum = carried_in + received - finished
        ),
        Problem::Carried {
            year,
            carried_in,
            before,
        } => t!(
            "recap-check-carried",
            year = year,
            carried_in = carried_in,
            before = before
        ),
        Problem::Total {
            key,
            published,
            sum,
        } => t!(
            "recap-check-total",
            key = key_label(key),
            published = published,
            sum = sum
        ),
    }
}

/// A gap the register explains, in words, with its cases.
fn explanation(e: &Explanation) -> String {
    let cases: Vec<String> = e
        .cases
        .iter()
        .map(|u| format!("{} ({})", u.register_no, why_unexamined(u)))
        .collect();
    t!(
        "recap-check-gap-explained",
        year = e.year,
        entered = e.entered,
        nq = e.not_qualified,
        q = e.qualified,
        gap = e.gap,
        cases = cases.join(", ")
    )
}

/// Why a case has no qualification outcome.
fn why_unexamined(u: &Unexamined) -> String {
    match u.withdrawn_on {
        Some(on) => t!("recap-check-withdrawn-before", on = on),
        None => t!("recap-check-awaiting"),
    }
}

/// A column as the published table names it in an Indonesian run ("Jumlah sengketa
/// masuk"); its key in English, as the CSV heads it.
fn key_label(key: &str) -> String {
    let lang = crate::i18n::lang();
    match lang {
        crate::domain::Lang::En => key.to_string(),
        crate::domain::Lang::Id => crate::domain::recap::PAPER
            .iter()
            .chain([&crate::domain::recap::intake::NOT_REGISTERED])
            .find(|c| c.key == key)
            .map(|c| c.label(lang).to_string())
            .unwrap_or_else(|| key.to_string()),
    }
}
