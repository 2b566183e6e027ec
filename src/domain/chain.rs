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
///
/// The bytes are gathered in a buffer and given to SHA-256 a block of them at a time: the
/// same bytes in the same order, so the same hash, without a call into the hash for each
/// tag and length of every field (at a million cases about half of the hashing's time).
pub struct ActHasher {
    sha: Sha256,
    buf: Vec<u8>,
}

/// The buffer's size: how many bytes are gathered before they are hashed.
const BUFFERED: usize = 64 * 1024;

impl ActHasher {
    /// Starts the hash of the act that follows the act whose hash is `prev`.
    pub fn new(prev: &ChainHash) -> ActHasher {
        let mut h = ActHasher {
            sha: Sha256::new(),
            buf: Vec::new(),
        };
        h.sha.update(TAG);
        h.sha.update(prev.0);
        h
    }

    /// Feeds `bytes` to the hash, through the buffer.
    fn feed(&mut self, bytes: impl AsRef<[u8]>) {
        let bytes = bytes.as_ref();
        if self.buf.len() + bytes.len() > BUFFERED {
            self.sha.update(&self.buf);
            self.buf.clear();
            if bytes.len() > BUFFERED {
                self.sha.update(bytes);
                return;
            }
        }
        self.buf.extend_from_slice(bytes);
    }

    fn name(&mut self, name: &str) {
        self.feed((name.len() as u32).to_be_bytes());
        self.feed(name.as_bytes());
    }

    /// The rows of table `name` follow.
    pub fn table(&mut self, name: &str) {
        self.feed(b"P");
        self.name(name);
    }

    /// A row begins.
    pub fn row(&mut self) {
        self.feed(b"R");
    }

    /// A column of the current row (nothing for a NULL).
    pub fn field(&mut self, name: &str, value: Value) {
        let bytes = |h: &mut ActHasher, tag: &[u8], b: &[u8]| {
            h.feed(tag);
            h.feed((b.len() as u64).to_be_bytes());
            h.feed(b);
        };
        match value {
            Value::Null => return,
            _ => {
                self.feed(b"F");
                self.name(name);
            }
        }
        match value {
            Value::Null => {}
            Value::Integer(i) => {
                self.feed(b"i");
                self.feed(i.to_be_bytes());
            }
            Value::Real(r) => {
                self.feed(b"r");
                self.feed(r.to_bits().to_be_bytes());
            }
            Value::Text(t) => bytes(self, b"t", t),
            Value::Blob(b) => bytes(self, b"b", b),
        }
    }

    /// The current row ends.
    pub fn end_row(&mut self) {
        self.feed(b"E");
    }

    pub fn finish(mut self) -> ChainHash {
        self.sha.update(&self.buf);
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

    /// The buffer changes no byte: an act larger than it, with a value larger than it,
    /// hashes as the encoding fed to SHA-256 directly.
    #[test]
    fn the_buffer_hashes_the_bytes_it_is_given() {
        let big = vec![b'x'; BUFFERED + 7];
        let mut h = ActHasher::new(&ChainHash([7; 32]));
        let mut sha = Sha256::new();
        sha.update(TAG);
        sha.update([7; 32]);
        let mut direct = |parts: &[&[u8]]| parts.iter().for_each(|p| sha.update(p));
        h.table("t");
        direct(&[b"P", &1u32.to_be_bytes(), b"t"]);
        for i in 0..20_000i64 {
            let text: &[u8] = if i == 7_000 { &big } else { b"abc" };
            h.row();
            h.field("n", Value::Integer(i));
            h.field("s", Value::Text(text));
            h.field("z", Value::Null);
            h.end_row();
            let len = (text.len() as u64).to_be_bytes();
            direct(&[
                b"R",
                b"F",
                &1u32.to_be_bytes(),
                b"n",
                b"i",
                &i.to_be_bytes(),
            ]);
            direct(&[b"F", &1u32.to_be_bytes(), b"s", b"t", &len, text, b"E"]);
        }
        assert_eq!(h.finish(), ChainHash(sha.finalize().into()));
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
