//! Asking the person at a terminal: only when both standard input and standard error are
//! terminals (a script, a pipe or a test never waits on a question).

use std::io::{BufRead, IsTerminal, Write};

/// Whether a person can be asked: standard input and standard error are terminals.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks `question` on standard error and reads a line; `None` at the end of input.
pub fn ask(question: &str) -> std::io::Result<Option<String>> {
    let mut err = std::io::stderr().lock();
    write!(err, "{question} ")?;
    err.flush()?;
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim().to_string()))
}

/// Asks a yes/no question (no unless answered yes: y, ya, yes).
pub fn confirm(question: &str) -> std::io::Result<bool> {
    Ok(ask(question)?
        .is_some_and(|a| matches!(a.to_lowercase().as_str(), "y" | "ya" | "yes" | "iya")))
}
