//! The deadlines of Law 14/2008 on a case, counted in working days: when the commission
//! must begin resolving a dispute (Art. 38(1)) and when it should have finished it (Art.
//! 38(2)), and, as of a date, whether a case is late or overdue. Every definition is
//! stated here once; listings, the agenda and the recaps read them.

use super::intake::IntakeDue;
use super::lifecycle::Facts;
use super::rules::{self, Field, Pred, STEPS};
use super::workdays::Calendar;
use super::{Date, State};
use std::ops::Not;

/// Working days after receipt by which the commission must begin (Art. 38(1)).
pub const START_WITHIN: u32 = 14;
/// Working days after receipt within which it should finish (Art. 38(2)).
pub const FINISH_WITHIN: u32 = 100;

/// The facts that mark a case as started, besides its first hearing held.
pub const STARTED_BY: &[Field] = &[Field::Qualified, Field::NotQualified];
/// The facts that mark a case as ended.
pub const ENDED_BY: &[Field] = &[Field::Decided, Field::Withdrawn, Field::NotQualified];

/// One of a case's deadlines: to start (qualified or not) and to finish (decided,
/// withdrawn or not qualified); where the register records them, intake's (the notice of
/// an incomplete filing, its completion) and the mediation's last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Deadline {
    Start,
    Finish,
    Notice,
    Completion,
    Mediation,
}

impl Deadline {
    pub fn as_str(self) -> &'static str {
        match self {
            Deadline::Start => "start",
            Deadline::Finish => "finish",
            Deadline::Notice => "notice",
            Deadline::Completion => "completion",
            Deadline::Mediation => "mediation",
        }
    }
}

/// Where a case stands against one deadline, as of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Kept: done (started, or ended) on this day, on or before the deadline.
    Met { on: Date },
    /// Done on this day, this many working days after the deadline.
    Late { on: Date, by: i64 },
    /// Not done yet; this many working days left (0: due today).
    Left(i64),
    /// Not done yet; this many working days past the deadline.
    Overdue(i64),
}

impl Standing {
    pub(crate) fn of(cal: &Calendar, due: Date, done: Option<Date>, as_of: Date) -> Standing {
        match done {
            Some(on) if on <= due => Standing::Met { on },
            Some(on) => Standing::Late {
                on,
                by: cal.working_days_between(due, on),
            },
            None if as_of <= due => Standing::Left(cal.working_days_between(as_of, due)),
            None => Standing::Overdue(cal.working_days_between(due, as_of)),
        }
    }
}

/// The day of a deadline: a date of the calendar, or beyond its last day, 9999-12-31 (a
/// case received in the calendar's last months). It compares and counts as that last day;
/// it is never shown as a date: `>9999-12-31` in every output (language-neutral, and
/// refused by anything that reads dates), and words on the case's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Due {
    date: Date,
    beyond: bool,
}

impl Due {
    /// The day `days` working days after `from`, or beyond the calendar.
    fn after(cal: &Calendar, from: Date, days: u32) -> Due {
        match cal.add_working_days(from, days) {
            Some(date) => Due {
                date,
                beyond: false,
            },
            None => Due {
                date: Date::from_ymd(9999, 12, 31).expect("a date"),
                beyond: true,
            },
        }
    }

    /// The day, or the calendar's last day when the deadline is beyond it.
    pub fn date(self) -> Date {
        self.date
    }

    /// Whether the deadline falls after the calendar's last day.
    pub fn beyond(self) -> bool {
        self.beyond
    }
}

impl std::ops::Deref for Due {
    type Target = Date;
    fn deref(&self) -> &Date {
        &self.date
    }
}

impl PartialEq<Date> for Due {
    fn eq(&self, other: &Date) -> bool {
        !self.beyond && self.date == *other
    }
}

impl std::fmt::Display for Due {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.beyond {
            write!(f, ">{}", self.date)
        } else {
            std::fmt::Display::fmt(&self.date, f)
        }
    }
}

