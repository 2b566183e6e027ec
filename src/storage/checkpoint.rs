//! Signed checkpoints in the register (`verify --head --sign`, `verify --checkpoints`):
//! recording one, reading them back, the latest head for papers and pages, and checking
//! that the chain still passes through every signed head.
//!
//! A checkpoint is written by an act of its own (kind `checkpoint`), after the head it
//! signs, and its row is hashed with that act: signing never changes the head it signs,
//! and a checkpoint deleted or edited with the sqlite3 shell breaks the chain at its act
//! (its act left without its row is named too). What the signature adds is for the
//! forger who recomputes the whole chain after an edit: the signed head no longer
//! appears in it, and a signature cannot be recomputed without the chair's key.

use super::{Register, WRITE, db};
use crate::domain::ActKind;
use crate::domain::case::Stamp;
use crate::domain::chain::{ChainHash, Head};
use crate::domain::checkpoint::{
    Checkpoint, HeadSummary, PublicKey, Recorded, Signed, head_of, public_key_id, signer_id,
};
use crate::error::Result;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::{BTreeMap, BTreeSet};

use super::verify::{CheckpointFault, Problem};

/// A checkpoint row as stored: read back as it is, for `verify` to judge.
#[derive(Debug, Clone)]
pub(super) struct Row {
    act: i64,
    acts: i64,
    head: String,
    signed_at: String,
    commission: String,
    signature: String,
}

impl Row {
    fn checkpoint(&self) -> Option<Checkpoint> {
        Some(Checkpoint {
            commission: self.commission.clone(),
            head: head_of(self.acts, &self.head)?,
            signed_at: self.signed_at.clone(),
        })
    }

    fn recorded(&self) -> Option<Recorded> {
        Some(Recorded {
            act: self.act,
            checkpoint: self.checkpoint()?,
            key_id: signer_id(&self.signature),
        })
    }
}

const ROWS_SQL: &str =
    "SELECT act_id, acts, head, signed_at, commission, signature FROM checkpoints";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Row> {
    Ok(Row {
        act: r.get(0)?,
        acts: r.get(1)?,
        head: r.get(2)?,
        signed_at: r.get(3)?,
        commission: r.get(4)?,
        signature: r.get(5)?,
    })
}

/// What `verify` found of the checkpoints besides their problems.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckpointsChecked {
    /// The id of the key the signatures were checked with (`verify --checkpoints`).
    pub key: Option<String>,
    /// How many checkpoints the chain was proved to pass through (signed by that key,
    /// when one was given).
    pub proved: u64,
    /// The latest of them.
    pub latest: Option<Recorded>,
    /// Checkpoints signed by another key than the one given: their act and the key.
    pub other_keys: Vec<(i64, String)>,
}

