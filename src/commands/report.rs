//! `sengketa report`: the recaps and the backlog figures with a chart each, as one
//! self-contained HTML file a commission can publish (written readable by all).

mod sections;

use super::Ctx;
use super::recap::{Sources, chart_words, compute, parse_years};
use crate::commands::messages::parse_date as parse_arg;
use crate::domain::Date;
use crate::domain::paper::words::Zone;
use crate::error::Result;
use crate::render::chart;
use crate::render::human;
use crate::render::report::{Part, Report, write};
use crate::t;
use sections::SECTIONS;
use std::io::Write;
use std::path::{Path, PathBuf};

/// One HTML file of the yearly recaps, with charts, to print or to publish
///
/// The paper's yearly recap, the flow, the clearance rate (per year and per
/// month), the ages of the open cases, the estimated waiting time, the median
/// working days of each stage, the outcomes, the processing times, the
/// hearings, the kinds of public body and the appeals, each with a chart and
/// its table, in the run's language (--lang): numbers, shares and dates as a
/// reader of it writes them. Sections with nothing to show are left out; one
/// that would only say "other" (the kinds of an imported register's bodies)
/// says how to fill it instead. Self-contained: inline CSS and SVG, the logo
/// (`config set commission-logo`) inside, no script, nothing loaded from the
/// network. No applicant names. Titled with the commission's name (`config set
/// commission-name`); the footer gives the as-of date, the time it was made in
/// the commission's zone (`config set timezone`; SENGKETA_NOW when set, for a
/// reproducible file) and each register's chain head, to prove later with
/// `verify --since`. Printable on A4. Written readable by all (0644), for a web
/// server to serve.
///
/// Examples:
///   sengketa report -o report.html
///   sengketa report --years 2017-2018 --as-of 2019-12-31 --lang id -o laporan.html
///   sengketa report --registers jambi.db riau.db -o national.html
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only this year
    #[arg(long, conflicts_with = "years")]
    year: Option<i32>,
    /// A range of years, e.g. 2017-2018 (years without cases are rows of zeros)
    #[arg(long, value_parser = parse_years, value_name = "FROM-TO")]
    years: Option<(i32, i32)>,
    /// Count only what had happened by this date [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    as_of: Option<Date>,
    /// Several registers at once, read-only: a row group per commission, and the total
    #[arg(long, value_name = "FILE", num_args = 1..)]
    registers: Vec<PathBuf>,
    /// Write to this file (readable by all, to publish) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// A setting of a register, if set to something.
fn setting(reg: &crate::storage::Register, key: &str) -> Result<Option<String>> {
    Ok(reg.setting(key)?.filter(|v| !v.trim().is_empty()))
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let src = Sources::open(ctx, &args.registers)?;
    let as_of = args.as_of.unwrap_or(ctx.today);
    let years = args.years.or(args.year.map(|y| (y, y)));
    let lang = crate::i18n::lang();
    let mut parts = Vec::new();
    for s in &SECTIONS {
        let recap = compute(&src, s.what, as_of, years, ctx.today)?;
        if !(s.shown)(&recap.total) {
            continue;
        }
        let left_out = (s.left_out)(&recap.total);
        let draw = |view| {
            s.what
                .chart()
                .filter(|_| left_out.is_none())
                .map(|kind| chart::draw(kind, view, lang, &chart_words(kind, &src), false))
        };
        let chart = draw(&recap.total);
        // Several registers: each commission's own chart beside the combined one.
        let each = src
            .regs
            .iter()
            .zip(&recap.each)
            .filter_map(|((name, _), view)| Some((name.clone(), draw(view)?)))
            .collect();
        parts.push(Part {
            key: s.key,
            title: (s.title)(),
            about: (s.about)(),
            chart,
            each,
            view: recap.view,
            left_out,
        });
    }
    // Each commission by its full name, else its code (else its register's file name:
    // never a folder).
    let mut names = Vec::new();
    let mut heads = Vec::new();
    for (code, reg) in &src.regs {
        let name = setting(reg, "commission-name")?;
        let head = reg.head_summary()?.head;
        heads.push(match head {
            Some(h) => t!(
                "report-footer-head",
                commission = code.as_str(),
                head = h.to_string(),
                acts = h.acts
            ),
            None => t!("report-footer-no-head", commission = code.as_str()),
        });
        names.push(name.unwrap_or_else(|| code.clone()));
    }
    let first = &src.regs[0].1;
    let logo = match (src.several, setting(first, "commission-logo")?) {
        (false, Some(p)) => Some(super::doc::read_logo(Path::new(&p))?.data_uri()),
        _ => None,
    };
    let zone = setting(first, "timezone")?
        .and_then(|z| Zone::parse(&z))
        .unwrap_or(Zone::Wib);
    let codes: Vec<String> = src.regs.iter().map(|(n, _)| n.clone()).collect();
    let years_text = match years {
        Some((a, b)) if a == b => a.to_string(),
        Some((a, b)) => format!("{a}–{b}"),
        None => t!("report-all-years"),
    };
    let as_of_text = human::date_words_in(lang, as_of);
    let mut footer = vec![
        t!("report-footer-as-of", as_of = as_of_text.as_str()),
        t!(
            "report-footer-made",
            now = human::moment_words_in(lang, ctx.now(), zone),
            version = env!("CARGO_PKG_VERSION")
        ),
    ];
    footer.extend(heads);
    footer.push(t!("report-footer-privacy"));
    let report = Report {
        lang,
        commission: Some(names.join(" · ")),
        logo,
        title: t!("report-title"),
        subtitle: t!(
            "report-subtitle",
            commissions = codes.join(", "),
            years = years_text,
            as_of = as_of_text.as_str()
        ),
        parts,
        empty: t!("report-empty"),
        scroll_hint: t!("report-scroll-hint"),
        footer,
    };
    super::outfile::write_public(args.output.as_deref(), ctx, |out| {
        let mut out = std::io::BufWriter::new(out);
        write(&mut out, &report)?;
        out.flush()?;
        Ok(())
    })?;
    Ok(0)
}
