use super::*;
use crate::domain::Date;
use crate::domain::lifecycle::Action;
use crate::domain::workdays::Calendar;
use crate::domain::{Outcome, Reason};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

#[test]
fn median_of_odd_even_and_no_values() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[7]), Some(7.0));
    assert_eq!(median(&[1, 3, 10]), Some(3.0));
    assert_eq!(
        median(&[1, 4]),
        Some(2.5),
        "the mean of the two middle values"
    );
    assert_eq!(median(&[1, 4, 6, 100]), Some(5.0));
    assert_eq!(median(&[0, 0, 1, 2]), Some(0.5));
}

#[test]
fn ratios_round_half_up_exactly() {
    assert_eq!(ratio(1, 8, 2), 0.13, "0.125 goes up");
    assert_eq!(ratio(1, 3, 4), 0.3333);
    assert_eq!(ratio(2, 3, 4), 0.6667);
    assert_eq!(ratio(5, 5, 4), 1.0);
    assert_eq!(ratio(0, 7, 4), 0.0);
    // 1.005 is 1.00499999999999989... as a binary fraction: rounding a float would lose
    // the half; rounding the integers does not.
    assert_eq!(ratio(201, 200, 2), 1.01);
    assert_eq!(ratio(100_000_005, 1_000_000_000, 4), 0.1);
}

#[test]
fn statistics_of_a_group() {
    let s = Stats::of(vec![30, 10, 120, 10], 3);
    assert_eq!(s.ended, 4);
    assert_eq!(s.median, Some(20.0));
    assert_eq!(s.mean, Some(42.5));
    assert_eq!((s.lowest, s.highest), (Some(10), Some(120)));
    assert_eq!(s.within, 3);
    assert_eq!(s.share_within, Some(0.75));
    let s = Stats::of(vec![1, 2, 2], 3);
    assert_eq!(s.mean, Some(1.67));
    assert_eq!(s.share_within, Some(1.0));
}

#[test]
fn an_empty_group_has_no_statistics() {
    let s = Stats::of(vec![], 0);
    assert_eq!(
        s,
        Stats {
            ended: 0,
            median: None,
            mean: None,
            lowest: None,
            highest: None,
            within: 0,
            share_within: None,
        }
    );
}

fn decide(via: Via, outcome: Outcome) -> Action {
    Action::Decide {
        via,
        outcome,
        decision_no: None,
    }
}

/// A case received on `received` and taken along `steps`.
fn case(received: &str, steps: &[(Action, &str)]) -> Facts {
    let mut f = Facts::new(d(received));
    for (a, on) in steps {
        f = f.apply("c", a, d(on)).unwrap();
    }
    f
}

#[test]
fn the_route_is_what_ended_the_case_by_the_date() {
    let cal = Calendar::weekends_only();
    let q = (Action::Qualify, "2025-06-10");
    let cases = [
        (case("2025-06-02", &[]), None),
        (case("2025-06-02", std::slice::from_ref(&q)), None),
        (
            case(
                "2025-06-02",
                &[(Action::Reject(Reason::Late), "2025-06-05")],
            ),
            Some(Route::NotQualified),
        ),
        (
            case("2025-06-02", &[(Action::Withdraw, "2025-06-05")]),
            Some(Route::Withdrawn),
        ),
        (
            case("2025-06-02", &[q.clone(), (Action::Withdraw, "2025-07-01")]),
            Some(Route::Withdrawn),
        ),
        (
            case(
                "2025-06-02",
                &[
                    q.clone(),
                    (decide(Via::Interim, Outcome::Lapsed), "2025-07-01"),
                ],
            ),
            Some(Route::InterimRuling),
        ),
        (
            case(
                "2025-06-02",
                &[
                    q.clone(),
                    (decide(Via::Mediation, Outcome::Agreement), "2025-07-01"),
                ],
            ),
            Some(Route::Mediation),
        ),
        (
            case(
                "2025-06-02",
                &[
                    q.clone(),
                    (decide(Via::Adjudication, Outcome::Granted), "2025-07-01"),
                    (Action::Close, "2025-07-02"),
                ],
            ),
            Some(Route::Adjudication),
        ),
    ];
    for (f, want) in &cases {
        let t = Timing::of(&cal, f, None, d("2025-12-31"));
        assert_eq!(Route::of(f, &t), *want, "{f:?}");
        // Before its end, a case has not ended.
        let t = Timing::of(&cal, f, None, d("2025-06-04"));
        assert_eq!(Route::of(f, &t), None, "{f:?}");
    }
}

fn ints(v: &View, row: usize) -> Vec<String> {
    v.rows[row]
        .iter()
        .map(|c| match c {
            Cell::Int(i) => i.to_string(),
            Cell::Num(x) => format!("{x}"),
            Cell::Label(c) => c.key.to_string(),
            Cell::Text(t) => t.clone(),
            Cell::Empty => "_".into(),
        })
        .collect()
}

