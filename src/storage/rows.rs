//! Rows of the case and event tables as domain values, and the reads that find a case and
//! its history.

use super::damage::{Place, lossy, name_it};
use super::db;
use crate::domain::appeal::AppealStep;
use crate::domain::case::{CaseRecord, EventRecord, recorded};
use crate::domain::hearing::HearingStep;
use crate::domain::intake::Intake;
use crate::domain::lifecycle::{Facts, Recorded, Replayed, Void, replay};
use crate::domain::mediation::Mediation;
use crate::domain::register_no::CaseRef;
use crate::domain::{
    ApplicantKind, Attendance, Court, CourtOutcome, Date, DomainError, EventKind, HearingKind,
    Level, NotRegisteredReason, Outcome, Party, Pinned, Reason, State, Via, VoidReason,
};
use crate::error::Result;
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

/// Reads a stored vocabulary word (the database's CHECKs keep them valid), in place: a
/// word is read for most columns of every row a whole-register pass reads (`verify`), and
/// a `String` for each was a good part of that pass.
pub(crate) fn word<T>(
    row: &Row,
    i: usize,
    parse: fn(&str) -> Result<T, DomainError>,
) -> rusqlite::Result<T> {
    parse(text(row, i)?).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Column `i` of `row` as text, borrowed; a value that is not UTF-8 text fails with the
/// very error reading it as a `String` gives (which names the damage).
pub(crate) fn text<'r>(row: &'r Row, i: usize) -> rusqlite::Result<&'r str> {
    if let ValueRef::Text(t) = row.get_ref(i)?
        && let Ok(s) = std::str::from_utf8(t)
    {
        return Ok(s);
    }
    Err(row
        .get::<_, String>(i)
        .err()
        .unwrap_or(rusqlite::Error::InvalidColumnIndex(i)))
}

pub(crate) fn opt_word<T>(
    row: &Row,
    i: usize,
    parse: fn(&str) -> Result<T, DomainError>,
) -> rusqlite::Result<Option<T>> {
    match row.get_ref(i)? {
        ValueRef::Null => Ok(None),
        _ => word(row, i, parse).map(Some),
    }
}

pub(crate) const CASE_COLUMNS: &str = "c.id, c.year, c.serial, c.register_no, c.received_on, \
    c.applicant, c.applicant_kind, b.name, c.subject, c.state, c.qualified_on, \
    c.not_qualified_on, c.not_qualified_reason, c.withdrawn_on, c.decided_on, \
    c.decision_via, c.decision_outcome, c.decision_no, c.closed_on, c.served_on, c.voided_on, \
    c.void_reason, (SELECT v.register_no FROM cases v WHERE v.id = c.void_of), \
    c.incomplete_on, c.registered_on, c.not_registered_on, c.not_registered_reason, \
    c.mediation_on, c.mediation_extended_on, c.mediation_failed_on, c.mediation_agreed_on, \
    c.receipt_no";

/// A case from a row of [`CASE_COLUMNS`]; a value it cannot read is named by the case
/// and the column ([`super::damage`]).
pub(crate) fn case_from_row(r: &Row) -> rusqlite::Result<CaseRecord> {
    case_fields(r).map_err(|e| {
        let place = || {
            Place::Case(
                lossy(r, 3).unwrap_or_else(|| format!("#{}", lossy(r, 0).unwrap_or_default())),
            )
        };
        name_it(r, place, e)
    })
}

/// Fails on column `i` of `r` holding a value without the column `with` it goes with:
/// read as though it were not there, an edit of it would hide from `verify`, which leaves
/// the CHECKs that pair them to these reads (`verify/checks.rs`).
fn stray(r: &Row, i: usize, with: &'static str) -> rusqlite::Result<()> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(()),
        _ => Err(rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            Box::new(super::damage::Stray(with)),
        )),
    }
}

fn case_fields(r: &Row) -> rusqlite::Result<CaseRecord> {
    let via = opt_word(r, 15, Via::parse)?;
    let outcome = opt_word(r, 16, Outcome::parse)?;
    match (&via, &outcome) {
        (Some(_), None) => stray(r, 15, "decision_outcome")?,
        (None, Some(_)) => stray(r, 16, "decision_via")?,
        _ => {}
    }
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
        served_on: r.get(19)?,
        void: match r.get::<_, Option<Date>>(20)? {
            Some(on) => Some(Void {
                on,
                reason: word(r, 21, VoidReason::parse)?,
                of: r.get(22)?,
            }),
            None => {
                stray(r, 21, "voided_on")?;
                stray(r, 22, "voided_on")?;
                None
            }
        },
        intake: Intake {
            incomplete_on: r.get(23)?,
            registered_on: r.get(24)?,
            not_registered_on: r.get(25)?,
            not_registered_reason: opt_word(r, 26, NotRegisteredReason::parse)?,
        },
        mediation: Mediation {
            started_on: r.get(27)?,
            extended_on: r.get(28)?,
            failed_on: r.get(29)?,
            agreed_on: r.get(30)?,
        },
        receipt_no: r.get(31)?,
    })
}

