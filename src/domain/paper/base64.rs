//! Base64 (RFC 4648, standard alphabet, padded): the logo in an HTML paper's data URI,
//! and an issued paper's bytes kept as text in the register (an archive holds text only).
//!
//! The codec is the `base64` crate's: a search of the alphabet for every character, as
//! this module did by hand, was two fifths of `verify`'s check of the issued papers
//! (`ct-codecs`, which reads the chair's key, decodes in constant time: slower still).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

pub fn encode(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// The bytes of a base64 text; `None` when it is not base64.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    STANDARD.decode(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rfc_vectors_both_ways() {
        for (i, o) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(i.as_bytes()), o);
            assert_eq!(decode(o).unwrap(), i.as_bytes());
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&all)).unwrap(), all);
        assert_eq!(decode("Zg="), None);
        assert_eq!(decode("Z!=="), None);
        assert_eq!(decode("Zg==Zg=="), None);
        // Bits past the last byte must be zero: only the one spelling of the bytes is read
        // (a paper's text edited in those bits is not the text the register wrote).
        assert_eq!(decode("Zh=="), None);
        assert_eq!(decode("Zm9="), None);
    }
}
