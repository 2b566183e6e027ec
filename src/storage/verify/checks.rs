//! The quick check leaves the CHECK constraints of [`CHECKED_BY_HISTORY`] to the rest of
//! `verify`. Here each of their clauses is broken in turn, by a direct edit of one row of
//! a register (the CHECKs and triggers off, as the `sqlite3` shell can be made to), and
//! the rest of `verify` must find it; for a sample of them `verify --deep` (SQLite's whole
//! check) must name the constraint (each edit is chosen because SQLite evaluates its
//! clause as false). A clause added to the schema is tried too: the test reads them from
//! the register's own schema. And the case rows are read whole: an edit of any column
//! changes what is read, so the replay sees it.

use super::rows::CHECKED_BY_HISTORY;
use super::{FileCheck, Problem};
use crate::storage::test_support::{clock, fresh, stamp};
use crate::storage::{NetworkFs, Register};
use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};
use std::path::Path;

/// Every `CHECK (...)` of a table's SQL, its expression, in order.
fn check_clauses(sql: &str) -> Vec<String> {
    // Comments out first: they hold parentheses and quotes of their own.
    let sql: String = sql
        .lines()
        .map(|l| l.split_once("--").map_or(l, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n");
    let mut clauses = Vec::new();
    let mut rest = sql.as_str();
    while let Some(at) = rest.find("CHECK") {
        let after = rest[at + 5..].trim_start();
        rest = &rest[at + 5..];
        if !after.starts_with('(') {
            continue;
        }
        let (mut depth, mut quoted) = (0, false);
        for (i, ch) in after.char_indices() {
            match ch {
                '\'' => quoted = !quoted,
                '(' if !quoted => depth += 1,
                ')' if !quoted => {
                    depth -= 1;
                    if depth == 0 {
                        clauses.push(after[1..i].trim().to_string());
                        break;
                    }
                }
                _ => {}
            }
        }
    }
    clauses
}

/// The quoted words of a clause: the values its vocabulary names.
fn literals(clause: &str) -> Vec<String> {
    clause
        .split('\'')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// Whether `column` is named in `clause` as a whole word.
fn names(clause: &str, column: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    clause.match_indices(column).any(|(i, _)| {
        let before = clause[..i].chars().next_back();
        let after = clause[i + column.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// An edit of one row: its key's values and the columns set.
#[derive(Debug, Clone)]
struct Edit {
    key: Vec<Value>,
    set: Vec<(String, Value)>,
}

impl Edit {
    /// The row's key once the edit is made (it may set a column of the key).
    fn moved_key(&self, keys: &[String]) -> Vec<Value> {
        keys.iter()
            .zip(&self.key)
            .map(|(k, v)| {
                let set = self.set.iter().find(|(c, _)| c == k);
                set.map_or(v, |(_, new)| new).clone()
            })
            .collect()
    }
}

/// `key1 = ?N AND key2 = ?N+1 ...`: the row named by its key's values, bound from
/// parameter `first` on.
fn key_is(keys: &[String], first: usize) -> String {
    let wheres: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(j, k)| format!("{k} = ?{}", first + j))
        .collect();
    wheres.join(" AND ")
}

/// Applies `edit` to `table` on `conn` (its triggers and CHECKs off); false if SQLite
/// refused it (a type a STRICT table does not take, a key taken).
fn apply(conn: &Connection, table: &str, keys: &[String], edit: &Edit) -> bool {
    let sets: Vec<String> = edit
        .set
        .iter()
        .enumerate()
        .map(|(i, (c, _))| format!("{c} = ?{}", i + 1))
        .collect();
    let sql = format!(
        "UPDATE {table} SET {} WHERE {}",
        sets.join(", "),
        key_is(keys, edit.set.len() + 1)
    );
    let values = edit.set.iter().map(|(_, v)| v).chain(&edit.key);
    conn.execute(&sql, params_from_iter(values))
        .is_ok_and(|n| n == 1)
}

/// Whether `clause` is false for the row `key` of `table` once `edit` is made (tried in
/// a savepoint, rolled back).
fn breaks(conn: &Connection, table: &str, keys: &[String], clause: &str, edit: &Edit) -> bool {
    conn.execute_batch("SAVEPOINT try").unwrap();
    let key = edit.moved_key(keys);
    let broken = apply(conn, table, keys, edit) && {
        let sql = format!(
            "SELECT NOT ({clause}) FROM {table} WHERE {}",
            key_is(keys, 1)
        );
        conn.query_row(&sql, params_from_iter(&key), |r| {
            r.get::<_, Option<bool>>(0)
        })
        .ok()
        .flatten()
            == Some(true)
    };
    conn.execute_batch("ROLLBACK TO try; RELEASE try").unwrap();
    broken
}

/// Whether `clause` would be false for the row `edit.key` of `table` with the edit's
/// values in place of its columns' (read, not written: a quick look before [`breaks`]
/// tries the edit itself).
fn would_break(
    conn: &Connection,
    table: &str,
    columns: &[String],
    keys: &[String],
    clause: &str,
    edit: &Edit,
) -> bool {
    let n = edit.set.len();
    let select: Vec<String> = columns
        .iter()
        .map(|c| match edit.set.iter().position(|(s, _)| s == c) {
            Some(i) => format!("?{} AS {c}", i + 1),
            None => c.clone(),
        })
        .collect();

    let sql = format!(
        "SELECT NOT ({clause}) FROM (SELECT {} FROM {table} WHERE {})",
        select.join(", "),
        key_is(keys, n + 1)
    );
    let values = edit.set.iter().map(|(_, v)| v).chain(&edit.key);
    conn.prepare_cached(&sql)
        .and_then(|mut st| st.query_row(params_from_iter(values), |r| r.get::<_, Option<bool>>(0)))
        .ok()
        .flatten()
        == Some(true)
}

/// The values an edit tries for a column named in `clause`: nothing, blanks, a word no
/// vocabulary has, numbers, dates out of range or impossible, the clause's own words,
/// and the row's other values (for the clauses that order or pair columns).
fn candidates(clause: &str, row: &[Value]) -> Vec<Value> {
    let mut v = vec![
        Value::Null,
        Value::Text(String::new()),
        Value::Text(" ".into()),
        Value::Text("bogus".into()),
        Value::Integer(0),
        Value::Integer(-1),
        Value::Integer(1),
        Value::Integer(2),
        Value::Integer(1_000_000),
        Value::Text("1899-12-31".into()),
        Value::Text("1900-01-01".into()),
        Value::Text("2017-02-30".into()),
        Value::Text("2099-12-31".into()),
    ];
    v.extend(literals(clause).into_iter().map(Value::Text));
    v.extend(row.iter().cloned());
    v
}

/// An edit of one row of `table` that makes `clause` false: one column first, then two.
fn find_edit(
    conn: &Connection,
    table: &str,
    columns: &[String],
    keys: &[String],
    clause: &str,
) -> Option<Edit> {
    let named: Vec<&String> = columns.iter().filter(|c| names(clause, c)).collect();
    let key_sql = keys.join(", ");
    let all_sql = columns.join(", ");
    let mut st = conn
        .prepare(&format!("SELECT {key_sql}, {all_sql} FROM {table}"))
        .unwrap();
    let rows: Vec<Vec<Value>> = st
        .query_map([], |r| {
            (0..keys.len() + columns.len())
                .map(|i| r.get::<_, Value>(i))
                .collect()
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for row in &rows {
        let (key, values) = row.split_at(keys.len());
        let tries = candidates(clause, values);
        for c in &named {
            for v in &tries {
                let edit = Edit {
                    key: key.to_vec(),
                    set: vec![((*c).clone(), v.clone())],
                };
                if would_break(conn, table, columns, keys, clause, &edit)
                    && breaks(conn, table, keys, clause, &edit)
                {
                    return Some(edit);
                }
            }
        }
    }
    // Two columns at once (a date ordered after another that is empty in every row).
    for row in rows.iter().take(5) {
        let (key, values) = row.split_at(keys.len());
        let tries = candidates(clause, values);
        for (i, a) in named.iter().enumerate() {
            for b in &named[i + 1..] {
                for va in &tries {
                    for vb in &tries {
                        let edit = Edit {
                            key: key.to_vec(),
                            set: vec![((*a).clone(), va.clone()), ((*b).clone(), vb.clone())],
                        };
                        if would_break(conn, table, columns, keys, clause, &edit)
                            && breaks(conn, table, keys, clause, &edit)
                        {
                            return Some(edit);
                        }
                    }
                }
            }
        }
    }
    None
}

/// A connection that edits as a `sqlite3` shell with the CHECKs and triggers off.
fn editor(path: &Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch("PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF")
        .unwrap();
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER,
        false,
    )
    .unwrap();
    conn
}

/// What `verify` finds in the register at `path`, its file checked as `file` says.
fn found(path: &Path, file: FileCheck) -> Vec<Problem> {
    let reg = Register::open(
        path,
        std::time::Duration::from_secs(5),
        &clock(),
        NetworkFs::Refuse,
    )
    .unwrap();
    let mut found = Vec::new();
    reg.verify_with(None, None, file, |p| found.push(p))
        .unwrap();
    found
}

/// A register of varied cases: of the Jambi disputes (qualified or not, withdrawn,
/// decided by each route, closed), the first of each state, route, outcome and reason,
/// imported (a dozen: each check runs `verify` on a copy).
fn varied(reg: &mut Register) {
    use crate::domain::row::{RawRow, check_header, parse_row};
    let fixture = include_str!("../../../fixtures/jambi-2017-2018.csv");
    let mut rdr = csv::Reader::from_reader(fixture.as_bytes());
    let header = rdr.headers().unwrap().clone();
    check_header(&header.iter().collect::<Vec<_>>()).unwrap();
    let today = crate::domain::Date::parse("2019-12-31").unwrap();
    let kept = reg
        .import(&stamp(), |importer| {
            let mut shapes = std::collections::HashSet::new();
            for rec in rdr.records() {
                let rec = rec.unwrap();
                let raw: RawRow = rec.deserialize(Some(&header)).unwrap();
                let row = parse_row(&raw, today).unwrap();
                let f = &row.facts;
                if shapes.insert(format!(
                    "{:?}",
                    (f.state(), f.decision, f.not_qualified_reason)
                )) {
                    importer.add(&row).unwrap();
                }
            }
            Ok(true)
        })
        .unwrap();
    assert!(kept);
}

/// A table's columns and its primary key's, in order.
fn columns_and_keys(conn: &Connection, table: &str) -> (Vec<String>, Vec<String>) {
    let mut st = conn
        .prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid")
        .unwrap();
    let info: Vec<(String, i64)> = st
        .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let columns = info.iter().map(|(n, _)| n.clone()).collect();
    let mut keyed: Vec<&(String, i64)> = info.iter().filter(|(_, pk)| *pk > 0).collect();
    keyed.sort_by_key(|(_, pk)| *pk);
    (columns, keyed.iter().map(|(n, _)| n.clone()).collect())
}

/// The CHECK clauses of `table` in the register's own schema.
fn clauses_of(conn: &Connection, table: &str) -> Vec<String> {
    let sql: String = conn
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )
        .unwrap();
    check_clauses(&sql)
}

/// Each CHECK clause of [`CHECKED_BY_HISTORY`] broken in turn (one edit a clause, on a
/// copy of the register) is found by `verify` without SQLite's CHECKs of those tables,
/// and named by `verify --deep`.
#[test]
fn a_row_that_breaks_a_check_is_found_without_sqlites_checks() {
    let (dir, mut reg) = fresh();
    varied(&mut reg);
    reg.conn
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let original = dir.path().join("r.db");
    let copy = dir.path().join("edited.db");
    let conn = editor(&original);
    let (mut unbroken, mut missed, mut tried) = (Vec::new(), Vec::new(), 0);
    for table in CHECKED_BY_HISTORY {
        let (columns, keys) = columns_and_keys(&conn, table);
        let clauses = clauses_of(&conn, table);
        assert!(clauses.len() > 5, "{table}: {clauses:?}");
        for clause in clauses {
            let Some(edit) = find_edit(&conn, table, &columns, &keys, &clause) else {
                unbroken.push(format!("{table}: {clause}"));
                continue;
            };
            tried += 1;
            std::fs::copy(&original, &copy).unwrap();
            assert!(apply(&editor(&copy), table, &keys, &edit));
            let quick = found(&copy, FileCheck::Quick);
            let why = format!("{table}: CHECK ({clause}) broken by {edit:?}");
            if !quick.iter().any(|p| !matches!(p, Problem::Integrity(_))) {
                missed.push(format!("{why}: only SQLite's check found it: {quick:?}"));
            }
            if tried % 8 == 1 {
                // SQLite's own check names it (a sample: the edit is known to break the
                // clause, evaluated as SQLite evaluates it).
                let deep = found(&copy, FileCheck::Deep);
                let named = format!("CHECK constraint failed in {table}");
                assert!(
                    deep.iter()
                        .any(|p| matches!(p, Problem::Integrity(l) if l.contains(&named))),
                    "{why}: verify --deep did not name it: {deep:?}"
                );
            }
        }
    }
    assert!(missed.is_empty(), "{missed:#?}");
    assert!(unbroken.is_empty(), "no edit breaks {unbroken:#?}");
    assert!(tried > 50, "{tried} clauses");
}

/// The case rows are read whole: every edit of a column of one (to another value SQLite
/// stores) changes what is read of the case, or makes it unreadable, so that the replay
/// of its history finds it. The CHECKs of the case table that `verify` leaves out pair
/// columns the read once ignored (a void's reason without its date).
#[test]
fn every_edit_of_a_case_row_changes_what_is_read() {
    use crate::storage::rows::{CASE_COLUMNS, case_from_row};
    let (dir, mut reg) = fresh();
    varied(&mut reg);
    let conn = editor(&dir.path().join("r.db"));
    let (columns, _) = columns_and_keys(&conn, "cases");
    let clauses = clauses_of(&conn, "cases");
    // The words a column's own clauses name (its vocabulary, the states it pairs with).
    let words = |column: &str| -> Vec<Value> {
        let mut words: Vec<String> = clauses
            .iter()
            .filter(|c| names(c, column))
            .flat_map(|c| literals(c))
            .collect();
        words.sort();
        words.dedup();
        words.into_iter().map(Value::Text).collect()
    };
    let read = |id: i64| -> Option<Result<crate::domain::case::CaseRecord, String>> {
        conn.query_row(
            &format!(
                "SELECT {CASE_COLUMNS} FROM cases c JOIN bodies b ON b.id = c.body_id
                 WHERE c.id = ?1"
            ),
            [id],
            |r| Ok(case_from_row(r).map_err(|e| e.to_string())),
        )
        .ok()
    };
    // A case in each state the fixture has, the first of each.
    let mut st = conn
        .prepare(
            "SELECT min(id) FROM cases GROUP BY state, decision_via, not_qualified_on IS NULL
             LIMIT 6",
        )
        .unwrap();
    let ids: Vec<i64> = st
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(ids.len() >= 5, "{ids:?}");
    let mut hidden = Vec::new();
    let mut edits = 0;
    for id in ids {
        let before = read(id);
        assert!(matches!(before, Some(Ok(_))), "{before:?}");
        let row: Vec<Value> = conn
            .query_row(
                &format!("SELECT {} FROM cases WHERE id = ?1", columns.join(", ")),
                [id],
                |r| (0..columns.len()).map(|i| r.get::<_, Value>(i)).collect(),
            )
            .unwrap();
        for (column, now) in columns.iter().zip(&row) {
            let mut tries = candidates("", &row);
            tries.extend(words(column));
            let mut seen = std::collections::HashSet::new();
            tries.retain(|v| v != now && seen.insert(format!("{v:?}")));
            for v in &tries {
                let edit = Edit {
                    key: vec![Value::Integer(id)],
                    set: vec![(column.clone(), v.clone())],
                };
                conn.execute_batch("SAVEPOINT try").unwrap();
                if apply(&conn, "cases", &["id".to_string()], &edit) {
                    edits += 1;
                    // The edited row is read by its new id when the id was edited.
                    let at = match edit.moved_key(&["id".to_string()])[0] {
                        Value::Integer(n) => n,
                        _ => id,
                    };
                    let after = read(at);
                    // A reference to no case is the foreign-key check's to find.
                    let dangling = || {
                        conn.prepare("SELECT 1 FROM pragma_foreign_key_check('cases')")
                            .and_then(|mut st| st.exists([]))
                            .unwrap()
                    };
                    if after == before && !dangling() {
                        hidden.push(format!("case #{id}: {column} = {v:?}"));
                    }
                }
                conn.execute_batch("ROLLBACK TO try; RELEASE try").unwrap();
            }
        }
    }
    assert!(edits > 500, "{edits} edits");
    assert!(
        hidden.is_empty(),
        "edits the read does not see: {hidden:#?}"
    );
}
