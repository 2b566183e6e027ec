//! Numbers for people, in the run's language: counts with their thousands grouped
//! (`9.812`, `9,812`), measures with the language's decimal mark (`42,62`, `42.62`), shares
//! as percentages (`84,6 %`, `84.6%`). The terminal's tables and the report use these
//! same functions; files (CSV, JSON) never do.

use crate::domain::Lang;

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

/// A measure rounded to at most `places` decimals, trailing zeros dropped, its whole part
/// grouped as [`integer`]: "42,62", "1.234,5", "7" (Indonesian); "42.62", "1,234.5" (English).
pub fn decimal(x: f64, places: usize) -> String {
    decimal_in(crate::i18n::lang(), x, places)
}

/// [`decimal`] in a given language.
pub fn decimal_in(lang: Lang, x: f64, places: usize) -> String {
    let text = format!("{:.places$}", x.abs());
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
        format!("{sign}{}", integer_in(lang, whole))
    } else {
        format!("{sign}{}{mark}{frac}", integer_in(lang, whole))
    }
}

/// A share (0.8462) as a percentage to at most `places` decimals: "84,6 %" (Indonesian,
/// with the space Indonesian style puts before the sign), "84.6%" (English); "100 %".
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

/// Whether a recap column holds a share (a fraction of 1), shown as a percentage.
pub fn is_share(key: &str) -> bool {
    key.starts_with("share") || key.ends_with("_share") || key.ends_with("_rate")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_numbers_have_a_decimal_comma_and_a_point_between_thousands() {
        assert_eq!(decimal_in(Lang::Id, 42.6159, 2), "42,62");
        assert_eq!(decimal_in(Lang::En, 42.6159, 2), "42.62");
        assert_eq!(decimal_in(Lang::Id, 42.62, 4), "42,62");
        assert_eq!(decimal_in(Lang::Id, 1234.5, 4), "1.234,5");
        assert_eq!(decimal_in(Lang::En, 1234.5, 4), "1,234.5");
        assert_eq!(decimal_in(Lang::Id, 7.0, 4), "7");
        assert_eq!(decimal_in(Lang::Id, -0.00001, 4), "0");
        assert_eq!(decimal_in(Lang::Id, -2.5, 4), "-2,5");
        assert_eq!(integer_in(Lang::Id, 9812), "9.812");
        assert_eq!(integer_in(Lang::En, 9812), "9,812");
        assert_eq!(integer_in(Lang::Id, 1_234_567), "1.234.567");
        assert_eq!(integer_in(Lang::En, -1250), "-1,250");
        assert_eq!(integer_in(Lang::Id, 999), "999");
    }

    #[test]
    fn shares_read_as_percentages() {
        assert_eq!(percent_in(Lang::Id, 0.8462, 1), "84,6 %");
        assert_eq!(percent_in(Lang::En, 0.8462, 1), "84.6%");
        assert_eq!(percent_in(Lang::Id, 1.0, 1), "100 %");
        assert_eq!(percent_in(Lang::Id, 0.5, 1), "50 %");
        assert!(is_share("upheld_share"));
        assert!(is_share("clearance_rate"));
        assert!(!is_share("median"));
    }
}
