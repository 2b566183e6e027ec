//! Working days (hari kerja), in which Law 14/2008 counts its deadlines: Monday to Friday,
//! less the commission's non-working days. Arithmetic on day numbers: O(log H), never a walk.

use super::Date;

pub use super::vocab::DayKind;

/// A commission's working days: every Monday to Friday except its non-working days.
///
/// Counting convention, the same everywhere: "n working days after D" is the n-th working
/// day strictly after D, and the working days between A and B are those in (A, B].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    /// Day numbers ([`Date::day_number`]) of the weekdays that are not working days,
    /// sorted and without duplicates. Weekend holidays are left out: they change nothing.
    closed: Vec<i32>,
    /// `through[k]` = [`weekdays_through`]`(closed[k]) - (k + 1)`: the working days up to
    /// `closed[k]`. Ascending, so that `add_working_days` can find by binary search how
    /// many closed days lie before its answer instead of stepping over them one by one.
    through: Vec<i32>,
}

impl Calendar {
    /// A calendar from its non-working days, in any order, duplicates allowed. A date
    /// listed under several kinds is non-working if any of them is.
    ///
    /// `collective_leave_is_working`: government offices close on cuti bersama, so by
    /// default (`false`) collective leave does not count; `true` counts it as working.
    pub fn new(
        days: impl IntoIterator<Item = (Date, DayKind)>,
        collective_leave_is_working: bool,
    ) -> Calendar {
        let mut closed: Vec<i32> = days
            .into_iter()
            .filter(|&(_, kind)| !(collective_leave_is_working && kind == DayKind::CollectiveLeave))
            .map(|(d, _)| d.day_number())
            .filter(|&x| is_weekday(x))
            .collect();
        closed.sort_unstable();
        closed.dedup();
        let through = closed
            .iter()
            .enumerate()
            // Fits: |weekdays_through| stays below 3 million over years 0..=9999.
            .map(|(k, &x)| (weekdays_through(x) - k as i64 - 1) as i32)
            .collect();
        Calendar { closed, through }
    }

    /// Saturdays and Sundays off, no holidays.
    #[cfg(test)]
    pub fn weekends_only() -> Calendar {
        Calendar::default()
    }

    #[cfg(test)]
    pub fn is_working_day(&self, d: Date) -> bool {
        let x = d.day_number();
        is_weekday(x) && self.closed.binary_search(&x).is_err()
    }

    /// The deadline "`n` working days after `d`": the n-th working day strictly after `d`.
    /// `n = 0` gives `d` itself, working day or not. `None` if the deadline would fall
    /// after 9999-12-31.
    pub fn add_working_days(&self, d: Date, n: u32) -> Option<Date> {
        if n == 0 {
            return Some(d);
        }
        let x = d.day_number();
        let closed_through_d = self.closed.partition_point(|&h| h <= x);
        let target = weekdays_through(x) - closed_through_d as i64 + i64::from(n);
        // The answer is the first day through which `target` working days have passed.
        // Closed day k lies before it exactly when fewer than `target` have passed by
        // closed day k; those up to `d` all do.
        let before = closed_through_d
            + self.through[closed_through_d..].partition_point(|&w| i64::from(w) < target);
        // The answer is a weekday, preceded by `before` closed weekdays.
        let answer = nth_weekday(target + before as i64);
        Date::from_day_number(i32::try_from(answer).ok()?)
    }

    /// The number of working days `d` with `a < d <= b`; 0 when `a == b`, and when
    /// `b < a` the negative of `working_days_between(b, a)`.
    pub fn working_days_between(&self, a: Date, b: Date) -> i64 {
        self.working_days_through(b.day_number()) - self.working_days_through(a.day_number())
    }

    /// The weekdays that are not working days, in order.
    #[cfg(test)]
    pub fn non_working_weekdays(&self) -> impl ExactSizeIterator<Item = Date> + '_ {
        self.closed
            .iter()
            .map(|&x| Date::from_day_number(x).expect("built from a Date"))
    }

    /// Working days from an arbitrary origin through day `x`: only differences mean anything.
    fn working_days_through(&self, x: i32) -> i64 {
        weekdays_through(x) - self.closed.partition_point(|&h| h <= x) as i64
    }
}

/// Weekdays among days 1..=x (negative before day 1, so that differences count weekdays in
/// any span). Day 1, 0001-01-01, is a Monday: full weeks give five, the rest of a week at
/// most five. One division instead of a walk over the span.
fn weekdays_through(x: i32) -> i64 {
    let t = i64::from(x) - 1;
    5 * t.div_euclid(7) + (t.rem_euclid(7) + 1).min(5)
}

/// The inverse of [`weekdays_through`]: the day `x` that is the m-th weekday, the first
/// with `weekdays_through(x) == m`.
fn nth_weekday(m: i64) -> i64 {
    let m = m - 1;
    7 * m.div_euclid(5) + m.rem_euclid(5) + 1
}

fn is_weekday(x: i32) -> bool {
    (i64::from(x) - 1).rem_euclid(7) < 5
}

#[cfg(test)]
mod tests;
