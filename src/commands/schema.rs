//! `sengketa schema`: the SQL schema a register is made with.

use super::Ctx;
use crate::error::Result;
use std::io::Write;

/// Print the register's SQL schema (the rules the database holds itself)
///
/// The schema is written from the lifecycle's rule tables; it is the repository's
/// schema.sql. Useful to read what a direct edit with the sqlite3 shell will meet.
///
/// Examples:
///   sengketa schema | less
///   sengketa schema > schema.sql
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {}

pub fn run(_args: Args, _ctx: &Ctx) -> Result<i32> {
    let mut out = std::io::stdout().lock();
    out.write_all(crate::storage::schema::schema().as_bytes())?;
    out.flush()?;
    Ok(0)
}
