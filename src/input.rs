//! CSV input, read as the tool writes it and as spreadsheets save it: a UTF-8 BOM taken
//! off, `,` or `;` between fields (sniffed from the header line), neutralised cells
//! restored ([`crate::csv_cell::restore`]), and line numbers as a person counts
//! them in an editor: the csv crate's own count lags by one on `\r\n` files
//! (rust-csv#395) and never advances on `\r`-only files, which is what spreadsheets on
//! other systems save. The same reader refuses what is not a text file at the first sign
//! of it: a NUL byte (`import /dev/zero` hung), or a line longer than [`MAX_LINE_BYTES`]
//! (a 300 MB header was read whole and echoed): the CSV readers never hold more than one
//! such line.

pub mod published;
pub mod register_csv;
pub mod table;

use crate::csv_cell::{BOM, restore};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::rc::Rc;

/// The longest line a CSV file sengketa reads may have: far above any row within the
/// field limits (`domain::text`), far below what would strain memory.
pub const MAX_LINE_BYTES: u64 = 1 << 20;

/// Why an input is not read further: it is not a text file of sane lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFault {
    /// A NUL byte on this line: a binary file or a device.
    Nul { line: u64 },
    /// This line runs past [`MAX_LINE_BYTES`].
    LineTooLong { line: u64 },
    /// The quoted cell opened on this line, in this column (1-based), is never closed
    /// (or runs past [`MAX_LINE_BYTES`]): the reader would take the rest of the file for
    /// one cell and blame the row's width on its first column.
    OpenQuote { line: u64, column: u64 },
}

impl std::fmt::Display for InputFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            InputFault::Nul { line } => f.write_str(&crate::t!("input-nul", line = line)),
            InputFault::LineTooLong { line } => f.write_str(&crate::t!(
                "input-line-too-long",
                line = line,
                max = MAX_LINE_BYTES >> 20
            )),
            InputFault::OpenQuote { line, column } => {
                f.write_str(&crate::t!("input-open-quote", line = line, column = column))
            }
        }
    }
}

impl std::error::Error for InputFault {}

/// The input fault behind an I/O error of a reader made by [`line_ends`], if it is one.
pub fn input_fault(e: &io::Error) -> Option<InputFault> {
    e.get_ref()?.downcast_ref::<InputFault>().copied()
}

/// A separator in words: "a comma (,)", "a semicolon (;)".
pub fn separator_name(separator: u8) -> String {
    match separator {
        b';' => crate::t!("csv-separator-semicolon"),
        _ => crate::t!("csv-separator-comma"),
    }
}

/// A failure to read an input named `name`: what is wrong with the file (not text: exit
/// 3), or a failure to read it at all (exit 74).
pub fn input_error(name: &str, e: io::Error) -> crate::error::Error {
    use crate::error::Error;
    match input_fault(&e) {
        Some(fault) => Error::invalid(format!("{name}: {fault}")).with_hint(match fault {
            InputFault::OpenQuote { .. } => crate::t!("input-open-quote-hint"),
            _ => crate::t!("input-fault-hint"),
        }),
        None => Error::from(e),
    }
}

/// A CSV reader's error in the user's terms: what is wrong with the file (exit 3), or a
/// failure to read it at all (exit 74).
pub fn csv_error(name: &str, e: csv::Error) -> crate::error::Error {
    use crate::error::Error;
    if let csv::ErrorKind::Io(_) = e.kind() {
        let csv::ErrorKind::Io(io) = e.into_kind() else {
            unreachable!("matched just above")
        };
        return input_error(name, io);
    }
    let at = e.position().map_or(0, |p| p.line());
    Error::invalid(crate::t!(
        "csv-unreadable",
        name = name,
        line = at,
        why = e.to_string()
    ))
    .with_hint(crate::t!("csv-unreadable-hint"))
}

/// What a CSV file is read through: its header line, then the rest.
pub type Source = LineEnds<io::Chain<Cursor<Vec<u8>>, BufReader<Box<dyn Read>>>>;

/// A CSV input opened for reading.
pub struct CsvIn {
    pub reader: csv::Reader<Source>,
    pub lines: LineIndex,
    /// The separator seen in the header line: `,` or `;`.
    pub separator: u8,
}