/// A case's deadlines and where it stands against them, as of a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timing {
    pub as_of: Date,
    pub received_on: Date,
    /// Received + 14 working days.
    pub start_by: Due,
    /// Received + 100 working days.
    pub finish_by: Due,
    /// The earliest of its first hearing held, its qualification, its not-qualified
    /// decision, if on or before the as-of date.
    pub started_on: Option<Date>,
    /// The earliest of its decision, its withdrawal, its not-qualified decision, if on or
    /// before the as-of date.
    pub ended_on: Option<Date>,
    /// Past `start_by`, and neither started nor ended by it.
    pub late_start: bool,
    /// Past `finish_by`, and not ended by it.
    pub late_finish: bool,
    /// Late to start, and as of the date neither started nor ended: to act on.
    pub overdue_start: bool,
    /// Late to finish, and as of the date not ended: to act on.
    pub overdue_finish: bool,
    /// Working days from receipt to the end, or to the as-of date while it has not ended.
    pub working_days_open: i64,
    /// Against each deadline.
    pub start: Standing,
    pub finish: Standing,
    /// Intake's and the mediation's deadlines, where the register records them (none
    /// until [`Timing::with_procedure`] adds them).
    pub procedure: ProcedureDue,
}

/// The earliest of the dates of `fields` (and `also`) on or before `as_of`.
fn earliest(facts: &Facts, fields: &[Field], also: Option<Date>, as_of: Date) -> Option<Date> {
    fields
        .iter()
        .filter_map(|f| facts.date(*f))
        .chain(also)
        .filter(|d| *d <= as_of)
        .min()
}

impl Timing {
    /// Where a case stands as of `as_of`: its facts (undone steps are no longer there),
    /// the date of its first hearing held (if any), and the calendar. (A deadline that
    /// would fall after the year 9999 counts as its last day, and says it is beyond.)
    pub fn of(cal: &Calendar, facts: &Facts, first_held: Option<Date>, as_of: Date) -> Timing {
        Timing::counted_from(cal, facts, first_held, as_of, facts.received_on)
    }

    /// [`Timing::of`], with Art. 38's deadlines counted from `from` (the registration,
    /// where the setting `deadline-basis` says so); the working days open still count
    /// from receipt.
    pub fn counted_from(
        cal: &Calendar,
        facts: &Facts,
        first_held: Option<Date>,
        as_of: Date,
        from: Date,
    ) -> Timing {
        let received = facts.received_on;
        let (start_due, finish_due) = (
            Due::after(cal, from, START_WITHIN),
            Due::after(cal, from, FINISH_WITHIN),
        );
        let (start_by, finish_by) = (start_due.date(), finish_due.date());
        let started_on = earliest(facts, STARTED_BY, first_held, as_of);
        let ended_on = earliest(facts, ENDED_BY, None, as_of);
        let by = |d: Option<Date>, limit: Date| d.is_some_and(|d| d <= limit);
        let late_start = as_of > start_by && !(by(started_on, start_by) || by(ended_on, start_by));
        let late_finish = as_of > finish_by && !by(ended_on, finish_by);
        Timing {
            as_of,
            received_on: received,
            start_by: start_due,
            finish_by: finish_due,
            started_on,
            ended_on,
            late_start,
            late_finish,
            overdue_start: late_start && started_on.is_none() && ended_on.is_none(),
            overdue_finish: late_finish && ended_on.is_none(),
            working_days_open: cal.working_days_between(received, ended_on.unwrap_or(as_of)),
            // Ending a case (a withdrawal before any start) keeps the start deadline too.
            start: Standing::of(
                cal,
                start_by,
                started_on.into_iter().chain(ended_on).min(),
                as_of,
            ),
            finish: Standing::of(cal, finish_by, ended_on, as_of),
            procedure: ProcedureDue::default(),
        }
    }

    /// These deadlines with intake's and the mediation's.
    pub fn with_procedure(self, procedure: ProcedureDue) -> Timing {
        Timing { procedure, ..self }
    }

