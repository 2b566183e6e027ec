//! Register numbers: the template a commission sets, how a number is made from it, and
//! how a clerk names a case on the command line (full number or `YEAR/SERIAL`).

use super::error::{TemplateFault, TextField};
use super::{Date, DomainError};

pub const DEFAULT_TEMPLATE: &str = "{serial:03}/{month:roman}/KI-{code}-PS/{year}";

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Serial(usize),
    Month,
    Month2,
    MonthRoman,
    Year,
    Code,
}

/// A parsed register-number template, e.g. `{serial:03}/{month:roman}/KI-{code}-PS/{year}`.
/// Placeholders: `{serial}` or `{serial:0N}` (zero-padded to N digits), `{month}`,
/// `{month:02}`, `{month:roman}`, `{year}`, `{code}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

impl Template {
    pub fn parse(s: &str) -> Result<Template, DomainError> {
        let bad = |why: TemplateFault| DomainError::BadTemplate {
            template: s.to_string(),
            why,
        };
        let mut parts = Vec::new();
        let mut rest = s;
        while let Some(open) = rest.find('{') {
            if rest[..open].contains('}') {
                return Err(bad(TemplateFault::UnopenedBrace));
            }
            if open > 0 {
                parts.push(Part::Text(rest[..open].to_string()));
            }
            let close = rest[open..]
                .find('}')
                .ok_or_else(|| bad(TemplateFault::UnclosedBrace))?
                + open;
            let name = &rest[open + 1..close];
            parts.push(match name {
                "serial" => Part::Serial(0),
                "month" => Part::Month,
                "month:02" => Part::Month2,
                "month:roman" => Part::MonthRoman,
                "year" => Part::Year,
                "code" => Part::Code,
                _ => match name.strip_prefix("serial:0").map(str::parse::<usize>) {
                    Some(Ok(w)) if (1..=9).contains(&w) => Part::Serial(w),
                    _ => return Err(bad(TemplateFault::UnknownPlaceholder(name.to_string()))),
                },
            });
            rest = &rest[close + 1..];
        }
        if rest.contains('}') {
            return Err(bad(TemplateFault::UnopenedBrace));
        }
        if !rest.is_empty() {
            parts.push(Part::Text(rest.to_string()));
        }
        let has = |f: fn(&Part) -> bool| parts.iter().any(f);
        if !has(|p| matches!(p, Part::Serial(_))) || !has(|p| matches!(p, Part::Year)) {
            return Err(bad(TemplateFault::NotUnique));
        }
        let template = Template { parts };
        // Its numbers may not read as short references, whatever the serial,
        // the month or the code.
        for serial in [1, 12, 123] {
            for on in ["2017-01-15", "2017-12-15"] {
                let on = Date::parse(on).expect("a date");
                for code in ["", "JBI"] {
                    if check_number(&template.render(serial, on, code)).is_err() {
                        return Err(bad(TemplateFault::LikeReference));
                    }
                }
            }
        }
        Ok(template)
    }

    pub fn needs_code(&self) -> bool {
        self.parts.iter().any(|p| matches!(p, Part::Code))
    }

    /// The number of a new case: the historic number `given` (kept as written, trimmed),
    /// or this template's number for the year's `serial`th case. A template that needs the
    /// commission's code cannot number without it.
    pub fn number_for(
        &self,
        given: Option<&str>,
        serial: i64,
        received: Date,
        code: &str,
    ) -> Result<String, DomainError> {
        match given {
            Some(n) => Ok(n.trim().to_string()),
            None if self.needs_code() && code.is_empty() => Err(DomainError::NoCommissionCode),
            None => Ok(self.render(serial, received, code)),
        }
    }

    /// The number of the `serial`th case received on `received` (the year's serial).
    pub fn render(&self, serial: i64, received: Date, code: &str) -> String {
        let mut out = String::with_capacity(32);
        for part in &self.parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Serial(w) => out.push_str(&format!("{serial:0w$}", w = *w)),
                Part::Month => out.push_str(&received.month().to_string()),
                Part::Month2 => out.push_str(&format!("{:02}", received.month())),
                Part::MonthRoman => out.push_str(roman_month(received.month())),
                Part::Year => out.push_str(&received.year().to_string()),
                Part::Code => out.push_str(code),
            }
        }
        out
    }
}

/// Checks a register number given by hand or in a file: a number's text (no control
/// character, at most 100 characters), and not of the form `YEAR/SERIAL`, which is how
/// commands name a case: `2017/2` as a number made `case show 2017/2` name another case.
/// Refusing such numbers keeps every short reference unambiguous.
pub fn check_number(no: &str) -> Result<(), DomainError> {
    TextField::RegisterNo.check(no)?;
    match CaseRef::parse(no) {
        Ok(CaseRef::Short { year, serial }) => Err(DomainError::NumberLikeReference {
            number: no.trim().to_string(),
            year,
            serial,
        }),
        _ => Ok(()),
    }
}

/// When a case gets its register number (the setting `register-number-at`): at receipt
/// (`case add`, the default and what every register did before intake was recorded) or at
/// registration (`case register`, the akta registrasi, PERKI 1/2013 Art. 17-18), where a
/// commission numbers only the disputes it registers. Under `registration` a filing is
/// named by its receipt reference until then, and one never registered takes no number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberAt {
    #[default]
    Receipt,
    Registration,
}

