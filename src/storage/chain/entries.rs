//! The entries of the cases an act added, hashed with it: each case's particulars as it
//! was entered, its corrections (the events of kind `edit`) undone. Read with a query per
//! act through the indexes; for an act read by scan (an import), the cases and the events
//! are each read once in key order and merged here, the same rows in the same order.

use super::{CASE_ENTRIES, Reading, Unexplained, value};
use crate::domain::EventKind;
use crate::domain::case::Particulars;
use crate::domain::chain::{ActHasher, Value};
use crate::error::Result;
use crate::storage::db;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Row, Rows};
use std::borrow::Cow;

/// The events an entry needs, in key order: each case's first (number 1: of which act)
/// and its corrections (with their detail). The others are left to SQLite's scan: at a
/// million cases three rows in four, which the merge used to read only to pass them by.
pub(super) fn events_in_order() -> String {
    format!(
        "SELECT case_id, seq, act_id, kind, detail FROM events NOT INDEXED
         WHERE seq = 1 OR kind = '{}' ORDER BY case_id, seq",
        EventKind::Edit.as_str()
    )
}

/// An event as the merge reads it.
struct Event {
    case_id: i64,
    /// Whether it is its case's first event (number 1) and of the act hashed.
    adds: bool,
    /// A correction's detail (`Some`, empty for a detail that is NULL), `None` for other
    /// events.
    edit: Option<String>,
}

/// Hashes the entries of the cases act `id` added.
pub(super) fn case_entries(
    conn: &Connection,
    id: i64,
    h: &mut ActHasher,
    unexplained: &mut dyn FnMut(Unexplained),
    reading: Reading,
) -> Result<()> {
    let mut st = conn
        .prepare_cached(reading.case_entries_sql())
        .map_err(db)?;
    h.table(CASE_ENTRIES);
    if reading == Reading::ByIndex {
        let mut rows = st.query([id]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            let edits: String = r.get(9).map_err(db)?;
            let edits: Vec<Option<String>> = serde_json::from_str(&edits).unwrap_or_default();
            let edits: Vec<String> = edits.into_iter().map(Option::unwrap_or_default).collect();
            entry(r, &edits, h, unexplained)?;
        }
        return Ok(());
    }
    // By scan: every case, and beside it its events; a case is the act's when its first
    // event is (the index's query joins the two on that event).
    let mut events = conn.prepare_cached(&events_in_order()).map_err(db)?;
    let mut events = events.query([]).map_err(db)?;
    let mut pending = next_event(&mut events, id)?;
    let mut rows = st.query([]).map_err(db)?;
    let mut edits = Vec::new();
    while let Some(r) = rows.next().map_err(db)? {
        let case_id: i64 = r.get(0).map_err(db)?;
        let mut adds = false;
        edits.clear();
        while let Some(e) = pending.take_if(|e| e.case_id <= case_id) {
            if e.case_id == case_id {
                adds |= e.adds;
                edits.extend(e.edit);
            }
            pending = next_event(&mut events, id)?;
        }
        if adds {
            entry(r, &edits, h, unexplained)?;
        }
    }
    Ok(())
}

/// The next row of [`events_in_order`], read for act `id`.
fn next_event(rows: &mut Rows, id: i64) -> Result<Option<Event>> {
    let Some(r) = rows.next().map_err(db)? else {
        return Ok(None);
    };
    let seq: i64 = r.get(1).map_err(db)?;
    let act: Option<i64> = r.get(2).map_err(db)?;
    let edit = match r.get_ref(3).map_err(db)? {
        ValueRef::Text(k) if k == EventKind::Edit.as_str().as_bytes() => {
            Some(r.get::<_, Option<String>>(4).map_err(db)?)
        }
        _ => None,
    };
    Ok(Some(Event {
        case_id: r.get(0).map_err(db)?,
        adds: seq == 1 && act == Some(id),
        edit: edit.map(Option::unwrap_or_default),
    }))
}

/// Column `i` of `r` as text, bytes that are not UTF-8 replaced; borrowed when it is.
fn text<'r>(r: &'r Row, i: usize) -> Result<Cow<'r, str>> {
    let v = r.get_ref(i).map_err(db)?;
    Ok(String::from_utf8_lossy(
        v.as_bytes().map_err(|e| db(e.into()))?,
    ))
}

/// Hashes the entry of the case of row `r` (columns as [`Reading::case_entries_sql`]
/// reads them), its corrections' details `edits` undone.
fn entry(
    r: &Row,
    edits: &[String],
    h: &mut ActHasher,
    unexplained: &mut dyn FnMut(Unexplained),
) -> Result<()> {
    let now = [text(r, 5)?, text(r, 6)?, text(r, 7)?, text(r, 8)?];
    let (entry, wrong) = if edits.is_empty() {
        (now, vec![])
    } else {
        let [applicant, applicant_kind, public_body, subject] = now.map(Cow::into_owned);
        let (p, wrong) = Particulars {
            applicant,
            applicant_kind,
            public_body,
            subject,
        }
        .at_entry(edits);
        let entry = [p.applicant, p.applicant_kind, p.public_body, p.subject].map(Cow::Owned);
        (entry, wrong)
    };
    if !wrong.is_empty() {
        unexplained(Unexplained {
            case: text(r, 3)?.into_owned(),
            fields: wrong.clone(),
        });
    }
    h.row();
    for (i, c) in ["id", "year", "serial", "register_no", "received_on"]
        .iter()
        .enumerate()
    {
        h.field(c, value(r.get_ref(i).map_err(db)?));
    }
    for (c, v) in ["applicant", "applicant_kind", "public_body", "subject"]
        .iter()
        .zip(&entry)
    {
        h.field(c, Value::Text(v.as_bytes()));
    }
    // Never there when the act is sealed (the row is what its corrections left), so a
    // row edited back to its entry's value no longer matches either.
    if !wrong.is_empty() {
        h.field("unexplained", Value::Text(wrong.join(",").as_bytes()));
    }
    h.end_row();
    Ok(())
}
