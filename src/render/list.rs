//! Lists of cases, streamed one case at a time, each with its deadlines as of a date: a
//! table for people, CSV and JSON (the one case shape) for programs.

use super::case::case_json;
use super::{Format, csv_writer, table};
use crate::domain::case::CaseRecord;
use crate::domain::deadlines::Timing;
use crate::error::Result;
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
    Table(comfy_table::Table, &'a mut W),
    Csv(csv::Writer<&'a mut W>),
    Json { out: &'a mut W, first: bool },
}

impl<'a, W: Write> ListWriter<'a, W> {
    pub fn new(format: Format, out: &'a mut W) -> Result<Self> {
        Ok(match format {
            Format::Table => ListWriter::Table(table(LIST_HEADER), out),
            Format::Csv => {
                let mut w = csv_writer(out);
                w.write_record(LIST_HEADER)?;
                ListWriter::Csv(w)
            }
            Format::Json => {
                out.write_all(b"[")?;
                ListWriter::Json { out, first: true }
            }
        })
    }

    pub fn push(&mut self, c: &CaseRecord, t: &Timing) -> Result<()> {
        match self {
            ListWriter::Table(table, _) => {
                table.add_row(list_cells(c, t));
            }
            ListWriter::Csv(w) => w.write_record(list_cells(c, t))?,
            ListWriter::Json { out, first } => {
                out.write_all(if *first { b"\n  " } else { b",\n  " })?;
                *first = false;
                serde_json::to_writer(&mut **out, &case_json(c, t))?;
            }
        }
        Ok(())
    }

    pub fn finish(self) -> Result<()> {
        match self {
            ListWriter::Table(t, out) => writeln!(out, "{t}")?,
            ListWriter::Csv(mut w) => w.flush()?,
            ListWriter::Json { out, first } => {
                out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
            }
        }
        Ok(())
    }
}
