//! The side tracks of a case: after the decision (its service, the appeals to the courts)
//! and the void of an entry. Each step is one transaction: its act, its event, its payload,
//! and the case's track (its service date, its rows of `appeals`) or void as the replay
//! of its history leaves them. And the appeals CSV out and in.

use super::rows::{case_from_row, events_in, find_in, find_sql};
use super::sql;
use super::writes::{NewEvent, insert_act, insert_event};
use super::{Register, WRITE, db};
use crate::domain::appeal::row::AppealRow;
use crate::domain::appeal::{Appeal, CourtDecision, Track, TrackStep};
use crate::domain::case::{CaseRecord, Stamp, recorded};
use crate::domain::lifecycle::{Facts, Recorded, Replayed, Void, replay};
use crate::domain::register_no::CaseRef;
use crate::domain::rules::LEVELS;
use crate::domain::{
    ActKind, Court, CourtOutcome, Date, DomainError, EventKind, Level, Party, VoidReason,
};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::HashMap;

const APPEAL_COLUMNS: &str =
    "a.level, a.court, a.party, a.filed_on, a.court_no, a.decided_on, a.outcome";

/// The SQL that orders appeals by level, as [`LEVELS`] lists them.
fn level_order(col: &str) -> String {
    let mut s = String::from("CASE");
    for (i, l) in LEVELS.iter().enumerate() {
        s += &format!(" WHEN {col} = '{}' THEN {i}", l.level);
    }
    s + " END"
}

/// An appeal from a row whose columns from `at` on are [`APPEAL_COLUMNS`].
fn appeal_from_row(r: &Row, at: usize) -> rusqlite::Result<Appeal> {
    use super::rows::{opt_word, word};
    let decided_on: Option<Date> = r.get(at + 5)?;
    let outcome = opt_word(r, at + 6, CourtOutcome::parse)?;
    Ok(Appeal {
        level: word(r, at, Level::parse)?,
        court: word(r, at + 1, Court::parse)?,
        by: word(r, at + 2, Party::parse)?,
        filed_on: r.get(at + 3)?,
        court_no: r.get(at + 4)?,
        decided: decided_on
            .zip(outcome)
            .map(|(on, outcome)| CourtDecision { on, outcome }),
    })
}

/// The appeals of a case, in level order.
pub(crate) fn appeals_in(conn: &Connection, case_id: i64) -> Result<Vec<Appeal>> {
    let mut st = conn
        .prepare_cached(&format!(
            "SELECT {APPEAL_COLUMNS} FROM appeals a WHERE a.case_id = ?1 ORDER BY {}",
            level_order("a.level")
        ))
        .map_err(db)?;
    let rows = st
        .query_map([case_id], |r| appeal_from_row(r, 0))
        .map_err(db)?;
    rows.collect::<rusqlite::Result<_>>().map_err(db)
}

/// Every appeal of the register, by case id, in level order (for `verify` and the recap).
pub(crate) fn all_appeals(conn: &Connection) -> Result<HashMap<i64, Vec<Appeal>>> {
    let mut st = conn
        .prepare(&format!(
            "SELECT a.case_id, {APPEAL_COLUMNS} FROM appeals a ORDER BY a.case_id, {}",
            level_order("a.level")
        ))
        .map_err(db)?;
    let mut all: HashMap<i64, Vec<Appeal>> = HashMap::new();
    let mut rows = st.query([]).map_err(db)?;
    while let Some(r) = rows.next().map_err(db)? {
        let id: i64 = r.get(0).map_err(db)?;
        all.entry(id)
            .or_default()
            .push(appeal_from_row(r, 1).map_err(db)?);
    }
    Ok(all)
}

