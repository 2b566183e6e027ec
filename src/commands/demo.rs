//! `sengketa demo`: the paper's table, rebuilt from case records in a register of its own.

use super::Ctx;
use crate::domain::Date;
use crate::domain::recap::paper_view;
use crate::domain::row::{RawRow, check_header, parse_row};
use crate::error::{Error, Result};
use crate::render::Dialect;
use crate::render::recap::{RecapFormat, render};
use crate::storage::Register;
use crate::t;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The Jambi commission's 2017-2018 disputes (synthetic applicants), embedded.
pub const FIXTURE: &str = include_str!("../../fixtures/jambi-2017-2018.csv");
/// The file name `--write-fixtures` gives the fixture.
pub const FIXTURE_NAME: &str = "jambi-2017-2018.csv";
/// The paper's Table 1 as published (Maulana 2020), in `recap --format csv` form.
pub const PUBLISHED: &str = include_str!("../../fixtures/table1-published.csv");
/// The file name `--write-fixtures` gives the published table.
pub const PUBLISHED_NAME: &str = "table1-published.csv";

/// Rebuild the paper's Table 1 from case records
///
/// Imports the embedded fixture (54 cases of the Jambi Provincial Information
/// Commission, 2017-2018, with synthetic applicants) into a register of its own and
/// prints the recap as the paper shows it. The register is a throwaway one in a
/// temporary folder, unless --db (or SENGKETA_DB) names a new file to keep it in;
/// an existing register is never touched.
///
/// --write-fixtures writes the embedded cases and the published table as CSV files,
/// for `sengketa import` and `sengketa recap check`.
///
/// Examples:
///   sengketa demo
///   sengketa demo --lang id
///   sengketa --db demo.db demo            # keep the demo's register to explore
///   sengketa demo --write-fixtures .
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Write jambi-2017-2018.csv and table1-published.csv into this folder, and stop
    #[arg(long, value_name = "DIR")]
    write_fixtures: Option<PathBuf>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    if let Some(dir) = args.write_fixtures {
        return write_fixtures(&dir);
    }
    // A register to keep, or a throwaway one (in `tmp`, removed when it is dropped).
    let (path, tmp) = match &ctx.db {
        Some(p) => {
            if p.exists() {
                let shown = p.display().to_string();
                return Err(Error::invalid(t!("demo-db-exists", path = &shown))
                    .with_hint(t!("demo-db-exists-hint")));
            }
            (p.clone(), None)
        }
        None => {
            let dir = tempfile::tempdir()
                .map_err(|e| Error::internal(t!("demo-no-temp-dir", why = e.to_string())))?;
            (dir.path().join("demo.db"), Some(dir))
        }
    };
    let kept = tmp.is_none();
    let as_of = Date::from_ymd(2019, 12, 31).expect("a date");
    let reg = build(&path, ctx, as_of)?;
    if !kept {
        // Nothing of a throwaway register is kept: an output failure is an output failure.
        crate::error::forget_committed();
    }
    let rows = reg.paper_recap(as_of, Some((2017, 2018)))?;
    let mut out = std::io::stdout().lock();
    let n = rows.iter().map(|r| r.entered).sum::<i64>();
    writeln!(out, "{}", t!("demo-title", as_of = as_of, n = n))?;
    render(
        &mut out,
        &paper_view(&rows, Some((2017, 2018))),
        RecapFormat::Table,
        Dialect::default(),
        crate::i18n::lang(),
    )?;
    let shown = path.display().to_string();
    let hints: Vec<(String, String)> = if kept {
        writeln!(out, "{}", t!("demo-kept", path = &shown))?;
        let db = format!("sengketa --db {}", shell_word(&shown));
        vec![
            (format!("{db} case list --year 2018"), t!("demo-try-list")),
            (format!("{db} recap --by body"), t!("demo-try-by-body")),
            (format!("{db} case show 2017/1"), t!("demo-try-show")),
        ]
    } else {
        vec![
            (
                "sengketa demo --write-fixtures .".into(),
                t!("demo-try-fixtures"),
            ),
            (
                "sengketa init && sengketa config set commission-code JBI".into(),
                t!("demo-try-init"),
            ),
            (
                format!("sengketa import {FIXTURE_NAME} && sengketa recap --by body"),
                t!("demo-try-import"),
            ),
            (
                format!("sengketa recap check {PUBLISHED_NAME} --as-of 2019-12-31"),
                t!("demo-try-check"),
            ),
            ("sengketa --db demo.db demo".into(), t!("demo-try-keep")),
        ]
    };
    writeln!(out, "{}", t!("demo-try-next"))?;
    // Each command under its comment: the lines fit a terminal and paste into a shell.
    for (cmd, why) in hints {
        writeln!(out, "  # {why}\n  {cmd}")?;
    }
    out.flush()?;
    Ok(0)
}

