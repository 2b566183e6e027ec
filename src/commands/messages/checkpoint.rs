//! The words of the signed checkpoints `verify` proved (what it says of one the register
//! no longer bears out is the problem's own message, `storage/verify/message.rs`).

use crate::storage::CheckpointsChecked;
use crate::t;

/// What `verify` says of the checkpoints it proved, and of those signed by another key.
pub fn proved(c: &CheckpointsChecked) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(key) = &c.key {
        for (act, other) in &c.other_keys {
            out.push(t!(
                "verify-checkpoint-other-key",
                act = *act,
                other = other.as_str(),
                key = key.as_str()
            ));
        }
        if let Some(latest) = &c.latest {
            out.push(t!(
                "verify-checkpoints-proved",
                n = c.proved,
                key = key.as_str(),
                head = latest.checkpoint.head.to_string(),
                at = latest.checkpoint.signed_at.as_str()
            ));
        }
    }
    out
}