impl NumberAt {
    /// The setting's values, in order.
    pub const VALUES: [&'static str; 2] = ["receipt", "registration"];

    pub fn parse(s: &str) -> Option<NumberAt> {
        match s {
            "receipt" => Some(NumberAt::Receipt),
            "registration" => Some(NumberAt::Registration),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        Self::VALUES[self as usize]
    }
}

/// The receipt reference of the `serial`th filing received in `year`, where numbers are
/// given at registration: `TT-2026-003` (tanda terima). Its own form, whatever the
/// template, so that it never reads as a register number nor as a short reference.
pub fn receipt_reference(year: i32, serial: i64) -> String {
    format!("TT-{year:04}-{serial:03}")
}

pub fn roman_month(month: u32) -> &'static str {
    const ROMAN: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    ROMAN[(month as usize).clamp(1, 12) - 1]
}

/// How a command names a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseRef {
    /// `2017/12`: the 12th case received in 2017.
    Short { year: i32, serial: i64 },
    /// The register number as printed.
    Number(String),
}

impl CaseRef {
    pub fn parse(s: &str) -> Result<CaseRef, DomainError> {
        let t = s.trim();
        if t.is_empty() {
            return Err(DomainError::EmptyCaseRef);
        }
        if let Some((y, n)) = t.split_once('/')
            && y.len() == 4
            && y.bytes().all(|b| b.is_ascii_digit())
            && !n.is_empty()
            && n.len() <= 9
            && n.bytes().all(|b| b.is_ascii_digit())
        {
            return Ok(CaseRef::Short {
                year: y.parse().expect("four digits"),
                serial: n.parse().expect("digits"),
            });
        }
        Ok(CaseRef::Number(t.to_string()))
    }
}

impl std::fmt::Display for CaseRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // Four digits, as it was read: `0999/5` printed as `999/5` would read back as
            // a register number, not as the same case.
            CaseRef::Short { year, serial } => write!(f, "{year:04}/{serial}"),
            CaseRef::Number(n) => f.write_str(n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_template_gives_the_commission_style() {
        let t = Template::parse(DEFAULT_TEMPLATE).unwrap();
        let d = Date::parse("2013-03-14").unwrap();
        assert_eq!(t.render(28, d, "JBI"), "028/III/KI-JBI-PS/2013");
        assert_eq!(t.render(1234, d, "JBI"), "1234/III/KI-JBI-PS/2013");
        assert!(t.needs_code());
    }

    #[test]
    fn other_templates() {
        let d = Date::parse("2025-10-01").unwrap();
        let t = Template::parse("{serial:04}/{month:roman}/KIP-DKI-PS/{year}").unwrap();
        assert_eq!(t.render(39, d, ""), "0039/X/KIP-DKI-PS/2025");
        assert!(!t.needs_code());
        let t = Template::parse("{year}.{month:02}.{month}.{serial}").unwrap();
        assert_eq!(t.render(7, d, ""), "2025.10.10.7");
    }

    #[test]
    fn templates_must_make_unique_numbers() {
        for bad in [
            "{serial}/PS",
            "{month}/{year}",
            "{serial}/{year",
            "{serial}/{yaer}",
            "{serial:0}/{year}",
            "x}{serial}{year}",
            "{year}/{serial}",
            "{year}/{serial:03}",
            "{year}/{month}{serial}",
            "{year}/{code}{serial}",
        ] {
            assert!(Template::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn receipt_references_name_a_filing_apart_from_numbers() {
        assert_eq!(receipt_reference(2026, 3), "TT-2026-003");
        assert_eq!(receipt_reference(2026, 1234), "TT-2026-1234");
        for (y, n) in [(2026, 3), (1900, 1), (9999, 999_999_999)] {
            let r = receipt_reference(y, n);
            assert_eq!(check_number(&r), Ok(()), "{r}");
            assert_eq!(CaseRef::parse(&r).unwrap(), CaseRef::Number(r.clone()));
        }
        for v in NumberAt::VALUES {
            assert_eq!(NumberAt::parse(v).map(NumberAt::as_str), Some(v));
        }
        assert_eq!(NumberAt::default(), NumberAt::Receipt);
    }

    #[test]
    fn roman_months() {
        let all: Vec<_> = (1..=12).map(roman_month).collect();
        assert_eq!(all.join(" "), "I II III IV V VI VII VIII IX X XI XII");
    }

    #[test]
    fn case_refs() {
        assert_eq!(
            CaseRef::parse("2017/12").unwrap(),
            CaseRef::Short {
                year: 2017,
                serial: 12
            }
        );
        assert_eq!(
            CaseRef::parse("028/III/KI-JBI-PS/2013").unwrap(),
            CaseRef::Number("028/III/KI-JBI-PS/2013".into())
        );
        assert_eq!(
            CaseRef::parse("17/12").unwrap(),
            CaseRef::Number("17/12".into())
        );
        assert!(CaseRef::parse("  ").is_err());
    }

    #[test]
    fn a_number_may_not_read_as_a_short_reference() {
        for bad in ["2017/2", " 2017/02 ", "1999/123456789"] {
            assert!(
                matches!(
                    check_number(bad),
                    Err(DomainError::NumberLikeReference { .. })
                ),
                "{bad}"
            );
        }
        for good in [
            "028/III/KIP-PS/2013",
            "2017/2/A",
            "17/2",
            "2017-2",
            "2017/1234567890",
        ] {
            assert_eq!(check_number(good), Ok(()), "{good}");
        }
    }

    /// Found by the case_ref fuzz target's round trip: `0000/0` printed as `0/0`, which
    /// reads back as a register number.
    #[test]
    fn a_short_reference_prints_as_it_reads() {
        for s in ["0000/0", "0999/5", "2017/12"] {
            let r = CaseRef::parse(s).unwrap();
            assert!(matches!(r, CaseRef::Short { .. }), "{s}");
            assert_eq!(r.to_string(), s);
            assert_eq!(CaseRef::parse(&r.to_string()).unwrap(), r);
        }
        assert_eq!(CaseRef::parse("2017/012").unwrap().to_string(), "2017/12");
    }
}
