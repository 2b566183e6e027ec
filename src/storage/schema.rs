//! The register's schema, written from the template `schema.in.sql` and the domain's rule
//! tables; the schema objects it creates, as SQLite stores them; creating them in a fresh
//! register; and comparing them with a register's own.

use super::sql::{self, Scope};
use crate::domain::recap::paper_counts;
use crate::domain::rules::Field;
use crate::domain::{
    ActKind, ApplicantKind, Attendance, BodyChange, BodyKind, CalendarChange, Court, CourtOutcome,
    Date, DayKind, EventKind, HearingKind, HearingStatus, Level, Outcome, Party, Pinned, Reason,
    State, Via, VoidReason,
};
use rusqlite::Connection;
use std::sync::OnceLock;

const TEMPLATE: &str = include_str!("schema.in.sql");

/// The whole current schema, as `schema.sql` at the repository's root holds it.
pub fn schema() -> &'static str {
    static SCHEMA: OnceLock<String> = OnceLock::new();
    SCHEMA.get_or_init(|| expand(TEMPLATE))
}

/// The template with every `{{placeholder}}` written out.
fn expand(template: &str) -> String {
    let mut out = String::with_capacity(template.len() * 2);
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let close = rest[open..].find("}}").expect("a closed placeholder") + open;
        let words: Vec<&str> = rest[open + 2..close].split_whitespace().collect();
        // The indentation of the placeholder's line, for the lines it writes.
        let indent = " ".repeat(out.len() - out.rfind('\n').map_or(0, |i| i + 1));
        out.push_str(&placeholder(&words, &indent));
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    out
}

fn placeholder(words: &[&str], indent: &str) -> String {
    let lines = |v: Vec<String>, sep: &str| v.join(&format!("{sep}\n{indent}"));
    match words {
        ["one_of", col, vocab] => sql::one_of(col, &vocabulary(vocab)),
        ["path_checks"] => lines(
            sql::path_checks()
                .into_iter()
                .map(|c| c.replace('\n', &format!("\n{indent}")))
                .collect(),
            ",",
        ),
        ["state_of_facts"] => sql::state_of_facts(""),
        ["transitions"] => sql::transitions(),
        ["detail_kinds"] => sql::detail_kinds(),
        ["closed_case_hearings"] => sql::closed_case_hearings(),
        ["open_states"] => super::list::open_condition(""),
        ["hearing_moves"] => sql::hearing_moves(),
        ["payload_checks"] => lines(sql::payload_checks(), ","),
        ["year_stats"] => year_stats(),
        ["void_states"] => sql::void_states(),
        ["appealable", col] => sql::appealable(col),
        ["level_courts"] => sql::level_courts(),
        ["levels_in_order"] => sql::levels_in_order(),
        ["date", col] => date_check(col),
        ["year", col] => {
            let years = Date::YEARS;
            format!("{col} BETWEEN {} AND {}", years.start(), years.end())
        }
        ["setting_values"] => lines(setting_values(), ","),
        ["case_file_triggers"] => case_file_triggers(),
        _ => panic!("unknown schema placeholder {words:?}"),
    }
}

/// The stored words of a vocabulary, by the name the template uses.
fn vocabulary(name: &str) -> Vec<&'static str> {
    match name {
        "state" => State::stored_names(),
        "applicant_kind" => ApplicantKind::stored_names(),
        "reason" => Reason::stored_names(),
        "via" => Via::stored_names(),
        "outcome" => Outcome::stored_names(),
        "event_kind" => EventKind::stored_names(),
        "act_kind" => ActKind::stored_names(),
        "pinned" => Pinned::stored_names(),
        "hearing_kind" => HearingKind::stored_names(),
        "hearing_step" => crate::domain::rules::HEARING_MOVES
            .iter()
            .map(|(k, _, _)| k.as_str())
            .collect(),
        "attendance" => Attendance::stored_names(),
        "hearing_status" => HearingStatus::stored_names(),
        "day_kind" => DayKind::stored_names(),
        "calendar_change" => CalendarChange::stored_names(),
        "level" => Level::stored_names(),
        "court" => Court::stored_names(),
        "party" => Party::stored_names(),
        "court_outcome" => CourtOutcome::stored_names(),
        "appeal_step" => vec![
            EventKind::AppealFile.as_str(),
            EventKind::AppealDecide.as_str(),
        ],
        "void_reason" => VoidReason::stored_names(),
        "body_kind" => BodyKind::stored_names(),
        "body_change" => BodyChange::stored_names(),
        "ground" => crate::domain::Ground::stored_names(),
        "person_role" => crate::domain::PersonRole::stored_names(),
        "seat" => crate::domain::Seat::stored_names(),
        "service_how" => crate::domain::ServiceHow::stored_names(),
        "service_result" => crate::domain::ServiceResult::stored_names(),
        "settings" => super::SETTINGS.iter().map(|s| s.key).collect(),
        _ => panic!("unknown vocabulary {name}"),
    }
}

