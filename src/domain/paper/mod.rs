//! The clerk's papers (PERKI 1/2013) as values: the facts a paper needs, every one an
//! `Option` where the register may not hold it yet, and which facts each kind cannot go
//! without (with the command that records each). The template (`render::paper`) turns
//! these facts into words; nothing here reads the register or writes a file.

pub mod base64;
pub mod markdown;
pub mod words;

use super::PaperKind;
use serde::Serialize;

/// What a draft prints where a fact is missing: a visible blank to fill in by hand.
pub const BLANK: &str = "…………";

/// The commission that issues the paper (the letterhead and the signatures).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Commission {
    pub name: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub city: Option<String>,
    pub chair: Option<String>,
    pub head_clerk: Option<String>,
    /// WIB, WITA or WIT.
    pub timezone: String,
}

/// The paper's own number and date.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Letter {
    /// From the letter-number series; set when the paper is issued.
    pub number: Option<String>,
    /// "28 Januari 2014".
    pub date: String,
    /// "Selasa, 28 Januari 2014".
    pub day_and_date: String,
    /// The items a clerk names on the command line (`--item`): what is missing
    /// (incomplete), what was handed in (registration).
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CaseFacts {
    pub register_no: String,
    /// "Senin, 13 Januari 2014".
    pub received: String,
    /// The day the application qualified and was registered (akta registrasi).
    pub registered: Option<String>,
    pub subject: String,
    pub withdrawn: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Applicant {
    pub name: String,
    /// "perorangan", "kelompok orang", "badan hukum".
    pub kind: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// The applicant's representative (kuasa), where there is one.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Representative {
    pub name: Option<String>,
    pub address: Option<String>,
    /// The date of the power of attorney, in words.
    pub power_of_attorney: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Respondent {
    /// The public body.
    pub name: String,
    pub ppid_address: Option<String>,
    pub superior_address: Option<String>,
}

/// The panel (majelis komisioner) and its clerk (panitera pengganti).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Panel {
    pub chair: Option<String>,
    pub members: Vec<String>,
    pub mediator: Option<String>,
    pub clerk: Option<String>,
    pub clerk_phone: Option<String>,
}

/// How a summons reached a party (the relaas).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Service {
    /// "pemohon" or "termohon".
    pub party: Option<String>,
    pub to: Option<String>,
    pub on: Option<String>,
    /// hand, post, email, courier.
    pub how: Option<String>,
    /// delivered, refused, returned.
    pub result: Option<String>,
    /// The number of the summons it served: the latest issued for that hearing and party.
    pub letter: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct HearingFacts {
    pub no: Option<i64>,
    /// "ke-2".
    pub ordinal: Option<String>,
    /// "pemeriksaan awal", "mediasi", ...
    pub kind: Option<String>,
    /// "Selasa, 28 Januari 2014".
    pub date: Option<String>,
    /// "pukul 09.00 WIB".
    pub time: Option<String>,
    pub room: Option<String>,
    /// Held, scheduled, postponed, cancelled (Indonesian label).
    pub status: Option<String>,
    /// The attendance recorded when held (Indonesian label).
    pub applicant_attendance: Option<String>,
    pub respondent_attendance: Option<String>,
    /// The services of its summons recorded, per party.
    pub services: Vec<Service>,
}

/// The party a paper is addressed to (`--party`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Addressee {
    /// "Pemohon" or "Termohon".
    pub role: Option<String>,
    pub name: Option<String>,
    pub address: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Decision {
    pub date: Option<String>,
    pub number: Option<String>,
    pub route: Option<String>,
    pub outcome: Option<String>,
    /// Working days from the reading to this letter, when more than PERKI 1/2013 Art. 59's 3.
    pub late_by: Option<i64>,
    /// The same as a letter writes a count: "6 (enam)".
    pub late_by_words: Option<String>,
}

/// The deadline of a notice of an incomplete application: 7 working days.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Completion {
    /// "7 (tujuh)".
    pub days: String,
    /// The last day to complete, in words.
    pub last_day: Option<String>,
}

