//! A case and its history as the register holds them, what a new case and a correction
//! carry, and the rules on them that need no database: required particulars, dates not in
//! the future, what a correction changes.

use super::appeal::AppealStep;
use super::error::{DateOf, DomainError, HistoryFault, TextField};
use super::hearing::HearingStep;
use super::intake::{Intake, IntakeStep};
use super::lifecycle::{Action, Facts, Recorded, Void};
use super::mediation::{Mediation, MediationStep};
use super::{
    ApplicantKind, Date, EventKind, Outcome, Pinned, Reason, State, Via, VoidReason, body_key,
};

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
    /// The day the parties received the decision, if recorded.
    pub served_on: Option<Date>,
    /// Set when the entry is void (it was never a dispute).
    pub void: Option<Void>,
    /// Its intake steps in force (none for a register that does not record them).
    pub intake: Intake,
    pub mediation: Mediation,
    /// Its receipt reference, where its number is given at registration (then
    /// `register_no` is this reference until the case is registered).
    pub receipt_no: Option<String>,
}

/// A case as the counts read it: its facts, and whether it is left out of them.
impl super::pred::FactsAsOf for CaseRecord {
    fn date_of(&self, f: super::rules::Field) -> Option<Date> {
        self.facts.date_of(f)
    }
    fn word_of(&self, f: super::rules::Field) -> Option<&str> {
        self.facts.word_of(f)
    }
    fn is_void(&self) -> bool {
        self.void.is_some()
    }
    fn is_not_registered(&self) -> bool {
        self.intake.not_registered_on.is_some()
    }
}

impl CaseRecord {
    /// Whether the case waits for its register number (given at its registration).
    pub fn unnumbered(&self) -> bool {
        self.receipt_no.as_deref() == Some(self.register_no.as_str())
    }

    /// How commands name it by its place in the register (`YEAR/SERIAL`), whatever its
    /// number or receipt.
    pub fn short_ref(&self) -> crate::domain::register_no::CaseRef {
        crate::domain::register_no::CaseRef::Short {
            year: self.year,
            serial: self.serial,
        }
    }
}

/// One event of a case's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRecord {
    pub seq: i64,
    pub kind: EventKind,
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
    /// What a hearing step records.
    pub hearing: Option<HearingStep>,
    /// What an appeal step (service, filing, court decision) records.
    pub appeal: Option<AppealStep>,
    /// What a void records: why, and the register number of the case it duplicates.
    pub void: Option<(VoidReason, Option<String>)>,
    /// The clock the environment pinned when its act was recorded, if it did.
    pub pinned: Option<Pinned>,
    /// The refusals the step overrode, each with its reason (read by `case show`).
    pub overrides: Vec<(super::Override, String)>,
}

/// Whether the reading of an event of `kind` as recorded ([`EventRecord::recorded`]) takes
/// its step's payload (a hearing's, an appeal's, a void's), kept in a table of its own: a
/// reader of the whole history looks it up for these kinds only (`verify`).
pub fn reads_payload(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::HearingSchedule
            | EventKind::HearingHeld
            | EventKind::HearingPostpone
            | EventKind::HearingCancel
            | EventKind::AppealFile
            | EventKind::AppealDecide
            | EventKind::Void
    )
}

