//! The commission's calendar of non-working days as data: a day and where it comes from,
//! the calendar CSV's rows, and the replay of the calendar's history. Pure; the working-day
//! arithmetic on these days is in [`super::workdays`].

use super::Date;
use super::error::{DomainError, TextField};
use super::vocab::{CalendarChange, DayKind};
use crate::domain::row::columns::columns;
use crate::domain::row::fault::{Faults, Kind, OwnFault, RowFault};
use std::collections::BTreeMap;

columns! {
    /// A row of the calendar CSV as read, every cell as written: the shipped data
    /// file's form, `calendar list --format csv`'s and `calendar import`'s.
    RawDay {
        date, kind, name_id, name_en, source,
    }
}

/// A non-working day: why, its name in Indonesian and English, and the decree (or whoever)
/// that made it one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarDay {
    pub date: Date,
    pub kind: DayKind,
    pub name_id: String,
    pub name_en: String,
    pub source: String,
}

impl CalendarDay {
    /// A day from the command line's values, trimmed; each must say something.
    pub fn new(
        date: Date,
        kind: DayKind,
        name_id: &str,
        name_en: &str,
        source: &str,
    ) -> Result<CalendarDay, DomainError> {
        for (p, v) in [
            (TextField::DayName, name_id),
            (TextField::DayNameEn, name_en),
            (TextField::DaySource, source),
        ] {
            if v.trim().is_empty() {
                return Err(DomainError::Empty(p));
            }
            p.check(v.trim())?;
        }
        Ok(CalendarDay {
            date,
            kind,
            name_id: name_id.trim().to_string(),
            name_en: name_en.trim().to_string(),
            source: source.trim().to_string(),
        })
    }

    /// The cells of its calendar CSV row, in the order of [`COLUMNS`].
    pub fn cells(&self) -> [&str; 5] {
        [
            self.date.as_str(),
            self.kind.as_str(),
            &self.name_id,
            &self.name_en,
            &self.source,
        ]
    }
}

/// What is wrong with one cell of a calendar row.
pub type DayFault = RowFault<Repeated>;

/// The kinds of fault of a calendar row: the shared ones, and a date given twice.
pub type DayFaultKind = Kind<Repeated>;

/// The calendar CSV's own fault: the date is already on this line of the same file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeated {
    pub line: u64,
}

impl OwnFault for Repeated {
    fn rule(&self) -> &'static str {
        "repeated date"
    }
    fn message(&self, _: &'static str, _: &str) -> crate::domain::message::Msg {
        crate::domain::message::msg!("fault-day-repeated", line = self.line)
    }
}

impl DayFault {
    /// A date that an earlier line of the file already gave.
    pub fn repeated(date: Date, line: u64) -> DayFault {
        DayFault::new(COLUMNS[0], &date.to_string(), Kind::Own(Repeated { line }))
    }
}

/// Reads one calendar row; every fault is reported, not only the first. Any date is
/// accepted, past or future: holidays are decreed a year ahead.
pub fn parse_day(raw: &RawDay) -> Result<CalendarDay, Vec<DayFault>> {
    let mut faults = Faults::default();
    // A fault quotes the cell as written.
    let date = match raw.date.trim() {
        "" => {
            faults.add("date", raw.date, Kind::Missing);
            None
        }
        s => Date::parse(s)
            .map_err(|_| faults.add("date", raw.date, Kind::NotADate))
            .ok(),
    };
    let kind = match raw.kind.trim() {
        "" => {
            faults.add("kind", raw.kind, Kind::Missing);
            None
        }
        s => DayKind::parse(s)
            .map_err(|e| faults.add("kind", raw.kind, Kind::BadWord(e)))
            .ok(),
    };
    for (column, value, field) in [
        ("name_id", raw.name_id, TextField::DayName),
        ("name_en", raw.name_en, TextField::DayNameEn),
        ("source", raw.source, TextField::DaySource),
    ] {
        if value.trim().is_empty() {
            faults.add(column, value, Kind::Missing);
        } else {
            faults.text(column, value, field);
        }
    }
    match (date, kind) {
        (Some(date), Some(kind)) if faults.is_empty() => Ok(CalendarDay {
            date,
            kind,
            name_id: raw.name_id.trim().to_string(),
            name_en: raw.name_en.trim().to_string(),
            source: raw.source.trim().to_string(),
        }),
        _ => Err(faults.0),
    }
}

