//! Signed checkpoints of the hash chain, as Certificate Transparency signs tree heads: the
//! text a checkpoint signs (its commission, the head, the time), its signature in
//! minisign's format, so that `minisign -V` checks a printed checkpoint without sengketa,
//! and the check of one against a public key. Pure: keys come in as values; reading key
//! files and the register happens elsewhere.
//!
//! The signed text (version 1), four lines each ending in a newline:
//!
//! ```text
//! sengketa checkpoint v1
//! commission: JBI
//! head: 12:<the 64 hexadecimal digits of act 12's hash>
//! time: 2026-11-29T08:00:00Z
//! ```
//!
//! The signature's trusted comment (signed too, and shown by `minisign -V`) says the same
//! on one line.

use super::chain::{ChainHash, Head};
use minisign::SignatureBox;
pub use minisign::{PError, PublicKey, SecretKey};
use std::io::Cursor;

const TAG: &str = "sengketa checkpoint v1";

/// The untrusted comment of a checkpoint's signature (minisign's first line).
pub const UNTRUSTED: &str = "signature of a sengketa checkpoint";

/// What a checkpoint signs: the register's commission, the head of the chain, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub commission: String,
    pub head: Head,
    /// RFC 3339 in UTC, as acts are stamped.
    pub signed_at: String,
}

/// How a checkpoint's signature stands against a public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signed {
    /// Made by this key over this checkpoint's text.
    Valid,
    /// Made by another key (its id): not checked.
    OtherKey(String),
    /// Made by this key, but not over this text (the checkpoint or its signature changed).
    Invalid,
    /// Not a signature in minisign's format.
    Unreadable,
}

impl Checkpoint {
    /// The text the signature is over: what `minisign -Vm FILE` reads from FILE.
    pub fn text(&self) -> String {
        format!(
            "{TAG}\ncommission: {}\nhead: {}:{}\ntime: {}\n",
            self.commission,
            self.head.acts,
            self.head.hash.hex(),
            self.signed_at
        )
    }

    /// The signature's trusted comment: the checkpoint on one line.
    pub fn trusted_comment(&self) -> String {
        format!(
            "{TAG} commission={} head={}:{} time={}",
            self.commission,
            self.head.acts,
            self.head.hash.hex(),
            self.signed_at
        )
    }

    /// The signature of the checkpoint by `sk`, in minisign's format (four lines).
    pub fn sign(&self, sk: &SecretKey) -> Result<String, PError> {
        let text = self.text();
        let sig = minisign::sign(
            None,
            sk,
            Cursor::new(text.as_bytes()),
            Some(&self.trusted_comment()),
            Some(UNTRUSTED),
        )?;
        Ok(sig.into_string())
    }

    /// Whether `signature` is `pk`'s signature of this checkpoint (its text and its
    /// trusted comment).
    pub fn check(&self, signature: &str, pk: &PublicKey) -> Signed {
        let Ok(sig) = SignatureBox::from_string(signature) else {
            return Signed::Unreadable;
        };
        let signer = key_id_of(sig.keynum());
        if signer != public_key_id(pk) {
            return Signed::OtherKey(signer);
        }
        let text = self.text();
        let valid = minisign::verify(pk, &sig, Cursor::new(text.as_bytes()), true, false, false)
            .is_ok()
            && sig.trusted_comment().ok() == Some(self.trusted_comment());
        if valid {
            Signed::Valid
        } else {
            Signed::Invalid
        }
    }
}

/// A key's id as minisign prints it: 16 upper-case hexadecimal digits.
fn key_id_of(keynum: &[u8]) -> String {
    let mut n = [0u8; 8];
    let len = keynum.len().min(8);
    n[..len].copy_from_slice(&keynum[..len]);
    format!("{:016X}", u64::from_le_bytes(n))
}

/// The id of a public key, as `minisign` and its `.pub` file's comment print it.
pub fn public_key_id(pk: &PublicKey) -> String {
    key_id_of(pk.keynum())
}

