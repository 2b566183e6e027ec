//! The archive: the whole register as JSON Lines, and a new register rebuilt from one.
//!
//! Format `sengketa-archive`, version 1 (README, "The archive"): a header line
//! `{"format":"sengketa-archive","version":1,"schema_version":N,"head":"N:HEX16",
//! "hash":"HEX64"}`; then, for each table of the schema but the derived per-year counts,
//! in the schema's order, a line `{"table":NAME,"columns":[...]}` followed by one line per
//! row, a JSON array of its values in those columns' order (integers as numbers, text as
//! strings, NULL as null), rows in primary-key order; and a last line
//! `{"end":"sengketa-archive","rows":TOTAL}`, so that a cut file is refused.

use super::{Register, StoreError, db, schema, unavailable};
use crate::domain::chain::Head;
use crate::error::Result;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, ToSql, params_from_iter};
use serde_json::{Value, json};
use std::io::{BufRead, Read, Write};

/// The archive's format name and version.
pub const FORMAT: &str = "sengketa-archive";
pub const VERSION: i64 = 1;

/// Tables left out: derived from the others, counted afresh on import.
const DERIVED: &[&str] = &["year_stats", "day_stats"];

/// The tables an archive holds, in the schema's order.
fn tables() -> impl Iterator<Item = &'static str> {
    schema::objects()
        .iter()
        .filter(|o| o.kind == "table" && !DERIVED.contains(&o.name.as_str()))
        .map(|o| o.name.as_str())
}

