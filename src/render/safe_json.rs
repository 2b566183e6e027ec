//! JSON as sengketa writes it: serde_json's, with every character that
//! `domain::text::needs_escape` names written as a `\uXXXX` escape. serde_json escapes
//! only C0 control characters; DEL, C1 controls and bidirectional overrides stored by
//! other means (the sqlite3 shell) would otherwise reach a terminal raw. The
//! value read back is the same.

use crate::domain::text::needs_escape;
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter, Serializer};
use std::io::{self, Write};

/// `serde_json::to_writer`, escaped.
pub fn to_writer<W: Write, T: Serialize + ?Sized>(w: W, v: &T) -> serde_json::Result<()> {
    v.serialize(&mut Serializer::with_formatter(
        w,
        Escaping(CompactFormatter),
    ))
}

/// `serde_json::to_writer_pretty`, escaped.
pub fn to_writer_pretty<W: Write, T: Serialize + ?Sized>(w: W, v: &T) -> serde_json::Result<()> {
    v.serialize(&mut Serializer::with_formatter(
        w,
        Escaping(PrettyFormatter::new()),
    ))
}

/// A formatter that escapes what [`needs_escape`] names in strings, and otherwise does
/// what the formatter it wraps does.
struct Escaping<F>(F);

impl<F: Formatter> Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if needs_escape(c) {
                w.write_all(&fragment.as_bytes()[start..i])?;
                // Every such character is in the Basic Multilingual Plane: one escape.
                write!(w, "\\u{:04x}", u32::from(c))?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_act_on_and_reads_back_the_same() {
        let v = serde_json::json!({"a": "x\u{1b}y\u{202e}z\u{85}é", "b": [1, "ok"]});
        let mut compact = Vec::new();
        to_writer(&mut compact, &v).unwrap();
        let text = String::from_utf8(compact).unwrap();
        assert_eq!(text, r#"{"a":"x\u001by\u202ez\u0085é","b":[1,"ok"]}"#);
        assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), v);
        let mut pretty = Vec::new();
        to_writer_pretty(&mut pretty, &v).unwrap();
        let mut want = Vec::new();
        serde_json::to_writer_pretty(&mut want, &serde_json::json!({"a": "", "b": [1, "ok"]}))
            .unwrap();
        let pretty = String::from_utf8(pretty).unwrap();
        assert_eq!(
            pretty.replace(r#""x\u001by\u202ez\u0085é""#, r#""""#),
            String::from_utf8(want).unwrap()
        );
    }
}
