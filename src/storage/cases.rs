//! A clerk's writes on one case, each one transaction: add, a step, undo, a correction;
//! and the reads of one case and its history. The rules are the domain's; this file
//! reads what they need and writes what they decide.

use super::hearings::sync_hearings;
use super::rows::{events_in, find_in};
use super::writes::{
    CaseRow, NewEvent, body_id, body_name, insert_act, insert_case, insert_event, next_serial,
    number_taken, write_facts,
};
use super::{Register, WRITE, db};
use crate::domain::case::{CaseRecord, Edit, EventRecord, NewCase, Stamp};
use crate::domain::case_file::FileEdit;
use crate::domain::lifecycle::{Action, Facts};
use crate::domain::register_no::{CaseRef, NumberAt, receipt_reference};
use crate::domain::{ActKind, BodyKind, Date, DomainError, EventKind, State};
use crate::error::Result;
use rusqlite::params;

impl Register {
    /// Adds a case: the next serial of its year, its number, its first event.
    #[cfg(test)]
    pub fn add_case(&mut self, new: &NewCase, stamp: &Stamp) -> Result<CaseRecord> {
        self.add_case_as(new, BodyKind::Other, stamp)
            .map(|(case, _)| case)
    }

    /// Adds a case (a body the register does not know yet is added, of `kind`), with
    /// the numbers the template skipped because a case already has them (a historic
    /// number given earlier): the next serial whose number is free is the case's.
    pub fn add_case_as(
        &mut self,
        new: &NewCase,
        kind: BodyKind,
        stamp: &Stamp,
    ) -> Result<(CaseRecord, Vec<String>)> {
        let today = Date::from_ymd(9999, 12, 31).expect("the last day");
        self.add_case_with_file(new, kind, &FileEdit::default(), today, stamp)
    }

