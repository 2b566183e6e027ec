//! The CSV the tests read: the fixture register and the paper's published table (both kept
//! in `fixtures/`), and what the commands print with `--format csv`.

use super::{PAPER_KEYS, TestEnv};

/// The fixture: the 54 cases of 2017 and 2018 behind the paper's Table 1, as a register CSV.
pub const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/jambi-2017-2018.csv");
/// The paper's Table 1 as published.
pub const PUBLISHED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/table1-published.csv");

/// The fixture's text.
pub fn fixture() -> String {
    std::fs::read_to_string(FIXTURE).expect("the fixture")
}

/// The fixture's rows (without the header).
pub fn fixture_rows() -> Vec<Vec<String>> {
    parse_csv(&fixture()).1
}

/// A register holding the fixture.
pub fn fixture_env() -> TestEnv {
    let env = TestEnv::initialised();
    env.ok(&["import", FIXTURE]);
    env
}

/// The published table's text.
pub fn published() -> String {
    std::fs::read_to_string(PUBLISHED).expect("the published table")
}

/// Every record of a CSV, the header line included.
pub fn csv_records(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// A CSV as its header and rows.
pub fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut records = csv_records(text).into_iter();
    let header = records.next().expect("a header line");
    (header, records.collect())
}

/// A CSV of counts as its header and rows of integers.
pub fn int_rows(text: &str) -> (Vec<String>, Vec<Vec<i64>>) {
    let (header, rows) = parse_csv(text);
    let rows = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| c.parse().unwrap_or_else(|_| panic!("not a count: {c}")))
                .collect()
        })
        .collect();
    (header, rows)
}

/// `sengketa recap --format csv ARGS`, as its header and rows of counts.
pub fn recap_csv(env: &TestEnv, args: &[&str]) -> (Vec<String>, Vec<Vec<i64>>) {
    int_rows(&env.ok(&[&["recap", "--format", "csv"], args].concat()))
}

/// The paper recap as integer rows: `recap --format csv ARGS`, checking its header.
pub fn paper(env: &TestEnv, args: &[&str]) -> Vec<Vec<i64>> {
    let (header, rows) = recap_csv(env, args);
    assert_eq!(header, PAPER_KEYS);
    rows
}

/// The cells of the line of a table (as sengketa prints it: columns two spaces or more
/// apart) that starts with `first`.
pub fn row_of(table: &str, first: &str) -> Vec<String> {
    let line = table
        .lines()
        .find(|l| l.starts_with(&format!("{first} ")))
        .unwrap_or_else(|| panic!("no {first} row:\n{table}"));
    line.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}
