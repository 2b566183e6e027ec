//! Questions on a terminal (the `inquire` crate), asked only when standard input and
//! standard error are both terminals, worded through the catalogue. Scripts never meet
//! them: without a terminal a command keeps its flags required.

use crate::domain::body_key;
use crate::error::{Error, Result};
use crate::t;
use inquire::autocompletion::{Autocomplete, Replacement};
use inquire::validator::Validation;
use inquire::{CustomUserError, InquireError};
use std::io::{BufRead, IsTerminal, Write};

/// Whether questions can be asked: someone types on standard input and reads standard
/// error (where the questions go; standard output stays for data).
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The answer, or the error a question left unanswered (Esc, Ctrl-C) becomes.
pub fn answer<T>(r: inquire::error::InquireResult<T>) -> Result<T> {
    match r {
        Ok(v) => Ok(v),
        Err(InquireError::OperationCanceled | InquireError::OperationInterrupted) => {
            Err(Error::invalid(t!("prompt-cancelled")))
        }
        Err(e) => Err(Error::unavailable(t!("prompt-failed", why = e.to_string()))),
    }
}

/// A validator refusing an empty answer.
pub fn required() -> impl Fn(&str) -> std::result::Result<Validation, CustomUserError> + Clone {
    let msg = t!("prompt-required");
    move |s: &str| {
        Ok(if s.trim().is_empty() {
            Validation::Invalid(msg.clone().into())
        } else {
            Validation::Valid
        })
    }
}

/// Yes or no, in either language: y, yes, ya, iya; n, no, t, tidak. Every question
/// reads its answer here, so one answer means the same at every question.
pub fn yes_no(s: &str) -> std::result::Result<bool, ()> {
    match s.trim().to_lowercase().as_str() {
        "y" | "yes" | "ya" | "iya" => Ok(true),
        "n" | "no" | "t" | "tidak" => Ok(false),
        _ => Err(()),
    }
}

/// Completes a name from a list (the register's public bodies): the names holding what
/// is typed, compared as the register compares bodies (case and spacing aside); Tab
/// takes the highlighted one, else what all the names offered begin with.
#[derive(Debug, Clone)]
pub struct Names(pub Vec<String>);

impl Names {
    fn matching(&self, input: &str) -> Vec<String> {
        let key = body_key(input);
        self.0
            .iter()
            .filter(|n| body_key(n).contains(&key))
            .cloned()
            .collect()
    }
}

impl Autocomplete for Names {
    fn get_suggestions(
        &mut self,
        input: &str,
    ) -> std::result::Result<Vec<String>, CustomUserError> {
        Ok(self.matching(input))
    }

    fn get_completion(
        &mut self,
        input: &str,
        highlighted: Option<String>,
    ) -> std::result::Result<Replacement, CustomUserError> {
        if highlighted.is_some() {
            return Ok(highlighted);
        }
        let found = self.matching(input);
        let Some(first) = found.first() else {
            return Ok(None);
        };
        // The longest beginning they share, ignoring case.
        let mut prefix: Vec<char> = first.chars().collect();
        for other in &found[1..] {
            let same = prefix
                .iter()
                .zip(other.chars())
                .take_while(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
                .count();
            prefix.truncate(same);
        }
        let prefix: String = prefix.into_iter().collect();
        Ok((prefix.chars().count() > input.chars().count()).then_some(prefix))
    }
}

/// Asks `question` on standard error and reads a line; `None` at the end of input.
pub fn ask(question: &str) -> std::io::Result<Option<String>> {
    let mut err = std::io::stderr().lock();
    write!(err, "{question} ")?;
    err.flush()?;
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim().to_string()))
}

/// Asks a yes/no question (no unless answered yes: y, ya, yes).
pub fn confirm(question: &str) -> std::io::Result<bool> {
    Ok(ask(question)?.is_some_and(|a| yes_no(&a) == Ok(true)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_complete_as_the_register_compares_bodies() {
        let mut n = Names(vec![
            "Dinas Pendidikan".into(),
            "Dinas Perhubungan".into(),
            "Bappeda".into(),
        ]);
        assert_eq!(n.get_suggestions("").unwrap().len(), 3);
        assert_eq!(
            n.get_suggestions("DINAS  pe").unwrap(),
            ["Dinas Pendidikan", "Dinas Perhubungan"]
        );
        assert_eq!(n.get_suggestions("hubung").unwrap(), ["Dinas Perhubungan"]);
        assert_eq!(
            n.get_completion("din", None).unwrap().as_deref(),
            Some("Dinas Pe")
        );
        assert_eq!(
            n.get_completion("bap", None).unwrap().as_deref(),
            Some("Bappeda")
        );
        assert_eq!(n.get_completion("Dinas Pe", None).unwrap(), None);
        assert_eq!(n.get_completion("zzz", None).unwrap(), None);
        assert_eq!(
            n.get_completion("x", Some("Bappeda".into()))
                .unwrap()
                .as_deref(),
            Some("Bappeda")
        );
    }

    #[test]
    fn yes_and_no_in_both_languages() {
        for y in ["y", "Yes", "ya", " YA "] {
            assert_eq!(yes_no(y), Ok(true));
        }
        for n in ["n", "No", "t", "tidak"] {
            assert_eq!(yes_no(n), Ok(false));
        }
        assert!(yes_no("maybe").is_err());
    }
}
