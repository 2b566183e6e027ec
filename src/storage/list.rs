//! The `case list` query: filters as SQL, a page in register order, streamed.

use super::rows::{CASE_COLUMNS, case_from_row};
use super::{Register, db};
use crate::domain::case::CaseRecord;
use crate::domain::{State, body_key};
use crate::error::Result;
use rusqlite::ToSql;

/// `case list` filters.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub year: Option<i32>,
    pub state: Option<State>,
    pub body: Option<String>,
    pub applicant: Option<String>,
    pub limit: Option<u64>,
    pub offset: u64,
}

impl Register {
    /// Streams the cases that pass the filter, in register order.
    pub fn list(
        &self,
        filter: &CaseFilter,
        mut each: impl FnMut(CaseRecord) -> Result<()>,
    ) -> Result<()> {
        let (sql, args) = list_query(filter);
        let mut st = self.conn.prepare(&sql).map_err(db)?;
        let params: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
        let mut rows = st.query(params.as_slice()).map_err(db)?;
        while let Some(row) = rows.next().map_err(db)? {
            each(case_from_row(row).map_err(db)?)?;
        }
        Ok(())
    }
}

/// The `case list` query for a filter, with its parameters.
pub(crate) fn list_query(filter: &CaseFilter) -> (String, Vec<Box<dyn ToSql>>) {
    let mut sql =
        format!("SELECT {CASE_COLUMNS} FROM cases c JOIN bodies b ON b.id = c.body_id WHERE 1");
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(y) = filter.year {
        args.push(Box::new(y));
        sql += &format!(" AND c.year = ?{}", args.len());
    }
    if let Some(s) = filter.state {
        args.push(Box::new(s.as_str()));
        sql += &format!(" AND c.state = ?{}", args.len());
    }
    if let Some(b) = &filter.body {
        args.push(Box::new(like_pattern(&body_key(b))));
        sql += &format!(" AND b.name_key LIKE ?{} ESCAPE '\\'", args.len());
    }
    if let Some(a) = &filter.applicant {
        args.push(Box::new(like_pattern(&a.to_lowercase())));
        sql += &format!(" AND lower(c.applicant) LIKE ?{} ESCAPE '\\'", args.len());
    }
    sql += " ORDER BY c.year, c.serial";
    args.push(Box::new(filter.limit.map(|l| l as i64).unwrap_or(-1)));
    sql += &format!(" LIMIT ?{}", args.len());
    args.push(Box::new(filter.offset as i64));
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
