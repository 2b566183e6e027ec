//! Line numbers for CSV input as a person counts them in an editor: the csv crate's own
//! count lags by one on `\r\n` files (rust-csv#395) and never advances on `\r`-only files,
//! which is what spreadsheets on other systems save. Below: the readers of whole input
//! files, bytes to checked values without a database (the fuzz targets drive them).

pub mod published;
pub mod register_csv;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Read};
use std::rc::Rc;

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

    #[test]
    fn every_ending_counts_once() {
        assert_eq!(lines_of(b"a\nb\nc\n"), vec![1, 2, 3]);
        assert_eq!(lines_of(b"a\r\nb\r\nc\r\n"), vec![1, 2, 3]);
        assert_eq!(lines_of(b"a\rb\rc"), vec![1, 2, 3]);
        assert_eq!(lines_of(b"a\r\n\r\nc"), vec![1, 2, 3]);
    }
}
