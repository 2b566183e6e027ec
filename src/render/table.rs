//! Tables for people that fit the terminal: columns two spaces apart under a ruled header,
//! never a word broken across lines. When a table is too wide, the columns that may go
//! give way first (dropped in their order), then free text is cut with "…" (the longest
//! first, down to a floor), as `gh` does; `--wide` (or output to a pipe without a width)
//! shows everything. Every cell is made safe to print: a stored control character is
//! shown as a visible escape, never sent to the terminal raw.

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The width tables fit, 0 for none (set once per run).
static WIDTH: AtomicUsize = AtomicUsize::new(0);

/// Sets the width tables fit: `--width`, else the terminal's, else `COLUMNS`, else none;
/// `--wide`: none.
pub fn set_width(flag: Option<usize>, wide: bool, columns_env: Option<String>) {
    let w = if wide {
        0
    } else if let Some(w) = flag {
        w
    } else if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        w as usize
    } else {
        columns_env
            .and_then(|c| c.trim().parse::<usize>().ok())
            .unwrap_or(0)
    };
    WIDTH.store(w, Ordering::Relaxed);
}

/// The width tables fit, if any.
pub fn width() -> Option<usize> {
    match WIDTH.load(Ordering::Relaxed) {
        0 => None,
        w => Some(w.max(20)),
    }
}

/// How a column fits a table too wide for the terminal: kept whole, cut, or dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Never cut nor dropped (numbers, dates, register numbers).
    Keep,
    /// Free text: cut with "…", down to this many columns.
    Cut(usize),
    /// Dropped when the table is too wide, lower ranks first.
    Drop(u8),
}

#[derive(Debug, Clone)]
struct Column {
    header: String,
    right: bool,
    fit: Option<Fit>,
}

/// A table being filled; printed (fitted) by `Display`.
#[derive(Debug, Clone)]
pub struct Table {
    cols: Vec<Column>,
    rows: Vec<Vec<String>>,
}

/// A table with these headers; how each column gives way is guessed from its cells
/// (free text, with spaces, may be cut) unless [`Table::fit`] says.
pub fn table<S: AsRef<str>>(headers: &[S]) -> Table {
    Table {
        cols: headers
            .iter()
            .map(|h| Column {
                header: safe(h.as_ref()),
                right: false,
                fit: None,
            })
            .collect(),
        rows: Vec::new(),
    }
}

impl Table {
    pub fn add_row<I, S>(&mut self, cells: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut row: Vec<String> = cells.into_iter().map(|c| safe(&c.into())).collect();
        row.resize(self.cols.len(), String::new());
        self.rows.push(row);
        self
    }

    /// Says how column `i` gives way.
    pub fn fit(&mut self, i: usize, fit: Fit) -> &mut Self {
        self.cols[i].fit = Some(fit);
        self
    }