impl EventRecord {
    /// The event as the lifecycle replays it. A step that lacks what its kind records
    /// (a decision without its route) is a damaged history, not something to make up.
    pub fn recorded(&self, case: &str) -> Result<Recorded, DomainError> {
        let missing = || DomainError::BrokenHistory {
            case: case.to_string(),
            why: HistoryFault::StepWithoutPayload,
        };
        let action = match self.kind {
            EventKind::Add => {
                return Ok(Recorded::Add {
                    received_on: self.on,
                });
            }
            EventKind::Undo => {
                return Ok(Recorded::Undo {
                    reverts: self.reverts.ok_or_else(missing)?,
                });
            }
            EventKind::Edit => return Ok(Recorded::Edit),
            EventKind::HearingSchedule
            | EventKind::HearingHeld
            | EventKind::HearingPostpone
            | EventKind::HearingCancel => {
                return Ok(Recorded::Hearing {
                    seq: self.seq,
                    step: self.hearing.clone().ok_or_else(missing)?,
                    on: self.on,
                });
            }
            EventKind::Serve | EventKind::AppealFile | EventKind::AppealDecide => {
                let step = match self.kind {
                    EventKind::Serve => AppealStep::Serve,
                    _ => self.appeal.clone().ok_or_else(missing)?,
                };
                return Ok(Recorded::Appeal {
                    seq: self.seq,
                    step,
                    on: self.on,
                });
            }
            EventKind::Void => {
                let (reason, of) = self.void.clone().ok_or_else(missing)?;
                return Ok(Recorded::Void {
                    seq: self.seq,
                    void: Void {
                        on: self.on,
                        reason,
                        of,
                    },
                });
            }
            EventKind::Incomplete | EventKind::Register | EventKind::NotRegister => {
                return Ok(Recorded::Intake {
                    seq: self.seq,
                    step: IntakeStep::from_event(self.kind, self.detail.as_deref())
                        .ok_or_else(missing)?,
                    on: self.on,
                });
            }
            EventKind::MediationStart
            | EventKind::MediationExtend
            | EventKind::MediationFail
            | EventKind::MediationAgree => {
                return Ok(Recorded::Mediation {
                    seq: self.seq,
                    step: MediationStep::from_event(self.kind, self.detail.as_deref())
                        .ok_or_else(missing)?,
                    on: self.on,
                });
            }
            EventKind::Qualify => Action::Qualify,
            EventKind::Reject => Action::Reject(self.reason.ok_or_else(missing)?),
            EventKind::Withdraw => Action::Withdraw,
            EventKind::Close => Action::Close,
            EventKind::Decide => Action::Decide {
                via: self.via.ok_or_else(missing)?,
                outcome: self.outcome.ok_or_else(missing)?,
                decision_no: self.decision_no.clone(),
            },
        };
        Ok(Recorded::Step {
            seq: self.seq,
            action,
            on: self.on,
        })
    }
}

/// A whole history as the lifecycle replays it.
pub fn recorded(case: &str, events: &[EventRecord]) -> Result<Vec<Recorded>, DomainError> {
    events.iter().map(|e| e.recorded(case)).collect()
}

/// What `case add` (and each imported row) records.
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

impl NewCase {
    /// The particulars are given and the received date is not in the future.
    pub fn check(&self, today: Date) -> Result<(), DomainError> {
        not_future(DateOf::Received, self.received_on, today)?;
        for (p, v) in [
            (TextField::Applicant, &self.applicant),
            (TextField::Body, &self.body),
            (TextField::Subject, &self.subject),
        ] {
            if v.trim().is_empty() {
                return Err(DomainError::Empty(p));
            }
            p.check(v.trim())?;
        }
        if let Some(n) = &self.register_no {
            if n.trim().is_empty() {
                return Err(DomainError::Empty(TextField::RegisterNo));
            }
            super::register_no::check_number(n)?;
        }
        Ok(())
    }
}

/// Refuses a date after today.
pub fn not_future(what: DateOf, date: Date, today: Date) -> Result<(), DomainError> {
    if date > today {
        return Err(DomainError::FutureDate { what, date, today });
    }
    Ok(())
}

/// Who records a step, when, and why.
#[derive(Debug, Clone)]
pub struct Stamp {
    pub actor: String,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub recorded_at: String,
    pub note: Option<String>,
    /// Whether the environment pinned today or the time (the history marks such acts).
    pub pinned: Option<Pinned>,
}

/// The time a run records its acts at, and whether the environment pinned it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub now: String,
    pub pinned: Option<Pinned>,
}

impl Clock {
    /// The stamp of an act the program itself records (the calendar's seed, a migration).
    pub fn stamp(&self, actor: &str, note: Option<String>) -> Stamp {
        Stamp {
            actor: actor.to_string(),
            recorded_at: self.now.clone(),
            note,
            pinned: self.pinned,
        }
    }
}

/// A case's particulars as the history knows them: what `case add` records and `case
/// edit` corrects (the kind in its stored spelling, the body by the name it had).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Particulars {
    pub applicant: String,
    pub applicant_kind: String,
    pub public_body: String,
    pub subject: String,
}

impl Particulars {
    /// The field a correction names (`Edit::changes`), if it is one.
    fn field(&mut self, name: &str) -> Option<&mut String> {
        match name {
            "applicant" => Some(&mut self.applicant),
            "applicant_kind" => Some(&mut self.applicant_kind),
            "public_body" => Some(&mut self.public_body),
            "subject" => Some(&mut self.subject),
            _ => None,
        }
    }