#[test]
fn the_tally_gives_every_year_and_route_a_row() {
    let cal = Calendar::weekends_only();
    // Received Monday 2 June 2025: finish_by is 100 weekdays later, Monday 20 October.
    let f = Facts::new(d("2025-06-02"));
    assert_eq!(
        Timing::of(&cal, &f, None, d("2025-06-02")).finish_by,
        d("2025-10-20")
    );
    let q = (Action::Qualify, "2025-06-03");
    let cases = [
        // 3 working days, not qualified
        case(
            "2025-06-02",
            &[(Action::Reject(Reason::Late), "2025-06-05")],
        ),
        // 100 working days: on the deadline
        case(
            "2025-06-02",
            &[
                q.clone(),
                (decide(Via::Mediation, Outcome::Agreement), "2025-10-20"),
            ],
        ),
        // 101: a day late
        case(
            "2025-06-02",
            &[
                q.clone(),
                (decide(Via::Adjudication, Outcome::Rejected), "2025-10-21"),
            ],
        ),
        // 10
        case(
            "2025-06-02",
            &[
                q.clone(),
                (decide(Via::Adjudication, Outcome::Granted), "2025-06-16"),
            ],
        ),
        // open past the finish deadline: the backlog
        case("2025-06-02", std::slice::from_ref(&q)),
        // open, not yet past it
        case("2025-09-01", &[]),
        // withdrawn after the as-of date: open, and past the deadline
        case("2025-06-02", &[(Action::Withdraw, "2026-01-05")]),
        // another year, ended on its received day
        case("2024-03-04", &[(Action::Withdraw, "2024-03-04")]),
    ];
    let as_of = d("2025-12-31");
    let mut tally = Tally::default();
    for f in &cases {
        tally.add(f, &Timing::of(&cal, f, None, as_of));
    }
    let v = tally.clone().view(None);
    assert_eq!(
        v.columns.iter().map(|c| &*c.key).collect::<Vec<_>>(),
        [
            "year",
            "route",
            "ended",
            "median",
            "mean",
            "lowest",
            "highest",
            "within_100",
            "share_within_100",
            "backlog"
        ]
    );
    assert_eq!(v.rows.len(), 18, "two years and their total, six rows each");
    assert_eq!(
        ints(&v, 0),
        ["2024", "all", "1", "0", "0", "0", "0", "1", "1", "0"]
    );
    assert_eq!(
        ints(&v, 2),
        ["2024", "withdrawn", "1", "0", "0", "0", "0", "1", "1", "_"]
    );
    assert_eq!(
        ints(&v, 3),
        [
            "2024",
            "interim_ruling",
            "0",
            "_",
            "_",
            "_",
            "_",
            "0",
            "_",
            "_"
        ]
    );
    // 2025: 3, 10, 100, 101 working days; median (10 + 100) / 2, mean 53.5.
    assert_eq!(
        ints(&v, 6),
        [
            "2025", "all", "4", "55", "53.5", "3", "101", "3", "0.75", "2"
        ]
    );
    assert_eq!(
        ints(&v, 7),
        [
            "2025",
            "not_qualified",
            "1",
            "3",
            "3",
            "3",
            "3",
            "1",
            "1",
            "_"
        ]
    );
    assert_eq!(
        ints(&v, 10),
        [
            "2025",
            "mediation",
            "1",
            "100",
            "100",
            "100",
            "100",
            "1",
            "1",
            "_"
        ]
    );
    assert_eq!(
        ints(&v, 11),
        [
            "2025",
            "adjudication",
            "2",
            "55.5",
            "55.5",
            "10",
            "101",
            "1",
            "0.5",
            "_"
        ]
    );
    // The total over the years: 0, 3, 10, 100 and 101 working days; the backlogs added.
    assert_eq!(
        ints(&v, 12),
        [
            "total", "all", "5", "10", "42.8", "0", "101", "4", "0.8", "2"
        ]
    );
    assert_eq!(
        ints(&v, 14),
        ["total", "withdrawn", "1", "0", "0", "0", "0", "1", "1", "_"]
    );
    // A range asked for: the years without cases get their rows too.
    let v = tally.view(Some((2023, 2025)));
    assert_eq!(v.rows.len(), 24);
    assert_eq!(
        ints(&v, 0),
        ["2023", "all", "0", "_", "_", "_", "_", "0", "_", "0"]
    );
}

#[test]
fn the_oldest_keep_the_most_working_days_then_register_order() {
    let offers = [
        (5, (2024, 3), "a"),
        (40, (2024, 9), "b"),
        (40, (2024, 2), "c"),
        (12, (2025, 1), "d"),
        (40, (2023, 7), "e"),
        (1, (2025, 2), "f"),
    ];
    let mut o = Oldest::new(3);
    for (days, at, name) in offers {
        o.offer(days, at, name);
    }
    assert_eq!(o.into_sorted(), ["e", "c", "b"]);
    let mut o = Oldest::new(4);
    for (days, at, name) in offers {
        o.offer(days, at, name);
    }
    assert!(
        o.full_above(11) && !o.full_above(12),
        "a tie may still enter"
    );
    assert_eq!(o.into_sorted(), ["e", "c", "b", "d"]);
    let mut o = Oldest::new(10);
    o.offer(3, (2020, 1), "x");
    assert!(!o.full_above(0), "room left");
    assert_eq!(o.into_sorted(), ["x"]);
    assert!(Oldest::<()>::new(0).full_above(1000));
}
