//! The writes every command shares, inside the caller's transaction: acts, bodies,
//! serials, case rows and events.

use super::db;
use crate::domain::case::Stamp;
use crate::domain::error::TextField;
use crate::domain::lifecycle::{Action, Facts};
use crate::domain::{
    ActKind, ApplicantKind, BodyChange, BodyKind, Date, DomainError, EventKind, Outcome, Reason,
    State, Via, body_key, tidy,
};
use crate::error::Result;
use rusqlite::{Connection, OptionalExtension, ToSql, params, params_from_iter};

impl super::Register {
    /// A side table's import (hearings, appeals) in one transaction under one act of
    /// `kind` stamped `stamp` (whose note names the source): `fill` gets the transaction
    /// and the act and says whether to keep what it wrote: `Ok(true)` commits, sealed;
    /// `Ok(false)` or an error rolls everything back.
    pub(crate) fn import_in_one_act(
        &mut self,
        stamp: &Stamp,
        kind: ActKind,
        fill: impl FnOnce(&Connection, i64) -> Result<bool>,
    ) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(super::WRITE)
            .map_err(db)?;
        let act = insert_act(&tx, stamp, kind, stamp.note.as_deref())?;
        let keep = fill(&tx, act)?;
        if keep {
            super::chain::commit(tx)?;
        }
        Ok(keep)
    }
}

/// Records who is writing, when, with which command; returns the act's id for its events.
/// A clerk's note goes with the step's event; an import's note (its source) with the act.
pub(crate) fn insert_act(
    conn: &Connection,
    stamp: &Stamp,
    command: ActKind,
    note: Option<&str>,
) -> Result<i64> {
    // Every write goes through here first: the last guard of the text rules.
    stamp.check()?;
    note.map_or(Ok(()), |n| TextField::Note.check(n))?;
    // Never built on an act left unsealed by other means: sealing it now would launder it.
    super::seal::check_tail(conn)?;
    conn.prepare_cached(
        "INSERT INTO acts (actor, recorded_at, command, note, pinned) VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .and_then(|mut st| {
        st.execute(params![
            stamp.actor,
            stamp.recorded_at,
            command.as_str(),
            note,
            stamp.pinned.map(|p| p.as_str()),
        ])
    })
    .map_err(db)?;
    let id = conn.last_insert_rowid();
    super::seal::written(conn, id)?;
    Ok(id)
}

/// The body a name resolves to, up to case and spaces: the body of that name (for a body
/// merged into another, the other), else the body with that alias; `None`: no such body.
pub(crate) fn find_body(conn: &Connection, name: &str) -> Result<Option<i64>> {
    let key = body_key(name);
    conn.prepare_cached(
        "SELECT coalesce(merged_into, id) FROM bodies WHERE name_key = ?1
         UNION ALL SELECT body_id FROM body_aliases WHERE alias_key = ?1 LIMIT 1",
    )
    .and_then(|mut st| st.query_row([&key], |r| r.get(0)).optional())
    .map_err(db)
}

/// The public body's id, adding the body (of `kind`, its addition recorded in the bodies'
/// history under the act `act`) if no body goes by that name, up to case and spaces.
pub(crate) fn body_id(conn: &Connection, name: &str, act: i64, kind: BodyKind) -> Result<i64> {
    let key = body_key(name);
    if key.is_empty() {
        return Err(DomainError::Empty(TextField::Body).into());
    }
    TextField::Body.check(&tidy(name))?;
    if let Some(id) = find_body(conn, name)? {
        return Ok(id);
    }
    let id: i64 = conn
        .prepare_cached("SELECT coalesce(max(id), 0) + 1 FROM bodies")
        .and_then(|mut st| st.query_row([], |r| r.get(0)))
        .map_err(db)?;
    let name = tidy(name);
    insert_body_change(
        conn,
        act,
        id,
        BodyChange::Add,
        Some(&name),
        Some(kind),
        None,
    )?;
    conn.prepare_cached("INSERT INTO bodies (id, name, name_key, kind) VALUES (?1, ?2, ?3, ?4)")
        .and_then(|mut st| st.execute(params![id, name, key, kind.as_str()]))
        .map_err(db)?;
    Ok(id)
}

/// Appends a change to the bodies' history (before the change itself: the schema's
/// triggers want the history first).
pub(crate) fn insert_body_change(
    conn: &Connection,
    act: i64,
    body: i64,
    change: BodyChange,
    name: Option<&str>,
    kind: Option<BodyKind>,
    into: Option<i64>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO body_changes (act_id, body_id, change, name, kind, into_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .and_then(|mut st| {
        st.execute(params![
            act,
            body,
            change.as_str(),
            name,
            kind.map(BodyKind::as_str),
            into
        ])
    })
    .map(drop)
    .map_err(db)
}

/// The name a body is known by.
pub(crate) fn body_name(conn: &Connection, id: i64) -> Result<String> {
    conn.query_row("SELECT name FROM bodies WHERE id = ?1", [id], |r| r.get(0))
        .map_err(db)
}

/// The next serial of `year`, from the counter, inside the caller's transaction.
pub(crate) fn next_serial(conn: &Connection, year: i32) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO serials (year, last) VALUES (?1, 1)
         ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
    )
    .and_then(|mut st| st.query_row([year], |r| r.get(0)))
    .map_err(db)
}

