//! One row of the appeals CSV: a case's service date and one level of its appeals (or the
//! service alone), and the steps an import records to reach it. Pure: the import reads a
//! row into a [`RawAppealRow`] and gets an [`AppealRow`] or every fault of the row.

use super::{Appeal, AppealStep};
use crate::domain::error::DomainError;
use crate::domain::row::columns::columns;
use crate::domain::row::fault::{Faults, Kind, OwnFault, RowFault};
use crate::domain::{Court, CourtOutcome, Date, Level, Party};

columns! {
    /// A row of the appeals CSV as read, every cell as written.
    RawAppealRow {
        register_no, served_on, level, court, by, filed_on, court_no, decided_on, outcome,
    }
}

/// A valid row: the case's service date (if any), and one appeal (none: the service only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppealRow {
    pub register_no: String,
    pub served_on: Option<Date>,
    pub appeal: Option<Appeal>,
}

/// What is wrong with one cell of a row (or with the row, named by the column blamed).
pub type Fault = RowFault<AppealFault>;

/// The appeals CSV's own kinds of fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppealFault {
    /// A cell given on a row without a level (a service only), where it belongs to one.
    WithoutLevel,
    /// A row with neither a service date nor a level.
    Empty,
    /// The decision's date and its outcome go together.
    DecisionHalf,
    /// The case and level (or the case's service alone) were already given on this line.
    Repeated { line: u64 },
}

impl OwnFault for AppealFault {
    fn rule(&self) -> &'static str {
        match self {
            AppealFault::WithoutLevel => "no level",
            AppealFault::Empty => "empty row",
            AppealFault::DecisionHalf => "half a decision",
            AppealFault::Repeated { .. } => "repeated row",
        }
    }
    fn message(&self, column: &'static str, value: &str) -> crate::domain::message::Msg {
        use crate::domain::message::msg;
        match self {
            AppealFault::WithoutLevel => msg!("appeal-fault-without-level", column = column),
            AppealFault::Empty => msg!("appeal-fault-empty"),
            AppealFault::DecisionHalf => msg!("appeal-fault-half-decision"),
            AppealFault::Repeated { line } if column == "level" => {
                msg!("appeal-fault-repeated-level", level = value, line = *line)
            }
            AppealFault::Repeated { line } => {
                msg!("appeal-fault-repeated-service", line = *line)
            }
        }
    }
}

/// Reads a row (as of `today`): what it describes, or every fault found in it.
pub fn parse_row(raw: &RawAppealRow, today: Date) -> Result<AppealRow, Vec<Fault>> {
    let mut f = Faults::default();
    let register_no = raw.register_no.trim();
    if register_no.is_empty() {
        f.add("register_no", "", Kind::Missing);
    }
    let today = Some(today);
    let served_on = f.date("served_on", raw.served_on, today);
    let level = f.word("level", raw.level, Level::parse);
    let court = f.word("court", raw.court, Court::parse);
    let by = f.word("by", raw.by, Party::parse);
    let filed_on = f.date("filed_on", raw.filed_on, today);
    let decided_on = f.date("decided_on", raw.decided_on, today);
    let outcome = f.word("outcome", raw.outcome, CourtOutcome::parse);
    let court_no = Some(raw.court_no.trim().to_string()).filter(|n| !n.is_empty());
    let has_level = !raw.level.trim().is_empty();
    if !has_level {
        for (column, v) in [
            ("court", raw.court),
            ("by", raw.by),
            ("filed_on", raw.filed_on),
            ("court_no", raw.court_no),
            ("decided_on", raw.decided_on),
            ("outcome", raw.outcome),
        ] {
            if !v.trim().is_empty() {
                f.own(column, v.trim(), AppealFault::WithoutLevel);
            }
        }
        if raw.served_on.trim().is_empty() {
            f.own("served_on", "", AppealFault::Empty);
        }
    } else {
        for (column, v) in [
            ("court", raw.court),
            ("by", raw.by),
            ("filed_on", raw.filed_on),
        ] {
            if v.trim().is_empty() {
                f.add(column, "", Kind::Missing);
            }
        }
        if raw.decided_on.trim().is_empty() != raw.outcome.trim().is_empty() {
            let (column, v) = if raw.outcome.trim().is_empty() {
                ("outcome", raw.outcome)
            } else {
                ("decided_on", raw.decided_on)
            };
            f.own(column, v.trim(), AppealFault::DecisionHalf);
        }
    }
    if !f.0.is_empty() {
        return Err(f.0);
    }
    let appeal = match (level, court, by, filed_on) {
        (Some(level), Some(court), Some(by), Some(filed_on)) => Some(Appeal {
            level,
            court,
            by,
            filed_on,
            court_no,
            decided: decided_on
                .zip(outcome)
                .map(|(on, outcome)| super::CourtDecision { on, outcome }),
        }),
        _ => None,
    };
    Ok(AppealRow {
        register_no: register_no.to_string(),
        served_on,
        appeal,
    })
}

