//! `sengketa demo`: the paper's table, rebuilt from case records in a throwaway register.

use super::Ctx;
use crate::domain::recap::paper_view;
use crate::domain::row::{RawRow, check_header, parse_row};
use crate::domain::{Date, Lang};
use crate::error::{Error, Result};
use crate::render::recap::{RecapFormat, render};
use crate::storage::Register;
use std::io::Write;

/// The Jambi commission's 2017-2018 disputes (synthetic applicants), embedded.
pub const FIXTURE: &str = include_str!("../../fixtures/jambi-2017-2018.csv");

/// Rebuild the paper's Table 1 from case records, in a throwaway register.
///
/// Imports the embedded fixture (54 cases of the Jambi Provincial Information
/// Commission, 2017-2018, with synthetic applicants) into a register in a temporary
/// folder, touching no real register, and prints the recap as the paper shows it.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The language of the labels
    #[arg(long, value_enum, default_value_t = Lang::En)]
    lang: Lang,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let dir =
        tempfile::tempdir().map_err(|e| Error::internal(format!("no temporary folder: {e}")))?;
    let stamp = ctx.stamp(Some("demo".into()), None);
    let (mut reg, _) = Register::create(
        &dir.path().join("demo.db"),
        std::time::Duration::from_secs(5),
        &stamp.recorded_at,
    )?;
    reg.set_setting("commission-code", "JBI", &stamp)?;
    let mut rdr = csv::Reader::from_reader(FIXTURE.as_bytes());
    let header = rdr.headers()?.clone();
    check_header(&header.iter().collect::<Vec<_>>())
        .map_err(|e| Error::internal(format!("the embedded fixture's header: {e:?}")))?;
    // The paper's figures are as of 2019 (its source: Diskominfo, 2019); the demo shows
    // them as of the end of that year, whatever today is.
    let as_of = Date::from_ymd(2019, 12, 31).expect("a date");
    let today = ctx.today.max(as_of);
    reg.import(
        &ctx.stamp(Some("demo".into()), Some("the embedded fixture".into())),
        |importer| {
            for rec in rdr.records() {
                let rec = rec?;
                let raw: RawRow = rec.deserialize(Some(&header))?;
                let row = parse_row(&raw, today).map_err(|f| {
                    Error::internal(format!("the embedded fixture is invalid: {f:?}"))
                })?;
                importer.add(&row).map_err(|e| {
                    Error::internal(format!("the embedded fixture did not import: {e:?}"))
                })?;
            }
            Ok(true)
        },
    )?;
    let rows = reg.paper_recap(as_of, Some((2017, 2018)))?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "Disputes at the Jambi Provincial Information Commission, 2017-2018, as of {as_of} (rebuilt from {} case records)",
        rows.iter().map(|r| r.entered).sum::<i64>()
    )?;
    render(
        &mut out,
        &paper_view(&rows, Some((2017, 2018))),
        RecapFormat::Table,
        args.lang,
    )?;
    writeln!(out, "Try next:")?;
    writeln!(
        out,
        "  sengketa init && sengketa config set commission-code JBI    # a register of your own"
    )?;
    writeln!(
        out,
        "  sengketa import fixtures/jambi-2017-2018.csv && sengketa recap --by body"
    )?;
    writeln!(
        out,
        "  sengketa recap check ../shared/reference/table1-published.csv --as-of 2019-12-31"
    )?;
    out.flush()?;
    Ok(0)
}
