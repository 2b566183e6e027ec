//! Calendar dates as registers write them: `YYYY-MM-DD`, or day first as `DD-MM-YYYY`
//! and `DD/MM/YYYY`. Stored and printed as ISO `YYYY-MM-DD`.

use super::DomainError;
use chrono::{Datelike, NaiveDate};
use std::fmt;
use std::str::FromStr;

/// A date, carrying its ISO spelling so that storing it allocates nothing (a bulk import
/// stores millions). Ordered as the calendar: by the date, which the spelling follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate, [u8; 10]);

impl Date {
    /// The years a register's dates take, stated once: the parser reads no other and
    /// the schema's CHECKs hold the same range (`storage::schema`, `date_check`).
    pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(0..=9999).contains(&year) {
            return None;
        }
        Date::from_naive(NaiveDate::from_ymd_opt(year, month, day)?)
    }

    /// The date `n` days after 0000-12-31 (so 0001-01-01, a Monday, is day 1), as
    /// chrono counts them; `None` outside 0000-01-01..=9999-12-31.
    pub fn from_day_number(n: i32) -> Option<Date> {
        Date::from_naive(NaiveDate::from_num_days_from_ce_opt(n)?)
    }

    /// The inverse of [`Date::from_day_number`]: a few integer operations, no lookup of
    /// the spelling, so that day arithmetic in a hot loop stays cheap.
    pub fn day_number(self) -> i32 {
        self.0.num_days_from_ce()
    }

    fn from_naive(d: NaiveDate) -> Option<Date> {
        let year = d.year();
        if !(0..=9999).contains(&year) {
            return None;
        }
        let (month, day) = (d.month(), d.day());
        let mut iso = *b"0000-00-00";
        let digits = |out: &mut [u8], mut v: u32| {
            for b in out.iter_mut().rev() {
                *b = b'0' + (v % 10) as u8;
                v /= 10;
            }
        };
        digits(&mut iso[0..4], year as u32);
        digits(&mut iso[5..7], month);
        digits(&mut iso[8..10], day);
        Some(Date(d, iso))
    }

    /// `YYYY-MM-DD`.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.1).expect("ASCII digits and dashes")
    }

    /// Reads any of the accepted spellings; nothing else.
    pub fn parse(s: &str) -> Result<Date, DomainError> {
        let t = s.trim();
        // The register's own spelling, read without a search (every date it holds).
        if let Some(d) = Date::from_iso(t.as_bytes()) {
            return Ok(d);
        }
        let bad = || DomainError::NotADate(s.to_string());
        let sep = if t.contains('/') { '/' } else { '-' };
        let mut it = t.split(sep);
        let parts = [
            it.next().unwrap_or(""),
            it.next().unwrap_or(""),
            it.next().unwrap_or(""),
        ];
        if it.next().is_some()
            || parts
                .iter()
                .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(bad());
        }
        let (y, m, d) = if parts[0].len() == 4 && !t.contains('/') {
            (parts[0], parts[1], parts[2])
        } else if parts[2].len() == 4 {
            (parts[2], parts[1], parts[0])
        } else {
            return Err(bad());
        };
        if m.len() > 2 || d.len() > 2 {
            return Err(bad());
        }
        let (y, m, d) = (
            y.parse::<i32>().map_err(|_| bad())?,
            m.parse::<u32>().map_err(|_| bad())?,
            d.parse::<u32>().map_err(|_| bad())?,
        );
        if !Date::YEARS.contains(&y) {
            return Err(DomainError::YearOutOfRange(s.to_string()));
        }
        Date::from_ymd(y, m, d).ok_or_else(bad)
    }

    /// The date as chrono's.
    pub fn naive(self) -> NaiveDate {
        self.0
    }

    /// Exactly `YYYY-MM-DD` (a year from 1900, as [`Date::parse`] takes), kept as read.
    fn from_iso(s: &[u8]) -> Option<Date> {
        let b: &[u8; 10] = s.try_into().ok()?;
        let digits = [0, 1, 2, 3, 5, 6, 8, 9];
        if b[4] != b'-' || b[7] != b'-' || !digits.iter().all(|&i| b[i].is_ascii_digit()) {
            return None;
        }
        let n =
            |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |a, c| a * 10 + u32::from(c - b'0'));
        let year = n(0..4) as i32;
        if !Date::YEARS.contains(&year) {
            return None;
        }
        Some(Date(NaiveDate::from_ymd_opt(year, n(5..7), n(8..10))?, *b))
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u32 {
        self.0.month()
    }

    pub fn weekday(self) -> chrono::Weekday {
        self.0.weekday()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Date {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_spellings() {
        let want = Date::from_ymd(2017, 3, 2).unwrap();
        assert_eq!(Date::parse("2017-03-02").unwrap(), want);
        assert_eq!(Date::parse("02-03-2017").unwrap(), want);
        assert_eq!(Date::parse("02/03/2017").unwrap(), want);
        assert_eq!(Date::parse("2/3/2017").unwrap(), want);
        assert_eq!(want.to_string(), "2017-03-02");
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for bad in [
            "",
            "2017",
            "2017-02-30",
            "31/04/2017",
            "2017/03/02",
            "03-2017-02",
            "tomorrow",
            "2017-3-2x",
            "1-1-17",
            "0000-01-01",
            "2017-003-02",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn day_numbers_round_trip_over_the_whole_range() {
        let first = Date::from_ymd(0, 1, 1).unwrap();
        let last = Date::from_ymd(9999, 12, 31).unwrap();
        assert_eq!(Date::from_day_number(1), Date::from_ymd(1, 1, 1));
        assert_eq!(Date::from_day_number(first.day_number() - 1), None);
        assert_eq!(Date::from_day_number(last.day_number() + 1), None);
        let mut expected = first;
        for n in first.day_number()..=last.day_number() {
            let d = Date::from_day_number(n).unwrap();
            assert_eq!(d.day_number(), n);
            assert_eq!(d, expected, "day {n}");
            if n % 997 == 0 || d.as_str().ends_with("-01-01") {
                assert_eq!(d.as_str(), d.0.format("%Y-%m-%d").to_string());
            }
            if let Some(next) = d.0.succ_opt().and_then(Date::from_naive) {
                expected = next;
            }
        }
    }

    #[test]
    fn the_iso_spelling_reads_as_the_others_do() {
        let first = Date::from_ymd(1900, 1, 1).unwrap().day_number();
        for n in first..first + 200 * 366 {
            let d = Date::from_day_number(n).unwrap();
            let iso = Date::from_iso(d.as_str().as_bytes()).unwrap();
            assert_eq!((iso, iso.as_str()), (d, d.as_str()));
            let dmy = d.0.format("%d-%m-%Y").to_string();
            assert_eq!(Date::parse(&dmy).unwrap(), d);
        }
        for other in [
            "1899-12-31",
            "2017-02-29",
            "2017-13-01",
            "2017-1-011",
            "2017/03/02",
        ] {
            assert_eq!(Date::from_iso(other.as_bytes()), None, "{other}");
        }
    }

    #[test]
    fn orders_as_calendar_dates() {
        assert!(Date::parse("2017-12-31").unwrap() < Date::parse("01/01/2018").unwrap());
    }
}
