//! A fault of one cell of a CSV row, the same for every table's rows (the register, the
//! hearings, the appeals, the calendar): the column blamed, the cell as written, and the
//! table's own kind of fault (each table names its kinds and their rules).

/// What is wrong with one cell of a row (or with the row, named by the column blamed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault<K> {
    pub column: &'static str,
    pub value: String,
    pub kind: K,
}

impl<K> Fault<K> {
    pub fn new(column: &'static str, value: &str, kind: K) -> Fault<K> {
        Fault {
            column,
            value: value.to_string(),
            kind,
        }
    }
}