/// Everything a paper may say. Every template reads from this one value; its field
/// names are the placeholders a template may use (`doc template set` checks them).
#[derive(Debug, Clone, Default, Serialize)]
pub struct PaperFacts {
    /// The paper's title ("SURAT PANGGILAN SIDANG").
    pub title: String,
    pub commission: Commission,
    pub letter: Letter,
    pub case: CaseFacts,
    pub applicant: Applicant,
    pub representative: Representative,
    pub respondent: Respondent,
    /// The grounds of the objection (UU 14/2008 Art. 35(1)).
    pub grounds: Vec<String>,
    pub panel: Panel,
    /// Every hearing of the case, in order.
    pub hearings: Vec<HearingFacts>,
    /// The hearing the paper is about (`--hearing N`).
    pub hearing: HearingFacts,
    /// The hearings held at which the applicant was absent (a lapse rests on two).
    pub absences: Vec<HearingFacts>,
    pub party: Addressee,
    pub decision: Decision,
    pub completion: Completion,
    /// The visible blank a template may print itself.
    pub blank: String,
}

/// A fact a paper needs and the register lacks, with its command (`what` as a template).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub what: &'static str,
    pub command: &'static str,
}

fn need(out: &mut Vec<Missing>, absent: bool, what: &'static str, command: &'static str) {
    if absent {
        out.push(Missing { what, command });
    }
}

/// The facts `kind` cannot be printed without, that `facts` lacks.
pub fn missing(kind: PaperKind, f: &PaperFacts) -> Vec<Missing> {
    use PaperKind as K;
    let mut m = Vec::new();
    let c = &f.commission;
    need(
        &mut m,
        c.name.is_none(),
        "commission.name",
        "sengketa config set commission-name TEXT",
    );
    need(
        &mut m,
        c.address.is_none(),
        "commission.address",
        "sengketa config set commission-address TEXT",
    );
    need(
        &mut m,
        c.city.is_none(),
        "commission.city",
        "sengketa config set commission-city TEXT",
    );
    let addressed = matches!(kind, K::Summons | K::Service | K::DecisionCopy);
    let hearing = matches!(kind, K::Summons | K::Service | K::Minutes);
    if matches!(kind, K::Registration | K::Incomplete | K::DecisionCopy) {
        need(
            &mut m,
            c.head_clerk.is_none(),
            "commission.head_clerk",
            "sengketa config set head-clerk-name TEXT",
        );
    }
    match kind {
        K::Registration => {
            need(
                &mut m,
                f.case.registered.is_none(),
                "case.registered",
                "sengketa case qualify CASE --on DATE",
            );
            need(
                &mut m,
                f.applicant.address.is_none(),
                "applicant.address",
                "sengketa case edit CASE --applicant-address TEXT",
            );
            need(
                &mut m,
                f.respondent.ppid_address.is_none(),
                "respondent.ppid_address",
                "sengketa body set BODY --ppid-address TEXT",
            );
            need(
                &mut m,
                f.grounds.is_empty(),
                "grounds",
                "sengketa case edit CASE --ground G",
            );
            need(
                &mut m,
                f.letter.items.is_empty(),
                "letter.items",
                "sengketa doc registration CASE --item TEXT",
            );
        }
        K::Incomplete => {
            need(
                &mut m,
                f.applicant.address.is_none(),
                "applicant.address",
                "sengketa case edit CASE --applicant-address TEXT",
            );
            need(
                &mut m,
                f.letter.items.is_empty(),
                "letter.items",
                "sengketa doc incomplete CASE --item TEXT",
            );
        }
        K::Withdrawal => {
            need(
                &mut m,
                f.case.withdrawn.is_none(),
                "case.withdrawn",
                "sengketa case withdraw CASE --on DATE",
            );
            // Signed by the panel's chair, or the commission's before a panel sits.
            need(
                &mut m,
                f.panel.chair.is_none() && c.chair.is_none(),
                "panel.chair",
                "sengketa case assign CASE --chair PERSON",
            );
        }
        K::Lapse => {
            need(
                &mut m,
                f.absences.len() < 2,
                "absences",
                "sengketa hearing held CASE N --applicant absent",
            );
            need(
                &mut m,
                f.panel.chair.is_none(),
                "panel.chair",
                "sengketa case assign CASE --chair PERSON",
            );
            need(
                &mut m,
                f.panel.members.is_empty(),
                "panel.members",
                "sengketa case assign CASE --member PERSON",
            );
            need(
                &mut m,
                f.panel.clerk.is_none(),
                "panel.clerk",
                "sengketa case assign CASE --clerk PERSON",
            );
        }
        K::DecisionCopy => {
            need(
                &mut m,
                f.decision.date.is_none(),
                "decision.date",
                "sengketa case decide CASE --on DATE",
            );
            need(
                &mut m,
                f.decision.number.is_none(),
                "decision.number",
                "sengketa case decide CASE --decision-no NO",
            );
        }
        K::Summons | K::Service | K::Minutes => {}
    }
    if hearing {
        need(
            &mut m,
            f.hearing.no.is_none(),
            "hearing",
            "sengketa doc KIND CASE --hearing N",
        );
        need(
            &mut m,
            f.panel.chair.is_none(),
            "panel.chair",
            "sengketa case assign CASE --chair PERSON",
        );
        need(
            &mut m,
            f.panel.members.is_empty(),
            "panel.members",
            "sengketa case assign CASE --member PERSON",
        );
        need(
            &mut m,
            f.panel.clerk.is_none(),
            "panel.clerk",
            "sengketa case assign CASE --clerk PERSON",
        );
    }
    if kind == K::Summons {
        need(
            &mut m,
            f.hearing.time.is_none(),
            "hearing.time",
            "sengketa hearing schedule CASE --at HH:MM",
        );
        need(
            &mut m,
            f.hearing.room.is_none(),
            "hearing.room",
            "sengketa hearing schedule CASE --room TEXT",
        );
        need(
            &mut m,
            f.panel.clerk_phone.is_none(),
            "panel.clerk_phone",
            "sengketa person set PERSON --phone TEXT",
        );
    }
    if kind == K::Minutes {
        need(
            &mut m,
            f.hearing.applicant_attendance.is_none(),
            "hearing.applicant_attendance",
            "sengketa hearing held CASE N --applicant A --respondent A",
        );
    }
    if kind == K::Service {
        let served = f
            .hearing
            .services
            .iter()
            .any(|s| s.party == f.party.role.as_ref().map(|r| r.to_lowercase()));
        need(
            &mut m,
            !served,
            "hearing.services",
            "sengketa hearing served CASE N --party P --on DATE --how H",
        );
    }
    if addressed {
        need(
            &mut m,
            f.party.role.is_none(),
            "party",
            "sengketa doc KIND CASE --party applicant|respondent",
        );
        need(
            &mut m,
            f.party.role.is_some() && f.party.address.is_none(),
            "party.address",
            party_address_command(f),
        );
    }
    m
}

