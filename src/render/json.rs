//! The JSON shapes of the register's records, one struct per kind of record whichever
//! command writes it: a case (`case list`, `case show`, `export`), a hearing (`case show`,
//! `agenda`). Each carries `schema_version` where it stands alone.

use super::SCHEMA_VERSION;
use crate::domain::case::CaseRecord;
use crate::domain::deadlines::Timing;
use crate::domain::hearing::Hearing;
use crate::domain::lifecycle::Facts;
use serde::Serialize;

/// The JSON form of a case, the one shape every command writes it in (`case list`,
/// `case show`, `export --format json`): `schema_version`, the register CSV's columns in
/// their order (null for a step not taken), then the case's state, year and serial, then
/// its deadlines as of a date.
#[derive(Debug, Serialize)]
pub struct CaseJson<'a> {
    pub schema_version: u32,
    /// Its number; for a filing numbered at registration and not registered yet, its
    /// receipt reference (equal to `receipt_no`).
    pub register_no: &'a str,
    /// The receipt reference of a case numbered at registration (the setting
    /// `register-number-at`); absent for a case numbered at receipt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_no: Option<&'a str>,
    pub received_on: String,
    /// The akta registrasi's date: only for a case registered by `case register` (a
    /// register that never records intake writes the shape it always did).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registered_on: Option<String>,
    pub applicant: &'a str,
    pub applicant_kind: &'static str,
    pub public_body: &'a str,
    pub subject: &'a str,
    pub qualified_on: Option<String>,
    pub not_qualified_on: Option<String>,
    pub not_qualified_reason: Option<&'static str>,
    pub withdrawn_on: Option<String>,
    pub decided_on: Option<String>,
    pub decision_via: Option<&'static str>,
    pub decision_outcome: Option<&'static str>,
    pub decision_no: Option<&'a str>,
    pub closed_on: Option<String>,
    pub state: &'static str,
    pub year: i32,
    pub serial: i64,
    pub start_by: String,
    pub finish_by: String,
    pub working_days_open: i64,
    /// The deadlines overdue as of the date: `start`, `finish` (none for a void entry).
    pub overdue: Vec<&'static str>,
    /// A void entry's date, reason and the case it duplicates; null for a case.
    pub void: Option<VoidJson<'a>>,
}

/// Why and when an entry was made void.
#[derive(Debug, Serialize)]
pub struct VoidJson<'a> {
    pub on: String,
    pub reason: &'static str,
    pub of: Option<&'a str>,
}

impl<'a> CaseJson<'a> {
    pub fn of(c: &'a CaseRecord, t: &Timing) -> CaseJson<'a> {
        let f: &Facts = &c.facts;
        let date = |d: Option<crate::domain::Date>| d.map(|d| d.to_string());
        CaseJson {
            schema_version: SCHEMA_VERSION,
            register_no: &c.register_no,
            receipt_no: c.receipt_no.as_deref(),
            received_on: f.received_on.to_string(),
            registered_on: date(c.intake.registered_on),
            applicant: &c.applicant,
            applicant_kind: c.applicant_kind.as_str(),
            public_body: &c.body,
            subject: &c.subject,
            qualified_on: date(f.qualified_on),
            not_qualified_on: date(f.not_qualified_on),
            not_qualified_reason: f.not_qualified_reason.map(|r| r.as_str()),
            withdrawn_on: date(f.withdrawn_on),
            decided_on: date(f.decided_on),
            decision_via: f.decision.map(|(v, _)| v.as_str()),
            decision_outcome: f.decision.map(|(_, o)| o.as_str()),
            decision_no: f.decision_no.as_deref(),
            closed_on: date(f.closed_on),
            state: c.state.as_str(),
            year: c.year,
            serial: c.serial,
            start_by: t.start_by.to_string(),
            finish_by: t.finish_by.to_string(),
            working_days_open: t.working_days_open,
            // A void entry has no deadline to be overdue on.
            overdue: match c.void {
                Some(_) => vec![],
                None => t.overdue().iter().map(|w| w.as_str()).collect(),
            },
            void: c.void.as_ref().map(|v| VoidJson {
                on: v.on.to_string(),
                reason: v.reason.as_str(),
                of: v.of.as_deref(),
            }),
        }
    }
}

/// The JSON form of a hearing, the one shape `case show` (its `hearings`) and `agenda` (its
/// `hearings`, with the case's applicant and body beside it) write: the hearings CSV's
/// columns in their order (`applicant` and `respondent`: how each attended a hearing
/// held), then how many times it was postponed.
#[derive(Debug, Serialize)]
pub struct HearingJson<'a> {
    pub register_no: &'a str,
    pub hearing_no: i64,
    pub kind: &'static str,
    pub first_on: String,
    pub on_date: String,
    pub at: Option<&'a str>,
    pub room: Option<&'a str>,
    pub panel: Option<&'a str>,
    pub status: &'static str,
    pub applicant: Option<&'static str>,
    pub respondent: Option<&'static str>,
    pub reason: Option<&'a str>,
    pub postponements: i64,
}

impl<'a> HearingJson<'a> {
    pub fn of(register_no: &'a str, h: &'a Hearing) -> HearingJson<'a> {
        HearingJson {
            register_no,
            hearing_no: h.no,
            kind: h.kind.as_str(),
            first_on: h.first_on.to_string(),
            on_date: h.on.to_string(),
            at: h.at.as_deref(),
            room: h.room.as_deref(),
            panel: h.panel.as_deref(),
            status: h.status.as_str(),
            applicant: h.applicant.map(|a| a.as_str()),
            respondent: h.respondent.map(|a| a.as_str()),
            reason: h.reason.as_deref(),
            postponements: h.postponements,
        }
    }
}
