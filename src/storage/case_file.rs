//! The case file in the register: the parties' contacts, the road to the dispute, the
//! commission's people and each case's panel, notes and the service of summons
//! (`domain::case_file`). Every table is append-only and written by the act that
//! changes it; a state's latest row is the current one. [`Register::case_file`] reads a
//! case's whole file as one value, for `case show` and the papers.

mod write;

use super::rows::word;
use super::{Register, db};
use crate::domain::case::CaseRecord;
use crate::domain::case_file::{
    CaseFile, CaseFileError, FileAct, Note, Parties, PartyField, Person, Road, Seated, Service,
};
use crate::domain::{ActKind, Ground, Party, PersonRole, Seat, ServiceHow, ServiceResult};
use crate::error::Result;
use rusqlite::{Connection, OptionalExtension, Row};

pub(crate) use write::write_file;

/// The case file's tables, each with an `act_id` (the hash chain covers them; the schema
/// makes them append-only).
pub const TABLES: &[&str] = &[
    "case_parties",
    "body_parties",
    "case_road",
    "case_grounds",
    "people",
    "person_changes",
    "panels",
    "panel_seats",
    "case_notes",
    "summons_service",
    "case_file_undos",
];

/// The rows of a case's file still in force: those of acts no undo struck
/// (`case_file_undos`), for a query whose `?1` is the case's id.
pub(crate) const LIVE: &str =
    "act_id NOT IN (SELECT undone FROM case_file_undos WHERE case_id = ?1)";

/// The columns of the parties, in `PartyField` order, then the power of attorney's date.
fn party_columns(fields: &[PartyField]) -> String {
    fields
        .iter()
        .map(|f| f.column())
        .collect::<Vec<_>>()
        .join(", ")
}

fn parties_from(r: &Row, fields: &[PartyField], with_date: bool) -> rusqlite::Result<Parties> {
    let mut p = Parties::default();
    for (i, f) in fields.iter().enumerate() {
        p.set(*f, r.get(i)?);
    }
    if with_date {
        p.rep_authorised_on = r.get(fields.len())?;
    }
    Ok(p)
}

/// A case's parties as last recorded (its own overrides of the body's included).
pub(crate) fn case_parties(conn: &Connection, case_id: i64) -> Result<Parties> {
    let sql = format!(
        "SELECT {}, rep_authorised_on FROM case_parties WHERE case_id = ?1 AND {LIVE}
         ORDER BY act_id DESC LIMIT 1",
        party_columns(&PartyField::ALL)
    );
    Ok(conn
        .query_row(&sql, [case_id], |r| parties_from(r, &PartyField::ALL, true))
        .optional()
        .map_err(db)?
        .unwrap_or_default())
}

/// A body's PPID and superior as last recorded.
pub(crate) fn body_parties(conn: &Connection, body_id: i64) -> Result<Parties> {
    let sql = format!(
        "SELECT {} FROM body_parties WHERE body_id = ?1 ORDER BY act_id DESC LIMIT 1",
        party_columns(&PartyField::RESPONDENT)
    );
    Ok(conn
        .query_row(&sql, [body_id], |r| {
            parties_from(r, &PartyField::RESPONDENT, false)
        })
        .optional()
        .map_err(db)?
        .unwrap_or_default())
}

/// A case's road as last recorded, with its grounds.
pub(crate) fn road(conn: &Connection, case_id: i64) -> Result<Road> {
    let row = conn
        .query_row(
            &format!(
                "SELECT act_id, requested_on, ppid_answered_on, objected_on, superior_answered_on
                 FROM case_road WHERE case_id = ?1 AND {LIVE} ORDER BY act_id DESC LIMIT 1"
            ),
            [case_id],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    Road {
                        requested_on: r.get(1)?,
                        ppid_answered_on: r.get(2)?,
                        objected_on: r.get(3)?,
                        superior_answered_on: r.get(4)?,
                        grounds: Vec::new(),
                    },
                ))
            },
        )
        .optional()
        .map_err(db)?;
    let Some((act, mut road)) = row else {
        return Ok(Road::default());
    };
    let mut st = conn
        .prepare_cached(
            "SELECT ground FROM case_grounds WHERE case_id = ?1 AND act_id = ?2 ORDER BY ground",
        )
        .map_err(db)?;
    road.grounds = st
        .query_map([case_id, act], |r| word(r, 0, Ground::parse))
        .and_then(Iterator::collect)
        .map_err(db)?;
    Ok(road)
}

