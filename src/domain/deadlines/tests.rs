use super::*;
use crate::domain::lifecycle::Action;
use crate::domain::vocab::DayKind;
use crate::domain::{Outcome, Reason, Via};
use proptest::prelude::*;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// Idul Fitri 2025 as the joint decree has it: public holidays 31 March and 1 April,
/// collective leave 28 March and 2, 3, 4, 7 April; Good Friday 18 April; Nyepi on
/// Saturday 29 March changes nothing.
fn lebaran_2025(collective_leave_is_working: bool) -> Calendar {
    let ph = DayKind::PublicHoliday;
    let cl = DayKind::CollectiveLeave;
    Calendar::new(
        [
            (d("2025-03-28"), cl),
            (d("2025-03-29"), ph),
            (d("2025-03-31"), ph),
            (d("2025-04-01"), ph),
            (d("2025-04-02"), cl),
            (d("2025-04-03"), cl),
            (d("2025-04-04"), cl),
            (d("2025-04-07"), cl),
            (d("2025-04-18"), ph),
        ],
        collective_leave_is_working,
    )
}

/// A case received on Thursday 27 March 2025, just before the holidays, counted by hand:
/// the first working day after it is Tuesday 8 April (28 March to 7 April are all off);
/// 8, 9, 10, 11 (4), 14..17 (8), 18 is Good Friday, 21..25 (13), 28 April is the 14th.
#[test]
fn the_start_deadline_across_lebaran_2025() {
    let cal = lebaran_2025(false);
    let f = Facts::new(d("2025-03-27"));
    let t = Timing::of(&cal, &f, None, d("2025-04-28"));
    assert_eq!(t.start_by, d("2025-04-28"));
    assert!(!t.late_start, "the deadline day itself is not late");
    let t = Timing::of(&cal, &f, None, d("2025-04-29"));
    assert!(t.late_start && t.overdue_start);
    assert_eq!(t.overdue(), vec![Deadline::Start]);
    assert_eq!(t.working_days_open, 15);
    // With collective leave counted as working: 28 March (1), 2, 3, 4 (4), 7..11 (9),
    // 14..17 (13), 21 April is the 14th.
    let t = Timing::of(&lebaran_2025(true), &f, None, d("2025-04-29"));
    assert_eq!(t.start_by, d("2025-04-21"));
}

#[test]
fn started_and_ended_by_their_facts_as_of_the_date() {
    let cal = Calendar::weekends_only();
    // received Monday 2 June 2025; start_by = 20 June (14 weekdays later)
    let f = Facts::new(d("2025-06-02"));
    let q = f.apply("c", &Action::Qualify, d("2025-06-25")).unwrap();
    let t = Timing::of(&cal, &q, None, d("2025-07-01"));
    assert_eq!(t.start_by, d("2025-06-20"));
    assert_eq!(t.started_on, Some(d("2025-06-25")));
    assert!(t.late_start, "qualified after the deadline: late");
    assert!(!t.overdue_start, "but started now: nothing to act on");
    // As of a day before the qualification, it had not started.
    let t = Timing::of(&cal, &q, None, d("2025-06-24"));
    assert_eq!(t.started_on, None);
    assert!(t.overdue_start);
    // A hearing held in time is a start.
    let t = Timing::of(&cal, &q, Some(d("2025-06-10")), d("2025-07-01"));
    assert_eq!(t.started_on, Some(d("2025-06-10")));
    assert!(!t.late_start);
    // A rejection both starts and ends it.
    let r = f
        .apply("c", &Action::Reject(Reason::Late), d("2025-06-05"))
        .unwrap();
    let t = Timing::of(&cal, &r, None, d("2026-01-01"));
    assert_eq!(
        (t.started_on, t.ended_on),
        (Some(d("2025-06-05")), Some(d("2025-06-05")))
    );
    assert!(!t.late_start && !t.late_finish);
    assert_eq!(t.working_days_open, 3);
}

#[test]
fn late_and_overdue_to_finish() {
    let cal = Calendar::weekends_only();
    let f = Facts::new(d("2025-01-06"))
        .apply("c", &Action::Qualify, d("2025-01-08"))
        .unwrap();
    let t = Timing::of(&cal, &f, None, d("2025-12-31"));
    assert_eq!(t.finish_by, d("2025-05-26"));
    assert!(t.late_finish && t.overdue_finish && !t.late_start);
    assert_eq!(t.pending(), vec![(Deadline::Finish, d("2025-05-26"))]);
    let decided = f
        .apply(
            "c",
            &Action::Decide {
                via: Via::Mediation,
                outcome: Outcome::Agreement,
                decision_no: None,
            },
            d("2025-06-02"),
        )
        .unwrap();
    let t = Timing::of(&cal, &decided, None, d("2025-12-31"));
    assert!(t.late_finish, "decided after the 100 days: late");
    assert!(!t.overdue_finish, "but ended");
    assert_eq!(t.working_days_open, 105);
    assert!(t.pending().is_empty());
}

#[test]
fn the_open_states_follow_the_table() {
    assert_eq!(open_states(), vec![State::Entered, State::Qualified]);
}

proptest! {
    /// The cut-off splits the received dates exactly: on or before it, the deadline is
    /// past on `date`; after it, not.
    #[test]
    fn received_by_for_past_splits_exactly(
        day in 0i32..3000,
        n in prop_oneof![Just(14u32), Just(100u32), 1u32..300],
        holidays in proptest::collection::vec(0i32..3400, 0..80),
        working in any::<bool>(),
    ) {
        let base = d("2015-01-01").day_number();
        let at = |x: i32| Date::from_day_number(base + x).unwrap();
        let cal = Calendar::new(
            holidays.iter().map(|h| (at(*h), DayKind::CollectiveLeave)),
            working,
        );
        let date = at(day + 400);
        let cut = received_by_for_past(&cal, n, date).unwrap();
        prop_assert!(cal.add_working_days(cut, n).unwrap() < date);
        let next = Date::from_day_number(cut.day_number() + 1).unwrap();
        prop_assert!(cal.add_working_days(next, n).unwrap() >= date);
    }
}
