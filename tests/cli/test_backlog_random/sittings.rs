//! What the random registers of the backlog test hold after their decisions and hearings:
//! random hearings for each case (held with random attendance, postponed, cancelled, some
//! still to come), and for each decision a random service and appeals (first instance,
//! then cassation, some decided, some withdrawn at court), written as the hearings and
//! appeals CSVs the commission's past records come in as. Then what `recap --stages` and
//! `recap --hearings` must say of them, computed here from the generated values: the
//! finality read from the law's windows (14 working days after the service, or after the
//! court's decision), counted one day at a time, without the code under test.

use super::{Days, ended};
use crate::common::random::{Case, Rng};
use chrono::{Datelike, Days as Step, NaiveDate};
use serde_json::Value;
use std::collections::BTreeMap;

/// Where a generated hearing stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Scheduled,
    Held,
    Cancelled,
}

/// A generated hearing: the day first set, the day it is (or was) on, how it ended, and
/// for a hearing held each party's attendance.
#[derive(Debug, Clone)]
pub struct Hearing {
    pub first_on: NaiveDate,
    pub on: NaiveDate,
    pub status: Status,
    pub applicant: &'static str,
    pub respondent: &'static str,
    pub kind: &'static str,
}

/// One appeal: filed when, before which court, by whom, and the court's decision.
#[derive(Debug, Clone)]
pub struct Appeal {
    pub filed: NaiveDate,
    pub court: &'static str,
    pub by: &'static str,
    pub decided: Option<(NaiveDate, &'static str)>,
}

/// A decision's service and appeals.
#[derive(Debug, Clone, Default)]
pub struct Court {
    pub served: Option<NaiveDate>,
    pub first: Option<Appeal>,
    pub cassation: Option<Appeal>,
}

const KINDS: [&str; 5] = [
    "preliminary",
    "mediation",
    "adjudication",
    "evidence",
    "verdict",
];
const ATTENDANCE: [&str; 3] = ["present", "absent", "represented"];
const OUTCOMES: [&str; 5] = [
    "upheld",
    "overturned",
    "partly_overturned",
    "inadmissible",
    "withdrawn",
];
/// The working days a level's window lasts (Law 14/2008 Art. 48; PERMA 2/2011).
const WINDOW: u32 = 14;

fn after(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_add_days(Step::new(days)).unwrap()
}

/// A working day from `from` through `to` (a random day, then the first working day on or
/// after it), if there is one.
fn working_day(rng: &mut Rng, days: &Days, from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
    if to < from {
        return None;
    }
    let mut d = after(from, rng.below((to - from).num_days() as u64 + 1));
    while days.is_off(d) {
        d = d.succ_opt().unwrap();
    }
    (d <= to).then_some(d)
}

/// Random hearings of a case, in the order first set: within its life (receipt to its end,
/// or to today while open), past ones held, cancelled or (on an open case) left
/// scheduled; an open case may have one still to come.
pub fn hearings(rng: &mut Rng, days: &Days, c: &Case, today: NaiveDate) -> Vec<Hearing> {
    let end = ended(c, today);
    let last = end.unwrap_or(today);
    let mut out = Vec::new();
    for _ in 0..rng.below(4) {
        let coming = end.is_none() && rng.chance(6);
        let (from, to) = if coming {
            (after(today, 1), after(today, 40))
        } else {
            (c.received, last)
        };
        let Some(first_on) = working_day(rng, days, from, to) else {
            continue;
        };
        let on = if rng.chance(3) {
            working_day(rng, days, after(first_on, 1), to).unwrap_or(first_on)
        } else {
            first_on
        };
        let status = match rng.below(10) {
            _ if coming => Status::Scheduled,
            0..=5 => Status::Held,
            6 | 7 => Status::Cancelled,
            _ if end.is_none() => Status::Scheduled,
            _ => Status::Held,
        };
        let (applicant, respondent) = if status == Status::Held {
            (rng.pick(&ATTENDANCE), rng.pick(&ATTENDANCE))
        } else {
            ("", "")
        };
        out.push(Hearing {
            first_on,
            on,
            status,
            applicant,
            respondent,
            kind: rng.pick(&KINDS),
        });
    }
    out.sort_by_key(|h| h.first_on);
    out
}

/// A decision's random service and appeals, none after today: most decisions served, a
/// decision that courts hear (not a mediation's) contested now and then, the court
/// deciding or not yet, a first instance's decision contested at cassation now and then.
pub fn court(rng: &mut Rng, c: &Case, today: NaiveDate) -> Court {
    let Some((decided, via, _)) = c.decided else {
        return Court::default();
    };
    let mut out = Court::default();
    if !rng.chance(5) {
        out.served = Some(after(decided, rng.below(21)).min(today));
    }
    if via == "mediation" || !rng.chance(2) {
        return out;
    }
    let appeal = |rng: &mut Rng, from: NaiveDate, courts: &[&'static str], span: u64| {
        let filed = after(from, rng.below(30)).min(today);
        let decided = Some(after(filed, 10 + rng.below(span)))
            .filter(|d| *d <= today && !rng.chance(3))
            .map(|d| (d, rng.pick(&OUTCOMES)));
        Appeal {
            filed,
            court: rng.pick(courts),
            by: rng.pick(&["applicant", "respondent"]),
            decided,
        }
    };
    let first = appeal(rng, out.served.unwrap_or(decided), &["ptun", "pn"], 200);
    if let Some((d, outcome)) = first.decided
        && outcome != "withdrawn"
        && rng.chance(2)
    {
        out.cassation = Some(appeal(rng, d, &["ma"], 300));
    }
    out.first = Some(first);
    out
}

/// The hearings CSV of a register's cases (each by its register number).
pub fn hearings_csv(cases: &[(String, &[Hearing])]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(vec![]);
    w.write_record([
        "register_no",
        "hearing_no",
        "kind",
        "first_on",
        "on_date",
        "at",
        "room",
        "panel",
        "status",
        "applicant",
        "respondent",
        "reason",
    ])
    .unwrap();
    for (no, hs) in cases {
        for (i, h) in hs.iter().enumerate() {
            let status = match h.status {
                Status::Scheduled => "scheduled",
                Status::Held => "held",
                Status::Cancelled => "cancelled",
            };
            let reason = if h.status == Status::Cancelled || h.on != h.first_on {
                "berhalangan"
            } else {
                ""
            };
            w.write_record([
                no.as_str(),
                &(i + 1).to_string(),
                h.kind,
                &h.first_on.to_string(),
                &h.on.to_string(),
                "",
                "",
                "",
                status,
                h.applicant,
                h.respondent,
                reason,
            ])
            .unwrap();
        }
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// The appeals CSV of a register's decisions: a row per level, the service repeated; a
/// decision served and not contested, one row with no level.
pub fn appeals_csv(cases: &[(String, &Court)]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(vec![]);
    w.write_record([
        "register_no",
        "served_on",
        "level",
        "court",
        "by",
        "filed_on",
        "court_no",
        "decided_on",
        "outcome",
    ])
    .unwrap();
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    for (no, c) in cases {
        let served = day(c.served);
        let levels = [("first_instance", &c.first), ("cassation", &c.cassation)];
        if c.first.is_none() && c.served.is_some() {
            w.write_record([no.as_str(), &served, "", "", "", "", "", "", ""])
                .unwrap();
        }
        for (level, a) in levels {
            let Some(a) = a else { continue };
            w.write_record([
                no.as_str(),
                &served,
                level,
                a.court,
                a.by,
                &a.filed.to_string(),
                "",
                &day(a.decided.map(|d| d.0)),
                a.decided.map_or("", |d| d.1),
            ])
            .unwrap();
        }
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// The day a decision became final (berkekuatan hukum tetap) as of `as_of`, if it is by
/// then: a mediation's the day it was made; else the last day of a window that closed
/// before `as_of` with no appeal filed (14 working days after the service, or after the
/// decision while it is not served; at cassation after the first instance's decision),
/// or the day of a court's decision not contested further (cassation's, or a withdrawal).
pub fn final_on(c: &Case, court: &Court, days: &Days, as_of: NaiveDate) -> Option<NaiveDate> {
    let (decided, via, _) = c.decided.filter(|d| d.0 <= as_of)?;
    if via == "mediation" {
        return Some(decided);
    }
    let window_closed = |from: NaiveDate| {
        let closes = days.add(from, WINDOW);
        (as_of > closes).then_some(closes)
    };
    let by = |a: &Option<Appeal>| a.clone().filter(|a| a.filed <= as_of);
    let Some(first) = by(&court.first) else {
        return window_closed(court.served.filter(|s| *s <= as_of).unwrap_or(decided));
    };
    let (d, outcome) = first.decided.filter(|d| d.0 <= as_of)?;
    if outcome == "withdrawn" {
        return Some(d);
    }
    match by(&court.cassation) {
        None => window_closed(d),
        Some(k) => k.decided.filter(|d| d.0 <= as_of).map(|d| d.0),
    }
}

/// A case as the stages read it: its path, hearings and decision's fate.
#[derive(Clone, Copy)]
pub struct Lived<'a> {
    pub case: &'a Case,
    pub hearings: &'a [Hearing],
    pub court: &'a Court,
}

/// Each case with its hearings and its decision's fate.
pub fn lived<'a>(
    cases: &'a [Case],
    hearings: &'a [Vec<Hearing>],
    courts: &'a [Court],
) -> Vec<Lived<'a>> {
    cases
        .iter()
        .zip(hearings)
        .zip(courts)
        .map(|((case, hearings), court)| Lived {
            case,
            hearings,
            court,
        })
        .collect()
}

const STAGES: [&str; 4] = [
    "received_to_first_hearing",
    "first_hearing_to_decision",
    "decision_to_served",
    "served_to_final",
];

fn median(v: &mut [i64]) -> Value {
    v.sort_unstable();
    let n = v.len();
    if n == 0 {
        return Value::Null;
    }
    let m = if n % 2 == 1 {
        v[n / 2] as f64
    } else {
        (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
    };
    serde_json::to_value(m).unwrap()
}

/// `recap --stages` as of a date: per year of receipt (each year with a case received by
/// then) and stage, the cases through both its ends by then and their median working
/// days; then the years together.
pub fn stages(cases: &[Lived], days: &Days, as_of: NaiveDate) -> Vec<Value> {
    let mut by_year: BTreeMap<i32, [Vec<i64>; 4]> = BTreeMap::new();
    for l in cases.iter().filter(|l| l.case.received <= as_of) {
        let c = l.case;
        let by = |d: Option<NaiveDate>| d.filter(|d| *d <= as_of);
        let first_held = l
            .hearings
            .iter()
            .filter(|h| h.status == Status::Held && h.on <= as_of)
            .map(|h| h.on)
            .min();
        let points = [
            Some(c.received),
            first_held,
            by(c.decided.map(|d| d.0)),
            by(l.court.served),
            final_on(c, l.court, days, as_of),
        ];
        let year = by_year.entry(c.received.year()).or_default();
        for (i, stage) in year.iter_mut().enumerate() {
            // A stage whose end came before its start (a mediation's decision is final the
            // day it is made, before it is served) was not gone through.
            if let (Some(a), Some(b)) = (points[i], points[i + 1])
                && a <= b
            {
                stage.push(days.between(a, b));
            }
        }
    }
    let mut all: [Vec<i64>; 4] = Default::default();
    let mut out = Vec::new();
    let mut rows = |lead: Value, v: &mut [Vec<i64>; 4]| {
        for (stage, d) in STAGES.iter().zip(v.iter_mut()) {
            out.push(
                serde_json::json!({"year": lead, "stage": stage, "cases": d.len(),
                "median": median(d)}),
            );
        }
    };
    for (y, mut v) in by_year {
        for (a, d) in all.iter_mut().zip(&v) {
            a.extend_from_slice(d);
        }
        rows(y.into(), &mut v);
    }
    rows("total".into(), &mut all);
    out
}

/// `recap --hearings` as of a date: per month with something in it, the hearings held on
/// a day of it, those first set for a day of it and moved, those cancelled that were set
/// for a day of it, and the absences at those held; then the total.
pub fn sittings(cases: &[Lived], as_of: NaiveDate) -> Vec<Value> {
    let month = |d: NaiveDate| d.format("%Y-%m").to_string();
    let mut counts: BTreeMap<String, [i64; 5]> = BTreeMap::new();
    for h in cases.iter().flat_map(|l| l.hearings) {
        if h.on != h.first_on && h.first_on <= as_of {
            counts.entry(month(h.first_on)).or_default()[1] += 1;
        }
        if h.on > as_of {
            continue;
        }
        match h.status {
            Status::Held => {
                let m = counts.entry(month(h.on)).or_default();
                m[0] += 1;
                m[3] += i64::from(h.applicant == "absent");
                m[4] += i64::from(h.respondent == "absent");
            }
            Status::Cancelled => counts.entry(month(h.on)).or_default()[2] += 1,
            Status::Scheduled => {}
        }
    }
    let row = |lead: Value, m: [i64; 5]| {
        serde_json::json!({"month": lead, "held": m[0], "postponed": m[1], "cancelled": m[2],
            "applicant_absent": m[3], "respondent_absent": m[4]})
    };
    let mut total = [0i64; 5];
    let mut out = Vec::new();
    for (m, c) in counts {
        for (t, n) in total.iter_mut().zip(c) {
            *t += n;
        }
        out.push(row(m.into(), c));
    }
    out.push(row("total".into(), total));
    out
}
