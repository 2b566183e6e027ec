use super::super::schema;
use super::*;

/// Every table that holds rows by act is hashed with its act.
#[test]
fn every_table_of_the_history_is_hashed() {
    for t in schema::objects().iter().filter(|o| o.kind == "table") {
        let cols = schema::columns(&t.name);
        let has = |name: &str| cols.iter().any(|c| c == name);
        // By its own act, or by its event's (a step's payload).
        let by_act = has("act_id") || (t.name != "events" && has("case_id") && has("seq"));
        let listed = ACT_ROWS.iter().any(|p| p.table == t.name);
        if t.name == "act_hashes" {
            assert!(!listed, "the hashes are not their own content");
            continue;
        }
        if t.name == "acts" {
            assert!(listed, "an act's own row is hashed");
            continue;
        }
        assert_eq!(
            by_act, listed,
            "{}: a table with an act_id column, or a step's payload, must be in ACT_ROWS",
            t.name
        );
    }
    for p in ACT_ROWS {
        assert!(!schema::columns(p.table).is_empty(), "{}", p.table);
    }
}