/// The query that finds a case by YEAR/SERIAL (`short`) or by its register number.
pub(crate) fn find_sql(short: bool) -> String {
    let filter = if short {
        "c.year = ?1 AND c.serial = ?2"
    } else {
        "(c.register_no = ?1 OR c.receipt_no = ?1)"
    };
    format!("SELECT {CASE_COLUMNS} FROM cases c JOIN bodies b ON b.id = c.body_id WHERE {filter}")
}

pub(crate) fn find_in(conn: &Connection, r: &CaseRef) -> Result<CaseRecord> {
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
    found.ok_or_else(|| DomainError::NoSuchCase(r.clone()).into())
}

/// The columns of the appeal and void payloads (24 on), after the hearing's.
macro_rules! payload_columns {
    () => {
        "ap.level, ap.court, ap.party, ap.outcome, ap.court_no, vs.reason, \
         (SELECT o.register_no FROM cases o WHERE o.id = vs.of_case)"
    };
}

/// The joins of those payloads.
macro_rules! payload_joins {
    () => {
        " LEFT JOIN appeal_steps ap ON ap.case_id = e.case_id AND ap.seq = e.seq \
         LEFT JOIN void_steps vs ON vs.case_id = e.case_id AND vs.seq = e.seq"
    };
}

pub(crate) const EVENTS_SQL: &str = concat!(
    "SELECT e.seq, e.kind, e.from_state, e.to_state, e.on_date, e.reason, e.via,
            e.outcome, e.decision_no, e.reverts, e.detail, a.actor, a.recorded_at,
            coalesce(e.note, a.note), NULL, e.case_id, ",
    "hs.hearing_no, hs.kind, hs.on_date, hs.at, hs.room, hs.panel, hs.applicant, hs.respondent, ",
    payload_columns!(),
    ", a.pinned FROM events e JOIN acts a ON a.id = e.act_id
     LEFT JOIN hearing_steps hs ON hs.case_id = e.case_id AND hs.seq = e.seq",
    payload_joins!(),
    " WHERE e.case_id = ?1 ORDER BY e.seq"
);

/// A case's history, each event with the undo that reverts it. Which undo reverts an
/// event is read off the history itself: a subquery for each event read the case's every
/// event, a history quadratic in its length (13,200 events: `case show` 10 s).
pub(crate) fn events_in(conn: &Connection, case_id: i64) -> Result<Vec<EventRecord>> {
    let mut st = conn.prepare_cached(EVENTS_SQL).map_err(db)?;
    let rows = st.query_map([case_id], event_from_row).map_err(db)?;
    let mut events: Vec<EventRecord> = rows.collect::<rusqlite::Result<_>>().map_err(db)?;
    let mut undone_by = std::collections::HashMap::new();
    for e in &events {
        if let Some(reverts) = e.reverts {
            undone_by.entry(reverts).or_insert(e.seq);
        }
    }
    for e in &mut events {
        e.reverted_by = undone_by.get(&e.seq).copied();
    }
    Ok(events)
}

/// The history of a case with one more event, replayed: what it leads to, or why the
/// procedure refuses it.
pub(crate) fn with_event(
    case: &CaseRecord,
    events: &[EventRecord],
    next: Recorded,
) -> Result<Replayed> {
    let mut history = recorded(&case.register_no, events)?;
    history.push(next);
    Ok(replay(&case.register_no, &history)?)
}

/// The columns of an event read with its case's id, who and when left empty, for a pass
/// over the whole history (`verify`).
macro_rules! whole_history_columns {
    () => {
        "SELECT e.seq, e.kind, e.from_state, e.to_state, e.on_date, e.reason, e.via, e.outcome, \
         e.decision_no, e.reverts, e.detail, '', '', e.note, NULL, e.case_id"
    };
}

/// Every event of the register in (case, number) order, each with its case's id, for a
/// pass over the whole history (`verify`): one scan of the events, without their payloads
/// ([`event_without_payload`]). An event whose kind reads one (`case::reads_payload`) is
/// read again whole with [`ONE_EVENT_SQL`]: joining the three payload tables to every event was a seek into each
/// per event, about 1.5 s of CPU at a million cases (`sqlite3`, the query alone) for
/// payloads that three events in four never have.
pub(crate) const ALL_EVENTS_SQL: &str = concat!(
    whole_history_columns!(),
    " FROM events e ORDER BY e.case_id, e.seq"
);

/// One event of [`ALL_EVENTS_SQL`] (case `?1`, number `?2`) with its payload.
pub(crate) const ONE_EVENT_SQL: &str = concat!(
    whole_history_columns!(),
    ", hs.hearing_no, hs.kind, hs.on_date, hs.at, hs.room, hs.panel, hs.applicant, hs.respondent, ",
    payload_columns!(),
    ", NULL FROM events e LEFT JOIN hearing_steps hs ON hs.case_id = e.case_id AND hs.seq = e.seq",
    payload_joins!(),
    " WHERE e.case_id = ?1 AND e.seq = ?2"
);