impl AppealRow {
    /// The steps that lead to this row's appeal, each with its date: the filing (with the
    /// court's number), then the court's decision if there is one. (The service is the
    /// importer's to record, once per case.)
    pub fn steps(&self) -> Vec<(AppealStep, Date)> {
        let Some(a) = &self.appeal else {
            return vec![];
        };
        let mut steps = vec![(
            AppealStep::File {
                level: a.level,
                court: a.court,
                by: a.by,
                court_no: a.court_no.clone(),
            },
            a.filed_on,
        )];
        if let Some(d) = a.decided {
            steps.push((
                AppealStep::Decide {
                    level: a.level,
                    outcome: d.outcome,
                    court_no: None,
                },
                d.on,
            ));
        }
        steps
    }
}

impl crate::domain::row::Blamed for AppealRow {
    fn blame(&self, e: &DomainError) -> &'static str {
        match e {
            DomainError::AlreadyServed { .. } => "served_on",
            DomainError::AppealDateOrder { what, .. } => match what {
                crate::domain::EventKind::Serve => "served_on",
                crate::domain::EventKind::AppealDecide => "decided_on",
                _ => "filed_on",
            },
            DomainError::WrongCourt { .. } => "court",
            DomainError::NotAppealable { .. }
            | DomainError::AlreadyAppealed { .. }
            | DomainError::LevelOutOfOrder { .. }
            | DomainError::AppealsEnded { .. } => "level",
            _ => "register_no",
        }
    }
}

/// A case's service date and one of its appeals (none: the service only) as a row of
/// the appeals CSV, in [`COLUMNS`] order.
pub fn cells(register_no: &str, served_on: Option<Date>, a: Option<&Appeal>) -> [String; 9] {
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        register_no.to_string(),
        date(served_on),
        a.map(|a| a.level.as_str().to_string()).unwrap_or_default(),
        a.map(|a| a.court.as_str().to_string()).unwrap_or_default(),
        a.map(|a| a.by.as_str().to_string()).unwrap_or_default(),
        date(a.map(|a| a.filed_on)),
        a.and_then(|a| a.court_no.clone()).unwrap_or_default(),
        date(a.and_then(|a| a.decided.map(|d| d.on))),
        a.and_then(|a| a.decided.map(|d| d.outcome.as_str().to_string()))
            .unwrap_or_default(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_row_reads_back_what_cells_wrote() {
        let today = d("2026-11-29");
        let row = parse_row(
            &RawAppealRow::from_cells(&[
                "001/I/X/2026",
                "2026-02-02",
                "first-instance",
                "PTUN",
                "termohon",
                "2026-02-10",
                "12/G/KI/2026/PTUN.JBI",
                "2026-05-04",
                "dikuatkan",
            ]),
            today,
        )
        .unwrap();
        let a = row.appeal.as_ref().unwrap();
        assert_eq!(
            (a.level, a.court, a.by),
            (Level::FirstInstance, Court::Ptun, Party::Respondent)
        );
        let cells = cells(&row.register_no, row.served_on, Some(a));
        assert_eq!(
            cells.join(","),
            "001/I/X/2026,2026-02-02,first_instance,ptun,respondent,2026-02-10,12/G/KI/2026/PTUN.JBI,2026-05-04,upheld"
        );
        assert_eq!(row.steps().len(), 2);
        let served = parse_row(
            &RawAppealRow::from_cells(&["001/I/X/2026", "2026-02-02", "", "", "", "", "", "", ""]),
            today,
        )
        .unwrap();
        assert_eq!(
            (served.served_on, served.appeal),
            (Some(d("2026-02-02")), None)
        );
    }

    #[test]
    fn every_fault_of_a_row() {
        let today = d("2026-11-29");
        let faults = parse_row(
            &RawAppealRow::from_cells(&[
                "",
                "2027-01-01",
                "appeal",
                "",
                "",
                "x",
                "",
                "2026-05-04",
                "",
            ]),
            today,
        )
        .unwrap_err();
        let got: Vec<(&str, &str)> = faults.iter().map(|f| (f.column, f.rule())).collect();
        assert_eq!(
            got,
            vec![
                ("register_no", "missing value"),
                ("served_on", "future date"),
                ("level", "bad value"),
                ("filed_on", "not a date"),
                ("court", "missing value"),
                ("by", "missing value"),
                ("outcome", "half a decision"),
            ]
        );
        let faults = parse_row(
            &RawAppealRow::from_cells(&["n", "", "", "pn", "", "", "", "", ""]),
            today,
        )
        .unwrap_err();
        let got: Vec<(&str, &str)> = faults.iter().map(|f| (f.column, f.rule())).collect();
        assert_eq!(got, vec![("court", "no level"), ("served_on", "empty row")]);
    }
}
