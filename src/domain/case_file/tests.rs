//! The case file's rules: the filing window against a second, naive day-by-day count on
//! the register's shipped calendar, around Idul Fitri and year ends; the panel; lapse.

use super::*;
use crate::domain::workdays::Calendar;
use crate::domain::{DayKind, HearingKind, PersonRole, Reason};
use chrono::{Datelike, Weekday};
use proptest::prelude::*;
use std::collections::BTreeSet;

const SHIPPED: &str = include_str!("../../../data/holidays-id.csv");

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// The shipped calendar's non-working days, read here on their own.
fn closed_days() -> BTreeSet<i32> {
    SHIPPED
        .lines()
        .skip(1)
        .map(|l| {
            Date::parse(l.split(',').next().unwrap())
                .unwrap()
                .day_number()
        })
        .collect()
}

fn calendar() -> Calendar {
    Calendar::new(
        SHIPPED.lines().skip(1).map(|l| {
            let mut f = l.split(',');
            let date = Date::parse(f.next().unwrap()).unwrap();
            (date, DayKind::parse(f.next().unwrap()).unwrap())
        }),
        false,
    )
}

/// Days around which counting goes wrong first: each Idul Fitri and each year's end.
fn anchors() -> Vec<Date> {
    let mut out: Vec<Date> = SHIPPED
        .lines()
        .filter(|l| l.contains("Idul Fitri") && l.contains("public_holiday"))
        .map(|l| Date::parse(l.split(',').next().unwrap()).unwrap())
        .collect();
    out.extend((2008..=2026).map(|y| Date::from_ymd(y, 12, 31).unwrap()));
    out
}

/// The naive count: step one day at a time, counting Monday to Friday less the listed
/// days, until `n` have passed after `from`.
fn naive_add(closed: &BTreeSet<i32>, from: Date, n: u32) -> Date {
    let mut x = from.day_number();
    let mut left = n;
    while left > 0 {
        x += 1;
        let day = Date::from_day_number(x).unwrap();
        let weekend = matches!(day.naive().weekday(), Weekday::Sat | Weekday::Sun);
        if !weekend && !closed.contains(&x) {
            left -= 1;
        }
    }
    Date::from_day_number(x).unwrap()
}

fn naive_status(
    closed: &BTreeSet<i32>,
    road: &Road,
    received: Date,
) -> (&'static str, Option<(Date, Date)>) {
    let base = match (road.superior_answered_on, road.objected_on) {
        (Some(s), _) => s,
        (None, Some(o)) => naive_add(closed, o, 30),
        (None, None) => return ("unknown", None),
    };
    let from = Date::from_day_number(base.day_number() + 1).unwrap();
    let to = naive_add(closed, base, 14);
    let status = if received.day_number() < from.day_number() {
        "premature"
    } else if received.day_number() > to.day_number() {
        "late"
    } else {
        "in_time"
    };
    (status, Some((from, to)))
}

fn shift(d: Date, days: i32) -> Date {
    Date::from_day_number(d.day_number() + days).unwrap()
}

proptest! {
    // proptest's own count (256, or PROPTEST_CASES for a longer run), as every property test.
    #![proptest_config(ProptestConfig::default())]
    #[test]
    fn the_filing_window_agrees_with_a_naive_count(
        anchor in 0usize..64,
        objected in -70i32..40,
        answer in proptest::option::of(0i32..60),
        received in -15i32..45,
    ) {
        let anchors = anchors();
        let closed = closed_days();
        let cal = calendar();
        let objected_on = shift(anchors[anchor % anchors.len()], objected);
        let superior_answered_on = answer.map(|a| shift(objected_on, a));
        let road = Road {
            requested_on: Some(shift(objected_on, -20)),
            objected_on: Some(objected_on),
            superior_answered_on,
            ..Road::default()
        };
        let base = superior_answered_on.unwrap_or(objected_on);
        let received_on = shift(base, received + if answer.is_none() { 42 } else { 0 });
        let f = filing(&cal, &road, received_on);
        let (status, window) = naive_status(&closed, &road, received_on);
        prop_assert_eq!(f.status.as_str(), status);
        prop_assert_eq!(f.window_from.zip(f.window_to), window);
        prop_assert_eq!(f.suggest == Some(Reason::Late), status == "late");
    }
}

#[test]
fn a_window_over_idul_fitri_2024() {
    // Idul Fitri 1445 H: 10-11 April 2024, collective leave 8, 9, 12 and 15 April.
    let cal = calendar();
    let road = Road {
        objected_on: Some(d("2024-02-20")),
        superior_answered_on: Some(d("2024-04-01")),
        ..Road::default()
    };
    let f = filing(&cal, &road, d("2024-04-26"));
    assert_eq!(f.window_from, Some(d("2024-04-02")));
    // 2-5 April (4), 16-19 April (8), 22-26 April (13), 29 April (14).
    assert_eq!(f.window_to, Some(d("2024-04-29")));
    assert_eq!(f.status, FilingStatus::InTime);
    assert!(f.answered);
    let late = filing(&cal, &road, d("2024-04-30"));
    assert_eq!(
        (late.status, late.suggest),
        (FilingStatus::Late, Some(Reason::Late))
    );
    let early = filing(&cal, &road, d("2024-04-01"));
    assert_eq!(early.status, FilingStatus::Premature);
}

