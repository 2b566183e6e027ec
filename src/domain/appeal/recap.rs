//! `recap --appeals`: per year of decision, the decisions open to appeal, the appeals (by
//! court, by party, late), how the courts ruled at first instance, the cassations, the
//! decisions final, and the share upheld. Counted here from each decision's facts and
//! appeals as of a date (the windows and finality need the calendar).

use super::{Appeals, finality, is_late};
use crate::domain::lifecycle::Facts;
use crate::domain::recap::{Cell, Column, TOTAL, View, col, fill_years};
use crate::domain::rules::{APPEALABLE, LEVELS};
use crate::domain::times::ratio;
use crate::domain::workdays::Calendar;
use crate::domain::{CourtOutcome, Date, Lang, Level, Party};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// A column made from a vocabulary word: its key, and its labels.
fn word_col(key: String, en: &str, id: &str) -> Column {
    Column {
        key: Cow::Owned(key),
        en: Cow::Owned(en.to_string()),
        id: Cow::Owned(id.to_string()),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The columns of `recap --appeals`, in order: the year of decision, the counts (the
/// courts of first instance, the parties and the court outcomes written from their
/// tables), and the share upheld.
pub fn columns() -> Vec<Column> {
    let mut v = vec![
        col("year", "Year of decision", "Tahun putusan"),
        col("decisions", "Decisions", "Putusan"),
        col(
            "open_to_appeal",
            "Open to appeal",
            "Dapat diajukan keberatan",
        ),
        col("appealed", "Appealed", "Diajukan keberatan"),
    ];
    for c in LEVELS[0].courts {
        v.push(word_col(
            format!("at_{}", c.as_str()),
            &format!("At {}", c.label(Lang::Id)),
            &format!("Ke {}", c.label(Lang::Id)),
        ));
    }
    for p in Party::ALL {
        v.push(word_col(
            format!("by_{}", p.as_str()),
            &format!("By the {}", p.as_str()),
            &format!("Oleh {}", p.label(Lang::Id)),
        ));
    }
    v.push(col("late", "Filed late", "Terlambat"));
    v.push(col("pending", "Pending in court", "Sedang diperiksa"));
    for o in CourtOutcome::ALL {
        v.push(word_col(
            o.as_str().to_string(),
            &capitalised(o.label(Lang::En)),
            &capitalised(o.label(Lang::Id)),
        ));
    }
    v.push(col("cassations", "Cassations", "Permohonan kasasi"));
    v.push(col(
        "cassations_decided",
        "Cassations decided",
        "Permohonan kasasi diputus",
    ));
    v.push(col("final", "Final", "Berkekuatan hukum tetap"));
    v.push(col(
        "upheld_share",
        "Share upheld (first instance)",
        "Porsi dikuatkan (tingkat pertama)",
    ));
    v
}

/// The counts of the decisions of one year.
#[derive(Debug, Clone, Default)]
struct Year {
    counts: BTreeMap<String, i64>,
}

impl Year {
    fn bump(&mut self, key: impl Into<String>) {
        *self.counts.entry(key.into()).or_default() += 1;
    }
}

/// The key of the column counting first-instance appeals filed at a court other than the
/// one the body's kind goes to (`appeal file --court-despite-kind`): shown only where some
/// register records one, so a register without the override reads as before.
pub const DESPITE_KIND: &str = "court_despite_kind";

/// The decisions of every year, counted one at a time.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    years: BTreeMap<i32, Year>,
}

impl Tally {
    /// Counts one case's decision as of `as_of` (a case undecided by then counts nowhere).
    pub fn add(&mut self, facts: &Facts, appeals: &Appeals, cal: &Calendar, as_of: Date) {
        let (Some(decided_on), Some((via, _))) = (facts.decided_on, facts.decision) else {
            return;
        };
        if decided_on > as_of {
            return;
        }
        let y = self.years.entry(decided_on.year()).or_default();
        y.bump("decisions");
        if finality(facts, appeals, cal, as_of).final_on().is_some() {
            y.bump("final");
        }
        if !APPEALABLE.contains(&via) {
            return;
        }
        y.bump("open_to_appeal");
        let t = appeals.as_of(as_of);
        let Some(first) = t.appeal(Level::FirstInstance) else {
            return;
        };
        y.bump("appealed");
        y.bump(format!("at_{}", first.court.as_str()));
        y.bump(format!("by_{}", first.by.as_str()));
        if is_late(facts, &t, first, cal) {
            y.bump("late");
        }
        match first.decided {
            None => y.bump("pending"),
            Some(d) => {
                y.bump(d.outcome.as_str());
                y.bump("first_decided");
            }
        }
        if let Some(c) = t.appeal(Level::Cassation) {
            y.bump("cassations");
            if c.decided.is_some() {
                y.bump("cassations_decided");
            }
        }
    }

    /// Counts a decision whose first-instance appeal, in force as of `as_of`, was filed
    /// at a court against the body's kind (the override's flag).
    pub fn despite_kind(&mut self, facts: &Facts, appeals: &Appeals, as_of: Date) {
        let Some(decided_on) = facts.decided_on.filter(|d| *d <= as_of) else {
            return;
        };
        if appeals.as_of(as_of).appeal(Level::FirstInstance).is_some() {
            self.years
                .entry(decided_on.year())
                .or_default()
                .bump(DESPITE_KIND);
        }
    }

    /// Whether any decision counted carries the court-against-kind flag.
    pub fn any_despite_kind(&self) -> bool {
        self.years
            .values()
            .any(|y| y.counts.contains_key(DESPITE_KIND))
    }

    /// The view: a row per year of decision (every year of `years`, zeros where none);
    /// with `despite_kind`, the column of appeals filed against the body's kind after
    /// the courts'.
    pub fn view(&self, years: Option<(i32, i32)>, despite_kind: bool) -> View {
        let mut columns = columns();
        if despite_kind {
            let at = columns
                .iter()
                .rposition(|c| c.key.starts_with("at_"))
                .map_or(columns.len(), |i| i + 1);
            columns.insert(
                at,
                col(
                    DESPITE_KIND,
                    "At a court against the body's kind",
                    "Pengadilan menyimpang dari jenis badan",
                ),
            );
        }
        let rows: Vec<(i32, Year)> = self.years.iter().map(|(y, c)| (*y, c.clone())).collect();
        let rows = fill_years(&rows, years, |r| r.0, |y| (y, Year::default()));
        // A total over the years shown: each count summed, the share worked out again from
        // the sums.
        let mut all = Year::default();
        for (_, c) in &rows {
            for (k, n) in &c.counts {
                *all.counts.entry(k.clone()).or_default() += n;
            }
        }
        let row = |year: Cell, c: &Year| -> Vec<Cell> {
            let get = |k: &str| c.counts.get(k).copied().unwrap_or(0);
            columns
                .iter()
                .map(|col| match &*col.key {
                    "year" => year.clone(),
                    "upheld_share" => match get("first_decided") {
                        0 => Cell::Empty,
                        n => Cell::Num(ratio(get(CourtOutcome::Upheld.as_str()), n, 4)),
                    },
                    k => Cell::Int(get(k)),
                })
                .collect()
        };
        let mut out: Vec<Vec<Cell>> = rows
            .iter()
            .map(|(year, c)| row(Cell::Int(*year as i64), c))
            .collect();
        out.push(row(Cell::Label(TOTAL), &all));
        View::new(columns, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::appeal::{AppealStep, apply};
    use crate::domain::lifecycle::Action;
    use crate::domain::{Court, Outcome, Via};

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn decided(via: Via, outcome: Outcome, on: &str) -> Facts {
        let f = Facts::new(d("2026-01-05"))
            .apply("t", &Action::Qualify, d("2026-01-12"))
            .unwrap();
        f.apply(
            "t",
            &Action::Decide {
                via,
                outcome,
                decision_no: None,
            },
            d(on),
        )
        .unwrap()
    }

    #[test]
    fn counts_by_year_of_decision() {
        let cal = Calendar::weekends_only();
        let as_of = d("2026-11-29");
        let mut tally = Tally::default();
        let med = decided(Via::Mediation, Outcome::Agreement, "2026-03-02");
        tally.add(&med, &Appeals::default(), &cal, as_of);
        let adj = decided(Via::Adjudication, Outcome::Granted, "2026-03-02");
        let file = AppealStep::File {
            level: Level::FirstInstance,
            court: Court::Pn,
            by: Party::Applicant,
            court_no: None,
        };
        let t = apply("t", &adj, &Appeals::default(), &file, d("2026-03-10")).unwrap();
        let decide = AppealStep::Decide {
            level: Level::FirstInstance,
            outcome: CourtOutcome::Upheld,
            court_no: None,
        };
        let t = apply("t", &adj, &t, &decide, d("2026-06-01")).unwrap();
        tally.add(&adj, &t, &cal, as_of);
        // Decided after the as-of date: not counted.
        let later = decided(Via::Adjudication, Outcome::Granted, "2026-12-01");
        tally.add(&later, &Appeals::default(), &cal, as_of);
        let v = tally.view(Some((2025, 2026)), false);
        let cell = |row: usize, key: &str| {
            let i = v.columns.iter().position(|c| c.key == key).unwrap();
            v.rows[row][i].clone()
        };
        assert_eq!(cell(0, "decisions"), Cell::Int(0));
        assert_eq!(cell(0, "upheld_share"), Cell::Empty);
        for (key, n) in [
            ("decisions", 2),
            ("open_to_appeal", 1),
            ("appealed", 1),
            ("at_pn", 1),
            ("at_ptun", 0),
            ("by_applicant", 1),
            ("upheld", 1),
            ("pending", 0),
            ("final", 2),
        ] {
            assert_eq!(cell(1, key), Cell::Int(n), "{key}");
        }
        assert_eq!(cell(1, "upheld_share"), Cell::Num(1.0));
    }
}