/// What an import does with `day`, given the calendar's `current` day of that date:
/// nothing when it is the same, else an `add` or an `update`.
pub fn change_for(current: Option<&CalendarDay>, day: &CalendarDay) -> Option<CalendarChange> {
    match current {
        None => Some(CalendarChange::Add),
        Some(c) if c == day => None,
        Some(_) => Some(CalendarChange::Update),
    }
}

/// One change of the calendar's history: for an `add` or `update` the new values, for a
/// `remove` the values removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayChange {
    pub act_id: i64,
    pub change: CalendarChange,
    pub day: CalendarDay,
    pub reason: Option<String>,
}

/// A change that does not follow from the calendar its history had led to so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayFault {
    pub act_id: i64,
    pub date: Date,
    pub change: CalendarChange,
    pub why: ReplayFaultKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplayFaultKind {
    /// An `add` of a day the calendar already had.
    AlreadyThere,
    /// An `update` or `remove` of a day the calendar did not have.
    NotThere,
    /// A `remove` whose values are not the day's.
    OtherValues,
}

/// The calendar the history leads to, changes taken in order, and every change that did
/// not follow from the calendar before it (applied all the same, so that one fault does
/// not hide the rest).
pub fn replay(
    changes: impl IntoIterator<Item = DayChange>,
) -> (BTreeMap<Date, CalendarDay>, Vec<ReplayFault>) {
    replay_as(
        changes
            .into_iter()
            .map(|c| (c.act_id, c.day.date, c.change, c.day)),
    )
}