/// The primary-key columns of a table, in key order (the rowid for a table without one).
fn key_of(conn: &Connection, table: &str) -> rusqlite::Result<String> {
    let mut st = conn.prepare("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk")?;
    let cols: Vec<String> = st
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(if cols.is_empty() {
        "rowid".into()
    } else {
        cols.iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

fn quoted(cols: &[String]) -> String {
    cols.iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn line(out: &mut dyn Write, v: &Value) -> Result<()> {
    serde_json::to_writer(&mut *out, v).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(())
}

impl Register {
    /// Writes the whole register as an archive, from one snapshot. Returns the head it
    /// holds.
    pub fn export_archive(&self, out: &mut dyn Write) -> Result<Head> {
        let snapshot = self.conn.unchecked_transaction().map_err(db)?;
        let c: &Connection = &snapshot;
        let head = self.head()?;
        line(
            out,
            &json!({
                "format": FORMAT,
                "version": VERSION,
                "schema_version": super::SCHEMA_VERSION,
                "head": head.to_string(),
                "hash": head.hash.hex(),
            }),
        )?;
        let mut total = 0u64;
        for table in tables() {
            let cols = schema::columns(table);
            line(out, &json!({ "table": table, "columns": cols }))?;
            let sql = format!(
                "SELECT {} FROM \"{table}\" ORDER BY {}",
                quoted(cols),
                key_of(c, table).map_err(db)?
            );
            let mut st = c.prepare(&sql).map_err(db)?;
            let mut rows = st.query([]).map_err(db)?;
            while let Some(r) = rows.next().map_err(db)? {
                let mut values = Vec::with_capacity(cols.len());
                for i in 0..cols.len() {
                    values.push(match r.get_ref(i).map_err(db)? {
                        ValueRef::Null => Value::Null,
                        ValueRef::Integer(n) => json!(n),
                        ValueRef::Real(x) => json!(x),
                        ValueRef::Text(t) => {
                            Value::String(String::from_utf8(t.to_vec()).map_err(|_| {
                                StoreError::Unarchivable {
                                    table: table.to_string(),
                                    blob: false,
                                }
                            })?)
                        }
                        ValueRef::Blob(_) => {
                            return Err(StoreError::Unarchivable {
                                table: table.to_string(),
                                blob: true,
                            }
                            .into());
                        }
                    });
                }
                line(out, &Value::Array(values))?;
                total += 1;
            }
        }
        line(out, &json!({ "end": FORMAT, "rows": total }))?;
        drop(snapshot);
        Ok(head)
    }

    /// The head of the chain as stored: the number of acts and the last act's hash.
    pub fn head(&self) -> Result<Head> {
        let (acts, hash): (i64, Option<String>) = self
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM acts),
                        (SELECT hash FROM act_hashes ORDER BY act_id DESC LIMIT 1)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(db)?;
        Ok(Head {
            acts: acts as u64,
            hash: hash
                .and_then(|h| crate::domain::chain::ChainHash::parse(&h))
                .unwrap_or_default(),
        })
    }
}

/// Why an archive cannot be read; the command layer words it, with the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArchiveFault {
    /// The first line is not an archive's header.
    NotAnArchive,
    /// Another version of the format, or of the schema.
    Version { format: i64, schema: i64 },
    /// A line that is not what the format has there.
    Line { line: u64, why: LineFault },
    /// The file ends before its last line.
    Cut,
    /// Rows that point at rows the archive does not hold (a foreign key broken).
    Dangling { rows: i64 },
}

/// What is wrong with a line of an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineFault {
    /// A row before any table's line.
    RowBeforeTable,
    /// A row of `values` values where the table has `columns` columns.
    Width { values: usize, columns: usize },
    /// A value that is neither null, text nor a number (as JSON).
    NotAValue(String),
    /// The register refused the row (a CHECK, a UNIQUE, a trigger).
    Refused(super::StoreError),
    /// A table the register does not have, or one seen before.
    UnknownTable(String),
    /// A table with other columns than the schema's.
    OtherColumns(String),
    /// The last line's count of rows is not the count read.
    RowCount(u64),
    /// A line after the last.
    AfterLast,
    /// Not a line of an archive at all.
    NotALine,
    /// A line longer than this many bytes: longer than any row the register can hold.
    TooLong(usize),
}

/// The longest line an archive may have, in bytes: a row holds at most a few notes of
/// 10,000 characters, each at most 6 bytes in JSON (`\uXXXX`); 4 MiB is far past any.
pub const MAX_LINE: usize = 4 << 20;

/// Fills `conn`, a new database holding the schema's tables only, from an archive, in
/// the caller's transaction; then counts the derived tables and makes the indexes and
/// triggers. Returns the head the archive says it holds.
fn import_archive(
    conn: &Connection,
    input: &mut dyn BufRead,
) -> Result<std::result::Result<String, ArchiveFault>> {
    let mut n = 0u64;
    let mut buf = Vec::new();
    let mut next = || -> Result<std::result::Result<Option<(u64, Value)>, ArchiveFault>> {
        buf.clear();
        // A line is read up to its cap, never whole whatever its length: a 200 MB line
        // once took 826 MB.
        let read = (&mut *input)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut buf)
            .map_err(|e| StoreError::ArchiveUnreadable(e.to_string()))?;
        if read == 0 {
            return Ok(Ok(None));
        }
        n += 1;
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        } else if buf.len() > MAX_LINE {
            return Ok(Err(ArchiveFault::Line {
                line: n,
                why: LineFault::TooLong(MAX_LINE),
            }));
        }
        // A byte-order mark before the header (an editor's or a Windows tool's) is no
        // part of it.
        let text = match buf.strip_prefix(b"\xef\xbb\xbf") {
            Some(rest) if n == 1 => rest,
            _ => &buf[..],
        };
        let text =
            std::str::from_utf8(text).map_err(|e| StoreError::ArchiveUnreadable(e.to_string()))?;
        Ok(Ok(Some((
            n,
            serde_json::from_str(text).unwrap_or(Value::Null),
        ))))
    };
    macro_rules! next {
        () => {
            match next()? {
                Ok(line) => line,
                Err(fault) => return Ok(Err(fault)),
            }
        };
    }
    let Some((_, header)) = next!() else {
        return Ok(Err(ArchiveFault::NotAnArchive));
    };
    if header["format"] != FORMAT {
        return Ok(Err(ArchiveFault::NotAnArchive));
    }
    let (format, version) = (
        header["version"].as_i64().unwrap_or(0),
        header["schema_version"].as_i64().unwrap_or(0),
    );
    if format != VERSION || version != super::SCHEMA_VERSION {
        return Ok(Err(ArchiveFault::Version {
            format,
            schema: version,
        }));
    }
    let head = header["head"].as_str().unwrap_or_default().to_string();
    let bad = |line: u64, why: LineFault| Ok(Err(ArchiveFault::Line { line, why }));
    let mut insert: Option<(rusqlite::Statement, usize)> = None;
    let mut total = 0u64;
    let mut seen: Vec<String> = Vec::new();
    loop {
        let Some((line, v)) = next!() else {
            return Ok(Err(ArchiveFault::Cut));
        };
        match v {
            Value::Array(values) => {
                let Some((st, width)) = insert.as_mut() else {
                    return bad(line, LineFault::RowBeforeTable);
                };
                if values.len() != *width {
                    return bad(
                        line,
                        LineFault::Width {
                            values: values.len(),
                            columns: *width,
                        },
                    );
                }
                let mut params: Vec<Box<dyn ToSql>> = Vec::with_capacity(values.len());
                for v in values {
                    params.push(match v {
                        Value::Null => Box::new(rusqlite::types::Null),
                        Value::String(s) => Box::new(s),
                        Value::Number(x) if x.is_i64() => Box::new(x.as_i64()),
                        Value::Number(x) => Box::new(x.as_f64()),
                        other => return bad(line, LineFault::NotAValue(other.to_string())),
                    });
                }
                if let Err(e) = st.execute(params_from_iter(params.iter())) {
                    return bad(line, LineFault::Refused(super::store_error(e)));
                }
                total += 1;
            }
            Value::Object(o) if o.contains_key("table") => {
                let table = o["table"].as_str().unwrap_or_default().to_string();
                let cols: Vec<String> = o
                    .get("columns")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|c| c.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default();
                if !tables().any(|t| t == table) || seen.contains(&table) {
                    return bad(line, LineFault::UnknownTable(table));
                }
                if cols != schema::columns(&table) {
                    return bad(line, LineFault::OtherColumns(table));
                }
                let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
                let sql = format!(
                    "INSERT INTO \"{table}\" ({}) VALUES ({})",
                    quoted(&cols),
                    marks.join(", ")
                );
                insert = Some((conn.prepare(&sql).map_err(db)?, cols.len()));
                seen.push(table);
            }
            Value::Object(o) if o.get("end").and_then(Value::as_str) == Some(FORMAT) => {
                if o.get("rows").and_then(Value::as_u64) != Some(total) {
                    return bad(line, LineFault::RowCount(total));
                }
                if next!().is_some() {
                    return bad(line + 1, LineFault::AfterLast);
                }
                break;
            }
            _ => return bad(line, LineFault::NotALine),
        }
    }
    drop(insert);
    conn.execute_batch(&schema::recount_year_stats())
        .map_err(db)?;
    schema::recount_day_stats(conn).map_err(db)?;
    schema::create(conn, &["index", "trigger", "view"]).map_err(db)?;
    Ok(Ok(head))
}