/// Brings a case's service date and appeal rows to `want` (through the triggers that
/// allow only the appeal steps' changes).
pub(crate) fn sync_track(conn: &Connection, case_id: i64, want: &Track) -> Result<()> {
    conn.prepare_cached("UPDATE cases SET served_on = ?2 WHERE id = ?1 AND served_on IS NOT ?2")
        .and_then(|mut st| st.execute(params![case_id, want.served_on]))
        .map_err(db)?;
    let have = appeals_in(conn, case_id)?;
    // The later levels go first, so that no row is ever left without the one before it.
    for h in have.iter().rev() {
        if !want.appeals.iter().any(|w| w.level == h.level) {
            conn.execute(
                "DELETE FROM appeals WHERE case_id = ?1 AND level = ?2",
                params![case_id, h.level.as_str()],
            )
            .map_err(db)?;
        }
    }
    for w in &want.appeals {
        let values = params![
            case_id,
            w.level.as_str(),
            w.court.as_str(),
            w.by.as_str(),
            w.filed_on,
            w.court_no,
            w.decided.map(|d| d.on),
            w.decided.map(|d| d.outcome.as_str()),
        ];
        match have.iter().find(|h| h.level == w.level) {
            Some(h) if h == w => {}
            Some(_) => conn
                .prepare_cached(
                    "UPDATE appeals SET court_no = ?6, decided_on = ?7, outcome = ?8
                     WHERE case_id = ?1 AND level = ?2 AND court = ?3 AND party = ?4
                       AND filed_on = ?5",
                )
                .and_then(|mut st| st.execute(values))
                .map(drop)
                .map_err(db)?,
            None => conn
                .prepare_cached(
                    "INSERT INTO appeals (case_id, level, court, party, filed_on, court_no,
                     decided_on, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .and_then(|mut st| st.execute(values))
                .map(drop)
                .map_err(db)?,
        }
    }
    Ok(())
}

/// The id of the case a register number names.
fn case_id_of(conn: &Connection, register_no: &str) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM cases WHERE register_no = ?1")
        .and_then(|mut st| st.query_row([register_no], |r| r.get(0)).optional())
        .map_err(db)?
        .ok_or_else(|| DomainError::NoSuchCase(CaseRef::Number(register_no.to_string())).into())
}

/// Brings a case's void to `want`.
pub(crate) fn sync_void(conn: &Connection, case_id: i64, want: Option<&Void>) -> Result<()> {
    let of = match want.and_then(|v| v.of.as_deref()) {
        Some(n) => Some(case_id_of(conn, n)?),
        None => None,
    };
    conn.prepare_cached(
        "UPDATE cases SET voided_on = ?2, void_reason = ?3, void_of = ?4 WHERE id = ?1
         AND (voided_on IS NOT ?2 OR void_reason IS NOT ?3 OR void_of IS NOT ?4)",
    )
    .and_then(|mut st| {
        st.execute(params![
            case_id,
            want.map(|v| v.on),
            want.map(|v| v.reason.as_str()),
            of
        ])
    })
    .map(drop)
    .map_err(db)
}

