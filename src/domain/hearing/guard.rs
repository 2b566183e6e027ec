//! What a clerk would not do with a hearing, checked before it is recorded: a hearing on a
//! day the commission does not work (a weekend, a day of its calendar), and a clash with
//! another hearing (the same room, or a person of the same panel, at times that overlap).
//! Each is refused unless the clerk overrides it with a reason the history keeps. Also a
//! hearing's place among its case's hearings that stand: the N of "sidang ke-N".

use super::Hearing;
use crate::domain::calendar::CalendarDay;
use crate::domain::{Date, DayKind, HearingStatus};

/// Why a day is not a working day: its weekday, or its name in the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayOff {
    Saturday,
    Sunday,
    /// A day of the calendar (a public holiday, collective leave, a closure), by its
    /// Indonesian and English names.
    Listed {
        name_id: String,
        name_en: String,
    },
}

/// Whether `date` is a non-working day of a calendar with these `days` (collective leave
/// counted as working when `leave_is_working`), and why.
pub fn day_off(date: Date, days: &[CalendarDay], leave_is_working: bool) -> Option<DayOff> {
    if let Some(d) = days
        .iter()
        .find(|d| d.date == date && !(leave_is_working && d.kind == DayKind::CollectiveLeave))
    {
        return Some(DayOff::Listed {
            name_id: d.name_id.clone(),
            name_en: d.name_en.clone(),
        });
    }
    match date.weekday() {
        chrono::Weekday::Sat => Some(DayOff::Saturday),
        chrono::Weekday::Sun => Some(DayOff::Sunday),
        _ => None,
    }
}

/// A hearing as a clash is judged: its case, date, time, room and the people of its
/// case's panel (the case file's commissioners, mediator and clerk, by number and name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub case: String,
    /// The hearing's place among its case's hearings that stand ("sidang ke-N").
    pub nth: i64,
    pub on: Date,
    pub at: Option<String>,
    pub room: Option<String>,
    pub people: Vec<(i64, String)>,
}

/// What two hearings that clash share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shared {
    Room(String),
    Person(String),
}

/// Whether two times of the same day, `HH:MM`, overlap when each hearing lasts
/// `minutes`. A hearing without a time cannot be placed in the day: it clashes with none.
fn overlap(a: Option<&str>, b: Option<&str>, minutes: u32) -> bool {
    match (a.and_then(super::minutes), b.and_then(super::minutes)) {
        (Some(a), Some(b)) => a.abs_diff(b) < minutes,
        _ => false,
    }
}

/// The first of `others` that clashes with `new` (the same day, times that overlap, and
/// the same room or a person of both panels), with what they share. `others` are the
/// other hearings that stand that day (not `new` itself).
pub fn clash<'a>(new: &Slot, others: &'a [Slot], minutes: u32) -> Option<(&'a Slot, Shared)> {
    let key = |s: &str| s.trim().to_lowercase();
    others.iter().find_map(|o| {
        if o.on != new.on || !overlap(new.at.as_deref(), o.at.as_deref(), minutes) {
            return None;
        }
        if let (Some(a), Some(b)) = (&new.room, &o.room)
            && key(a) == key(b)
        {
            return Some((o, Shared::Room(b.clone())));
        }
        new.people
            .iter()
            .find(|(id, _)| o.people.iter().any(|(p, _)| p == id))
            .map(|(_, name)| (o, Shared::Person(name.clone())))
    })
}

/// Whether a hearing stands: held or scheduled (a cancelled one does not).
pub fn stands(h: &Hearing) -> bool {
    matches!(h.status, HearingStatus::Held | HearingStatus::Scheduled)
}

/// The N of "sidang ke-N" of a case's hearing numbered `no`: its place, in the order
/// scheduled, among the case's hearings that stand. An undone scheduling is gone from the
/// hearings and a cancelled hearing does not stand, so neither takes a place. `None` for
/// a hearing that does not stand.
pub fn nth(hearings: &[Hearing], no: i64) -> Option<i64> {
    let mut standing: Vec<&Hearing> = hearings.iter().filter(|h| stands(h)).collect();
    standing.sort_by_key(|h| h.no);
    standing
        .iter()
        .position(|h| h.no == no)
        .map(|i| i as i64 + 1)
}

