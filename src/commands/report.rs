//! `sengketa report`: the recaps with a chart each, as one self-contained HTML file.

use super::Ctx;
use super::recap::{By, Sources, What, chart_words, compute, parse_years};
use crate::commands::messages::parse_date as parse_arg;
use crate::domain::Date;
use crate::domain::recap::{Cell, View};
use crate::error::Result;
use crate::render::chart;
use crate::render::report::{Part, Report, write};
use crate::t;
use std::io::Write;
use std::path::PathBuf;

/// One HTML file of the yearly recaps, with charts, to print or to publish
///
/// The paper's yearly recap, the flow, the outcomes and the processing times,
/// each with a chart and its table, in the run's language (--lang). Sections
/// with nothing to show are left out. Self-contained: inline CSS and SVG, no
/// script, nothing loaded from the network. No applicant names. The footer
/// names the as-of date, the registers and their commission codes, and the
/// time it was made (SENGKETA_NOW when set, for a reproducible file).
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
    /// Write to this file (readable by its owner only) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// A section of the report: a recap view and how it is introduced. To add one (the
/// recap by kind of public body, say), add its entry here.
struct Section {
    /// Its anchor in the page.
    key: &'static str,
    what: What,
    title: fn() -> String,
    about: fn() -> String,
    /// Whether it has anything to show.
    shown: fn(&View) -> bool,
}

fn has_rows(v: &View) -> bool {
    !v.rows.is_empty()
}

/// Some case of the view has ended (a count in its `ended` column).
fn any_ended(v: &View) -> bool {
    let Some(i) = v.columns.iter().position(|c| c.key == "ended") else {
        return false;
    };
    v.rows
        .iter()
        .any(|r| matches!(r.get(i), Some(Cell::Int(n)) if *n > 0))
}

const SECTIONS: [Section; 6] = [
    Section {
        key: "recap",
        what: What::Paper,
        title: || t!("report-paper-title"),
        about: || t!("report-paper-about"),
        shown: has_rows,
    },
    Section {
        key: "flow",
        what: What::Flow,
        title: || t!("report-flow-title"),
        about: || t!("report-flow-about"),
        shown: has_rows,
    },
    Section {
        key: "outcomes",
        what: What::By(By::Outcome),
        title: || t!("report-outcomes-title"),
        about: || t!("report-outcomes-about"),
        shown: has_rows,
    },
    Section {
        key: "times",
        what: What::Times,
        title: || t!("report-times-title"),
        about: || t!("report-times-about"),
        shown: any_ended,
    },
    Section {
        key: "body-kinds",
        what: What::By(By::BodyKind),
        title: || t!("report-body-kinds-title"),
        about: || t!("report-body-kinds-about"),
        shown: has_rows,
    },
    Section {
        key: "appeals",
        what: What::Appeals,
        title: || t!("report-appeals-title"),
        about: || t!("report-appeals-about"),
        shown: any_decided,
    },
];

/// Some decision falls in the years of the view (a count in its `decisions` column).
fn any_decided(v: &View) -> bool {
    let Some(i) = v.columns.iter().position(|c| c.key == "decisions") else {
        return false;
    };
    v.rows
        .iter()
        .any(|r| matches!(r.get(i), Some(Cell::Int(n)) if *n > 0))
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
        let chart = s
            .what
            .chart()
            .map(|kind| chart::draw(kind, &recap.total, lang, &chart_words(kind, &src), false));
        parts.push(Part {
            key: s.key,
            title: (s.title)(),
            about: (s.about)(),
            chart,
            view: recap.view,
        });
    }
    let codes: Vec<String> = src.regs.iter().map(|(n, _)| n.clone()).collect();
    let files: Vec<String> = src
        .about
        .iter()
        .map(|(file, code)| match code {
            Some(c) => t!(
                "report-register-code",
                file = file.as_str(),
                code = c.as_str()
            ),
            None => t!("report-register-no-code", file = file.as_str()),
        })
        .collect();
    let years_text = match years {
        Some((a, b)) if a == b => a.to_string(),
        Some((a, b)) => format!("{a}–{b}"),
        None => t!("report-all-years"),
    };
    let report = Report {
        lang,
        title: t!("report-title"),
        subtitle: t!(
            "report-subtitle",
            commissions = codes.join(", "),
            years = years_text,
            as_of = crate::render::human::date(as_of)
        ),
        parts,
        empty: t!("report-empty"),
        footer: vec![
            t!(
                "report-footer-as-of",
                as_of = crate::render::human::date(as_of)
            ),
            t!(
                "report-footer-registers",
                n = files.len(),
                registers = files.join("; ")
            ),
            t!(
                "report-footer-made",
                now = crate::render::human::moment(ctx.now()),
                version = env!("CARGO_PKG_VERSION")
            ),
            t!("report-footer-privacy"),
        ],
    };
    super::export::write_output(args.output.as_deref(), ctx, |out| {
        let mut out = std::io::BufWriter::new(out);
        write(&mut out, &report)?;
        out.flush()?;
        Ok(())
    })?;
    Ok(0)
}
