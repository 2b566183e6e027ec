//! People's formats for human output (tables and sentences, never CSV or JSON): dates,
//! date ranges, times of day, decimals, shares and recorded moments, in the run's
//! language. One place, so every screen writes "Senin, 9 Februari 2026", "09.30",
//! "42,62" and "84,6 %" the same way in Indonesian.
//!
//! English runs keep the dates and times they always had (ISO dates, `09:30`), which
//! analysts' habits rely on; recorded moments change in both languages, from UTC to the
//! commission's local time with its zone (WIB by default); numbers (in `numbers`) take
//! each language's marks. The report, a page for readers, writes dates in words in both
//! languages ([`date_words_in`]). Files (CSV, JSON, the archive) never go through this
//! module.

use crate::domain::paper::words::{self, Zone};
use crate::domain::{Date, Lang};
use std::sync::atomic::{AtomicI32, AtomicU8, Ordering};

mod numbers;
pub use numbers::*;

/// The day and date: "Senin, 9 Februari 2026" (Indonesian), `2026-02-09` (English).
pub fn date(d: Date) -> String {
    date_in(crate::i18n::lang(), d)
}

/// [`date`] in a given language (for tests and pages in a fixed language).
pub fn date_in(lang: Lang, d: Date) -> String {
    match lang {
        Lang::Id => words::day_and_date(d),
        Lang::En => d.to_string(),
    }
}

/// The date without its weekday: "9 Februari 2026" (Indonesian), `2026-02-09` (English).
pub fn date_plain(d: Date) -> String {
    match crate::i18n::lang() {
        Lang::Id => words::date_long(d),
        Lang::En => d.to_string(),
    }
}

/// A date as a table cell, its weekday kept: "Sen 9 Feb 2026" (Indonesian), `2026-02-09`
/// (English).
pub fn date_short(d: Date) -> String {
    date_short_in(crate::i18n::lang(), d)
}

/// [`date_short`] in a given language.
pub fn date_short_in(lang: Lang, d: Date) -> String {
    match lang {
        Lang::Id => format!(
            "{} {} {} {}",
            &words::day_name(d)[..3],
            d.naive().format("%-d"),
            &words::month_name(d.month())[..3],
            d.year()
        ),
        Lang::En => d.to_string(),
    }
}

/// The shorter table cell a narrow table takes, never cut mid-word: in Indonesian
/// "Sen 9 Feb" for a date of this run's year, "08-02-2027" for another year (the day
/// first, as an identity card writes a date: no wider than the ISO date, so a column of
/// them needs no more room than before); in English the ISO date, already as short.
pub fn date_shorter(d: Date) -> String {
    date_shorter_in(crate::i18n::lang(), d, this_year())
}

/// [`date_shorter`] in a given language, `year` being the reader's.
pub fn date_shorter_in(lang: Lang, d: Date, year: i32) -> String {
    match lang {
        Lang::Id if d.year() == year => format!(
            "{} {} {}",
            &words::day_name(d)[..3],
            d.naive().format("%-d"),
            &words::month_name(d.month())[..3]
        ),
        Lang::Id => d.naive().format("%d-%m-%Y").to_string(),
        Lang::En => d.to_string(),
    }
}

static THIS_YEAR: AtomicI32 = AtomicI32::new(0);

/// Sets the year of the run's today (a date of that year may be shown without it).
pub fn set_this_year(year: i32) {
    THIS_YEAR.store(year, Ordering::Relaxed);
}

/// The year of the run's today (0 before it is known: every year then shows).
fn this_year() -> i32 {
    THIS_YEAR.load(Ordering::Relaxed)
}

/// A date in words in either language, for pages that never show ISO dates (the
/// report): "9 Februari 2026", "9 February 2026".
pub fn date_words_in(lang: Lang, d: Date) -> String {
    match lang {
        Lang::Id => words::date_long(d),
        Lang::En => format!(
            "{} {} {}",
            d.naive().format("%-d"),
            month_name_in(lang, d.month()),
            d.year()
        ),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month's name: "Maret", "March".
pub fn month_name_in(lang: Lang, month: u32) -> &'static str {
    match lang {
        Lang::Id => words::month_name(month),
        Lang::En => MONTHS_EN[(month as usize).clamp(1, 12) - 1],
    }
}

/// A month cell (`2026-03`) as "Maret 2026", "March 2026"; anything else as written.
pub fn month_in(lang: Lang, text: &str) -> String {
    let parsed = text
        .split_once('-')
        .filter(|(y, m)| y.len() == 4 && m.len() == 2)
        .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)))
        .filter(|(_, m)| (1..=12).contains(m));
    match parsed {
        Some((y, m)) => format!("{} {y}", month_name_in(lang, m)),
        None => text.to_string(),
    }
}

