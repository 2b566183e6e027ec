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

/// A register holding the fixture (made once per test binary, then copied:
/// [`TestEnv::copied`]).
pub fn fixture_env() -> TestEnv {
    static MADE: std::sync::OnceLock<Vec<(std::path::PathBuf, Vec<u8>)>> =
        std::sync::OnceLock::new();
    TestEnv::copied(&MADE, |env| {
        env.ok(&["init"]);
        env.ok(&["config", "set", "commission-code", "JBI"]);
        env.ok(&["import", FIXTURE]);
    })
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

/// A recap as `recap --format csv` writes it, taken apart: the header and the rows of the
/// years (or of the years' bodies) without the `as_of` column, the total rows (those with
/// `total` in a leading cell), and the as-of date (the same on every row).
#[derive(Debug, Clone)]
pub struct RecapCsv {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub totals: Vec<Vec<String>>,
    pub as_of: String,
}

/// Takes a recap CSV apart (see [`RecapCsv`]), checking that the `as_of` column is last and
/// the same on every row, and that there is a total row over the years, last.
pub fn split_recap(text: &str) -> RecapCsv {
    let (mut header, all) = parse_csv(text);
    assert_eq!(header.pop().as_deref(), Some("as_of"), "{text}");
    let mut dates: Vec<String> = Vec::new();
    let (mut rows, mut totals) = (Vec::new(), Vec::new());
    for mut r in all {
        dates.push(r.pop().expect("an as_of cell"));
        assert_eq!(r.len(), header.len(), "{text}");
        let lead = if header.get(1).is_some_and(|h| h == "public_body") {
            2
        } else {
            1
        };
        if r[..lead].iter().any(|c| c == "total") {
            totals.push(r);
        } else {
            rows.push(r);
        }
    }
    dates.dedup();
    assert_eq!(dates.len(), 1, "one as-of date on every row:\n{text}");
    assert!(
        totals.last().is_some_and(|t| t[0] == "total"),
        "the last row is the total over the years:\n{text}"
    );
    RecapCsv {
        header,
        rows,
        totals,
        as_of: dates.remove(0),
    }
}

/// The recap CSV of the paper's layout as a paper publishes it: without the `as_of`
/// column and the total row (the total checked as the sum of the years first).
pub fn published_form(text: &str) -> String {
    let r = split_recap(text);
    assert_eq!(r.totals.len(), 1);
    for (i, key) in r.header.iter().enumerate().skip(1) {
        let sum: i64 = r
            .rows
            .iter()
            .map(|row| row[i].parse::<i64>().unwrap())
            .sum();
        assert_eq!(r.totals[0][i], sum.to_string(), "the total of {key}");
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(vec![]);
    w.write_record(&r.header).unwrap();
    for row in &r.rows {
        w.write_record(row).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// Cells as integers.
pub fn ints(rows: &[Vec<String>]) -> Vec<Vec<i64>> {
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|c| c.parse().unwrap_or_else(|_| panic!("not a count: {c}")))
                .collect()
        })
        .collect()
}

/// `sengketa recap --format csv ARGS`, as its header and rows of counts: the years' rows,
/// without the total row and the `as_of` column ([`split_recap`] checks them).
pub fn recap_csv(env: &TestEnv, args: &[&str]) -> (Vec<String>, Vec<Vec<i64>>) {
    let r = split_recap(&env.ok(&[&["recap", "--format", "csv"], args].concat()));
    (r.header, ints(&r.rows))
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
