//! `case undo` of a change of the case file: the latest act that changed it and is still
//! in force, and its undo, a row of `case_file_undos` that strikes what the act wrote (the
//! file then reads as before it, exactly: every read of the file skips struck acts,
//! `case_file::LIVE`).

use crate::domain::case_file::{FileChange, FileUndo, FileWhat};
use crate::domain::{ActKind, Date, Party};
use crate::error::Result;
use crate::storage::db;
use crate::storage::rows::word;
use rusqlite::{Connection, OptionalExtension, params};

/// The acts that change a case's file after its entry: the entry's own rows (`case add`,
/// an import) are the entry, which undo never reverts.
const CHANGES: [ActKind; 4] = [
    ActKind::Edit,
    ActKind::CaseAssign,
    ActKind::CaseNote,
    ActKind::HearingServed,
];

/// The latest change of the case's file not yet reverted, if any.
pub(super) fn live_file_change(conn: &Connection, case_id: i64) -> Result<Option<FileChange>> {
    let kinds = CHANGES
        .iter()
        .map(|k| format!("'{}'", k.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let found: Option<(i64, ActKind, String)> = conn
        .query_row(
            &format!(
                "SELECT a.id, a.command, a.recorded_at FROM acts a WHERE a.id IN (
                     SELECT act_id FROM case_parties WHERE case_id = ?1
                     UNION SELECT act_id FROM case_road WHERE case_id = ?1
                     UNION SELECT act_id FROM panels WHERE case_id = ?1
                     UNION SELECT act_id FROM case_notes WHERE case_id = ?1
                     UNION SELECT act_id FROM summons_service WHERE case_id = ?1)
                   AND a.command IN ({kinds})
                   AND a.id NOT IN (SELECT undone FROM case_file_undos WHERE case_id = ?1)
                 ORDER BY a.id DESC LIMIT 1"
            ),
            [case_id],
            |r| Ok((r.get(0)?, word(r, 1, ActKind::parse)?, r.get(2)?)),
        )
        .optional()
        .map_err(db)?;
    let Some((act, kind, recorded_at)) = found else {
        return Ok(None);
    };
    let what = what_of(conn, case_id, act)?;
    Ok(Some(FileChange {
        act,
        kind,
        recorded_at,
        what,
    }))
}

/// The changes of a case's file an undo struck, oldest first.
pub(crate) fn undone(conn: &Connection, case_id: i64) -> Result<Vec<FileUndo>> {
    let mut st = conn
        .prepare_cached(
            "SELECT u.undone, a.command, a.recorded_at, u.on_date, u.reason
             FROM case_file_undos u JOIN acts a ON a.id = u.undone
             WHERE u.case_id = ?1 ORDER BY u.act_id",
        )
        .map_err(db)?;
    let rows: Vec<(i64, ActKind, String, Date, String)> = st
        .query_map([case_id], |r| {
            Ok((
                r.get(0)?,
                word(r, 1, ActKind::parse)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        })
        .and_then(Iterator::collect)
        .map_err(db)?;
    rows.into_iter()
        .map(|(act, kind, recorded_at, on, reason)| {
            Ok(FileUndo {
                change: FileChange {
                    act,
                    kind,
                    recorded_at,
                    what: what_of(conn, case_id, act)?,
                },
                on,
                reason,
            })
        })
        .collect()
}

/// What act `act` wrote to the case's file.
fn what_of(conn: &Connection, case_id: i64, act: i64) -> Result<FileWhat> {
    let one = |sql: &str| -> Result<bool> {
        conn.query_row(
            &format!("SELECT EXISTS ({sql} WHERE case_id = ?1 AND act_id = ?2)"),
            [case_id, act],
            |r| r.get(0),
        )
        .map_err(db)
    };
    if let Some(text) = conn
        .query_row(
            "SELECT text FROM case_notes WHERE case_id = ?1 AND act_id = ?2",
            [case_id, act],
            |r| r.get::<_, String>(0),
        )
        .optional()
        .map_err(db)?
    {
        return Ok(FileWhat::Note(text));
    }
    if let Some(service) = conn
        .query_row(
            "SELECT hearing_no, party, on_date FROM summons_service
             WHERE case_id = ?1 AND act_id = ?2",
            [case_id, act],
            |r| {
                Ok(FileWhat::Service {
                    hearing_no: r.get(0)?,
                    party: word(r, 1, Party::parse)?,
                    on: r.get(2)?,
                })
            },
        )
        .optional()
        .map_err(db)?
    {
        return Ok(service);
    }
    if one("SELECT 1 FROM panels")? {
        return Ok(FileWhat::Panel);
    }
    Ok(FileWhat::File {
        parties: one("SELECT 1 FROM case_parties")?,
        road: one("SELECT 1 FROM case_road")?,
    })
}

/// Strikes what act `undone` wrote to the case's file, by the undo act `act`.
pub(super) fn strike(
    conn: &Connection,
    case_id: i64,
    act: i64,
    undone: i64,
    on: Date,
    reason: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO case_file_undos (case_id, act_id, undone, on_date, reason)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![case_id, act, undone, on, reason],
    )
    .map_err(db)?;
    Ok(())
}

/// Whether act `act` wrote to the case's file (a `case edit` that corrected the
/// particulars may have changed the file too: both are reverted together).
pub(super) fn wrote_file(conn: &Connection, case_id: i64, act: i64) -> Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM case_parties WHERE case_id = ?1 AND act_id = ?2)
             OR EXISTS (SELECT 1 FROM case_road WHERE case_id = ?1 AND act_id = ?2)",
        [case_id, act],
        |r| r.get(0),
    )
    .map_err(db)
}
