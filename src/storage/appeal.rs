//! The appeals of a case after its decision: its service, the appeals to the courts.
//! Each step is one transaction: its act, its event, its payload, and the case's appeals
//! (its service date, its rows of `appeals`) as the replay of its history leaves them.
//! And the appeals CSV out and in.

mod import;
mod read;
mod write;

pub use import::{AppealImporter, AppealRefused};
#[cfg(test)]
pub(crate) use read::duplicates_sql;
pub(crate) use read::{all_appeals, appeals_in};
pub(crate) use write::sync_appeals;
