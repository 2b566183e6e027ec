//! Line numbers for CSV input as a person counts them in an editor: the csv crate's own
//! count lags by one on `\r\n` files (rust-csv#395) and never advances on `\r`-only files,
//! which is what spreadsheets on other systems save. The same reader refuses what is not
//! a text file at the first sign of it: a NUL byte (`import /dev/zero` hung), or a line
//! longer than [`MAX_LINE_BYTES`] (a 300 MB header was read whole and echoed): the CSV
//! readers never hold more than one such line.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Read};
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
        }
    }
}

impl std::error::Error for InputFault {}

/// The input fault behind an I/O error of a reader made by [`line_ends`], if it is one.
pub fn input_fault(e: &io::Error) -> Option<InputFault> {
    e.get_ref()?.downcast_ref::<InputFault>().copied()
}

/// Reads through to `inner`, noting where each line ends (`\n`, `\r\n` or a lone `\r`).
pub struct LineEnds<R> {
    inner: R,
    offset: u64,
    after_cr: bool,
    ends: Rc<RefCell<VecDeque<u64>>>,
    /// Lines ended so far, and where the current one began.
    lines: u64,
    line_start: u64,
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
            lines: 0,
            line_start: 0,
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
            let fault = |f: InputFault| Err(io::Error::new(io::ErrorKind::InvalidData, f));
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

    #[test]
    fn a_binary_stream_or_an_endless_line_stops_the_reading() {
        let mut out = Vec::new();
        let err = line_ends(&b"a,b\nc\0d"[..])
            .0
            .read_to_end(&mut out)
            .unwrap_err();
        assert_eq!(input_fault(&err), Some(InputFault::Nul { line: 2 }));
        let long = vec![b'x'; MAX_LINE_BYTES as usize + 1];
        let err = line_ends(&long[..]).0.read_to_end(&mut out).unwrap_err();
        assert_eq!(input_fault(&err), Some(InputFault::LineTooLong { line: 1 }));
        let mut fine = vec![b'x'; MAX_LINE_BYTES as usize];
        fine.extend_from_slice(b"\r\n");
        fine.extend(vec![b'y'; MAX_LINE_BYTES as usize]);
        assert!(line_ends(&fine[..]).0.read_to_end(&mut out).is_ok());
    }

    #[test]
    fn every_ending_counts_once() {
        assert_eq!(lines_of(b"a\nb\nc\n"), vec![1, 2, 3]);
        assert_eq!(lines_of(b"a\r\nb\r\nc\r\n"), vec![1, 2, 3]);
        assert_eq!(lines_of(b"a\rb\rc"), vec![1, 2, 3]);
        assert_eq!(lines_of(b"a\r\n\r\nc"), vec![1, 2, 3]);
    }
}
