//! A CHECK of the schema that refused a write, in the user's terms: which table and which
//! columns, read from the rule SQLite names (its expression), never SQLite's raw text.
//! A CHECK reached by a command means the register's rules are not the ones this version
//! checks before writing: a register made by a different version, or a file changed or
//! damaged by other means.

use super::schema;

/// What a refusing CHECK is about: the tables that hold it (one, when its text is this
/// version's; else every table with all the columns it names) and those columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckRefusal {
    pub tables: Vec<String>,
    pub columns: Vec<String>,
}

/// Reads SQLite's message of a failed CHECK (`CHECK constraint failed: EXPR`); `None` for
/// any other message.
pub fn check_refusal(msg: &str) -> Option<CheckRefusal> {
    let expr = msg.strip_prefix("CHECK constraint failed: ")?.trim();
    let tables: Vec<&schema::Object> = schema::objects()
        .iter()
        .filter(|o| o.kind == "table")
        .collect();
    // The words of the expression outside its quoted values.
    let mut words = Vec::new();
    for (i, part) in expr.split('\'').enumerate() {
        if i % 2 == 0 {
            words.extend(
                part.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .filter(|w| !w.is_empty()),
            );
        }
    }
    let is_column = |w: &str| {
        tables
            .iter()
            .any(|t| schema::columns(&t.name).iter().any(|c| c == w))
    };
    let mut columns: Vec<String> = Vec::new();
    for w in words {
        if is_column(w) && !columns.iter().any(|c| c == w) {
            columns.push(w.to_string());
        }
    }
    let holding: Vec<String> = tables
        .iter()
        .filter(|t| t.sql.contains(expr))
        .map(|t| t.name.clone())
        .collect();
    let tables = if holding.len() == 1 {
        holding
    } else {
        tables
            .iter()
            .filter(|t| {
                !columns.is_empty()
                    && columns
                        .iter()
                        .all(|c| schema::columns(&t.name).iter().any(|x| x == c))
            })
            .map(|t| t.name.clone())
            .collect()
    };
    Some(CheckRefusal { tables, columns })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_of_this_schema_names_its_table_and_columns() {
        // A CHECK as this version writes it: found in its table.
        let mem = rusqlite::Connection::open_in_memory().unwrap();
        schema::create(&mem, &["table"]).unwrap();
        let err = mem
            .execute(
                "INSERT INTO settings (key, value) VALUES ('collective-leave', 'sometimes')",
                [],
            )
            .unwrap_err();
        let msg = err.to_string();
        let r = check_refusal(&msg).unwrap_or_else(|| panic!("{msg}"));
        assert_eq!(r.tables, ["settings"]);
        assert_eq!(r.columns, ["key", "value"]);
        // One another version wrote: the tables with every column it names.
        let r = check_refusal("CHECK constraint failed: command = 'x' OR note = 'y'").unwrap();
        assert_eq!(r.tables, ["acts"]);
        assert_eq!(r.columns, ["command", "note"]);
        assert_eq!(check_refusal("UNIQUE constraint failed: cases.id"), None);
    }
}