/// A date column's CHECK: an ISO date (`date()` gives it back unchanged) in the years the
/// domain reads ([`Date::YEARS`], stated once there): the schema took 1899-05-01, which
/// the parser refuses, and `case list` then failed (issue 11). A NULL passes (no step).
fn date_check(col: &str) -> String {
    let years = Date::YEARS;
    format!(
        "date({col}, '+0 days') IS {col} AND {col} BETWEEN '{:04}-01-01' AND '{:04}-12-31'",
        years.start(),
        years.end()
    )
}

/// The case file's tables (`CASE_FILE_TABLES`): append-only, and written only by the
/// latest act, so that the sqlite3 shell cannot add a row to an act already sealed.
fn case_file_triggers() -> String {
    super::case_file::TABLES
        .iter()
        .map(|t| {
            format!(
                "CREATE TRIGGER {t}_append_only_update BEFORE UPDATE ON {t}\n\
                 BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;\n\
                 CREATE TRIGGER {t}_append_only_delete BEFORE DELETE ON {t}\n\
                 BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;\n\
                 CREATE TRIGGER {t}_by_the_latest_act BEFORE INSERT ON {t}\n\
                 WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)\n\
                 BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;"
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A CHECK per setting that is a choice: its key takes only its values.
fn setting_values() -> Vec<String> {
    super::SETTINGS
        .iter()
        .filter(|s| !s.values.is_empty())
        .map(|s| {
            let key = format!("key <> '{}'", s.key);
            let values = sql::one_of("value", s.values);
            format!("CHECK ({key} OR {})", &values[1..values.len() - 1])
        })
        .collect()
}

/// The latest date a case row holds, as SQL over `prefix`ed columns.
fn max_date(prefix: &str) -> String {
    let dates: Vec<String> = Field::dates()
        .map(|f| match f {
            Field::Received => format!("{prefix}{}", f.column()),
            _ => format!("coalesce({prefix}{}, '')", f.column()),
        })
        .collect();
    format!("max({})", dates.join(", "))
}

/// The paper's counts as the per-year counters keep them: each over the cohort (no void
/// entry counts), as every recap reads them.
fn kept_counts() -> Vec<(&'static str, crate::domain::rules::Pred)> {
    paper_counts()
        .into_iter()
        .map(|(k, p)| (k, sql::in_cohort(&p)))
        .collect()
}

/// The per-year counters of the paper's recap: the table and the triggers that keep it,
/// each count written from its definition in `paper_counts`, over the cohort.
fn year_stats() -> String {
    let counts = kept_counts();
    let keys: Vec<&str> = counts.iter().map(|(k, _)| *k).collect();
    let columns: Vec<String> = keys
        .iter()
        .map(|k| format!("    {k} INTEGER NOT NULL,"))
        .collect();
    let new = |p| sql::pred(p, Scope::new("NEW.", None));
    let old = |p| sql::pred(p, Scope::new("OLD.", None));
    let values: Vec<String> = counts.iter().map(|(_, p)| new(p)).collect();
    let added: Vec<String> = keys
        .iter()
        .map(|k| format!("        {k} = {k} + excluded.{k},"))
        .collect();
    let updated: Vec<String> = counts
        .iter()
        .map(|(k, p)| format!("        {k} = {k} - ({}) + ({}),", old(p), new(p)))
        .collect();
    // Every fact but the received date (which never changes), and the void.
    let watched: Vec<&str> = Field::ALL
        .iter()
        .filter(|f| **f != Field::Received)
        .map(|f| f.column())
        .chain(["voided_on"])
        .collect();
    format!(
        "CREATE TABLE year_stats (
    year INTEGER PRIMARY KEY,
{columns}
    max_date TEXT NOT NULL
) STRICT;
CREATE TRIGGER year_stats_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO year_stats (year, {keys}, max_date)
    VALUES (NEW.year,
        {values},
        {max_new})
    ON CONFLICT (year) DO UPDATE SET
{added}
        max_date = max(max_date, excluded.max_date);
END;
CREATE TRIGGER year_stats_update AFTER UPDATE OF {watched} ON cases
BEGIN
    UPDATE year_stats SET
{updated}
        max_date = max(max_date, {max_new})
    WHERE year = NEW.year;
END;
",
        columns = columns.join("\n"),
        keys = keys.join(", "),
        values = values.join(",\n        "),
        max_new = max_date("NEW."),
        added = added.join("\n"),
        watched = watched.join(", "),
        updated = updated.join("\n"),
    )
}

/// The per-year counters counted afresh from the cases (after a migration).
pub fn recount_year_stats() -> String {
    let counts = kept_counts();
    let keys: Vec<&str> = counts.iter().map(|(k, _)| *k).collect();
    let sums: Vec<String> = counts
        .iter()
        .map(|(_, p)| format!("sum({})", sql::pred(p, Scope::new("", None))))
        .collect();
    format!(
        "INSERT INTO year_stats (year, {}, max_date) SELECT year, {}, max({}) FROM cases GROUP BY year",
        keys.join(", "),
        sums.join(", "),
        max_date("")
    )
}

/// A schema object as SQLite stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    /// `table`, `index`, `trigger` or `view`.
    pub kind: String,
    pub name: String,
    pub table: String,
    pub sql: String,
}

/// The objects of a database, in the order they were made (SQLite's own and the
/// automatic indexes of UNIQUE constraints left out).
pub fn objects_of(conn: &Connection) -> rusqlite::Result<Vec<Object>> {
    let mut st = conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema
         WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid",
    )?;
    let rows = st.query_map([], |r| {
        Ok(Object {
            kind: r.get(0)?,
            name: r.get(1)?,
            table: r.get(2)?,
            sql: r.get(3)?,
        })
    })?;
    rows.collect()
}

/// The objects the current schema makes, tables first, then indexes, then triggers (the
/// order every register is built in, fresh or migrated).
pub fn objects() -> &'static [Object] {
    static OBJECTS: OnceLock<Vec<Object>> = OnceLock::new();
    OBJECTS.get_or_init(|| {
        let mem = Connection::open_in_memory().expect("an in-memory database");
        mem.execute_batch(schema())
            .expect("the generated schema is valid SQL");
        let mut all = objects_of(&mem).expect("the schema of an in-memory database");
        let rank = |k: &str| match k {
            "table" => 0,
            "index" => 1,
            _ => 2,
        };
        all.sort_by_key(|o| rank(&o.kind));
        all
    })
}

