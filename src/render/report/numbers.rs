//! Numbers and dates as a reader of the report expects them in its language: in
//! Indonesian a decimal comma and a point between thousands (`42,62`, `9.812`), a share as
//! a percentage with a space (`84,6 %`), a date in words (`9 Februari 2026`), a month by
//! its name (`Maret 2026`); in English `42.62`, `9,812`, `84.6%`, `9 February 2026`. Never
//! an ISO date or a bare fraction shown to a reader (the tables' `data-value` keep the
//! values as CSV writes them, for machines).

use crate::domain::paper::words;
use crate::domain::{Date, Lang};

/// Whether a column holds a share (a fraction of 1), shown as a percentage.
pub fn is_share(key: &str) -> bool {
    key.starts_with("share") || key.ends_with("_share") || key.ends_with("_rate")
}

/// A whole number with the language's thousands separator.
pub fn int(n: i64, lang: Lang) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A measure already rounded as it is to be shown (at most 4 decimals): its whole part as
/// [`int`], the fraction after the language's decimal mark, trailing zeros dropped.
pub fn decimal(x: f64, lang: Lang) -> String {
    let text = format!("{:.4}", x.abs());
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let whole: i64 = whole.parse().unwrap_or(0);
    let sign = if x < 0.0 && (whole != 0 || !frac.is_empty()) {
        "-"
    } else {
        ""
    };
    let mark = match lang {
        Lang::Id => ',',
        Lang::En => '.',
    };
    if frac.is_empty() {
        format!("{sign}{}", int(whole, lang))
    } else {
        format!("{sign}{}{mark}{frac}", int(whole, lang))
    }
}

/// A share (`0.8462`) as a percentage to one decimal: `84,6 %`, `84.6%`.
pub fn percent(share: f64, lang: Lang) -> String {
    let tenths = (share * 1000.0).round() / 10.0;
    match lang {
        Lang::Id => format!("{} %", decimal(tenths, lang)),
        Lang::En => format!("{}%", decimal(tenths, lang)),
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

fn month_name(month: u32, lang: Lang) -> &'static str {
    match lang {
        Lang::Id => words::month_name(month),
        Lang::En => MONTHS_EN[(month as usize).clamp(1, 12) - 1],
    }
}

/// `9 Februari 2026`, `9 February 2026`.
pub fn date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::Id => words::date_long(d),
        Lang::En => format!(
            "{} {} {}",
            d.naive().format("%-d"),
            month_name(d.month(), lang),
            d.year()
        ),
    }
}

/// A month cell (`2026-03`) as `Maret 2026`; anything else as it is.
pub fn month(text: &str, lang: Lang) -> String {
    let parsed = text
        .split_once('-')
        .filter(|(y, m)| y.len() == 4 && m.len() == 2)
        .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)))
        .filter(|(_, m)| (1..=12).contains(m));
    match parsed {
        Some((y, m)) => format!("{} {y}", month_name(m, lang)),
        None => text.to_string(),
    }
}

/// A UTC time (`2026-02-09T03:30:00Z`) in the commission's zone: `9 Februari 2026 pukul
/// 10.30 WIB`; the text as it is when it is not of that form.
pub fn local_time(utc: &str, zone: words::Zone, lang: Lang) -> String {
    let Ok(t) = chrono::DateTime::parse_from_rfc3339(utc) else {
        return utc.to_string();
    };
    let hours = match zone {
        words::Zone::Wib => 7,
        words::Zone::Wita => 8,
        words::Zone::Wit => 9,
    };
    let local = t.naive_utc() + chrono::Duration::hours(hours);
    let day = Date::parse(&local.format("%Y-%m-%d").to_string());
    let clock = local.format("%H:%M").to_string();
    match day {
        Ok(d) => match lang {
            Lang::Id => format!("{} {}", date(d, lang), words::time_of_day(&clock, zone)),
            Lang::En => format!("{} at {clock} {}", date(d, lang), zone.as_str()),
        },
        Err(_) => utc.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_numbers_have_a_decimal_comma() {
        assert_eq!(decimal(42.62, Lang::Id), "42,62");
        assert_eq!(decimal(42.62, Lang::En), "42.62");
        assert_eq!(decimal(1234.5, Lang::Id), "1.234,5");
        assert_eq!(decimal(7.0, Lang::Id), "7");
        assert_eq!(int(9812, Lang::Id), "9.812");
        assert_eq!(int(9812, Lang::En), "9,812");
        assert_eq!(percent(0.8462, Lang::Id), "84,6 %");
        assert_eq!(percent(0.8462, Lang::En), "84.6%");
        assert_eq!(percent(1.0, Lang::Id), "100 %");
    }

    #[test]
    fn dates_and_months_in_words() {
        let d = Date::parse("2026-02-09").unwrap();
        assert_eq!(date(d, Lang::Id), "9 Februari 2026");
        assert_eq!(date(d, Lang::En), "9 February 2026");
        assert_eq!(month("2026-03", Lang::Id), "Maret 2026");
        assert_eq!(month("total", Lang::Id), "total");
        assert_eq!(
            local_time("2026-02-09T20:30:00Z", words::Zone::Wib, Lang::Id),
            "10 Februari 2026 pukul 03.30 WIB"
        );
    }
}
