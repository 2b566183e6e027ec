//! `sengketa import`: load the register CSV, all or nothing.

use super::Ctx;
use super::messages;
use super::table::{ImportArgs, InputKind, RegisterTable, import, open_input};
use crate::error::{Error, Result};
use crate::input::register_csv::RegisterRows;
use crate::storage::rebuild_from_archive;
use crate::t;
use std::path::{Path, PathBuf};

/// Import cases from a register CSV, all or nothing
///
/// Columns (header required, in this order):
///   register_no,received_on,applicant,applicant_kind,public_body,subject,
///   qualified_on,not_qualified_on,not_qualified_reason,withdrawn_on,decided_on,
///   decision_via,decision_outcome,decision_no,closed_on
///
/// An empty cell means the step has not happened; an empty register_no is assigned
/// the next number. Each case's history is built from its dates. If any row is
/// invalid nothing is written and every invalid row is reported (line, column,
/// value, reason); exit 3.
///
/// ',' or ';' between fields (as the header line has), a BOM or none; a cell that
/// `export` wrote with a ' before a formula character has the ' taken off again.
/// --archive FILE builds instead a new register from an archive (`sengketa export
/// --archive`): every act, hash and row as it was, checked as `sengketa verify`
/// checks a register, with the archive's head. The register (--db) must not exist
/// yet, or be an empty file.
///
/// Examples:
///   sengketa import jambi-2017.csv
///   sengketa import register-excel.csv      # as `export --excel` wrote it
///   sengketa import --dry-run - < cases.csv
///   sengketa --db restored.db import --archive register-2026-11.jsonl
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The CSV file, or - for standard input
    #[arg(required_unless_present = "archive")]
    file: Option<PathBuf>,
    /// Build a new register from this archive (- for standard input)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["file", "dry_run", "actor"])]
    archive: Option<PathBuf>,
    /// Check every row and report, but write nothing
    #[arg(long)]
    dry_run: bool,
    /// Who imports [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

/// `import --archive FILE`: a new register, built beside the target, checked, then put
/// in place.
fn archive(file: &Path, ctx: &Ctx) -> Result<i32> {
    let target = ctx.db_path()?;
    let existing = target.metadata().ok();
    if existing.as_ref().is_some_and(|m| m.len() > 0) {
        return Err(Error::invalid(t!(
            "archive-target-not-empty",
            path = target.display().to_string()
        ))
        .with_hint(t!("archive-target-not-empty-hint")));
    }
    let (input, _, name) = open_input(file, InputKind::Archive)?;
    let mut input = std::io::BufReader::with_capacity(1 << 16, input);
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| super::outfile::cannot_write(&target, &e))?;
    }
    let temp = super::outfile::staged(&target)?;
    let head = match rebuild_from_archive(temp.path(), &mut input)? {
        Ok(head) => head,
        Err(fault) => {
            return Err(
                Error::invalid(format!("{name}: {}", messages::archive_fault(&fault)))
                    .with_hint(t!("archive-fault-hint")),
            );
        }
    };
    let reg = ctx.open_at(temp.path())?;
    let mut problems = Vec::new();
    let verified = reg.verify(None, |p| problems.push(messages::problem(&p)))?;
    drop(reg);
    let rebuilt = verified.chain.head.map(|h| h.to_string());
    if !problems.is_empty() || rebuilt.as_deref() != Some(head.as_str()) {
        for p in &problems {
            crate::errln!("{p}")?;
        }
        // Either what verify found (the heads agree: saying both is saying one twice), or
        // the two heads that differ (a register of no acts has none).
        let message = if problems.is_empty() {
            t!(
                "archive-head-differs",
                name = name.as_str(),
                head = head.as_str(),
                rebuilt = rebuilt.unwrap_or_else(|| t!("archive-no-head"))
            )
        } else {
            t!(
                "archive-not-verified",
                name = name.as_str(),
                n = problems.len()
            )
        };
        return Err(Error::invalid(message).with_hint(t!("archive-fault-hint")));
    }
    super::outfile::place(temp, &target, existing.is_some())?;
    Ok(0)
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    if let Some(archive_file) = &args.archive {
        return archive(archive_file, ctx);
    }
    let file = args.file.expect("clap requires FILE without --archive");
    let table = RegisterTable(RegisterRows { today: ctx.today });
    let args = ImportArgs {
        file,
        dry_run: args.dry_run,
        actor: args.actor,
    };
    import(table, args, ctx)
}
