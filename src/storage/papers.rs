//! The clerk's papers in the register: the facts a paper is printed from (read in ONE
//! place, [`Register::paper_facts`], so that the case file's facts are wired in there),
//! the letter-number series, each issued paper as an act with its hashes and its bytes,
//! and the templates a commission set.

use super::{DEFAULT_LETTER_TEMPLATE, LETTER_NUMBER_FORMAT, Register, WRITE, chain, db, writes};
use crate::domain::case::{CaseRecord, Stamp};
use crate::domain::paper::words::{self, Zone};
use crate::domain::paper::{self as paper, HearingFacts, PaperFacts, base64};
use crate::domain::register_no::Template;
use crate::domain::{ActKind, Attendance, Date, Lang, PaperKind, Party};
use crate::error::Result;
use rusqlite::{OptionalExtension, params};

/// What a clerk asks to print.
#[derive(Debug, Clone)]
pub struct PaperRequest {
    pub kind: PaperKind,
    pub hearing: Option<i64>,
    pub party: Option<Party>,
    /// `--item`: what is missing (incomplete), what was handed in (registration).
    pub items: Vec<String>,
    pub format: &'static str,
}

/// A paper the register issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedPaper {
    pub act_id: i64,
    pub letter_no: String,
    pub kind: PaperKind,
    pub case: String,
    pub hearing: Option<i64>,
    pub party: Option<Party>,
    pub format: String,
    pub template_sha256: String,
    pub output_sha256: String,
    pub actor: String,
    pub recorded_at: String,
}

const PAPER_SQL: &str = "SELECT p.act_id, p.letter_no, p.kind, c.register_no, p.hearing_no, \
    p.party, p.format, p.template_sha256, p.output_sha256, a.actor, a.recorded_at, p.output \
    FROM papers p JOIN cases c ON c.id = p.case_id JOIN acts a ON a.id = p.act_id";

fn paper_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(IssuedPaper, String)> {
    let kind: String = r.get(2)?;
    let party: Option<String> = r.get(5)?;
    Ok((
        IssuedPaper {
            act_id: r.get(0)?,
            letter_no: r.get(1)?,
            // The schema's CHECKs hold these to the vocabularies.
            kind: PaperKind::parse(&kind).unwrap_or(PaperKind::Registration),
            case: r.get(3)?,
            hearing: r.get(4)?,
            party: party.and_then(|p| Party::parse(&p).ok()),
            format: r.get(6)?,
            template_sha256: r.get(7)?,
            output_sha256: r.get(8)?,
            actor: r.get(9)?,
            recorded_at: r.get(10)?,
        },
        r.get(11)?,
    ))
}