/// The number of the hearing that stands at place `nth` ("sidang ke-N"), the inverse of
/// [`nth`]: what a clerk types to name a hearing.
pub fn no_of_nth(hearings: &[Hearing], nth_: i64) -> Option<i64> {
    hearings
        .iter()
        .map(|h| h.no)
        .find(|&no| nth(hearings, no) == Some(nth_))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{HearingKind, HearingStatus};

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn hearing(no: i64, status: HearingStatus) -> Hearing {
        Hearing {
            no,
            kind: HearingKind::Preliminary,
            on: d("2026-02-02"),
            at: None,
            room: None,
            panel: None,
            status,
            first_on: d("2026-02-02"),
            postponements: 0,
            applicant: None,
            respondent: None,
            reason: (status == HearingStatus::Cancelled).then(|| "x".into()),
        }
    }

    #[test]
    fn weekends_and_listed_days_are_off() {
        let imlek = CalendarDay::new(
            d("2026-02-17"),
            DayKind::PublicHoliday,
            "Tahun Baru Imlek",
            "Chinese New Year",
            "SKB",
        )
        .unwrap();
        let leave = CalendarDay::new(
            d("2026-02-16"),
            DayKind::CollectiveLeave,
            "Cuti bersama Imlek",
            "Collective leave",
            "SKB",
        )
        .unwrap();
        let days = [imlek, leave];
        assert!(matches!(
            day_off(d("2026-02-17"), &days, false),
            Some(DayOff::Listed { name_id, .. }) if name_id == "Tahun Baru Imlek"
        ));
        assert!(day_off(d("2026-02-16"), &days, false).is_some());
        assert_eq!(day_off(d("2026-02-16"), &days, true), None);
        assert_eq!(day_off(d("2026-02-15"), &days, false), Some(DayOff::Sunday));
        assert_eq!(
            day_off(d("2026-02-14"), &days, false),
            Some(DayOff::Saturday)
        );
        assert_eq!(day_off(d("2026-02-18"), &days, false), None);
    }

    fn slot(case: &str, at: Option<&str>, room: Option<&str>, people: &[i64]) -> Slot {
        Slot {
            case: case.into(),
            nth: 1,
            on: d("2026-02-18"),
            at: at.map(str::to_string),
            room: room.map(str::to_string),
            people: people.iter().map(|&p| (p, format!("P{p}"))).collect(),
        }
    }

    #[test]
    fn a_clash_is_a_shared_room_or_person_at_overlapping_times() {
        let new = slot("A", Some("09:00"), Some("Ruang 1"), &[1, 2]);
        let room = [slot("B", Some("10:30"), Some(" ruang 1"), &[])];
        assert_eq!(
            clash(&new, &room, 120).map(|(o, s)| (o.case.as_str(), s)),
            Some(("B", Shared::Room(" ruang 1".into())))
        );
        assert!(
            clash(&new, &room, 90).is_none(),
            "10:30 starts as 09:00 ends"
        );
        let person = [slot("C", Some("08:00"), Some("Ruang 2"), &[3, 2])];
        assert_eq!(
            clash(&new, &person, 120).map(|(_, s)| s),
            Some(Shared::Person("P2".into()))
        );
        let apart = [slot("D", Some("09:00"), Some("Ruang 2"), &[3])];
        assert!(clash(&new, &apart, 120).is_none());
        let untimed = [slot("E", None, Some("Ruang 1"), &[1])];
        assert!(clash(&new, &untimed, 120).is_none());
    }

    #[test]
    fn the_nth_hearing_counts_those_that_stand() {
        use HearingStatus::*;
        let hs = [
            hearing(2, Cancelled),
            hearing(3, Held),
            hearing(5, Scheduled),
            hearing(4, Cancelled),
        ];
        assert_eq!(nth(&hs, 3), Some(1));
        assert_eq!(nth(&hs, 5), Some(2));
        assert_eq!(nth(&hs, 2), None);
        assert_eq!(no_of_nth(&hs, 2), Some(5));
        assert_eq!(no_of_nth(&hs, 3), None);
    }
}
