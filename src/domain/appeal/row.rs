//! One row of the appeals CSV: a case's service date and one level of its appeals (or the
//! service alone), and the steps an import records to reach it. Pure: the import reads a
//! row into a [`RawAppealRow`] and gets an [`AppealRow`] or every fault of the row.

use super::{Appeal, AppealStep};
use crate::domain::error::DomainError;
use crate::domain::row::columns::columns;
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
pub type Fault = crate::domain::row::fault::Fault<FaultKind>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FaultKind {
    /// The row has this many fields instead of [`COLUMNS`]'s.
    FieldCount(usize),
    Missing,
    NotADate,
    /// A date after today.
    Future {
        today: Date,
    },
    BadWord(DomainError),
    /// A cell given on a row without a level (a service only), where it belongs to one.
    WithoutLevel,
    /// A row with neither a service date nor a level.
    Empty,
    /// The decision's date and its outcome go together.
    DecisionHalf,
    /// The register or the procedure refuses the row.
    Refused(DomainError),
    /// The case and level (or the case's service alone) were already given on this line.
    Repeated {
        line: u64,
    },
}

impl Fault {
    /// A short, fixed name of the rule broken, to count faults by kind.
    pub fn rule(&self) -> &'static str {
        match &self.kind {
            FaultKind::FieldCount(_) => "field count",
            FaultKind::Missing => "missing value",
            FaultKind::NotADate => "not a date",
            FaultKind::Future { .. } => "future date",
            FaultKind::BadWord(_) => "bad value",
            FaultKind::WithoutLevel => "no level",
            FaultKind::Empty => "empty row",
            FaultKind::DecisionHalf => "half a decision",
            FaultKind::Refused(_) => "refused",
            FaultKind::Repeated { .. } => "repeated row",
        }
    }
}

/// The fault of a row with `n` fields.
pub fn field_count_fault(n: usize) -> Fault {
    Fault::new("register_no", "", FaultKind::FieldCount(n))
}

struct Faults(Vec<Fault>, Date);

impl Faults {
    fn add(&mut self, column: &'static str, value: &str, kind: FaultKind) {
        self.0.push(Fault::new(column, value, kind));
    }

    /// An optional date, not after today.
    fn date(&mut self, column: &'static str, v: &str) -> Option<Date> {
        let v = v.trim();
        if v.is_empty() {
            return None;
        }
        match Date::parse(v) {
            Ok(d) if d > self.1 => {
                self.add(column, v, FaultKind::Future { today: self.1 });
                None
            }
            Ok(d) => Some(d),
            Err(_) => {
                self.add(column, v, FaultKind::NotADate);
                None
            }
        }
    }

    /// An optional word of a vocabulary.
    fn word<T>(
        &mut self,
        column: &'static str,
        v: &str,
        parse: fn(&str) -> Result<T, DomainError>,
    ) -> Option<T> {
        let v = v.trim();
        if v.is_empty() {
            return None;
        }
        parse(v)
            .map_err(|e| self.add(column, v, FaultKind::BadWord(e)))
            .ok()
    }
}

/// Reads a row (as of `today`): what it describes, or every fault found in it.
pub fn parse_row(raw: &RawAppealRow, today: Date) -> Result<AppealRow, Vec<Fault>> {
    let mut f = Faults(Vec::new(), today);
    let register_no = raw.register_no.trim();
    if register_no.is_empty() {
        f.add("register_no", "", FaultKind::Missing);
    }
    let served_on = f.date("served_on", raw.served_on);
    let level = f.word("level", raw.level, Level::parse);
    let court = f.word("court", raw.court, Court::parse);
    let by = f.word("by", raw.by, Party::parse);
    let filed_on = f.date("filed_on", raw.filed_on);
    let decided_on = f.date("decided_on", raw.decided_on);
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
                f.add(column, v.trim(), FaultKind::WithoutLevel);
            }
        }
        if raw.served_on.trim().is_empty() {
            f.add("served_on", "", FaultKind::Empty);
        }
    } else {
        for (column, v) in [
            ("court", raw.court),
            ("by", raw.by),
            ("filed_on", raw.filed_on),
        ] {
            if v.trim().is_empty() {
                f.add(column, "", FaultKind::Missing);
            }
        }
        if raw.decided_on.trim().is_empty() != raw.outcome.trim().is_empty() {
            let (column, v) = if raw.outcome.trim().is_empty() {
                ("outcome", raw.outcome)
            } else {
                ("decided_on", raw.decided_on)
            };
            f.add(column, v.trim(), FaultKind::DecisionHalf);
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

    /// The column a refusal of this row is about.
    pub fn blame(&self, e: &DomainError) -> &'static str {
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

    fn raw<'a>(c: [&'a str; 9]) -> RawAppealRow<'a> {
        RawAppealRow {
            register_no: c[0],
            served_on: c[1],
            level: c[2],
            court: c[3],
            by: c[4],
            filed_on: c[5],
            court_no: c[6],
            decided_on: c[7],
            outcome: c[8],
        }
    }

    #[test]
    fn a_row_reads_back_what_cells_wrote() {
        let today = d("2026-11-29");
        let row = parse_row(
            &raw([
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
            &raw(["001/I/X/2026", "2026-02-02", "", "", "", "", "", "", ""]),
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
            &raw([
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
        let faults = parse_row(&raw(["n", "", "", "pn", "", "", "", "", ""]), today).unwrap_err();
        let got: Vec<(&str, &str)> = faults.iter().map(|f| (f.column, f.rule())).collect();
        assert_eq!(got, vec![("court", "no level"), ("served_on", "empty row")]);
    }
}