/// Opens `input` as CSV with a header: a BOM is taken off, and the separator is `;` when
/// the header line has more `;` than `,` outside quotes, else `,`.
pub fn csv_in(input: Box<dyn Read>) -> io::Result<CsvIn> {
    let mut input = BufReader::with_capacity(1 << 16, input);
    let mut first = first_line(&mut input)?;
    if first.starts_with(BOM) {
        first.drain(..BOM.len());
    }
    let separator = sniff(&first);
    let (source, lines) = line_ends(Cursor::new(first).chain(input), separator);
    let reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .delimiter(separator)
        .buffer_capacity(1 << 16)
        .from_reader(source);
    Ok(CsvIn {
        reader,
        lines,
        separator,
    })
}

/// The bytes up to and with the first line end (`\n`, `\r\n` or a lone `\r`), read from
/// `input` without reading further.
fn first_line(input: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut line = Vec::new();
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(line);
        }
        if line.last() == Some(&b'\r') {
            // A `\r` ends the line; its `\n`, if it has one, goes with it.
            if buf[0] == b'\n' {
                line.push(b'\n');
                input.consume(1);
            }
            return Ok(line);
        }
        let end = buf.iter().position(|b| *b == b'\n' || *b == b'\r');
        let taken = &buf[..end.map_or(buf.len(), |i| i + 1)];
        let fault = if taken.contains(&0) {
            Some(InputFault::Nul { line: 1 })
        } else if (line.len() + taken.len() - usize::from(end.is_some())) as u64 > MAX_LINE_BYTES {
            Some(InputFault::LineTooLong { line: 1 })
        } else {
            None
        };
        if let Some(f) = fault {
            return Err(io::Error::new(io::ErrorKind::InvalidData, f));
        }
        match end {
            Some(i) => {
                line.extend_from_slice(&buf[..=i]);
                let lf = buf[i] == b'\n';
                input.consume(i + 1);
                if lf {
                    return Ok(line);
                }
            }
            None => {
                let n = buf.len();
                line.extend_from_slice(buf);
                input.consume(n);
            }
        }
    }
}

/// `;` when the line has more semicolons than commas outside double quotes, else `,`.
fn sniff(line: &[u8]) -> u8 {
    let (mut quoted, mut commas, mut semis) = (false, 0, 0);
    for b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas { b';' } else { b',' }
}

/// `from` with every cell restored ([`restore`]) into `into` (reused between rows).
pub fn restore_record(from: &csv::StringRecord, into: &mut csv::StringRecord) {
    into.clear();
    for cell in from {
        into.push_field(restore(cell));
    }
    into.set_position(from.position().cloned());
}

/// Reads through to `inner`, noting where each line ends (`\n`, `\r\n` or a lone `\r`),
/// and following the CSV quoting as the csv crate reads it, to name a quote never closed.
pub struct LineEnds<R> {
    inner: R,
    offset: u64,
    after_cr: bool,
    ends: Rc<RefCell<VecDeque<u64>>>,
    /// Lines ended so far, and where the current one began.
    lines: u64,
    line_start: u64,
    separator: u8,
    quote: Quote,
    /// The cell of its record the reading is in (1-based).
    column: u64,
}

/// Where the reading stands in the CSV quoting: a quote opens a quoted cell only as the
/// cell's first byte (elsewhere it is a letter), and `""` inside one is a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
    /// At the start of a cell.
    CellStart,
    /// In a cell not quoted.
    Bare,
    /// In a quoted cell opened on this line, at this byte.
    Open { line: u64, at: u64 },
    /// Just after a quote inside a quoted cell: its end, or the first of `""`.
    MaybeClosed { line: u64, at: u64 },
}

/// Answers "which line does byte N start on?" for increasing N. It keeps only the line
/// ends the CSV reader has read ahead (its buffer's worth), not the whole file's.
pub struct LineIndex {
    ends: Rc<RefCell<VecDeque<u64>>>,
    passed: u64,
}

pub fn line_ends<R: Read>(inner: R, separator: u8) -> (LineEnds<R>, LineIndex) {
    let ends = Rc::new(RefCell::new(VecDeque::new()));
    (
        LineEnds {
            inner,
            offset: 0,
            after_cr: false,
            ends: Rc::clone(&ends),
            lines: 0,
            line_start: 0,
            separator,
            quote: Quote::CellStart,
            column: 1,
        },
        LineIndex { ends, passed: 0 },
    )
}

