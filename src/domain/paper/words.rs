//! Dates, times and numbers as Indonesian letters write them: "Selasa, 28 Januari 2014",
//! "pukul 09.00 WIB", "tujuh hari kerja". Pure functions, so every form is tested here.

use crate::domain::Date;
use chrono::Weekday;

/// The time zones of Indonesia, as letters name them (the `timezone` setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// Waktu Indonesia Barat (UTC+7): Sumatra, Java, West and Central Kalimantan.
    Wib,
    /// Waktu Indonesia Tengah (UTC+8): Bali, Nusa Tenggara, Sulawesi, the rest of Kalimantan.
    Wita,
    /// Waktu Indonesia Timur (UTC+9): Maluku, Papua.
    Wit,
}

impl Zone {
    pub const NAMES: &'static [&'static str] = &["WIB", "WITA", "WIT"];

    pub fn parse(s: &str) -> Option<Zone> {
        match s.trim().to_ascii_uppercase().as_str() {
            "WIB" => Some(Zone::Wib),
            "WITA" => Some(Zone::Wita),
            "WIT" => Some(Zone::Wit),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Zone::Wib => "WIB",
            Zone::Wita => "WITA",
            Zone::Wit => "WIT",
        }
    }
}

const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// The day of the week: "Senin" ... "Minggu".
pub fn day_name(d: Date) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "Senin",
        Weekday::Tue => "Selasa",
        Weekday::Wed => "Rabu",
        Weekday::Thu => "Kamis",
        Weekday::Fri => "Jumat",
        Weekday::Sat => "Sabtu",
        Weekday::Sun => "Minggu",
    }
}

/// The month's name: "Januari" ... "Desember".
pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month as usize).clamp(1, 12) - 1]
}

/// "28 Januari 2014": the day without a leading zero, as letters print it.
pub fn date_long(d: Date) -> String {
    let day = d.naive().format("%-d");
    format!("{day} {} {}", month_name(d.month()), d.year())
}

/// "Selasa, 28 Januari 2014".
pub fn day_and_date(d: Date) -> String {
    format!("{}, {}", day_name(d), date_long(d))
}

/// "pukul 09.00 WIB" from `HH:MM`: a period between hours and minutes, as Indonesian
/// writes times. A value not of that form is returned as written after "pukul".
pub fn time_of_day(at: &str, zone: Zone) -> String {
    let clock = match at.split_once(':') {
        Some((h, m)) if h.len() == 2 && m.len() == 2 => format!("{h}.{m}"),
        _ => at.to_string(),
    };
    format!("pukul {clock} {}", zone.as_str())
}

/// A whole number in Indonesian words: 7 "tujuh", 14 "empat belas", 100 "seratus",
/// 1,250 "seribu dua ratus lima puluh". Up to the billions; letters need far less.
pub fn number_words(n: u64) -> String {
    const ONES: [&str; 12] = [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas",
    ];
    fn below_thousand(n: u64) -> String {
        match n {
            0..=11 => ONES[n as usize].to_string(),
            12..=19 => format!("{} belas", ONES[(n - 10) as usize]),
            20..=99 => {
                let tens = format!("{} puluh", ONES[(n / 10) as usize]);
                match n % 10 {
                    0 => tens,
                    r => format!("{tens} {}", ONES[r as usize]),
                }
            }
            _ => {
                let hundreds = match n / 100 {
                    1 => "seratus".to_string(),
                    h => format!("{} ratus", ONES[h as usize]),
                };
                match n % 100 {
                    0 => hundreds,
                    r => format!("{hundreds} {}", below_thousand(r)),
                }
            }
        }
    }
    if n < 1000 {
        return below_thousand(n);
    }
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, name) in [
        (1_000_000_000_000u64, "triliun"),
        (1_000_000_000, "miliar"),
        (1_000_000, "juta"),
        (1_000, "ribu"),
    ] {
        let q = rest / scale;
        rest %= scale;
        match (q, scale) {
            (0, _) => {}
            (1, 1_000) => parts.push("seribu".to_string()),
            _ => parts.push(format!("{} {name}", number_words(q))),
        }
    }
    if rest > 0 {
        parts.push(below_thousand(rest));
    }
    parts.join(" ")
}

/// "7 (tujuh)": a number as letters write a count they must not let be misread.
pub fn number_with_words(n: u64) -> String {
    format!("{n} ({})", number_words(n))
}

/// "ke-2": an ordinal as in "sidang ke-2".
pub fn ordinal(n: u64) -> String {
    format!("ke-{n}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn the_2014_case_is_dated_as_a_clerk_writes_it() {
        // Received Monday 13 January 2014; first hearing Tuesday 28 January 2014.
        assert_eq!(day_and_date(d("2014-01-13")), "Senin, 13 Januari 2014");
        assert_eq!(day_and_date(d("2014-01-28")), "Selasa, 28 Januari 2014");
        assert_eq!(time_of_day("09:00", Zone::Wib), "pukul 09.00 WIB");
        assert_eq!(time_of_day("13:30", Zone::Wita), "pukul 13.30 WITA");
    }

    #[test]
    fn every_weekday_and_month_has_its_name() {
        // 2024-01-01 was a Monday.
        let names: Vec<_> = (0..7)
            .map(|i| day_name(Date::from_day_number(d("2024-01-01").day_number() + i).unwrap()))
            .collect();
        assert_eq!(
            names,
            [
                "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"
            ]
        );
        assert_eq!(date_long(d("2023-08-05")), "5 Agustus 2023");
        assert_eq!(date_long(d("2023-12-31")), "31 Desember 2023");
        assert_eq!(month_name(2), "Februari");
    }

    #[test]
    fn numbers_in_words() {
        for (n, w) in [
            (0, "nol"),
            (1, "satu"),
            (7, "tujuh"),
            (10, "sepuluh"),
            (11, "sebelas"),
            (12, "dua belas"),
            (14, "empat belas"),
            (20, "dua puluh"),
            (21, "dua puluh satu"),
            (30, "tiga puluh"),
            (100, "seratus"),
            (101, "seratus satu"),
            (111, "seratus sebelas"),
            (250, "dua ratus lima puluh"),
            (1000, "seribu"),
            (1250, "seribu dua ratus lima puluh"),
            (2014, "dua ribu empat belas"),
            (100_000, "seratus ribu"),
            (1_000_000, "satu juta"),
            (3_000_001, "tiga juta satu"),
        ] {
            assert_eq!(number_words(n), w, "{n}");
        }
        assert_eq!(number_with_words(7), "7 (tujuh)");
        assert_eq!(ordinal(2), "ke-2");
    }

    #[test]
    fn zones_read_any_case_and_nothing_else() {
        assert_eq!(Zone::parse("wita"), Some(Zone::Wita));
        assert_eq!(Zone::parse(" WIT "), Some(Zone::Wit));
        assert_eq!(Zone::parse("UTC"), None);
        for n in Zone::NAMES {
            assert_eq!(Zone::parse(n).unwrap().as_str(), *n);
        }
    }
}
