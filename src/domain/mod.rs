//! The dispute procedure as pure Rust: states, transitions, register numbers, dates and
//! recap arithmetic. No SQL and no I/O here, so every rule is unit-tested on its own.

pub mod date;
pub mod lifecycle;
pub mod recap;
pub mod register_no;
pub mod row;
pub mod workdays;

pub use date::Date;

/// Which language labels are printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    En,
    Id,
}

/// Defines a closed vocabulary: its stored spelling (snake_case, as in the database and
/// the CSV), the command line's hyphenated spelling, and its English and Indonesian labels.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident => $stored:literal, $en:literal, $id:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored spelling (database and CSV).
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $stored),+ }
            }

            /// The command line's spelling: hyphens for underscores.
            pub fn cli_name(self) -> String {
                self.as_str().replace('_', "-")
            }

            pub fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$variant, Lang::En) => $en, ($name::$variant, Lang::Id) => $id),+
                }
            }

            /// Reads either spelling (`partly_granted` or `partly-granted`), any case.
            pub fn parse(s: &str) -> Result<$name, DomainError> {
                let wanted = s.trim().to_ascii_lowercase().replace('-', "_");
                $name::ALL.iter().copied().find(|v| v.as_str() == wanted).ok_or_else(|| {
                    DomainError::BadValue {
                        what: $what,
                        value: s.to_string(),
                        allowed: $name::ALL.iter().map(|v| v.cli_name()).collect(),
                    }
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                $name::ALL
            }
            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                let pv = clap::builder::PossibleValue::new(self.as_str().replace('_', "-"))
                    .help(self.label(Lang::En));
                Some(if self.as_str().contains('_') { pv.alias(self.as_str()) } else { pv })
            }
        }
    };
}

vocabulary! {
    /// Where a case stands.
    State, "state" {
        Entered => "entered", "entered", "masuk";
        Qualified => "qualified", "qualified", "memenuhi syarat";
        Withdrawn => "withdrawn", "withdrawn", "dicabut";
        Decided => "decided", "decided", "diputus";
        Done => "done", "done", "selesai";
    }
}

vocabulary! {
    /// Who brings the dispute.
    ApplicantKind, "applicant kind" {
        Individual => "individual", "individual", "perorangan";
        Group => "group", "group of people", "kelompok orang";
        LegalEntity => "legal_entity", "legal entity", "badan hukum";
    }
}

vocabulary! {
    /// Why an application does not qualify.
    Reason, "reason" {
        Incomplete => "incomplete", "incomplete application", "permohonan tidak lengkap";
        Late => "late", "filed too late", "melewati tenggat";
        NoStanding => "no_standing", "no legal standing", "tidak memiliki kedudukan hukum";
        NoAuthority => "no_authority", "outside the commission's authority", "bukan kewenangan komisi";
        NoObjection => "no_objection", "no prior objection", "tanpa keberatan";
        Other => "other", "other", "lainnya";
    }
}

vocabulary! {
    /// The route by which a decision was reached.
    Via, "decision route" {
        Interim => "interim", "interim ruling", "putusan sela";
        Mediation => "mediation", "mediation", "mediasi";
        Adjudication => "adjudication", "adjudication", "ajudikasi";
    }
}

vocabulary! {
    /// The normalised outcome of a decision.
    Outcome, "outcome" {
        Dismissed => "dismissed", "dismissed", "tidak dapat diterima";
        Lapsed => "lapsed", "lapsed", "gugur";
        Agreement => "agreement", "mediation agreement", "putusan mediasi";
        Granted => "granted", "granted", "dikabulkan seluruhnya";
        PartlyGranted => "partly_granted", "partly granted", "dikabulkan sebagian";
        Rejected => "rejected", "rejected", "ditolak seluruhnya";
    }
}