/// Appends an appeal step's payload to the event `seq` of a case (a service has none).
fn insert_appeal_step(conn: &Connection, case_id: i64, seq: i64, step: &TrackStep) -> Result<()> {
    let (level, court, party, outcome, court_no) = match step {
        TrackStep::Serve => return Ok(()),
        TrackStep::File {
            level,
            court,
            by,
            court_no,
        } => (
            level,
            Some(court.as_str()),
            Some(by.as_str()),
            None,
            court_no,
        ),
        TrackStep::Decide {
            level,
            outcome,
            court_no,
        } => (level, None, None, Some(outcome.as_str()), court_no),
    };
    conn.prepare_cached(
        "INSERT INTO appeal_steps (case_id, seq, step, level, court, party, outcome, court_no)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )
    .and_then(|mut st| {
        st.execute(params![
            case_id,
            seq,
            step.kind().as_str(),
            level.as_str(),
            court,
            party,
            outcome,
            court_no
        ])
    })
    .map(drop)
    .map_err(db)
}

/// The history of a case with one more event, replayed: what it leads to, or why the
/// procedure refuses it.
fn with_event(
    case: &CaseRecord,
    events: &[crate::domain::case::EventRecord],
    next: Recorded,
) -> Result<Replayed> {
    let mut history = recorded(&case.register_no, events)?;
    history.push(next);
    Ok(replay(&case.register_no, &history)?)
}

/// Writes a track step (event, payload, the case's track) as the event `seq` of `case`.
fn write_track_step(
    conn: &Connection,
    case: &CaseRecord,
    seq: i64,
    (step, on): (&TrackStep, Date),
    after: &Track,
    act: i64,
    note: Option<&str>,
) -> Result<()> {
    insert_event(
        conn,
        &NewEvent::track((case.id, seq), step.kind(), case.state, on, act, note),
    )?;
    insert_appeal_step(conn, case.id, seq, step)?;
    sync_track(conn, case.id, after)
}

impl Register {
    /// A case's track after its decision, as it stands.
    pub fn track(&self, case: &CaseRecord) -> Result<Track> {
        Ok(Track {
            served_on: case.served_on,
            appeals: appeals_in(&self.conn, case.id)?,
        })
    }

    /// Records a step of a case's track after its decision, dated `on` (none: the
    /// decision's date). `make` gives the step from the case's facts and its track as they
    /// stand (the level a court decides is the one pending). Returns the case and its
    /// track as they now stand, and the step's date.
    pub fn track_step(
        &mut self,
        r: &CaseRef,
        on: Option<Date>,
        stamp: &Stamp,
        make: impl FnOnce(&Facts, &Track) -> Result<TrackStep, DomainError>,
    ) -> Result<(CaseRecord, Track, Date)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        super::cases::not_void(&case)?;
        let track = Track {
            served_on: case.served_on,
            appeals: appeals_in(&tx, case.id)?,
        };
        let step = make(&case.facts, &track)?;
        let on = match on.or(case.facts.decided_on) {
            Some(on) => on,
            None => {
                return Err(DomainError::NoDecision {
                    case: case.register_no.clone(),
                    state: case.state,
                }
                .into());
            }
        };
        let events = events_in(&tx, case.id)?;
        let seq = events.len() as i64 + 1;
        let after = with_event(
            &case,
            &events,
            Recorded::Track {
                seq,
                step: step.clone(),
                on,
            },
        )?;
        let act = insert_act(&tx, stamp, step.kind().act(), None)?;
        write_track_step(
            &tx,
            &case,
            seq,
            (&step, on),
            &after.track,
            act,
            stamp.note.as_deref(),
        )?;
        let now = find_in(&tx, r)?;
        super::chain::commit(tx)?;
        Ok((now, after.track, on))
    }

    /// Declares an entry void, for `reason`, dated `on`; `of` names the case it
    /// duplicates. Only an entry with no step in force can be voided. Returns the case.
    pub fn void_case(
        &mut self,
        r: &CaseRef,
        reason: VoidReason,
        of: Option<&CaseRef>,
        on: Date,
        stamp: &Stamp,
    ) -> Result<CaseRecord> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let case = find_in(&tx, r)?;
        let of = match of {
            Some(o) => {
                let other = find_in(&tx, o)?;
                if other.id == case.id {
                    return Err(DomainError::VoidOfItself {
                        case: case.register_no,
                    }
                    .into());
                }
                if other.void.is_some() {
                    return Err(DomainError::VoidOfVoid {
                        case: case.register_no,
                        of: other.register_no,
                    }
                    .into());
                }
                Some(other)
            }
            None => None,
        };
        let events = events_in(&tx, case.id)?;
        let seq = events.len() as i64 + 1;
        let void = Void {
            on,
            reason,
            of: of.as_ref().map(|o| o.register_no.clone()),
        };
        let after = with_event(&case, &events, Recorded::Void { seq, void })?;
        let act = insert_act(&tx, stamp, ActKind::Void, None)?;
        insert_event(
            &tx,
            &NewEvent::track(
                (case.id, seq),
                EventKind::Void,
                case.state,
                on,
                act,
                stamp.note.as_deref(),
            ),
        )?;
        tx.execute(
            "INSERT INTO void_steps (case_id, seq, reason, of_case) VALUES (?1, ?2, ?3, ?4)",
            params![case.id, seq, reason.as_str(), of.as_ref().map(|o| o.id)],
        )
        .map_err(db)?;
        sync_void(&tx, case.id, after.void.as_ref())?;
        let now = find_in(&tx, r)?;
        super::chain::commit(tx)?;
        Ok(now)
    }

    /// The cases (not void) whose applicant, body, subject and received date are the
    /// new case's, up to case and spaces: `YEAR/SERIAL` of each, in register order.
    pub fn duplicates_of(&self, new: &crate::domain::case::NewCase) -> Result<Vec<String>> {
        let Some(body) = super::writes::find_body(&self.conn, &new.body)? else {
            return Ok(vec![]);
        };
        let fold = crate::domain::body_key;
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT c.year, c.serial, c.applicant, c.subject FROM cases c
                 WHERE c.received_on = ?1 AND c.body_id = ?2 AND {}
                 ORDER BY c.year, c.serial",
                sql::cohort("c.")
            ))
            .map_err(db)?;
        let rows = st
            .query_map(params![new.received_on, body], |r| {
                Ok((
                    r.get::<_, i32>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .map_err(db)?;
        let mut found = Vec::new();
        for row in rows {
            let (year, serial, applicant, subject) = row.map_err(db)?;
            if fold(&applicant) == fold(&new.applicant) && fold(&subject) == fold(&new.subject) {
                found.push(format!("{year}/{serial}"));
            }
        }
        Ok(found)
    }

    /// Streams every case (not void) received on or before `as_of` with a decision by
    /// then, with its track (for the appeals recap and the listings that ask about
    /// finality), in register order.
    pub fn decided_cases(
        &self,
        as_of: Date,
        mut each: impl FnMut(&CaseRecord, &Track) -> Result<()>,
    ) -> Result<()> {
        let mut appeals = all_appeals(&self.conn)?;
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {} FROM cases c JOIN bodies b ON b.id = c.body_id
                 WHERE c.decided_on <= ?1 AND {} ORDER BY c.year, c.serial",
                super::rows::CASE_COLUMNS,
                sql::cohort("c.")
            ))
            .map_err(db)?;
        let mut rows = st.query([as_of]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            let case = case_from_row(r).map_err(db)?;
            let track = Track {
                served_on: case.served_on,
                appeals: appeals.remove(&case.id).unwrap_or_default(),
            };
            each(&case, &track)?;
        }
        Ok(())
    }

    /// Calls `each` with every case's register number, service date and appeals (one
    /// call per appeal, or one with none for a case served and not appealed), in register
    /// order then level order: of the cases received in `year`, or of all.
    pub fn export_appeals(
        &self,
        year: Option<i32>,
        mut each: impl FnMut(&str, Option<Date>, Option<&Appeal>) -> Result<()>,
    ) -> Result<()> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT c.register_no, c.served_on, {APPEAL_COLUMNS} FROM cases c
                 LEFT JOIN appeals a ON a.case_id = c.id
                 WHERE (c.served_on IS NOT NULL OR a.case_id IS NOT NULL)
                   AND (?1 IS NULL OR c.year = ?1) AND {}
                 ORDER BY c.year, c.serial, {}",
                sql::cohort("c."),
                level_order("a.level")
            ))
            .map_err(db)?;
        let mut rows = st.query([year]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            let register_no: String = r.get(0).map_err(db)?;
            let served_on: Option<Date> = r.get(1).map_err(db)?;
            let level: Option<String> = r.get(2).map_err(db)?;
            let appeal = match level {
                Some(_) => Some(appeal_from_row(r, 2).map_err(db)?),
                None => None,
            };
            each(&register_no, served_on, appeal.as_ref())?;
        }
        Ok(())
    }

    /// Runs an appeals import in one transaction, its events all of one act stamped
    /// with `stamp` (whose note names the source). `fill` adds the rows and says whether
    /// to keep them: `Ok(true)` commits; `Ok(false)` or an error rolls everything back.
    pub fn import_appeals(
        &mut self,
        stamp: &Stamp,
        fill: impl FnOnce(&mut AppealImporter<'_>) -> Result<bool>,
    ) -> Result<bool> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let act = insert_act(&tx, stamp, ActKind::AppealsImport, stamp.note.as_deref())?;
        let keep = fill(&mut AppealImporter {
            conn: &tx,
            act,
            cases: HashMap::new(),
        })?;
        if keep {
            super::chain::commit(tx)?;
        }
        Ok(keep)
    }
}

