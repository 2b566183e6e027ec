//! Cases and their history: adding, finding, recording steps, undoing, correcting, listing.

use super::{Register, WRITE, db};
use crate::domain::lifecycle::{Action, Facts, Recorded, replay};
use crate::domain::register_no::CaseRef;
use crate::domain::{
    ApplicantKind, Date, DomainError, Outcome, Reason, State, Via, body_key, tidy,
};
use crate::error::{Error, Result};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OptionalExtension, Row, ToSql, params};

impl ToSql for Date {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(ValueRef::Text(
            self.as_str().as_bytes(),
        )))
    }
}

impl FromSql for Date {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = value.as_str()?;
        Date::parse(s).map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

/// Reads a stored vocabulary word (the database's CHECKs keep them valid).
fn word<T>(row: &Row, i: usize, parse: fn(&str) -> Result<T, DomainError>) -> rusqlite::Result<T> {
    let s: String = row.get(i)?;
    parse(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn opt_word<T>(
    row: &Row,
    i: usize,
    parse: fn(&str) -> Result<T, DomainError>,
) -> rusqlite::Result<Option<T>> {
    match row.get_ref(i)? {
        ValueRef::Null => Ok(None),
        _ => word(row, i, parse).map(Some),
    }
}

/// A case as the register holds it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRecord {
    pub id: i64,
    pub year: i32,
    pub serial: i64,
    pub register_no: String,
    pub applicant: String,
    pub applicant_kind: ApplicantKind,
    pub body: String,
    pub subject: String,
    pub state: State,
    pub facts: Facts,
}

/// One event of a case's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRecord {
    pub seq: i64,
    pub kind: String,
    pub from_state: Option<State>,
    pub to_state: State,
    pub on: Date,
    pub reason: Option<Reason>,
    pub via: Option<Via>,
    pub outcome: Option<Outcome>,
    pub decision_no: Option<String>,
    pub reverts: Option<i64>,
    pub detail: Option<String>,
    pub actor: String,
    pub recorded_at: String,
    pub note: Option<String>,
    /// The undo event that reverted this one, if any.
    pub reverted_by: Option<i64>,
}

impl EventRecord {
    pub(crate) fn recorded(&self) -> Recorded {
        let action = match self.kind.as_str() {
            "add" => {
                return Recorded::Add {
                    received_on: self.on,
                };
            }
            "undo" => {
                return Recorded::Undo {
                    reverts: self.reverts.unwrap_or(0),
                };
            }
            "edit" => return Recorded::Edit,
            "qualify" => Action::Qualify,
            "reject" => Action::Reject(self.reason.unwrap_or(Reason::Other)),
            "withdraw" => Action::Withdraw,
            "close" => Action::Close,
            _ => Action::Decide {
                via: self.via.unwrap_or(Via::Adjudication),
                outcome: self.outcome.unwrap_or(Outcome::Granted),
                decision_no: self.decision_no.clone(),
            },
        };
        Recorded::Step {
            seq: self.seq,
            action,
            on: self.on,
        }
    }
}

/// What `case add` records.
#[derive(Debug, Clone)]
pub struct NewCase {
    pub received_on: Date,
    pub applicant: String,
    pub applicant_kind: ApplicantKind,
    pub body: String,
    pub subject: String,
    /// A historic number, kept exactly as written.
    pub register_no: Option<String>,
}

/// Who records a step, when, and why.
#[derive(Debug, Clone)]
pub struct Stamp {
    pub actor: String,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub recorded_at: String,
    pub note: Option<String>,
}

/// A correction of a case's particulars (`case edit`).
#[derive(Debug, Clone, Default)]
pub struct Edit {
    pub applicant: Option<String>,
    pub applicant_kind: Option<ApplicantKind>,
    pub body: Option<String>,
    pub subject: Option<String>,
}

/// `case list` filters.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub year: Option<i32>,
    pub state: Option<State>,
    pub body: Option<String>,
    pub applicant: Option<String>,
    pub limit: Option<u64>,
    pub offset: u64,
}