fn party_address_command(f: &PaperFacts) -> &'static str {
    if f.party.role.as_deref() == Some("Termohon") {
        "sengketa body set BODY --ppid-address TEXT"
    } else {
        "sengketa case edit CASE --applicant-address TEXT"
    }
}

/// The dotted names of every fact a template may read (`case.register_no`, ...): the
/// fields of [`PaperFacts`] and of the objects in it.
pub fn placeholders() -> Vec<String> {
    fn walk(prefix: &str, v: &serde_json::Value, out: &mut Vec<String>) {
        if let serde_json::Value::Object(map) = v {
            for (k, v) in map {
                let name = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.push(name.clone());
                walk(&name, v, out);
            }
        }
    }
    let mut out = Vec::new();
    let v = serde_json::to_value(PaperFacts::default()).expect("facts serialise");
    walk("", &v, &mut out);
    out
}

/// The paper's title as printed.
pub fn title(kind: PaperKind) -> &'static str {
    match kind {
        PaperKind::Registration => "AKTA REGISTRASI SENGKETA INFORMASI PUBLIK",
        PaperKind::Incomplete => "PEMBERITAHUAN KETIDAKLENGKAPAN PERMOHONAN",
        PaperKind::Summons => "SURAT PANGGILAN SIDANG",
        PaperKind::Service => "RELAAS PANGGILAN SIDANG",
        PaperKind::Minutes => "BERITA ACARA SIDANG",
        PaperKind::Withdrawal => "AKTA PEMBATALAN REGISTRASI",
        PaperKind::Lapse => "PENETAPAN GUGUR",
        PaperKind::DecisionCopy => "SURAT PENGANTAR SALINAN PUTUSAN",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_summons_lacks_what_the_register_cannot_hold_yet() {
        let f = PaperFacts::default();
        let m = missing(PaperKind::Summons, &f);
        let names: Vec<_> = m.iter().map(|m| m.what).collect();
        for want in [
            "commission.name",
            "hearing",
            "hearing.time",
            "panel.chair",
            "party",
            "panel.clerk_phone",
        ] {
            assert!(names.contains(&want), "{want} not in {names:?}");
        }
        assert!(m.iter().all(|m| m.command.starts_with("sengketa ")));
    }

    #[test]
    fn placeholders_name_nested_facts() {
        let p = placeholders();
        for want in [
            "case.register_no",
            "hearing.time",
            "panel.members",
            "letter.number",
            "blank",
        ] {
            assert!(p.iter().any(|x| x == want), "{want}");
        }
        assert!(!p.iter().any(|x| x == "hearing.nope"));
    }
}