/// An appeals import under way, inside [`Register::import_appeals`]'s transaction.
pub struct AppealImporter<'c> {
    conn: &'c Connection,
    act: i64,
    /// The cases the file names so far, with their histories as the rows leave them (a
    /// missing case: None).
    cases: HashMap<String, Option<(CaseRecord, Vec<Recorded>)>>,
}

/// Why an appeals row was not added.
#[derive(Debug)]
pub enum AppealRefused {
    /// The procedure refuses the row (the import goes on checking the others).
    Row(DomainError),
    /// Something else failed: the import stops.
    Failed(Error),
}

impl From<Error> for AppealRefused {
    fn from(e: Error) -> Self {
        AppealRefused::Failed(e)
    }
}

impl AppealImporter<'_> {
    /// Adds one valid row: the service (when the case has none yet), the filing and the
    /// court's decision, each checked by the procedure's rules (a replay of the case's
    /// history with it), then written. A refused row writes nothing.
    pub fn add(&mut self, row: &AppealRow) -> Result<(), AppealRefused> {
        let conn = self.conn;
        let act = self.act;
        if !self.cases.contains_key(&row.register_no) {
            let found = conn
                .prepare_cached(&find_sql(false))
                .and_then(|mut st| st.query_row([&row.register_no], case_from_row).optional())
                .map_err(db)?;
            let open = match found {
                Some(case) => {
                    let events = events_in(conn, case.id)?;
                    let history = recorded(&case.register_no, &events)
                        .map_err(|e| AppealRefused::Failed(e.into()))?;
                    Some((case, history))
                }
                None => None,
            };
            self.cases.insert(row.register_no.clone(), open);
        }
        let Some((case, history)) = self
            .cases
            .get_mut(&row.register_no)
            .and_then(Option::as_mut)
        else {
            let r = CaseRef::Number(row.register_no.clone());
            return Err(AppealRefused::Row(DomainError::NoSuchCase(r)));
        };
        let now = replay(&case.register_no, history).map_err(AppealRefused::Row)?;
        let mut steps: Vec<(TrackStep, Date)> = Vec::new();
        if let Some(s) = row.served_on
            && now.track.served_on != Some(s)
        {
            steps.push((TrackStep::Serve, s));
        }
        steps.extend(row.steps());
        // Every step checked before anything is written.
        let mut trial = history.clone();
        let mut afters = Vec::with_capacity(steps.len());
        let first_seq = (history.len() + 1) as i64;
        for (i, (step, on)) in steps.iter().enumerate() {
            trial.push(Recorded::Track {
                seq: first_seq + i as i64,
                step: step.clone(),
                on: *on,
            });
            let r = replay(&case.register_no, &trial).map_err(AppealRefused::Row)?;
            afters.push(r.track);
        }
        for (i, ((step, on), after)) in steps.iter().zip(&afters).enumerate() {
            write_track_step(
                conn,
                case,
                first_seq + i as i64,
                (step, *on),
                after,
                act,
                None,
            )?;
        }
        *history = trial;
        Ok(())
    }
}
