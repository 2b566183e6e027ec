//! A catalogue read a message at a time. Parsing a whole catalogue (90 kB of Fluent) took
//! about a millisecond (2 M instructions) of every run that printed a message, and a run
//! prints a handful of its 1,100 messages. So the text is cut into its entries once (one
//! pass over its lines), and an entry is parsed the first time a run asks for it. A test
//! holds every entry parsed alone to the whole catalogue's parse.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use std::collections::{HashMap, HashSet};

/// Each message's text in a catalogue, by its id: from its `id =` line to the line before
/// the next entry or comment (a line that begins with a letter, `#` or `-`; the lines of
/// a message's pattern are indented, or close a placeable with `}`).
pub(super) fn entries(text: &str) -> HashMap<&str, &str> {
    let mut found = HashMap::with_capacity(2048);
    let mut open: Option<(&str, usize)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let first = line.as_bytes()[0];
        if first.is_ascii_alphabetic() || first == b'#' || first == b'-' {
            if let Some((id, start)) = open.take() {
                found.insert(id, &text[start..at]);
            }
            if first.is_ascii_alphabetic() {
                open = line.split_once('=').map(|(id, _)| (id.trim(), at));
            }
        }
        at += line.len();
    }
    if let Some((id, start)) = open {
        found.insert(id, &text[start..]);
    }
    found
}

/// One language's catalogue: its entries, and a bundle of those parsed so far.
pub(super) struct Catalogue {
    entries: HashMap<&'static str, &'static str>,
    parsed: HashSet<&'static str>,
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    pub(super) fn new(locale: &str, text: &'static str) -> Self {
        let mut bundle = FluentBundle::new_concurrent(vec![locale.parse().expect("a locale")]);
        // No Unicode isolation marks around arguments: the output goes to terminals and CSV.
        bundle.set_use_isolating(false);
        Catalogue {
            entries: entries(text),
            parsed: HashSet::new(),
            bundle,
        }
    }

    pub(super) fn has(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// Parses the entry of `id` into the bundle, if the catalogue has it and it is not yet.
    fn load(&mut self, id: &str) {
        let Some((&id, &text)) = self.entries.get_key_value(id) else {
            return;
        };
        if self.parsed.insert(id) {
            let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, errors)| {
                panic!("the message {id} does not parse: {errors:?}")
            });
            self.bundle
                .add_resource(res)
                .unwrap_or_else(|errors| panic!("the message {id}: {errors:?}"));
        }
    }

    /// The message `id` with `args`, or None if this catalogue lacks it. A message that
    /// names another (`{ other-id }`) has that one parsed too.
    pub(super) fn format(&mut self, id: &str, args: &FluentArgs) -> Option<String> {
        self.load(id);
        loop {
            let pattern = self.bundle.get_message(id)?.value()?;
            let mut errors = vec![];
            let s = self.bundle.format_pattern(pattern, Some(args), &mut errors);
            let missing: Vec<String> = errors
                .iter()
                .filter_map(|e| match e {
                    FluentError::ResolverError(ResolverError::Reference(
                        ReferenceKind::Message { id, .. },
                    )) if self.has(id) && !self.parsed.contains(id.as_str()) => Some(id.clone()),
                    _ => None,
                })
                .collect();
            if missing.is_empty() {
                debug_assert!(errors.is_empty(), "{id}: {errors:?}");
                return Some(s.into_owned());
            }
            drop(s);
            for other in missing {
                self.load(&other);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message of a catalogue, parsed from its entry alone, is the message the whole
    /// catalogue's parse holds; and the entries are exactly the catalogue's messages.
    #[test]
    fn each_entry_parses_alone_as_in_the_whole_catalogue() {
        for text in [super::super::EN, super::super::ID] {
            let whole = FluentResource::try_new(text.to_string()).expect("the catalogue parses");
            let cut = entries(text);
            let mut messages = 0;
            for entry in whole.entries() {
                let fluent_syntax::ast::Entry::Message(m) = entry else {
                    continue;
                };
                messages += 1;
                let alone = cut
                    .get(m.id.name)
                    .unwrap_or_else(|| panic!("no entry cut for {}", m.id.name));
                let alone = FluentResource::try_new(alone.to_string())
                    .unwrap_or_else(|_| panic!("{} does not parse alone", m.id.name));
                let parsed: Vec<_> = alone
                    .entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m),
                        _ => None,
                    })
                    .collect();
                assert_eq!(parsed.len(), 1, "{}", m.id.name);
                // Its text and attributes (the comment above it is not part of the cut).
                assert_eq!(
                    format!("{:?} {:?}", parsed[0].value, parsed[0].attributes),
                    format!("{:?} {:?}", m.value, m.attributes),
                    "{} parses otherwise alone",
                    m.id.name
                );
            }
            assert_eq!(cut.len(), messages);
        }
    }

    #[test]
    fn a_message_that_names_another_has_it_parsed() {
        let mut c = Catalogue::new("en-US", "a = A { b }\n# note\nb = B { $n }\n");
        let mut args = FluentArgs::new();
        args.set("n", 2);
        assert_eq!(c.format("a", &args).as_deref(), Some("A B 2"));
        assert_eq!(c.format("zzz", &args), None);
    }

    #[test]
    fn the_cut_keeps_select_lines_and_stops_at_comments() {
        let text =
            "x = { $n ->\n    [one] one\n   *[other] many\n}\n\n## group\ny = Y\n    .attr = Z\n";
        let cut = entries(text);
        assert_eq!(
            cut["x"],
            "x = { $n ->\n    [one] one\n   *[other] many\n}\n\n"
        );
        assert_eq!(cut["y"], "y = Y\n    .attr = Z\n");
    }
}
