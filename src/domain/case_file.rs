//! The case file: what the register holds about a dispute beyond its particulars and its
//! steps: how to reach the parties, the road to the dispute (the request, the objection
//! and their answers, Law 14/2008 Art. 21-22, 35-37) and the filing window it gives, the
//! commission's people and a case's panel, free notes, and the service of each summons.
//! The clerk's papers read it whole, as one [`CaseFile`].

mod filing;
mod message;
mod panel;
#[cfg(test)]
mod tests;
mod undo;

pub use filing::{Filing, FilingStatus, filing};
pub use panel::{PanelPick, Person, Seated, check_panel};
pub use undo::{FileChange, FileUndo, FileWhat, Reverted};

use super::hearing::Hearing;
use super::{ActKind, Seat};
use super::{Attendance, Date, Ground, HearingStatus, Party, ServiceHow, ServiceResult};

/// What a case-file input breaks; the command layer says it in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaseFileError {
    /// Two dates of the road out of order: `later` (a flag) is before `earlier`.
    #[error("{later} {date} is before {earlier} {earlier_date}")]
    RoadOrder {
        later: &'static str,
        date: Date,
        earlier: &'static str,
        earlier_date: Date,
    },
    /// A date of the road after today.
    #[error("{what} {date} lies in the future (today is {today})")]
    RoadFuture {
        what: &'static str,
        date: Date,
        today: Date,
    },
    /// A panel of an even number of commissioners, or fewer than three.
    #[error("a panel of {size} commissioners")]
    PanelSize { size: usize },
    /// The same person in two seats of the panel.
    #[error("{person} sits twice on the panel")]
    PanelTwice { person: String },
    /// A person whose role does not fit the seat.
    #[error("{person} is a {role:?}, not fit for seat {seat:?}")]
    SeatRole {
        person: String,
        role: super::PersonRole,
        seat: Seat,
    },
    /// A retired person named to a seat.
    #[error("{person} retired on {on}")]
    Retired { person: String, on: Date },
    /// No person of that name or number.
    #[error("no person {0}")]
    NoPerson(String),
    /// Two people of that name: the number says which.
    #[error("{0} names several people")]
    AmbiguousPerson(String),
    /// A summons served for a hearing the case does not have.
    #[error("no hearing {no} on {case}")]
    NoHearing { case: String, no: i64 },
    /// A summons served after the hearing's date.
    #[error("served on {on}, after hearing {no} on {hearing_on}")]
    ServedAfter { no: i64, on: Date, hearing_on: Date },
    /// A panel replaced without saying why.
    #[error("the panel of {0} is replaced without a reason")]
    ReplacementWithoutReason(String),
    /// A person's name that another active person already has.
    #[error("{0} is already in the register")]
    PersonExists(String),
}

/// A text field of the parties (each optional), by the flag that sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartyField {
    ApplicantAddress,
    ApplicantPhone,
    ApplicantEmail,
    RepName,
    RepAddress,
    PpidAddress,
    SuperiorName,
    SuperiorTitle,
    SuperiorAddress,
}

impl PartyField {
    pub const ALL: [PartyField; 9] = [
        PartyField::ApplicantAddress,
        PartyField::ApplicantPhone,
        PartyField::ApplicantEmail,
        PartyField::RepName,
        PartyField::RepAddress,
        PartyField::PpidAddress,
        PartyField::SuperiorName,
        PartyField::SuperiorTitle,
        PartyField::SuperiorAddress,
    ];
    /// The respondent's fields: kept on the body, overridable on a case.
    pub const RESPONDENT: [PartyField; 4] = [
        PartyField::PpidAddress,
        PartyField::SuperiorName,
        PartyField::SuperiorTitle,
        PartyField::SuperiorAddress,
    ];

