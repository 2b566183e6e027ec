//! Recap queries: counts of each year's cohort as of a date, each count written in SQL
//! from its definition in `domain::recap` (a step not taken is NULL, and an undone step is
//! no longer on the case row).

use super::schema::recap_from_days;
use super::sql::{self, Scope};
use super::{Register, db};
use crate::domain::Date;
use crate::domain::recap::{Cell, Counted, PaperRow, Unexamined, paper_counts};
use crate::error::Result;
use rusqlite::params;
use std::collections::BTreeMap;

const ALL_YEARS: (i32, i32) = (0, 9999);

/// The paper's counts when every stored date is on or before the as-of date: the per-year
/// counts the triggers keep, without reading the case table.
pub(crate) fn recap_from_stats() -> String {
    let keys: Vec<&str> = paper_counts().iter().map(|(k, _)| *k).collect();
    format!(
        "SELECT year, {} FROM year_stats WHERE year BETWEEN ?1 AND ?2 AND entered > 0 ORDER BY year",
        keys.join(", ")
    )
}

/// `count(*) FILTER (WHERE ...)` of each definition, as of the date `as_of` names.
fn counts<'a>(preds: impl Iterator<Item = &'a crate::domain::rules::Pred>, as_of: &str) -> String {
    preds
        .map(|p| {
            format!(
                "count(*) FILTER (WHERE {})",
                sql::pred(p, Scope::new("c.", Some(as_of)))
            )
        })
        .collect::<Vec<_>>()
        .join(",\n        ")
}

/// The paper's counts as of a date (?3) counted from the case table, one pass over it:
/// what `verify` checks the per-year counters against, and the tests the per-day ones.
pub(crate) fn recap_scan() -> String {
    let all = paper_counts();
    format!(
        "SELECT c.year, {} FROM cases c WHERE c.received_on <= ?3 AND c.year BETWEEN ?1 AND ?2
         AND {} GROUP BY c.year ORDER BY c.year",
        counts(all.iter().map(|(_, p)| p), "?3"),
        sql::cohort("c.")
    )
}

