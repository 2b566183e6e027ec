//! The case file's flags, shared by `case add` and `case edit`: the parties' contacts,
//! the representative, the case's PPID and superior, and the road to the dispute; and
//! the note `case add` gives on the filing window.

use crate::commands::messages::parse_date as parse_arg;
use crate::domain::case_file::{FileEdit, Filing, FilingStatus, PartiesEdit, PartyField, RoadEdit};
use crate::domain::{Date, Ground};
use crate::error::Result;
use crate::t;

#[derive(Debug, Default, clap::Args)]
pub struct FileArgs {
    /// The applicant's address (personal data: never published)
    #[arg(long, value_name = "TEXT")]
    pub applicant_address: Option<String>,
    /// The applicant's phone (personal data)
    #[arg(long, value_name = "TEXT")]
    pub applicant_phone: Option<String>,
    /// The applicant's email (personal data)
    #[arg(long, value_name = "TEXT")]
    pub applicant_email: Option<String>,
    /// The applicant's representative (kuasa)
    #[arg(long, value_name = "NAME")]
    pub rep_name: Option<String>,
    /// The representative's address
    #[arg(long, value_name = "TEXT")]
    pub rep_address: Option<String>,
    /// The date of the representative's power of attorney
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    pub rep_authorised: Option<Date>,
    /// The PPID's address, for this case (else the body's)
    #[arg(long, value_name = "TEXT")]
    pub ppid_address: Option<String>,
    /// The PPID's superior (atasan PPID), for this case (else the body's)
    #[arg(long, value_name = "NAME")]
    pub superior_name: Option<String>,
    /// The superior's title, for this case (else the body's)
    #[arg(long, value_name = "TEXT")]
    pub superior_title: Option<String>,
    /// The superior's address, for this case (else the body's)
    #[arg(long, value_name = "TEXT")]
    pub superior_address: Option<String>,
    /// The date of the information request to the PPID (Law 14/2008 Art. 21-22)
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    pub requested: Option<Date>,
    /// The date of the PPID's answer
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    pub ppid_answered: Option<Date>,
    /// The date of the objection (keberatan) to the PPID's superior (Art. 35-36)
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    pub objected: Option<Date>,
    /// The date of the superior's written answer (Art. 36(2))
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    pub superior_answered: Option<Date>,
    /// A ground of the objection, Art. 35(1) a-g (repeatable; replaces those recorded)
    #[arg(long, value_name = "GROUND")]
    pub ground: Vec<Ground>,
}

impl FileArgs {
    /// The text flags, by the field they set.
    fn texts(&self) -> [(PartyField, &Option<String>); 9] {
        [
            (PartyField::ApplicantAddress, &self.applicant_address),
            (PartyField::ApplicantPhone, &self.applicant_phone),
            (PartyField::ApplicantEmail, &self.applicant_email),
            (PartyField::RepName, &self.rep_name),
            (PartyField::RepAddress, &self.rep_address),
            (PartyField::PpidAddress, &self.ppid_address),
            (PartyField::SuperiorName, &self.superior_name),
            (PartyField::SuperiorTitle, &self.superior_title),
            (PartyField::SuperiorAddress, &self.superior_address),
        ]
    }

    /// The change the flags give (an empty text clears a field).
    pub fn edit(&self) -> FileEdit {
        FileEdit {
            parties: PartiesEdit {
                text: self
                    .texts()
                    .into_iter()
                    .filter_map(|(f, v)| v.as_ref().map(|v| (f, Some(v.clone()))))
                    .collect(),
                rep_authorised_on: self.rep_authorised,
            },
            road: RoadEdit {
                requested_on: self.requested,
                ppid_answered_on: self.ppid_answered,
                objected_on: self.objected,
                superior_answered_on: self.superior_answered,
                grounds: (!self.ground.is_empty()).then(|| self.ground.clone()),
            },
        }
    }

    /// On a terminal, asks for each field of the file not given; Enter skips it.
    pub fn ask_missing(&mut self) -> Result<()> {
        let texts: [(String, Slot<String>); 5] = [
            (t!("prompt-applicant-address"), |a| &mut a.applicant_address),
            (t!("prompt-applicant-phone"), |a| &mut a.applicant_phone),
            (t!("prompt-applicant-email"), |a| &mut a.applicant_email),
            (t!("prompt-rep-name"), |a| &mut a.rep_name),
            (t!("prompt-rep-address"), |a| &mut a.rep_address),
        ];
        for (q, slot) in texts {
            if slot(self).is_none() {
                *slot(self) = ask_text(&q)?;
            }
        }
        let dates: [(String, Slot<Date>); 4] = [
            (t!("prompt-requested"), |a| &mut a.requested),
            (t!("prompt-ppid-answered"), |a| &mut a.ppid_answered),
            (t!("prompt-objected"), |a| &mut a.objected),
            (t!("prompt-superior-answered"), |a| &mut a.superior_answered),
        ];
        for (q, slot) in dates {
            if slot(self).is_none() {
                *slot(self) = ask_date(&q)?;
            }
        }
        if self.ground.is_empty() {
            while let Some(a) = ask_text(&t!("prompt-grounds"))? {
                let read: std::result::Result<Vec<Ground>, _> = a
                    .split([',', ' '])
                    .filter(|w| !w.is_empty())
                    .map(Ground::parse)
                    .collect();
                match read {
                    Ok(g) => {
                        self.ground = g;
                        break;
                    }
                    Err(e) => crate::errln!("{}", crate::commands::messages::domain_message(&e))?,
                }
            }
        }
        Ok(())
    }
}

/// Where an answer goes among the flags.
type Slot<T> = fn(&mut FileArgs) -> &mut Option<T>;

/// Asks a question; Enter (or the end of input) skips it.
fn ask_text(q: &str) -> Result<Option<String>> {
    let a = crate::commands::prompt::ask(&format!("{q} {}", t!("prompt-enter-skips")))?;
    Ok(a.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()))
}

fn ask_date(q: &str) -> Result<Option<Date>> {
    loop {
        let Some(a) = ask_text(q)? else {
            return Ok(None);
        };
        match Date::parse(&a) {
            Ok(d) => return Ok(Some(d)),
            Err(e) => crate::errln!(
                "{}; {}",
                crate::commands::messages::domain_message(&e),
                t!("hint-date-forms")
            )?,
        }
    }
}

/// The filing window in one line (`case add`'s note, `case show`).
pub fn filing_line(f: &Filing) -> String {
    let window = |f: &Filing| match (f.window_from, f.window_to) {
        (Some(a), Some(b)) => (a.to_string(), b.to_string()),
        _ => (String::new(), String::new()),
    };
    let (from, to) = window(f);
    let basis = if f.answered {
        t!("filing-basis-answered")
    } else {
        t!(
            "filing-basis-unanswered",
            due = f.superior_due.map(|d| d.to_string()).unwrap_or_default()
        )
    };
    let line = match f.status {
        FilingStatus::InTime => t!("filing-in-time", from = from, to = to, basis = basis),
        FilingStatus::Late => t!("filing-late", from = from, to = to, basis = basis),
        FilingStatus::Premature => t!("filing-premature", from = from, to = to, basis = basis),
        FilingStatus::Unknown => t!("filing-unknown"),
    };
    match f.suggest {
        Some(r) => format!("{line}; {}", t!("filing-suggest", reason = r.cli_name())),
        None => line,
    }
}
