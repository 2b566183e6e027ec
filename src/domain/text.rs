//! Free text a person types into the register (names, numbers, subjects, notes): how
//! long each kind may be, which characters it may not hold, and how a value is shown in
//! a message. Stated once here; every input path checks with [`check`] and every output
//! path escapes with [`needs_escape`] (a 10 MB cell was accepted, ESC and bidi
//! overrides reached the terminal raw, a 300 MB header was echoed to stderr).

/// What kind of text a field holds: its size limit and whether it may span lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// A register or decision number, a commission code, a register-number template.
    Number,
    /// A name: an applicant, a public body, an actor, a room, a panel, a calendar day.
    Name,
    /// One line of prose: the information requested, a calendar day's source.
    Subject,
    /// A note or a reason: the only kind that may hold line breaks.
    Note,
}

impl TextKind {
    pub const ALL: [TextKind; 4] = [
        TextKind::Number,
        TextKind::Name,
        TextKind::Subject,
        TextKind::Note,
    ];

    /// The most characters (Unicode scalar values) a value may have. Generous for any real
    /// register entry, small enough that a table of them stays a table: the longest
    /// Indonesian body names run to some 150 characters, a subject to a paragraph.
    pub const fn max_chars(self) -> usize {
        match self {
            TextKind::Number => 100,
            TextKind::Name => 500,
            TextKind::Subject => 2_000,
            TextKind::Note => 10_000,
        }
    }

    /// Whether a line break (`\n`, nothing else) may be part of the value.
    pub const fn multiline(self) -> bool {
        matches!(self, TextKind::Note)
    }
}

/// How a value breaks the rules of its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextFault {
    /// More characters than the kind takes.
    TooLong { chars: usize, max: usize },
    /// A character that would act on a terminal instead of showing (ESC, BEL, CR, NUL, a
    /// bidirectional override, a line break where none belongs), at this 1-based position.
    Control { ch: char, at: usize },
    /// Nothing visible: only white space and zero-width characters.
    Invisible,
    /// A name mixing the letters of scripts that look alike (Latin, Greek, Cyrillic): `ch`,
    /// at this 1-based position, is of another script than the name's first letter.
    MixedScripts { ch: char, at: usize },
}

/// Checks `s` as a value of `kind`. An empty value is the caller's rule (some fields may
/// be empty, others not); [`TextFault::Invisible`] is for a value that looks empty.
pub fn check(kind: TextKind, s: &str) -> Result<(), TextFault> {
    if s.is_ascii() {
        return check_ascii(kind, s);
    }
    check_chars(kind, s)
}

/// [`check`] of an ASCII value, byte by byte (most values are; an import checks millions):
/// the only control characters are C0 and DEL, the only white space left once they are
/// refused is the space (and the line break where allowed), and no ASCII letter is of
/// another script than Latin. A property test holds it to [`check_chars`].
fn check_ascii(kind: TextKind, s: &str) -> Result<(), TextFault> {
    let control = |b: u8| (b < 0x20 || b == 0x7f) && !(b == b'\n' && kind.multiline());
    if let Some(i) = s.bytes().position(control) {
        return Err(TextFault::Control {
            ch: char::from(s.as_bytes()[i]),
            at: i + 1,
        });
    }
    if s.len() > kind.max_chars() {
        return Err(TextFault::TooLong {
            chars: s.len(),
            max: kind.max_chars(),
        });
    }
    if !s.is_empty() && s.bytes().all(|b| b == b' ' || b == b'\n') {
        return Err(TextFault::Invisible);
    }
    Ok(())
}

/// [`check`] of any value, character by character.
fn check_chars(kind: TextKind, s: &str) -> Result<(), TextFault> {
    let mut chars = 0;
    let mut visible = false;
    for (i, c) in s.chars().enumerate() {
        chars += 1;
        if needs_escape(c) && !(c == '\n' && kind.multiline()) {
            return Err(TextFault::Control { ch: c, at: i + 1 });
        }
        visible |= !c.is_whitespace() && !is_invisible(c);
    }
    if chars > kind.max_chars() {
        return Err(TextFault::TooLong {
            chars,
            max: kind.max_chars(),
        });
    }
    if chars > 0 && !visible {
        return Err(TextFault::Invisible);
    }
    if kind == TextKind::Name {
        mixed_scripts(s)?;
    }
    Ok(())
}

