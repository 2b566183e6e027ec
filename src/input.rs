//! CSV input, read as the tool writes it and as spreadsheets save it: a UTF-8 BOM taken
//! off, `,` or `;` between fields (sniffed from the header line), neutralised cells
//! restored ([`crate::render::csv_out::restore`]), and line numbers as a person counts
//! them in an editor: the csv crate's own count lags by one on `\r\n` files
//! (rust-csv#395) and never advances on `\r`-only files, which is what spreadsheets on
//! other systems save.

use crate::render::csv_out::{BOM, restore};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::rc::Rc;

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
    let (source, lines) = line_ends(Cursor::new(first).chain(input));
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
        match buf.iter().position(|b| *b == b'\n' || *b == b'\r') {
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

/// Reads through to `inner`, noting where each line ends (`\n`, `\r\n` or a lone `\r`).
pub struct LineEnds<R> {
    inner: R,
    offset: u64,
    after_cr: bool,
    ends: Rc<RefCell<VecDeque<u64>>>,
}

/// Answers "which line does byte N start on?" for increasing N. It keeps only the line
/// ends the CSV reader has read ahead (its buffer's worth), not the whole file's.
pub struct LineIndex {
    ends: Rc<RefCell<VecDeque<u64>>>,
    passed: u64,
}

pub fn line_ends<R: Read>(inner: R) -> (LineEnds<R>, LineIndex) {
    let ends = Rc::new(RefCell::new(VecDeque::new()));
    (
        LineEnds {
            inner,
            offset: 0,
            after_cr: false,
            ends: Rc::clone(&ends),
        },
        LineIndex { ends, passed: 0 },
    )
}

impl<R: Read> Read for LineEnds<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut ends = self.ends.borrow_mut();
        for (i, &b) in buf[..n].iter().enumerate() {
            let at = self.offset + i as u64 + 1;
            // A `\r\n` line ends at its `\r`: the csv crate may report the next record as
            // starting on the `\n`.
            if b == b'\r' || (b == b'\n' && !self.after_cr) {
                ends.push_back(at);
            }
            self.after_cr = b == b'\r';
        }
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
        let (mut r, mut idx) = line_ends(text);
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
}