    /// Aligns column `i` to the right (counts).
    pub fn right(&mut self, i: usize) -> &mut Self {
        self.cols[i].right = true;
        self
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// How column `i` gives way: as said, else free text (a cell with a space) may be cut.
    fn fit_of(&self, i: usize) -> Fit {
        self.cols[i].fit.unwrap_or_else(|| {
            if self.rows.iter().any(|r| r[i].contains(' ')) {
                Fit::Cut(8)
            } else {
                Fit::Keep
            }
        })
    }

    /// The columns shown and their widths, fitted to `width`.
    fn layout(&self, width: Option<usize>) -> (Vec<usize>, Vec<usize>) {
        let natural: Vec<usize> = (0..self.cols.len())
            .map(|i| {
                self.rows
                    .iter()
                    .map(|r| r[i].width())
                    .chain([self.cols[i].header.width()])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut shown: Vec<usize> = (0..self.cols.len()).collect();
        let mut widths = natural.clone();
        let Some(limit) = width else {
            return (shown, widths);
        };
        let total = |shown: &[usize], widths: &[usize]| {
            shown.iter().map(|&i| widths[i]).sum::<usize>() + 2 * shown.len().saturating_sub(1)
        };
        let floor = |i: usize| match self.fit_of(i) {
            Fit::Cut(floor) => natural[i].min(floor),
            _ => natural[i],
        };
        // Drop what may go, lowest rank first, only while cutting free text down to its
        // floor would not be enough.
        let mut droppable: Vec<(u8, usize)> = shown
            .iter()
            .filter_map(|&i| match self.fit_of(i) {
                Fit::Drop(rank) => Some((rank, i)),
                _ => None,
            })
            .collect();
        droppable.sort();
        let mut droppable = droppable.into_iter();
        loop {
            let floors: Vec<usize> = (0..natural.len()).map(floor).collect();
            if total(&shown, &floors) <= limit {
                break;
            }
            match droppable.next() {
                Some((_, i)) => shown.retain(|&j| j != i),
                None => break,
            }
        }
        // Cut free text, the widest first, a column at a time, down to its floor.
        while total(&shown, &widths) > limit {
            let widest = shown
                .iter()
                .filter(|&&i| widths[i] > floor(i))
                .map(|&i| (widths[i], i))
                .max();
            match widest {
                Some((_, i)) => widths[i] -= 1,
                None => break,
            }
        }
        (shown, widths)
    }

    /// The table at `width` (none: as wide as it needs).
    pub fn render(&self, width: Option<usize>) -> String {
        let (shown, widths) = self.layout(width);
        let mut out = String::new();
        let line = |out: &mut String, cells: &mut dyn Iterator<Item = (usize, &str)>| {
            let mut parts = Vec::new();
            for (i, text) in cells {
                let w = widths[i];
                let text = cut(text, w);
                let pad = w.saturating_sub(text.width());
                parts.push(if self.cols[i].right {
                    format!("{}{text}", " ".repeat(pad))
                } else {
                    format!("{text}{}", " ".repeat(pad))
                });
            }
            out.push_str(parts.join("  ").trim_end());
            out.push('\n');
        };
        line(
            &mut out,
            &mut shown.iter().map(|&i| (i, self.cols[i].header.as_str())),
        );
        let rule: Vec<String> = shown.iter().map(|&i| "─".repeat(widths[i])).collect();
        out.push_str(&rule.join("  "));
        out.push('\n');
        for row in &self.rows {
            line(&mut out, &mut shown.iter().map(|&i| (i, row[i].as_str())));
        }
        out
    }
}

impl fmt::Display for Table {
    /// The table fitted to the run's width, without its last line end (as `writeln!`
    /// adds one).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.render(width()).trim_end_matches('\n'))
    }
}

/// `s` in at most `w` columns: cut with "…" when longer.
pub fn cut(s: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_string();
    }
    if w == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw > w - 1 {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.trim_end().to_string() + "…"
}

/// Text made safe to print on a terminal: control characters, and the bidirectional
/// overrides that could reorder a line, as visible escapes (`\u{1b}`); a line end in a
/// cell as "⏎".
pub fn safe(s: &str) -> String {
    if !s.chars().any(needs_escape) {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            '\n' => "⏎".to_string(),
            c if needs_escape(c) => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect()
}

use crate::domain::text::needs_escape;

/// Labelled lines (`case show`): a label column, then each value wrapped at word
/// boundaries under itself within `width` (none: one line a value).
pub fn sheet(lines: &[(String, String)], width: Option<usize>) -> String {
    let label_w = lines.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    let mut out = String::new();
    for (label, value) in lines {
        let value = safe(value);
        let room = width.map(|w| w.saturating_sub(label_w + 2).max(20));
        let wrapped = wrap(&value, room);
        for (n, part) in wrapped.iter().enumerate() {
            let head = if n == 0 { label.as_str() } else { "" };
            let pad = label_w - head.width();
            out.push_str(format!("{head}{}  {part}", " ".repeat(pad)).trim_end());
            out.push('\n');
        }
    }
    out
}

/// Words of `s` in lines of at most `w` columns (a word longer than a line is cut).
pub fn wrap(s: &str, w: Option<usize>) -> Vec<String> {
    let Some(w) = w else {
        return vec![s.to_string()];
    };
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in s.split(' ') {
        let sep = usize::from(!cur.is_empty());
        if cur.width() + sep + word.width() > w && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(&cut(word, w));
    }
    lines.push(cur);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let mut t = table(&["number", "applicant", "subject", "kind"]);
        t.add_row([
            "001/III/KI-JBI-PS/2017",
            "Budi Santoso",
            "Rencana Kerja dan Anggaran 2017",
            "individual",
        ]);
        t.add_row([
            "002/XI/KI-JBI-PS/2017",
            "Lembaga Bantuan Hukum Jambi",
            "Dana BOS",
            "legal_entity",
        ]);
        t.fit(3, Fit::Drop(1));
        t
    }

    #[test]
    fn a_wide_enough_table_is_whole() {
        let s = sample().render(None);
        assert!(s.contains("Rencana Kerja dan Anggaran 2017"));
        assert!(s.contains("legal_entity"));
        assert_eq!(s.lines().nth(1).unwrap().chars().next(), Some('─'));
    }

    #[test]
    fn a_narrow_table_drops_then_cuts_never_breaks_a_line() {
        for w in [45usize, 50, 60, 80] {
            let s = sample().render(Some(w));
            for line in s.lines() {
                assert!(line.width() <= w, "{w}: {line:?} is {} wide", line.width());
            }
            assert_eq!(s.lines().count(), 4, "one line a row:\n{s}");
            assert!(s.contains("001/III/KI-JBI-PS/2017"), "kept whole:\n{s}");
        }
        // Free text is cut before a column is dropped...
        let s = sample().render(Some(60));
        assert!(s.contains("legal_entity") && s.contains('…'), "{s}");
        // ... and a column goes when cutting to the floors is not enough.
        let s = sample().render(Some(50));
        assert!(
            !s.contains("legal_entity"),
            "the droppable column went:\n{s}"
        );
    }

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(safe("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(safe("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(safe("line\nnext"), "line⏎next");
        assert_eq!(safe("Dinas Pendidikan"), "Dinas Pendidikan");
    }

    #[test]
    fn a_sheet_wraps_values_at_words() {
        let s = sheet(
            &[
                ("Pemohon".into(), "Budi".into()),
                (
                    "Perihal".into(),
                    "satu dua tiga empat lima enam tujuh delapan sembilan".into(),
                ),
            ],
            Some(30),
        );
        for line in s.lines() {
            assert!(line.width() <= 30, "{line:?}");
        }
        assert!(s.contains("\n         "), "continued under the value:\n{s}");
    }
}
