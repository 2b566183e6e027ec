//! Lists of cases, streamed one case at a time, each with its deadlines as of a date: a
//! table for people, CSV and JSON (the one case shape) for programs.

use super::json::CaseJson;
use super::table::Fit;
use super::{CsvOut, Dialect, Format, Table, table};
use crate::domain::Date;
use crate::domain::case::CaseRecord;
use crate::domain::deadlines::Deadline;
use crate::domain::deadlines::{Due, FINISH_WITHIN, START_WITHIN, Timing};
use crate::error::Result;
use crate::t;
use std::io::Write;

/// The columns of `case list --format csv`.
pub const LIST_HEADER: &[&str] = &[
    "register_no",
    "received_on",
    "state",
    "applicant",
    "applicant_kind",
    "public_body",
    "subject",
    "start_by",
    "finish_by",
    "working_days_open",
    "overdue",
];

/// The table's columns: human headers in the run's language, and how each gives way on
/// a narrow terminal. What gives way first: the applicant's kind, the working days open,
/// the two deadlines, the subject, the received date; then the register number shortens
/// to the case's short reference (`2026/5`, which every command takes) and last the state
/// goes, so that names and bodies keep 18 columns each before they are cut. With `due`
/// (a list sorted or filtered by what is due), the nearest deadline is a column of its
/// own that never goes: a list must show what it is sorted by.
fn table_of(due: bool) -> Table {
    let mut headers = vec![
        t!("list-register-no"),
        t!("list-received"),
        t!("list-state"),
        t!("list-applicant"),
        t!("list-kind"),
        t!("list-body"),
        t!("list-subject"),
        t!("list-start-by"),
        t!("list-finish-by"),
        t!("list-days-open"),
        t!("list-overdue"),
    ];
    let mut fits = vec![
        Fit::Keep,
        Fit::Drop(6),
        Fit::Drop(8),
        Fit::Cut(18),
        Fit::Drop(1),
        Fit::Cut(18),
        Fit::Drop(5),
        Fit::Drop(3),
        Fit::Drop(4),
        Fit::Drop(2),
        Fit::Keep,
    ];
    if due {
        headers.insert(DUE_AT, t!("list-due"));
        fits.insert(DUE_AT, Fit::Keep);
    }
    let mut t = table(&headers);
    for (i, fit) in fits.into_iter().enumerate() {
        t.fit(i, fit);
    }
    t.short_form(0, 7, &t!("list-ref"));
    let at = |i: usize| if due && i >= DUE_AT { i + 1 } else { i };
    // A date shortens ("Sen 20 Nov") just before its column would go, the nearest
    // deadline with the register number; the overdue words lose their days last, rather
    // than be cut: first where a case is late on several deadlines, then everywhere.
    for (i, rank) in [(1, 5), (7, 2), (8, 3)] {
        t.dates(at(i), rank);
    }
    if due {
        t.dates(DUE_AT, 7);
    }
    let header = t!("list-overdue");
    t.short_form(at(OVERDUE), 5, &header)
        .short_form(at(OVERDUE), 9, &header);
    t.right(at(9));
    t
}

/// Where the overdue deadlines stand in the table (before the nearest deadline is put in).
const OVERDUE: usize = 10;

/// Where the nearest deadline stands in a list that shows it: after the state.
const DUE_AT: usize = 3;

/// A case as a table's row: labels in the run's language; with `due`, the nearest
/// deadline still to meet.
fn table_cells(c: &CaseRecord, t: &Timing, due: bool) -> Vec<String> {
    let lang = crate::i18n::lang();
    let mut cells = vec![
        c.register_no.clone(),
        super::human::date_short(c.facts.received_on),
        c.state.label(lang).to_string(),
        c.applicant.clone(),
        c.applicant_kind.label(lang).to_string(),
        c.body.clone(),
        c.subject.clone(),
        due_shown(t.start_by, super::human::date_short),
        due_shown(t.finish_by, super::human::date_short),
        t.working_days_open.to_string(),
        overdue_words(t).full,
    ];
    if due {
        cells.insert(
            DUE_AT,
            t.next_due()
                .map(super::human::date_short)
                .unwrap_or_default(),
        );
    }
    cells
}

/// A deadline's day as `date` writes it, after ">" when it falls beyond the calendar
/// (the calendar's last day shown).
fn due_shown(d: Due, date: fn(Date) -> String) -> String {
    if d.beyond() {
        format!(">{}", date(d.date()))
    } else {
        date(d.date())
    }
}

/// The deadlines a case is overdue on, as a table reads them, in three lengths; all
/// empty when none is overdue.
pub struct OverdueWords {
    /// "terlambat mulai (14 HK)", "terlambat mulai (14 HK), selesai (100 HK)".
    pub full: String,
    /// Without the days where the case is late on several deadlines ("terlambat mulai,
    /// selesai"), else empty: the full words.
    pub several: String,
    /// Without the days: "terlambat mulai".
    pub shorter: String,
}

