//! Public bodies: the list with each body's cases, one body with its aliases, merged
//! bodies and history, and the changes (rename, alias, kind, merge), each one transaction
//! with its act and its row of `body_changes`, written before the change (the schema's
//! triggers want the history first).

use super::rows::word;
use super::sql;
use super::writes::{NewEvent, find_body, insert_act, insert_body_change, insert_event};
use super::{Register, WRITE, db};
use crate::domain::body::{self, Bodies, BodyEvent, BodyInfo, BodyState, Change};
use crate::domain::case::Stamp;
use crate::domain::error::TextField;
use crate::domain::{ActKind, BodyChange, BodyKind, Date, DomainError, body_key, tidy};
use crate::error::Result;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::BTreeMap;

/// The live body a name resolves to, or the refusal naming it.
pub(super) fn resolve(conn: &Connection, name: &str) -> Result<i64> {
    find_body(conn, name)?.ok_or_else(|| DomainError::NoSuchBody(tidy(name)).into())
}

fn name_of(conn: &Connection, id: i64) -> Result<String> {
    super::writes::body_name(conn, id)
}

/// The body a name leads to when it is the name of a body merged into another: the
/// merged body's name and the name of the body it was merged into.
fn merged_name(conn: &Connection, name: &str) -> Result<Option<(String, String)>> {
    conn.query_row(
        "SELECT b.name, s.name FROM bodies b JOIN bodies s ON s.id = b.merged_into
         WHERE b.name_key = ?1",
        [body_key(name)],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .map_err(db)
}

/// Refuses `name` when another body goes by it (its name, up to case and spaces, or an
/// alias); `own`: the body it is for, whose own name it may be.
fn not_taken(conn: &Connection, name: &str, own: Option<i64>) -> Result<()> {
    let key = body_key(name);
    let owner: Option<i64> = conn
        .query_row(
            "SELECT coalesce(merged_into, id) FROM bodies WHERE name_key = ?1 AND id IS NOT ?2
             UNION ALL SELECT body_id FROM body_aliases WHERE alias_key = ?1 LIMIT 1",
            params![key, own],
            |r| r.get(0),
        )
        .optional()
        .map_err(db)?;
    match owner {
        Some(id) => Err(DomainError::BodyNameTaken {
            name: tidy(name),
            body: name_of(conn, id)?,
        }
        .into()),
        None => Ok(()),
    }
}

impl Register {
    /// Whether a name (or alias) is known, up to case and spaces.
    pub fn body_known(&self, name: &str) -> Result<bool> {
        Ok(find_body(&self.conn, name)?.is_some())
    }

    /// Every body not merged into another, by name, with its kind, cases, aliases and the
    /// bodies merged into it.
    pub fn bodies(&self) -> Result<Vec<BodyInfo>> {
        let mut st = self
            .conn
            .prepare(&format!(
                // The cases counted in one pass, not one per body (a scan of the cases
                // for each: 5,000 bodies, 20,000 cases, 15 s).
                "SELECT b.id, b.name, b.kind, coalesce(n.cases, 0)
                 FROM bodies b LEFT JOIN (SELECT c.body_id, count(*) AS cases FROM cases c
                                          WHERE {} GROUP BY c.body_id) n ON n.body_id = b.id
                 WHERE b.merged_into IS NULL ORDER BY b.name_key",
                sql::cohort("c.")
            ))
            .map_err(db)?;
        let rows = st
            .query_map([], |r| {
                Ok(BodyInfo {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: word(r, 2, BodyKind::parse)?,
                    cases: r.get(3)?,
                    aliases: vec![],
                    merged: vec![],
                })
            })
            .map_err(db)?;
        let mut all: Vec<BodyInfo> = rows.collect::<rusqlite::Result<_>>().map_err(db)?;
        let mut aliases: BTreeMap<i64, Vec<String>> = BTreeMap::new();
        let mut st = self
            .conn
            .prepare("SELECT body_id, alias FROM body_aliases ORDER BY alias_key")
            .map_err(db)?;
        let mut rows = st.query([]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            aliases
                .entry(r.get(0).map_err(db)?)
                .or_default()
                .push(r.get(1).map_err(db)?);
        }
        let mut merged: BTreeMap<i64, Vec<String>> = BTreeMap::new();
        let mut st = self
            .conn
            .prepare(
                "SELECT merged_into, name FROM bodies WHERE merged_into IS NOT NULL
                 ORDER BY name_key",
            )
            .map_err(db)?;
        let mut rows = st.query([]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            merged
                .entry(r.get(0).map_err(db)?)
                .or_default()
                .push(r.get(1).map_err(db)?);
        }
        for b in &mut all {
            b.aliases = aliases.remove(&b.id).unwrap_or_default();
            b.merged = merged.remove(&b.id).unwrap_or_default();
        }
        Ok(all)
    }

    /// The body a name resolves to (a merged body: the one it was merged into), and its
    /// history: every change of it and of the bodies merged into it, in order.
    pub fn body(&self, name: &str) -> Result<(BodyInfo, Vec<BodyEvent>)> {
        let id = resolve(&self.conn, name)?;
        let info = self
            .bodies()?
            .into_iter()
            .find(|b| b.id == id)
            .expect("a live body is listed");
        let mut st = self
            .conn
            .prepare(
                "SELECT a.recorded_at, a.actor, a.command, h.change, b.name, h.name, h.kind,
                        i.name, a.note
                 FROM body_changes h JOIN acts a ON a.id = h.act_id
                 JOIN bodies b ON b.id = h.body_id LEFT JOIN bodies i ON i.id = h.into_id
                 WHERE h.body_id = ?1 OR h.into_id = ?1 OR b.merged_into = ?1
                 ORDER BY h.id",
            )
            .map_err(db)?;
        let rows = st
            .query_map([id], |r| {
                Ok(BodyEvent {
                    recorded_at: r.get(0)?,
                    actor: r.get(1)?,
                    command: word(r, 2, ActKind::parse)?,
                    change: word(r, 3, BodyChange::parse)?,
                    body: r.get(4)?,
                    name: r.get(5)?,
                    kind: super::rows::opt_word(r, 6, BodyKind::parse)?,
                    into: r.get(7)?,
                    note: r.get(8)?,
                })
            })
            .map_err(db)?;
        let history = rows.collect::<rusqlite::Result<_>>().map_err(db)?;
        Ok((info, history))
    }

    /// Renames a body; returns its old name. Each case of the body records the change of
    /// its body's name (an edit dated `today`), so that its history says what its body
    /// was called when it was entered.
    pub fn body_rename(
        &mut self,
        name: &str,
        to: &str,
        today: Date,
        stamp: &Stamp,
    ) -> Result<String> {
        let to = tidy(to);
        if to.is_empty() {
            return Err(DomainError::Empty(TextField::NewBodyName).into());
        }
        TextField::NewBodyName.check(&to)?;
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        // A merged body's name leads to the body it was merged into: a rename through it
        // would rename that body under a name the clerk did not give it by.
        if let Some((name, into)) = merged_name(&tx, name)? {
            return Err(DomainError::RenameMerged { name, into }.into());
        }
        let id = resolve(&tx, name)?;
        let old = name_of(&tx, id)?;
        if old == to {
            return Err(DomainError::BodyUnchanged(old).into());
        }
        // Nor can a body take a merged body's name: it already leads to the survivor.
        if let Some((name, into)) = merged_name(&tx, &to)? {
            return Err(DomainError::NameOfMerged { name, into }.into());
        }
        not_taken(&tx, &to, Some(id))?;
        let act = insert_act(&tx, stamp, ActKind::BodyRename, stamp.note.as_deref())?;
        insert_body_change(&tx, act, id, BodyChange::Rename, Some(&to), None, None)?;
        record_body_change(&tx, id, (&old, &to), act, today, stamp)?;
        tx.execute(
            "UPDATE bodies SET name = ?2, name_key = ?3 WHERE id = ?1",
            params![id, to, body_key(&to)],
        )
        .map_err(db)?;
        super::chain::commit(tx)?;
        Ok(old)
    }

    /// Gives a body another name it goes by; returns the body's name.
    pub fn body_alias(&mut self, name: &str, alias: &str, stamp: &Stamp) -> Result<String> {
        let alias = tidy(alias);
        if alias.is_empty() {
            return Err(DomainError::Empty(TextField::BodyAlias).into());
        }
        TextField::BodyAlias.check(&alias)?;
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let id = resolve(&tx, name)?;
        not_taken(&tx, &alias, None)?;
        let act = insert_act(&tx, stamp, ActKind::BodyAlias, stamp.note.as_deref())?;
        insert_body_change(&tx, act, id, BodyChange::Alias, Some(&alias), None, None)?;
        tx.execute(
            "INSERT INTO body_aliases (alias_key, alias, body_id) VALUES (?1, ?2, ?3)",
            params![body_key(&alias), alias, id],
        )
        .map_err(db)?;
        let body = name_of(&tx, id)?;
        super::chain::commit(tx)?;
        Ok(body)
    }

    /// Sets a body's kind; returns the body's name and its old kind.
    pub fn body_set_kind(
        &mut self,
        name: &str,
        kind: BodyKind,
        stamp: &Stamp,
    ) -> Result<(String, BodyKind)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let id = resolve(&tx, name)?;
        let (body, old): (String, BodyKind) = tx
            .query_row("SELECT name, kind FROM bodies WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, word(r, 1, BodyKind::parse)?))
            })
            .map_err(db)?;
        if old == kind {
            return Err(DomainError::BodyUnchanged(body).into());
        }
        let act = insert_act(&tx, stamp, ActKind::BodySet, stamp.note.as_deref())?;
        insert_body_change(&tx, act, id, BodyChange::Kind, None, Some(kind), None)?;
        tx.execute(
            "UPDATE bodies SET kind = ?2 WHERE id = ?1",
            params![id, kind.as_str()],
        )
        .map_err(db)?;
        super::chain::commit(tx)?;
        Ok((body, old))
    }

    /// The two bodies a merge names, as they stand (for the confirmation): the body merged
    /// and its cases, the body merged into and its cases.
    pub fn merge_plan(&self, from: &str, into: &str) -> Result<(BodyInfo, BodyInfo)> {
        let (a, b) = (resolve(&self.conn, from)?, resolve(&self.conn, into)?);
        if a == b {
            return Err(DomainError::SameBody(name_of(&self.conn, a)?).into());
        }
        let all = self.bodies()?;
        let find = |id| all.iter().find(|x| x.id == id).cloned().expect("live");
        Ok((find(a), find(b)))
    }

    /// Merges a body into another: its cases, its aliases and the bodies merged into it
    /// are the other's from now on; its name keeps resolving to the other. Not undone.
    /// Returns the two names and how many cases moved.
    pub fn body_merge(
        &mut self,
        from: &str,
        into: &str,
        today: Date,
        stamp: &Stamp,
    ) -> Result<(String, String, usize)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let (a, b) = (resolve(&tx, from)?, resolve(&tx, into)?);
        if a == b {
            return Err(DomainError::SameBody(name_of(&tx, a)?).into());
        }
        let act = insert_act(&tx, stamp, ActKind::BodyMerge, stamp.note.as_deref())?;
        insert_body_change(&tx, act, a, BodyChange::Merge, None, None, Some(b))?;
        let (name_a, name_b) = (name_of(&tx, a)?, name_of(&tx, b)?);
        record_body_change(&tx, a, (&name_a, &name_b), act, today, stamp)?;
        tx.execute(
            "UPDATE bodies SET merged_into = ?2 WHERE id = ?1 OR merged_into = ?1",
            params![a, b],
        )
        .map_err(db)?;
        tx.execute(
            "UPDATE body_aliases SET body_id = ?2 WHERE body_id = ?1",
            params![a, b],
        )
        .map_err(db)?;
        let moved = tx
            .execute(
                "UPDATE cases SET body_id = ?2 WHERE body_id = ?1",
                params![a, b],
            )
            .map_err(db)?;
        let names = (name_of(&tx, a)?, name_of(&tx, b)?);
        super::chain::commit(tx)?;
        Ok((names.0, names.1, moved))
    }
}