/// A run of days: "9–13 Februari 2026", "30 Januari – 3 Februari 2026",
/// "29 Desember 2025 – 2 Januari 2026" (Indonesian); `2026-02-09 – 2026-02-13`
/// (English). One day is that day alone.
pub fn date_range(from: Date, to: Date) -> String {
    date_range_in(crate::i18n::lang(), from, to)
}

/// [`date_range`] in a given language.
pub fn date_range_in(lang: Lang, from: Date, to: Date) -> String {
    if from == to {
        return match lang {
            Lang::Id => words::date_long(from),
            Lang::En => from.to_string(),
        };
    }
    match lang {
        Lang::En => format!("{from} – {to}"),
        Lang::Id => {
            let day = |d: Date| d.naive().format("%-d").to_string();
            if from.year() != to.year() {
                format!("{} – {}", words::date_long(from), words::date_long(to))
            } else if from.month() != to.month() {
                format!(
                    "{} {} – {}",
                    day(from),
                    words::month_name(from.month()),
                    words::date_long(to)
                )
            } else {
                format!("{}–{}", day(from), words::date_long(to))
            }
        }
    }
}

/// A time of day written `HH:MM` in the register: "09.30" (Indonesian), "09:30"
/// (English). Anything else is shown as written.
pub fn time(at: &str) -> String {
    time_in(crate::i18n::lang(), at)
}

/// [`time`] in a given language.
pub fn time_in(lang: Lang, at: &str) -> String {
    match (lang, at.split_once(':')) {
        (Lang::Id, Some((h, m))) if h.len() == 2 && m.len() == 2 => format!("{h}.{m}"),
        _ => at.to_string(),
    }
}

/// The commission's time zone from the `timezone` setting's value (WIB when unset or not
/// one of WIB, WITA, WIT).
pub fn zone(setting: Option<&str>) -> Zone {
    setting.and_then(Zone::parse).unwrap_or(Zone::Wib)
}

static ZONE: AtomicU8 = AtomicU8::new(0);

/// Sets the zone this run shows moments in (from the register's `timezone` setting, read
/// when the register is opened).
pub fn set_zone(zone: Zone) {
    ZONE.store(
        match zone {
            Zone::Wib => 0,
            Zone::Wita => 1,
            Zone::Wit => 2,
        },
        Ordering::Relaxed,
    );
}

/// The zone this run shows moments in (WIB until a register says otherwise).
pub fn run_zone() -> Zone {
    match ZONE.load(Ordering::Relaxed) {
        1 => Zone::Wita,
        2 => Zone::Wit,
        _ => Zone::Wib,
    }
}

/// A moment recorded in UTC (`YYYY-MM-DDTHH:MM:SSZ`, RFC 3339) shown in the run's zone:
/// "Senin, 9 Februari 2026 14.05 WIB" (Indonesian), "2026-02-09 14:05 WIB" (English). A
/// value that is not such a moment is shown as written.
pub fn moment(utc: &str) -> String {
    moment_in(crate::i18n::lang(), utc, run_zone())
}

/// A moment as a table cell, shorter: "9 Feb 2026 14.05 WIB" (Indonesian),
/// "2026-02-09 14:05 WIB" (English).
pub fn moment_short(utc: &str) -> String {
    moment_short_in(crate::i18n::lang(), utc, run_zone())
}

/// [`moment_short`] in a given language.
pub fn moment_short_in(lang: Lang, utc: &str, zone: Zone) -> String {
    match (lang, local(utc, zone)) {
        (_, None) => utc.to_string(),
        (Lang::En, Some((day, clock))) => format!("{day} {clock} {}", zone.as_str()),
        (Lang::Id, Some((day, clock))) => format!(
            "{} {} {} {} {}",
            day.naive().format("%-d"),
            &words::month_name(day.month())[..3],
            day.year(),
            time_in(lang, &clock),
            zone.as_str()
        ),
    }
}

/// The local day and `HH:MM` of a UTC moment in `zone`.
fn local(utc: &str, zone: Zone) -> Option<(Date, String)> {
    let at = chrono::DateTime::parse_from_rfc3339(utc).ok()?;
    let hours = match zone {
        Zone::Wib => 7,
        Zone::Wita => 8,
        Zone::Wit => 9,
    };
    let local = at.with_timezone(&chrono::FixedOffset::east_opt(hours * 3600)?);
    let day = Date::from_ymd(
        chrono::Datelike::year(&local),
        chrono::Datelike::month(&local),
        chrono::Datelike::day(&local),
    )?;
    Some((day, local.format("%H:%M").to_string()))
}

/// [`moment`] in a given language.
pub fn moment_in(lang: Lang, utc: &str, zone: Zone) -> String {
    let Some((day, clock)) = local(utc, zone) else {
        return utc.to_string();
    };
    match lang {
        Lang::Id => format!(
            "{} {} {}",
            words::day_and_date(day),
            time_in(lang, &clock),
            zone.as_str()
        ),
        Lang::En => format!("{day} {clock} {}", zone.as_str()),
    }
}

