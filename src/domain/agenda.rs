//! The clerk's agenda: the span of working days it covers, and what it holds for them —
//! the hearings, the deadlines falling in the span, the cases overdue (oldest first) and
//! the applicants who may lapse. Pure: the command gathers the cases, this decides.

use super::Date;
use super::case::CaseRecord;
use super::deadlines::{Deadline, Timing};
use super::hearing::{Hearing, may_lapse};
use super::workdays::Calendar;

/// A hearing as the agenda shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub case: CaseRecord,
    pub hearing: Hearing,
    /// How many times its history has changed it after its scheduling (postponements,
    /// cancellation, holding, and undos of them): the `SEQUENCE` of its calendar event,
    /// which only grows.
    pub changes: i64,
    /// Its place among its case's hearings that stand ("sidang ke-N"); none when
    /// cancelled.
    pub nth: Option<i64>,
    /// The register number of a case whose hearing clashes with it (the same room or a
    /// person of the same panel, at times that overlap), if any.
    pub clash: Option<String>,
}

/// How many overdue cases the agenda lists (oldest first); `case list --overdue` has
/// them all.
pub const OVERDUE_SHOWN: usize = 20;

/// The span of the agenda: from `on` through its `days`-th working day (`on` itself
/// counts when it is a working day): `days` = 5 from a Monday is that week.
pub fn span(cal: &Calendar, on: Date, days: u32) -> Option<(Date, Date)> {
    let eve = Date::from_day_number(on.day_number() - 1)?;
    let until = cal.add_working_days(eve, days.max(1))?;
    Some((on, until.max(on)))
}

/// A deadline of a case falling in the span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub case: CaseRecord,
    pub which: Deadline,
    pub due: Date,
    pub timing: Timing,
}

/// What the agenda holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda<H> {
    pub on: Date,
    pub until: Date,
    pub hearings: Vec<H>,
    /// By date, start before finish, then register order.
    pub due: Vec<Due>,
    /// Oldest first (most working days open), at most [`OVERDUE_SHOWN`].
    pub overdue: Vec<(CaseRecord, Timing)>,
    /// More overdue cases than shown.
    pub more_overdue: bool,
    /// Open cases whose applicant was absent from two hearings held, with their numbers.
    pub may_lapse: Vec<(CaseRecord, Vec<i64>)>,
}

impl<H> Agenda<H> {
    pub fn new(on: Date, until: Date, hearings: Vec<H>) -> Agenda<H> {
        Agenda {
            on,
            until,
            hearings,
            due: Vec::new(),
            overdue: Vec::new(),
            more_overdue: false,
            may_lapse: Vec::new(),
        }
    }

    /// Takes a case that may have a deadline in the span (each case once).
    pub fn consider_due(&mut self, case: &CaseRecord, t: &Timing) {
        for (which, due) in t.pending() {
            if due >= self.on && due <= self.until {
                self.due.push(Due {
                    case: case.clone(),
                    which,
                    due,
                    timing: t.clone(),
                });
            }
        }
    }

    /// Takes the next case in order of receipt that may be overdue; false once the list
    /// is full (the caller may stop).
    pub fn consider_overdue(&mut self, case: CaseRecord, t: Timing) -> bool {
        if t.overdue().is_empty() {
            return true;
        }
        if self.overdue.len() == OVERDUE_SHOWN {
            self.more_overdue = true;
            return false;
        }
        self.overdue.push((case, t));
        true
    }

    /// Takes a case whose applicant was absent twice, with its hearings, if it has not
    /// ended as of the agenda's day.
    pub fn consider_lapse(&mut self, case: CaseRecord, hearings: &[Hearing], t: &Timing) {
        if t.ended_on.is_some() {
            return;
        }
        if let Some(nos) = may_lapse(hearings) {
            self.may_lapse.push((case, nos));
        }
    }

    /// Puts the deadlines in order once all are in.
    pub fn finish(&mut self) {
        self.due
            .sort_by_key(|d| (d.due, d.which, d.case.year, d.case.serial));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocab::DayKind;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn the_span_is_working_days_from_the_day() {
        let cal = Calendar::new([(d("2026-12-25"), DayKind::PublicHoliday)], false);
        // Monday 30 November 2026: that week.
        assert_eq!(
            span(&cal, d("2026-11-30"), 5),
            Some((d("2026-11-30"), d("2026-12-04")))
        );
        // From a Sunday: the week after.
        assert_eq!(
            span(&cal, d("2026-11-29"), 5),
            Some((d("2026-11-29"), d("2026-12-04")))
        );
        // Over Christmas: Thursday 24 to Thursday 31.
        assert_eq!(
            span(&cal, d("2026-12-24"), 5),
            Some((d("2026-12-24"), d("2026-12-31")))
        );
        assert_eq!(
            span(&cal, d("2026-11-30"), 1),
            Some((d("2026-11-30"), d("2026-11-30")))
        );
    }
}
