//! What makes a closed vocabulary: the `vocabulary!` macro that defines one, the [`Word`]
//! trait every vocabulary has, and the folding of input. The domain says a value's
//! spellings and labels; the command layer (`commands::values`) makes clap's value parsers
//! and possible values of them, so that nothing here knows the command line.

use crate::domain::{DomainError, Lang};

/// Defines a closed vocabulary: its stored spelling (snake_case: the one spelling of a value
/// everywhere the tool writes it — database, CSV, JSON, tables, help), its English and
/// Indonesian labels, and any other Indonesian words a clerk may type for it. A value is
/// read in its stored spelling, with hyphens or spaces for underscores, as its Indonesian
/// label, or as one of those words, in any case.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:ident { $($variant:ident => $stored:literal, $en:literal, $id:literal $(, $alias:literal)*;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        // Every vocabulary has every method, whether a command uses it yet or not.
        #[allow(dead_code)]
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored spelling (database and CSV).
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $stored),+ }
            }

            /// The command line's spelling: the stored one.
            pub fn cli_name(self) -> String {
                self.as_str().to_string()
            }

            pub fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$variant, Lang::En) => $en, ($name::$variant, Lang::Id) => $id),+
                }
            }

            /// The other words read as this value (its Indonesian label and aliases),
            /// folded as [`fold`] folds input.
            pub fn indonesian(self) -> Vec<String> {
                let words: &[&str] = match self { $($name::$variant => &[$id $(, $alias)*]),+ };
                words.iter().map(|w| fold(w)).collect()
            }

            /// Reads any accepted spelling, in English or Indonesian, any case.
            pub fn parse(s: &str) -> Result<$name, DomainError> {
                // The stored spelling as stored: no copy to fold (every word read back).
                if let Some(v) = $name::ALL.iter().find(|v| v.as_str() == s) {
                    return Ok(*v);
                }
                let wanted = fold(s);
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == wanted)
                    .or_else(|| $name::ALL.iter().copied().find(|v| v.indonesian().contains(&wanted)))
                    .ok_or_else(|| DomainError::BadValue {
                        what: Vocab::$what,
                        value: s.to_string(),
                    })
            }

            /// The value whose Rust name (its variant's) is `name`.
            pub fn named(name: &str) -> Option<$name> {
                match name {
                    $(stringify!($variant) => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// Every stored spelling, in order.
            pub fn stored_names() -> Vec<&'static str> {
                $name::ALL.iter().map(|v| v.as_str()).collect()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Word for $name {
            fn parse_word(s: &str) -> Result<Self, DomainError> {
                $name::parse(s)
            }
            fn words() -> &'static [Self] {
                $name::ALL
            }
            fn stored(self) -> &'static str {
                self.as_str()
            }
            fn label_in(self, lang: Lang) -> &'static str {
                self.label(lang)
            }
            fn other_words(self) -> Vec<String> {
                self.indonesian()
            }
        }
    };
}

pub(super) use vocabulary;

/// A value as a list of the accepted values names it (an invalid value's hint, on the
/// command line and in an import): its spelling, and in Indonesian its label too, as the
/// help lists it ("group (kelompok orang)"). The spellings are English words: in English
/// the label would say them again.
pub fn listed_word<T: Word>(v: T, lang: Lang) -> String {
    match lang {
        Lang::En => v.stored().to_string(),
        Lang::Id => format!("{} ({})", v.stored(), v.label_in(lang)),
    }
}

/// A vocabulary's value read from any of its spellings.
pub trait Word: Sized + Copy + 'static {
    fn parse_word(s: &str) -> Result<Self, DomainError>;
    /// Every value, in order.
    fn words() -> &'static [Self];
    /// The one spelling.
    fn stored(self) -> &'static str;
    /// Its label in `lang`.
    fn label_in(self, lang: Lang) -> &'static str;
    /// The other words read as it (folded), besides its spelling.
    fn other_words(self) -> Vec<String>;
}

/// Input folded for comparison with a stored spelling: trimmed, lower case, hyphens and
/// runs of spaces as one underscore.
pub fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join("_")
        .to_lowercase()
        .replace('-', "_")
}