/// Records in the history of every case of body `id` that its body is now called `new`
/// instead of `old` (a rename, or a merge into another body): an edit, as `case edit
/// --body` records one, written by the body's act. The hash chain rebuilds each case's
/// entry by undoing its corrections, so the entry keeps the name it was entered with.
fn record_body_change(
    tx: &Connection,
    id: i64,
    (old, new): (&str, &str),
    act: i64,
    today: Date,
    stamp: &Stamp,
) -> Result<()> {
    let cases: Vec<(i64, String, i64)> = tx
        .prepare(
            "SELECT c.id, c.state, (SELECT max(seq) FROM events e WHERE e.case_id = c.id)
             FROM cases c WHERE c.body_id = ?1 ORDER BY c.id",
        )
        .and_then(|mut st| {
            st.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()
        })
        .map_err(db)?;
    let detail = format!("public_body: {old:?} -> {new:?}");
    for (case_id, state, last) in cases {
        let state = crate::domain::State::parse(&state)?;
        insert_event(
            tx,
            &NewEvent::edit(
                (case_id, last + 1),
                state,
                today,
                &detail,
                act,
                stamp.note.as_deref(),
            ),
        )?;
    }
    Ok(())
}

/// The bodies' history, in order.
pub(crate) fn changes(conn: &Connection) -> Result<Vec<Change>> {
    let mut st = conn
        .prepare(
            "SELECT id, act_id, body_id, change, name, kind, into_id FROM body_changes ORDER BY id",
        )
        .map_err(db)?;
    let rows = st
        .query_map([], |r| {
            Ok(Change {
                id: r.get(0)?,
                act_id: r.get(1)?,
                body: r.get(2)?,
                change: word(r, 3, BodyChange::parse)?,
                name: r.get(4)?,
                kind: super::rows::opt_word(r, 5, BodyKind::parse)?,
                into: r.get(6)?,
            })
        })
        .map_err(db)?;
    rows.collect::<rusqlite::Result<_>>().map_err(db)
}

