//! The one report of an import's invalid rows: the first faults listed in full (line,
//! column, value, reason), the rest counted, by rule or in one count.

use crate::domain::row::fault::Fault;
use crate::error::Result;
use crate::t;
use std::collections::BTreeMap;

/// How many faults are listed in full; the rest are counted.
const LISTED: usize = 100;

/// A fault of a row as the report lists it.
#[derive(Debug, Clone)]
pub(crate) struct Listed {
    /// The column blamed, one of the table's.
    pub column: &'static str,
    /// The cell as written (trimmed).
    pub value: String,
    /// Why, in words.
    pub reason: String,
    /// A short, fixed name of the rule broken, to count the faults past the listed ones.
    pub rule: &'static str,
}

impl Listed {
    /// `fault`, worded `reason`, counted under `rule`.
    pub(crate) fn of<K>(fault: &Fault<K>, reason: String, rule: &'static str) -> Listed {
        Listed {
            column: fault.column,
            value: fault.value.clone(),
            reason,
            rule,
        }
    }
}

/// The invalid rows of a file: the first faults in full, the rest counted.
pub(super) struct Report {
    /// The file's columns, to number the column of a fault (then the optional ones).
    columns: &'static [&'static str],
    optional: &'static [&'static str],
    /// Whether the faults past the listed ones are counted by rule.
    by_rule: bool,
    listed: Vec<String>,
    more: BTreeMap<String, u64>,
    pub(super) bad_rows: u64,
}

impl Report {
    pub(super) fn new(
        (columns, optional): (&'static [&'static str], &'static [&'static str]),
        by_rule: bool,
    ) -> Report {
        Report {
            columns,
            optional,
            by_rule,
            listed: Vec::new(),
            more: BTreeMap::new(),
            bad_rows: 0,
        }
    }

    /// An invalid row and its faults.
    pub(super) fn row(&mut self, line: u64, faults: impl IntoIterator<Item = Listed>) {
        self.bad_rows += 1;
        for f in faults {
            self.fault(line, f);
        }
    }

    fn fault(&mut self, line: u64, f: Listed) {
        if self.listed.len() < LISTED {
            let col = self
                .columns
                .iter()
                .chain(self.optional)
                .position(|c| *c == f.column)
                .unwrap_or(0)
                + 1;
            self.listed.push(t!(
                "import-row-fault",
                line = line,
                col = col,
                column = f.column,
                value = crate::domain::text::excerpt(&f.value),
                reason = f.reason
            ));
        } else {
            let key = if self.by_rule {
                format!("{} ({})", f.rule, f.column)
            } else {
                String::new()
            };
            *self.more.entry(key).or_default() += 1;
        }
    }

    pub(super) fn print(&self) -> Result<()> {
        for l in &self.listed {
            crate::errln!("{l}")?;
        }
        if self.more.is_empty() {
            return Ok(());
        }
        let n: u64 = self.more.values().sum();
        if !self.by_rule {
            crate::errln!("{}", t!("calendar-more-faults", n = n))?;
            return Ok(());
        }
        crate::errln!("{}", t!("import-more-faults", n = n))?;
        for (rule, n) in &self.more {
            crate::errln!("  {n} × {rule}")?;
        }
        Ok(())
    }
}