/// The scripts whose letters pass for one another: a Cyrillic і or а in a Latin name makes
/// a second name that reads the same (a body renamed so, then a second body of the
/// "same" name). A name keeps to one of them; other scripts (Arabic, CJK) are not
/// confusable with these and may stand beside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lookalike {
    Latin,
    Greek,
    Cyrillic,
}

fn lookalike(c: char) -> Option<Lookalike> {
    if !c.is_alphabetic() {
        return None;
    }
    match u32::from(c) {
        0x41..=0x5a | 0x61..=0x7a | 0xc0..=0x24f | 0x1e00..=0x1eff | 0xff21..=0xff5a => {
            Some(Lookalike::Latin)
        }
        0x370..=0x3ff | 0x1f00..=0x1fff => Some(Lookalike::Greek),
        0x400..=0x52f | 0x1c80..=0x1c8f | 0x2de0..=0x2dff | 0xa640..=0xa69f => {
            Some(Lookalike::Cyrillic)
        }
        _ => None,
    }
}

/// Refuses a name whose letters come from more than one of the look-alike scripts.
fn mixed_scripts(s: &str) -> Result<(), TextFault> {
    let mut first = None;
    for (i, c) in s.chars().enumerate() {
        if let Some(script) = lookalike(c) {
            match first {
                None => first = Some(script),
                Some(f) if f != script => return Err(TextFault::MixedScripts { ch: c, at: i + 1 }),
                Some(_) => {}
            }
        }
    }
    Ok(())
}

/// A character never printed raw: a control character (C0, DEL, C1), a bidirectional
/// embedding, override or isolate (and the marks LRM, RLM, ALM), a line or paragraph
/// separator. Tables show it escaped (`\u{1b}`); input refuses it.
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// A character that takes no room and shows nothing: zero-width spaces and joiners, word
/// joiners, the byte-order mark, the soft hyphen, Hangul fillers.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{034f}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200d}'
            | '\u{2060}'..='\u{2064}'
            | '\u{3164}'
            | '\u{feff}'
            | '\u{ffa0}'
    )
}

/// `s` with every character that [`needs_escape`] escaped (`\u{1b}`), whole: for a file
/// name in a message or a note.
pub fn escaped(s: &str) -> String {
    escape_but(s, None)
}

/// [`escaped`], but for the line breaks of a text of several lines (a message, a report).
pub fn escaped_lines(s: &str) -> String {
    escape_but(s, Some('\n'))
}

