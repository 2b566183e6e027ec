//! The words of the signed checkpoints: what `verify` says of one the register no longer
//! bears out, and of the checkpoints it proved.

use crate::storage::{CheckpointFault, CheckpointsChecked, Problem as P};
use crate::t;

/// A problem `verify` found with a signed checkpoint.
pub(super) fn problem(p: &P) -> String {
    match p {
        P::Checkpoint {
            act,
            acts,
            head,
            signed_at,
            fault,
        } => {
            let (act, head, at) = (*act, format!("{acts}:{head}"), signed_at.as_str());
            match fault {
                CheckpointFault::Signature => {
                    t!(
                        "verify-checkpoint-signature",
                        act = act,
                        head = head,
                        at = at
                    )
                }
                CheckpointFault::Unreadable => t!("verify-checkpoint-unreadable", act = act),
                CheckpointFault::Broken => t!(
                    "verify-checkpoint-broken",
                    act = act,
                    head = head,
                    at = at,
                    acts = *acts
                ),
                CheckpointFault::Rewritten { now: Some(now) } => t!(
                    "verify-checkpoint-rewritten",
                    act = act,
                    head = head,
                    at = at,
                    acts = *acts,
                    now = now.as_str()
                ),
                CheckpointFault::Rewritten { now: None } => t!(
                    "verify-checkpoint-cut",
                    act = act,
                    head = head,
                    at = at,
                    acts = *acts
                ),
            }
        }
        P::CheckpointMissing { act } => t!("verify-checkpoint-missing", act = *act),
        P::NoCheckpoint { key, others } if others.is_empty() => {
            t!("verify-no-checkpoint", key = key.as_str())
        }
        P::NoCheckpoint { key, others } => t!(
            "verify-no-checkpoint-others",
            key = key.as_str(),
            others = others.join(", ")
        ),
        _ => unreachable!("worded in words.rs"),
    }
}

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
