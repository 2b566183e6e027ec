//! The hash chain's two readings of an act, by its indexes and by a scan, hash alike on
//! the random registers.

use crate::storage::Register;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Every act hashes alike, and finds the same particulars unexplained, whether its rows are
/// read through the indexes or by a scan (`chain::Reading`; a register this small is
/// always read through the indexes).
pub(super) fn acts_read_alike(reg: &Register) -> Result<(), TestCaseError> {
    use crate::domain::chain::ChainHash;
    use crate::storage::chain::{ActReader, Reading};
    let ids: Vec<i64> = reg
        .conn
        .prepare("SELECT id FROM acts ORDER BY id")
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
        .unwrap();
    let mut prev = ChainHash::ZERO;
    let mut reader = ActReader::new(&reg.conn).unwrap();
    for id in ids {
        let mut read = |how| {
            let mut unexplained = Vec::new();
            let hash = reader
                .hash_as(id, &prev, &mut |u| unexplained.push(u), how)
                .unwrap();
            (hash, unexplained)
        };
        let by_index = read(Reading::ByIndex);
        prop_assert_eq!(&by_index, &read(Reading::ByScan), "act {}", id);
        prev = by_index.0;
    }
    Ok(())
}
