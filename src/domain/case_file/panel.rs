//! The commission's people and a case's panel (majelis komisioner, PERKI 1/2013 Art.
//! 1(16)-(17)): an odd number of commissioners, at least three, the chair counted; a
//! mediator and a substitute clerk (panitera pengganti) beside them.

use super::CaseFileError;
use crate::domain::{Date, PersonRole, Seat};

/// A person of the commission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub role: PersonRole,
    /// A clerk's phone is printed on the summons.
    pub phone: Option<String>,
    pub retired_on: Option<Date>,
}

/// A person in a seat of a case's panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seated {
    pub seat: Seat,
    pub person: Person,
}

/// A panel as `case assign` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelPick {
    pub chair: Person,
    pub members: Vec<Person>,
    pub mediator: Option<Person>,
    pub clerk: Option<Person>,
}

impl PanelPick {
    /// The seats in order: chair, members, mediator, clerk.
    pub fn seats(&self) -> Vec<Seated> {
        let mut out = vec![Seated {
            seat: Seat::Chair,
            person: self.chair.clone(),
        }];
        for m in &self.members {
            out.push(Seated {
                seat: Seat::Member,
                person: m.clone(),
            });
        }
        for (seat, p) in [(Seat::Mediator, &self.mediator), (Seat::Clerk, &self.clerk)] {
            if let Some(p) = p {
                out.push(Seated {
                    seat,
                    person: p.clone(),
                });
            }
        }
        out
    }
}

/// Whether a role may take a seat: commissioners sit on the panel (and may mediate), a
/// mediator mediates, a clerk clerks.
pub fn fits(role: PersonRole, seat: Seat) -> bool {
    match seat {
        Seat::Chair | Seat::Member => role == PersonRole::Commissioner,
        Seat::Mediator => matches!(role, PersonRole::Commissioner | PersonRole::Mediator),
        Seat::Clerk => role == PersonRole::Clerk,
    }
}

/// Checks a panel: an odd number of commissioners, at least three (the chair counts), no
/// one twice among them, each fit for the seat, none retired.
pub fn check_panel(p: &PanelPick) -> Result<(), CaseFileError> {
    let size = 1 + p.members.len();
    if size < 3 || size.is_multiple_of(2) {
        return Err(CaseFileError::PanelSize { size });
    }
    let seats = p.seats();
    for (i, s) in seats.iter().enumerate() {
        let on_panel = matches!(s.seat, Seat::Chair | Seat::Member);
        if on_panel
            && seats[..i]
                .iter()
                .any(|o| matches!(o.seat, Seat::Chair | Seat::Member) && o.person.id == s.person.id)
        {
            return Err(CaseFileError::PanelTwice {
                person: s.person.name.clone(),
            });
        }
        if !fits(s.person.role, s.seat) {
            return Err(CaseFileError::SeatRole {
                person: s.person.name.clone(),
                role: s.person.role,
                seat: s.seat,
            });
        }
        if let Some(on) = s.person.retired_on {
            return Err(CaseFileError::Retired {
                person: s.person.name.clone(),
                on,
            });
        }
    }
    Ok(())
}