    /// Adds a case as [`Register::add_case_as`] does, with its case file (the parties'
    /// contacts, the road to the dispute) in the same act.
    pub fn add_case_with_file(
        &mut self,
        new: &NewCase,
        kind: BodyKind,
        file: &FileEdit,
        today: Date,
        stamp: &Stamp,
    ) -> Result<(CaseRecord, Vec<String>)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let (template, code) = Register::numbering(&tx)?;
        let year = new.received_on.year();
        // Where numbers are given at registration, a filing is named by its receipt
        // reference until then (a historic number given by hand is its number at once).
        let by_receipt =
            new.register_no.is_none() && super::intake::number_at(&tx)? == NumberAt::Registration;
        let mut skipped = Vec::new();
        let (serial, register_no) = loop {
            let serial = next_serial(&tx, year)?;
            let no = if by_receipt {
                receipt_reference(year, serial)
            } else {
                template.number_for(new.register_no.as_deref(), serial, new.received_on, &code)?
            };
            if new.register_no.is_some() || !number_taken(&tx, &no)? {
                break (serial, no);
            }
            skipped.push(no);
        };
        let act = insert_act(&tx, stamp, ActKind::Add, None)?;
        let body = body_id(&tx, &new.body, act, kind)?;
        let facts = Facts::new(new.received_on);
        let id = insert_case(
            &tx,
            &CaseRow {
                year,
                serial,
                register_no: &register_no,
                applicant: new.applicant.trim(),
                kind: new.applicant_kind,
                body_id: body,
                subject: new.subject.trim(),
                facts: &facts,
                receipt_no: by_receipt.then_some(register_no.as_str()),
                registered_on: None,
            },
        )?;
        insert_event(
            &tx,
            &NewEvent::entry(id, new.received_on, act, stamp.note.as_deref()),
        )?;
        super::case_file::write_file(&tx, id, act, file, today)?;
        let case = find_in(&tx, &CaseRef::Short { year, serial })?;
        super::chain::commit(tx)?;
        Ok((case, skipped))
    }

    /// The names of the public bodies the register knows, most used first, then by name:
    /// what a clerk typing a body is offered.
    pub fn body_names(&self) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare(
                // A body merged into another is offered as the one it joined.
                "SELECT b.name FROM bodies b LEFT JOIN cases c ON c.body_id = b.id
                 WHERE b.merged_into IS NULL
                 GROUP BY b.id ORDER BY count(c.id) DESC, b.name_key",
            )
            .map_err(db)?;
        let names = st
            .query_map([], |r| r.get(0))
            .map_err(db)?
            .collect::<rusqlite::Result<Vec<String>>>()
            .map_err(db)?;
        Ok(names)
    }

    pub fn find(&self, r: &CaseRef) -> Result<CaseRecord> {
        find_in(&self.conn, r)
    }

    pub fn events(&self, case: &CaseRecord) -> Result<Vec<EventRecord>> {
        events_in(&self.conn, case.id)
    }

    /// The facts the case's history implies (what the stored row must equal).
    #[cfg(test)]
    pub fn replayed(&self, case: &CaseRecord) -> Result<Facts> {
        let events = crate::domain::case::recorded(&case.register_no, &self.events(case)?)?;
        Ok(crate::domain::lifecycle::replay(&case.register_no, &events)?.facts)
    }

    /// Records a step on a case, checked against its state and dates; returns the state
    /// the case was in and the case as it is now.
    pub fn apply(
        &mut self,
        r: &CaseRef,
        action: &Action,
        on: Date,
        stamp: &Stamp,
    ) -> Result<(State, CaseRecord)> {
        self.apply_with(r, action, on, stamp, None)
            .map(|(before, now, _)| (before, now))
    }

    /// [`Register::apply`], which also says how many of the case's hearings the step
    /// cancelled (a step that ends the case cancels those still scheduled after its
    /// date, `rules::ENDS_HEARINGS`). A close of a decided case whose decision is not
    /// final (an appeal pending, or its window open) is refused unless `force` gives the
    /// reason (a court's letter the register does not hold), which the history keeps.
    pub fn apply_with(
        &mut self,
        r: &CaseRef,
        action: &Action,
        on: Date,
        stamp: &Stamp,
        force: Option<&str>,
    ) -> Result<(State, CaseRecord, usize)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        not_void(&case)?;
        // Numbered at registration: the qualification follows the akta registrasi.
        if case.unnumbered() && matches!(action, Action::Qualify | Action::Reject(_)) {
            let case = case.register_no;
            return Err(DomainError::NotRegisteredYet { case }.into());
        }
        let seq = events_in(&tx, case.id)?.len() as i64 + 1;
        let next = case.facts.apply(&case.register_no, action, on)?;
        let mut overrides = Vec::new();
        if *action == Action::Close && case.facts.decided_on.is_some() {
            let appeals = crate::domain::appeal::Appeals {
                served_on: case.served_on,
                filed: super::appeal::appeals_in(&tx, case.id)?,
            };
            let cal = super::calendar::calendar_in(&tx)?;
            let finality = crate::domain::appeal::finality(&case.facts, &appeals, &cal, on);
            if finality.is_open() {
                match force {
                    Some(reason) => overrides.push((
                        crate::domain::Override::CloseDespiteAppeal,
                        reason.to_string(),
                    )),
                    None => {
                        return Err(DomainError::CloseNotFinal {
                            case: case.register_no.clone(),
                            finality,
                        }
                        .into());
                    }
                }
            }
        }
        let mut hearings = super::hearings::hearings_in(&tx, case.id)?;
        let cancelled = if crate::domain::rules::ENDS_HEARINGS.contains(&action.kind()) {
            crate::domain::hearing::cancel_after(&mut hearings, action.kind(), on)
        } else {
            0
        };
        let act = insert_act(&tx, stamp, action.kind().act(), None)?;
        insert_event(
            &tx,
            &NewEvent::step(
                (case.id, seq),
                action,
                (case.state, next.state()),
                on,
                act,
                stamp.note.as_deref(),
            ),
        )?;
        write_facts(&tx, case.id, &next)?;
        super::hearings::write_overrides(&tx, case.id, seq, &overrides)?;
        if cancelled > 0 {
            sync_hearings(&tx, case.id, &hearings)?;
        }
        let now = find_in(&tx, r)?;
        super::chain::commit(tx)?;
        Ok((case.state, now, cancelled))
    }

    /// Corrects a case's particulars, recording old and new values in the history.
    pub fn edit(
        &mut self,
        r: &CaseRef,
        edit: &Edit,
        today: Date,
        stamp: &Stamp,
    ) -> Result<CaseRecord> {
        self.edit_with_file(r, edit, &FileEdit::default(), today, stamp)
    }

    /// Corrects a case's particulars and changes its file, under one act.
    pub fn edit_with_file(
        &mut self,
        r: &CaseRef,
        edit: &Edit,
        file: &FileEdit,
        today: Date,
        stamp: &Stamp,
    ) -> Result<CaseRecord> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        not_void(&case)?;
        case.facts.check_correction(today)?;
        let act = insert_act(&tx, stamp, ActKind::Edit, None)?;
        // The body may be known already under another spelling or an alias: the history
        // records the name it is known by.
        let new_body = match &edit.body {
            Some(b) if edit.moves_body(&case) => {
                let id = body_id(&tx, b, act, BodyKind::Other)?;
                Some((id, body_name(&tx, id)?))
            }
            _ => None,
        };
        let detail = edit.changes(&case, new_body.as_ref().map(|(_, n)| n.as_str()))?;
        let seq = events_in(&tx, case.id)?.len() as i64 + 1;
        insert_event(
            &tx,
            &NewEvent::edit(
                (case.id, seq),
                case.state,
                today,
                &detail,
                act,
                stamp.note.as_deref(),
            ),
        )?;
        tx.execute(
            "UPDATE cases SET applicant = ?2, applicant_kind = ?3, subject = ?4,
             body_id = coalesce(?5, body_id) WHERE id = ?1",
            params![
                case.id,
                edit.applicant
                    .as_deref()
                    .map(str::trim)
                    .unwrap_or(&case.applicant),
                edit.applicant_kind.unwrap_or(case.applicant_kind).as_str(),
                edit.subject
                    .as_deref()
                    .map(str::trim)
                    .unwrap_or(&case.subject),
                new_body.map(|(id, _)| id),
            ],
        )
        .map_err(db)?;
        super::case_file::write_file(&tx, case.id, act, file, today)?;
        let case = find_in(&tx, r)?;
        super::chain::commit(tx)?;
        Ok(case)
    }
}

