//! People's formats for human output (tables and sentences, never CSV or JSON): dates,
//! date ranges, times of day, decimals, shares and recorded moments, in the run's
//! language. One place, so every screen writes "Senin, 9 Februari 2026", "09.30",
//! "42,62" and "84,6 %" the same way in Indonesian.
//!
//! English runs keep the formats they always had (ISO dates, `09:30`, a decimal point),
//! which analysts' scripts and habits rely on; only recorded moments change in both
//! languages, from UTC to the commission's local time with its zone (WIB by default).
//! Files (CSV, JSON, the archive) never go through this module.

use crate::domain::paper::words::{self, Zone};
use crate::domain::{Date, Lang};
use std::sync::atomic::{AtomicU8, Ordering};

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

/// A number with `places` decimals: "42,62" (Indonesian), "42.62" (English).
pub fn decimal(x: f64, places: usize) -> String {
    decimal_in(crate::i18n::lang(), x, places)
}

/// [`decimal`] in a given language.
pub fn decimal_in(lang: Lang, x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    match lang {
        Lang::Id => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A share (0.846) as a percentage with `places` decimals: "84,6 %" (Indonesian, with the
/// space Indonesian style puts before the sign), "84.6%" (English).
pub fn percent(share: f64, places: usize) -> String {
    percent_in(crate::i18n::lang(), share, places)
}

/// [`percent`] in a given language.
pub fn percent_in(lang: Lang, share: f64, places: usize) -> String {
    let n = decimal_in(lang, share * 100.0, places);
    match lang {
        Lang::Id => format!("{n} %"),
        Lang::En => format!("{n}%"),
    }
}

/// A whole number with its thousands grouped: "1.250" (Indonesian), "1,250" (English).
/// Not for years or register numbers, which are never grouped.
pub fn integer(n: i64) -> String {
    integer_in(crate::i18n::lang(), n)
}

/// [`integer`] in a given language.
pub fn integer_in(lang: Lang, n: i64) -> String {
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
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
    fn times_numbers_and_shares() {
        assert_eq!(time_in(Lang::Id, "09:30"), "09.30");
        assert_eq!(time_in(Lang::En, "09:30"), "09:30");
        assert_eq!(time_in(Lang::Id, "pagi"), "pagi");
        assert_eq!(decimal_in(Lang::Id, 42.6159, 2), "42,62");
        assert_eq!(decimal_in(Lang::En, 42.6159, 2), "42.62");
        assert_eq!(percent_in(Lang::Id, 0.8462, 1), "84,6 %");
        assert_eq!(percent_in(Lang::En, 0.8462, 1), "84.6%");
        assert_eq!(integer_in(Lang::Id, 1250), "1.250");
        assert_eq!(integer_in(Lang::Id, 1_234_567), "1.234.567");
        assert_eq!(integer_in(Lang::En, -1250), "-1,250");
        assert_eq!(integer_in(Lang::Id, 999), "999");
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
