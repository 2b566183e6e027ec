//! `case undo`: the latest change to a case not yet reverted, reverted by a new act.
//!
//! A step is reverted by an undo event naming it (the replay of the lifecycle reads
//! it). A correction of the particulars is reverted by a correction back (the new values
//! to the old), recorded under an act of kind undo: the chain undoes corrections to find
//! the entry's particulars, so it needs nothing new, and the act's kind tells the next
//! undo that this correction is itself a revert, not a change to revert. A change of
//! the case file (a note, a service, an assignment, its parties or road) is struck by a
//! row of `case_file_undos` (`undo/file.rs`). Which of the three is the latest is told
//! by the acts that made them.

mod file;

pub(crate) use file::undone;

use super::appeal::sync_appeals;
use super::cases::not_void;
use super::hearings::sync_hearings;
use super::rows::{events_in, find_in};
use super::void::sync_void;
use super::writes::{NewEvent, body_id, insert_act, insert_event, write_facts};
use super::{Register, WRITE, db};
use crate::domain::case::{CaseRecord, EventRecord, Stamp, parse_changes, recorded};
use crate::domain::case_file::Reverted;
use crate::domain::lifecycle::{plan_undo, replay};
use crate::domain::register_no::CaseRef;
use crate::domain::{ActKind, BodyKind, Date, DomainError, EventKind};
use crate::error::Result;
use rusqlite::{Connection, params};

impl Register {
    /// Reverts the latest change not yet reverted, by a new act dated `on`; returns the
    /// case and the change that was reverted.
    pub fn undo(
        &mut self,
        r: &CaseRef,
        reason: &str,
        on: Date,
        stamp: &Stamp,
    ) -> Result<(CaseRecord, Reverted)> {
        self.undo_confirmed(r, reason, on, stamp, &mut |_| Ok(()))
    }

    /// [`Register::undo`], once `confirm` accepts the change it is about to revert (an
    /// error from it leaves the register as it was).
    pub fn undo_confirmed(
        &mut self,
        r: &CaseRef,
        reason: &str,
        on: Date,
        stamp: &Stamp,
        confirm: &mut dyn FnMut(&Reverted) -> Result<()>,
    ) -> Result<(CaseRecord, Reverted)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        let events = events_in(&tx, case.id)?;
        let history = recorded(&case.register_no, &events)?;
        // The candidates, each by the act that made it: the latest is reverted.
        let step = replay(&case.register_no, &history)?
            .live
            .last()
            .map(|&(seq, _)| seq);
        let step_act = step.map(|seq| act_of(&tx, case.id, seq)).transpose()?;
        let edit = live_edit(&tx, case.id)?;
        let edit_act = edit.map(|seq| act_of(&tx, case.id, seq)).transpose()?;
        let file = file::live_file_change(&tx, case.id)?;
        let file_act = file.as_ref().map(|f| f.act);
        let latest = step_act.max(edit_act).max(file_act);
        let seq = events.len() as i64 + 1;
        let reverted = if latest.is_some() && latest == edit_act {
            let edit = edit.expect("an edit's act");
            let (act, reverted) = revert_edit(&tx, &case, &events, edit, seq, reason, on, stamp)?;
            let edit_act = edit_act.expect("an edit's act");
            if file::wrote_file(&tx, case.id, edit_act)? {
                file::strike(&tx, case.id, act, edit_act, on, reason)?;
            }
            Reverted::Correction(reverted)
        } else if latest.is_some() && latest == file_act {
            // A void entry keeps its notes coming (`case note` takes one): its file's
            // latest change is reverted like any, before the void itself.
            let change = file.expect("a change of the file");
            let act = insert_act(&tx, stamp, ActKind::Undo, stamp.note.as_deref())?;
            file::strike(&tx, case.id, act, change.act, on, reason)?;
            Reverted::File(change)
        } else {
            let kind_of = |seq: i64| {
                events
                    .iter()
                    .find(|e| e.seq == seq)
                    .map_or(EventKind::Undo, |e| e.kind)
            };
            let (target, after) = plan_undo(&case.register_no, &history, kind_of, on)?;
            let act = insert_act(&tx, stamp, ActKind::Undo, None)?;
            insert_event(
                &tx,
                &NewEvent::undo(
                    (case.id, seq),
                    target,
                    (case.state, after.facts.state()),
                    on,
                    reason,
                    act,
                    stamp.note.as_deref(),
                ),
            )?;
            write_facts(&tx, case.id, &after.facts)?;
            sync_hearings(&tx, case.id, &after.hearings)?;
            sync_appeals(&tx, case.id, &after.appeals)?;
            sync_void(&tx, case.id, after.void.as_ref())?;
            super::intake::sync_intake(&tx, &case, seq, &after.intake)?;
            super::mediation::sync_mediation(&tx, case.id, &after.mediation)?;
            Reverted::Step(event(&events, target))
        };
        confirm(&reverted)?;
        // By its place: the undo of a registration may have taken its number back.
        let case = find_in(&tx, &case.short_ref())?;
        super::chain::commit(tx)?;
        Ok((case, reverted))
    }
}