/// The person's latest state.
const PERSON: &str = "SELECT p.id, c.name, c.role, c.phone, c.retired_on FROM people p
    JOIN person_changes c ON c.person_id = p.id
    AND c.act_id = (SELECT max(act_id) FROM person_changes WHERE person_id = p.id)";

fn person_from(r: &Row) -> rusqlite::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        name: r.get(1)?,
        role: word(r, 2, PersonRole::parse)?,
        phone: r.get(3)?,
        retired_on: r.get(4)?,
    })
}

/// Every person of the commission, in the order added.
pub(crate) fn people(conn: &Connection) -> Result<Vec<Person>> {
    let mut st = conn
        .prepare(&format!("{PERSON} ORDER BY p.id"))
        .map_err(db)?;
    st.query_map([], person_from)
        .and_then(Iterator::collect)
        .map_err(db)
}

/// A person by number or by name (up to case); a name several people share is refused.
pub(crate) fn find_person(conn: &Connection, who: &str) -> Result<Person> {
    let all = people(conn)?;
    if let Ok(id) = who.trim().parse::<i64>()
        && let Some(p) = all.iter().find(|p| p.id == id)
    {
        return Ok(p.clone());
    }
    let key = crate::domain::body_key(who);
    let found: Vec<&Person> = all
        .iter()
        .filter(|p| crate::domain::body_key(&p.name) == key)
        .collect();
    match found[..] {
        [one] => Ok(one.clone()),
        [] => Err(CaseFileError::NoPerson(who.to_string()).into()),
        _ => Err(CaseFileError::AmbiguousPerson(who.to_string()).into()),
    }
}