    /// Intake's and the mediation's deadlines, each with its date and standing.
    fn procedure_deadlines(&self) -> Vec<(Deadline, Date, Standing)> {
        let intake = self.procedure.intake.map(|(d, s)| match d {
            IntakeDue::Notice(on) => (Deadline::Notice, on, s),
            IntakeDue::Completion(on) => (Deadline::Completion, on, s),
        });
        let mediation = self
            .procedure
            .mediation
            .map(|(on, s)| (Deadline::Mediation, on, s));
        intake.into_iter().chain(mediation).collect()
    }

    /// The deadlines this case is overdue on, start first.
    pub fn overdue(&self) -> Vec<Deadline> {
        let mut v = Vec::new();
        if self.overdue_start {
            v.push(Deadline::Start);
        }
        if self.overdue_finish {
            v.push(Deadline::Finish);
        }
        for (which, _, s) in self.procedure_deadlines() {
            if matches!(s, Standing::Overdue(_)) {
                v.push(which);
            }
        }
        v
    }

    /// The deadlines still to meet as of the date (start: neither started nor ended;
    /// finish: not ended), with their dates.
    pub fn pending(&self) -> Vec<(Deadline, Date)> {
        let mut v = Vec::new();
        if self.started_on.is_none() && self.ended_on.is_none() {
            v.push((Deadline::Start, self.start_by.date()));
        }
        if self.ended_on.is_none() {
            v.push((Deadline::Finish, self.finish_by.date()));
        }
        for (which, on, s) in self.procedure_deadlines() {
            if matches!(s, Standing::Left(_) | Standing::Overdue(_)) {
                v.push((which, on));
            }
        }
        v
    }

    /// The nearest deadline still to meet, for sorting by what is due.
    pub fn next_due(&self) -> Option<Date> {
        self.pending().into_iter().map(|(_, d)| d).min()
    }

    /// Working days from the as-of date to a deadline still to meet: positive while some
    /// are left, negative once it is overdue; `None` once it was met or missed.
    pub fn working_days_left_on(&self, which: Deadline) -> Option<i64> {
        match self.standing(which) {
            Standing::Left(n) => Some(n),
            Standing::Overdue(n) => Some(-n),
            _ => None,
        }
    }

    pub fn standing(&self, which: Deadline) -> Standing {
        match which {
            Deadline::Start => self.start,
            Deadline::Finish => self.finish,
            other => self
                .procedure_deadlines()
                .into_iter()
                .find(|(w, _, _)| *w == other)
                .map_or(Standing::Met { on: self.as_of }, |(_, _, s)| s),
        }
    }

    /// Whether a deadline still to meet falls on a day from the as-of date to `until`.
    pub fn due_by(&self, until: Date) -> bool {
        self.pending()
            .iter()
            .any(|(_, d)| *d >= self.as_of && *d <= until)
    }
}

/// The latest received date whose `n`-working-day deadline falls before `date`: a case
/// received on or before it is past that deadline on `date`. (Deadlines only move later
/// with the received date, so this splits the cases in two.)
pub fn received_by_for_past(cal: &Calendar, n: u32, date: Date) -> Option<Date> {
    let day = |x: i32| Date::from_day_number(x);
    let past = |x: i32| {
        day(x)
            .and_then(|r| cal.add_working_days(r, n))
            .is_some_and(|due| due < date)
    };
    let hi = date.day_number();
    // A deadline of n working days lies within 2n + 400 calendar days, whatever the
    // holidays of a year; widen until the bound holds, for an odd calendar.
    let first = 1; // 0001-01-01
    let mut span = i32::try_from(n)
        .ok()
        .and_then(|n| n.checked_mul(2)?.checked_add(400))
        .unwrap_or(i32::MAX);
    let mut lo = hi.saturating_sub(span).max(first);
    while !past(lo) {
        if lo <= first {
            return None;
        }
        span = span.saturating_mul(2);
        lo = hi.saturating_sub(span).max(first);
    }
    // past(lo) holds and past(hi) does not (due > date itself): find the last true.
    let (mut a, mut b) = (lo, hi);
    while b - a > 1 {
        let m = a + (b - a) / 2;
        if past(m) { a = m } else { b = m }
    }
    day(a)
}

