//! The message catalogue: every message, hint, label and heading in Indonesian and English,
//! as Fluent files (`locales/id-ID.ftl`, `locales/en-US.ftl`) embedded at build time.
//! The language is chosen once per run: `--lang`, else `SENGKETA_LANG`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`: `id_*` is Indonesian), else the system's language
//! (Windows sets no `LANG`: its display language), else English.

use crate::domain::Lang;
use fluent_bundle::{FluentArgs, FluentValue};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock};

pub const EN: &str = include_str!("../locales/en-US.ftl");
pub const ID: &str = include_str!("../locales/id-ID.ftl");

static LANG: AtomicU8 = AtomicU8::new(0);

/// Sets the language of this run.
pub fn set_lang(lang: Lang) {
    LANG.store(lang as u8, Ordering::Relaxed);
}

#[cfg(test)]
thread_local! {
    /// A test's own language, on its own thread: the unit tests run in parallel, and one
    /// that switched the run's language made another's English messages Indonesian.
    static TEST_LANG: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Runs `f` with the messages of `lang`, on this thread only (for unit tests).
#[cfg(test)]
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    TEST_LANG.with(|l| l.set(Some(lang)));
    let done = f();
    TEST_LANG.with(|l| l.set(None));
    done
}

/// The language of this run.
pub fn lang() -> Lang {
    #[cfg(test)]
    if let Some(l) = TEST_LANG.with(|l| l.get()) {
        return l;
    }
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::Id,
        _ => Lang::En,
    }
}

/// The language a run speaks: the flag, else `SENGKETA_LANG`, else the locale's
/// variables, else the system's language (`sys-locale`: Windows' display language; on
/// unix it reads the same variables, so nothing more), else English.
pub fn detect_with_system(
    flag: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Option<String>,
) -> Lang {
    let said = flag.is_some()
        || env("SENGKETA_LANG").and_then(|v| parse_lang(&v)).is_some()
        || ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .any(|v| env(v).is_some_and(|v| !v.is_empty()));
    if said {
        return detect(flag, env);
    }
    match system() {
        Some(locale) if is_indonesian(&locale) => Lang::Id,
        _ => Lang::En,
    }
}

/// The system's language tag (`id-ID`, `en-US`), if it says one.
pub fn system_locale() -> Option<String> {
    sys_locale::get_locale()
}

/// The language a run speaks: the flag, else `SENGKETA_LANG`, else the locale.
pub fn detect(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(l) = flag {
        return l;
    }
    if let Some(l) = env("SENGKETA_LANG").and_then(|v| parse_lang(&v)) {
        return l;
    }
    // The first locale variable that is set decides, as POSIX has it.
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = env(var).filter(|v| !v.is_empty()) {
            return if is_indonesian(&v) {
                Lang::Id
            } else {
                Lang::En
            };
        }
    }
    Lang::En
}

fn parse_lang(v: &str) -> Option<Lang> {
    match v.trim().to_ascii_lowercase().as_str() {
        "id" | "in" | "indonesian" | "bahasa" => Some(Lang::Id),
        "en" | "english" => Some(Lang::En),
        other if is_indonesian(other) => Some(Lang::Id),
        other if other.starts_with("en") => Some(Lang::En),
        _ => None,
    }
}

/// `id`, `id_ID`, `id_ID.UTF-8`, `id-ID`, ... (and `in`, the old code).
fn is_indonesian(locale: &str) -> bool {
    let l = locale.to_ascii_lowercase();
    let code = l.split(['_', '-', '.', '@']).next().unwrap_or("");
    code == "id" || code == "in"
}

/// The catalogue of `lang`, made when first asked for: a run mostly speaks one language.
fn catalogue(lang: Lang) -> std::sync::MutexGuard<'static, lazy::Catalogue> {
    static CATALOGUES: [OnceLock<Mutex<lazy::Catalogue>>; 2] = [OnceLock::new(), OnceLock::new()];
    CATALOGUES[lang as usize]
        .get_or_init(|| {
            Mutex::new(match lang {
                Lang::En => lazy::Catalogue::new("en-US", EN),
                Lang::Id => lazy::Catalogue::new("id-ID", ID),
            })
        })
        .lock()
        // A panic while formatting leaves the catalogue whole: an entry is added at once.
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The message `id` in the run's language (English if it lacks it), with `args`.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    message_in(lang(), id, args)
}

/// The message `id` in `lang` (English if it lacks it), with `args`.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.value());
    }
    for l in [lang, Lang::En] {
        if let Some(s) = catalogue(l).format(id, &fargs) {
            return s;
        }
    }
    debug_assert!(false, "no message {id} in the catalogue");
    id.to_string()
}

/// Whether the catalogue of `lang` has the message `id`.
#[cfg(test)]
pub fn has(lang: Lang, id: &str) -> bool {
    catalogue(lang).has(id)
}

