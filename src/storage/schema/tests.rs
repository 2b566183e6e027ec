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

/// The template spells no stored word of any vocabulary (every value of every [`Vocab`],
/// so every event kind; the settings' keys and values too): each is a placeholder filled
/// from the domain's tables (`{{EventKind::Undo}}`, `{{one_of kind event_kind}}`, ...), so
/// that renaming a word in `vocab.rs` renames it in the schema.
///
/// How a spelling is told from SQL: the same words are column names (`kind`, `reason`,
/// `outcome`, `level`), SQL words, and English in comments and messages, so only the
/// template's SQL string literals count (single-quoted, `''` an escaped quote; text after
/// `--` outside a literal is a comment and skipped). A literal counts when it is a stored
/// spelling whole (`'add'`), or when it holds, as a word, a spelling with an underscore
/// (`hearing_held` in a message names a step: no English word is spelled so); a one-word
/// spelling inside a message (`void`, `undo`) is English.
#[test]
fn the_template_spells_no_stored_word() {
    let words = stored_words();
    assert!(words.contains(&"undo") && words.contains(&"first_instance"));
    let found = spelled(TEMPLATE, &words);
    assert!(found.is_empty(), "spelled in schema.in.sql: {found:?}");
}

/// The check itself finds what it should and nothing else.
#[test]
fn spelled_words_are_found_in_literals_only() {
    let words = stored_words();
    let sql = "-- the 'add' step, a kind\n\
               CHECK ((kind = 'add') = (seq = 1)), -- 'undo' here is a comment\n\
               CHECK (at GLOB '[0-2][0-9]' AND kind = {{EventKind::Edit}})\n\
               RAISE(ABORT, 'a void case''s undo, not a hearing_held');\n\
               DEFAULT 'other' CHECK (x = '--'), y = 'remove'";
    assert_eq!(
        spelled(sql, &words),
        [
            "'add'",
            "'a void case's undo, not a hearing_held'",
            "'other'",
            "'remove'"
        ]
    );
    assert_eq!(literals("a = 'it''s' -- 'no'\nb = ''"), ["it's", ""]);
}

#[test]
fn a_word_placeholder_writes_the_stored_spelling() {
    assert_eq!(stored_word("EventKind::AppealFile"), "appeal_file");
    assert_eq!(stored_word("BodyKind::Other"), "other");
    let unknown = std::panic::catch_unwind(|| stored_word("EventKind::Appeal"));
    assert!(unknown.is_err());
    assert_eq!(or_list(&["a", "b", "c"]), "a, b or c");
    assert_eq!(or_list(&["a"]), "a");
}

/// Every stored spelling the template must not spell.
fn stored_words() -> Vec<&'static str> {
    let mut words: Vec<&str> = Vocab::ALL.iter().flat_map(|v| v.stored_names()).collect();
    for s in super::super::SETTINGS {
        words.push(s.key);
        words.extend(s.values);
    }
    words
}

/// The literals of `sql` that spell one of `words` (see above), quoted as written.
fn spelled(sql: &str, words: &[&str]) -> Vec<String> {
    literals(sql)
        .into_iter()
        .filter(|lit| {
            words.contains(&lit.as_str())
                || lit
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .any(|w| w.contains('_') && words.contains(&w))
        })
        .map(|lit| format!("'{lit}'"))
        .collect()
}

/// The SQL string literals of `sql`, unescaped, comments skipped.
fn literals(sql: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '-' if chars.peek() == Some(&'-') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' => {
                let mut lit = String::new();
                while let Some(c) = chars.next() {
                    if c != '\'' {
                        lit.push(c);
                    } else if chars.peek() == Some(&'\'') {
                        lit.push(chars.next().unwrap());
                    } else {
                        break;
                    }
                }
                out.push(lit);
            }
            _ => {}
        }
    }
    out
}
