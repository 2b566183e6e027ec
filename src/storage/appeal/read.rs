//! Reading the appeals: those of a case or of all, the cases decided by a date with
//! their appeals, the appeals export, and the cases an entry would duplicate.

use crate::domain::appeal::{Appeal, Appeals, CourtDecision};
use crate::domain::case::CaseRecord;
use crate::domain::rules::LEVELS;
use crate::domain::{Court, CourtOutcome, Date, Level, Party};
use crate::error::Result;
use crate::storage::rows::case_from_row;
use crate::storage::sql;
use crate::storage::{Register, db};
use rusqlite::{Connection, Row, params};
use std::collections::HashMap;

const APPEAL_COLUMNS: &str =
    "a.level, a.court, a.party, a.filed_on, a.court_no, a.decided_on, a.outcome";

/// The SQL that orders appeals by level, as [`LEVELS`] lists them.
fn level_order(col: &str) -> String {
    let mut s = String::from("CASE");
    for (i, l) in LEVELS.iter().enumerate() {
        s += &format!(" WHEN {col} = '{}' THEN {i}", l.level);
    }
    s + " END"
}

/// An appeal from a row whose columns from `at` on are [`APPEAL_COLUMNS`].
fn appeal_from_row(r: &Row, at: usize) -> rusqlite::Result<Appeal> {
    use crate::storage::rows::{opt_word, word};
    let decided_on: Option<Date> = r.get(at + 5)?;
    let outcome = opt_word(r, at + 6, CourtOutcome::parse)?;
    Ok(Appeal {
        level: word(r, at, Level::parse)?,
        court: word(r, at + 1, Court::parse)?,
        by: word(r, at + 2, Party::parse)?,
        filed_on: r.get(at + 3)?,
        court_no: r.get(at + 4)?,
        decided: decided_on
            .zip(outcome)
            .map(|(on, outcome)| CourtDecision { on, outcome }),
    })
}

/// The appeals of a case, in level order.
pub(crate) fn appeals_in(conn: &Connection, case_id: i64) -> Result<Vec<Appeal>> {
    let mut st = conn
        .prepare_cached(&format!(
            "SELECT {APPEAL_COLUMNS} FROM appeals a WHERE a.case_id = ?1 ORDER BY {}",
            level_order("a.level")
        ))
        .map_err(db)?;
    let rows = st
        .query_map([case_id], |r| appeal_from_row(r, 0))
        .map_err(db)?;
    rows.collect::<rusqlite::Result<_>>().map_err(db)
}

/// Every appeal of the register, by case id, in level order (for `verify` and the recap).
pub(crate) fn all_appeals(conn: &Connection) -> Result<HashMap<i64, Vec<Appeal>>> {
    let mut st = conn
        .prepare(&format!(
            "SELECT a.case_id, {APPEAL_COLUMNS} FROM appeals a ORDER BY a.case_id, {}",
            level_order("a.level")
        ))
        .map_err(db)?;
    let mut all: HashMap<i64, Vec<Appeal>> = HashMap::new();
    let mut rows = st.query([]).map_err(db)?;
    while let Some(r) = rows.next().map_err(db)? {
        let id: i64 = r.get(0).map_err(db)?;
        all.entry(id)
            .or_default()
            .push(appeal_from_row(r, 1).map_err(db)?);
    }
    Ok(all)
}

impl Register {
    /// The cases whose first-instance appeal in force was filed at a court against the
    /// body's kind (`appeal file --court-despite-kind`: the override of its filing, not
    /// undone), by id.
    pub fn appeals_despite_kind(&self) -> Result<std::collections::HashSet<i64>> {
        let mut st = self
            .conn
            .prepare(
                "SELECT DISTINCT o.case_id FROM overrides o
                 JOIN events e ON e.case_id = o.case_id AND e.seq = o.seq
                 WHERE o.what = ?1 AND e.kind = ?2
                   AND NOT EXISTS (SELECT 1 FROM events u
                                   WHERE u.case_id = e.case_id AND u.reverts = e.seq)",
            )
            .map_err(db)?;
        st.query_map(
            [
                crate::domain::Override::CourtDespiteKind.as_str(),
                crate::domain::EventKind::AppealFile.as_str(),
            ],
            |r| r.get(0),
        )
        .and_then(Iterator::collect)
        .map_err(db)
    }

