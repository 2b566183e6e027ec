//! The hash chain of the history, as bytes: each act's hash is SHA-256 over the previous
//! act's hash and the act's canonical content (its row, then every row it wrote, table by
//! table, each row as column name/value pairs). Pure: the storage reads the rows and
//! feeds them here; this says how they are written down, byte by byte.
//!
//! The encoding (version 1) is prefix-free, so two different contents never write the
//! same bytes: the tag `sengketa/act/v1` and a NUL, the previous hash (32 bytes; zeros
//! for the first act), then per table `P` + its name, per row `R`, per column that is not
//! NULL `F` + its name + its value, and `E` at the end of the row. A name is its length
//! (u32, big-endian) and its UTF-8 bytes; a value is `i` + an i64, `r` + an f64's bits
//! (both big-endian), `t` (text) or `b` (blob) + a u64 length + the bytes. A NULL is
//! written as absence, so a later version that adds a nullable column keeps every hash;
//! likewise a table added to the history later is written (`P` and its rows) only for the
//! acts that wrote rows to it, so adding one keeps every hash too.

use sha2::{Digest as _, Sha256};
use std::fmt;

const TAG: &[u8] = b"sengketa/act/v1\0";

/// A SHA-256 hash of the chain.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ChainHash(pub [u8; 32]);

impl ChainHash {
    /// What the first act's hash is computed over as its predecessor.
    pub const ZERO: ChainHash = ChainHash([0; 32]);

    /// 64 lower-case hexadecimal digits.
    pub fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The first 16 hexadecimal digits (64 bits): short enough for a logbook.
    pub fn short(&self) -> String {
        self.hex()[..16].to_string()
    }

    /// Reads 64 hexadecimal digits (either case).
    pub fn parse(s: &str) -> Option<ChainHash> {
        if s.len() != 64 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let mut out = [0; 32];
        for (i, o) in out.iter_mut().enumerate() {
            *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(ChainHash(out))
    }
}

impl fmt::Debug for ChainHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ChainHash({})", self.hex())
    }
}

/// A typed value of a column, as SQLite stores it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(&'a [u8]),
    Blob(&'a [u8]),
}

/// The hash of one act, written as its content is fed in.
pub struct ActHasher {
    sha: Sha256,
}

impl ActHasher {
    /// Starts the hash of the act that follows the act whose hash is `prev`.
    pub fn new(prev: &ChainHash) -> ActHasher {
        let mut sha = Sha256::new();
        sha.update(TAG);
        sha.update(prev.0);
        ActHasher { sha }
    }

    fn name(&mut self, name: &str) {
        self.sha.update((name.len() as u32).to_be_bytes());
        self.sha.update(name.as_bytes());
    }

    /// The rows of table `name` follow.
    pub fn table(&mut self, name: &str) {
        self.sha.update(b"P");
        self.name(name);
    }

    /// A row begins.
    pub fn row(&mut self) {
        self.sha.update(b"R");
    }

    /// A column of the current row (nothing for a NULL).
    pub fn field(&mut self, name: &str, value: Value) {
        let bytes = |sha: &mut Sha256, tag: &[u8], b: &[u8]| {
            sha.update(tag);
            sha.update((b.len() as u64).to_be_bytes());
            sha.update(b);
        };
        match value {
            Value::Null => return,
            _ => {
                self.sha.update(b"F");
                self.name(name);
            }
        }
        match value {
            Value::Null => {}
            Value::Integer(i) => {
                self.sha.update(b"i");
                self.sha.update(i.to_be_bytes());
            }
            Value::Real(r) => {
                self.sha.update(b"r");
                self.sha.update(r.to_bits().to_be_bytes());
            }
            Value::Text(t) => bytes(&mut self.sha, b"t", t),
            Value::Blob(b) => bytes(&mut self.sha, b"b", b),
        }
    }

    /// The current row ends.
    pub fn end_row(&mut self) {
        self.sha.update(b"E");
    }