impl Register {
    /// The paper's counts per year of receipt, as of `as_of`, for the years in range that
    /// have cases received by then.
    ///
    /// A year whose every stored date is on or before the as-of date (its kept latest
    /// date, which `verify` checks is never below the latest date its cases hold) reads
    /// the per-year counters; the other years received by then sum their per-day
    /// counters up to the as-of date. Neither reads the case table: a few thousand rows
    /// at most, whatever the date and the size of the register.
    pub fn paper_recap(&self, as_of: Date, years: Option<(i32, i32)>) -> Result<Vec<PaperRow>> {
        let (from, to) = years.unwrap_or(ALL_YEARS);
        // The years received by the as-of date whose kept counts include later facts.
        let (first, last): (Option<i32>, Option<i32>) = self
            .conn
            .query_row(
                "SELECT min(year), max(year) FROM year_stats
                 WHERE year BETWEEN ?1 AND ?2 AND max_date > ?3 AND year <= ?4",
                params![from, to, as_of, as_of.year()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(db)?;
        // A year is the year of its cases' received date: none after the as-of date's.
        let to = to.min(as_of.year());
        let (Some(first), Some(last)) = (first, last) else {
            return self.paper_rows(&recap_from_stats(), params![from, to]);
        };
        // Summed by day: the years from the first to the last of those (a year between
        // them reads the same either way); summed by year: the others.
        let mut rows = self.paper_rows(&recap_from_days(), params![first, last, as_of])?;
        for (a, b) in [(from, first - 1), (last + 1, to)] {
            if a <= b {
                rows.extend(self.paper_rows(&recap_from_stats(), params![a, b])?);
            }
        }
        rows.sort_by_key(|r| r.year);
        Ok(rows)
    }

    /// Runs a query whose rows are the year and the paper's counts, in [`paper_counts`]
    /// order.
    pub(crate) fn paper_rows(
        &self,
        sql: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<PaperRow>> {
        let mut st = self.conn.prepare_cached(sql).map_err(db)?;
        let rows = st
            .query_map(args, |r| {
                let mut c = [0i64; 6];
                for (i, v) in c.iter_mut().enumerate() {
                    *v = r.get(i + 1)?;
                }
                Ok(PaperRow::from_counts(r.get(0)?, c))
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }

    /// The cases received in `year` that have no qualification outcome as of `as_of`.
    pub fn unexamined(&self, year: i32, as_of: Date) -> Result<Vec<Unexamined>> {
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT register_no, withdrawn_on FROM cases
                     WHERE year = ?1 AND received_on <= ?2
                       AND (qualified_on IS NULL OR qualified_on > ?2)
                       AND (not_qualified_on IS NULL OR not_qualified_on > ?2) AND {}
                     ORDER BY serial",
                sql::cohort("")
            ))
            .map_err(db)?;
        let rows = st
            .query_map(params![year, as_of], |r| {
                let withdrawn: Option<Date> = r.get(1)?;
                Ok(Unexamined {
                    register_no: r.get(0)?,
                    withdrawn_on: withdrawn.filter(|d| *d <= as_of),
                })
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }

    /// Per year and public body, sorted by cases entered (most first): the year, the
    /// body's name, then `columns`' counts.
    pub fn recap_by_body(
        &self,
        columns: &[Counted],
        as_of: Date,
        years: Option<(i32, i32)>,
    ) -> Result<Vec<Vec<Cell>>> {
        self.grouped(
            columns,
            ("b.name, ", "c.body_id", "count(*) DESC, b.name", ""),
            as_of,
            years,
        )
    }

    /// Per year and kind of public body, sorted by cases entered (most first): the year,
    /// the kind (its stored word), then `columns`' counts.
    pub fn recap_by_body_kind(
        &self,
        columns: &[Counted],
        as_of: Date,
        years: Option<(i32, i32)>,
    ) -> Result<Vec<Vec<Cell>>> {
        self.grouped(
            columns,
            ("b.kind, ", "b.kind", "count(*) DESC, b.kind", ""),
            as_of,
            years,
        )
    }

    /// Per year and ground of the objection (Law 14/2008 Art. 35(1)), in the grounds'
    /// order: the year, the ground (its stored word), then `columns`' counts. A case
    /// counts under each ground its road records last, and under none without one.
    pub fn recap_by_ground(
        &self,
        columns: &[Counted],
        as_of: Date,
        years: Option<(i32, i32)>,
    ) -> Result<Vec<Vec<Cell>>> {
        self.grouped(
            columns,
            (
                "g.ground, ",
                "g.ground",
                "g.ground",
                "JOIN case_grounds g ON g.case_id = c.id AND g.act_id = \
                 (SELECT max(r.act_id) FROM case_road r WHERE r.case_id = c.id \
                 AND r.act_id NOT IN (SELECT u.undone FROM case_file_undos u WHERE u.case_id = c.id))",
            ),
            as_of,
            years,
        )
    }

    /// Per year: the year, then `columns`' counts of its cohort.
    pub fn recap_by_year(
        &self,
        columns: &[Counted],
        as_of: Date,
        years: Option<(i32, i32)>,
    ) -> Result<Vec<Vec<Cell>>> {
        self.grouped(columns, ("", "", "", ""), as_of, years)
    }

    /// `columns`' counts of each year's cohort, grouped also by `group` (the name selected,
    /// the grouping key, the order within a year, a join the grouping needs).
    fn grouped(
        &self,
        columns: &[Counted],
        (name, key, order, join): (&str, &str, &str, &str),
        as_of: Date,
        years: Option<(i32, i32)>,
    ) -> Result<Vec<Vec<Cell>>> {
        let then = |s: &str| {
            if s.is_empty() {
                String::new()
            } else {
                format!(", {s}")
            }
        };
        let sql = format!(
            "SELECT c.year, {name}{} FROM cases c JOIN bodies b ON b.id = c.body_id {join}
             WHERE c.received_on <= ?1 AND c.year BETWEEN ?2 AND ?3 AND {}
             GROUP BY c.year{} ORDER BY c.year{}",
            counts(columns.iter().map(|c| &c.pred), "?1"),
            sql::cohort("c."),
            then(key),
            then(order),
        );
        let text: &[usize] = if name.is_empty() { &[] } else { &[1] };
        self.cells(&sql, as_of, years, text)
    }

    /// Cases received and cases finished (done) per year, as of `as_of`.
    pub fn flow_counts(&self, as_of: Date) -> Result<(BTreeMap<i32, i64>, BTreeMap<i32, i64>)> {
        let count = |sql: &str| -> Result<BTreeMap<i32, i64>> {
            let mut st = self.conn.prepare_cached(sql).map_err(db)?;
            let rows = st
                .query_map([as_of], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(db)?;
            rows.collect::<rusqlite::Result<_>>().map_err(db)
        };
        let live = sql::cohort("");
        Ok((
            count(&format!(
                "SELECT year, count(*) FROM cases WHERE received_on <= ?1 AND {live} GROUP BY year"
            ))?,
            count(&format!(
                "SELECT CAST(substr(closed_on, 1, 4) AS INTEGER), count(*) FROM cases
                 WHERE closed_on <= ?1 AND {live} GROUP BY 1"
            ))?,
        ))
    }

    /// Runs a recap query whose parameters are (as_of, from year, to year); columns listed
    /// in `text` are names, the others counts.
    fn cells(
        &self,
        sql: &str,
        as_of: Date,
        years: Option<(i32, i32)>,
        text: &[usize],
    ) -> Result<Vec<Vec<Cell>>> {
        let (from, to) = years.unwrap_or(ALL_YEARS);
        let mut st = self.conn.prepare(sql).map_err(db)?;
        let n = st.column_count();
        let rows = st
            .query_map(params![as_of, from, to], |r| {
                (0..n)
                    .map(|i| {
                        Ok(if text.contains(&i) {
                            Cell::Text(r.get(i)?)
                        } else {
                            Cell::Int(r.get(i)?)
                        })
                    })
                    .collect()
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }
}

#[cfg(test)]
mod tests {
    //! The SQL of every definition counts the same cases as its Rust reading.
    use super::super::test_support::fresh;
    use super::*;
    use crate::domain::lifecycle::{Action, Facts};
    use crate::domain::recap::{by_body, by_outcome};
    use crate::domain::rules::Pred;
    use crate::domain::{Outcome, Reason, Via};

    #[test]
    fn sql_and_rust_read_every_definition_alike() {
        let (_d, reg) = fresh();
        let d = |s: &str| Date::parse(s).unwrap();
        // Cases along every path, stored as bare rows of a scratch table.
        reg.conn
            .execute_batch(
                "CREATE TEMP TABLE t (received_on, qualified_on, not_qualified_on,
                 not_qualified_reason, withdrawn_on, decided_on, decision_via,
                 decision_outcome, decision_no, closed_on)",
            )
            .unwrap();
        let mut all = vec![Facts::new(d("2017-01-02"))];
        let steps = [
            Action::Qualify,
            Action::Reject(Reason::Late),
            Action::Withdraw,
            Action::Decide {
                via: Via::Interim,
                outcome: Outcome::Lapsed,
                decision_no: None,
            },
            Action::Decide {
                via: Via::Adjudication,
                outcome: Outcome::Granted,
                decision_no: None,
            },
            Action::Close,
        ];
        let mut i = 0;
        while i < all.len() {
            for (n, a) in steps.iter().enumerate() {
                let on = d(&format!("2017-0{}-1{}", 2 + all[i].path().len(), n));
                if let Ok(next) = all[i].apply("t", a, on) {
                    all.push(next);
                }
            }
            i += 1;
        }
        for f in &all {
            let (via, outcome) = f.decision.unzip();
            reg.conn
                .execute(
                    "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    params![
                        f.received_on,
                        f.qualified_on,
                        f.not_qualified_on,
                        f.not_qualified_reason.map(Reason::as_str),
                        f.withdrawn_on,
                        f.decided_on,
                        via.map(Via::as_str),
                        outcome.map(Outcome::as_str),
                        f.decision_no,
                        f.closed_on
                    ],
                )
                .unwrap();
        }
        let mut preds: Vec<Pred> = paper_counts().into_iter().map(|(_, p)| p).collect();
        preds.extend(by_outcome().into_iter().map(|c| c.pred));
        preds.extend(by_body().into_iter().map(|c| c.pred));
        for as_of in ["2017-03-15", "2017-05-12", "2017-12-31"] {
            for p in &preds {
                let want = all.iter().filter(|f| p.eval(*f, Some(d(as_of)))).count() as i64;
                let q = format!(
                    "SELECT count(*) FROM t c WHERE ?1 IS NOT NULL AND {}",
                    sql::pred(p, Scope::new("c.", Some("?1")))
                );
                let got: i64 = reg.conn.query_row(&q, [as_of], |r| r.get(0)).unwrap();
                assert_eq!(got, want, "{p:?} as of {as_of}");
            }
        }
        // The first day of each of the paper's counts: on or before the as-of date
        // exactly when the count holds then (what the per-day counters rest on).
        for as_of in [
            "2017-01-01",
            "2017-01-02",
            "2017-03-15",
            "2017-05-12",
            "2017-12-31",
        ] {
            for (key, p) in paper_counts() {
                let want = all
                    .iter()
                    .filter(|f| f.received_on <= d(as_of) && p.eval(*f, Some(d(as_of))))
                    .count() as i64;
                let q = format!(
                    "SELECT count(*) FROM t c WHERE {} <= ?1",
                    sql::since(&p, "c.")
                );
                let got: i64 = reg.conn.query_row(&q, [as_of], |r| r.get(0)).unwrap();
                assert_eq!(got, want, "{key} as of {as_of}");
            }
        }
        // The same first days read in Rust (what `verify` recounts them with).
        for (key, p) in paper_counts() {
            let mut st = reg
                .conn
                .prepare(&format!(
                    "SELECT {} FROM t c ORDER BY rowid",
                    sql::since(&p, "c.")
                ))
                .unwrap();
            let got: Vec<Option<Date>> = st
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            let want: Vec<Option<Date>> = all.iter().map(|f| p.since(f, f.received_on)).collect();
            assert_eq!(got, want, "{key}");
        }
        assert!(all.len() > 8, "{} paths", all.len());
    }
}
