//! The case listings: filters as SQL, streamed in register order (or by received date),
//! each case with the date of its first hearing held, so that the caller can compute its
//! deadlines. A caller may stop the stream early (a page is full).

use super::rows::{CASE_COLUMNS, case_from_row};
use super::sql::{self, Scope};
use super::{Register, db};
use crate::domain::case::CaseRecord;
use crate::domain::deadlines::{not_ended, open_states};
use crate::domain::{Date, State, body_key};
use crate::error::Result;
use rusqlite::ToSql;
use std::ops::ControlFlow;

/// In which order cases come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// By year and serial: the register's own order.
    #[default]
    Register,
    /// By received date (then register order).
    Received,
}

/// `case list` filters, as the register can apply them.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub year: Option<i32>,
    /// Any of these states (none: any state).
    pub states: Vec<State>,
    pub body: Option<String>,
    pub applicant: Option<String>,
    /// Received on or after / on or before.
    pub received_from: Option<Date>,
    pub received_to: Option<Date>,
    /// Not ended as of this date (no decision, withdrawal or not-qualified ruling by then).
    pub not_ended_as_of: Option<Date>,
    /// The as-of date is today or later: "not ended" is then the same as being in one of
    /// the open states, which an index keeps.
    pub as_of_now: bool,
    pub order: Order,
    pub limit: Option<u64>,
    pub offset: u64,
    /// Void entries too (every other listing leaves them out).
    pub include_void: bool,
    /// Only cases with an appeal filed on or before this date.
    pub appealed_by: Option<Date>,
}

impl Register {
    /// Streams the cases that pass the filter, each with the date of its first hearing
    /// held (if any); `each` returns `Break` to stop.
    pub fn list(
        &self,
        filter: &CaseFilter,
        mut each: impl FnMut(CaseRecord, Option<Date>) -> Result<ControlFlow<()>>,
    ) -> Result<()> {
        let (sql, args) = list_query(filter);
        let mut st = self.conn.prepare(&sql).map_err(db)?;
        let params: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
        let mut rows = st.query(params.as_slice()).map_err(db)?;
        let held = CASE_COLUMNS.split(',').count();
        while let Some(row) = rows.next().map_err(db)? {
            let case = case_from_row(row).map_err(db)?;
            let first_held = row.get(held).map_err(db)?;
            if each(case, first_held)?.is_break() {
                break;
            }
        }
        Ok(())
    }
}

/// The open states as SQL, exactly as the partial index `cases_open` is written (the
/// planner uses the index only for a query that repeats its condition).
pub(crate) fn open_condition(prefix: &str) -> String {
    let states: Vec<&str> = open_states().iter().map(|s| s.as_str()).collect();
    sql::one_of(&format!("{prefix}state"), &states)
}

/// The date of the first hearing held of the case `c`, as SQL (NULL: none).
pub(crate) const FIRST_HELD: &str = "(SELECT min(h.on_date) FROM hearings h
             WHERE h.case_id = c.id AND h.status = 'held')";

/// The `case list` query for a filter, with its parameters.
pub(crate) fn list_query(filter: &CaseFilter) -> (String, Vec<Box<dyn ToSql>>) {
    let mut sql = format!(
        "SELECT {CASE_COLUMNS}, {FIRST_HELD}
         FROM cases c JOIN bodies b ON b.id = c.body_id WHERE 1"
    );
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    let mut arg = |sql: &mut String, cond: &str, v: Box<dyn ToSql>| {
        args.push(v);
        *sql += &format!(" AND {}", cond.replace('?', &format!("?{}", args.len())));
    };
    if !filter.include_void {
        sql += &format!(" AND {}", sql::cohort("c."));
    }
    if let Some(y) = filter.year {
        arg(&mut sql, "c.year = ?", Box::new(y));
    }
    if let Some(d) = filter.appealed_by {
        arg(
            &mut sql,
            "EXISTS (SELECT 1 FROM appeals a WHERE a.case_id = c.id AND a.filed_on <= ?)",
            Box::new(d),
        );
    }
    if !filter.states.is_empty() {
        let states: Vec<&str> = filter.states.iter().map(|s| s.as_str()).collect();
        sql += &format!(" AND {}", sql::one_of("c.state", &states));
    }
    if let Some(b) = &filter.body {
        arg(
            &mut sql,
            "b.name_key LIKE ? ESCAPE '\\'",
            Box::new(like_pattern(&body_key(b))),
        );
    }
    if let Some(a) = &filter.applicant {
        arg(
            &mut sql,
            "lower(c.applicant) LIKE ? ESCAPE '\\'",
            Box::new(like_pattern(&a.to_lowercase())),
        );
    }
    if let Some(d) = filter.received_from {
        arg(&mut sql, "c.received_on >= ?", Box::new(d));
    }
    if let Some(d) = filter.received_to {
        arg(&mut sql, "c.received_on <= ?", Box::new(d));
    }
    if let Some(d) = filter.not_ended_as_of {
        if filter.as_of_now {
            sql += &format!(" AND {}", open_condition("c."));
        } else {
            args.push(Box::new(d));
            let at = format!("?{}", args.len());
            sql += &format!(
                " AND {}",
                sql::pred(&not_ended(), Scope::new("c.", Some(&at)))
            );
        }
    }
    sql += match filter.order {
        Order::Register => " ORDER BY c.year, c.serial",
        Order::Received => " ORDER BY c.received_on, c.year, c.serial",
    };
    let signed = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    args.push(Box::new(filter.limit.map_or(-1, signed)));
    sql += &format!(" LIMIT ?{}", args.len());
    args.push(Box::new(signed(filter.offset)));
    sql += &format!(" OFFSET ?{}", args.len());
    (sql, args)
}

/// A LIKE pattern matching `s` anywhere, with LIKE's own characters escaped.
fn like_pattern(s: &str) -> String {
    let mut p = String::with_capacity(s.len() + 2);
    p.push('%');
    for ch in s.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(ch);
    }
    p.push('%');
    p
}
