//! The properties the fuzz targets check, one function per target: each takes the
//! fuzzer's bytes and panics when a property fails. The targets (`fuzz_targets/*.rs`)
//! call them, and so does the seed-corpus replay in the test suite
//! (`tests/cli/test_fuzz_corpus.rs`), on stable and without libFuzzer.

use sengketa::commands::messages;
use sengketa::domain::Date;
use sengketa::domain::lifecycle::Facts;
use sengketa::domain::recap::{Published, check, is_flow, is_flow_key};
use sengketa::domain::register_no::{CaseRef, Template};
use sengketa::input::published::{MAX_COUNT, read_published};
use sengketa::input::register_csv::RegisterCsv;
use std::collections::BTreeMap;

/// The "today" rows are checked against.
pub fn today() -> Date {
    Date::from_ymd(2026, 11, 29).expect("a date")
}

/// How many lines a text has, as an editor counts them (`\n`, `\r\n` or a lone `\r`
/// ends one).
fn lines_in(data: &[u8]) -> u64 {
    let mut n = 1;
    for (i, &b) in data.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && data.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
    }
    n
}

/// `import`'s reading of a register CSV: every row a case or its faults, lines in order
/// and within the file; a case accepted is a path the lifecycle accepts step by step,
/// dated no later than today, with its required cells given.
pub fn import_csv(data: &[u8]) {
    let today = today();
    let input = Box::new(std::io::Cursor::new(data.to_vec()));
    let Ok(mut rows) = RegisterCsv::new(input, today) else {
        return;
    };
    let (mut last, most) = (1, lines_in(data));
    while let Ok(Some(row)) = rows.next_row() {
        assert!(
            row.line > last && row.line <= most,
            "row on line {} after line {last}, in {most} lines",
            row.line
        );
        last = row.line;
        let case = match row.read {
            Ok(case) => case,
            Err(faults) => {
                assert!(!faults.is_empty(), "a row refused without a fault");
                continue;
            }
        };
        for s in [&case.applicant, &case.public_body, &case.subject] {
            assert!(!s.is_empty() && s.trim() == s, "{s:?}");
        }
        if let Some(n) = &case.register_no {
            assert!(!n.is_empty() && n.trim() == n, "{n:?}");
        }
        let f = &case.facts;
        let mut replayed = Facts::new(f.received_on);
        for (action, on) in f.path() {
            assert!(on <= today && on >= f.received_on, "{on} in {f:?}");
            replayed = replayed
                .apply("fuzz", &action, on)
                .unwrap_or_else(|e| panic!("{action:?} on {on} refused: {e:?}, in {f:?}"));
        }
        assert_eq!(&replayed, f, "the replayed path differs from the row");
    }
}

/// The date parser (and the command line's, which words its errors): a date read is
/// one of the register's years, written back as ISO, and reads back the same in all
/// three spellings.
pub fn parse_date(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = Date::parse(s);
    let cli = messages::parse_date(s);
    assert_eq!(parsed.as_ref().ok(), cli.as_ref().ok(), "{s:?}");
    let Ok(d) = parsed else {
        return;
    };
    assert!((1900..=9999).contains(&d.year()), "{d}");
    let iso = d.to_string();
    assert_eq!(iso.len(), 10, "{iso}");
    assert_eq!(Date::parse(&iso).ok(), Some(d), "{iso}");
    for spelling in ["%d-%m-%Y", "%d/%m/%Y", "%-d/%-m/%Y"] {
        let other = d.naive().format(spelling).to_string();
        assert_eq!(Date::parse(&other).ok(), Some(d), "{other}");
    }
    assert_eq!(Date::from_day_number(d.day_number()), Some(d));
}

/// How a command names a case: refused only when blank; what is read prints as
/// something that reads the same. And the register-number template: one that parses
/// renders a number.
pub fn case_ref(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    match CaseRef::parse(s) {
        Ok(r) => {
            assert!(!s.trim().is_empty());
            assert_eq!(
                CaseRef::parse(&r.to_string()).ok(),
                Some(r.clone()),
                "{s:?}"
            );
            if let CaseRef::Short { year, serial } = r {
                assert!((0..=9999).contains(&year) && serial >= 0, "{s:?}");
            }
        }
        Err(_) => assert!(s.trim().is_empty(), "{s:?} refused"),
    }
    if let Ok(t) = Template::parse(s) {
        let on = Date::from_ymd(2017, 3, 2).expect("a date");
        assert!(!t.render(28, on, "JBI").is_empty(), "{s:?}");
        assert!(!t.render(i64::MAX, on, "").is_empty(), "{s:?}");
    }
}

/// `recap check`'s reader of a published table, and the check of what it read against
/// an empty register: counts are whole and not negative, years are the register's,
/// lines in order.
pub fn published_table(data: &[u8]) {
    let input = Box::new(std::io::Cursor::new(data.to_vec()));
    let Ok(table) = read_published(input, "fuzz") else {
        return;
    };
    let rows = table.rows;
    let mut last = 1;
    for r in &rows {
        assert!((1900..=9999).contains(&r.year), "year {}", r.year);
        assert!(r.line > last, "line {} after {last}", r.line);
        last = r.line;
        assert!(
            r.cells.values().all(|&v| (0..=MAX_COUNT).contains(&v)),
            "{r:?}"
        );
    }
    if let Some(total) = &table.total {
        // The total row's own check never overflows, whatever its cells.
        let _ = sengketa::domain::recap::check_total(&rows, total);
    }
    // A table is Table 1 or a flow table, never both: a mixed one is refused, for the
    // columns of the kind it is not compared as would be read and never compared.
    let flow_keys = |r: &Published| r.cells.keys().filter(|k| is_flow_key(k)).count();
    if is_flow(&rows) {
        let total = table.total.iter();
        assert!(
            rows.iter()
                .chain(total)
                .all(|r| flow_keys(r) == r.cells.len()),
            "a flow table with Table 1's columns: {rows:?}"
        );
        return;
    }
    assert!(rows.iter().all(|r| flow_keys(r) == 0), "{rows:?}");
    let mut report = check(&rows, &[], &BTreeMap::new());
    let none = sengketa::domain::recap::intake::check_not_registered(&rows, &[]);
    report.differences.extend(none);
    // An empty register has zeros: every non-zero cell published differs from it.
    let nonzero: usize = rows
        .iter()
        .map(|r| r.cells.values().filter(|&&v| v != 0).count())
        .sum();
    assert_eq!(report.differences.len(), nonzero);
}
