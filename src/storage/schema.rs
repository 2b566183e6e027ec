//! The register's schema, written from the template `schema.in.sql` and the domain's rule
//! tables; the schema objects it creates, as SQLite stores them; creating them in a fresh
//! register; and comparing them with a register's own. The template spells no word of a
//! vocabulary (a test checks): it names one as `{{EventKind::Undo}}` and a rule by its
//! placeholder (docs/rules.md lists them).

use super::sql::{self, Scope};
use crate::domain::recap::paper_counts;
use crate::domain::rules;
use crate::domain::rules::Field;
use crate::domain::vocab::Vocab;
use crate::domain::{
    ActKind, ApplicantKind, Attendance, BodyChange, BodyKind, CalendarChange, Court, CourtOutcome,
    Date, DayKind, EventKind, HearingKind, HearingStatus, Level, Outcome, Party, Pinned, Reason,
    State, Via, VoidReason,
};
use rusqlite::Connection;
use std::sync::OnceLock;

mod days;
mod years;
pub use days::{
    add_day_counts, count_day_stats, kept_day_stats, recap_from_days, recount_day_stats,
};
pub use years::{add_year_counts, recount_year_stats};

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
        ["day_stats"] => days::day_stats(&watched()),
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
        ["not_on_void_cases", col] => sql::not_on_void_cases(col),
        ["in_words", rule] => in_words(rule).replace('\'', "''"),
        [word] if word.contains("::") => format!("'{}'", stored_word(word)),
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
        "override" => crate::domain::Override::ALL
            .iter()
            .map(|o| o.as_str())
            .collect(),
        "hearing_status" => HearingStatus::stored_names(),
        "day_kind" => DayKind::stored_names(),
        "calendar_change" => CalendarChange::stored_names(),
        "level" => Level::stored_names(),
        "court" => Court::stored_names(),
        "party" => Party::stored_names(),
        "paper_kind" => crate::domain::PaperKind::stored_names(),
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
        "not_registered_reason" => crate::domain::NotRegisteredReason::stored_names(),
        "settings" => super::SETTINGS.iter().map(|s| s.key).collect(),
        _ => panic!("unknown vocabulary {name}"),
    }
}

/// The stored spelling of a value named `Type::Variant` (`EventKind::Undo`: `undo`), so
/// that the template names a word as the Rust code does and never spells it itself.
fn stored_word(name: &str) -> &'static str {
    let (vocab, variant) = name.split_once("::").expect("Type::Variant");
    Vocab::named(vocab)
        .and_then(|v| v.stored_of(variant))
        .unwrap_or_else(|| panic!("unknown word {name} in the schema's template"))
}

/// A rule of the domain's tables in English words, for the messages of the triggers that
/// hold it. The words are the stored spellings (and, for the routes, the decision each
/// gives), so that the messages change only when the schema does anyway.
fn in_words(rule: &str) -> String {
    match rule {
        // APPEALABLE: "an adjudication decision or an interim ruling"
        "appealable" => {
            let mut decisions: Vec<&str> =
                rules::APPEALABLE.iter().map(|v| decision_by(*v)).collect();
            // in alphabetical order, whatever the table's
            decisions.sort_unstable();
            or_list(&decisions)
        }
        // LEVELS: "cassation after a first-instance decision"
        "levels_in_order" => {
            let after: Vec<String> = rules::LEVELS
                .iter()
                .filter_map(|l| {
                    let before = l.after?.as_str().replace('_', "-");
                    let a = if before.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "an"
                    } else {
                        "a"
                    };
                    Some(format!("{} after {a} {before} decision", l.level))
                })
                .collect();
            after.join("; ")
        }
        // HEARING_MOVES: "held or cancelled once, from scheduled"
        "hearing_moves" => {
            let moves = rules::HEARING_MOVES
                .iter()
                .filter_map(|(_, f, t)| Some((f.as_ref()?, t)));
            let moves: Vec<_> = moves.filter(|(f, t)| f != t).collect();
            let said = |pick: &dyn Fn(&HearingStatus) -> bool| -> String {
                let ss: Vec<&str> = HearingStatus::ALL
                    .iter()
                    .filter(|s| pick(s))
                    .map(|s| s.as_str())
                    .collect();
                or_list(&ss)
            };
            let to = said(&|s| moves.iter().any(|(_, t)| *t == s));
            let from = said(&|s| moves.iter().any(|(f, _)| *f == s));
            format!("{to} once, from {from}")
        }
        _ => panic!("no words for the rule {rule} in the schema's template"),
    }
}

/// The decision a route gives, as a trigger's message names it.
fn decision_by(via: Via) -> &'static str {
    match via {
        Via::Interim => "an interim ruling",
        Via::Mediation => "a mediation decision",
        Via::Adjudication => "an adjudication decision",
    }
}

/// `a`, `a or b`, `a, b or c`.
fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [most @ .., last] => format!("{} or {last}", most.join(", ")),
    }
}

/// A date column's CHECK: an ISO date (`date()` gives it back unchanged) in the years the
/// domain reads ([`Date::YEARS`], stated once there): the schema took 1899-05-01, which
/// the parser refuses, and `case list` then failed. A NULL passes (no step).
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
        watched = watched(),
        updated = updated.join("\n"),
    )
}

/// The columns whose change may change a count: every fact but the received date (which
/// never changes), the void, and the end of intake (a filing not registered leaves the
/// cohort like a void entry).
fn watched() -> String {
    let watched: Vec<&str> = Field::ALL
        .iter()
        .filter(|f| **f != Field::Received)
        .map(|f| f.column())
        .chain(["voided_on", "not_registered_on"])
        .collect();
    watched.join(", ")
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

/// The SHA-256 of a schema, in hexadecimal: every object's kind, name, table and SQL as
/// SQLite stores them, in the order of kind and name (so the order they were made in does
/// not count). `migrate::SCHEMA_HASHES` pins each version's.
pub fn fingerprint(objects: &[Object]) -> String {
    use sha2::Digest;
    let mut sorted: Vec<&Object> = objects.iter().collect();
    sorted.sort_by(|a, b| (&a.kind, &a.name).cmp(&(&b.kind, &b.name)));
    let mut h = sha2::Sha256::new();
    for o in sorted {
        for part in [&o.kind, &o.name, &o.table, &o.sql] {
            h.update(part.as_bytes());
            h.update([0]);
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The latest date a case row holds, as SQL over a row of `cases` (for an aggregate:
/// `max(...)` of it is a year's latest date, which `year_stats.max_date` must not be
/// below).
pub fn case_latest_date() -> String {
    max_date("")
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
mod tests;