/// Whether a case of the register has the number (or the receipt reference) `no`.
pub(crate) fn number_taken(conn: &Connection, no: &str) -> Result<bool> {
    conn.prepare_cached("SELECT 1 FROM cases WHERE register_no = ?1 OR receipt_no = ?1")
        .and_then(|mut st| st.exists([no]))
        .map_err(db)
}

/// A case row to insert: its identity, its parties, and the facts of its path.
pub(crate) struct CaseRow<'a> {
    pub year: i32,
    pub serial: i64,
    pub register_no: &'a str,
    pub applicant: &'a str,
    pub kind: ApplicantKind,
    pub body_id: i64,
    pub subject: &'a str,
    pub facts: &'a Facts,
    /// The receipt reference of a filing numbered at registration (then also its
    /// `register_no` until it is registered).
    pub receipt_no: Option<&'a str>,
    /// The akta registrasi's date (an imported row's; a new case has none).
    pub registered_on: Option<Date>,
}

pub(crate) const INSERT_CASE: &str = "INSERT INTO cases (year, serial, register_no, received_on, applicant, \
    applicant_kind, body_id, subject, state, qualified_on, not_qualified_on, not_qualified_reason, \
    withdrawn_on, decided_on, decision_via, decision_outcome, decision_no, closed_on, receipt_no, registered_on) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)";

/// Inserts a case row; returns its id. A taken register number is the user's error, named.
pub(crate) fn insert_case(conn: &Connection, row: &CaseRow) -> Result<i64> {
    let mut st = conn.prepare_cached(INSERT_CASE).map_err(db)?;
    if !insert_case_with(&mut st, row)? {
        return Err(DomainError::NumberTaken(row.register_no.to_string()).into());
    }
    Ok(conn.last_insert_rowid())
}

/// [`insert_case`] with a statement the caller keeps (the import). Returns false, writing
/// nothing, when the register number is taken; the new row's id is the connection's last
/// insert rowid.
pub(crate) fn insert_case_with(st: &mut rusqlite::Statement, row: &CaseRow) -> Result<bool> {
    crate::domain::register_no::check_number(row.register_no)?;
    TextField::Applicant.check(row.applicant)?;
    TextField::Subject.check(row.subject)?;
    if let Some(n) = &row.facts.decision_no {
        TextField::DecisionNo.check(n)?;
    }
    let path = PathValues::of(row.facts);
    let head: [&dyn ToSql; 8] = [
        &row.year,
        &row.serial,
        &row.register_no,
        &row.facts.received_on,
        &row.applicant,
        &row.kind.as_str(),
        &row.body_id,
        &row.subject,
    ];
    let tail: [&dyn ToSql; 2] = [&row.receipt_no, &row.registered_on];
    match st.execute(params_from_iter(
        head.into_iter().chain(path.params()).chain(tail),
    )) {
        Ok(_) => Ok(true),
        Err(e) if is_unique(&e, "cases.register_no") => Ok(false),
        Err(e) => Err(db(e)),
    }
}

/// The state and the path facts of a case row, in the order of the case table's columns
/// (`state`, `qualified_on` ... `closed_on`), to bind.
struct PathValues<'a> {
    facts: &'a Facts,
    state: &'static str,
    reason: Option<&'static str>,
    via: Option<&'static str>,
    outcome: Option<&'static str>,
}

impl<'a> PathValues<'a> {
    fn of(facts: &'a Facts) -> Self {
        let (via, outcome) = facts.decision.unzip();
        PathValues {
            facts,
            state: facts.state().as_str(),
            reason: facts.not_qualified_reason.map(Reason::as_str),
            via: via.map(Via::as_str),
            outcome: outcome.map(Outcome::as_str),
        }
    }

    fn params(&self) -> [&dyn ToSql; 10] {
        let f = self.facts;
        [
            &self.state,
            &f.qualified_on,
            &f.not_qualified_on,
            &self.reason,
            &f.withdrawn_on,
            &f.decided_on,
            &self.via,
            &self.outcome,
            &f.decision_no,
            &f.closed_on,
        ]
    }
}

fn is_unique(e: &rusqlite::Error, what: &str) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, Some(msg))
        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE && msg.contains(what))
}

/// One event to append.
pub(crate) struct NewEvent<'a> {
    pub case_id: i64,
    pub seq: i64,
    pub kind: EventKind,
    pub from: Option<State>,
    pub to: State,
    pub on: Date,
    pub action: Option<&'a Action>,
    pub reverts: Option<i64>,
    pub detail: Option<&'a str>,
    pub act_id: i64,
    pub note: Option<&'a str>,
}

impl<'a> NewEvent<'a> {
    /// The first event of a case: its entry.
    pub fn entry(case_id: i64, received: Date, act_id: i64, note: Option<&'a str>) -> Self {
        NewEvent {
            case_id,
            seq: 1,
            kind: EventKind::Add,
            from: None,
            to: crate::domain::rules::FIRST_STATE,
            on: received,
            action: None,
            reverts: None,
            detail: None,
            act_id,
            note,
        }
    }