/// Working days after receipt to a case's first deadline: intake's notice where the
/// register records intake, else the start.
pub fn first_deadline(uses_intake: bool) -> u32 {
    if uses_intake {
        super::intake::NOTICE_WITHIN
    } else {
        START_WITHIN
    }
}

/// What a listing asks of a case's deadlines as of its date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DueFilter {
    /// Overdue on either deadline.
    pub overdue: bool,
    /// A deadline still to meet falls from the as-of date to this day.
    pub due_until: Option<Date>,
}

impl DueFilter {
    pub fn is_empty(&self) -> bool {
        !self.overdue && self.due_until.is_none()
    }

    pub fn wants(&self, t: &Timing) -> bool {
        (!self.overdue || !t.overdue().is_empty()) && self.due_until.is_none_or(|u| t.due_by(u))
    }

    /// The received dates (from, to; inclusive) a case this filter wants can have as of
    /// `as_of`, so that the register reads only those: overdue needs the start deadline
    /// past; a deadline from `as_of` to `until` needs the finish deadline not past and the
    /// start deadline not after `until`.
    pub fn received_span(&self, cal: &Calendar, as_of: Date) -> (Option<Date>, Option<Date>) {
        self.received_span_within(cal, as_of, START_WITHIN)
    }

    /// As [`DueFilter::received_span`], when the earliest deadline after receipt falls
    /// `first` working days after it (intake's notice: 3, where the register records
    /// intake).
    pub fn received_span_within(
        &self,
        cal: &Calendar,
        as_of: Date,
        first: u32,
    ) -> (Option<Date>, Option<Date>) {
        let mut to = None;
        let mut from = None;
        if self.overdue {
            to = received_by_for_past(cal, first, as_of);
        }
        if let Some(until) = self.due_until {
            from = received_by_for_past(cal, FINISH_WITHIN, as_of)
                .and_then(|d| Date::from_day_number(d.day_number() + 1));
            let last = Date::from_day_number(until.day_number() + 1)
                .and_then(|u| received_by_for_past(cal, first, u));
            to = match (to, last) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        (from, to)
    }
}

/// The order of a listing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// The register's own order (year, serial).
    #[default]
    Register,
    /// By received date.
    Received,
    /// By the nearest deadline still to meet (none: last), then register order.
    Due,
    /// By working days open, most first, then register order.
    OpenLongest,
}

impl Sort {
    /// Whether the register can give this order itself (else all matches are sorted).
    pub fn streams(self) -> bool {
        matches!(self, Sort::Register | Sort::Received)
    }

    /// Sorts timed cases (given in register order) in this order; stable.
    pub fn sort<T>(self, items: &mut [(T, Timing)]) {
        match self {
            Sort::Register => {}
            Sort::Received => items.sort_by_key(|(_, t)| t.received_on),
            Sort::Due => items.sort_by_key(|(_, t)| (t.next_due().is_none(), t.next_due())),
            Sort::OpenLongest => items.sort_by_key(|(_, t)| std::cmp::Reverse(t.working_days_open)),
        }
    }
}

/// The states a case can be in while it has not ended: those reached from the first state
/// by steps that record none of [`ENDED_BY`] (from the lifecycle table).
pub fn open_states() -> Vec<State> {
    let mut open = vec![rules::FIRST_STATE];
    let mut i = 0;
    while i < open.len() {
        for s in STEPS {
            let ends = ENDED_BY.contains(&s.date) || s.also.iter().any(|f| ENDED_BY.contains(f));
            if s.from.contains(&open[i]) && !ends && !open.contains(&s.to) {
                open.push(s.to);
            }
        }
        i += 1;
    }
    open
}

/// "Not ended as of the date", as a condition (for the SQL that pre-selects cases).
pub fn not_ended() -> Pred {
    Pred::Any(ENDED_BY.iter().map(|f| Pred::Set(*f)).collect()).not()
}

mod procedure;
pub use procedure::ProcedureDue;

#[cfg(test)]
mod tests;
