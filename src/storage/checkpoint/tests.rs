//! The forger with the file and the crate's own hashing: an edit, then every act's hash
//! recomputed from the first, so that the chain holds together. A checkpoint's head
//! catches it; a checkpoint edited to name the new head is caught by its signature.

use super::super::chain::ActReader;
use super::super::test_support::{fresh, stamp};
use super::super::{Problem, Register};
use crate::domain::chain::ChainHash;
use crate::domain::checkpoint::{Checkpoint, public_key_id};
use crate::storage::CheckpointFault;

/// Rehashes every act from the first, as a forger with the crate's hashing would.
fn recompute(reg: &Register) {
    let c = &reg.conn;
    c.execute_batch("DROP TRIGGER IF EXISTS act_hashes_append_only_update")
        .unwrap();
    let ids: Vec<i64> = c
        .prepare("SELECT id FROM acts ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut prev = ChainHash::ZERO;
    let mut reader = ActReader::new(c).unwrap();
    for id in ids {
        prev = reader.hash(id, &prev, &mut |_| {}).unwrap();
        c.execute(
            "UPDATE act_hashes SET hash = ?2 WHERE act_id = ?1",
            rusqlite::params![id, prev.hex()],
        )
        .unwrap();
    }
}

fn problems(reg: &Register, key: Option<&minisign::PublicKey>) -> Vec<Problem> {
    let mut found = vec![];
    reg.verify_with(None, key, crate::storage::FileCheck::Quick, |p| {
        found.push(p)
    })
    .unwrap();
    found
}

/// A register with a checkpoint of its head signed by a fresh key, and one act after it.
fn signed() -> (tempfile::TempDir, Register, minisign::KeyPair, Checkpoint) {
    let (dir, mut reg) = fresh();
    reg.set_setting("collective-leave", "working", &stamp())
        .unwrap();
    let mut v = vec![];
    let head = reg.verify(None, |p| v.push(p)).unwrap().chain.head.unwrap();
    assert!(v.is_empty(), "{v:?}");
    let kp = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
    let cp = Checkpoint {
        commission: "JBI".into(),
        head,
        signed_at: "2026-11-29T08:00:00Z".into(),
    };
    let sig = cp.sign(&kp.sk).unwrap();
    let act = reg.add_checkpoint(&stamp(), &cp, &sig).unwrap();
    assert_eq!(
        act as u64,
        head.acts + 1,
        "the checkpoint's act follows its head"
    );
    reg.set_setting("collective-leave", "non-working", &stamp())
        .unwrap();
    assert!(problems(&reg, Some(&kp.pk)).is_empty());
    (dir, reg, kp, cp)
}

#[test]
fn the_head_summary_names_the_latest_head_and_checkpoint() {
    let (_dir, reg, kp, cp) = signed();
    let s = reg.head_summary().unwrap();
    let mut v = vec![];
    let verified = reg.verify(None, |p| v.push(p)).unwrap();
    assert_eq!(
        s.head, verified.chain.head,
        "the stored head is the verified one"
    );
    let latest = s.checkpoint.clone().unwrap();
    assert_eq!(latest.checkpoint, cp);
    assert_eq!(latest.key_id, Some(public_key_id(&kp.pk)));
    assert_eq!(
        s.acts_since_checkpoint(),
        2,
        "its own act and the setting after it"
    );
    let (_dir, fresh) = fresh();
    assert_eq!(fresh.head_summary().unwrap().checkpoint, None);
}

#[test]
fn a_chain_recomputed_after_an_edit_no_longer_passes_through_the_checkpoint() {
    let (_dir, reg, kp, cp) = signed();
    // The edit: the first setting's value in its history, and the setting itself.
    reg.conn
        .execute_batch(
            "DROP TRIGGER setting_changes_append_only_update;
             DROP TRIGGER settings_update_follows_history;
             UPDATE setting_changes SET value = 'KIP' WHERE key = 'commission-code';
             UPDATE settings SET value = 'KIP' WHERE key = 'commission-code';",
        )
        .unwrap();
    recompute(&reg);
    let found = problems(&reg, None);
    // The chain holds together: no act fails its hash; only the checkpoint says.
    assert!(
        !found.iter().any(|p| matches!(p, Problem::Chain { .. })),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| matches!(
            p,
            Problem::Checkpoint { acts, fault: CheckpointFault::Rewritten { now: Some(_) }, .. }
                if *acts as u64 == cp.head.acts
        )),
        "{found:?}"
    );

    // The careful forger also moves the checkpoint's head to the recomputed one and hashes
    // again: every check without the key passes; the signature does not.
    let new_head: String = reg
        .conn
        .query_row(
            "SELECT hash FROM act_hashes ORDER BY act_id LIMIT 1 OFFSET ?1",
            [cp.head.acts as i64 - 1],
            |r| r.get(0),
        )
        .unwrap();
    reg.conn
        .execute_batch(&format!(
            "DROP TRIGGER checkpoints_append_only_update;
             UPDATE checkpoints SET head = '{new_head}';"
        ))
        .unwrap();
    recompute(&reg);
    // (The dropped triggers aside: a forger puts them back.)
    let without_key: Vec<Problem> = problems(&reg, None)
        .into_iter()
        .filter(|p| !matches!(p, Problem::Schema { .. }))
        .collect();
    assert!(without_key.is_empty(), "{without_key:?}");
    let with_key = problems(&reg, Some(&kp.pk));
    assert!(
        with_key.iter().any(|p| matches!(
            p,
            Problem::Checkpoint {
                fault: CheckpointFault::Signature,
                ..
            }
        )),
        "{with_key:?}"
    );
}