    /// Its column in the register.
    pub const fn column(self) -> &'static str {
        match self {
            PartyField::ApplicantAddress => "applicant_address",
            PartyField::ApplicantPhone => "applicant_phone",
            PartyField::ApplicantEmail => "applicant_email",
            PartyField::RepName => "rep_name",
            PartyField::RepAddress => "rep_address",
            PartyField::PpidAddress => "ppid_address",
            PartyField::SuperiorName => "superior_name",
            PartyField::SuperiorTitle => "superior_title",
            PartyField::SuperiorAddress => "superior_address",
        }
    }

    /// The flag that sets it (`case add`, `case edit`, `body set`).
    pub const fn flag(self) -> &'static str {
        match self {
            PartyField::ApplicantAddress => "--applicant-address",
            PartyField::ApplicantPhone => "--applicant-phone",
            PartyField::ApplicantEmail => "--applicant-email",
            PartyField::RepName => "--rep-name",
            PartyField::RepAddress => "--rep-address",
            PartyField::PpidAddress => "--ppid-address",
            PartyField::SuperiorName => "--superior-name",
            PartyField::SuperiorTitle => "--superior-title",
            PartyField::SuperiorAddress => "--superior-address",
        }
    }
}

/// The parties' particulars beyond the applicant's name and the body: the applicant's
/// contacts, the representative (kuasa), and the respondent's PPID and superior (on a
/// case: its overrides of the body's; in a [`CaseFile`]: with the body's filled in).
/// Personal data: no recap, report or published output carries them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parties {
    pub applicant_address: Option<String>,
    pub applicant_phone: Option<String>,
    pub applicant_email: Option<String>,
    pub rep_name: Option<String>,
    pub rep_address: Option<String>,
    /// The date of the representative's power of attorney (surat kuasa).
    pub rep_authorised_on: Option<Date>,
    pub ppid_address: Option<String>,
    pub superior_name: Option<String>,
    pub superior_title: Option<String>,
    pub superior_address: Option<String>,
}

impl Parties {
    pub fn get(&self, f: PartyField) -> Option<&str> {
        self.slot(f).as_deref()
    }

    fn slot(&self, f: PartyField) -> &Option<String> {
        match f {
            PartyField::ApplicantAddress => &self.applicant_address,
            PartyField::ApplicantPhone => &self.applicant_phone,
            PartyField::ApplicantEmail => &self.applicant_email,
            PartyField::RepName => &self.rep_name,
            PartyField::RepAddress => &self.rep_address,
            PartyField::PpidAddress => &self.ppid_address,
            PartyField::SuperiorName => &self.superior_name,
            PartyField::SuperiorTitle => &self.superior_title,
            PartyField::SuperiorAddress => &self.superior_address,
        }
    }

    /// Sets a field; an empty (or blank) value clears it.
    pub fn set(&mut self, f: PartyField, v: Option<String>) {
        let v = v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let slot = match f {
            PartyField::ApplicantAddress => &mut self.applicant_address,
            PartyField::ApplicantPhone => &mut self.applicant_phone,
            PartyField::ApplicantEmail => &mut self.applicant_email,
            PartyField::RepName => &mut self.rep_name,
            PartyField::RepAddress => &mut self.rep_address,
            PartyField::PpidAddress => &mut self.ppid_address,
            PartyField::SuperiorName => &mut self.superior_name,
            PartyField::SuperiorTitle => &mut self.superior_title,
            PartyField::SuperiorAddress => &mut self.superior_address,
        };
        *slot = v;
    }

    /// Whether nothing is recorded.
    pub fn is_empty(&self) -> bool {
        self.rep_authorised_on.is_none() && PartyField::ALL.iter().all(|f| self.get(*f).is_none())
    }

    /// These parties with the respondent's fields not set here taken from `body`.
    pub fn over(mut self, body: &Parties) -> Parties {
        for f in PartyField::RESPONDENT {
            if self.get(f).is_none() {
                self.set(f, body.get(f).map(str::to_string));
            }
        }
        self
    }
}

