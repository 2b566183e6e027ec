//! The import's bulk phase: the register rows' cases and events are written with the
//! connection's triggers off (SQLite's per-connection switch) and its foreign keys off, and
//! the same rules are checked over the rows written, set-based, inside the same
//! transaction, before it commits. Every other connection (a clerk's, the `sqlite3` shell)
//! still has every trigger.
//!
//! The checks are not a second copy of the rules: each is read from the register's own
//! trigger. A `BEFORE INSERT` trigger on the case or the event table, `WHEN cond BEGIN
//! SELECT RAISE(ABORT, 'words'); END`, becomes one `WHEN (cond)` of a single pass over
//! the rows this import wrote (`FROM table AS NEW WHERE ...`); the first row that breaks
//! one is refused with the trigger's own words, as the trigger would have refused it. An
//! `AFTER INSERT` trigger keeps a derived table: each has its upkeep here ([`Upkeep`]: the
//! counts the importer counts as it adds each case, added at the end), or the import
//! keeps the triggers on. The foreign keys are read from the schema the same way. A
//! trigger of another shape keeps the triggers on too: [`Bulk::start`] says whether the
//! bulk phase may run.
//!
//! Evaluated once the rows are in rather than before each one: for the import's own
//! rows (cases in order, each case's events in order) the conditions read the same.

use crate::domain::lifecycle::Facts;
use crate::domain::recap::days::{DayCounts, YearCounts};
use crate::error::Result;
use crate::storage::{db, schema};
use rusqlite::config::DbConfig;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, ffi};

/// The tables written in bulk, and which of their rows the import wrote (`?1`: the last
/// case id before it, `?2`: its act): an event is the import's if its case is or its act is.
const TABLES: &[(&str, &str)] = &[
    ("cases", "NEW.id > ?1"),
    ("events", "(NEW.case_id > ?1 OR NEW.act_id = ?2)"),
];

/// What an `AFTER INSERT` trigger on a bulk table keeps, brought up to date for the cases
/// the import wrote. Both are counted by the importer as it adds each case, by the Rust
/// reading of the definitions the triggers are written from (`domain::recap::days`), and
/// added to the kept ones at the end: a recount in SQL of the cases written took 7 s of
/// CPU at a million cases for the per-day counts (six sorted rows a case), 1.7 s for the
/// per-year ones (a year at a time through the index on the year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Upkeep {
    /// The per-year counters (`year_stats`).
    Years,
    /// The per-day counts (`day_stats`).
    Days,
}

/// What keeps up the table an `AFTER INSERT` trigger keeps, or `None` for a trigger this
/// module does not know (the import then keeps the triggers on).
fn upkeep(trigger: &str) -> Option<Upkeep> {
    match trigger {
        "year_stats_insert" => Some(Upkeep::Years),
        "day_stats_insert" => Some(Upkeep::Days),
        _ => None,
    }
}

/// One rule checked over the rows written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Check {
    /// The trigger it is read from, or `foreign key` and the tables.
    pub name: String,
    /// The table whose rows it reads.
    pub table: &'static str,
    /// True of a row (`NEW`) that breaks it.
    pub broken: String,
    /// The words a row that breaks it is refused with.
    pub words: String,
    /// SQLite's extended code for the refusal.
    pub code: i32,
}

/// The bulk phase of one import.
pub(crate) struct Bulk {
    before: i64,
    checks: Vec<Check>,
    /// The per-day and per-year counts of the cases added, where a trigger keeps them.
    days: Option<DayCounts>,
    years: Option<YearCounts>,
    /// The indexes of the bulk tables dropped for the load, to make again as they were.
    indexes: Vec<String>,
}

/// The rules of the bulk tables as checks, and the upkeep of what their triggers keep;
/// `None` when a trigger is of a shape this module does not read.
pub(crate) fn rules(conn: &Connection) -> Result<Option<(Vec<Check>, Vec<Upkeep>)>> {
    let mut checks = Vec::new();
    let mut kept = Vec::new();
    for o in schema::objects_of(conn).map_err(db)? {
        if o.kind != "trigger" || !TABLES.iter().any(|(t, _)| *t == o.table) {
            continue;
        }
        let head = |when: &str| format!("CREATE TRIGGER {} {when} ON {}", o.name, o.table);
        if o.sql.starts_with(&head("BEFORE INSERT")) {
            match check_of(&o.name, &o.table, &o.sql) {
                Some(c) => checks.push(c),
                None => return Ok(None),
            }
        } else if o.sql.starts_with(&head("AFTER INSERT")) {
            match upkeep(&o.name) {
                Some(u) => kept.push(u),
                None => return Ok(None),
            }
        }
    }
    for (table, _) in TABLES {
        checks.extend(foreign_keys(conn, table)?);
    }
    Ok(Some((checks, kept)))
}