/// The head the register holds (the last act's stored hash, and how many acts).
fn stored_head(c: &Connection) -> Result<Option<Head>> {
    let last: Option<(i64, String)> = c
        .query_row(
            "SELECT a.id, h.hash FROM acts a JOIN act_hashes h ON h.act_id = a.id
             ORDER BY a.id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(db)?;
    let Some((id, hash)) = last else {
        return Ok(None);
    };
    let acts: i64 = c
        .query_row("SELECT count(*) FROM acts WHERE id <= ?1", [id], |r| {
            r.get(0)
        })
        .map_err(db)?;
    Ok(head_of(acts, &hash))
}

impl Register {
    /// Records a signed checkpoint of `cp.head` with its `signature`, by an act of its own
    /// (stamped `stamp`) after that head, in one transaction. The head must be one the
    /// chain holds (the caller has just verified it). Returns the act's id.
    pub fn add_checkpoint(
        &mut self,
        stamp: &Stamp,
        cp: &Checkpoint,
        signature: &str,
    ) -> Result<i64> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let held: Option<String> = tx
            .query_row(
                "SELECT h.hash FROM acts a JOIN act_hashes h ON h.act_id = a.id
                 ORDER BY a.id LIMIT 1 OFFSET ?1",
                [i64::try_from(cp.head.acts.saturating_sub(1)).unwrap_or(i64::MAX)],
                |r| r.get(0),
            )
            .optional()
            .map_err(db)?;
        if held.as_deref() != Some(cp.head.hash.hex().as_str()) {
            return Err(crate::error::Error::internal(format!(
                "the head {} to sign is not in the chain",
                cp.head
            )));
        }
        let note = format!("checkpoint of head {}", cp.head);
        let act = super::writes::insert_act(&tx, stamp, ActKind::Checkpoint, Some(&note))?;
        tx.execute(
            "INSERT INTO checkpoints (act_id, acts, head, signed_at, commission, signature)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                act,
                i64::try_from(cp.head.acts).unwrap_or(i64::MAX),
                cp.head.hash.hex(),
                cp.signed_at,
                cp.commission,
                signature
            ],
        )
        .map_err(db)?;
        super::chain::commit(tx)?;
        Ok(act)
    }

    /// The latest head of the chain and the latest signed checkpoint: what every paper
    /// and published page prints (see [`HeadSummary`]). Three index look-ups and a count
    /// of the acts; the head is the one stored, which `verify` proves.
    pub fn head_summary(&self) -> Result<HeadSummary> {
        let c = &self.conn;
        let head = stored_head(c)?;
        let latest = c
            .query_row(&format!("{ROWS_SQL} ORDER BY act_id DESC LIMIT 1"), [], row)
            .optional()
            .map_err(db)?;
        Ok(HeadSummary {
            head,
            checkpoint: latest.as_ref().and_then(Row::recorded),
        })
    }

    /// Every checkpoint row, in act order.
    pub(super) fn checkpoint_rows(&self) -> Result<Vec<Row>> {
        let mut st = self
            .conn
            .prepare(&format!("{ROWS_SQL} ORDER BY act_id"))
            .map_err(db)?;
        let rows = st.query_map([], row).map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }

    /// The positions of the chain the checkpoints sign (for the walk of the chain).
    pub(super) fn signed_positions(rows: &[Row]) -> BTreeSet<u64> {
        rows.iter()
            .filter_map(|r| u64::try_from(r.acts).ok())
            .collect()
    }

    /// Checks every checkpoint: the chain holds its head at its position, every act before
    /// it matching its hash (`at`, from the walk of the chain); with `key`, its signature
    /// is that key's over its text. Also names every `checkpoint` act whose row is gone.
    pub(super) fn verify_checkpoints(
        &self,
        rows: &[Row],
        at: &BTreeMap<u64, (ChainHash, bool)>,
        key: Option<&PublicKey>,
        problem: &mut impl FnMut(Problem),
    ) -> Result<CheckpointsChecked> {
        let mut out = CheckpointsChecked {
            key: key.map(public_key_id),
            ..CheckpointsChecked::default()
        };
        let mut others = BTreeSet::new();
        for r in rows {
            let short = r.head.chars().take(16).collect::<String>();
            let fault = |fault| Problem::Checkpoint {
                act: r.act,
                acts: r.acts,
                head: short.clone(),
                signed_at: r.signed_at.clone(),
                fault,
            };
            let Some(cp) = r.checkpoint() else {
                problem(fault(CheckpointFault::Unreadable));
                continue;
            };
            if let Some(key) = key {
                match cp.check(&r.signature, key) {
                    Signed::Valid => {}
                    Signed::OtherKey(id) => {
                        out.other_keys.push((r.act, id.clone()));
                        others.insert(id);
                        continue;
                    }
                    Signed::Invalid => {
                        problem(fault(CheckpointFault::Signature));
                        continue;
                    }
                    Signed::Unreadable => {
                        problem(fault(CheckpointFault::Unreadable));
                        continue;
                    }
                }
            }
            match at.get(&cp.head.acts) {
                Some((held, true)) if *held == cp.head.hash => {
                    out.proved += 1;
                    out.latest = r.recorded();
                }
                Some((_, false)) => problem(fault(CheckpointFault::Broken)),
                Some((held, true)) => problem(fault(CheckpointFault::Rewritten {
                    now: Some(held.short()),
                })),
                None => problem(fault(CheckpointFault::Rewritten { now: None })),
            }
        }
        if let (Some(id), 0) = (&out.key, out.proved)
            && !rows
                .iter()
                .any(|r| signer_id(&r.signature).as_ref() == Some(id))
        {
            problem(Problem::NoCheckpoint {
                key: id.clone(),
                others: others.into_iter().collect(),
            });
        }
        let mut st = self
            .conn
            .prepare(
                "SELECT a.id FROM acts a LEFT JOIN checkpoints k ON k.act_id = a.id
                 WHERE a.command = ?1 AND k.act_id IS NULL ORDER BY a.id",
            )
            .map_err(db)?;
        let gone = st
            .query_map([ActKind::Checkpoint.as_str()], |r| r.get::<_, i64>(0))
            .map_err(db)?;
        for act in gone {
            problem(Problem::CheckpointMissing {
                act: act.map_err(db)?,
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests;