/// The bodies and aliases as the tables hold them, and the bodies whose `name_key` is not
/// their name folded.
pub(crate) fn stored(conn: &Connection) -> Result<(Bodies, Vec<String>)> {
    let mut bodies = Bodies::default();
    let mut bad_keys = Vec::new();
    let mut st = conn
        .prepare("SELECT id, name, name_key, kind, merged_into FROM bodies ORDER BY id")
        .map_err(db)?;
    let mut rows = st.query([]).map_err(db)?;
    while let Some(r) = rows.next().map_err(db)? {
        let name: String = r.get(1).map_err(db)?;
        let key: String = r.get(2).map_err(db)?;
        if key != body_key(&name) {
            bad_keys.push(name.clone());
        }
        bodies.bodies.insert(
            r.get(0).map_err(db)?,
            BodyState {
                name,
                kind: word(r, 3, BodyKind::parse).map_err(db)?,
                merged_into: r.get(4).map_err(db)?,
            },
        );
    }
    let mut st = conn
        .prepare("SELECT alias_key, alias, body_id FROM body_aliases")
        .map_err(db)?;
    let mut rows = st.query([]).map_err(db)?;
    while let Some(r) = rows.next().map_err(db)? {
        bodies.aliases.insert(
            r.get(0).map_err(db)?,
            (r.get(1).map_err(db)?, r.get(2).map_err(db)?),
        );
    }
    Ok((bodies, bad_keys))
}