    pub fn finish(self) -> ChainHash {
        ChainHash(self.sha.finalize().into())
    }
}

/// The head of the chain: how many acts, and the last one's hash (`ZERO` for none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    pub acts: u64,
    pub hash: ChainHash,
}

impl fmt::Display for Head {
    /// `N:HEX16`, the form to write down.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.acts, self.hash.short())
    }
}

/// A head as written down: the number of acts and the start of the last one's hash (16
/// to 64 hexadecimal digits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadRef {
    pub acts: u64,
    /// Lower-case hexadecimal digits.
    pub prefix: String,
}

impl HeadRef {
    /// Reads `N:HEX` (HEX: 16 to 64 hexadecimal digits); `None` if it is not one.
    pub fn parse(s: &str) -> Option<HeadRef> {
        let (n, hex) = s.trim().split_once(':')?;
        let acts: u64 = n.parse().ok().filter(|n| *n > 0)?;
        if !(16..=64).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        Some(HeadRef {
            acts,
            prefix: hex.to_ascii_lowercase(),
        })
    }

    /// Whether `hash` is the hash this head names.
    pub fn names(&self, hash: &ChainHash) -> bool {
        hash.hex().starts_with(&self.prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash_of(rows: &[&[(&str, Value)]]) -> ChainHash {
        let mut h = ActHasher::new(&ChainHash::ZERO);
        h.table("t");
        for row in rows {
            h.row();
            for (n, v) in *row {
                h.field(n, *v);
            }
            h.end_row();
        }
        h.finish()
    }

    #[test]
    fn types_names_and_boundaries_count() {
        use Value::*;
        let one = hash_of(&[&[("a", Integer(1))]]);
        assert_ne!(one, hash_of(&[&[("a", Text(b"1"))]]), "the type counts");
        assert_ne!(one, hash_of(&[&[("b", Integer(1))]]), "the name counts");
        assert_ne!(
            hash_of(&[&[("a", Text(b"xy"))]]),
            hash_of(&[&[("a", Text(b"x")), ("y", Null)]]),
        );
        assert_ne!(
            hash_of(&[&[("a", Integer(1))], &[("a", Integer(2))]]),
            hash_of(&[&[("a", Integer(1)), ("a", Integer(2))]]),
            "rows are delimited"
        );
        assert_eq!(
            one,
            hash_of(&[&[("a", Integer(1)), ("later", Null)]]),
            "a NULL is absence"
        );
        let mut h = ActHasher::new(&one);
        h.table("t");
        h.row();
        h.field("a", Integer(1));
        h.end_row();
        assert_ne!(h.finish(), one, "the previous hash counts");
    }

    #[test]
    fn a_known_value() {
        // Pinned: a change of the encoding changes every register's hashes, so it must be
        // a new version of it (and a migration), never an accident. The value was computed
        // apart, with Python's hashlib, from the encoding as the module's doc describes it.
        let h = hash_of(&[&[("id", Value::Integer(1)), ("actor", Value::Text(b"clerk"))]]);
        assert_eq!(
            h.hex(),
            "a3855d1f5a66697f4d791f259c19b0a2066205d17b50636e4970a68186527ffd"
        );
    }

    #[test]
    fn heads_read_and_print() {
        let h = Head {
            acts: 12,
            hash: ChainHash([0xab; 32]),
        };
        assert_eq!(h.to_string(), "12:abababababababab");
        let r = HeadRef::parse("12:ABABABABABABABAB").unwrap();
        assert_eq!(r.acts, 12);
        assert!(r.names(&h.hash));
        assert!(HeadRef::parse(&format!("12:{}", h.hash.hex())).is_some());
        for bad in [
            "12",
            "x:abababababababab",
            "0:abababababababab",
            "12:abab",
            "12:zzzzzzzzzzzzzzzz",
        ] {
            assert!(HeadRef::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(ChainHash::parse(&h.hash.hex()), Some(h.hash));
    }
}
