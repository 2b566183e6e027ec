//! What `verify` says of a problem it found: the message each problem names beside its
//! variant (`storage/verify/message.rs`) put into the run's language, and the words of
//! the two it leaves to this layer (a damaged value, a history the lifecycle refuses).

use super::{damage, domain_message, say};
use crate::storage::Problem as P;
use crate::t;

pub fn problem(p: &P) -> String {
    match (p.message(), p) {
        (Some(m), _) => say(&m),
        (None, P::Unreadable(d)) => t!("verify-unreadable", what = damage(d)),
        (None, P::Unreplayable(e)) => domain_message(e),
        // A problem that names no message: a bug.
        (None, other) => format!("{other:?}"),
    }
}