impl<R> LineEnds<R> {
    /// Follows the quoting over byte `b` (the `at`th of the input, on line `line`); the
    /// fault of a quoted cell longer than any line may be.
    fn quoting(&mut self, b: u8, at: u64) -> Option<InputFault> {
        let line = self.lines + 1;
        let ends_line = b == b'\n' || b == b'\r';
        let next_cell = |me: &mut Self| {
            if b == me.separator {
                me.column += 1;
                me.quote = Quote::CellStart;
            } else if ends_line {
                me.column = 1;
                me.quote = Quote::CellStart;
            } else {
                me.quote = Quote::Bare;
            }
        };
        match self.quote {
            Quote::CellStart if b == b'"' => self.quote = Quote::Open { line, at },
            Quote::CellStart | Quote::Bare => next_cell(self),
            Quote::Open { line, at: from } => {
                if at - from > MAX_LINE_BYTES {
                    return Some(self.open_quote());
                }
                if b == b'"' {
                    self.quote = Quote::MaybeClosed { line, at: from };
                }
            }
            Quote::MaybeClosed { line, at: from } if b == b'"' => {
                self.quote = Quote::Open { line, at: from };
            }
            Quote::MaybeClosed { .. } => next_cell(self),
        }
        None
    }

    /// The fault of the quoted cell open now.
    fn open_quote(&self) -> InputFault {
        let line = match self.quote {
            Quote::Open { line, .. } | Quote::MaybeClosed { line, .. } => line,
            _ => self.lines + 1,
        };
        InputFault::OpenQuote {
            line,
            column: self.column,
        }
    }
}

impl<R: Read> Read for LineEnds<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let fault = |f: InputFault| Err(io::Error::new(io::ErrorKind::InvalidData, f));
        // The end of the input inside a quoted cell: the quote is never closed.
        if n == 0 && !buf.is_empty() && matches!(self.quote, Quote::Open { .. }) {
            return fault(self.open_quote());
        }
        let ends = Rc::clone(&self.ends);
        let mut ends = ends.borrow_mut();
        for (i, &b) in buf[..n].iter().enumerate() {
            let at = self.offset + i as u64 + 1;
            if let Some(f) = self.quoting(b, at) {
                return fault(f);
            }
            if b == 0 {
                return fault(InputFault::Nul {
                    line: self.lines + 1,
                });
            }
            // A `\r\n` line ends at its `\r`: the csv crate may report the next record as
            // starting on the `\n`.
            if b == b'\r' || (b == b'\n' && !self.after_cr) {
                ends.push_back(at);
                self.lines += 1;
                self.line_start = at;
            } else if b == b'\n' {
                self.line_start = at;
            } else if at - self.line_start > MAX_LINE_BYTES {
                return fault(InputFault::LineTooLong {
                    line: self.lines + 1,
                });
            }
            self.after_cr = b == b'\r';
        }
        drop(ends);
        self.offset += n as u64;
        Ok(n)
    }
}