/// An event from a row of [`EVENTS_SQL`] or [`ONE_EVENT_SQL`] (its case's id is column 15);
/// a value it cannot read is named by the case, the event and the column.
pub(crate) fn event_from_row(r: &Row) -> rusqlite::Result<EventRecord> {
    event_of(r, true)
}

/// An event from a row of [`ALL_EVENTS_SQL`]: its columns up to its case's id, without
/// its payload (read again whole with [`ONE_EVENT_SQL`] where its kind reads one).
pub(crate) fn event_without_payload(r: &Row) -> rusqlite::Result<EventRecord> {
    event_of(r, false)
}

fn event_of(r: &Row, payload: bool) -> rusqlite::Result<EventRecord> {
    event_fields(r, payload).map_err(|e| {
        let place = || Place::Event {
            case: r.get(15).unwrap_or(0),
            seq: r.get(0).unwrap_or(0),
        };
        name_it(r, place, e)
    })
}

/// `payload`: the row has the payload's columns (16 on) and the clock's (31).
fn event_fields(r: &Row, payload: bool) -> rusqlite::Result<EventRecord> {
    let kind = word(r, 1, EventKind::parse)?;
    let detail: Option<String> = r.get(10)?;
    Ok(EventRecord {
        seq: r.get(0)?,
        kind,
        hearing: payload
            .then(|| hearing_step(r, kind, detail.as_deref()))
            .transpose()?
            .flatten(),
        from_state: opt_word(r, 2, State::parse)?,
        to_state: word(r, 3, State::parse)?,
        on: r.get(4)?,
        reason: opt_word(r, 5, Reason::parse)?,
        via: opt_word(r, 6, Via::parse)?,
        outcome: opt_word(r, 7, Outcome::parse)?,
        decision_no: r.get(8)?,
        reverts: r.get(9)?,
        detail,
        actor: r.get(11)?,
        recorded_at: r.get(12)?,
        note: r.get(13)?,
        reverted_by: r.get(14)?,
        appeal: payload.then(|| appeal_step(r, kind)).transpose()?.flatten(),
        void: payload.then(|| void_step(r)).transpose()?.flatten(),
        pinned: payload
            .then(|| opt_word(r, 31, Pinned::parse))
            .transpose()?
            .flatten(),
        overrides: Vec::new(),
    })
}

/// What a void records, from its payload columns (29 and 30); `None` for other events.
fn void_step(r: &Row) -> rusqlite::Result<Option<(VoidReason, Option<String>)>> {
    match r.get_ref(29)? {
        ValueRef::Null => Ok(None),
        _ => Ok(Some((word(r, 29, VoidReason::parse)?, r.get(30)?))),
    }
}

/// The appeal step of an event of `kind`, from its payload columns (24 on); `None` for
/// other events (a service records its date only: the event's).
fn appeal_step(r: &Row, kind: EventKind) -> rusqlite::Result<Option<AppealStep>> {
    if r.get_ref(24)? == ValueRef::Null {
        return Ok(None);
    }
    let level = word(r, 24, Level::parse)?;
    let court_no: Option<String> = r.get(28)?;
    Ok(Some(match kind {
        EventKind::AppealFile => AppealStep::File {
            level,
            court: word(r, 25, Court::parse)?,
            by: word(r, 26, Party::parse)?,
            court_no,
        },
        EventKind::AppealDecide => AppealStep::Decide {
            level,
            outcome: word(r, 27, CourtOutcome::parse)?,
            court_no,
        },
        _ => return Ok(None),
    }))
}

/// The hearing step of an event of `kind`, from its payload columns (16 on) and its
/// detail (the reason of a postponement or cancellation); `None` for other events.
fn hearing_step(
    r: &Row,
    kind: EventKind,
    detail: Option<&str>,
) -> rusqlite::Result<Option<HearingStep>> {
    let Some(no) = r.get::<_, Option<i64>>(16)? else {
        return Ok(None);
    };
    let reason = || detail.unwrap_or_default().to_string();
    Ok(Some(match kind {
        EventKind::HearingSchedule => HearingStep::Schedule {
            no,
            kind: word(r, 17, HearingKind::parse)?,
            on: r.get(18)?,
            at: r.get(19)?,
            room: r.get(20)?,
            panel: r.get(21)?,
        },
        EventKind::HearingPostpone => HearingStep::Postpone {
            no,
            to: r.get(18)?,
            reason: reason(),
        },
        EventKind::HearingCancel => HearingStep::Cancel {
            no,
            reason: reason(),
        },
        EventKind::HearingHeld => HearingStep::Held {
            no,
            applicant: word(r, 22, Attendance::parse)?,
            respondent: word(r, 23, Attendance::parse)?,
        },
        _ => return Ok(None),
    }))
}