/// A change of the parties: each field given (`Some(None)`: cleared).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartiesEdit {
    pub text: Vec<(PartyField, Option<String>)>,
    pub rep_authorised_on: Option<Date>,
}

impl PartiesEdit {
    pub fn is_empty(&self) -> bool {
        self.text.is_empty() && self.rep_authorised_on.is_none()
    }

    /// `old` with this change made.
    pub fn applied(&self, old: &Parties) -> Parties {
        let mut p = old.clone();
        for (f, v) in &self.text {
            p.set(*f, v.clone());
        }
        if let Some(d) = self.rep_authorised_on {
            p.rep_authorised_on = Some(d);
        }
        p
    }
}

/// The road to the dispute: the dates of the information request, the PPID's answer, the
/// objection (keberatan) and the superior's answer, and the objection's grounds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Road {
    pub requested_on: Option<Date>,
    pub ppid_answered_on: Option<Date>,
    pub objected_on: Option<Date>,
    pub superior_answered_on: Option<Date>,
    /// Art. 35(1) (a)-(g), in order, without repeats.
    pub grounds: Vec<Ground>,
}

/// A change of the road: each date given replaces the one recorded; grounds given
/// replace the grounds recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoadEdit {
    pub requested_on: Option<Date>,
    pub ppid_answered_on: Option<Date>,
    pub objected_on: Option<Date>,
    pub superior_answered_on: Option<Date>,
    pub grounds: Option<Vec<Ground>>,
}

impl RoadEdit {
    pub fn is_empty(&self) -> bool {
        *self == RoadEdit::default()
    }

    /// `old` with this change made, checked: dates in order and none after `today`.
    pub fn applied(&self, old: &Road, today: Date) -> Result<Road, CaseFileError> {
        let mut grounds = self.grounds.clone().unwrap_or_else(|| old.grounds.clone());
        grounds.sort();
        grounds.dedup();
        let road = Road {
            requested_on: self.requested_on.or(old.requested_on),
            ppid_answered_on: self.ppid_answered_on.or(old.ppid_answered_on),
            objected_on: self.objected_on.or(old.objected_on),
            superior_answered_on: self.superior_answered_on.or(old.superior_answered_on),
            grounds,
        };
        road.check(today)?;
        Ok(road)
    }
}

impl Road {
    pub fn is_empty(&self) -> bool {
        *self == Road::default()
    }

    /// The dates by their flags, in the road's order.
    pub fn dates(&self) -> [(&'static str, Option<Date>); 4] {
        [
            ("--requested", self.requested_on),
            ("--ppid-answered", self.ppid_answered_on),
            ("--objected", self.objected_on),
            ("--superior-answered", self.superior_answered_on),
        ]
    }

    /// Each answer on or after what it answers, the objection on or after the request;
    /// none after `today`.
    pub fn check(&self, today: Date) -> Result<(), CaseFileError> {
        for (what, d) in self.dates() {
            if let Some(date) = d.filter(|d| *d > today) {
                return Err(CaseFileError::RoadFuture { what, date, today });
            }
        }
        let [req, ppid, obj, sup] = self.dates();
        for (later, earlier) in [(ppid, req), (obj, req), (sup, obj)] {
            if let ((l, Some(date)), (e, Some(earlier_date))) = (later, earlier)
                && date < earlier_date
            {
                return Err(CaseFileError::RoadOrder {
                    later: l,
                    date,
                    earlier: e,
                    earlier_date,
                });
            }
        }
        Ok(())
    }
}

/// A note on a case, with who wrote it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub actor: String,
    pub recorded_at: String,
}

/// The service of a hearing's summons to a party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    pub hearing_no: i64,
    pub party: Party,
    pub on: Date,
    pub how: ServiceHow,
    pub result: ServiceResult,
    pub actor: String,
    pub recorded_at: String,
}