impl LineIndex {
    /// The 1-based line on which the byte at `offset` stands. Offsets must not decrease.
    pub fn line_at(&mut self, offset: u64) -> u64 {
        let mut ends = self.ends.borrow_mut();
        while ends.front().is_some_and(|&e| e <= offset) {
            ends.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(text: &[u8]) -> Vec<u64> {
        let (mut r, mut idx) = line_ends(text, b',');
        let mut all = Vec::new();
        r.read_to_end(&mut all).unwrap();
        // the start of every line
        let mut starts = vec![0u64];
        for (i, &b) in text.iter().enumerate() {
            let next = text.get(i + 1).copied();
            if b == b'\n' || (b == b'\r' && next != Some(b'\n')) {
                starts.push(i as u64 + 1);
            }
        }
        starts.pop_if(|s| *s == text.len() as u64);
        starts.into_iter().map(|s| idx.line_at(s)).collect()
    }

    fn opened(text: &'static [u8]) -> (u8, Vec<Vec<String>>) {
        let mut c = csv_in(Box::new(text)).unwrap();
        let mut rows = vec![
            c.reader
                .headers()
                .unwrap()
                .iter()
                .map(String::from)
                .collect(),
        ];
        let mut restored = csv::StringRecord::new();
        for r in c.reader.records() {
            restore_record(&r.unwrap(), &mut restored);
            rows.push(restored.iter().map(String::from).collect());
        }
        (c.separator, rows)
    }

    #[test]
    fn a_bom_and_either_separator_are_read() {
        let want = vec![vec!["a", "b"], vec!["=1", "x,y"]];
        for text in [
            &b"a,b\n'=1,\"x,y\"\n"[..],
            b"\xEF\xBB\xBFa;b\r\n'=1;x,y\r\n",
            b"\xEF\xBB\xBFa;b\r'=1;x,y\r",
        ] {
            let (sep, rows) = opened(text);
            assert_eq!(rows, want, "{}", String::from_utf8_lossy(text));
            assert_eq!(sep, if text.starts_with(b"a,") { b',' } else { b';' });
        }
        // A separator inside quotes does not count; an empty file is no error.
        assert_eq!(sniff(b"\"a;b;c\",d\n"), b',');
        assert_eq!(opened(b"").1, vec![Vec::<String>::new()]);
    }

    #[test]
    fn every_ending_counts_once() {
        assert_eq!(lines_of(b"a\nb\nc\n"), vec![1, 2, 3]);
        assert_eq!(lines_of(b"a\r\nb\r\nc\r\n"), vec![1, 2, 3]);
        assert_eq!(lines_of(b"a\rb\rc"), vec![1, 2, 3]);
        assert_eq!(lines_of(b"a\r\n\r\nc"), vec![1, 2, 3]);
    }

    #[test]
    fn a_binary_stream_or_an_endless_line_stops_the_reading() {
        let mut out = Vec::new();
        let err = line_ends(&b"a,b\nc\0d"[..], b',')
            .0
            .read_to_end(&mut out)
            .unwrap_err();
        assert_eq!(input_fault(&err), Some(InputFault::Nul { line: 2 }));
        let long = vec![b'x'; MAX_LINE_BYTES as usize + 1];
        let err = line_ends(&long[..], b',')
            .0
            .read_to_end(&mut out)
            .unwrap_err();
        assert_eq!(input_fault(&err), Some(InputFault::LineTooLong { line: 1 }));
        let mut fine = vec![b'x'; MAX_LINE_BYTES as usize];
        fine.extend_from_slice(b"\r\n");
        fine.extend(vec![b'y'; MAX_LINE_BYTES as usize]);
        assert!(line_ends(&fine[..], b',').0.read_to_end(&mut out).is_ok());
        // The header line, read before the rest to find its separator, the same.
        let fault = |bytes: Vec<u8>| input_fault(&csv_in(Box::new(Cursor::new(bytes))).err()?);
        assert_eq!(
            fault(b"a,\0b\n".to_vec()),
            Some(InputFault::Nul { line: 1 })
        );
        assert_eq!(fault(long), Some(InputFault::LineTooLong { line: 1 }));
        assert_eq!(fault(fine), None);
    }

    #[test]
    fn a_quote_never_closed_is_named_where_it_opens() {
        let fault = |text: &[u8]| {
            let mut out = Vec::new();
            let err = line_ends(text, b',').0.read_to_end(&mut out).err()?;
            input_fault(&err)
        };
        let open = |line, column| Some(InputFault::OpenQuote { line, column });
        assert_eq!(fault(b"a,b\n1,\"x\n2,y\n"), open(2, 2));
        // Quotes closed, doubled inside a quoted cell, inside a bare cell, a quoted line end.
        assert_eq!(fault(b"a,b\n\"x\"\"y\",\"p\nq\"\nab\"c,d\n\"\"\n"), None);
        // A doubled quote does not close the cell.
        assert_eq!(fault(b"a\n\"x\"\"\n"), open(2, 1));
        // A quoted cell over several lines, never closed: named on the line it opens.
        assert_eq!(fault(b"a,b,c\r\n1,2,\"x\r\ny\r\n"), open(2, 3));
        // One longer than any line may be, closed or not, is not read to its end.
        let half = MAX_LINE_BYTES as usize / 2 + 8;
        let mut long = b"a,b\nz,\"".to_vec();
        long.extend(vec![b'x'; half]);
        long.push(b'\n');
        long.extend(vec![b'y'; half]);
        long.extend(b"\"\n");
        assert_eq!(fault(&long), open(2, 2));
    }
}