/// The register at `path`, made and filled with the embedded fixture.
fn build(path: &Path, ctx: &Ctx, as_of: Date) -> Result<Register> {
    let stamp = ctx.stamp(Some("demo".into()), None);
    let (mut reg, _) = Register::create(
        path,
        std::time::Duration::from_secs(5),
        ctx.clock(),
        ctx.network_fs(),
    )?;
    reg.set_setting("commission-code", "JBI", &stamp)?;
    let mut rdr = csv::Reader::from_reader(FIXTURE.as_bytes());
    let header = rdr.headers()?.clone();
    check_header(&header.iter().collect::<Vec<_>>())
        .map_err(|e| Error::internal(format!("the embedded fixture's header: {e:?}")))?;
    // The paper's figures are as of 2019 (its source: Diskominfo, 2019); the demo shows
    // them as of the end of that year, whatever today is.
    let today = ctx.today.max(as_of);
    reg.import(
        &ctx.stamp(Some("demo".into()), Some(t!("demo-note"))),
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
    Ok(reg)
}

/// Writes the embedded fixture and the published table into `dir`; refuses, writing
/// nothing, if either file is there already.
fn write_fixtures(dir: &Path) -> Result<i32> {
    let files = [(FIXTURE_NAME, FIXTURE), (PUBLISHED_NAME, PUBLISHED)];
    // A dangling link counts as there: nothing is written through a link.
    let there = |n: &str| std::fs::symlink_metadata(dir.join(n)).is_ok();
    if let Some((name, _)) = files.iter().find(|(n, _)| there(n)) {
        let shown = dir.join(name).display().to_string();
        return Err(Error::invalid(t!("demo-fixture-exists", path = &shown))
            .with_hint(t!("demo-fixture-exists-hint")));
    }
    let shown = dir.display().to_string();
    let cannot = |e: std::io::Error| {
        Error::unavailable(t!("demo-cannot-write", dir = &shown, why = e.to_string()))
    };
    std::fs::create_dir_all(dir).map_err(cannot)?;
    for (name, text) in files {
        let mut f = crate::output::OutputFile::create(&dir.join(name), None)?;
        f.write_all(text.as_bytes()).map_err(cannot)?;
        f.finish()?;
    }
    // As the user would type them: `jambi-2017-2018.csv` for the current folder.
    let at = |name: &str| {
        if dir == Path::new(".") {
            name.to_string()
        } else {
            shell_word(&dir.join(name).display().to_string())
        }
    };
    let (fixture, published) = (at(FIXTURE_NAME), at(PUBLISHED_NAME));
    crate::errln!("{}", t!("demo-fixtures-written", dir = &shown))?;
    crate::errln!("  {fixture}: {}", t!("demo-fixture-about"))?;
    crate::errln!("  {published}: {}", t!("demo-published-about"))?;
    crate::errln!("{}", t!("demo-try-next"))?;
    crate::errln!("  sengketa init && sengketa config set commission-code JBI")?;
    crate::errln!("  sengketa import {fixture} && sengketa recap --by body")?;
    crate::errln!("  sengketa recap check {published} --as-of 2019-12-31")?;
    Ok(0)
}

/// A path as a shell word: quoted when it holds anything but plain characters.
fn shell_word(s: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+,:@%".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}