/// A case's panel as last assigned, and the reason given with it.
fn panel(conn: &Connection, case_id: i64) -> Result<(Vec<Seated>, Option<String>)> {
    let last: Option<(i64, Option<String>)> = conn
        .query_row(
            &format!(
                "SELECT act_id, reason FROM panels WHERE case_id = ?1 AND {LIVE}
                 ORDER BY act_id DESC LIMIT 1"
            ),
            [case_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(db)?;
    let Some((act, reason)) = last else {
        return Ok((Vec::new(), None));
    };
    let all = people(conn)?;
    let mut st = conn
        .prepare(
            "SELECT seat, person_id FROM panel_seats WHERE case_id = ?1 AND act_id = ?2
             ORDER BY CASE seat WHEN 'chair' THEN 0 WHEN 'member' THEN 1
                               WHEN 'mediator' THEN 2 ELSE 3 END, person_id",
        )
        .map_err(db)?;
    let seats: Vec<(Seat, i64)> = st
        .query_map([case_id, act], |r| {
            Ok((word(r, 0, Seat::parse)?, r.get(1)?))
        })
        .and_then(Iterator::collect)
        .map_err(db)?;
    let seated = seats
        .into_iter()
        .filter_map(|(seat, id)| {
            all.iter().find(|p| p.id == id).map(|p| Seated {
                seat,
                person: p.clone(),
            })
        })
        .collect();
    Ok((seated, reason))
}

fn notes(conn: &Connection, case_id: i64) -> Result<Vec<Note>> {
    let mut st = conn
        .prepare(&format!(
            "SELECT n.text, a.actor, a.recorded_at FROM case_notes n JOIN acts a ON a.id = n.act_id
             WHERE n.case_id = ?1 AND n.{LIVE} ORDER BY n.act_id"
        ))
        .map_err(db)?;
    st.query_map([case_id], |r| {
        Ok(Note {
            text: r.get(0)?,
            actor: r.get(1)?,
            recorded_at: r.get(2)?,
        })
    })
    .and_then(Iterator::collect)
    .map_err(db)
}

/// The services of a case's summons, oldest first.
pub(crate) fn services(conn: &Connection, case_id: i64) -> Result<Vec<Service>> {
    let mut st = conn
        .prepare_cached(&format!(
            "SELECT s.hearing_no, s.party, s.on_date, s.how, s.result, a.actor, a.recorded_at
             FROM summons_service s JOIN acts a ON a.id = s.act_id
             WHERE s.case_id = ?1 AND s.{LIVE} ORDER BY s.on_date, s.act_id"
        ))
        .map_err(db)?;
    st.query_map([case_id], |r| {
        Ok(Service {
            hearing_no: r.get(0)?,
            party: word(r, 1, Party::parse)?,
            on: r.get(2)?,
            how: word(r, 3, ServiceHow::parse)?,
            result: word(r, 4, ServiceResult::parse)?,
            actor: r.get(5)?,
            recorded_at: r.get(6)?,
        })
    })
    .and_then(Iterator::collect)
    .map_err(db)
}

/// The acts that changed a case's file, oldest first.
fn history(conn: &Connection, case_id: i64) -> Result<Vec<FileAct>> {
    let mut st = conn
        .prepare(
            "SELECT a.id, a.command, a.actor, a.recorded_at, a.note FROM acts a WHERE a.id IN (
                 SELECT act_id FROM case_parties WHERE case_id = ?1
                 UNION SELECT act_id FROM case_road WHERE case_id = ?1
                 UNION SELECT act_id FROM panels WHERE case_id = ?1
                 UNION SELECT act_id FROM case_notes WHERE case_id = ?1
                 UNION SELECT act_id FROM summons_service WHERE case_id = ?1
                 UNION SELECT act_id FROM case_file_undos WHERE case_id = ?1)
             ORDER BY a.id",
        )
        .map_err(db)?;
    st.query_map([case_id], |r| {
        Ok(FileAct {
            act_id: r.get(0)?,
            kind: word(r, 1, ActKind::parse)?,
            actor: r.get(2)?,
            recorded_at: r.get(3)?,
            note: r.get(4)?,
        })
    })
    .and_then(Iterator::collect)
    .map_err(db)
}

/// A case's whole file, read in one go.
pub(crate) fn case_file_in(conn: &Connection, case: &CaseRecord) -> Result<CaseFile> {
    let body_id: i64 = conn
        .query_row("SELECT body_id FROM cases WHERE id = ?1", [case.id], |r| {
            r.get(0)
        })
        .map_err(db)?;
    let case_parties = case_parties(conn, case.id)?;
    let body_parties = body_parties(conn, body_id)?;
    let (panel, panel_reason) = panel(conn, case.id)?;
    Ok(CaseFile {
        parties: case_parties.clone().over(&body_parties),
        case_parties,
        body_parties,
        road: road(conn, case.id)?,
        panel,
        panel_reason,
        notes: notes(conn, case.id)?,
        services: services(conn, case.id)?,
        history: history(conn, case.id)?,
        undone: super::undo::undone(conn, case.id)?,
    })
}

impl Register {
    /// Everything the register holds about a case for its papers: the parties (the
    /// body's PPID and superior with the case's overrides applied), the road to the
    /// dispute, the panel with names, roles and phones, the notes, every service of a
    /// summons, and the acts that changed them.
    pub fn case_file(&self, case: &CaseRecord) -> Result<CaseFile> {
        case_file_in(&self.conn, case)
    }

    /// The commission's people, in the order added.
    pub fn people(&self) -> Result<Vec<Person>> {
        people(&self.conn)
    }

    /// A body's PPID and superior, by the body's name or alias.
    pub fn body_parties(&self, body: &str) -> Result<(String, Parties)> {
        let id = super::bodies::resolve(&self.conn, body)?;
        Ok((
            super::writes::body_name(&self.conn, id)?,
            body_parties(&self.conn, id)?,
        ))
    }
}
