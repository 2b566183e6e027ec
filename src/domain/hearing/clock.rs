//! A hearing's time of day: read as a clerk types it (`9.30`, `09.30`, `09:30`), stored
//! `HH:MM`, shown as each language writes it.

use crate::domain::{DomainError, Lang};

/// Checks a time of day and returns it as stored, `HH:MM` (24 hours). A clerk may type it
/// the Indonesian way, with a dot (`9.30`, `09.30`), or with a colon (`09:30`, `9:30`).
pub fn parse_time(s: &str) -> Result<String, DomainError> {
    let t = s.trim();
    let bad = || DomainError::NotATime(s.to_string());
    let (h, m) = t.split_once([':', '.']).ok_or_else(bad)?;
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(h, 1..=2) || !digits(m, 2..=2) {
        return Err(bad());
    }
    let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if h >= 24 || m >= 60 {
        return Err(bad());
    }
    Ok(format!("{h:02}:{m:02}"))
}

/// A stored time (`HH:MM`) as a language writes it: `09.30` in Indonesian (as a panitera
/// writes "pukul 09.30"), `09:30` in English. Files keep the stored form.
pub fn shown_time(at: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => at.replace(':', "."),
        Lang::En => at.to_string(),
    }
}

/// Minutes since midnight of a stored time (`HH:MM`), if it reads as one.
pub fn minutes(at: &str) -> Option<u32> {
    let (h, m) = at.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_of_day() {
        for (typed, stored) in [
            ("09:30", "09:30"),
            ("9.30", "09:30"),
            ("09.30", "09:30"),
            ("9:30", "09:30"),
            (" 14.05 ", "14:05"),
        ] {
            assert_eq!(parse_time(typed).unwrap(), stored, "{typed}");
        }
        assert_eq!(minutes("09:30"), Some(570));
        for bad in [
            "24:00", "12:60", "1230", "ab:cd", "12:3x", "9.3", "123:00", ".30", "9,30",
        ] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }
}