/// [`replay`], each day's values held as `V` (all of a day, or a digest of them: `verify`
/// holds a digest, so that a calendar of a million days is replayed in little memory).
/// Each change is its act, its date, what it does, and the day's values.
pub fn replay_as<V: PartialEq>(
    changes: impl IntoIterator<Item = (i64, Date, CalendarChange, V)>,
) -> (BTreeMap<Date, V>, Vec<ReplayFault>) {
    let mut days = BTreeMap::new();
    let mut faults = Vec::new();
    for (act_id, date, change, day) in changes {
        let why = match (change, days.get(&date)) {
            (CalendarChange::Add, Some(_)) => Some(ReplayFaultKind::AlreadyThere),
            (CalendarChange::Update | CalendarChange::Remove, None) => {
                Some(ReplayFaultKind::NotThere)
            }
            (CalendarChange::Remove, Some(d)) if *d != day => Some(ReplayFaultKind::OtherValues),
            _ => None,
        };
        if let Some(why) = why {
            faults.push(ReplayFault {
                act_id,
                date,
                change,
                why,
            });
        }
        match change {
            CalendarChange::Add | CalendarChange::Update => {
                days.insert(date, day);
            }
            CalendarChange::Remove => {
                days.remove(&date);
            }
        }
    }
    (days, faults)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn day(date: &str, name: &str) -> CalendarDay {
        CalendarDay::new(d(date), DayKind::PublicHoliday, name, name, "SKB").unwrap()
    }

    #[test]
    fn a_row_reads_in_either_spelling_of_date_and_kind() {
        let got = parse_day(&RawDay::from_cells(&[
            "17/08/2025",
            "public-holiday",
            " Hari Kemerdekaan ",
            "Independence Day",
            "SKB 2024",
        ]))
        .unwrap();
        assert_eq!(got.date, d("2025-08-17"));
        assert_eq!(got.kind, DayKind::PublicHoliday);
        assert_eq!(got.name_id, "Hari Kemerdekaan");
        assert_eq!(
            got.cells(),
            [
                "2025-08-17",
                "public_holiday",
                "Hari Kemerdekaan",
                "Independence Day",
                "SKB 2024"
            ]
        );
    }

    #[test]
    fn every_fault_of_a_row_is_reported() {
        let faults = parse_day(&RawDay::from_cells(&[
            "2025-02-30",
            "holiday",
            "",
            " ",
            "x",
        ]))
        .unwrap_err();
        let got: Vec<(&str, &str)> = faults
            .iter()
            .map(|f| (f.column, f.value.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("date", "2025-02-30"),
                ("kind", "holiday"),
                ("name_id", ""),
                ("name_en", " ")
            ]
        );
        assert_eq!(faults[0].kind, DayFaultKind::NotADate);
        assert!(matches!(faults[1].kind, DayFaultKind::BadWord(_)));
        assert_eq!(faults[2].kind, DayFaultKind::Missing);
        let faults = parse_day(&RawDay::from_cells(&["", "", "a", "b", ""])).unwrap_err();
        assert_eq!(faults.len(), 3);
        assert!(faults.iter().all(|f| f.kind == DayFaultKind::Missing));
    }

    #[test]
    fn a_new_day_needs_its_names_and_source() {
        let date = d("2026-12-24");
        let k = DayKind::OfficeClosure;
        assert_eq!(
            CalendarDay::new(date, k, " ", "x", "y"),
            Err(DomainError::Empty(TextField::DayName))
        );
        assert_eq!(
            CalendarDay::new(date, k, "x", "", "y"),
            Err(DomainError::Empty(TextField::DayNameEn))
        );
        assert_eq!(
            CalendarDay::new(date, k, "x", "y", "\t"),
            Err(DomainError::Empty(TextField::DaySource))
        );
    }

    #[test]
    fn an_import_adds_updates_or_leaves_alone() {
        let old = day("2025-01-01", "Tahun Baru");
        assert_eq!(change_for(None, &old), Some(CalendarChange::Add));
        assert_eq!(change_for(Some(&old), &old.clone()), None);
        let renamed = day("2025-01-01", "Tahun Baru 2025 Masehi");
        assert_eq!(
            change_for(Some(&old), &renamed),
            Some(CalendarChange::Update)
        );
        let closure = CalendarDay {
            kind: DayKind::OfficeClosure,
            ..old.clone()
        };
        assert_eq!(
            change_for(Some(&old), &closure),
            Some(CalendarChange::Update)
        );
    }

    fn change(act_id: i64, change: CalendarChange, day: &CalendarDay) -> DayChange {
        DayChange {
            act_id,
            change,
            day: day.clone(),
            reason: (change == CalendarChange::Remove).then(|| "moved".into()),
        }
    }

    #[test]
    fn the_history_replays_to_the_calendar() {
        use CalendarChange::*;
        let (a, b, b2) = (
            day("2025-01-01", "A"),
            day("2025-01-02", "B"),
            day("2025-01-02", "B2"),
        );
        let (days, faults) = replay([
            change(1, Add, &a),
            change(1, Add, &b),
            change(2, Update, &b2),
            change(3, Remove, &a),
        ]);
        assert!(faults.is_empty(), "{faults:?}");
        assert_eq!(days.into_values().collect::<Vec<_>>(), [b2]);
    }

    #[test]
    fn a_history_that_does_not_follow_is_reported_change_by_change() {
        use CalendarChange::*;
        let (a, a2, b) = (
            day("2025-01-01", "A"),
            day("2025-01-01", "A2"),
            day("2025-01-02", "B"),
        );
        let (days, faults) = replay([
            change(1, Add, &a),
            change(2, Add, &a2),
            change(3, Update, &b),
            change(4, Remove, &a),
            change(5, Remove, &a),
        ]);
        let got: Vec<(i64, ReplayFaultKind)> = faults.iter().map(|f| (f.act_id, f.why)).collect();
        assert_eq!(
            got,
            [
                (2, ReplayFaultKind::AlreadyThere),
                (3, ReplayFaultKind::NotThere),
                (4, ReplayFaultKind::OtherValues),
                (5, ReplayFaultKind::NotThere),
            ]
        );
        assert_eq!(days.into_values().collect::<Vec<_>>(), [b]);
    }
}
