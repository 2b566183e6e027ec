//! Errors as the user meets them: a kind that picks the exit code, a message, and an
//! optional hint on what to do next.

use std::fmt;

/// What kind of failure, and so which exit code (documented in README.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A check ran and found differences (exit 1).
    Differences,
    /// The command line itself is wrong (exit 2).
    Usage,
    /// Invalid input or a refused transition (exit 3).
    Invalid,
    /// No such case (exit 4).
    NotFound,
    /// The register file is missing, locked, unreadable or too new, or damaged (exit 5).
    Unavailable,
    /// Reading or writing a stream or a file failed: a full disk, a closed output, a
    /// device error (exit 74, EX_IOERR of sysexits.h). Not the input's fault (3) and not
    /// a bug (70). A reader of the output that goes away is success, not this.
    Io,
    /// The reader of the output went away (`sengketa export | head`): the run ends
    /// quietly and successfully (exit 0), having written all that was read.
    BrokenPipe,
    /// A bug or an unexpected system failure (exit 70).
    Internal,
}

impl Kind {
    pub fn exit_code(self) -> i32 {
        match self {
            Kind::Differences => 1,
            Kind::Usage => 2,
            Kind::Invalid => 3,
            Kind::NotFound => 4,
            Kind::Unavailable => 5,
            Kind::Io => 74,
            Kind::BrokenPipe => 0,
            Kind::Internal => 70,
        }
    }
}

#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
        }
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(Kind::Invalid, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(Kind::Unavailable, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(Kind::Internal, message)
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

// Domain and storage errors become words in `commands::messages` (one place, for the
// catalogue of messages).

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            // Never printed: `main` ends quietly on this kind.
            return Error::new(Kind::BrokenPipe, "output closed (broken pipe)");
        }
        Error::new(Kind::Io, crate::t!("io-failed", why = e.to_string()))
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        // What the CSV writer meets is the output failing (a full disk); the readers word
        // their own errors (`input::csv_error`).
        if !e.is_io_error() {
            return Error::invalid(format!("CSV: {e}"));
        }
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Error::from(io),
            _ => unreachable!("an I/O error"),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.is_io() {
            return Error::from(std::io::Error::from(e));
        }
        Error::internal(format!("JSON: {e}"))
    }
}

/// How an error's label looks on a colour terminal: red, bold.
const ERROR_STYLE: anstyle::Style = anstyle::AnsiColor::Red.on_default().bold();
/// How a hint's label looks on a colour terminal: yellow, bold.
const HINT_STYLE: anstyle::Style = anstyle::AnsiColor::Yellow.on_default().bold();

/// `label: text` with the label styled (the style's escapes are taken off again where
/// stderr shows no colour).
fn labelled(style: anstyle::Style, label: &str, text: &str) -> String {
    format!("{style}{label}{style:#}: {text}\n")
}

/// An error's lines, `galat: ...` and the hint's `saran: ...`, the labels styled: the
/// message and the hint are made safe to print first (a value they quote never reaches
/// the terminal raw), so the only escapes are the labels' own.
pub fn styled(message: &str, hint: Option<&str>) -> String {
    use crate::domain::text::escaped_lines;
    let mut text = labelled(
        ERROR_STYLE,
        &crate::t!("error-prefix"),
        &escaped_lines(message),
    );
    if let Some(hint) = hint {
        text += &labelled(HINT_STYLE, &crate::t!("hint-prefix"), &escaped_lines(hint));
    }
    text
}

/// Writes text with styled labels to stderr. The labels stand out (red "galat", yellow
/// "saran") only where stderr is a terminal that shows colour: `anstream` writes them
/// plain under `NO_COLOR`, with `TERM=dumb`, into a pipe or a file (and in colour under
/// `CLICOLOR_FORCE`); on Windows it speaks the console's own colours where needed.
pub fn write_styled(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut err = anstream::stderr().lock();
    err.write_all(text.as_bytes())?;
    err.flush()
}

/// Prints an error and its hint on stderr, the labels in colour on a colour terminal.
pub fn print(e: &Error) -> std::io::Result<()> {
    write_styled(&styled(&e.message, e.hint.as_deref()))
}

/// True when the error is a closed pipe on output (`sengketa export | head`): success.
pub fn is_broken_pipe(e: &Error) -> bool {
    e.kind == Kind::BrokenPipe
}

static COMMITTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Notes that this run recorded a step in the register (a transaction of a writing
/// command committed). From then on the run reports success by its exit code whatever
/// happens to its output: a script that retried on a failed output would record the
/// step twice (`case add ... > /dev/full` duplicated cases).
pub fn note_committed() {
    COMMITTED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Forgets the steps recorded so far: for a run whose register is thrown away (`demo`).
pub fn forget_committed() {
    COMMITTED.store(false, std::sync::atomic::Ordering::Relaxed);
}

/// Whether this run recorded a step in the register.
pub fn committed() -> bool {
    COMMITTED.load(std::sync::atomic::Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_the_documented_ones() {
        assert_eq!(Kind::Differences.exit_code(), 1);
        assert_eq!(Kind::Usage.exit_code(), 2);
        assert_eq!(Kind::Invalid.exit_code(), 3);
        assert_eq!(Kind::NotFound.exit_code(), 4);
        assert_eq!(Kind::Unavailable.exit_code(), 5);
        assert_eq!(Kind::Io.exit_code(), 74);
        assert_eq!(Kind::Internal.exit_code(), 70);
        assert_eq!(Kind::BrokenPipe.exit_code(), 0);
    }

    #[test]
    fn a_broken_pipe_is_known_by_its_kind_not_its_words() {
        let pipe = || std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        assert!(is_broken_pipe(&Error::from(pipe())));
        let through_csv = csv::Error::from(pipe());
        assert!(is_broken_pipe(&Error::from(through_csv)));
        let through_json = serde_json::Error::io(pipe());
        assert!(is_broken_pipe(&Error::from(through_json)));
        let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert!(!is_broken_pipe(&Error::from(full)));
        let same_words = Error::new(Kind::Io, Error::from(pipe()).message);
        assert!(!is_broken_pipe(&same_words));
    }
}