/// The id of the key that made `signature` (minisign's format), if it is one.
pub fn signer_id(signature: &str) -> Option<String> {
    SignatureBox::from_string(signature)
        .ok()
        .map(|s| key_id_of(s.keynum()))
}

/// A checkpoint as the register keeps it: the act that recorded it and the key it is
/// signed by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    /// The act that wrote it (after the head it signs).
    pub act: i64,
    pub checkpoint: Checkpoint,
    /// The id of the key that signed it (`None`: the signature cannot be read).
    pub key_id: Option<String>,
}

/// What the papers and the published pages print to tie themselves to the register: the
/// latest head of the chain and the latest signed checkpoint, if any. The head is the
/// one the register holds (the last act's stored hash), not recomputed: `sengketa verify`
/// proves it; a reader compares it with a head or checkpoint published elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadSummary {
    /// The latest head (`None`: no act yet).
    pub head: Option<Head>,
    /// The latest checkpoint (`None`: none signed yet).
    pub checkpoint: Option<Recorded>,
}

impl HeadSummary {
    /// Acts written since the latest checkpoint's head (all of them when there is none).
    pub fn acts_since_checkpoint(&self) -> u64 {
        let acts = self.head.map_or(0, |h| h.acts);
        let signed = self
            .checkpoint
            .as_ref()
            .map_or(0, |c| c.checkpoint.head.acts);
        acts.saturating_sub(signed)
    }
}

/// Reads the head a checkpoint names back from its stored columns.
pub fn head_of(acts: i64, hash: &str) -> Option<Head> {
    Some(Head {
        acts: u64::try_from(acts).ok()?,
        hash: ChainHash::parse(hash)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checkpoint() -> Checkpoint {
        Checkpoint {
            commission: "JBI".into(),
            head: Head {
                acts: 12,
                hash: ChainHash([0xab; 32]),
            },
            signed_at: "2026-11-29T08:00:00Z".into(),
        }
    }

    #[test]
    fn the_signed_text_is_four_lines() {
        let text = checkpoint().text();
        assert_eq!(
            text,
            format!(
                "sengketa checkpoint v1\ncommission: JBI\nhead: 12:{}\ntime: 2026-11-29T08:00:00Z\n",
                "ab".repeat(32)
            )
        );
    }

    #[test]
    fn a_signature_checks_with_its_key_only_and_over_its_text_only() {
        let kp = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        let other = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        let cp = checkpoint();
        let sig = cp.sign(&kp.sk).unwrap();
        assert!(sig.starts_with(&format!("untrusted comment: {UNTRUSTED}\n")));
        assert_eq!(cp.check(&sig, &kp.pk), Signed::Valid);
        assert_eq!(signer_id(&sig), Some(public_key_id(&kp.pk)));
        assert_eq!(
            cp.check(&sig, &other.pk),
            Signed::OtherKey(public_key_id(&kp.pk))
        );
        let mut moved = cp.clone();
        moved.head.hash = ChainHash([0xac; 32]);
        assert_eq!(moved.check(&sig, &kp.pk), Signed::Invalid);
        let mut later = cp.clone();
        later.signed_at = "2026-11-30T08:00:00Z".into();
        assert_eq!(later.check(&sig, &kp.pk), Signed::Invalid);
        assert_eq!(cp.check("not a signature", &kp.pk), Signed::Unreadable);
    }

    #[test]
    fn acts_since_the_latest_checkpoint() {
        let mut s = HeadSummary {
            head: Some(Head {
                acts: 15,
                hash: ChainHash::ZERO,
            }),
            checkpoint: None,
        };
        assert_eq!(s.acts_since_checkpoint(), 15);
        s.checkpoint = Some(Recorded {
            act: 13,
            checkpoint: checkpoint(),
            key_id: None,
        });
        assert_eq!(s.acts_since_checkpoint(), 3);
    }
}