impl Register {
    fn opt_setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.setting(key)?.filter(|v| !v.trim().is_empty()))
    }

    /// The facts of a paper of `case`, as the register holds them: the case, its hearings
    /// and decision, the settings, and the case file (parties, representative, the PPID's
    /// and superior's addresses, grounds, panel and clerk, services of summons). The one
    /// place that reads them.
    pub fn paper_facts(
        &self,
        case: &CaseRecord,
        req: &PaperRequest,
        today: Date,
    ) -> Result<PaperFacts> {
        let zone = self
            .opt_setting("timezone")?
            .and_then(|z| Zone::parse(&z))
            .unwrap_or(Zone::Wib);
        let label = |a: Option<Attendance>| a.map(|a| a.label(Lang::Id).to_string());
        let file = self.case_file(case)?;
        let (applicant_name, body_name) = (case.applicant.clone(), case.body.clone());
        let issued = self.papers_of(case)?;
        let summons_of = |no: i64, party: Party| {
            issued
                .iter()
                .rfind(|p| {
                    p.kind == PaperKind::Summons && p.hearing == Some(no) && p.party == Some(party)
                })
                .map(|p| p.letter_no.clone())
        };
        let services_of = |no: i64| -> Vec<paper::Service> {
            file.services
                .iter()
                .filter(|s| s.hearing_no == no)
                .map(|s| paper::Service {
                    party: Some(s.party.label(Lang::Id).to_string()),
                    to: Some(match s.party {
                        Party::Applicant => applicant_name.clone(),
                        Party::Respondent => body_name.clone(),
                    }),
                    on: Some(words::day_and_date(s.on)),
                    how: Some(s.how.label(Lang::Id).to_string()),
                    result: Some(s.result.label(Lang::Id).to_string()),
                    letter: summons_of(s.hearing_no, s.party),
                })
                .collect()
        };
        let stored = self.hearings(case)?;
        let hearings: Vec<HearingFacts> = stored
            .iter()
            .map(|h| HearingFacts {
                no: Some(h.no),
                ordinal: Some(words::ordinal(h.no as u64)),
                kind: Some(h.kind.label(Lang::Id).to_string()),
                date: Some(words::day_and_date(h.on)),
                time: h.at.as_deref().map(|at| words::time_of_day(at, zone)),
                room: h.room.clone(),
                status: Some(h.status.label(Lang::Id).to_string()),
                applicant_attendance: label(h.applicant),
                respondent_attendance: label(h.respondent),
                services: services_of(h.no),
            })
            .collect();
        // The absences a lapse rests on, as the case file counts them: once a case has
        // service records, only absences after a summons delivered count.
        let counted: Vec<i64> = crate::domain::case_file::counted_absences(&stored, &file.services)
            .iter()
            .map(|a| a.hearing_no)
            .collect();
        let absences = hearings
            .iter()
            .filter(|h| h.no.is_some_and(|n| counted.contains(&n)))
            .cloned()
            .collect();
        let hearing = match req.hearing {
            Some(n) => hearings
                .iter()
                .find(|h| h.no == Some(n))
                .cloned()
                .ok_or_else(|| crate::domain::DomainError::NoSuchHearing {
                    case: case.register_no.clone(),
                    no: n,
                })?,
            None => HearingFacts::default(),
        };
        let f = &case.facts;
        let calendar = self.calendar()?;
        let applicant = paper::Applicant {
            name: case.applicant.clone(),
            kind: case.applicant_kind.label(Lang::Id).to_string(),
            address: file.parties.applicant_address.clone(),
            phone: file.parties.applicant_phone.clone(),
            email: file.parties.applicant_email.clone(),
        };
        let respondent = paper::Respondent {
            name: case.body.clone(),
            ppid_address: file.parties.ppid_address.clone(),
            superior_address: file.parties.superior_address.clone(),
        };
        let party = match req.party {
            Some(Party::Applicant) => paper::Addressee {
                role: Some("Pemohon".into()),
                name: Some(applicant.name.clone()),
                address: applicant.address.clone(),
            },
            Some(Party::Respondent) => paper::Addressee {
                role: Some("Termohon".into()),
                name: Some(respondent.name.clone()),
                address: respondent.ppid_address.clone(),
            },
            None => paper::Addressee::default(),
        };
        let late_by = f.decided_on.and_then(|d| {
            let n = calendar.working_days_between(d, today);
            (n > 3).then_some(n)
        });
        Ok(PaperFacts {
            title: paper::title(req.kind).to_string(),
            commission: paper::Commission {
                name: self.opt_setting("commission-name")?,
                address: self.opt_setting("commission-address")?,
                phone: self.opt_setting("commission-phone")?,
                email: self.opt_setting("commission-email")?,
                city: self.opt_setting("commission-city")?,
                chair: self.opt_setting("chair-name")?,
                head_clerk: self.opt_setting("head-clerk-name")?,
                timezone: zone.as_str().to_string(),
            },
            letter: paper::Letter {
                number: None,
                date: words::date_long(today),
                day_and_date: words::day_and_date(today),
                items: req.items.clone(),
            },
            case: paper::CaseFacts {
                register_no: case.register_no.clone(),
                received: words::day_and_date(f.received_on),
                // The akta registrasi's day where intake recorded it; a case numbered at
                // registration has none before it (its paper would carry its receipt).
                registered: case
                    .intake
                    .registered_on
                    .or(f.qualified_on.filter(|_| case.receipt_no.is_none()))
                    .map(words::day_and_date),
                subject: case.subject.clone(),
                withdrawn: f.withdrawn_on.map(words::day_and_date),
            },
            applicant,
            representative: paper::Representative {
                name: file.parties.rep_name.clone(),
                address: file.parties.rep_address.clone(),
                power_of_attorney: file.parties.rep_authorised_on.map(words::day_and_date),
            },
            respondent,
            grounds: file
                .road
                .grounds
                .iter()
                .map(|g| g.label(Lang::Id).to_string())
                .collect(),
            panel: panel_of(&file.panel),
            hearings,
            hearing,
            absences,
            party,
            decision: paper::Decision {
                date: f.decided_on.map(words::day_and_date),
                number: f.decision_no.clone(),
                route: f.decision.map(|(v, _)| v.label(Lang::Id).to_string()),
                outcome: f.decision.map(|(_, o)| o.label(Lang::Id).to_string()),
                late_by,
                late_by_words: late_by.map(|n| words::number_with_words(n.unsigned_abs())),
            },
            completion: paper::Completion {
                days: words::number_with_words(7),
                last_day: calendar.add_working_days(today, 7).map(words::day_and_date),
            },
            blank: paper::BLANK.to_string(),
        })
    }

    /// The template a commission set for `kind`, if it set one (else the shipped one).
    pub fn paper_template(&self, kind: PaperKind) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT text FROM template_changes WHERE kind = ?1 ORDER BY act_id DESC LIMIT 1",
                [kind.as_str()],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()
            .map(Option::flatten)
            .map_err(db)
    }

    /// Sets (`Some`) or resets (`None`) the template of `kind`: an act of the history.
    pub fn set_paper_template(
        &mut self,
        kind: PaperKind,
        text: Option<&str>,
        stamp: &Stamp,
    ) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let (act_kind, note) = match text {
            Some(_) => (ActKind::TemplateSet, format!("template {kind} set")),
            None => (ActKind::TemplateReset, format!("template {kind} reset")),
        };
        let act = writes::insert_act(&tx, stamp, act_kind, Some(&note))?;
        tx.execute(
            "INSERT INTO template_changes (act_id, kind, text) VALUES (?1, ?2, ?3)",
            params![act, kind.as_str(), text],
        )
        .map_err(db)?;
        chain::commit(tx)
    }

    /// Issues a paper: takes the year's next letter number, has `render` write the paper
    /// with it (the bytes and the template's hash), and records the act, in one
    /// transaction, so that a number is never given twice nor skipped.
    pub fn issue_paper(
        &mut self,
        case: &CaseRecord,
        req: &PaperRequest,
        today: Date,
        stamp: &Stamp,
        render: impl FnOnce(&str) -> Result<(Vec<u8>, String)>,
    ) -> Result<(IssuedPaper, Vec<u8>)> {
        let tx = self.conn.transaction_with_behavior(WRITE).map_err(db)?;
        let get = |key: &str| -> Result<Option<String>> {
            tx.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(db)
        };
        let template = get(LETTER_NUMBER_FORMAT)?.unwrap_or_else(|| DEFAULT_LETTER_TEMPLATE.into());
        let template = Template::parse(&template)?;
        let code = get("commission-code")?.unwrap_or_default();
        if template.needs_code() && code.is_empty() {
            return Err(crate::domain::DomainError::NoCommissionCode.into());
        }
        let serial: i64 = tx
            .query_row(
                "INSERT INTO letter_serials (year, last) VALUES (?1, 1)
                 ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
                [today.year()],
                |r| r.get(0),
            )
            .map_err(db)?;
        let letter_no = template.render(serial, today, &code);
        let (bytes, template_sha256) = render(&letter_no)?;
        let output_sha256 = crate::render::paper::sha256_hex(&bytes);
        let note = format!("{} {letter_no} {}", req.kind, case.register_no);
        let act = writes::insert_act(&tx, stamp, ActKind::PaperIssue, Some(&note))?;
        tx.execute(
            "INSERT INTO papers (act_id, letter_no, year, serial, kind, case_id, hearing_no, party,
                                 format, template_sha256, output_sha256, output)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                act,
                letter_no,
                today.year(),
                serial,
                req.kind.as_str(),
                case.id,
                req.hearing,
                req.party.map(|p| p.as_str()),
                req.format,
                template_sha256,
                output_sha256,
                base64::encode(&bytes),
            ],
        )
        .map_err(db)?;
        chain::commit(tx)?;
        let issued = IssuedPaper {
            act_id: act,
            letter_no,
            kind: req.kind,
            case: case.register_no.clone(),
            hearing: req.hearing,
            party: req.party,
            format: req.format.to_string(),
            template_sha256,
            output_sha256,
            actor: stamp.actor.clone(),
            recorded_at: stamp.recorded_at.clone(),
        };
        Ok((issued, bytes))
    }

    fn papers_where(
        &self,
        cond: &str,
        arg: &dyn rusqlite::ToSql,
    ) -> Result<Vec<(IssuedPaper, String)>> {
        let mut st = self
            .conn
            .prepare(&format!("{PAPER_SQL} WHERE {cond} ORDER BY p.act_id"))
            .map_err(db)?;
        let rows = st.query_map([arg], paper_row).map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }

    /// The papers issued for a case, in order.
    pub fn papers_of(&self, case: &CaseRecord) -> Result<Vec<IssuedPaper>> {
        Ok(self
            .papers_where("p.case_id = ?1", &case.id)?
            .into_iter()
            .map(|(p, _)| p)
            .collect())
    }

    /// The paper issued under a letter number, and its bytes.
    pub fn paper_by_letter(&self, letter_no: &str) -> Result<Option<(IssuedPaper, Vec<u8>)>> {
        Ok(self
            .papers_where("p.letter_no = ?1", &letter_no.trim())?
            .into_iter()
            .next()
            .map(|(p, out)| {
                let bytes = base64::decode(&out).unwrap_or_default();
                (p, bytes)
            }))
    }

    /// The paper whose file has this SHA-256, if the register issued one.
    pub fn paper_by_hash(&self, sha256: &str) -> Result<Option<IssuedPaper>> {
        Ok(self
            .papers_where("p.output_sha256 = ?1", &sha256)?
            .into_iter()
            .next()
            .map(|(p, _)| p))
    }

    /// The papers whose stored bytes do not hash to their recorded hash, and the years
    /// whose letter counter is not the count of their papers (`verify`).
    pub fn verify_papers(&self) -> Result<(Vec<String>, Vec<i32>)> {
        let mut bad = Vec::new();
        let mut st = self
            .conn
            .prepare("SELECT letter_no, output_sha256, output FROM papers ORDER BY act_id")
            .map_err(db)?;
        let mut rows = st.query([]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            let (no, sha, out): (String, String, String) = (
                r.get(0).map_err(db)?,
                r.get(1).map_err(db)?,
                r.get(2).map_err(db)?,
            );
            let ok =
                base64::decode(&out).is_some_and(|b| crate::render::paper::sha256_hex(&b) == sha);
            if !ok {
                bad.push(no);
            }
        }
        let mut st = self
            .conn
            .prepare(
                "SELECT s.year FROM letter_serials s WHERE s.last IS NOT
                   (SELECT count(*) FROM papers p WHERE p.year = s.year)
                 OR s.last IS NOT (SELECT max(serial) FROM papers p WHERE p.year = s.year)
                 UNION SELECT DISTINCT p.year FROM papers p
                   WHERE NOT EXISTS (SELECT 1 FROM letter_serials s WHERE s.year = p.year)
                 ORDER BY 1",
            )
            .map_err(db)?;
        let years = st
            .query_map([], |r| r.get(0))
            .map_err(db)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db)?;
        Ok((bad, years))
    }
}

/// The panel as papers name it: the chair, the members in their order, the mediator and
/// the clerk (with the phone a summons gives).
fn panel_of(seats: &[crate::domain::case_file::Seated]) -> paper::Panel {
    use crate::domain::Seat;
    let name = |seat: Seat| {
        seats
            .iter()
            .find(|s| s.seat == seat)
            .map(|s| s.person.name.clone())
    };
    let clerk = seats.iter().find(|s| s.seat == Seat::Clerk);
    paper::Panel {
        chair: name(Seat::Chair),
        members: seats
            .iter()
            .filter(|s| s.seat == Seat::Member)
            .map(|s| s.person.name.clone())
            .collect(),
        mediator: name(Seat::Mediator),
        clerk: clerk.map(|s| s.person.name.clone()),
        clerk_phone: clerk.and_then(|s| s.person.phone.clone()),
    }
}