impl Via {
    /// The outcomes a decision by this route can have.
    pub fn outcomes(self) -> &'static [Outcome] {
        use Outcome::*;
        match self {
            Via::Interim => &[Dismissed, Lapsed],
            Via::Mediation => &[Agreement],
            Via::Adjudication => &[Granted, PartlyGranted, Rejected, Dismissed, Lapsed],
        }
    }

    /// Whether a decision by this route can have `outcome`.
    pub fn allows(self, outcome: Outcome) -> bool {
        self.outcomes().contains(&outcome)
    }

    /// The outcomes of this route, as the command line spells them.
    pub fn outcome_names(self) -> String {
        self.outcomes()
            .iter()
            .map(|o| o.cli_name())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A rule of the procedure that an input breaks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("'{value}' is not a valid {what}")]
    BadValue {
        what: &'static str,
        value: String,
        allowed: Vec<String>,
    },
    #[error("'{0}' is not a date")]
    NotADate(String),
    #[error("{what} {date} lies in the future (today is {today})")]
    FutureDate {
        what: String,
        date: Date,
        today: Date,
    },
    #[error("{what} {date} is before {before_what} {before}")]
    DateOrder {
        what: String,
        date: Date,
        before_what: String,
        before: Date,
    },
    #[error("case {case} is {state}: it cannot be {action}")]
    Refused {
        case: String,
        state: State,
        action: &'static str,
        allowed: Vec<&'static str>,
    },
    #[error("case {case} is {state}: a decision via {via} cannot have the outcome {outcome}")]
    BadDecision {
        case: String,
        state: State,
        via: Via,
        outcome: Outcome,
    },
    #[error("case {case} has no step left to undo (adding a case cannot be undone)")]
    NothingToUndo { case: String },
    #[error("{0}")]
    Other(String),
}

impl DomainError {
    /// What the user can do about it.
    pub fn hint(&self) -> Option<String> {
        match self {
            DomainError::BadValue { allowed, .. } => {
                Some(format!("use one of: {}", allowed.join(", ")))
            }
            DomainError::NotADate(_) => {
                Some("write dates as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY".into())
            }
            DomainError::FutureDate { today, .. } => Some(format!(
                "a date cannot be after today ({today}); check it (and SENGKETA_TODAY, if set)"
            )),
            DomainError::DateOrder { .. } => {
                Some("each step's date must be on or after the step before it".into())
            }
            DomainError::Refused { allowed, .. } if allowed.is_empty() => Some(
                "nothing is allowed from this state; `case undo` reverts the latest step".into(),
            ),
            DomainError::Refused { allowed, .. } => {
                Some(format!("allowed from this state: {}", allowed.join(", ")))
            }
            DomainError::BadDecision { via, .. } => Some(format!(
                "a decision via {} has one of the outcomes: {}",
                via.cli_name(),
                via.outcome_names()
            )),
            DomainError::NothingToUndo { .. } => None,
            DomainError::Other(_) => None,
        }
    }
}

/// Folds a public body's name to the key under which two spellings are the same body:
/// lower case, white space trimmed and runs of it folded to one space.
pub fn body_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Trims a name and folds its inner white space, keeping its case as written.
pub fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_reads_both_spellings() {
        assert_eq!(
            Outcome::parse("partly-granted").unwrap(),
            Outcome::PartlyGranted
        );
        assert_eq!(
            Outcome::parse("partly_granted").unwrap(),
            Outcome::PartlyGranted
        );
        assert_eq!(
            ApplicantKind::parse("Legal-Entity").unwrap(),
            ApplicantKind::LegalEntity
        );
        let err = Reason::parse("lazy").unwrap_err();
        assert_eq!(err.to_string(), "'lazy' is not a valid reason");
        assert!(err.hint().unwrap().contains("no-standing"));
    }

    #[test]
    fn decision_pairs_follow_the_table() {
        use Outcome::*;
        let allowed = [
            (Via::Interim, Dismissed),
            (Via::Interim, Lapsed),
            (Via::Mediation, Agreement),
            (Via::Adjudication, Granted),
            (Via::Adjudication, PartlyGranted),
            (Via::Adjudication, Rejected),
            (Via::Adjudication, Dismissed),
            (Via::Adjudication, Lapsed),
        ];
        for via in Via::ALL {
            for outcome in Outcome::ALL {
                let ok = allowed.contains(&(*via, *outcome));
                assert_eq!(via.allows(*outcome), ok, "{via} {outcome}");
            }
        }
    }

    #[test]
    fn body_names_fold_case_and_spaces() {
        assert_eq!(body_key("  Dinas   Pendidikan "), "dinas pendidikan");
        assert_eq!(body_key("DINAS PENDIDIKAN"), body_key("dinas pendidikan"));
        assert_eq!(tidy("  Dinas   Pendidikan "), "Dinas Pendidikan");
    }
}