/// The cases on a body merged into another: `(register number, body name)`.
pub(crate) fn cases_on_merged_bodies(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut st = conn
        .prepare(
            // The EXISTS, the same for every row, is evaluated once before the scan: a
            // register without a merged body (most) reads no case.
            "SELECT c.register_no, b.name FROM cases c JOIN bodies b ON b.id = c.body_id
             WHERE b.merged_into IS NOT NULL
             AND EXISTS (SELECT 1 FROM bodies WHERE merged_into IS NOT NULL)
             ORDER BY c.year, c.serial",
        )
        .map_err(db)?;
    let rows = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(db)?;
    rows.collect::<rusqlite::Result<_>>().map_err(db)
}

/// Replays the bodies' history (for `verify`).
pub(crate) fn replayed(conn: &Connection) -> Result<(Bodies, Vec<Change>)> {
    Ok(body::replay(changes(conn)?))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fresh, sqlite_ops, stamp};
    use crate::domain::case::NewCase;
    use crate::domain::{ApplicantKind, Date};

    /// SQLite's work for `body list` of a register of `n` bodies with a case each.
    fn list_ops(n: usize) -> u64 {
        let (_d, mut reg) = fresh();
        for i in 0..n {
            let new = NewCase {
                received_on: Date::parse("2026-03-02").unwrap(),
                applicant: format!("Pemohon {i}"),
                applicant_kind: ApplicantKind::Individual,
                body: format!("Dinas Nomor {i}"),
                subject: format!("Permohonan {i}"),
                register_no: None,
            };
            reg.add_case(&new, &stamp()).unwrap();
        }
        sqlite_ops(&mut reg, |reg| assert_eq!(reg.bodies().unwrap().len(), n))
    }

    /// The bodies' cases are counted in one pass, not in one scan of the cases per body
    /// (quadratic: 5,000 bodies 15 s; a million cases on 463 bodies 71 s).
    #[test]
    fn body_list_is_not_quadratic() {
        let (small, large) = (list_ops(40), list_ops(160));
        let ratio = large as f64 / small as f64;
        assert!(
            ratio < 8.0,
            "4x the bodies and cases took {ratio:.1}x the SQLite work ({small} then {large})"
        );
    }
}
