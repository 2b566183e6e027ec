//! Sealing: an act's hash is written in the transaction that writes the act, and a write
//! never hashes an act it did not write. An act without a hash at the end of the chain is
//! damage (the laundering a "seal whatever is unsealed" rule allowed: delete the hashes
//! from a forged act on, and the next clerk's write re-sealed the forgery); every write
//! refuses to build on it until `verify --repair` seals it knowingly, with an act that
//! says so.
//!
//! The acts a transaction wrote are kept in a temporary table of the connection
//! (`temp.acts_written`): it is rolled back with the transaction, and nothing else sees
//! it. A migration that hashes a history kept before the chain, and the repair, adopt the
//! acts without a hash into it first.

use super::chain::ActReader;
use super::{StoreError, db};
use crate::domain::chain::ChainHash;
use crate::error::Result;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

const WRITTEN: &str = "CREATE TEMP TABLE IF NOT EXISTS acts_written (act_id INTEGER PRIMARY KEY)";

/// Before an act is written: the act it follows is sealed, unless this transaction wrote
/// it. Two cheap reads of the chain's end (not a scan): a hash missing in the middle of
/// the chain is `verify`'s to find, and no write ever seals it.
pub(crate) fn check_tail(conn: &Connection) -> Result<()> {
    conn.execute_batch(WRITTEN).map_err(db)?;
    let last_other: Option<i64> = conn
        .prepare_cached(
            "SELECT id FROM acts WHERE id NOT IN (SELECT act_id FROM temp.acts_written)
             ORDER BY id DESC LIMIT 1",
        )
        .and_then(|mut st| st.query_row([], |r| r.get(0)).optional())
        .map_err(db)?;
    let last_sealed: Option<i64> = conn
        .prepare_cached("SELECT max(act_id) FROM act_hashes")
        .and_then(|mut st| st.query_row([], |r| r.get(0)))
        .map_err(db)?;
    match (last_other, last_sealed) {
        (a, s) if a == s => Ok(()),
        (Some(a), s) if s.is_none_or(|s| s < a) => {
            let first: i64 = conn
                .query_row(
                    "SELECT min(id) FROM acts WHERE id > ?1",
                    [s.unwrap_or(0)],
                    |r| r.get(0),
                )
                .map_err(db)?;
            Err(StoreError::Unsealed { act: first }.into())
        }
        (_, s) => Err(StoreError::HashWithoutAct {
            act: s.unwrap_or(0),
        }
        .into()),
    }
}

/// Notes that this transaction wrote act `id`: the commit seals it.
pub(crate) fn written(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("INSERT INTO temp.acts_written (act_id) VALUES (?1)")
        .and_then(|mut st| st.execute([id]))
        .map_err(db)?;
    Ok(())
}

/// Takes every act without a hash as this transaction's, for the commit to seal: only a
/// migration hashing the history kept before the chain, and `verify --repair`. Returns
/// their ids, in order.
pub(crate) fn adopt_unsealed(conn: &Connection) -> Result<Vec<i64>> {
    conn.execute_batch(WRITTEN).map_err(db)?;
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM acts WHERE id NOT IN (SELECT act_id FROM act_hashes) ORDER BY id")
        .and_then(|mut st| {
            st.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()
        })
        .map_err(db)?;
    for id in &ids {
        conn.execute(
            "INSERT OR IGNORE INTO temp.acts_written (act_id) VALUES (?1)",
            [id],
        )
        .map_err(db)?;
    }
    Ok(ids)
}

/// Hashes the acts this transaction wrote, in order, each after the stored hash of the
/// act before it, inside the caller's transaction.
pub(crate) fn seal(conn: &Connection) -> Result<()> {
    conn.execute_batch(WRITTEN).map_err(db)?;
    let ids: Vec<i64> = conn
        .prepare_cached("SELECT act_id FROM temp.acts_written ORDER BY act_id")
        .and_then(|mut st| {
            st.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()
        })
        .map_err(db)?;
    let mut reader = ActReader::new(conn)?;
    for id in ids {
        let prev: Option<String> = conn
            .prepare_cached(
                "SELECT hash FROM act_hashes WHERE act_id < ?1 ORDER BY act_id DESC LIMIT 1",
            )
            .and_then(|mut st| st.query_row([id], |r| r.get(0)).optional())
            .map_err(db)?;
        let prev = prev
            .and_then(|h| ChainHash::parse(&h))
            .unwrap_or(ChainHash::ZERO);
        let hash = reader.hash(id, &prev, &mut |_| {})?;
        conn.prepare_cached("INSERT INTO act_hashes (act_id, hash) VALUES (?1, ?2)")
            .and_then(|mut st| st.execute(params![id, hash.hex()]))
            .map_err(db)?;
    }
    conn.execute_batch("DELETE FROM temp.acts_written")
        .map_err(db)
}

/// Seals the acts the transaction wrote, then commits it: how every command that writes
/// ends.
pub(crate) fn commit(tx: Transaction) -> Result<()> {
    seal(&tx)?;
    super::commit_step(tx)
}

/// `a-b` runs of consecutive ids: `9-15, 20`.
fn ranges(ids: &[i64]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < ids.len() {
        let mut j = i;
        while j + 1 < ids.len() && ids[j + 1] == ids[j] + 1 {
            j += 1;
        }
        out.push(if i == j {
            ids[i].to_string()
        } else {
            format!("{}-{}", ids[i], ids[j])
        });
        i = j + 1;
    }
    out.join(", ")
}

impl super::Register {
    /// `verify --repair`: seals every act without a hash, in one transaction, with an act
    /// `chain_repaired` (stamped `stamp`) that names them, so the repair stays in the
    /// history and `verify` reports it. Returns the acts sealed, as ranges (none: nothing
    /// written).
    pub fn repair_chain(&mut self, stamp: &crate::domain::case::Stamp) -> Result<Option<String>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(db)?;
        let ids = adopt_unsealed(&tx)?;
        if ids.is_empty() {
            return Ok(None);
        }
        let sealed = ranges(&ids);
        let note = format!("{REPAIR_NOTE}{sealed}");
        super::writes::insert_act(
            &tx,
            stamp,
            crate::domain::ActKind::ChainRepaired,
            Some(&note),
        )?;
        commit(tx)?;
        Ok(Some(sealed))
    }
}

/// How the note of a `chain_repaired` act begins; the acts it sealed follow.
pub(crate) const REPAIR_NOTE: &str = "sealed by verify --repair, without a hash before: acts ";

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_written_as_runs() {
        assert_eq!(super::ranges(&[9, 10, 11, 15, 17, 18]), "9-11, 15, 17-18");
        assert_eq!(super::ranges(&[3]), "3");
    }
}