    /// Event `seq` of a case: a step from `from` to `to`.
    pub fn step(
        (case_id, seq): (i64, i64),
        action: &'a Action,
        (from, to): (State, State),
        on: Date,
        act_id: i64,
        note: Option<&'a str>,
    ) -> Self {
        NewEvent {
            kind: action.kind(),
            from: Some(from),
            to,
            on,
            action: Some(action),
            ..NewEvent::entry(case_id, on, act_id, note).at(seq)
        }
    }

    /// Event `seq` of a case: an undo of event `reverts`, for `reason`.
    pub fn undo(
        (case_id, seq): (i64, i64),
        reverts: i64,
        (from, to): (State, State),
        on: Date,
        reason: &'a str,
        act_id: i64,
        note: Option<&'a str>,
    ) -> Self {
        NewEvent {
            kind: EventKind::Undo,
            from: Some(from),
            to,
            reverts: Some(reverts),
            detail: Some(reason),
            ..NewEvent::entry(case_id, on, act_id, note).at(seq)
        }
    }

    /// Event `seq` of a case: a correction of its particulars (no move).
    pub fn edit(
        (case_id, seq): (i64, i64),
        state: State,
        on: Date,
        detail: &'a str,
        act_id: i64,
        note: Option<&'a str>,
    ) -> Self {
        NewEvent {
            kind: EventKind::Edit,
            from: Some(state),
            to: state,
            detail: Some(detail),
            ..NewEvent::entry(case_id, on, act_id, note).at(seq)
        }
    }

    /// Event `seq` of a case: a hearing step (no move; its reason, if it has one, as the
    /// detail).
    pub fn hearing(
        (case_id, seq): (i64, i64),
        kind: EventKind,
        state: State,
        on: Date,
        reason: Option<&'a str>,
        act_id: i64,
        note: Option<&'a str>,
    ) -> Self {
        NewEvent {
            kind,
            from: Some(state),
            to: state,
            detail: reason,
            ..NewEvent::entry(case_id, on, act_id, note).at(seq)
        }
    }

    /// Event `seq` of a case: a side step (a service, an appeal step, a void), which moves
    /// no state.
    pub fn side_step(
        (case_id, seq): (i64, i64),
        kind: EventKind,
        state: State,
        on: Date,
        act_id: i64,
        note: Option<&'a str>,
    ) -> Self {
        NewEvent {
            kind,
            from: Some(state),
            to: state,
            ..NewEvent::entry(case_id, on, act_id, note).at(seq)
        }
    }

    fn at(self, seq: i64) -> Self {
        NewEvent { seq, ..self }
    }
}

pub(crate) const INSERT_EVENT: &str = "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, \
    reason, via, outcome, decision_no, reverts, detail, act_id, note) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

pub(crate) fn insert_event(conn: &Connection, e: &NewEvent) -> Result<()> {
    let mut st = conn.prepare_cached(INSERT_EVENT).map_err(db)?;
    insert_event_with(&mut st, e)
}

/// [`insert_event`] with a statement the caller keeps (the import).
pub(crate) fn insert_event_with(st: &mut rusqlite::Statement, e: &NewEvent) -> Result<()> {
    let (mut reason, mut via, mut outcome, mut decision_no) = (None, None, None, None);
    match e.action {
        Some(Action::Reject(r)) => reason = Some(r.as_str()),
        Some(Action::Decide {
            via: v,
            outcome: o,
            decision_no: n,
        }) => {
            via = Some(v.as_str());
            outcome = Some(o.as_str());
            decision_no = n.as_deref();
        }
        _ => {}
    }
    decision_no.map_or(Ok(()), |n| TextField::DecisionNo.check(n))?;
    e.detail.map_or(Ok(()), |d| TextField::Note.check(d))?;
    e.note.map_or(Ok(()), |n| TextField::Note.check(n))?;
    st.execute(params![
        e.case_id,
        e.seq,
        e.kind.as_str(),
        e.from.map(State::as_str),
        e.to.as_str(),
        e.on,
        reason,
        via,
        outcome,
        decision_no,
        e.reverts,
        e.detail,
        e.act_id,
        e.note,
    ])
    .map(drop)
    .map_err(db)
}

/// Sets a case row's facts (and so its state) to `facts`.
pub(crate) fn write_facts(conn: &Connection, id: i64, facts: &Facts) -> Result<()> {
    let path = PathValues::of(facts);
    let id: [&dyn ToSql; 1] = [&id];
    conn.prepare_cached(
        "UPDATE cases SET state = ?2, qualified_on = ?3, not_qualified_on = ?4,
         not_qualified_reason = ?5, withdrawn_on = ?6, decided_on = ?7, decision_via = ?8,
         decision_outcome = ?9, decision_no = ?10, closed_on = ?11 WHERE id = ?1",
    )
    .and_then(|mut st| st.execute(params_from_iter(id.into_iter().chain(path.params()))))
    .map(drop)
    .map_err(db)
}
