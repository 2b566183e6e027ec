//! The command line's values made of the domain's: clap's value parser and possible values
//! of every vocabulary, generated from the domain's [`Word`] trait (the domain says the
//! spellings and the labels, this module makes clap values of them), and `--lang`'s
//! values. The domain itself knows nothing of clap.

use crate::domain::vocab::{Word, listed_word};
use crate::domain::{
    ActKind, ApplicantKind, Attendance, BodyChange, BodyKind, CalendarChange, Court, CourtOutcome,
    DayKind, EventKind, Ground, HearingKind, HearingStatus, Lang, Level, NotRegisteredReason,
    Outcome, PaperKind, Party, PersonRole, Pinned, Reason, Seat, ServiceHow, ServiceResult, State,
    Via, VoidReason,
};
use clap::builder::{PossibleValue, TypedValueParser, ValueParserFactory};

/// The value for clap's help and completions: its spelling, its label in the run's
/// language, and its other words (each with hyphens for underscores too).
pub fn possible_value<T: Word>(v: T) -> PossibleValue {
    let mut pv = PossibleValue::new(v.stored()).help(v.label_in(crate::i18n::lang()));
    if v.stored().contains('_') {
        pv = pv.alias(v.stored().replace('_', "-"));
    }
    for w in v.other_words() {
        pv = pv.alias(w.replace('_', "-")).alias(w);
    }
    pv
}

/// clap's parser of a vocabulary's values: [`Word::parse_word`], so that the command line
/// accepts what an import accepts (not clap's `ValueEnum`, which matches spellings exactly).
/// Its possible values serve the help and the completions; its error is clap's own
/// "invalid value" (worded in the run's language with the other usage errors).
#[derive(Clone)]
pub struct WordParser<T>(std::marker::PhantomData<T>);

impl<T> TypedValueParser for WordParser<T>
where
    T: Word + Clone + Send + Sync,
{
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        if let Some(Ok(v)) = value.to_str().map(T::parse_word) {
            return Ok(v);
        }
        let mut err = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
        let arg = arg.map_or_else(|| "...".to_string(), |a| a.to_string());
        err.insert(ContextKind::InvalidArg, ContextValue::String(arg));
        let value = value.to_string_lossy().into_owned();
        err.insert(ContextKind::InvalidValue, ContextValue::String(value));
        let lang = crate::i18n::lang();
        let valid = T::words().iter().map(|v| listed_word(*v, lang)).collect();
        err.insert(ContextKind::ValidValue, ContextValue::Strings(valid));
        Err(err)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::words().iter().map(|v| possible_value(*v))))
    }
}

/// Makes every vocabulary a type clap's derive reads with [`WordParser`] (any accepted
/// spelling, in either language, any case, with spaces, hyphens or underscores), and
/// lists them for the test that none is left out.
macro_rules! clap_words {
    ($($t:ident),+ $(,)?) => {
        $(impl ValueParserFactory for $t {
            type Parser = WordParser<$t>;
            fn value_parser() -> Self::Parser {
                WordParser(std::marker::PhantomData)
            }
        })+

        #[cfg(test)]
        const CLAP_WORDS: &[&str] = &[$(stringify!($t)),+];
    };
}

clap_words! {
    State, ApplicantKind, Reason, Via, Outcome, EventKind, ActKind, DayKind, HearingKind,
    Attendance, HearingStatus, CalendarChange, Level, Court, Party, CourtOutcome, VoidReason,
    BodyKind, BodyChange, Pinned, PaperKind, Ground, PersonRole, Seat, ServiceHow, ServiceResult,
    NotRegisteredReason,
}

/// `--lang`: `en` or `id`, as clap's `ValueEnum` derive spelled them.
impl clap::ValueEnum for Lang {
    fn value_variants<'a>() -> &'a [Self] {
        &[Lang::En, Lang::Id]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(match self {
            Lang::En => "en",
            Lang::Id => "id",
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocab::Vocab;

    #[test]
    fn every_vocabulary_has_a_value_parser() {
        let vocabs: Vec<String> = Vocab::ALL.iter().map(|v| format!("{v:?}")).collect();
        let mut listed: Vec<String> = CLAP_WORDS.iter().map(|s| s.to_string()).collect();
        let mut wanted = vocabs.clone();
        listed.sort();
        wanted.sort();
        assert_eq!(listed, wanted);
    }

    #[test]
    fn a_possible_value_has_the_other_spellings_as_aliases() {
        let pv = possible_value(crate::domain::Via::Mediation);
        assert_eq!(pv.get_name(), "mediation");
        assert!(pv.matches("mediasi", true), "{pv:?}");
    }
}