/// The act that recorded event `seq` of a case.
fn act_of(conn: &Connection, case_id: i64, seq: i64) -> Result<i64> {
    conn.query_row(
        "SELECT act_id FROM events WHERE case_id = ?1 AND seq = ?2",
        [case_id, seq],
        |r| r.get(0),
    )
    .map_err(db)
}

fn event(events: &[EventRecord], seq: i64) -> EventRecord {
    events
        .iter()
        .find(|e| e.seq == seq)
        .expect("the change in force is in the history")
        .clone()
}

/// The latest correction of a case's particulars not yet reverted: corrections recorded
/// by an undo revert the latest one in force before them.
fn live_edit(conn: &Connection, case_id: i64) -> Result<Option<i64>> {
    let mut st = conn
        .prepare_cached(
            "SELECT e.seq, a.command FROM events e JOIN acts a ON a.id = e.act_id
             WHERE e.case_id = ?1 AND e.kind = ?2 ORDER BY e.seq",
        )
        .map_err(db)?;
    let rows = st
        .query_map(params![case_id, EventKind::Edit.as_str()], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })
        .map_err(db)?;
    let mut live = Vec::new();
    for row in rows {
        let (seq, command) = row.map_err(db)?;
        // A body renamed or merged moves its cases by a register-wide act: not a
        // correction of this case, and not undone by the case's undo.
        if command == ActKind::BodyMerge.as_str() || command == ActKind::BodyRename.as_str() {
            continue;
        }
        if command == ActKind::Undo.as_str() {
            live.pop();
        } else {
            live.push(seq);
        }
    }
    Ok(live.last().copied())
}

/// Records the correction back of correction `target` as event `seq`, and sets the
/// particulars it changed to their values before it.
#[allow(clippy::too_many_arguments)]
fn revert_edit(
    conn: &Connection,
    case: &CaseRecord,
    events: &[EventRecord],
    target: i64,
    seq: i64,
    reason: &str,
    on: Date,
    stamp: &Stamp,
) -> Result<(i64, EventRecord)> {
    not_void(case)?;
    let edit = event(events, target);
    if on < edit.on {
        return Err(DomainError::UndoBeforeStep {
            date: on,
            kind: EventKind::Edit,
            before: edit.on,
        }
        .into());
    }
    let changes = edit
        .detail
        .as_deref()
        .and_then(parse_changes)
        .ok_or_else(|| DomainError::NothingToUndo {
            case: case.register_no.clone(),
        })?;
    let act = insert_act(conn, stamp, ActKind::Undo, None)?;
    let back: Vec<String> = changes
        .iter()
        .rev()
        .map(|(field, old, new)| format!("{field}: {new:?} -> {old:?}"))
        .collect();
    let note = match &stamp.note {
        Some(n) => format!("{reason} ({n})"),
        None => reason.to_string(),
    };
    // The event first: the database lets a case's body change only with a correction
    // under the latest act.
    insert_event(
        conn,
        &NewEvent::edit(
            (case.id, seq),
            case.state,
            on,
            &back.join("; "),
            act,
            Some(&note),
        ),
    )?;
    for (field, old, _) in changes.iter().rev() {
        let column = match field.as_str() {
            "applicant" => "applicant",
            "applicant_kind" => "applicant_kind",
            "subject" => "subject",
            "public_body" => {
                let id = body_id(conn, old, act, BodyKind::Other)?;
                conn.execute(
                    "UPDATE cases SET body_id = ?2 WHERE id = ?1",
                    params![case.id, id],
                )
                .map_err(db)?;
                continue;
            }
            _ => {
                return Err(DomainError::NothingToUndo {
                    case: case.register_no.clone(),
                }
                .into());
            }
        };
        conn.execute(
            &format!("UPDATE cases SET {column} = ?2 WHERE id = ?1"),
            params![case.id, old],
        )
        .map_err(db)?;
    }
    Ok((act, edit))
}