pub(crate) const CASE_COLUMNS: &str = "c.id, c.year, c.serial, c.register_no, c.received_on, \
    c.applicant, c.applicant_kind, b.name, c.subject, c.state, c.qualified_on, \
    c.not_qualified_on, c.not_qualified_reason, c.withdrawn_on, c.decided_on, \
    c.decision_via, c.decision_outcome, c.decision_no, c.closed_on";

pub(crate) fn case_from_row(r: &Row) -> rusqlite::Result<CaseRecord> {
    let via = opt_word(r, 15, Via::parse)?;
    let outcome = opt_word(r, 16, Outcome::parse)?;
    Ok(CaseRecord {
        id: r.get(0)?,
        year: r.get(1)?,
        serial: r.get(2)?,
        register_no: r.get(3)?,
        applicant: r.get(5)?,
        applicant_kind: word(r, 6, ApplicantKind::parse)?,
        body: r.get(7)?,
        subject: r.get(8)?,
        state: word(r, 9, State::parse)?,
        facts: Facts {
            received_on: r.get(4)?,
            qualified_on: r.get(10)?,
            not_qualified_on: r.get(11)?,
            not_qualified_reason: opt_word(r, 12, Reason::parse)?,
            withdrawn_on: r.get(13)?,
            decided_on: r.get(14)?,
            decision: via.zip(outcome),
            decision_no: r.get(17)?,
            closed_on: r.get(18)?,
        },
    })
}

pub(crate) const INSERT_CASE: &str = "INSERT INTO cases (year, serial, register_no, received_on, applicant, \
    applicant_kind, body_id, subject, state, qualified_on, not_qualified_on, not_qualified_reason, \
    withdrawn_on, decided_on, decision_via, decision_outcome, decision_no, closed_on) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";

pub(crate) const INSERT_EVENT: &str = "INSERT INTO events (case_id, seq, kind, from_state, to_state, on_date, \
    reason, via, outcome, decision_no, reverts, detail, act_id, note) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

/// Records who is writing, when, with which command; returns the act's id for its events.
/// A clerk's note goes with the step's event; an import's note (its source) with the act.
pub(crate) fn insert_act(
    conn: &Connection,
    stamp: &Stamp,
    command: &str,
    note: Option<&str>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO acts (actor, recorded_at, command, note) VALUES (?1, ?2, ?3, ?4)",
    )
    .and_then(|mut st| st.execute(params![stamp.actor, stamp.recorded_at, command, note]))
    .map_err(db)?;
    Ok(conn.last_insert_rowid())
}

/// The public body's id, adding the body if no body of that name (up to case and spaces)
/// is there yet.
pub(crate) fn body_id(conn: &Connection, name: &str) -> Result<i64> {
    let key = body_key(name);
    if key.is_empty() {
        return Err(Error::invalid("the public body's name is empty"));
    }
    let found = conn
        .prepare_cached("SELECT id FROM bodies WHERE name_key = ?1")
        .and_then(|mut st| st.query_row([&key], |r| r.get(0)).optional())
        .map_err(db)?;
    if let Some(id) = found {
        return Ok(id);
    }
    conn.prepare_cached("INSERT INTO bodies (name, name_key) VALUES (?1, ?2)")
        .and_then(|mut st| st.execute(params![tidy(name), key]))
        .map_err(db)?;
    Ok(conn.last_insert_rowid())
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
}

/// Inserts a case row; returns its id. A taken register number is the user's error, named.
pub(crate) fn insert_case(conn: &Connection, row: &CaseRow) -> Result<i64> {
    let mut st = conn.prepare_cached(INSERT_CASE).map_err(db)?;
    if !insert_case_with(&mut st, row)? {
        return Err(number_taken(row.register_no));
    }
    Ok(conn.last_insert_rowid())
}

