//! Standard output and standard error with every write checked and flushed: a failed
//! write is an error of its own kind ([`Kind::Io`], exit 74), never a panic as
//! `println!` and `eprintln!` have it (clippy's `print_stdout` and `print_stderr` lints
//! keep those out of the crate). What they print never carries a control character raw
//! (`domain::text::escaped_lines`): a register number or a file name with an ESC in it
//! shows as `\u{1b}`.
//!
//! [`Kind::Io`]: crate::error::Kind::Io

use crate::domain::text::escaped_lines;
use crate::error::Result;
use std::fmt;
use std::io::Write;

/// Writes `args` to standard output and flushes it.
pub fn to_stdout(args: fmt::Arguments) -> Result<()> {
    let text = escaped_lines(&args.to_string());
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Writes `args` to standard error (unbuffered).
pub fn to_stderr(args: fmt::Arguments) -> Result<()> {
    let text = escaped_lines(&args.to_string());
    let mut err = std::io::stderr().lock();
    err.write_all(text.as_bytes())?;
    err.flush()?;
    Ok(())
}

/// `println!`, checked: `outln!("{x}")?`.
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::out::to_stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!`, checked: `errln!("{x}")?`.
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::out::to_stderr(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprint!`, checked: `errout!("{x}")?`.
#[macro_export]
macro_rules! errout {
    ($($arg:tt)*) => {
        $crate::out::to_stderr(format_args!($($arg)*))
    };
}
