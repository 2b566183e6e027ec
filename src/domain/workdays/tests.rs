use super::*;
use chrono::{Datelike, NaiveDate, Weekday};
use proptest::prelude::*;
use std::collections::HashSet;

fn ymd(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

fn first() -> Date {
    ymd(0, 1, 1)
}

fn last() -> Date {
    ymd(9999, 12, 31)
}

/// Idul Fitri 2025 as the government decreed it, plus Nyepi on a Saturday. Good Friday
/// (18 April) is left out so that the hand counts below stay about Idul Fitri.
fn lebaran_2025(collective_leave_is_working: bool) -> Calendar {
    use DayKind::*;
    Calendar::new(
        [
            (ymd(2025, 3, 28), CollectiveLeave),
            (ymd(2025, 3, 29), PublicHoliday), // Nyepi, a Saturday
            (ymd(2025, 3, 31), PublicHoliday),
            (ymd(2025, 4, 1), PublicHoliday),
            (ymd(2025, 4, 2), CollectiveLeave),
            (ymd(2025, 4, 3), CollectiveLeave),
            (ymd(2025, 4, 4), CollectiveLeave),
            (ymd(2025, 4, 7), CollectiveLeave),
        ],
        collective_leave_is_working,
    )
}

#[test]
fn friday_plus_one_is_monday() {
    let cal = Calendar::weekends_only();
    let friday = ymd(2025, 1, 10);
    assert_eq!(cal.add_working_days(friday, 1), Some(ymd(2025, 1, 13)));
    assert_eq!(
        cal.add_working_days(ymd(2025, 1, 11), 1),
        Some(ymd(2025, 1, 13))
    );
    assert_eq!(
        cal.add_working_days(ymd(2025, 1, 12), 1),
        Some(ymd(2025, 1, 13))
    );
    assert_eq!(cal.add_working_days(friday, 5), Some(ymd(2025, 1, 17)));
    assert_eq!(cal.working_days_between(friday, ymd(2025, 1, 13)), 1);
    assert_eq!(cal.working_days_between(friday, ymd(2025, 1, 12)), 0);
}

#[test]
fn a_holiday_is_stepped_over() {
    // Christmas 2025 is a Thursday; 26 December is collective leave.
    let days = [
        (ymd(2025, 12, 25), DayKind::PublicHoliday),
        (ymd(2025, 12, 26), DayKind::CollectiveLeave),
    ];
    let closed = Calendar::new(days, false);
    let open = Calendar::new(days, true);
    let wednesday = ymd(2025, 12, 24);
    assert_eq!(
        closed.add_working_days(wednesday, 1),
        Some(ymd(2025, 12, 29))
    );
    assert_eq!(open.add_working_days(wednesday, 1), Some(ymd(2025, 12, 26)));
    assert!(!closed.is_working_day(ymd(2025, 12, 25)));
    assert!(!closed.is_working_day(ymd(2025, 12, 26)));
    assert!(open.is_working_day(ymd(2025, 12, 26)));
    assert_eq!(closed.working_days_between(wednesday, ymd(2025, 12, 31)), 3);
    assert_eq!(open.working_days_between(wednesday, ymd(2025, 12, 31)), 4);
}

#[test]
fn idul_fitri_2025_by_hand() {
    let received = ymd(2025, 3, 27); // a Thursday
    let cal = lebaran_2025(false);
    // Collective leave off: 28 Mar to 7 Apr are all closed or weekend, so the count
    // starts on Tuesday 8 Apr: 8, 9, 10, 11 (4), 14, 15, 16, 17, 18 (9),
    // 21, 22, 23, 24, 25 (14): Friday 25 April.
    assert_eq!(cal.add_working_days(received, 14), Some(ymd(2025, 4, 25)));
    assert_eq!(cal.add_working_days(received, 1), Some(ymd(2025, 4, 8)));
    assert_eq!(cal.working_days_between(received, ymd(2025, 4, 25)), 14);
    assert_eq!(cal.working_days_between(received, ymd(2025, 4, 7)), 0);
    assert_eq!(cal.working_days_between(received, ymd(2025, 4, 18)), 9);

    let cal = lebaran_2025(true);
    // Collective leave worked: 28 Mar (1), [31 Mar, 1 Apr closed], 2, 3, 4 (4),
    // 7, 8, 9, 10, 11 (9), 14, 15, 16, 17, 18 (14): Friday 18 April.
    assert_eq!(cal.add_working_days(received, 14), Some(ymd(2025, 4, 18)));
    assert_eq!(cal.add_working_days(received, 1), Some(ymd(2025, 3, 28)));
    assert_eq!(cal.add_working_days(received, 2), Some(ymd(2025, 4, 2)));
    assert_eq!(cal.working_days_between(received, ymd(2025, 4, 18)), 14);
    // ... then 21, 22, 23, 24, 25 (19).
    assert_eq!(cal.working_days_between(received, ymd(2025, 4, 25)), 19);
}

#[test]
fn zero_days_and_backward_spans() {
    let cal = lebaran_2025(false);
    let saturday = ymd(2025, 3, 29);
    assert_eq!(cal.add_working_days(saturday, 0), Some(saturday));
    assert_eq!(cal.working_days_between(saturday, saturday), 0);
    let (a, b) = (ymd(2025, 3, 27), ymd(2025, 4, 25));
    assert_eq!(cal.working_days_between(b, a), -14);
    assert_eq!(cal.working_days_between(ymd(2025, 4, 8), a), -1);
}

#[test]
fn duplicates_and_weekend_holidays_change_nothing() {
    use DayKind::*;
    let base = lebaran_2025(false);
    let more = Calendar::new(
        [
            (ymd(2025, 3, 31), PublicHoliday),
            (ymd(2025, 3, 31), OfficeClosure),
            (ymd(2025, 3, 30), PublicHoliday), // a Sunday
            (ymd(2025, 3, 28), CollectiveLeave),
            (ymd(2025, 3, 29), PublicHoliday),
            (ymd(2025, 4, 1), PublicHoliday),
            (ymd(2025, 4, 7), CollectiveLeave),
            (ymd(2025, 4, 2), CollectiveLeave),
            (ymd(2025, 4, 3), CollectiveLeave),
            (ymd(2025, 4, 4), CollectiveLeave),
            (ymd(2025, 4, 4), CollectiveLeave),
        ],
        false,
    );
    assert_eq!(more, base);
    assert_eq!(base.non_working_weekdays().len(), 7);
    assert_eq!(
        Calendar::new([(ymd(2025, 3, 29), PublicHoliday)], false),
        Calendar::weekends_only()
    );
}

#[test]
fn collective_leave_that_is_also_a_holiday_stays_closed() {
    let day = ymd(2025, 12, 25);
    let cal = Calendar::new(
        [
            (day, DayKind::CollectiveLeave),
            (day, DayKind::PublicHoliday),
        ],
        true,
    );
    assert!(!cal.is_working_day(day));
    let cal = Calendar::new([(day, DayKind::CollectiveLeave)], true);
    assert!(cal.is_working_day(day));
}

#[test]
fn the_ends_of_the_range_neither_panic_nor_wrap() {
    let cal = Calendar::new(
        [
            (first(), DayKind::OfficeClosure),
            (last(), DayKind::PublicHoliday),
            (ymd(9999, 12, 30), DayKind::CollectiveLeave),
        ],
        false,
    );
    // 9999-12-31 is a Friday, 9999-12-29 a Wednesday.
    assert_eq!(
        cal.add_working_days(ymd(9999, 12, 28), 1),
        Some(ymd(9999, 12, 29))
    );
    assert_eq!(cal.add_working_days(ymd(9999, 12, 28), 2), None);
    assert_eq!(cal.add_working_days(last(), 1), None);
    assert_eq!(cal.add_working_days(last(), 0), Some(last()));
    assert_eq!(cal.add_working_days(first(), u32::MAX), None);
    assert_eq!(
        Calendar::weekends_only().add_working_days(ymd(9999, 12, 30), 1),
        Some(last())
    );
    let all = cal.working_days_between(first(), last());
    assert!(all > 2_600_000, "{all}");
    assert_eq!(cal.working_days_between(last(), first()), -all);
    assert_eq!(
        cal.add_working_days(first(), all as u32),
        Some(ymd(9999, 12, 29))
    );
    assert!(!cal.is_working_day(first()));
}

#[test]
fn weekdays_agree_with_chrono_over_the_whole_range() {
    let cal = Calendar::weekends_only();
    let mut day = NaiveDate::from_ymd_opt(0, 1, 1).unwrap();
    let mut count = 0i64;
    while day.year() <= 9999 {
        let d = date(day);
        let working = !matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        assert_eq!(cal.is_working_day(d), working, "{d}");
        count += i64::from(working);
        assert_eq!(cal.working_days_between(first(), d), count, "{d}");
        if working && day.ordinal() <= 7 {
            assert_eq!(cal.add_working_days(first(), count as u32), Some(d));
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn kinds_read_both_spellings() {
    for kind in DayKind::ALL {
        assert_eq!(DayKind::parse(kind.as_str()).unwrap(), *kind);
        assert_eq!(
            DayKind::parse(&kind.as_str().replace('_', "-").to_uppercase()).unwrap(),
            *kind
        );
    }
    assert_eq!(
        DayKind::parse("collective-leave").unwrap().to_string(),
        "collective_leave"
    );
    assert!(DayKind::parse("holiday").is_err());
}

// The reference: the calendar as a clerk counts it, one day at a time, with chrono's
// weekdays and a set of dates, sharing no arithmetic with the code under test.

fn date(n: NaiveDate) -> Date {
    Date::from_ymd(n.year(), n.month(), n.day()).unwrap()
}

struct Clerk(HashSet<NaiveDate>);

impl Clerk {
    fn new(days: &[(NaiveDate, DayKind)], collective_leave_is_working: bool) -> Clerk {
        Clerk(
            days.iter()
                .filter(|(_, k)| !(collective_leave_is_working && *k == DayKind::CollectiveLeave))
                .map(|(d, _)| *d)
                .collect(),
        )
    }

    fn works(&self, d: NaiveDate) -> bool {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !self.0.contains(&d)
    }

    fn add(&self, mut d: NaiveDate, n: u32) -> Option<NaiveDate> {
        let mut left = n;
        while left > 0 {
            d = d.succ_opt().filter(|d| d.year() <= 9999)?;
            if self.works(d) {
                left -= 1;
            }
        }
        Some(d)
    }

    fn between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        if b < a {
            return -self.between(b, a);
        }
        a.iter_days()
            .skip(1)
            .take_while(|d| *d <= b)
            .filter(|d| self.works(*d))
            .count() as i64
    }
}

fn day(n: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(n).unwrap()
}

fn day_no(y: i32, m: u32, d: u32) -> i32 {
    NaiveDate::from_ymd_opt(y, m, d).unwrap().num_days_from_ce()
}

/// A start date: mostly 1990..2100, sometimes within ten years of either end.
fn start() -> impl Strategy<Value = i32> {
    prop_oneof![
        6 => day_no(1990, 1, 1)..=day_no(2099, 12, 31),
        1 => day_no(0, 1, 1)..=day_no(10, 1, 1),
        2 => day_no(9990, 1, 1)..=day_no(9999, 12, 31),
    ]
}

fn kind() -> impl Strategy<Value = DayKind> {
    proptest::sample::select(DayKind::ALL)
}

/// A random calendar around `start`: single days and runs of closed days (a month's
/// office closure too) of random kinds, from two months before to ~12 years after.
fn calendar_around(start: i32) -> impl Strategy<Value = Vec<(NaiveDate, DayKind)>> {
    let run = prop_oneof![6 => Just(1i32), 1 => 2i32..8, 1 => 8i32..45];
    proptest::collection::vec((-60i32..4400, run, kind()), 0..300).prop_map(move |runs| {
        runs.into_iter()
            .flat_map(|(offset, len, kind)| (0..len).map(move |i| (start + offset + i, kind)))
            .filter_map(|(n, kind)| {
                let d = NaiveDate::from_num_days_from_ce_opt(n)?;
                (0..=9999).contains(&d.year()).then_some((d, kind))
            })
            .collect()
    })
}

fn case() -> impl Strategy<Value = (i32, Vec<(NaiveDate, DayKind)>, bool)> {
    (start(), any::<bool>()).prop_flat_map(|(s, flag)| (Just(s), calendar_around(s), Just(flag)))
}

fn build(days: &[(NaiveDate, DayKind)], flag: bool) -> (Calendar, Clerk) {
    (
        Calendar::new(days.iter().map(|&(d, k)| (date(d), k)), flag),
        Clerk::new(days, flag),
    )
}

proptest! {
    #[test]
    fn adding_counts_as_the_clerk_does((s, days, flag) in case(), n in 0u32..3000) {
        let (cal, clerk) = build(&days, flag);
        let want = clerk.add(day(s), n).map(date);
        prop_assert_eq!(cal.add_working_days(date(day(s)), n), want);
    }

    #[test]
    fn spans_count_as_the_clerk_does(
        (s, days, flag) in case(),
        offset in -100i32..4300,
        back in any::<bool>(),
    ) {
        let (cal, clerk) = build(&days, flag);
        let Some(other) = NaiveDate::from_num_days_from_ce_opt(s + offset)
            .filter(|d| (0..=9999).contains(&d.year()))
        else {
            return Ok(());
        };
        let (a, b) = if back { (other, day(s)) } else { (day(s), other) };
        prop_assert_eq!(cal.working_days_between(date(a), date(b)), clerk.between(a, b));
    }

    #[test]
    fn each_day_is_judged_as_the_clerk_does((s, days, flag) in case()) {
        let (cal, clerk) = build(&days, flag);
        for d in day(s).iter_days().take(120).take_while(|d| d.year() <= 9999) {
            prop_assert_eq!(cal.is_working_day(date(d)), clerk.works(d), "{}", d);
        }
        let listed: Vec<Date> = cal.non_working_weekdays().collect();
        let mut want: Vec<Date> = clerk.0.iter()
            .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
            .map(|&d| date(d))
            .collect();
        want.sort();
        prop_assert_eq!(listed, want);
    }

    #[test]
    fn a_deadline_is_the_first_working_day_that_far((s, days, flag) in case(), n in 1u32..3000) {
        let (cal, _) = build(&days, flag);
        let d = date(day(s));
        if let Some(due) = cal.add_working_days(d, n) {
            prop_assert!(cal.is_working_day(due));
            prop_assert_eq!(cal.working_days_between(d, due), i64::from(n));
            let eve = Date::from_day_number(due.day_number() - 1).unwrap();
            prop_assert_eq!(cal.working_days_between(d, eve), i64::from(n) - 1);
        } else {
            prop_assert!(cal.working_days_between(d, last()) < i64::from(n));
        }
    }
}

/// `cargo test --release -- --ignored workdays_speed --nocapture`
#[test]
#[ignore = "a benchmark: run it in release mode"]
#[allow(clippy::print_stdout)] // a benchmark's figures, for a person running it
fn workdays_speed() {
    use std::hint::black_box;
    use std::time::Instant;

    // Twenty years, 25 non-working days each: the fixed national holidays, and
    // moving feasts and collective leave scattered by a small generator.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |m: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % m
    };
    let mut days = Vec::new();
    for y in 2010..2030 {
        for (m, d) in [(1, 1), (5, 1), (6, 1), (8, 17), (12, 25)] {
            days.push((ymd(y, m, d), DayKind::PublicHoliday));
        }
        for i in 0..20 {
            let kind = DayKind::ALL[i % 3];
            let d = Date::from_day_number(day_no(y, 1, 1) + next(365) as i32).unwrap();
            days.push((d, kind));
        }
    }
    let cal = Calendar::new(days, false);
    let span = day_no(2029, 12, 31) - day_no(2008, 1, 1);
    let dates: Vec<Date> = (0..1 << 16)
        .map(|_| Date::from_day_number(day_no(2008, 1, 1) + next(span as u64) as i32).unwrap())
        .collect();
    let mask = dates.len() - 1;
    let rounds = 10_000_000usize;

    let mut total = 0.0;
    let mut time = |what: &str, f: &dyn Fn(usize) -> i64| {
        let t = Instant::now();
        let mut acc = 0i64;
        for i in 0..rounds {
            acc = acc.wrapping_add(f(black_box(i)));
        }
        let secs = t.elapsed().as_secs_f64();
        total += secs;
        black_box(acc);
        println!(
            "{what:<28} {:>6.1} M/s ({:.1} ns each)",
            rounds as f64 / secs / 1e6,
            secs / rounds as f64 * 1e9
        );
    };
    time("add_working_days(d, 14)", &|i| {
        cal.add_working_days(dates[i & mask], 14)
            .map_or(0, |d| d.day_number() as i64)
    });
    time("add_working_days(d, 100)", &|i| {
        cal.add_working_days(dates[i & mask], 100)
            .map_or(0, |d| d.day_number() as i64)
    });
    time("working_days_between(a, b)", &|i| {
        cal.working_days_between(dates[i & mask], dates[(i * 7 + 3) & mask])
    });
    println!(
        "{} non-working weekdays; all three: {:.1} M computations/s",
        cal.non_working_weekdays().len(),
        3.0 * rounds as f64 / total / 1e6
    );
}