pub(crate) fn number_taken(register_no: &str) -> Error {
    Error::invalid(format!(
        "register number {register_no} is already in the register"
    ))
    .with_hint("each register number is given once; leave it out to have the next one assigned")
}

/// [`insert_case`] with a statement the caller keeps (the import). Returns false, writing
/// nothing, when the register number is taken; the new row's id is the connection's last
/// insert rowid.
pub(crate) fn insert_case_with(st: &mut rusqlite::Statement, row: &CaseRow) -> Result<bool> {
    let facts = row.facts;
    let (via, outcome) = facts.decision.unzip();
    let res = st.execute(params![
        row.year,
        row.serial,
        row.register_no,
        facts.received_on,
        row.applicant,
        row.kind.as_str(),
        row.body_id,
        row.subject,
        facts.state().as_str(),
        facts.qualified_on,
        facts.not_qualified_on,
        facts.not_qualified_reason.map(Reason::as_str),
        facts.withdrawn_on,
        facts.decided_on,
        via.map(Via::as_str),
        outcome.map(Outcome::as_str),
        facts.decision_no,
        facts.closed_on,
    ]);
    match res {
        Ok(_) => Ok(true),
        Err(e) if is_unique(&e, "cases.register_no") => Ok(false),
        Err(e) => Err(db(e)),
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
    pub kind: &'a str,
    pub from: Option<State>,
    pub to: State,
    pub on: Date,
    pub action: Option<&'a Action>,
    pub reverts: Option<i64>,
    pub detail: Option<&'a str>,
    pub act_id: i64,
    pub note: Option<&'a str>,
}

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
    st.execute(params![
        e.case_id,
        e.seq,
        e.kind,
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

fn write_facts(conn: &Connection, id: i64, facts: &Facts) -> Result<()> {
    let (via, outcome) = facts.decision.unzip();
    conn.prepare_cached(
        "UPDATE cases SET state = ?2, qualified_on = ?3, not_qualified_on = ?4,
         not_qualified_reason = ?5, withdrawn_on = ?6, decided_on = ?7, decision_via = ?8,
         decision_outcome = ?9, decision_no = ?10, closed_on = ?11 WHERE id = ?1",
    )
    .and_then(|mut st| {
        st.execute(params![
            id,
            facts.state().as_str(),
            facts.qualified_on,
            facts.not_qualified_on,
            facts.not_qualified_reason.map(Reason::as_str),
            facts.withdrawn_on,
            facts.decided_on,
            via.map(Via::as_str),
            outcome.map(Outcome::as_str),
            facts.decision_no,
            facts.closed_on,
        ])
    })
    .map(drop)
    .map_err(db)
}

/// The query that finds a case by YEAR/SERIAL (`short`) or by its register number.
pub(crate) fn find_sql(short: bool) -> String {
    let filter = if short {
        "c.year = ?1 AND c.serial = ?2"
    } else {
        "c.register_no = ?1"
    };
    format!("SELECT {CASE_COLUMNS} FROM cases c JOIN bodies b ON b.id = c.body_id WHERE {filter}")
}

fn find_in(conn: &Connection, r: &CaseRef) -> Result<CaseRecord> {
    let found = match r {
        CaseRef::Short { year, serial } => {
            conn.prepare_cached(&find_sql(true)).and_then(|mut st| {
                st.query_row(params![year, serial], case_from_row)
                    .optional()
            })
        }
        CaseRef::Number(n) => conn
            .prepare_cached(&find_sql(false))
            .and_then(|mut st| st.query_row([n], case_from_row).optional()),
    }
    .map_err(db)?;
    found.ok_or_else(|| {
        Error::not_found(format!("there is no case {r} in the register")).with_hint(
            "name a case by its register number or as YEAR/SERIAL (e.g. 2017/12); `sengketa case list` shows them",
        )
    })
}

pub(crate) const EVENTS_SQL: &str =
    "SELECT e.seq, e.kind, e.from_state, e.to_state, e.on_date, e.reason, e.via,
                    e.outcome, e.decision_no, e.reverts, e.detail, a.actor, a.recorded_at,
                    coalesce(e.note, a.note),
                    (SELECT u.seq FROM events u WHERE u.case_id = e.case_id AND u.reverts = e.seq)
             FROM events e JOIN acts a ON a.id = e.act_id WHERE e.case_id = ?1 ORDER BY e.seq";

pub(crate) fn events_in(conn: &Connection, case_id: i64) -> Result<Vec<EventRecord>> {
    let mut st = conn.prepare_cached(EVENTS_SQL).map_err(db)?;
    let rows = st.query_map([case_id], event_from_row).map_err(db)?;
    rows.collect::<rusqlite::Result<_>>().map_err(db)
}

/// Every event of the register in (case, number) order, each with its case's id, for a
/// pass over the whole history (`verify`). Who and when are left empty.
pub(crate) const ALL_EVENTS_SQL: &str = "SELECT seq, kind, from_state, to_state, on_date, reason, \
    via, outcome, decision_no, reverts, detail, '', '', note, NULL, case_id \
    FROM events ORDER BY case_id, seq";

/// An event from a row of [`EVENTS_SQL`] or [`ALL_EVENTS_SQL`].
pub(crate) fn event_from_row(r: &Row) -> rusqlite::Result<EventRecord> {
    Ok(EventRecord {
        seq: r.get(0)?,
        kind: r.get(1)?,
        from_state: opt_word(r, 2, State::parse)?,
        to_state: word(r, 3, State::parse)?,
        on: r.get(4)?,
        reason: opt_word(r, 5, Reason::parse)?,
        via: opt_word(r, 6, Via::parse)?,
        outcome: opt_word(r, 7, Outcome::parse)?,
        decision_no: r.get(8)?,
        reverts: r.get(9)?,
        detail: r.get(10)?,
        actor: r.get(11)?,
        recorded_at: r.get(12)?,
        note: r.get(13)?,
        reverted_by: r.get(14)?,
    })
}

/// The facts the history implies, with the steps still in force.
fn replay_events(case: &CaseRecord, events: &[EventRecord]) -> Result<(Facts, Vec<i64>)> {
    let recorded: Vec<Recorded> = events.iter().map(EventRecord::recorded).collect();
    replay(&case.register_no, &recorded).map_err(|e| Error::internal(e.to_string()))
}

impl Register {
    /// Adds a case: the next serial of its year, its number, its first event.
    pub fn add_case(&mut self, new: &NewCase, stamp: &Stamp) -> Result<CaseRecord> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let (template, code) = Register::numbering(&tx)?;
        if new.register_no.is_none() && template.needs_code() && code.is_empty() {
            return Err(Error::invalid(
                "the register has no commission code, which register numbers need",
            )
            .with_hint("set it once with `sengketa config set commission-code JBI` (your code)"));
        }
        let year = new.received_on.year();
        let serial = next_serial(&tx, year)?;
        let register_no = match &new.register_no {
            Some(n) => n.trim().to_string(),
            None => template.render(serial, new.received_on, &code),
        };
        let body = body_id(&tx, &new.body)?;
        let act = insert_act(&tx, stamp, "add", None)?;
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
            },
        )?;
        insert_event(
            &tx,
            &NewEvent {
                case_id: id,
                seq: 1,
                kind: "add",
                from: None,
                to: State::Entered,
                on: new.received_on,
                action: None,
                reverts: None,
                detail: None,
                act_id: act,
                note: stamp.note.as_deref(),
            },
        )?;
        let case = find_in(&tx, &CaseRef::Short { year, serial })?;
        tx.commit().map_err(db)?;
        Ok(case)
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
        Ok(replay_events(case, &self.events(case)?)?.0)
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
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        let events = events_in(&tx, case.id)?;
        let next = case.facts.apply(&case.register_no, action, on)?;
        let act = insert_act(&tx, stamp, action.kind(), None)?;
        insert_event(
            &tx,
            &NewEvent {
                case_id: case.id,
                seq: events.len() as i64 + 1,
                kind: action.kind(),
                from: Some(case.state),
                to: next.state(),
                on,
                action: Some(action),
                reverts: None,
                detail: None,
                act_id: act,
                note: stamp.note.as_deref(),
            },
        )?;
        write_facts(&tx, case.id, &next)?;
        let now = find_in(&tx, r)?;
        tx.commit().map_err(db)?;
        Ok((case.state, now))
    }

    /// Reverts the latest step not yet reverted, by a new event dated `on` (not before the
    /// step it reverts); returns the case and the step that was reverted.
    pub fn undo(
        &mut self,
        r: &CaseRef,
        reason: &str,
        on: Date,
        stamp: &Stamp,
    ) -> Result<(CaseRecord, EventRecord)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        let events = events_in(&tx, case.id)?;
        let (_, live) = replay_events(&case, &events)?;
        let Some(&target) = live.last() else {
            return Err(DomainError::NothingToUndo {
                case: case.register_no.clone(),
            }
            .into());
        };
        let reverted = events
            .iter()
            .find(|e| e.seq == target)
            .expect("the step in force is in the history")
            .clone();
        if on < reverted.on {
            return Err(DomainError::DateOrder {
                what: "the undo date".into(),
                date: on,
                before_what: format!("the date of the step it reverts ({})", reverted.kind),
                before: reverted.on,
            }
            .into());
        }
        let seq = events.len() as i64 + 1;
        let mut after: Vec<Recorded> = events.iter().map(EventRecord::recorded).collect();
        after.push(Recorded::Undo { reverts: target });
        let (facts, _) =
            replay(&case.register_no, &after).map_err(|e| Error::internal(e.to_string()))?;
        let act = insert_act(&tx, stamp, "undo", None)?;
        insert_event(
            &tx,
            &NewEvent {
                case_id: case.id,
                seq,
                kind: "undo",
                from: Some(case.state),
                to: facts.state(),
                on,
                action: None,
                reverts: Some(target),
                detail: Some(reason),
                act_id: act,
                note: stamp.note.as_deref(),
            },
        )?;
        write_facts(&tx, case.id, &facts)?;
        let case = find_in(&tx, r)?;
        tx.commit().map_err(db)?;
        Ok((case, reverted))
    }

    /// Corrects a case's particulars, recording old and new values in the history.
    pub fn edit(
        &mut self,
        r: &CaseRef,
        edit: &Edit,
        today: Date,
        stamp: &Stamp,
    ) -> Result<CaseRecord> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        let mut changes = Vec::new();
        let mut change = |field: &str, old: &str, new: &str| {
            if old != new {
                changes.push(format!("{field}: {old:?} -> {new:?}"));
            }
        };
        if let Some(a) = &edit.applicant {
            change("applicant", &case.applicant, a.trim());
        }
        if let Some(k) = edit.applicant_kind {
            change("applicant_kind", case.applicant_kind.as_str(), k.as_str());
        }
        if let Some(s) = &edit.subject {
            change("subject", &case.subject, s.trim());
        }
        let new_body = match &edit.body {
            Some(b) if body_key(b) != body_key(&case.body) => {
                let id = body_id(&tx, b)?;
                // The body may be known already under another spelling: record that one.
                let name: String = tx
                    .query_row("SELECT name FROM bodies WHERE id = ?1", [id], |r| r.get(0))
                    .map_err(db)?;
                change("public_body", &case.body, &name);
                Some(id)
            }
            _ => None,
        };
        if changes.is_empty() {
            return Err(Error::invalid(format!(
                "nothing to change on case {}: the values given are the ones it has",
                case.register_no
            ))
            .with_hint("give at least one of --applicant, --applicant-kind, --body, --subject with a new value"));
        }
        let events = events_in(&tx, case.id)?;
        let detail = changes.join("; ");
        let act = insert_act(&tx, stamp, "edit", None)?;
        insert_event(
            &tx,
            &NewEvent {
                case_id: case.id,
                seq: events.len() as i64 + 1,
                kind: "edit",
                from: Some(case.state),
                to: case.state,
                on: today,
                action: None,
                reverts: None,
                detail: Some(&detail),
                act_id: act,
                note: stamp.note.as_deref(),
            },
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
                new_body,
            ],
        )
        .map_err(db)?;
        let case = find_in(&tx, r)?;
        tx.commit().map_err(db)?;
        Ok(case)
    }

    /// Streams the cases that pass the filter, in register order.
    pub fn list(
        &self,
        filter: &CaseFilter,
        mut each: impl FnMut(CaseRecord) -> Result<()>,
    ) -> Result<()> {
        let (sql, args) = list_query(filter);
        let mut st = self.conn.prepare(&sql).map_err(db)?;
        let params: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
        let mut rows = st.query(params.as_slice()).map_err(db)?;
        while let Some(row) = rows.next().map_err(db)? {
            each(case_from_row(row).map_err(db)?)?;
        }
        Ok(())
    }
}

