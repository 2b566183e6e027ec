//! `case show`'s history: each step's description, marked when a later step took it
//! back, and under the table the steps it could not show whole.

use super::{EventRecord, Table, describe, sheet, t};
use std::io::{self, Write};

/// An event's description in the history: what happened, marked when a later step
/// took it back.
pub(super) fn what_of(e: &EventRecord) -> String {
    let what = describe(e);
    match e.reverted_by {
        Some(by) => format!("[{}] {what}", t!("timeline-reverted-by", by = by)),
        None => what,
    }
}

/// Under the history table, the steps whose description or note it could not show
/// whole (a narrow terminal), in full and wrapped at words: an undo's reason and a
/// clerk's note are read, not guessed from "…".
pub(super) fn history_in_full(
    out: &mut impl Write,
    tl: &Table,
    events: &[EventRecord],
) -> io::Result<()> {
    let width = super::table::width();
    let hidden = tl.hidden_at(width);
    let mut lines = Vec::new();
    for (row, e) in events.iter().enumerate() {
        let note = e.note.as_deref().filter(|n| !n.is_empty());
        if !(hidden(row, 2) || note.is_some() && hidden(row, 6)) {
            continue;
        }
        lines.push((format!("#{}", e.seq), what_of(e)));
        if let Some(note) = note {
            lines.push((String::new(), format!("{}: {note}", t!("timeline-note"))));
        }
    }
    if lines.is_empty() {
        return Ok(());
    }
    write!(out, "{}", sheet(&lines, width))
}