    /// A case's service date and appeals, as they stand.
    pub fn appeals(&self, case: &CaseRecord) -> Result<Appeals> {
        Ok(Appeals {
            served_on: case.served_on,
            filed: appeals_in(&self.conn, case.id)?,
        })
    }

    /// The open cases (not void, not done) whose applicant, body, subject and received
    /// date are the new case's, up to case and spaces: `YEAR/SERIAL` of each, in register
    /// order. Read through the open cases' index by received date: over every case it
    /// scanned the case table (130 ms a `case add` at a million cases); a case entered
    /// twice is still open when the second entry is made.
    pub fn duplicates_of(&self, new: &crate::domain::case::NewCase) -> Result<Vec<String>> {
        let Some(body) = crate::storage::writes::find_body(&self.conn, &new.body)? else {
            return Ok(vec![]);
        };
        let fold = crate::domain::body_key;
        let mut st = self.conn.prepare_cached(&duplicates_sql()).map_err(db)?;
        let rows = st
            .query_map(params![new.received_on, body], |r| {
                Ok((
                    r.get::<_, i32>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .map_err(db)?;
        let (applicant_key, subject_key) = (fold(&new.applicant), fold(&new.subject));
        let mut found = Vec::new();
        for row in rows {
            let (year, serial, applicant, subject) = row.map_err(db)?;
            if fold(&applicant) == applicant_key && fold(&subject) == subject_key {
                found.push(format!("{year}/{serial}"));
            }
        }
        Ok(found)
    }

    /// Streams every case (not void) received on or before `as_of` with a decision by
    /// then, with its appeals (for the appeals recap and the listings that ask about
    /// finality), in register order.
    pub fn decided_cases(
        &self,
        as_of: Date,
        mut each: impl FnMut(&CaseRecord, &Appeals) -> Result<()>,
    ) -> Result<()> {
        let mut by_case = all_appeals(&self.conn)?;
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {} FROM cases c JOIN bodies b ON b.id = c.body_id
                 WHERE c.decided_on <= ?1 AND {} ORDER BY c.year, c.serial",
                crate::storage::rows::CASE_COLUMNS,
                sql::cohort("c.")
            ))
            .map_err(db)?;
        let mut rows = st.query([as_of]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            let case = case_from_row(r).map_err(db)?;
            let appeals = Appeals {
                served_on: case.served_on,
                filed: by_case.remove(&case.id).unwrap_or_default(),
            };
            each(&case, &appeals)?;
        }
        Ok(())
    }

    /// Calls `each` with every case's register number, service date and appeals (one
    /// call per appeal, or one with none for a case served and not appealed), in register
    /// order then level order: of the cases received in `year`, or of all.
    pub fn export_appeals(
        &self,
        year: Option<i32>,
        mut each: impl FnMut(&str, Option<Date>, Option<&Appeal>) -> Result<()>,
    ) -> Result<()> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT c.register_no, c.served_on, {APPEAL_COLUMNS} FROM cases c
                 LEFT JOIN appeals a ON a.case_id = c.id
                 WHERE (c.served_on IS NOT NULL OR a.case_id IS NOT NULL)
                   AND (?1 IS NULL OR c.year = ?1) AND {}
                 ORDER BY c.year, c.serial, {}",
                sql::cohort("c."),
                level_order("a.level")
            ))
            .map_err(db)?;
        let mut rows = st.query([year]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            let register_no: String = r.get(0).map_err(db)?;
            let served_on: Option<Date> = r.get(1).map_err(db)?;
            let level: Option<String> = r.get(2).map_err(db)?;
            let appeal = match level {
                Some(_) => Some(appeal_from_row(r, 2).map_err(db)?),
                None => None,
            };
            each(&register_no, served_on, appeal.as_ref())?;
        }
        Ok(())
    }
}

/// The query of [`Register::duplicates_of`]: the open cases of a body received on a day.
pub(crate) fn duplicates_sql() -> String {
    format!(
        "SELECT c.year, c.serial, c.applicant, c.subject FROM cases c
         WHERE c.received_on = ?1 AND c.body_id = ?2 AND {} AND {}
         ORDER BY c.year, c.serial",
        sql::cohort("c."),
        crate::storage::list::open_condition("c.")
    )
}
