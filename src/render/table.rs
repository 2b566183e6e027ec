//! Tables for people that fit the terminal: columns two spaces apart under a ruled header,
//! never a word broken across lines. When a table is too wide, the columns that may go
//! give way first (an empty column, then the others dropped or shortened in their order),
//! then free text is cut with "…" (the longest first, down to a floor, and below it only
//! when nothing else is left to give), as `gh` does; `--wide` (or output to a pipe without
//! a width) shows everything. Every cell is made safe to print: a stored control character is
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
    /// Shorter forms of the column (a case's short reference for its register number), each
    /// taken in turn when the table is too wide, in the drop order at its rank.
    short: Vec<Short>,
}

#[derive(Debug, Clone)]
struct Short {
    rank: u8,
    header: String,
    /// One a row; empty: the row's full cell.
    cells: Vec<String>,
}

/// A table being filled; printed (fitted) by `Display`.
#[derive(Debug, Clone)]
pub struct Table {
    cols: Vec<Column>,
    rows: Vec<Vec<String>>,
    /// Whether a column with nothing in it goes before any other gives way.
    drop_empty: bool,
}

/// One way a too-wide table gives way, in rank order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Give {
    Drop(usize),
    Shorten(usize),
}

/// The columns a table shows, each's width, and which of its forms each shows (0: the
/// full one, n: its n-th shorter form).
struct Layout {
    shown: Vec<usize>,
    widths: Vec<usize>,
    short: Vec<usize>,
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
                short: Vec::new(),
            })
            .collect(),
        rows: Vec::new(),
        drop_empty: false,
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
        for col in &mut self.cols {
            for short in &mut col.short {
                short.cells.push(String::new());
            }
        }
        self
    }

    /// Gives column `i` a short form under `header`, taken at `rank` in the drop order
    /// when the table is too wide; each row's short cell is set by [`Table::short_cell`].
    /// A second call gives a shorter form still, at a later rank ([`Table::shorter_cell`]).
    pub fn short_form(&mut self, i: usize, rank: u8, header: &str) -> &mut Self {
        self.cols[i].short.push(Short {
            rank,
            header: safe(header),
            cells: vec![String::new(); self.rows.len()],
        });
        self
    }

    /// The last row's short form of column `i` (a column given one by
    /// [`Table::short_form`]).
    pub fn short_cell(&mut self, i: usize, text: &str) -> &mut Self {
        self.shorter_cell(i, 1, text)
    }

    /// The last row's `level`-th short form of column `i` (1: the first given).
    pub fn shorter_cell(&mut self, i: usize, level: usize, text: &str) -> &mut Self {
        let form = level
            .checked_sub(1)
            .and_then(|l| self.cols[i].short.get_mut(l));
        if let Some(cell) = form.and_then(|s| s.cells.last_mut()) {
            *cell = safe(text);
        }
        self
    }

    /// Column `i` holds dates: never cut (kept, unless [`Table::fit`] said it may be
    /// dropped), and from `rank` in the drop order on, each row's shorter date (set by
    /// [`Table::short_date`]) when the table is too wide.
    pub fn dates(&mut self, i: usize, rank: u8) -> &mut Self {
        if !matches!(self.cols[i].fit, Some(Fit::Drop(_))) {
            self.cols[i].fit = Some(Fit::Keep);
        }
        let header = self.cols[i].header.clone();
        self.short_form(i, rank, &header)
    }

    /// The last row's date in column `i` (a column made by [`Table::dates`]) in its shorter
    /// form: "Sen 9 Feb" in Indonesian, never cut mid-word.
    pub fn short_date(&mut self, i: usize, d: crate::domain::Date) -> &mut Self {
        self.short_cell(i, &super::human::date_shorter(d))
    }

    /// Column `i`'s header and cells as shown in its form `level` (0: the full one).
    fn header_of(&self, i: usize, level: usize) -> &str {
        match level.checked_sub(1).and_then(|l| self.cols[i].short.get(l)) {
            Some(s) => &s.header,
            None => &self.cols[i].header,
        }
    }

    /// A row's cell in form `level`: a shorter form left empty for the row stands for
    /// the form before it.
    fn cell_of(&self, row: usize, i: usize, level: usize) -> &str {
        self.cols[i].short[..level.min(self.cols[i].short.len())]
            .iter()
            .rev()
            .map(|s| s.cells[row].as_str())
            .find(|c| !c.is_empty())
            .unwrap_or(&self.rows[row][i])
    }

    /// Says how column `i` gives way.
    pub fn fit(&mut self, i: usize, fit: Fit) -> &mut Self {
        self.cols[i].fit = Some(fit);
        self
    }

    /// Lets a column with nothing in it (its header alone) go first when the table is too
    /// wide, before any other column is dropped or cut.
    pub fn drop_empty(&mut self) -> &mut Self {
        self.drop_empty = true;
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

    /// The natural width of column `i`, in its form `level`.
    fn natural(&self, i: usize, short: usize) -> usize {
        (0..self.rows.len())
            .map(|r| self.cell_of(r, i, short).width())
            .chain([self.header_of(i, short).width()])
            .max()
            .unwrap_or(0)
    }

    /// The columns shown, their widths and forms, fitted to `width`.
    fn layout(&self, width: Option<usize>) -> Layout {
        let n = self.cols.len();
        let mut short = vec![0; n];
        let natural_of =
            |short: &[usize]| -> Vec<usize> { (0..n).map(|i| self.natural(i, short[i])).collect() };
        let mut natural = natural_of(&short);
        let mut shown: Vec<usize> = (0..n).collect();
        let Some(limit) = width else {
            return Layout {
                shown,
                widths: natural,
                short,
            };
        };
        let total = |shown: &[usize], widths: &[usize]| {
            shown.iter().map(|&i| widths[i]).sum::<usize>() + 2 * shown.len().saturating_sub(1)
        };
        let floors = |natural: &[usize]| -> Vec<usize> {
            (0..n)
                .map(|i| match self.fit_of(i) {
                    Fit::Cut(floor) => natural[i].min(floor),
                    _ => natural[i],
                })
                .collect()
        };
        // What gives way, in order: a column with nothing in it (when the table says so)
        // before any text is cut; then the columns that may go or shorten, lowest rank
        // first, each only while cutting free text down to its floor would not be enough.
        let empty = |i: usize| {
            self.drop_empty && !self.rows.is_empty() && self.rows.iter().all(|r| r[i].is_empty())
        };
        for i in (0..n).filter(|&i| empty(i)) {
            if total(&shown, &natural) <= limit {
                break;
            }
            shown.retain(|&j| j != i);
        }
        let mut gives: Vec<(u8, Give)> = Vec::new();
        let mut ranked: Vec<(u8, Give)> = Vec::new();
        for i in (0..n).filter(|&i| !empty(i)) {
            if let Fit::Drop(rank) = self.fit_of(i) {
                ranked.push((rank, Give::Drop(i)));
            }
            for s in &self.cols[i].short {
                ranked.push((s.rank, Give::Shorten(i)));
            }
        }
        ranked.sort();
        gives.extend(ranked);
        for (_, give) in gives {
            if total(&shown, &floors(&natural)) <= limit {
                break;
            }
            match give {
                Give::Drop(i) => shown.retain(|&j| j != i),
                Give::Shorten(i) => {
                    short[i] += 1;
                    natural = natural_of(&short);
                }
            }
        }
        let floor = floors(&natural);
        let mut widths = natural.clone();
        // Cut free text, the widest first, a column at a time, down to its floor; then,
        // when nothing else is left to give, below it (to a few letters and "…").
        for least in [None, Some(4)] {
            while total(&shown, &widths) > limit {
                let widest = shown
                    .iter()
                    .filter(|&&i| match least {
                        None => widths[i] > floor[i],
                        Some(m) => matches!(self.fit_of(i), Fit::Cut(_)) && widths[i] > m,
                    })
                    .map(|&i| (widths[i], i))
                    .max();
                match widest {
                    Some((_, i)) => widths[i] -= 1,
                    None => break,
                }
            }
        }
        Layout {
            shown,
            widths,
            short,
        }
    }

    /// Whether the cell at `row`, column `i` is not shown whole at `width`: its column
    /// dropped, or its text cut. A view lists such cells in full under the table when the
    /// reader needs them (a note, an undo's reason).
    pub fn hidden_at(&self, width: Option<usize>) -> impl Fn(usize, usize) -> bool + '_ {
        let layout = self.layout(width);
        move |row, i| {
            !layout.shown.contains(&i)
                || self.cell_of(row, i, layout.short[i]).width() > layout.widths[i]
        }
    }

    /// The table at `width` (none: as wide as it needs).
    pub fn render(&self, width: Option<usize>) -> String {
        let Layout {
            shown,
            widths,
            short,
        } = self.layout(width);
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
            &mut shown.iter().map(|&i| (i, self.header_of(i, short[i]))),
        );
        let rule: Vec<String> = shown.iter().map(|&i| "─".repeat(widths[i])).collect();
        out.push_str(&rule.join("  "));
        out.push('\n');
        for r in 0..self.rows.len() {
            line(
                &mut out,
                &mut shown.iter().map(|&i| (i, self.cell_of(r, i, short[i]))),
            );
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
mod tests;
