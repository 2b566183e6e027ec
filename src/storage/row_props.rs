//! Property tests of the import's row rules against the database's own: every row the
//! import's validation accepts is a path the database accepts too (so a valid file never
//! ends in an internal error), its history replays to the row, and no row makes the
//! validation panic.

use super::test_support::fresh;
use crate::domain::Date;
use crate::domain::case::Stamp;
use crate::domain::lifecycle::Facts;
use crate::domain::row::{COLUMNS, RawRow, parse_row};
use proptest::prelude::*;

/// A cell of a date column: empty, a date near the others in one of the three spellings,
/// or something that is not a date.
fn date_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just(String::new()),
        6 => (0u32..60, 0usize..3).prop_map(|(d, spelling)| {
            let day = chrono::NaiveDate::from_ymd_opt(2017, 3, 1).unwrap() + chrono::TimeDelta::days(d as i64);
            match spelling {
                0 => day.format("%Y-%m-%d").to_string(),
                1 => day.format("%d-%m-%Y").to_string(),
                _ => day.format("%d/%m/%Y").to_string(),
            }
        }),
        1 => prop_oneof![Just("2017-02-30".to_string()), Just("soon".to_string()), Just("2030-01-01".to_string())],
    ]
}

fn word_cell(words: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        6 => proptest::sample::select(words).prop_map(str::to_string),
        1 => Just("nonsense".to_string()),
    ]
}

/// A date `days` after 2017-03-01 in one of the three spellings.
fn spelled(days: i64, spelling: usize) -> String {
    let day = chrono::NaiveDate::from_ymd_opt(2017, 3, 1).unwrap() + chrono::TimeDelta::days(days);
    match spelling % 3 {
        0 => day.format("%Y-%m-%d").to_string(),
        1 => day.format("%d-%m-%Y").to_string(),
        _ => day.format("%d/%m/%Y").to_string(),
    }
}

const PAIRS: &[(&str, &str)] = &[
    ("interim", "dismissed"),
    ("interim", "lapsed"),
    ("mediation", "agreement"),
    ("adjudication", "granted"),
    ("adjudication", "partly-granted"),
    ("adjudication", "rejected"),
    ("adjudication", "dismissed"),
    ("adjudication", "lapsed"),
];

/// A row on one of the lifecycle's paths (dates in order, gaps of 0 to 20 days, any
/// spelling), then, one time in three, one cell replaced by something else: a date that
/// may be out of order or not a date, a word from the vocabularies or not, or nothing.
fn row() -> impl Strategy<Value = Vec<String>> {
    (
        0usize..9,
        proptest::collection::vec(0i64..20, 5),
        0usize..3,
        0usize..PAIRS.len(),
        any::<bool>(),
        prop_oneof![2 => Just(None), 1 => (1usize..15, date_cell(), word_cell(&[
            "individual", "late", "no_standing", "interim", "mediation", "adjudication",
            "agreement", "granted", "lapsed", "legal-entity",
        ]), any::<bool>()).prop_map(Some)],
    )
        .prop_map(|(path, gaps, spelling, pair, closed, mutation)| {
            let mut cells = vec![String::new(); 15];
            cells[2] = "Budi".into();
            cells[3] = "individual".into();
            cells[4] = "Dinas Pendidikan".into();
            cells[5] = "RKA".into();
            let mut day = gaps[0];
            cells[1] = spelled(day, spelling);
            let mut next = |i: usize| {
                day += gaps[i];
                spelled(day, spelling + i)
            };
            // 0 entered; 1 not qualified; 2 withdrawn before qualification; 3 qualified;
            // 4 withdrawn after; 5.. decided (pair), closed or not
            match path {
                0 => {}
                1 => {
                    cells[7] = next(1);
                    cells[8] = "late".into();
                    if closed {
                        cells[14] = cells[7].clone();
                    }
                }
                2 => {
                    cells[9] = next(1);
                    if closed {
                        cells[14] = next(2);
                    }
                }
                3 => cells[6] = next(1),
                4 => {
                    cells[6] = next(1);
                    cells[9] = next(2);
                    if closed {
                        cells[14] = next(3);
                    }
                }
                _ => {
                    cells[6] = next(1);
                    cells[10] = next(2);
                    cells[11] = PAIRS[pair].0.into();
                    cells[12] = PAIRS[pair].1.into();
                    if path % 2 == 0 {
                        cells[13] = format!("{pair:03}/A");
                    }
                    if closed {
                        cells[14] = next(3);
                    }
                }
            }
            if let Some((column, date, word, use_date)) = mutation {
                let dates = [1, 6, 7, 9, 10, 14];
                cells[column] = if dates.contains(&column) || (use_date && column > 5) {
                    date
                } else {
                    word
                };
            }
            cells
        })
}