#[test]
fn an_unanswered_objection_opens_the_window_after_thirty_working_days() {
    let cal = Calendar::default();
    let road = Road {
        objected_on: Some(d("2025-01-06")),
        ..Road::default()
    };
    let f = filing(&cal, &road, d("2025-02-18"));
    // 30 working days after Monday 6 January: Monday 17 February.
    assert_eq!(f.superior_due, Some(d("2025-02-17")));
    assert_eq!(f.window_from, Some(d("2025-02-18")));
    assert_eq!(f.window_to, Some(d("2025-03-07")));
    assert_eq!(f.status, FilingStatus::InTime);
    assert!(!f.answered);
    assert_eq!(
        filing(&cal, &road, d("2025-02-17")).status,
        FilingStatus::Premature
    );
}

#[test]
fn without_an_objection_the_status_is_unknown_and_no_objection_is_suggested() {
    let cal = Calendar::default();
    let none = filing(&cal, &Road::default(), d("2025-02-18"));
    assert_eq!((none.status, none.suggest), (FilingStatus::Unknown, None));
    let road = Road {
        requested_on: Some(d("2025-01-02")),
        ..Road::default()
    };
    let f = filing(&cal, &road, d("2025-02-18"));
    assert_eq!(
        (f.status, f.suggest),
        (FilingStatus::Unknown, Some(Reason::NoObjection))
    );
}

#[test]
fn the_road_is_in_order_and_not_in_the_future() {
    let edit = RoadEdit {
        requested_on: Some(d("2025-02-01")),
        objected_on: Some(d("2025-01-01")),
        ..RoadEdit::default()
    };
    assert!(matches!(
        edit.applied(&Road::default(), d("2025-03-01")),
        Err(CaseFileError::RoadOrder {
            later: "--objected",
            ..
        })
    ));
    let future = RoadEdit {
        requested_on: Some(d("2025-04-01")),
        ..RoadEdit::default()
    };
    assert!(matches!(
        future.applied(&Road::default(), d("2025-03-01")),
        Err(CaseFileError::RoadFuture { .. })
    ));
}

fn person(id: i64, role: PersonRole) -> Person {
    Person {
        id,
        name: format!("P{id}"),
        role,
        phone: None,
        retired_on: None,
    }
}

#[test]
fn a_panel_is_odd_and_at_least_three() {
    let c = |id| person(id, PersonRole::Commissioner);
    let pick = |members: Vec<Person>| PanelPick {
        chair: c(1),
        members,
        mediator: None,
        clerk: Some(person(9, PersonRole::Clerk)),
    };
    assert_eq!(check_panel(&pick(vec![c(2), c(3)])), Ok(()));
    assert_eq!(
        check_panel(&pick(vec![c(2)])),
        Err(CaseFileError::PanelSize { size: 2 })
    );
    assert_eq!(
        check_panel(&pick(vec![])),
        Err(CaseFileError::PanelSize { size: 1 })
    );
    assert_eq!(
        check_panel(&pick(vec![c(2), c(3), c(4)])),
        Err(CaseFileError::PanelSize { size: 4 })
    );
    assert!(matches!(
        check_panel(&pick(vec![c(2), c(2)])),
        Err(CaseFileError::PanelTwice { .. })
    ));
    assert!(matches!(
        check_panel(&pick(vec![c(2), person(3, PersonRole::Clerk)])),
        Err(CaseFileError::SeatRole { .. })
    ));
}

fn held(no: i64, on: &str, applicant: Attendance) -> Hearing {
    Hearing {
        no,
        kind: HearingKind::Preliminary,
        on: d(on),
        at: None,
        room: None,
        panel: None,
        status: HearingStatus::Held,
        first_on: d(on),
        postponements: 0,
        applicant: Some(applicant),
        respondent: Some(Attendance::Present),
        reason: None,
    }
}

fn served(no: i64, on: &str, result: ServiceResult) -> Service {
    Service {
        hearing_no: no,
        party: Party::Applicant,
        on: d(on),
        how: ServiceHow::Post,
        result,
        actor: "clerk".into(),
        recorded_at: "2026-01-01T00:00:00Z".into(),
    }
}

#[test]
fn absences_count_toward_lapse_only_when_served_once_services_are_recorded() {
    let hs = vec![
        held(1, "2026-01-05", Attendance::Absent),
        held(2, "2026-01-12", Attendance::Absent),
    ];
    let none = lapse(&hs, &[]).unwrap();
    assert_eq!(
        none.iter().map(|a| a.hearing_no).collect::<Vec<_>>(),
        [1, 2]
    );
    assert!(none.iter().all(|a| a.service.is_none()));
    let one = [served(1, "2026-01-02", ServiceResult::Delivered)];
    assert_eq!(lapse(&hs, &one), None);
    let both = [
        served(1, "2026-01-02", ServiceResult::Delivered),
        served(2, "2026-01-08", ServiceResult::Returned),
        served(2, "2026-01-09", ServiceResult::Delivered),
    ];
    let l = lapse(&hs, &both).unwrap();
    assert_eq!(l[1].service.unwrap().on, d("2026-01-09"));
    let refused = [
        served(1, "2026-01-02", ServiceResult::Delivered),
        served(2, "2026-01-08", ServiceResult::Refused),
    ];
    assert_eq!(lapse(&hs, &refused), None);
    let after = [
        served(1, "2026-01-02", ServiceResult::Delivered),
        served(2, "2026-01-13", ServiceResult::Delivered),
    ];
    assert_eq!(lapse(&hs, &after), None);
}