/// Refuses a step on a void entry (the undo of its void aside).
pub(crate) fn not_void(case: &CaseRecord) -> Result<()> {
    if case.void.is_some() {
        return Err(DomainError::CaseIsVoid {
            case: case.register_no.clone(),
        }
        .into());
    }
    // A filing not registered takes no step but the undo of that one.
    if let Some(on) = case.intake.not_registered_on {
        return Err(DomainError::IntakeRefused {
            case: case.register_no.clone(),
            step: EventKind::NotRegister,
            why: crate::domain::intake::IntakeFault::NotRegistered(on),
        }
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::fresh;
    use super::*;
    use crate::domain::{ApplicantKind, Outcome, Via};

    fn stamp() -> Stamp {
        Stamp {
            actor: "tester".into(),
            recorded_at: "2026-11-29T00:00:00Z".into(),
            note: None,
            pinned: None,
        }
    }

    fn new_case(received: &str) -> NewCase {
        NewCase {
            received_on: Date::parse(received).unwrap(),
            applicant: "Budi Santoso".into(),
            applicant_kind: ApplicantKind::Individual,
            body: "Dinas  Pendidikan".into(),
            subject: "RKA 2017".into(),
            register_no: None,
        }
    }

    #[test]
    fn add_numbers_cases_per_year() {
        let (_d, mut reg) = fresh();
        let a = reg.add_case(&new_case("2017-03-02"), &stamp()).unwrap();
        let b = reg.add_case(&new_case("2017-11-20"), &stamp()).unwrap();
        let c = reg.add_case(&new_case("2018-01-05"), &stamp()).unwrap();
        assert_eq!(a.register_no, "001/III/KI-JBI-PS/2017");
        assert_eq!(b.register_no, "002/XI/KI-JBI-PS/2017");
        assert_eq!(c.register_no, "001/I/KI-JBI-PS/2018");
        assert_eq!(a.body, "Dinas Pendidikan");
        let mut n = NewCase {
            register_no: Some("028/III/KIP-PS/2013".into()),
            ..new_case("2013-03-14")
        };
        n.body = "DINAS PENDIDIKAN".into();
        let h = reg.add_case(&n, &stamp()).unwrap();
        assert_eq!(h.register_no, "028/III/KIP-PS/2013");
        assert_eq!(
            h.body, "Dinas Pendidikan",
            "same body up to case and spaces"
        );
        let err = reg.add_case(&n, &stamp()).unwrap_err();
        assert!(
            err.message.contains("already in the register"),
            "{}",
            err.message
        );
    }

    #[test]
    fn steps_and_undo_keep_the_row_equal_to_the_history() {
        let (_d, mut reg) = fresh();
        reg.add_case(&new_case("2017-03-02"), &stamp()).unwrap();
        let r = CaseRef::parse("2017/1").unwrap();
        let d = |s| Date::parse(s).unwrap();
        reg.apply(&r, &Action::Qualify, d("2017-03-09"), &stamp())
            .unwrap();
        let decide = Action::Decide {
            via: Via::Adjudication,
            outcome: Outcome::PartlyGranted,
            decision_no: Some("001/VI/KI-JBI-PS-A/2017".into()),
        };
        reg.apply(&r, &decide, d("2017-06-20"), &stamp()).unwrap();
        let (before, closed) = reg
            .apply(&r, &Action::Close, d("2017-07-19"), &stamp())
            .unwrap();
        assert_eq!((before, closed.state), (State::Decided, State::Done));
        let (after, reverted) = reg
            .undo(&r, "wrong case", d("2026-11-29"), &stamp())
            .unwrap();
        assert_eq!(reverted.event().unwrap().kind, EventKind::Close);
        assert_eq!(after.state, State::Decided);
        assert_eq!(after.facts, reg.replayed(&after).unwrap());
        let events = reg.events(&after).unwrap();
        assert_eq!(events.len(), 5);
        assert_eq!(events[3].reverted_by, Some(5));
    }

    #[test]
    fn a_decision_without_its_route_is_a_broken_history() {
        let mut e = EventRecord {
            seq: 3,
            kind: EventKind::Decide,
            from_state: Some(State::Qualified),
            to_state: State::Decided,
            on: Date::parse("2017-06-20").unwrap(),
            reason: None,
            via: None,
            outcome: Some(Outcome::Granted),
            decision_no: None,
            reverts: None,
            detail: None,
            actor: String::new(),
            recorded_at: String::new(),
            note: None,
            reverted_by: None,
            hearing: None,
            overrides: Vec::new(),
            appeal: None,
            void: None,
            pinned: None,
        };
        assert!(matches!(
            e.recorded("c"),
            Err(DomainError::BrokenHistory { .. })
        ));
        e.via = Some(Via::Adjudication);
        assert!(e.recorded("c").is_ok());
    }

    #[test]
    fn body_names_most_used_first() {
        let (_dir, mut reg) = fresh();
        assert!(reg.body_names().unwrap().is_empty());
        for (received, body) in [
            ("2017-03-02", "Dinas Pendidikan"),
            ("2017-03-03", "Bappeda"),
            ("2017-03-04", "dinas  pendidikan"),
            ("2017-03-05", "Amal Dinas"),
        ] {
            let mut c = new_case(received);
            c.body = body.into();
            reg.add_case(&c, &stamp()).unwrap();
        }
        assert_eq!(
            reg.body_names().unwrap(),
            ["Dinas Pendidikan", "Amal Dinas", "Bappeda"]
        );
        // A body merged into another is no longer offered: its cases count for the one
        // it joined.
        let today = Date::parse("2017-03-06").unwrap();
        reg.body_merge("Bappeda", "Amal Dinas", today, &stamp())
            .unwrap();
        assert_eq!(
            reg.body_names().unwrap(),
            ["Amal Dinas", "Dinas Pendidikan"]
        );
    }
}