/// Builds a new register at `path` (an empty file, owner-only, made by the caller) from an
/// archive, in one transaction: its tables, every row, then the derived counts, indexes
/// and triggers. Returns the head the archive's header names, or why it cannot be read
/// (then the file is left empty of tables).
pub fn rebuild_from_archive(
    path: &std::path::Path,
    input: &mut dyn BufRead,
) -> Result<std::result::Result<String, ArchiveFault>> {
    let mut conn = Connection::open(path).map_err(|e| unavailable(path, e))?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .map_err(|e| unavailable(path, e))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::NoWal {
            path: path.to_path_buf(),
            mode,
        }
        .into());
    }
    // The rows go in table by table; foreign keys are checked once at the end.
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768",
    )
    .map_err(db)?;
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(db)?;
    schema::create(&tx, &["table"]).map_err(db)?;
    let head = match import_archive(&tx, input)? {
        Ok(head) => head,
        Err(fault) => return Ok(Err(fault)),
    };
    let broken: i64 = tx
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(db)?;
    if broken > 0 {
        return Ok(Err(ArchiveFault::Dangling { rows: broken }));
    }
    tx.pragma_update(None, "user_version", super::SCHEMA_VERSION)
        .map_err(db)?;
    tx.pragma_update(None, "application_id", super::APPLICATION_ID)
        .map_err(db)?;
    tx.commit().map_err(db)?;
    Ok(Ok(head))
}
