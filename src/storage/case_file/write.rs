//! The case file's writes: each in one transaction, under its own act (or the act of the
//! `case add` or `case edit` it belongs to), sealed into the hash chain on commit.

use super::{LIVE, body_parties, case_parties, find_person, people, road};
use crate::domain::case::{CaseRecord, Stamp};
use crate::domain::case_file::{
    CaseFileError, FileEdit, PanelPick, Parties, PartiesEdit, PartyField, Person, check_panel,
};
use crate::domain::hearing::Hearing;
use crate::domain::register_no::CaseRef;
use crate::domain::{ActKind, Date, Party, PersonRole, ServiceHow, ServiceResult};
use crate::error::Result;
use crate::storage::rows::find_in;
use crate::storage::writes::insert_act;
use crate::storage::{Register, WRITE, db};
use rusqlite::{Connection, ToSql, params};

/// Writes what `file` changes of a case's file under act `act`: a new state of the parties
/// and of the road where they change. Returns whether anything changed.
pub(crate) fn write_file(
    conn: &Connection,
    case_id: i64,
    act: i64,
    file: &FileEdit,
    today: Date,
) -> Result<bool> {
    let mut changed = false;
    if !file.parties.is_empty() {
        let old = case_parties(conn, case_id)?;
        let new = file.parties.applied(&old);
        if new != old {
            insert_parties(conn, "case_parties", "case_id", case_id, act, &new, true)?;
            changed = true;
        }
    }
    if !file.road.is_empty() {
        let old = road(conn, case_id)?;
        let new = file.road.applied(&old, today)?;
        if new != old {
            conn.execute(
                "INSERT INTO case_road (case_id, act_id, requested_on, ppid_answered_on,
                 objected_on, superior_answered_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    case_id,
                    act,
                    new.requested_on,
                    new.ppid_answered_on,
                    new.objected_on,
                    new.superior_answered_on
                ],
            )
            .map_err(db)?;
            for g in &new.grounds {
                conn.execute(
                    "INSERT INTO case_grounds (case_id, act_id, ground) VALUES (?1, ?2, ?3)",
                    params![case_id, act, g.as_str()],
                )
                .map_err(db)?;
            }
            changed = true;
        }
    }
    Ok(changed)
}

fn insert_parties(
    conn: &Connection,
    table: &str,
    key: &str,
    id: i64,
    act: i64,
    p: &Parties,
    all: bool,
) -> Result<()> {
    let fields: &[PartyField] = if all {
        &PartyField::ALL
    } else {
        &PartyField::RESPONDENT
    };
    for f in fields {
        if let Some(v) = p.get(*f) {
            crate::domain::error::TextField::Subject.check(v)?;
        }
    }
    let mut cols = vec![key.to_string(), "act_id".to_string()];
    cols.extend(fields.iter().map(|f| f.column().to_string()));
    let mut values: Vec<Box<dyn ToSql>> = vec![Box::new(id), Box::new(act)];
    values.extend(
        fields
            .iter()
            .map(|f| Box::new(p.get(*f).map(str::to_string)) as Box<dyn ToSql>),
    );
    if all {
        cols.push("rep_authorised_on".into());
        values.push(Box::new(p.rep_authorised_on));
    }
    let marks = (1..=cols.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    conn.execute(
        &format!("INSERT INTO {table} ({}) VALUES ({marks})", cols.join(", ")),
        rusqlite::params_from_iter(values.iter().map(|b| b.as_ref())),
    )
    .map_err(db)?;
    Ok(())
}

fn insert_person(conn: &Connection, act: i64, p: &Person) -> Result<()> {
    crate::domain::error::TextField::Applicant.check(&p.name)?;
    if let Some(ph) = &p.phone {
        crate::domain::error::TextField::Subject.check(ph)?;
    }
    conn.execute(
        "INSERT INTO person_changes (person_id, act_id, name, role, phone, retired_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            p.id,
            act,
            p.name.trim(),
            p.role.as_str(),
            p.phone,
            p.retired_on
        ],
    )
    .map_err(db)?;
    Ok(())
}