/// 32 random files in the everyday `cargo test` (each on a fresh register file);
/// `PROPTEST_CASES=512` or more for the full run (docs/testing.md).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(32)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn rows_the_import_accepts_are_paths_the_database_accepts(rows in proptest::collection::vec(row(), 1..24)) {
        let today = Date::parse("2026-11-29").unwrap();
        let (_dir, mut reg) = fresh();
        let stamp = Stamp { actor: "t".into(), recorded_at: "2026-11-29T00:00:00Z".into(), note: None, pinned: None };
        let mut accepted = Vec::new();
        for cells in &rows {
            assert_eq!(cells.len(), COLUMNS.len());
            let fields: Vec<&str> = cells.iter().map(String::as_str).collect();
            let raw = RawRow::from_cells(fields.as_slice().try_into().unwrap());
            if let Ok(row) = parse_row(&raw, today) {
                // the history the import writes replays to the row
                let mut facts = Facts::new(row.facts.received_on);
                for (action, on) in row.facts.path() {
                    facts = facts.apply("t", &action, on).expect("a path of the lifecycle");
                }
                prop_assert_eq!(&facts, &row.facts);
                accepted.push(row);
            }
        }
        let n = accepted.len();
        let kept = reg.import(&stamp, |imp| {
            for row in &accepted {
                if let Err(e) = imp.add(row) {
                    panic!("the database refused a row the import accepted: {row:?}: {e:?}");
                }
            }
            Ok(true)
        }).unwrap();
        prop_assert!(kept);
        let mut stored = Vec::new();
        reg.list(&super::CaseFilter::default(), |c, _| {
            stored.push(c);
            Ok(std::ops::ControlFlow::Continue(()))
        }).unwrap();
        prop_assert_eq!(stored.len(), n);
        // Serials follow the file within each year; rows are compared by their facts.
        let mut want: Vec<Facts> = accepted.iter().map(|r| r.facts.clone()).collect();
        let mut got: Vec<Facts> = stored.iter().map(|c| c.facts.clone()).collect();
        let key = |f: &Facts| format!("{f:?}");
        want.sort_by_key(key);
        got.sort_by_key(key);
        prop_assert_eq!(got, want);
        for c in &stored {
            prop_assert_eq!(&reg.replayed(c).unwrap(), &c.facts);
            prop_assert_eq!(c.state, c.facts.state());
        }
        // The counts an import keeps without its triggers (the per-day ones counted in
        // Rust as it adds each case, the per-year ones recounted in SQL) are the counts of
        // the cases, every path and every route.
        let rows = |reg: &super::Register, sql: &str| -> Vec<String> {
            let mut st = reg.conn.prepare(&format!("{sql} ORDER BY 1, 2")).unwrap();
            let n = st.column_count();
            st.query_map([], |r| {
                (0..n)
                    .map(|i| r.get::<_, rusqlite::types::Value>(i).map(|v| format!("{v:?}")))
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .map(|v| v.join(","))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
        };
        let kept_days = rows(&reg, &crate::storage::schema::kept_day_stats());
        prop_assert_eq!(kept_days.is_empty(), n == 0);
        prop_assert_eq!(
            kept_days,
            rows(&reg, &format!("SELECT * FROM ({})", crate::storage::schema::count_day_stats()))
        );
        let years = "SELECT * FROM year_stats";
        let kept_years = rows(&reg, years);
        reg.recount_year_stats().unwrap();
        prop_assert_eq!(kept_years, rows(&reg, years));
    }
}
