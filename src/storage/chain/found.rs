//! What the walk of the chain reports: the acts it names, the faults it finds, and what
//! it found besides them (the head, pinned acts, repairs, positions asked for).

use crate::domain::chain::{ChainHash, Head};
use std::collections::BTreeMap;

/// An act as `verify` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActName {
    pub id: i64,
    pub command: String,
    pub actor: String,
    pub recorded_at: String,
}

/// What is wrong with the chain at an act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChainFault {
    /// The act, or a row it wrote, is not what was hashed when it was recorded.
    Mismatch,
    /// The act has no hash.
    NoHash,
    /// A hash is kept for an act that is not there.
    NoAct,
}

/// What the walk of the chain found besides its faults.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChainSummary {
    /// The head, when the whole chain holds.
    pub head: Option<Head>,
    /// Acts recorded under a pinned clock: how many, and the first.
    pub pinned: (u64, Option<i64>),
    /// The act that hashed the history kept before hashing began (a migration), and when.
    pub hashed_at: Option<(i64, String)>,
    /// `verify --since`: whether the register extends that head unchanged.
    pub extends: Option<bool>,
    /// The acts `verify --repair` sealed without a hash before: the repair's act, when,
    /// and the acts it sealed (`9-15, 20`).
    pub repaired: Vec<(i64, String, String)>,
    /// At each position asked for (a number of acts, as a head counts them): the hash
    /// the chain holds there, and whether every act up to it matches its hash.
    pub at: BTreeMap<u64, (ChainHash, bool)>,
}