/// A moment in words, as the report states when it was made: "9 Februari 2026 pukul
/// 10.30 WIB", "9 February 2026 at 10:30 WIB"; a value that is not a moment as written.
pub fn moment_words_in(lang: Lang, utc: &str, zone: Zone) -> String {
    let Some((day, clock)) = local(utc, zone) else {
        return utc.to_string();
    };
    match lang {
        Lang::Id => format!(
            "{} {}",
            date_words_in(lang, day),
            words::time_of_day(&clock, zone)
        ),
        Lang::En => format!("{} at {clock} {}", date_words_in(lang, day), zone.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn dates_read_as_a_clerk_writes_them() {
        assert_eq!(date_in(Lang::Id, d("2026-02-09")), "Senin, 9 Februari 2026");
        assert_eq!(date_in(Lang::En, d("2026-02-09")), "2026-02-09");
        assert_eq!(date_short_in(Lang::Id, d("2026-02-09")), "Sen 9 Feb 2026");
        assert_eq!(date_short_in(Lang::Id, d("2026-08-17")), "Sen 17 Agu 2026");
        assert_eq!(date_short_in(Lang::En, d("2026-02-09")), "2026-02-09");
    }

    #[test]
    fn a_narrow_table_drops_the_year_of_this_year_or_the_weekday_of_another() {
        assert_eq!(
            date_shorter_in(Lang::Id, d("2026-12-01"), 2026),
            "Sel 1 Des"
        );
        assert_eq!(
            date_shorter_in(Lang::Id, d("2027-02-08"), 2026),
            "08-02-2027"
        );
        assert_eq!(
            date_shorter_in(Lang::En, d("2026-12-01"), 2026),
            "2026-12-01"
        );
    }

    #[test]
    fn dates_and_months_in_words_for_the_report() {
        assert_eq!(date_words_in(Lang::Id, d("2026-02-09")), "9 Februari 2026");
        assert_eq!(date_words_in(Lang::En, d("2026-02-09")), "9 February 2026");
        assert_eq!(month_in(Lang::Id, "2026-03"), "Maret 2026");
        assert_eq!(month_in(Lang::En, "2026-03"), "March 2026");
        assert_eq!(month_in(Lang::Id, "total"), "total");
        assert_eq!(
            moment_words_in(Lang::Id, "2026-02-09T20:30:00Z", Zone::Wib),
            "10 Februari 2026 pukul 03.30 WIB"
        );
        assert_eq!(
            moment_words_in(Lang::En, "2026-02-09T20:30:00Z", Zone::Wib),
            "10 February 2026 at 03:30 WIB"
        );
    }

    #[test]
    fn a_range_names_its_month_and_year_once() {
        let r = |a, b| date_range_in(Lang::Id, d(a), d(b));
        assert_eq!(r("2026-02-09", "2026-02-13"), "9–13 Februari 2026");
        assert_eq!(
            r("2026-01-30", "2026-02-03"),
            "30 Januari – 3 Februari 2026"
        );
        assert_eq!(
            r("2025-12-29", "2026-01-02"),
            "29 Desember 2025 – 2 Januari 2026"
        );
        assert_eq!(r("2026-02-09", "2026-02-09"), "9 Februari 2026");
        assert_eq!(
            date_range_in(Lang::En, d("2026-02-09"), d("2026-02-13")),
            "2026-02-09 – 2026-02-13"
        );
    }

    #[test]
    fn times_of_day() {
        assert_eq!(time_in(Lang::Id, "09:30"), "09.30");
        assert_eq!(time_in(Lang::En, "09:30"), "09:30");
        assert_eq!(time_in(Lang::Id, "pagi"), "pagi");
    }

    #[test]
    fn a_moment_is_shown_in_the_commissions_zone() {
        // 23:30 UTC on Sunday is already Monday morning in Jakarta, Makassar and Jayapura.
        let utc = "2026-02-08T23:30:00Z";
        assert_eq!(
            moment_in(Lang::Id, utc, Zone::Wib),
            "Senin, 9 Februari 2026 06.30 WIB"
        );
        assert_eq!(
            moment_in(Lang::En, utc, Zone::Wita),
            "2026-02-09 07:30 WITA"
        );
        assert_eq!(moment_in(Lang::En, utc, Zone::Wit), "2026-02-09 08:30 WIT");
        assert_eq!(moment_in(Lang::Id, "kemarin", Zone::Wib), "kemarin");
        assert_eq!(
            moment_short_in(Lang::Id, utc, Zone::Wib),
            "9 Feb 2026 06.30 WIB"
        );
        assert_eq!(
            moment_short_in(Lang::En, utc, Zone::Wib),
            "2026-02-09 06:30 WIB"
        );
        assert_eq!(zone(None), Zone::Wib);
        assert_eq!(zone(Some("wita")), Zone::Wita);
        assert_eq!(zone(Some("UTC")), Zone::Wib);
    }
}
