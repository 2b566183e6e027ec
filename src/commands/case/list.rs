//! `sengketa case list`.

use crate::commands::Ctx;
use crate::domain::State;
use crate::error::Result;
use crate::render::Format;
use crate::render::case::ListWriter;
use crate::storage::CaseFilter;
use std::io::Write;

/// List cases in register order, as the register holds them now
///
/// Examples:
///   sengketa case list --year 2017 --state qualified --body pendidikan
///   sengketa case list --applicant budi --format csv > budi.csv
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only cases received in this year
    #[arg(long)]
    year: Option<i32>,
    /// Only cases in this state
    #[arg(long, value_enum)]
    state: Option<State>,
    /// Only cases against a body whose name contains this (any case)
    #[arg(long)]
    body: Option<String>,
    /// Only cases whose applicant's name contains this (any case)
    #[arg(long)]
    applicant: Option<String>,
    /// At most this many cases (a page)
    #[arg(long)]
    limit: Option<u64>,
    /// Skip this many cases first (the page's start)
    #[arg(long, default_value_t = 0)]
    offset: u64,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let reg = ctx.open()?;
    let filter = CaseFilter {
        year: args.year,
        state: args.state,
        body: args.body,
        applicant: args.applicant,
        limit: args.limit,
        offset: args.offset,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut w = ListWriter::new(args.format, &mut out)?;
    reg.list(&filter, |c| w.push(&c))?;
    w.finish()?;
    out.flush()?;
    Ok(())
}
