//! The public docket's rules about people (`sengketa publish`): how an applicant is named
//! on a public page (a pseudonym from the case's reference, initials, or the name, as the
//! commission's setting says) and the short reference a case's page is named by. Contacts
//! are never among what a page is given, so no rule here has to leave them out.

/// How the public pages name applicants (`config set publish-applicant`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Naming {
    /// "Pemohon 2026-5": nothing of the person, only the case.
    #[default]
    Pseudonym,
    /// "B. S.": the first letter of each part of the name.
    Initials,
    /// The name as the register holds it.
    Name,
}

impl Naming {
    /// The setting's value; `None` for a value the setting does not take.
    pub fn parse(s: &str) -> Option<Naming> {
        match s {
            "pseudonym" => Some(Naming::Pseudonym),
            "initials" => Some(Naming::Initials),
            "name" => Some(Naming::Name),
            _ => None,
        }
    }
}

/// An applicant as a public page shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// The pseudonym of the case with this short reference (its words are the caller's:
    /// "Pemohon 2026-5", "Applicant 2026-5").
    Pseudonym(String),
    /// Initials or the name.
    Text(String),
}

/// A case's short reference, `YEAR-SERIAL` (`2026-5`): its page's file name and its
/// pseudonym's number, the same in every register-number format.
pub fn short_ref(year: i32, serial: i64) -> String {
    format!("{year}-{serial}")
}

/// How `naming` shows the applicant `name` of the case `reference`. A name with no
/// letter to take an initial from is shown by its pseudonym.
pub fn shown(naming: Naming, name: &str, reference: &str) -> Shown {
    match naming {
        Naming::Pseudonym => Shown::Pseudonym(reference.to_string()),
        Naming::Name => Shown::Text(name.trim().to_string()),
        Naming::Initials => match initials(name) {
            Some(i) => Shown::Text(i),
            None => Shown::Pseudonym(reference.to_string()),
        },
    }
}

/// "Budi Santoso" → "B. S.": the first letter of each word that has one, upper-cased.
pub fn initials(name: &str) -> Option<String> {
    let parts: Vec<String> = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The file name a decision is published under, from its case's register number: the
/// characters a file name cannot hold (`/`, `\`, `:`) and spaces become `-`, so that
/// `001/VI/KI-JBI-PS/2026` is looked for as `001-VI-KI-JBI-PS-2026.*`.
pub fn decision_file_stem(register_no: &str) -> String {
    register_no
        .trim()
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_whitespace() || c.is_control() => '-',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn each_naming_shows_the_applicant_as_the_setting_says() {
        let r = short_ref(2026, 5);
        assert_eq!(r, "2026-5");
        assert_eq!(
            shown(Naming::Pseudonym, "Budi Santoso", &r),
            Shown::Pseudonym("2026-5".into())
        );
        assert_eq!(
            shown(Naming::Initials, " budi  santoso ", &r),
            Shown::Text("B. S.".into())
        );
        assert_eq!(
            shown(Naming::Name, " Budi Santoso", &r),
            Shown::Text("Budi Santoso".into())
        );
        // Nothing to take an initial from: the pseudonym, never the raw text.
        assert_eq!(
            shown(Naming::Initials, "123 --", &r),
            Shown::Pseudonym("2026-5".into())
        );
        assert_eq!(initials("(Siti) Ömer"), Some("S. Ö.".into()));
        assert_eq!(Naming::parse("initials"), Some(Naming::Initials));
        assert_eq!(Naming::parse("Initials"), None);
    }

    #[test]
    fn a_decision_file_is_named_after_its_register_number() {
        assert_eq!(
            decision_file_stem("001/VI/KI-JBI-PS/2026"),
            "001-VI-KI-JBI-PS-2026"
        );
        assert_eq!(decision_file_stem("28 / III:KIP"), "28---III-KIP");
    }

    proptest! {
        /// Initials hold no more than one letter of each word of the name: a pseudonym
        /// setting aside, no word of a name of two letters or more survives whole.
        #[test]
        fn initials_never_spell_a_word_of_the_name(name in "[A-Za-z]{2,12}( [A-Za-z]{2,12}){0,3}") {
            let i = initials(&name).unwrap();
            for word in name.split_whitespace() {
                prop_assert!(!i.to_lowercase().contains(&word.to_lowercase()));
            }
            prop_assert!(!decision_file_stem(&name).contains('/'));
        }
    }
}
