//! What `verify` checks of every stored column, in one place: a column is either hashed
//! with its act (every column of a table in `chain::ACT_ROWS`, by name) or listed here
//! with the check that recomputes it. A test reads every column of a fresh register and
//! fails on one that is neither, so a column added without a check cannot slip by.

/// How `verify` checks the columns of a table that is not hashed whole with its act.
// Read by the test below (and by whoever adds a column): nothing at run time needs it.
#[allow(dead_code)]
pub struct Covered {
    pub table: &'static str,
    pub columns: &'static [&'static str],
    /// The check, in words (for the reader of this table and of the test's failures).
    pub by: &'static str,
}

/// Every column of the tables that are not in `chain::ACT_ROWS`.
#[allow(dead_code)]
pub const COVERED: &[Covered] = &[
    Covered {
        table: "act_hashes",
        columns: &["act_id", "hash"],
        by: "the chain: each act's hash recomputed from the act, the rows it wrote and the hash before it",
    },
    Covered {
        table: "cases",
        columns: &[
            "id",
            "year",
            "serial",
            "register_no",
            "received_on",
            "applicant",
            "applicant_kind",
            "body_id",
            "subject",
        ],
        by: "the entry hashed with the act that added the case (the body by its name), \
             undone by its corrections, each hashed with its own act",
    },
    Covered {
        table: "cases",
        columns: &[
            "state",
            "qualified_on",
            "not_qualified_on",
            "not_qualified_reason",
            "withdrawn_on",
            "decided_on",
            "decision_via",
            "decision_outcome",
            "decision_no",
            "closed_on",
            "served_on",
            "voided_on",
            "void_reason",
            "void_of",
            "incomplete_on",
            "registered_on",
            "not_registered_on",
            "not_registered_reason",
            "mediation_on",
            "mediation_extended_on",
            "mediation_failed_on",
            "mediation_agreed_on",
        ],
        by: "the replay of the case's events (facts, service, void, intake, mediation)",
    },
    Covered {
        table: "cases",
        columns: &["receipt_no"],
        by: "the entry hashed with the act that added the case (a case numbered at \
             registration is entered under its receipt reference; its register_no is then \
             the receipt, or the number in register_numbers its registration in force gave)",
    },
    Covered {
        table: "hearings",
        columns: &[
            "case_id",
            "no",
            "kind",
            "on_date",
            "at",
            "room",
            "panel",
            "status",
            "first_on",
            "postponements",
            "applicant",
            "respondent",
            "reason",
        ],
        by: "the replay of the case's hearing steps",
    },
    Covered {
        table: "appeals",
        columns: &[
            "case_id",
            "level",
            "court",
            "party",
            "filed_on",
            "court_no",
            "decided_on",
            "outcome",
        ],
        by: "the replay of the case's appeal steps",
    },
    Covered {
        table: "bodies",
        columns: &["id", "name", "name_key", "kind", "merged_into"],
        by: "the replay of body_changes",
    },
    Covered {
        table: "body_aliases",
        columns: &["alias_key", "alias", "body_id"],
        by: "the replay of body_changes",
    },
    Covered {
        table: "calendar",
        columns: &["date", "kind", "name_id", "name_en", "source"],
        by: "the replay of calendar_changes",
    },
    Covered {
        table: "settings",
        columns: &["key", "value"],
        by: "the last value setting_changes gave each key",
    },
    Covered {
        table: "serials",
        columns: &["year", "last"],
        by: "the highest serial taken in each year: neither behind nor ahead",
    },
    Covered {
        table: "letter_serials",
        columns: &["year", "last"],
        by: "each year's papers: as many as its last serial, the highest of them (verify_papers)",
    },
    Covered {
        table: "year_stats",
        columns: &[
            "year",
            "entered",
            "not_qualified",
            "qualified",
            "withdrawn",
            "interim_ruling",
            "done",
        ],
        by: "counted afresh from the cases",
    },
    Covered {
        table: "day_stats",
        columns: &[
            "year",
            "date",
            "entered",
            "not_qualified",
            "qualified",
            "withdrawn",
            "interim_ruling",
            "done",
        ],
        by: "counted afresh from the cases, each count on the day it began",
    },
    Covered {
        table: "year_stats",
        columns: &["max_date"],
        by: "not below the latest date a case of its year holds",
    },
];

#[cfg(test)]
mod tests {
    use super::COVERED;
    use crate::storage::chain::ACT_ROWS;
    use rusqlite::Connection;

    /// Every column of every table of a fresh register, from SQLite itself.
    fn columns_of_a_fresh_register() -> Vec<(String, String)> {
        let conn = Connection::open_in_memory().unwrap();
        crate::storage::schema::create(&conn, &["table", "index", "trigger", "view"]).unwrap();
        let mut st = conn
            .prepare(
                "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                 ORDER BY m.name, p.cid",
            )
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn verify_checks_every_column() {
        let all = columns_of_a_fresh_register();
        assert!(all.len() > 50, "{all:?}");
        let mut missing = Vec::new();
        for (table, column) in &all {
            let hashed = ACT_ROWS.iter().any(|p| p.table == table);
            let listed: Vec<&str> = COVERED
                .iter()
                .filter(|c| c.table == table && c.columns.contains(&column.as_str()))
                .map(|c| c.by)
                .collect();
            assert!(
                !hashed || listed.is_empty(),
                "{table}.{column}: hashed with its act, and listed in COVERED too"
            );
            assert!(listed.len() <= 1, "{table}.{column}: listed twice");
            if !hashed && listed.is_empty() {
                missing.push(format!("{table}.{column}"));
            }
        }
        assert!(
            missing.is_empty(),
            "verify neither hashes nor recomputes {}: add the check to verify and the column \
             to COVERED (src/storage/verify/coverage.rs), or the table to ACT_ROWS",
            missing.join(", ")
        );
        // And nothing listed that the register does not have.
        for c in COVERED {
            for col in c.columns {
                assert!(
                    all.iter().any(|(t, n)| t == c.table && n == col),
                    "COVERED names {}.{col}, which a fresh register does not have",
                    c.table
                );
            }
        }
    }
}