/// `WHEN cond BEGIN SELECT RAISE(ABORT, 'words'); END` as a query over the rows written.
fn check_of(name: &str, table: &str, sql: &str) -> Option<Check> {
    let when = sql.find("\nWHEN ")? + "\nWHEN ".len();
    let begin = sql.rfind("\nBEGIN SELECT RAISE(ABORT, ")?;
    let words = sql[begin..]
        .strip_prefix("\nBEGIN SELECT RAISE(ABORT, ")?
        .strip_suffix("); END")?;
    let simple = words.len() >= 2
        && words.starts_with('\'')
        && words.ends_with('\'')
        && !words[1..words.len() - 1].replace("''", "").contains('\'');
    if !simple || when > begin {
        return None;
    }
    Some(Check {
        name: name.to_string(),
        table: TABLES.iter().find(|(t, _)| *t == table)?.0,
        broken: sql[when..begin].to_string(),
        words: words[1..words.len() - 1].replace("''", "'"),
        code: ffi::SQLITE_CONSTRAINT_TRIGGER,
    })
}

/// Each foreign key of `table` as a check over the rows written.
fn foreign_keys(conn: &Connection, table: &'static str) -> Result<Vec<Check>> {
    let mut st = conn
        .prepare(
            "SELECT id, \"table\", \"from\", coalesce(\"to\", '') FROM pragma_foreign_key_list(?1)
             ORDER BY id, seq",
        )
        .map_err(db)?;
    let keys: Vec<(i64, String, String, String)> = st
        .query_map([table], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .map_err(db)?
        .collect::<rusqlite::Result<_>>()
        .map_err(db)?;
    let mut checks: Vec<Check> = Vec::new();
    let mut i = 0;
    while i < keys.len() {
        let id = keys[i].0;
        let parent = keys[i].1.clone();
        let mut set = Vec::new();
        let mut null = Vec::new();
        while i < keys.len() && keys[i].0 == id {
            let (_, _, from, to) = &keys[i];
            let to = if to.is_empty() { "rowid" } else { to.as_str() };
            set.push(format!("p.\"{to}\" = NEW.\"{from}\""));
            null.push(format!("NEW.\"{from}\" IS NOT NULL"));
            i += 1;
        }
        checks.push(Check {
            name: format!("foreign key {table} -> {parent}"),
            table,
            broken: format!(
                "{} AND NOT EXISTS (SELECT 1 FROM \"{parent}\" p WHERE {})",
                null.join(" AND "),
                set.join(" AND ")
            ),
            words: FOREIGN_KEY.into(),
            code: ffi::SQLITE_CONSTRAINT_FOREIGNKEY,
        });
    }
    Ok(checks)
}

/// What SQLite says of a row whose foreign key has no parent.
const FOREIGN_KEY: &str = "FOREIGN KEY constraint failed";

/// The refusal SQLite would have given, with its code and words.
fn refused(code: i32, words: &str) -> crate::error::Error {
    db(rusqlite::Error::SqliteFailure(
        ffi::Error::new(code),
        Some(words.to_string()),
    ))
}

/// Every foreign key of the other tables an import writes (the bodies it adds, the
/// registration numbers, its act), which went in with the foreign keys off too.
pub(crate) fn other_keys(conn: &Connection) -> Result<()> {
    for table in ["bodies", "body_changes", "register_numbers", "acts"] {
        let broken = conn
            .prepare(&format!("PRAGMA foreign_key_check({table})"))
            .and_then(|mut st| st.exists([]))
            .map_err(db)?;
        if broken {
            return Err(refused(ffi::SQLITE_CONSTRAINT_FOREIGNKEY, FOREIGN_KEY));
        }
    }
    Ok(())
}

/// Turns the connection's triggers on or off. Every statement prepared before is
/// re-prepared at its next step, under the new setting.
pub(crate) fn triggers(conn: &Connection, on: bool) -> Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, on)
        .map_err(db)?;
    Ok(())
}

impl Bulk {
    /// Before the first case of the import, inside its transaction: the rules to check
    /// at its end, or `None` when the triggers must stay on.
    /// `first_load`: the register had no case as the import was about to start, and the
    /// connection's sorts go through a file.
    pub(crate) fn start(conn: &Connection, first_load: bool) -> Result<Option<Bulk>> {
        let Some((checks, upkeep)) = rules(conn)? else {
            return Ok(None);
        };
        let before: i64 = conn
            .query_row("SELECT coalesce(max(id), 0) FROM cases", [], |r| r.get(0))
            .map_err(db)?;
        // Into a register without a case, the tables' own indexes (not the UNIQUE ones,
        // which number the rows) are built once after the load, each from one sort,
        // rather than kept row by row; the transaction makes them again exactly as the
        // schema has them before anything reads them.
        let mut indexes = Vec::new();
        if before == 0 && first_load {
            for o in schema::objects_of(conn).map_err(db)? {
                if o.kind == "index" && TABLES.iter().any(|(t, _)| *t == o.table) {
                    conn.execute_batch(&format!("DROP INDEX \"{}\"", o.name))
                        .map_err(db)?;
                    indexes.push(o.sql);
                }
            }
        }
        let days = upkeep.contains(&Upkeep::Days).then(DayCounts::new);
        let years = upkeep.contains(&Upkeep::Years).then(YearCounts::new);
        Ok(Some(Bulk {
            before,
            checks,
            days,
            years,
            indexes,
        }))
    }