    /// The particulars the case had when it was entered, from those it has now and the
    /// details of its corrections (oldest first), undone newest first. Also returns the
    /// fields whose value now is not what the latest correction of it left, and whether a
    /// detail did not read: then the case was changed outside sengketa, and the value is
    /// left as it is (so the entry's hash does not match either).
    pub fn at_entry(mut self, edits: &[String]) -> (Particulars, Vec<String>) {
        let mut wrong = Vec::new();
        for detail in edits.iter().rev() {
            let Some(changes) = parse_changes(detail) else {
                wrong.push("?".to_string());
                continue;
            };
            for (name, old, new) in changes.into_iter().rev() {
                match self.field(&name) {
                    Some(v) if *v == new => *v = old,
                    _ => {
                        if !wrong.contains(&name) {
                            wrong.push(name);
                        }
                    }
                }
            }
        }
        (self, wrong)
    }
}

/// The changes a correction's detail records, `field: "old" -> "new"; ...`, each value as
/// Rust writes a string with `{:?}` (`Edit::changes`); `None` if it does not read so.
pub fn parse_changes(detail: &str) -> Option<Vec<(String, String, String)>> {
    let mut out = Vec::new();
    let mut rest = detail;
    loop {
        let (name, r) = rest.split_once(": ")?;
        let (old, r) = unquote(r)?;
        let r = r.strip_prefix(" -> ")?;
        let (new, r) = unquote(r)?;
        out.push((name.to_string(), old, new));
        if r.is_empty() {
            return Some(out);
        }
        rest = r.strip_prefix("; ")?;
    }
}

/// A string as `{:?}` writes it, read back; and what follows it.
fn unquote(s: &str) -> Option<(String, &str)> {
    let mut chars = s.strip_prefix('"')?.char_indices();
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 2..])),
            '\\' => out.push(match chars.next()?.1 {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '0' => '\0',
                '\\' => '\\',
                '"' => '"',
                '\'' => '\'',
                'u' => {
                    if chars.next()?.1 != '{' {
                        return None;
                    }
                    let mut hex = String::new();
                    loop {
                        match chars.next()?.1 {
                            '}' => break,
                            h => hex.push(h),
                        }
                    }
                    char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?
                }
                _ => return None,
            }),
            c => out.push(c),
        }
    }
    None
}

impl Stamp {
    /// The actor is a name and the note a note (control characters and sizes).
    pub fn check(&self) -> Result<(), DomainError> {
        TextField::Actor.check(&self.actor)?;
        if let Some(n) = &self.note {
            TextField::Note.check(n)?;
        }
        Ok(())
    }
}

/// A correction of a case's particulars (`case edit`).
#[derive(Debug, Clone, Default)]
pub struct Edit {
    pub applicant: Option<String>,
    pub applicant_kind: Option<ApplicantKind>,
    pub body: Option<String>,
    pub subject: Option<String>,
}

impl Edit {
    /// Something is given, and every value given is non-empty.
    pub fn check(&self) -> Result<(), DomainError> {
        if self.applicant.is_none()
            && self.applicant_kind.is_none()
            && self.body.is_none()
            && self.subject.is_none()
        {
            return Err(DomainError::NothingGiven);
        }
        for (p, v) in [
            (TextField::Applicant, &self.applicant),
            (TextField::Body, &self.body),
            (TextField::Subject, &self.subject),
        ] {
            if let Some(v) = v {
                if v.trim().is_empty() {
                    return Err(DomainError::Empty(p));
                }
                p.check(v.trim())?;
            }
        }
        Ok(())
    }

    /// What the correction changes on `case`, as the history records it
    /// (`field: "old" -> "new"`). `body_name` is the name under which the register knows
    /// the new body (it may know it under another spelling). Nothing to change is an error.
    pub fn changes(
        &self,
        case: &CaseRecord,
        body_name: Option<&str>,
    ) -> Result<String, DomainError> {
        let mut changes = Vec::new();
        let mut change = |field: &str, old: &str, new: &str| {
            if old != new {
                changes.push(format!("{field}: {old:?} -> {new:?}"));
            }
        };
        if let Some(a) = &self.applicant {
            change("applicant", &case.applicant, a.trim());
        }
        if let Some(k) = self.applicant_kind {
            change("applicant_kind", case.applicant_kind.as_str(), k.as_str());
        }
        if let Some(s) = &self.subject {
            change("subject", &case.subject, s.trim());
        }
        if let Some(name) = body_name
            && body_key(name) != body_key(&case.body)
        {
            change("public_body", &case.body, name);
        }
        if changes.is_empty() {
            return Err(DomainError::NothingToChange {
                case: case.register_no.clone(),
            });
        }
        Ok(changes.join("; "))
    }

    /// Whether the body given is another body than the case's.
    pub fn moves_body(&self, case: &CaseRecord) -> bool {
        self.body
            .as_ref()
            .is_some_and(|b| body_key(b) != body_key(&case.body))
    }
}

#[cfg(test)]
mod tests;
