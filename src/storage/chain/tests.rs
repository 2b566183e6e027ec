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

/// An act read by scan reads its tables in their key order, through no index and without
/// sorting: `EXPLAIN QUERY PLAN` of each query, on the register's own SQLite.
#[test]
fn a_scan_reads_no_index() {
    let (_d, reg) = crate::storage::test_support::fresh();
    let plan = |sql: &str| crate::storage::test_support::query_plan(&reg, sql);
    let mut read = vec![(
        "the events beside the entries".to_string(),
        entries::events_in_order(),
    )];
    for part in ACT_ROWS
        .iter()
        .filter(|p| reading::IN_HASH_ORDER.contains(&p.table))
    {
        read.push((part.table.to_string(), Reading::ByScan.rows_sql(part)));
    }
    for (what, sql) in read {
        let p = plan(&sql);
        assert!(p.starts_with("SCAN "), "{what}: {p}");
        assert!(
            !p.contains("INDEX") && !p.contains("TEMP B-TREE"),
            "{what}: {p}"
        );
    }
    // Through the index, the other way, for an act of a few rows.
    let events = ACT_ROWS.iter().find(|p| p.table == "events").unwrap();
    assert!(plan(&Reading::ByIndex.rows_sql(events)).contains("INDEX events_by_act"));
}

/// The walk reads every act with the same statements, each prepared once: a statement
/// whose plan depends on the value bound to it (SQLite re-prepares it at every new act id
/// when the act is found through an index and the rows are sorted by other columns) made
/// three fifths of `verify` on a register of 3,000 acts SQLite compiling the same queries.
#[test]
fn an_acts_statements_are_prepared_once() {
    use rusqlite::StatementStatus;
    let (_d, reg) = crate::storage::test_support::fresh();
    let mut read: Vec<String> = ACT_ROWS
        .iter()
        .flat_map(|p| [Reading::ByIndex.rows_sql(p), Reading::ByScan.rows_sql(p)])
        .collect();
    read.push(Reading::ByIndex.case_entries_sql().to_string());
    read.extend(ACT_ROWS.iter().filter_map(Reading::next_writer_sql));
    for sql in read {
        let mut st = reg.conn.prepare(&sql).unwrap();
        for id in 1..5 {
            let mut rows = st.query([id]).unwrap();
            while rows.next().unwrap().is_some() {}
        }
        assert_eq!(st.get_status(StatementStatus::RePrepare), 0, "{sql}");
    }
}

/// An act read through the indexes (an act of a few rows, the walk's usual case) finds
/// each table's rows by a seek, never by scanning the table whole: a scan for every act
/// made the walk quadratic in acts times the table's rows (`body_changes` and `people`
/// had no index on their act: 4,000 acts on 4,000 bodies verified in 0.72 s).
#[test]
fn an_act_read_through_the_indexes_scans_no_table() {
    let (_d, reg) = crate::storage::test_support::fresh();
    let plan = |sql: &str| crate::storage::test_support::query_plan(&reg, sql);
    let mut read: Vec<(String, String)> = ACT_ROWS
        .iter()
        .map(|p| (p.table.to_string(), Reading::ByIndex.rows_sql(p)))
        .collect();
    read.push((
        "the case entries".to_string(),
        Reading::ByIndex.case_entries_sql().to_string(),
    ));
    for part in ACT_ROWS {
        if let Some(sql) = Reading::next_writer_sql(part) {
            read.push((format!("{}'s next act", part.table), sql));
        }
    }
    for (what, sql) in read {
        let p = plan(&sql);
        assert!(
            !p.lines().any(|l| l.trim_start().starts_with("SCAN ")),
            "{what}: {p}"
        );
    }
}

/// A reader that passes the acts before the next one that wrote to a table hashes every
/// act as a reader made for it alone does, whatever order the acts are asked in: the
/// next act it sought stands only for the acts from where it sought it.
#[test]
fn a_reader_hashes_acts_in_any_order_as_a_fresh_one() {
    use crate::domain::case::{NewCase, Stamp};
    use crate::domain::lifecycle::Action;
    use crate::domain::register_no::CaseRef;
    use crate::domain::{ApplicantKind, Date};
    let (_d, mut reg) = crate::storage::test_support::fresh();
    let stamp = Stamp {
        actor: "tester".into(),
        recorded_at: "2026-11-29T00:00:00Z".into(),
        note: None,
        pinned: None,
    };
    let d = |s| Date::parse(s).unwrap();
    // Acts that write to different tables: cases on new bodies and on a known one
    // (body_changes in some acts only), steps, a setting, an undo.
    for (i, body) in ["Dinas A", "Dinas B", "Dinas A", "Dinas C"]
        .iter()
        .enumerate()
    {
        let new = NewCase {
            received_on: d("2017-03-02"),
            applicant: format!("Pemohon {i}"),
            applicant_kind: ApplicantKind::Individual,
            body: body.to_string(),
            subject: "RKA".into(),
            register_no: None,
        };
        reg.add_case(&new, &stamp).unwrap();
        if i == 1 {
            reg.set_setting("commission-city", "Jambi", &stamp).unwrap();
        }
    }
    let r = CaseRef::parse("2017/2").unwrap();
    reg.apply(&r, &Action::Qualify, d("2017-03-09"), &stamp)
        .unwrap();
    reg.undo(&r, "keliru", d("2017-03-10"), &stamp).unwrap();
    let c = &reg.conn;
    let ids: Vec<i64> = c
        .prepare("SELECT id FROM acts ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(ids.len() > 5, "{ids:?}");
    let prev = crate::domain::chain::ChainHash::ZERO;
    let alone = |id| {
        ActReader::new(c)
            .unwrap()
            .hash(id, &prev, &mut |_| {})
            .unwrap()
    };
    let expected: Vec<_> = ids.iter().map(|&id| alone(id)).collect();
    let mut reader = ActReader::new(c).unwrap();
    let mut order: Vec<usize> = (0..ids.len()).rev().collect();
    order.extend(0..ids.len());
    order.extend((0..ids.len()).step_by(2));
    order.extend((0..ids.len()).rev().step_by(3));
    for i in order {
        let got = reader.hash(ids[i], &prev, &mut |_| {}).unwrap();
        assert_eq!(got, expected[i], "act {}", ids[i]);
    }
}
