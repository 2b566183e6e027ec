//! The register's settings: each key, what it is for, its default, and the values it
//! takes when it is a choice (the schema's CHECKs are written from this list).

use crate::domain::register_no::DEFAULT_TEMPLATE;

/// A register-wide setting kept in the register itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    pub key: &'static str,
    pub about: &'static str,
    /// The value it has while none is set.
    pub default: Option<&'static str>,
    /// The only values it takes, when it is a choice (the schema CHECKs them too).
    pub values: &'static [&'static str],
}

/// The register's settings.
pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "commission-code",
        about: "the commission's code in register numbers, e.g. JBI",
        default: None,
        values: &[],
    },
    Setting {
        key: "register-template",
        about: "the register-number template",
        default: Some(DEFAULT_TEMPLATE),
        values: &[],
    },
    Setting {
        key: COLLECTIVE_LEAVE,
        about: "whether collective leave (cuti bersama) is a working day",
        // Government offices close on cuti bersama; a commission may say otherwise.
        default: Some("non-working"),
        values: &["non-working", "working"],
    },
    // The letterhead and the signatures of the clerk's papers (`sengketa doc`).
    Setting {
        key: "commission-name",
        about: "the commission's full name, on the letterhead",
        default: None,
        values: &[],
    },
    Setting {
        key: "commission-address",
        about: "the commission's address, on the letterhead and in summons",
        default: None,
        values: &[],
    },
    Setting {
        key: "commission-phone",
        about: "the commission's phone number, on the letterhead",
        default: None,
        values: &[],
    },
    Setting {
        key: "commission-email",
        about: "the commission's email address, on the letterhead",
        default: None,
        values: &[],
    },
    Setting {
        key: "commission-city",
        about: "the city where papers are signed",
        default: None,
        values: &[],
    },
    Setting {
        key: "commission-logo",
        about: "a PNG or JPEG file embedded in the letterhead",
        default: None,
        values: &[],
    },
    Setting {
        key: "chair-name",
        about: "the commission's chair",
        default: None,
        values: &[],
    },
    Setting {
        key: "head-clerk-name",
        about: "the head clerk (panitera), who signs letters",
        default: None,
        values: &[],
    },
    Setting {
        key: "timezone",
        about: "the time zone hearings are held in: WIB, WITA or WIT",
        default: Some("WIB"),
        values: &["WIB", "WITA", "WIT"],
    },
    Setting {
        key: HEARING_MINUTES,
        about: "how long a hearing lasts, in minutes, when hearings are checked for clashes",
        default: Some("120"),
        values: &[],
    },
    Setting {
        key: LETTER_NUMBER_FORMAT,
        about: "the template of outgoing letters' numbers",
        default: Some(DEFAULT_LETTER_TEMPLATE),
        values: &[],
    },
    // The public docket (`sengketa publish`): how applicants are named there, and where
    // the clerk keeps the decisions' files to publish.
    Setting {
        key: PUBLISH_APPLICANT,
        about: "how `publish` names applicants: pseudonym, initials or name",
        // Personal data stays out of a public site unless the commission says otherwise.
        default: Some("pseudonym"),
        values: &["pseudonym", "initials", "name"],
    },
    // What Art. 38's 14 and 100 working days count from: some commissions count them
    // from the akta registrasi, others from receipt (`domain::intake::DeadlineBasis`).
    Setting {
        key: DEADLINE_BASIS,
        about: "what the 14 and 100 working days count from: receipt or registration",
        default: Some("receipt"),
        values: &crate::domain::intake::DeadlineBasis::VALUES,
    },
    // When a case gets its register number: some commissions number a filing when it is
    // received, others only when it is registered (`domain::register_no::NumberAt`).
    Setting {
        key: REGISTER_NUMBER_AT,
        about: "when a case gets its register number: at receipt or at registration",
        default: Some("receipt"),
        values: &crate::domain::register_no::NumberAt::VALUES,
    },
    Setting {
        key: PUBLISH_DECISIONS_DIR,
        about: "the folder of decision files `publish` copies, each named after its register number",
        default: None,
        values: &[],
    },
];

/// The setting that says what Art. 38's deadlines count from.
pub const DEADLINE_BASIS: &str = "deadline-basis";
/// The setting that says when a case gets its register number.
pub const REGISTER_NUMBER_AT: &str = "register-number-at";

/// The setting that says how the public docket names applicants.
pub const PUBLISH_APPLICANT: &str = "publish-applicant";
/// The setting that names the folder of decision files the public docket links to.
pub const PUBLISH_DECISIONS_DIR: &str = "publish-decisions-dir";

/// The setting that holds the outgoing letters' number template.
pub const LETTER_NUMBER_FORMAT: &str = "letter-number-format";
/// Outgoing letters' numbers: `001/PAN/KI-JBI/I/2026`.
pub const DEFAULT_LETTER_TEMPLATE: &str = "{serial:03}/PAN/KI-{code}/{month:roman}/{year}";

/// The setting that says how long a hearing lasts (minutes), for the clashes.
pub const HEARING_MINUTES: &str = "hearing-minutes";

/// The setting that says whether collective leave days are working days.
pub const COLLECTIVE_LEAVE: &str = "collective-leave";

/// The setting named `key`, if there is one.
pub fn setting_named(key: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.key == key)
}