/// An argument of a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl Arg {
    fn value(&self) -> FluentValue<'static> {
        match self {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Num(n) => FluentValue::from(*n),
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<&&str> for Arg {
    fn from(s: &&str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Num(i64::from(n))
    }
}
impl From<crate::domain::Date> for Arg {
    fn from(d: crate::domain::Date) -> Self {
        Arg::Str(d.to_string())
    }
}

/// `t!("id")` or `t!("id", name = value, ...)`: the message in the run's language.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),+])
    };
}

mod lazy;
#[cfg(test)]
mod terms;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The ids of a catalogue (messages only, not terms).
    fn ids(text: &str) -> BTreeSet<String> {
        text.lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
            .collect()
    }

    /// The ids the code asks for: every `t!("...")`, `msg!("...")` (the domain's messages
    /// as data) and `message("...")` in src/.
    fn used() -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("i18n.rs") {
                    let text = std::fs::read_to_string(&p).unwrap();
                    for pat in ["t!(", "msg!(", "message("] {
                        for (i, _) in text.match_indices(pat) {
                            // a whole name, not the end of another (`format!(`)
                            let before = text[..i].chars().next_back();
                            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                                continue;
                            }
                            let rest = text[i + pat.len()..].trim_start();
                            let Some(rest) = rest.strip_prefix('"') else {
                                continue;
                            };
                            if let Some(end) = rest.find('"') {
                                found.insert(rest[..end].to_string());
                            }
                        }
                    }
                    // Ids built from a prefix: `key!("prefix-", ...)` lists its ids in a
                    // `// ids: a b c` comment on the same line.
                    for line in text.lines() {
                        if let Some((_, list)) = line.split_once("// ids: ") {
                            found.extend(list.split_whitespace().map(str::to_string));
                        }
                    }
                }
            }
        }
        found
    }

    #[test]
    fn both_catalogues_hold_the_same_ids() {
        let (en, id) = (ids(EN), ids(ID));
        let only_en: Vec<_> = en.difference(&id).collect();
        let only_id: Vec<_> = id.difference(&en).collect();
        assert!(only_en.is_empty(), "missing in id-ID.ftl: {only_en:?}");
        assert!(only_id.is_empty(), "missing in en-US.ftl: {only_id:?}");
        // Both parse (a bundle panics otherwise).
        assert!(has(Lang::En, "error-prefix") && has(Lang::Id, "error-prefix"));
    }

    #[test]
    fn every_id_is_used_and_every_used_id_exists() {
        let en = ids(EN);
        let used = used();
        let missing: Vec<_> = used.difference(&en).collect();
        assert!(
            missing.is_empty(),
            "asked for but not in the catalogue: {missing:?}"
        );
        let unused: Vec<_> = en
            .difference(&used)
            .filter(|id| !id.starts_with("help-") && !id.starts_with("value-"))
            .collect();
        assert!(
            unused.is_empty(),
            "in the catalogue but never asked for: {unused:?}"
        );
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            detect(Some(Lang::En), env(&[("LANG", "id_ID.UTF-8")])),
            Lang::En
        );
        assert_eq!(detect(None, env(&[("LANG", "id_ID.UTF-8")])), Lang::Id);
        assert_eq!(
            detect(None, env(&[("SENGKETA_LANG", "en"), ("LANG", "id_ID")])),
            Lang::En
        );
        assert_eq!(
            detect(None, env(&[("LC_ALL", "C"), ("LANG", "id_ID")])),
            Lang::En
        );
        assert_eq!(
            detect(None, env(&[("LC_MESSAGES", "id_ID.UTF-8")])),
            Lang::Id
        );
        assert_eq!(detect(None, env(&[])), Lang::En);
        assert_eq!(detect(None, env(&[("SENGKETA_LANG", "id")])), Lang::Id);
    }

    #[test]
    fn without_a_locale_variable_the_system_language_decides() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        let system = |tag: &'static str| move || Some(tag.to_string());
        // Windows' display language, when nothing else says.
        assert_eq!(
            detect_with_system(None, env(&[]), system("id-ID")),
            Lang::Id
        );
        assert_eq!(
            detect_with_system(None, env(&[]), system("en-GB")),
            Lang::En
        );
        assert_eq!(detect_with_system(None, env(&[]), || None), Lang::En);
        // A variable, the flag or SENGKETA_LANG is asked for and wins.
        assert_eq!(
            detect_with_system(None, env(&[("LANG", "C")]), system("id-ID")),
            Lang::En
        );
        assert_eq!(
            detect_with_system(Some(Lang::En), env(&[]), system("id-ID")),
            Lang::En
        );
        assert_eq!(
            detect_with_system(None, env(&[("SENGKETA_LANG", "id")]), system("en-US")),
            Lang::Id
        );
    }
}