fn escape_but(s: &str, keep: Option<char>) -> String {
    let escape = |c: char| needs_escape(c) && Some(c) != keep;
    if !s.chars().any(escape) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// How many characters of a value a message quotes.
pub const EXCERPT_CHARS: usize = 40;

/// A value as a message quotes it: its first [`EXCERPT_CHARS`] characters, each one that
/// [`needs_escape`] escaped, and "…" with the full length when it was cut. A message never
/// echoes a 300 MB header, nor an ESC to the terminal.
pub fn excerpt(s: &str) -> String {
    let mut out = String::new();
    for (n, c) in s.chars().enumerate() {
        if n == EXCERPT_CHARS {
            let total = s.chars().count();
            out.push_str(&format!("… ({total} characters)"));
            return out;
        }
        if needs_escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The byte-wise check of an ASCII value finds what the check of its characters
        /// finds, for every kind (any ASCII byte, controls and DEL among them).
        #[test]
        fn the_ascii_check_is_the_character_check(
            s in "[\\x00-\\x7f]{0,12}",
            blank in "[ \\n\\t\\r]{0,6}",
            len in 0usize..2_100,
        ) {
            let long = "a".repeat(len) + &s;
            let spaced = " ".repeat(len) + &blank;
            for v in [&s, &blank, &long, &spaced] {
                for kind in TextKind::ALL {
                    prop_assert_eq!(check_ascii(kind, v), check_chars(kind, v), "{:?} {:?}", kind, v);
                }
            }
        }
    }

    #[test]
    fn names_numbers_and_subjects_are_one_visible_line() {
        assert_eq!(check(TextKind::Name, "Budi Santoso"), Ok(()));
        assert_eq!(check(TextKind::Name, "Dinas PUPR Kab. Muaro Jambi"), Ok(()));
        assert_eq!(check(TextKind::Name, "Ðinas 🏛 Jambi"), Ok(()));
        for (s, ch, at) in [
            ("a\u{1b}[31m", '\u{1b}', 2),
            ("\u{7}", '\u{7}', 1),
            ("a\rb", '\r', 2),
            ("a\0", '\0', 2),
            ("a\u{202e}b", '\u{202e}', 2),
            ("a\u{2067}b", '\u{2067}', 2),
            ("a\nb", '\n', 2),
            ("a\tb", '\t', 2),
            ("a\u{85}", '\u{85}', 2),
            ("a\u{2028}", '\u{2028}', 2),
        ] {
            for kind in [TextKind::Number, TextKind::Name, TextKind::Subject] {
                assert_eq!(check(kind, s), Err(TextFault::Control { ch, at }), "{s:?}");
            }
        }
        for s in [
            "\u{200b}",
            "\u{200b} \u{feff}",
            "\u{2060}\u{200d}",
            " \u{3164} ",
        ] {
            assert_eq!(check(TextKind::Name, s), Err(TextFault::Invisible), "{s:?}");
        }
        // A joiner inside visible text is text (emoji, some scripts).
        assert_eq!(check(TextKind::Name, "a\u{200d}b"), Ok(()));
    }

    #[test]
    fn notes_may_span_lines_and_nothing_else() {
        assert_eq!(check(TextKind::Note, "first\nsecond"), Ok(()));
        assert_eq!(
            check(TextKind::Note, "a\r\nb"),
            Err(TextFault::Control { ch: '\r', at: 2 })
        );
    }

    #[test]
    fn every_kind_has_its_limit() {
        for kind in TextKind::ALL {
            let max = kind.max_chars();
            assert_eq!(check(kind, &"é".repeat(max)), Ok(()));
            assert_eq!(
                check(kind, &"é".repeat(max + 1)),
                Err(TextFault::TooLong {
                    chars: max + 1,
                    max
                })
            );
        }
        let limits: Vec<usize> = TextKind::ALL.iter().map(|k| k.max_chars()).collect();
        assert!(limits.is_sorted(), "{limits:?}");
    }

    #[test]
    fn an_excerpt_is_short_and_escaped() {
        assert_eq!(excerpt("Budi"), "Budi");
        assert_eq!(excerpt("a\u{1b}b"), "a\\u{1b}b");
        let long = "x".repeat(300_000);
        assert_eq!(
            excerpt(&long),
            format!("{} (300000 characters)", "x".repeat(40)).replacen(" (", "… (", 1)
        );
    }

    #[test]
    fn a_name_keeps_to_one_lookalike_script() {
        // A Cyrillic і (U+0456) in "Dinas": the homoglyph of a body's name.
        assert_eq!(
            check(TextKind::Name, "D\u{456}nas Pendidikan"),
            Err(TextFault::MixedScripts {
                ch: '\u{456}',
                at: 2
            })
        );
        assert_eq!(
            check(TextKind::Name, "\u{41c}\u{438}\u{440} x"),
            Err(TextFault::MixedScripts { ch: 'x', at: 5 })
        );
        // Whole words of two look-alike scripts too: one name, one script.
        assert!(check(TextKind::Name, "Dinas Pendidikan Провинции").is_err());
        assert!(check(TextKind::Name, "RSUD Dr. Raden Mattaher (ٱلرَّحِيم)").is_ok());
        assert!(check(TextKind::Name, "Москва").is_ok());
        assert!(check(TextKind::Name, "Café Ñusantara").is_ok());
        // Subjects and notes may quote anything.
        assert!(check(TextKind::Subject, "D\u{456}nas").is_ok());
    }
}