    /// Counts a case the import added (with the facts it was written with) where the
    /// per-day and per-year counts are kept ([`Upkeep`]). An imported case is never void
    /// nor refused registration: its row has neither column.
    pub(crate) fn added(&mut self, year: i32, facts: &Facts) {
        if let Some(days) = &mut self.days {
            days.count(year, facts, facts.received_on);
        }
        if let Some(years) = &mut self.years {
            years.count(year, facts);
        }
    }

    /// After the last row, triggers on again: every rule over the rows written (the first
    /// broken one, in the schema's order, refuses the import with its words), then what
    /// the `AFTER INSERT` triggers keep, added from the counts of [`Bulk::added`].
    pub(crate) fn finish(&mut self, conn: &Connection, act: i64) -> Result<()> {
        // Each index sorted in less memory than the page cache holds for the load.
        if !self.indexes.is_empty() {
            conn.execute_batch("PRAGMA cache_size = -8192")
                .map_err(db)?;
        }
        for sql in &self.indexes {
            conn.execute_batch(sql).map_err(db)?;
        }
        let written: i64 = conn
            .query_row("SELECT coalesce(max(id), 0) FROM cases", [], |r| r.get(0))
            .map_err(db)?;
        // Into a register that held fewer cases than the import wrote, a scan of the
        // table in its own order costs less than a lookup of each row written.
        let scan = written - self.before > self.before;
        for (table, rows) in TABLES {
            let Some(sql) = query(&self.checks, table, rows, scan) else {
                continue;
            };
            // The two numbers written into the query: not every table's rows read both.
            let sql = sql
                .replace("?1", &self.before.to_string())
                .replace("?2", &act.to_string());
            let broken: Option<i64> = conn
                .query_row(&sql, [], |r| r.get(0))
                .optional()
                .map_err(db)?;
            let broken = broken.and_then(|i| usize::try_from(i).ok());
            if let Some(c) = broken.and_then(|i| self.checks.get(i)) {
                return Err(refused(c.code, &c.words));
            }
        }
        if let Some(years) = self.years.take() {
            add_years(conn, years)?;
        }
        if let Some(days) = self.days.take() {
            add_days(conn, days)?;
        }
        Ok(())
    }
}

/// Adds the per-year counts of the cases the import wrote to the kept ones: the year, its
/// counts, its latest date.
fn add_years(conn: &Connection, years: YearCounts) -> Result<()> {
    let rows = years
        .into_years()
        .into_iter()
        .map(|(year, (counts, latest))| {
            let latest = latest.map_or(Value::Null, |d| Value::Text(d.as_str().to_string()));
            (year, None, counts, Some(latest))
        });
    add_each(conn, &schema::add_year_counts(), rows)
}

/// Adds the per-day counts of the cases the import wrote to the kept ones: the year, the
/// day, its counts.
fn add_days(conn: &Connection, days: DayCounts) -> Result<()> {
    let rows = days
        .into_counts()
        .into_iter()
        .map(|((year, day), counts)| (year, Some(day), counts, None));
    add_each(conn, &schema::add_day_counts(), rows)
}

/// Runs `sql` for each row: its year, its day if any, its counts, its last value if any.
fn add_each(
    conn: &Connection,
    sql: &str,
    rows: impl Iterator<Item = (i32, Option<crate::domain::Date>, Vec<i64>, Option<Value>)>,
) -> Result<()> {
    let mut st = conn.prepare(sql).map_err(db)?;
    for (year, day, counts, last) in rows {
        let mut values = vec![Value::Integer(year.into())];
        values.extend(day.map(|d| Value::Text(d.as_str().to_string())));
        values.extend(counts.into_iter().map(Value::Integer));
        values.extend(last);
        st.execute(rusqlite::params_from_iter(values)).map_err(db)?;
    }
    Ok(())
}

/// One pass over the rows of `table` written: the index in `checks` of the first rule
/// the first row that breaks one breaks. `scan`: read the whole table in its order
/// rather than look up the rows written.
fn query(checks: &[Check], table: &str, rows: &str, scan: bool) -> Option<String> {
    let whens: Vec<String> = checks
        .iter()
        .enumerate()
        .filter(|(_, c)| c.table == table)
        .map(|(i, c)| format!("WHEN ({}) THEN {i}", c.broken))
        .collect();
    if whens.is_empty() {
        return None;
    }
    let rows = if scan {
        rows.replace("NEW.", "+NEW.")
    } else {
        rows.to_string()
    };
    Some(format!(
        "SELECT broken FROM (SELECT CASE {} END AS broken FROM {table} AS NEW WHERE {rows}) \
         WHERE broken IS NOT NULL LIMIT 1",
        whens.join(" ")
    ))
}

#[cfg(test)]
mod tests;