/// An act that changed the case file, for the case's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileAct {
    pub act_id: i64,
    pub kind: ActKind,
    pub actor: String,
    pub recorded_at: String,
    pub note: Option<String>,
}

/// Everything the register holds about a case for its papers, as one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFile {
    /// The parties, the respondent's fields the case's overrides over the body's.
    pub parties: Parties,
    /// The case's own overrides only (what `case edit` set).
    pub case_parties: Parties,
    /// The body's PPID and superior (`body set`).
    pub body_parties: Parties,
    pub road: Road,
    /// The panel as last assigned, seat by seat (chair, members, mediator, clerk).
    pub panel: Vec<Seated>,
    /// Why the panel was last changed (a replacement's reason).
    pub panel_reason: Option<String>,
    pub notes: Vec<Note>,
    /// Every service recorded, oldest first.
    pub services: Vec<Service>,
    /// The acts that changed the case file, oldest first.
    pub history: Vec<FileAct>,
    /// The changes of the file `case undo` reverted, oldest first.
    pub undone: Vec<FileUndo>,
}

impl CaseFile {
    /// Whether the register holds anything of this case's file (the body's addresses
    /// aside): outputs of cases without one stay as they were.
    pub fn is_empty(&self) -> bool {
        self.case_parties.is_empty()
            && self.road.is_empty()
            && self.panel.is_empty()
            && self.notes.is_empty()
            && self.services.is_empty()
    }

    /// The person in a seat (the first, for members).
    pub fn seat(&self, seat: Seat) -> Option<&Person> {
        self.panel
            .iter()
            .find(|s| s.seat == seat)
            .map(|s| &s.person)
    }

    /// The services of a hearing's summons to a party, oldest first.
    pub fn services_of(&self, hearing_no: i64, party: Party) -> impl Iterator<Item = &Service> {
        self.services
            .iter()
            .filter(move |s| s.hearing_no == hearing_no && s.party == party)
    }
}

/// An absence of the applicant that counts toward lapse, and the service it rests on
/// (`None`: the case has no service recorded, and every absence counts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedAbsence<'a> {
    pub hearing_no: i64,
    pub service: Option<&'a Service>,
}

/// The absences toward lapse (gugur, PERKI 1/2013 Art. 30): the applicant absent,
/// unrepresented, from a hearing held, to which they were properly summoned. With no
/// service recorded on the case at all, every such absence counts (as registers kept
/// before services were recorded); once the case has one, only an absence from a hearing
/// whose summons to the applicant was delivered on or before its date counts (the latest
/// service of that summons decides). `Some` with two or more absences.
pub fn lapse<'a>(hearings: &[Hearing], services: &'a [Service]) -> Option<Vec<CountedAbsence<'a>>> {
    let counted = counted_absences(hearings, services);
    (counted.len() >= 2).then_some(counted)
}

/// Every absence that counts toward lapse so far, as [`lapse`] counts them, however many.
pub fn counted_absences<'a>(
    hearings: &[Hearing],
    services: &'a [Service],
) -> Vec<CountedAbsence<'a>> {
    let any_service = !services.is_empty();
    hearings
        .iter()
        .filter(|h| h.status == HearingStatus::Held && h.applicant == Some(Attendance::Absent))
        .filter_map(|h| {
            if !any_service {
                return Some(CountedAbsence {
                    hearing_no: h.no,
                    service: None,
                });
            }
            let last = services
                .iter()
                .rfind(|s| s.hearing_no == h.no && s.party == Party::Applicant && s.on <= h.on)?;
            (last.result == ServiceResult::Delivered).then_some(CountedAbsence {
                hearing_no: h.no,
                service: Some(last),
            })
        })
        .collect()
}

/// A change of a case's file as `case add` and `case edit` give it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileEdit {
    pub parties: PartiesEdit,
    pub road: RoadEdit,
}

impl FileEdit {
    pub fn is_empty(&self) -> bool {
        self.parties.is_empty() && self.road.is_empty()
    }
}