/// The words a narrow table takes rather than cut them (see [`OverdueWords`]).
pub fn overdue_words(t: &Timing) -> OverdueWords {
    let full: Vec<String> = t
        .overdue()
        .into_iter()
        .map(|w| match w {
            Deadline::Start => t!("deadline-start-days", days = START_WITHIN),
            Deadline::Finish => t!("deadline-finish-days", days = FINISH_WITHIN),
            w => crate::render::intake::deadline_label(w),
        })
        .collect();
    if full.is_empty() {
        return OverdueWords {
            full: String::new(),
            several: String::new(),
            shorter: String::new(),
        };
    }
    // The days stand in brackets at the end of each label, in both languages.
    let short: Vec<&str> = full
        .iter()
        .map(|l| l.split(" (").next().unwrap_or(l))
        .collect();
    let shorter = t!("overdue-cell", deadlines = short.join(", "));
    OverdueWords {
        full: t!("overdue-cell", deadlines = full.join(", ")),
        several: if full.len() > 1 {
            shorter.clone()
        } else {
            String::new()
        },
        shorter,
    }
}

/// The overdue deadlines as one cell: `start`, `finish`, `start;finish` or empty.
fn overdue_cell(t: &Timing) -> String {
    t.overdue()
        .iter()
        .map(|w| w.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

fn list_cells(c: &CaseRecord, t: &Timing) -> [String; 11] {
    [
        c.register_no.clone(),
        c.facts.received_on.to_string(),
        // A void entry reads void in a list (its lifecycle state is in its JSON).
        if c.void.is_some() {
            "void".to_string()
        } else {
            c.state.to_string()
        },
        c.applicant.clone(),
        c.applicant_kind.to_string(),
        c.body.clone(),
        c.subject.clone(),
        t.start_by.to_string(),
        t.finish_by.to_string(),
        t.working_days_open.to_string(),
        // A void entry has no deadline to be overdue on.
        if c.void.is_some() {
            String::new()
        } else {
            overdue_cell(t)
        },
    ]
}

/// A list being printed, one case at a time.
pub enum ListWriter<'a, W: Write> {
    /// The table, whether it shows the nearest deadline, and where it goes.
    Table(super::Table, bool, &'a mut W),
    Csv(Box<CsvOut<&'a mut W>>),
    Json {
        out: &'a mut W,
        first: bool,
    },
}

impl<'a, W: Write> ListWriter<'a, W> {
    pub fn new(format: Format, dialect: Dialect, out: &'a mut W) -> Result<Self> {
        Ok(match format {
            Format::Table => ListWriter::Table(table_of(false), false, out),
            Format::Csv => {
                let mut w = CsvOut::new(out, dialect)?;
                w.row(LIST_HEADER)?;
                ListWriter::Csv(Box::new(w))
            }
            Format::Json => {
                out.write_all(b"[")?;
                ListWriter::Json { out, first: true }
            }
        })
    }

    /// Shows the nearest deadline still to meet in a column of its own (a table only),
    /// for a list sorted or filtered by it.
    pub fn showing_due(mut self, due: bool) -> Self {
        if let ListWriter::Table(t, d, _) = &mut self {
            *t = table_of(due);
            *d = due;
        }
        self
    }

    pub fn push(&mut self, c: &CaseRecord, t: &Timing) -> Result<()> {
        match self {
            ListWriter::Table(table, due, _) => {
                table.add_row(table_cells(c, t, *due));
                table.short_cell(0, &format!("{}/{}", c.year, c.serial));
                let at = |i: usize| if *due && i >= DUE_AT { i + 1 } else { i };
                table
                    .short_date(at(1), c.facts.received_on)
                    .short_cell(at(7), &due_shown(t.start_by, super::human::date_shorter))
                    .short_cell(at(8), &due_shown(t.finish_by, super::human::date_shorter))
                    .shorter_cell(at(OVERDUE), 1, &overdue_words(t).several)
                    .shorter_cell(at(OVERDUE), 2, &overdue_words(t).shorter);
                if let (true, Some(d)) = (*due, t.next_due()) {
                    table.short_date(DUE_AT, d);
                }
            }
            ListWriter::Csv(w) => w.row(list_cells(c, t))?,
            ListWriter::Json { out, first } => {
                out.write_all(if *first { b"\n  " } else { b",\n  " })?;
                *first = false;
                crate::render::safe_json::to_writer(&mut **out, &CaseJson::of(c, t))?;
            }
        }
        Ok(())
    }

    pub fn finish(self) -> Result<()> {
        match self {
            ListWriter::Table(t, _, out) if t.is_empty() => writeln!(out, "{}", t!("list-none"))?,
            ListWriter::Table(t, _, out) => writeln!(out, "{t}")?,
            ListWriter::Csv(mut w) => w.flush()?,
            ListWriter::Json { out, first } => {
                out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
            }
        }
        Ok(())
    }
}