/// The columns of a table of the current schema, in their order (empty for no such
/// table).
pub fn columns(table: &str) -> &'static [String] {
    static COLUMNS: OnceLock<std::collections::HashMap<String, Vec<String>>> = OnceLock::new();
    let all = COLUMNS.get_or_init(|| {
        let mem = Connection::open_in_memory().expect("an in-memory database");
        mem.execute_batch(schema())
            .expect("the generated schema is valid SQL");
        let mut all = std::collections::HashMap::new();
        for t in objects().iter().filter(|o| o.kind == "table") {
            let mut st = mem
                .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
                .expect("table_info");
            let cols = st
                .query_map([&t.name], |r| r.get(0))
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<String>>>())
                .expect("the columns of a table");
            all.insert(t.name.clone(), cols);
        }
        all
    });
    all.get(table).map_or(&[], Vec::as_slice)
}

/// How a register's schema differs from the current one: an object missing, altered (its
/// SQL differs) or extra, by kind and name.
pub fn differences(conn: &Connection) -> rusqlite::Result<Vec<(String, String, SchemaChange)>> {
    let theirs = objects_of(conn)?;
    let ours = objects();
    let mut out = Vec::new();
    for o in ours {
        match theirs.iter().find(|t| t.kind == o.kind && t.name == o.name) {
            None => out.push((o.kind.clone(), o.name.clone(), SchemaChange::Missing)),
            Some(t) if t.sql != o.sql => {
                out.push((o.kind.clone(), o.name.clone(), SchemaChange::Altered))
            }
            Some(_) => {}
        }
    }
    for t in &theirs {
        if !ours.iter().any(|o| o.kind == t.kind && o.name == t.name) {
            out.push((t.kind.clone(), t.name.clone(), SchemaChange::Extra));
        }
    }
    Ok(out)
}

/// How one object of a register's schema differs from the current schema's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaChange {
    Missing,
    Altered,
    Extra,
}

/// Creates every object of the current schema (in a fresh or emptied database).
pub fn create(conn: &Connection, kinds: &[&str]) -> rusqlite::Result<()> {
    for o in objects()
        .iter()
        .filter(|o| kinds.contains(&o.kind.as_str()))
    {
        conn.execute_batch(&o.sql)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `schema.sql` is the schema the binary makes: edit the template or the domain's
    /// tables, then `SENGKETA_WRITE_SCHEMA=1 cargo test schema` writes it.
    #[test]
    fn schema_sql_is_the_generated_schema() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema.sql");
        if std::env::var_os("SENGKETA_WRITE_SCHEMA").is_some() {
            std::fs::write(path, schema()).unwrap();
        }
        let file = std::fs::read_to_string(path).unwrap();
        assert!(
            file == schema(),
            "schema.sql differs from the generated schema; run `SENGKETA_WRITE_SCHEMA=1 cargo test schema` and review the diff"
        );
    }

    #[test]
    fn every_placeholder_is_written_out() {
        assert!(!schema().contains("{{"));
        assert!(objects().iter().any(|o| o.name == "year_stats_update"));
    }
}