impl Register {
    /// Sets a body's PPID and superior (each field given; an empty value clears it).
    /// Returns the body's name, or `None` when nothing changed.
    pub fn body_set_parties(
        &mut self,
        body: &str,
        edit: &PartiesEdit,
        stamp: &Stamp,
    ) -> Result<(String, bool)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let id = crate::storage::bodies::resolve(&tx, body)?;
        let name = crate::storage::writes::body_name(&tx, id)?;
        let old = body_parties(&tx, id)?;
        let new = edit.applied(&old);
        if new == old {
            return Ok((name, false));
        }
        let act = insert_act(&tx, stamp, ActKind::BodyContacts, stamp.note.as_deref())?;
        insert_parties(&tx, "body_parties", "body_id", id, act, &new, false)?;
        crate::storage::chain::commit(tx)?;
        Ok((name, true))
    }

    /// Changes a case's file (`case edit` without particulars). Returns the case, and
    /// whether anything changed.
    pub fn edit_file(
        &mut self,
        r: &CaseRef,
        file: &FileEdit,
        today: Date,
        stamp: &Stamp,
    ) -> Result<(CaseRecord, bool)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        crate::storage::cases::not_void(&case)?;
        let act = insert_act(&tx, stamp, ActKind::Edit, stamp.note.as_deref())?;
        if !write_file(&tx, case.id, act, file, today)? {
            return Ok((case, false));
        }
        crate::storage::chain::commit(tx)?;
        Ok((case, true))
    }

    /// Adds a person of the commission.
    pub fn person_add(
        &mut self,
        name: &str,
        role: PersonRole,
        phone: Option<String>,
        stamp: &Stamp,
    ) -> Result<Person> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let key = crate::domain::body_key(name);
        if people(&tx)?
            .iter()
            .any(|p| p.retired_on.is_none() && crate::domain::body_key(&p.name) == key)
        {
            return Err(CaseFileError::PersonExists(name.trim().to_string()).into());
        }
        let act = insert_act(&tx, stamp, ActKind::PersonAdd, stamp.note.as_deref())?;
        tx.execute("INSERT INTO people (act_id) VALUES (?1)", [act])
            .map_err(db)?;
        let p = Person {
            id: tx.last_insert_rowid(),
            name: name.trim().to_string(),
            role,
            phone: phone
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            retired_on: None,
        };
        insert_person(&tx, act, &p)?;
        crate::storage::chain::commit(tx)?;
        Ok(p)
    }

    /// Corrects a person (name, role, phone) or retires one (`retire`: the date). Returns
    /// the person as they stand after.
    pub fn person_change(
        &mut self,
        who: &str,
        change: impl FnOnce(&mut Person),
        kind: ActKind,
        stamp: &Stamp,
    ) -> Result<(Person, bool)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let old = find_person(&tx, who)?;
        let mut p = old.clone();
        change(&mut p);
        p.phone = p
            .phone
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        if p == old {
            return Ok((p, false));
        }
        let act = insert_act(&tx, stamp, kind, stamp.note.as_deref())?;
        insert_person(&tx, act, &p)?;
        crate::storage::chain::commit(tx)?;
        Ok((p, true))
    }

    /// Assigns a case's panel; a panel already assigned is replaced only with a reason.
    /// Returns the case and whether a panel was replaced.
    pub fn assign(
        &mut self,
        r: &CaseRef,
        seats: (&str, &[String], Option<&str>, Option<&str>),
        reason: Option<&str>,
        stamp: &Stamp,
    ) -> Result<(CaseRecord, bool)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        crate::storage::cases::not_void(&case)?;
        let (chair, members, mediator, clerk) = seats;
        let pick = PanelPick {
            chair: find_person(&tx, chair)?,
            members: members
                .iter()
                .map(|m| find_person(&tx, m))
                .collect::<Result<_>>()?,
            mediator: mediator.map(|m| find_person(&tx, m)).transpose()?,
            clerk: clerk.map(|m| find_person(&tx, m)).transpose()?,
        };
        check_panel(&pick)?;
        let replaced: bool = tx
            .query_row(
                &format!("SELECT EXISTS (SELECT 1 FROM panels WHERE case_id = ?1 AND {LIVE})"),
                [case.id],
                |r| r.get(0),
            )
            .map_err(db)?;
        let reason = reason.map(str::trim).filter(|s| !s.is_empty());
        if replaced && reason.is_none() {
            return Err(CaseFileError::ReplacementWithoutReason(case.register_no).into());
        }
        if let Some(r) = reason {
            crate::domain::error::TextField::Note.check(r)?;
        }
        let act = insert_act(&tx, stamp, ActKind::CaseAssign, stamp.note.as_deref())?;
        tx.execute(
            "INSERT INTO panels (case_id, act_id, reason) VALUES (?1, ?2, ?3)",
            params![case.id, act, reason],
        )
        .map_err(db)?;
        for s in pick.seats() {
            tx.execute(
                "INSERT OR IGNORE INTO panel_seats (case_id, act_id, seat, person_id)
                 VALUES (?1, ?2, ?3, ?4)",
                params![case.id, act, s.seat.as_str(), s.person.id],
            )
            .map_err(db)?;
        }
        crate::storage::chain::commit(tx)?;
        Ok((case, replaced))
    }

    /// Records a free note on a case.
    pub fn note(&mut self, r: &CaseRef, text: &str, stamp: &Stamp) -> Result<CaseRecord> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        crate::domain::error::TextField::Note.check(text)?;
        if text.trim().is_empty() {
            return Err(
                crate::domain::DomainError::Empty(crate::domain::error::TextField::Note).into(),
            );
        }
        let act = insert_act(&tx, stamp, ActKind::CaseNote, None)?;
        tx.execute(
            "INSERT INTO case_notes (case_id, act_id, text) VALUES (?1, ?2, ?3)",
            params![case.id, act, text.trim()],
        )
        .map_err(db)?;
        crate::storage::chain::commit(tx)?;
        Ok(case)
    }

    /// Records the service of hearing `no`'s summons to a party: on or before the
    /// hearing's date, of a hearing the case has.
    #[allow(clippy::too_many_arguments)]
    pub fn served(
        &mut self,
        r: &CaseRef,
        no: i64,
        party: Party,
        on: Date,
        how: ServiceHow,
        result: ServiceResult,
        stamp: &Stamp,
    ) -> Result<CaseRecord> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        crate::storage::cases::not_void(&case)?;
        let hearings: Vec<Hearing> = crate::storage::hearings::hearings_in(&tx, case.id)?;
        let Some(h) = hearings.iter().find(|h| h.no == no) else {
            return Err(CaseFileError::NoHearing {
                case: case.register_no,
                no,
            }
            .into());
        };
        if on > h.on {
            return Err(CaseFileError::ServedAfter {
                no,
                on,
                hearing_on: h.on,
            }
            .into());
        }
        let act = insert_act(&tx, stamp, ActKind::HearingServed, stamp.note.as_deref())?;
        tx.execute(
            "INSERT INTO summons_service (case_id, act_id, hearing_no, party, on_date, how, result)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                case.id,
                act,
                no,
                party.as_str(),
                on,
                how.as_str(),
                result.as_str()
            ],
        )
        .map_err(db)?;
        crate::storage::chain::commit(tx)?;
        Ok(case)
    }
}