/// The `case list` query for a filter, with its parameters.
pub(crate) fn list_query(filter: &CaseFilter) -> (String, Vec<Box<dyn ToSql>>) {
    let mut sql =
        format!("SELECT {CASE_COLUMNS} FROM cases c JOIN bodies b ON b.id = c.body_id WHERE 1");
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(y) = filter.year {
        args.push(Box::new(y));
        sql += &format!(" AND c.year = ?{}", args.len());
    }
    if let Some(s) = filter.state {
        args.push(Box::new(s.as_str()));
        sql += &format!(" AND c.state = ?{}", args.len());
    }
    if let Some(b) = &filter.body {
        args.push(Box::new(like_pattern(&body_key(b))));
        sql += &format!(" AND b.name_key LIKE ?{} ESCAPE '\\'", args.len());
    }
    if let Some(a) = &filter.applicant {
        args.push(Box::new(like_pattern(&a.to_lowercase())));
        sql += &format!(" AND lower(c.applicant) LIKE ?{} ESCAPE '\\'", args.len());
    }
    sql += " ORDER BY c.year, c.serial";
    args.push(Box::new(filter.limit.map(|l| l as i64).unwrap_or(-1)));
    sql += &format!(" LIMIT ?{}", args.len());
    args.push(Box::new(filter.offset as i64));
    sql += &format!(" OFFSET ?{}", args.len());
    (sql, args)
}

/// A LIKE pattern matching `s` anywhere, with LIKE's own characters escaped.
fn like_pattern(s: &str) -> String {
    let mut p = String::with_capacity(s.len() + 2);
    p.push('%');
    for ch in s.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(ch);
    }
    p.push('%');
    p
}

#[cfg(test)]
mod tests {
    use super::super::test_support::fresh;
    use super::*;

    fn stamp() -> Stamp {
        Stamp {
            actor: "tester".into(),
            recorded_at: "2026-11-29T00:00:00Z".into(),
            note: None,
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
            .apply(&r, &Action::Close, d("2017-07-12"), &stamp())
            .unwrap();
        assert_eq!((before, closed.state), (State::Decided, State::Done));
        let (after, reverted) = reg
            .undo(&r, "wrong case", d("2026-11-29"), &stamp())
            .unwrap();
        assert_eq!(reverted.kind, "close");
        assert_eq!(after.state, State::Decided);
        assert_eq!(after.facts, reg.replayed(&after).unwrap());
        let events = reg.events(&after).unwrap();
        assert_eq!(events.len(), 5);
        assert_eq!(events[3].reverted_by, Some(5));
    }
}
