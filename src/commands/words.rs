//! The one place where the domain's and the storage's structured errors become words: a
//! message, and a hint that names the command-line flag or the command to use.

use crate::domain::calendar::{CalendarDay, DayFault, DayFaultKind, ReplayFaultKind};
use crate::domain::error::{DateOf, HistoryFault, Particular, TemplateFault};
use crate::domain::row::{Fault, FaultKind, HeaderFault};
use crate::domain::rules::{Field, PathRule, Shape};
use crate::domain::vocab::Vocab;
use crate::domain::{CalendarChange, DomainError, EventKind, HearingStatus, Lang};
use crate::error::{Error, Kind};
use crate::storage::StoreError;
use crate::t;

impl From<DomainError> for Error {
    fn from(e: DomainError) -> Self {
        let kind = match &e {
            DomainError::NoSuchCase(_) => Kind::NotFound,
            DomainError::BrokenHistory { .. } => Kind::Unavailable,
            // As clap has it for a missing flag: the command line is incomplete.
            DomainError::NothingGiven => Kind::Usage,
            _ => Kind::Invalid,
        };
        let err = Error::new(kind, domain_message(&e));
        match domain_hint(&e) {
            Some(h) => err.with_hint(h),
            None => err,
        }
    }
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        let unavailable = |m: String| Error::unavailable(m);
        match e {
            StoreError::Missing(p) => {
                unavailable(format!("there is no register at {}", p.display())).with_hint(
                    "create one with `sengketa init` (or point --db / SENGKETA_DB at yours)",
                )
            }
            StoreError::NotARegister(p) => unavailable(format!(
                "{} is an SQLite file but not a sengketa register",
                p.display()
            ))
            .with_hint("point --db at a register, or at a new path for `sengketa init`"),
            StoreError::Empty(p) => unavailable(format!(
                "{} is empty: it is not an initialised register",
                p.display()
            ))
            .with_hint("run `sengketa init` on it"),
            StoreError::Newer {
                path,
                version,
                known,
            } => unavailable(format!(
                "{} was written by a newer sengketa (schema version {version}; this one knows up to {known})",
                path.display()
            ))
            .with_hint("upgrade sengketa; the register has not been changed"),
            StoreError::NoWal { path, mode } => unavailable(format!(
                "{} cannot be put in WAL mode (it is in {mode} mode)",
                path.display()
            )),
            StoreError::CannotCreate { path, why } => {
                unavailable(format!("cannot create {}: {why}", path.display()))
            }
            StoreError::Locked => unavailable(
                "the register is locked by another process and stayed locked past the busy timeout"
                    .into(),
            )
            .with_hint("try again, or raise SENGKETA_BUSY_TIMEOUT_MS"),
            StoreError::NotADatabase => unavailable("the file is not an SQLite register".into()),
            StoreError::CannotUse(m) => unavailable(format!("cannot use the register file: {m}")),
            StoreError::Refused(m) => {
                Error::invalid(format!("the register refused the change: {m}"))
            }
            StoreError::Sqlite(m) => Error::internal(format!("SQLite: {m}")),
            StoreError::NetworkFs { path, fstype } => unavailable(t!(
                "store-network-fs",
                path = path.display().to_string(),
                fstype = fstype
            ))
            .with_hint(t!("store-network-fs-hint")),
        }
    }
}

/// The flag a particular is given with.
fn flag(p: Particular) -> &'static str {
    match p {
        Particular::Applicant => "--applicant",
        Particular::Body => "--body",
        Particular::Subject => "--subject",
        Particular::RegisterNo => "--register-no",
        Particular::UndoReason | Particular::RemoveReason | Particular::HearingReason => "--reason",
        Particular::DayName => "--name",
        Particular::DayNameEn => "--name-en",
        Particular::DaySource => "--source",
        Particular::Room => "--room",
        Particular::Panel => "--panel",
    }
}

fn vocab_name(v: Vocab) -> &'static str {
    match v {
        Vocab::State => "state",
        Vocab::ApplicantKind => "applicant kind",
        Vocab::Reason => "reason",
        Vocab::Via => "decision route",
        Vocab::Outcome => "outcome",
        Vocab::EventKind => "event kind",
        Vocab::ActKind => "act",
        Vocab::DayKind => "kind of day",
        Vocab::HearingKind => "kind of hearing",
        Vocab::Attendance => "attendance",
        Vocab::HearingStatus => "hearing status",
        Vocab::CalendarChange => "calendar change",
    }
}

/// "the qualification", "the decision", ...: a fact as a step's name.
fn fact_name(f: Field) -> &'static str {
    match f {
        Field::Received => "the receipt",
        Field::Qualified => "the qualification",
        Field::NotQualified => "the rejection",
        Field::Withdrawn => "the withdrawal",
        Field::Decided => "the decision",
        Field::Closed => "the closing",
        _ => "the step",
    }
}

fn date_of(d: DateOf) -> String {
    match d {
        DateOf::Received => "the received date".into(),
        DateOf::Step(k) => format!("the {k} date"),
        DateOf::Hearing => "the hearing date".into(),
    }
}

/// What a step's refusal says it cannot be: "qualified", "closed", ...
fn done_word(k: EventKind) -> &'static str {
    k.label(Lang::En)
}

fn names(kinds: &[EventKind]) -> String {
    kinds
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn domain_message(e: &DomainError) -> String {
    match e {
        DomainError::BadValue { what, value, .. } => {
            format!("'{value}' is not a valid {}", vocab_name(*what))
        }
        DomainError::NotADate(s) => format!("'{s}' is not a date"),
        DomainError::FutureDate { what, date, today } => {
            format!(
                "{} {date} lies in the future (today is {today})",
                date_of(*what)
            )
        }
        DomainError::DateOrder {
            what,
            date,
            before,
            before_date,
        } => format!(
            "{} {date} is before {} date {before_date}",
            date_of(*what),
            fact_name(*before)
        ),
        DomainError::UndoBeforeStep { date, kind, before } => format!(
            "the undo date {date} is before the date of the step it reverts ({kind}) {before}"
        ),
        DomainError::Refused {
            case, state, step, ..
        } => format!("case {case} is {state}: it cannot be {}", done_word(*step)),
        DomainError::BadDecision {
            case,
            state,
            via,
            outcome,
        } => format!(
            "case {case} is {state}: a decision via {via} cannot have the outcome {outcome}"
        ),
        DomainError::NothingToUndo { case } => {
            format!("case {case} has no step left to undo (adding a case cannot be undone)")
        }
        DomainError::Empty(p) => format!("{} is empty", flag(*p)),
        DomainError::NothingToChange { case } => {
            format!("nothing to change on case {case}: the values given are the ones it has")
        }
        DomainError::NothingGiven => t!("edit-nothing-given"),
        DomainError::NoSuchCase(r) => format!("there is no case {r} in the register"),
        DomainError::NumberTaken(n) => {
            format!("register number {n} is already in the register")
        }
        DomainError::NoCommissionCode => {
            "the register has no commission code, which register numbers need".into()
        }
        DomainError::BadTemplate { template, why } => {
            let why = match why {
                TemplateFault::UnopenedBrace => "a '}' has no '{'".to_string(),
                TemplateFault::UnclosedBrace => "a '{' is not closed".to_string(),
                TemplateFault::UnknownPlaceholder(p) => format!("unknown placeholder {{{p}}}"),
                TemplateFault::NotUnique => {
                    "it must contain {serial} (or {serial:0N}) and {year}, so numbers are unique"
                        .to_string()
                }
            };
            format!("register template '{template}': {why}")
        }
        DomainError::EmptyCaseRef => "a case reference is empty".into(),
        DomainError::NotATime(s) => format!("'{s}' is not a time of day"),
        DomainError::HearingOnClosedCase { case, state } => {
            format!("case {case} is {state}: no hearing can be recorded on it")
        }
        DomainError::HearingNumberTaken { case, no } => {
            format!("case {case} already has a hearing {no}")
        }
        DomainError::HearingNumberUsed { case, no } => format!(
            "hearing number {no} was given before on case {case}, to a scheduling since undone"
        ),
        DomainError::NoSuchHearing { case, no } => format!("case {case} has no hearing {no}"),
        DomainError::HearingRefused {
            case,
            no,
            status,
            step,
        } if *status == HearingStatus::Held && *step == EventKind::HearingHeld => {
            format!("hearing {no} of case {case} is held already: a hearing is held once")
        }
        DomainError::HearingRefused {
            case,
            no,
            status,
            step,
        } => format!(
            "hearing {no} of case {case} is {status}: it cannot be {}",
            match step {
                EventKind::HearingHeld => "held",
                EventKind::HearingPostpone => "postponed",
                EventKind::HearingCancel => "cancelled",
                _ => "scheduled",
            }
        ),
        DomainError::BadPostponement {
            case,
            no,
            from,
            to,
            recorded,
        } => {
            if to == from {
                format!("hearing {no} of case {case} is on {from} already")
            } else {
                format!(
                    "hearing {no} of case {case} cannot be postponed to {to}, before the day the postponement is recorded ({recorded})"
                )
            }
        }
        DomainError::HearingNotYet {
            case,
            no,
            on,
            today,
        } => format!(
            "hearing {no} of case {case} is on {on}: it cannot be recorded as held before then (today is {today})"
        ),
        DomainError::BrokenHistory { case, why } => {
            let why = match why {
                HistoryFault::NoEntry => "does not begin with its entry",
                HistoryFault::SecondEntry => "has a second entry",
                HistoryFault::UndoesNotLatest => "undoes a step that is not its latest",
                HistoryFault::StepWithoutPayload => "has a step without what it records",
                HistoryFault::Refused => "has a step the lifecycle refuses",
            };
            format!("the history of case {case} {why}: the register is damaged")
        }
        DomainError::DayTaken { date, kind, name } => format!(
            "{date} is already in the calendar ({}: {name})",
            kind.cli_name()
        ),
        DomainError::NoSuchDay(date) => format!("{date} is not in the calendar"),
    }
}

pub fn domain_hint(e: &DomainError) -> Option<String> {
    Some(match e {
        DomainError::BadValue { allowed, .. } => format!("use one of: {}", allowed.join(", ")),
        DomainError::NotADate(_) => "write dates as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY".into(),
        DomainError::FutureDate { today, .. } => format!(
            "a date cannot be after today ({today}); check it (and SENGKETA_TODAY, if set)"
        ),
        DomainError::DateOrder {
            what: DateOf::Hearing,
            ..
        } => "a hearing is set on or after the day its case was received".into(),
        DomainError::DateOrder { .. } | DomainError::UndoBeforeStep { .. } => {
            "each step's date must be on or after the step before it".into()
        }
        DomainError::Refused { allowed, .. } if allowed.is_empty() => {
            "nothing is allowed from this state; `case undo` reverts the latest step".into()
        }
        DomainError::Refused { allowed, .. } => {
            format!("allowed from this state: {}", names(allowed))
        }
        DomainError::BadDecision { via, .. } => format!(
            "a decision via {} has one of the outcomes: {}",
            via.cli_name(),
            outcome_names(*via)
        ),
        DomainError::Empty(Particular::RegisterNo) => {
            "leave --register-no out to have the next number assigned".into()
        }
        DomainError::Empty(Particular::UndoReason) => "say why the step is reverted".into(),
        DomainError::Empty(Particular::RemoveReason) => {
            "say why the day is removed (the history keeps it)".into()
        }
        DomainError::Empty(Particular::HearingReason) => {
            "say why the hearing is postponed or cancelled".into()
        }
        DomainError::Empty(p) => format!("give {} a value", flag(*p)),
        DomainError::NothingToChange { .. } => {
            "give at least one of --applicant, --applicant-kind, --body, --subject with a new value"
                .into()
        }
        DomainError::NothingGiven => t!("edit-nothing-given-hint"),
        DomainError::NoSuchCase(_) => "name a case by its register number or as YEAR/SERIAL (e.g. 2017/12); `sengketa case list` shows them".into(),
        DomainError::NumberTaken(_) => {
            "each register number is given once; leave it out to have the next one assigned".into()
        }
        DomainError::NoCommissionCode => {
            "set it once with `sengketa config set commission-code JBI` (your code)".into()
        }
        DomainError::BrokenHistory { .. } => "run `sengketa verify` to see what is damaged".into(),
        DomainError::NotATime(_) => "write a time as HH:MM, e.g. 09:30".into(),
        DomainError::HearingOnClosedCase { .. } => {
            "`case undo` reverts the closing if the case is not finished".into()
        }
        DomainError::HearingNumberTaken { .. } | DomainError::HearingNumberUsed { .. } => {
            "a hearing number is given once on a case: give this hearing a number not yet used"
                .into()
        }
        DomainError::NoSuchHearing { case, .. } => {
            format!("`sengketa case show {case}` lists its hearings")
        }
        DomainError::HearingRefused { .. } => {
            "only a scheduled hearing can be held, postponed or cancelled; `case undo` reverts the latest step".into()
        }
        DomainError::BadPostponement { .. } => {
            "give --to a new date, today or later".into()
        }
        DomainError::HearingNotYet { on, .. } => {
            format!("record it on or after {on}; to move it, use `hearing postpone`")
        }
        DomainError::DayTaken { date, .. } => format!(
            "to change it, remove it first (`sengketa calendar remove {date} --reason ...`), \
             or import a file with its new values (`sengketa calendar import`)"
        ),
        DomainError::NoSuchDay(date) => format!(
            "`sengketa calendar list --year {}` shows the days of that year",
            date.year()
        ),
        _ => return None,
    })
}

/// The outcomes of a route, as the command line spells them.
pub fn outcome_names(via: crate::domain::Via) -> String {
    via.outcomes()
        .iter()
        .map(|o| o.cli_name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// For clap's `value_parser`: a date, with the accepted spellings in the message.
pub fn parse_date(s: &str) -> Result<crate::domain::Date, String> {
    crate::domain::Date::parse(s).map_err(|e| {
        format!(
            "{}; write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY",
            domain_message(&e)
        )
    })
}

/// For clap's `value_parser`: a time of day, HH:MM.
pub fn parse_time(s: &str) -> Result<String, String> {
    crate::domain::hearing::parse_time(s)
        .map_err(|e| format!("{}; write a time as HH:MM, e.g. 09:30", domain_message(&e)))
}

/// What an import says of one fault of a row.
pub fn fault(f: &Fault) -> String {
    match &f.kind {
        FaultKind::FieldCount(n) => format!(
            "the row has {n} fields, expected {}",
            crate::domain::row::COLUMNS.len()
        ),
        FaultKind::Missing if f.column == "received_on" => "the received date is required".into(),
        FaultKind::Missing if f.column == "applicant_kind" => {
            "applicant_kind is required (individual, group, legal_entity)".into()
        }
        FaultKind::Missing => format!("{} is required", f.column),
        FaultKind::NotADate => "not a date (write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)".into(),
        FaultKind::Future { date, today } => {
            format!("{date} lies in the future (today is {today})")
        }
        FaultKind::BadWord(e) => format!(
            "{}; {}",
            domain_message(e),
            domain_hint(e).unwrap_or_default()
        ),
        FaultKind::Broken {
            rule,
            date,
            before,
            route,
        } => rule_broken(rule, *date, *before, *route),
    }
}

/// What a broken path rule says.
fn rule_broken(
    rule: &PathRule,
    date: Option<crate::domain::Date>,
    before: Option<(Field, crate::domain::Date)>,
    route: Option<(crate::domain::Via, crate::domain::Outcome)>,
) -> String {
    use Field::*;
    match rule.shape {
        Shape::Excludes(Qualified, NotQualified) => {
            "a case cannot both qualify (qualified_on) and not qualify".into()
        }
        Shape::Excludes(NotQualified, Withdrawn) => {
            "a case that does not qualify cannot be withdrawn".into()
        }
        Shape::Excludes(NotQualified, Decided) => {
            "a case that does not qualify cannot be decided".into()
        }
        Shape::Excludes(Withdrawn, Decided) => "a withdrawn case cannot be decided".into(),
        Shape::SameDate(Closed, NotQualified) => "a case that does not qualify is closed on that day: leave closed_on empty or equal to not_qualified_on".into(),
        Shape::Requires(Decided, Qualified) => {
            "a decision needs the case to have qualified (qualified_on)".into()
        }
        Shape::Requires(DecisionNo, Decided) => {
            "a decision number needs a decision (decided_on)".into()
        }
        Shape::RequiresAny(Closed, _) => {
            "closing needs a withdrawal, a decision or a not-qualified".into()
        }
        Shape::Route => match route {
            Some((v, o)) => format!(
                "a decision via {v} cannot have the outcome {o}; a decision via {v} has one of the outcomes: {}",
                outcome_names(v)
            ),
            None => "the decision's route and outcome do not go together".into(),
        },
        Shape::NotBefore(a, _) => match (date, before) {
            (Some(d), Some((b, bd))) => format!("{d} is before {} {bd}", b.column()),
            _ => format!("{} is out of order", a.column()),
        },
        Shape::Together(fs) => {
            let mut fs = fs.to_vec();
            fs.sort();
            let cols: Vec<&str> = fs.iter().map(|f| f.column()).collect();
            match cols.as_slice() {
                [a, b] => format!("{a} and {b} go together"),
                [init @ .., last] => format!("{} and {last} go together", init.join(", ")),
                [] => String::new(),
            }
        }
        // A rule added to the table without its own words still says which it is.
        _ => format!("the row breaks the rule '{}'", rule.id),
    }
}

/// What `calendar import` says of one fault of a row.
pub fn day_fault(f: &DayFault) -> String {
    match &f.kind {
        DayFaultKind::FieldCount(n) => format!(
            "the row has {n} fields, expected {}",
            crate::domain::calendar::COLUMNS.len()
        ),
        DayFaultKind::Missing => format!("{} is required", f.column),
        DayFaultKind::NotADate => "not a date (write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)".into(),
        DayFaultKind::BadKind(e) => format!(
            "{}; {}",
            domain_message(e),
            domain_hint(e).unwrap_or_default()
        ),
        DayFaultKind::Repeated { line } => {
            format!("the date is already on line {line}: one row a date")
        }
    }
}

/// A calendar day in a sentence: `public-holiday "Tahun Baru 2025 Masehi" (SKB ...)`.
fn day_words(d: &CalendarDay) -> String {
    format!(
        "{} {:?} / {:?} ({})",
        d.kind.cli_name(),
        d.name_id,
        d.name_en,
        d.source
    )
}

/// What `hearings import` says of one fault of a row.
pub fn hearing_fault(f: &crate::domain::hearing::row::Fault) -> String {
    use crate::domain::hearing::row::{COLUMNS, FaultKind as K};
    match &f.kind {
        K::FieldCount(n) => format!("the row has {n} fields, expected {}", COLUMNS.len()),
        K::Missing => format!("{} is required", f.column),
        K::NotADate => "not a date (write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)".into(),
        K::NotANumber => "not a hearing number (1, 2, ...)".into(),
        K::BadWord(e) => format!(
            "{}; {}",
            domain_message(e),
            domain_hint(e).unwrap_or_default()
        ),
        K::Attendance { held: true } => format!(
            "a hearing held records how the {} attended (present, absent, represented)",
            f.column
        ),
        K::Attendance { held: false } => {
            "only a hearing held records attendance: leave it empty".into()
        }
        K::Reason { needed: true } => {
            "a hearing cancelled, or postponed (on_date differs from first_on), needs its reason"
                .into()
        }
        K::Reason { needed: false } => {
            "a reason belongs to a hearing cancelled or postponed; this one is neither (on_date is first_on)"
                .into()
        }
        K::Refused(e) => domain_message(e),
    }
}

/// What an import says of a header that is not its CSV's.
pub fn header_fault(h: &HeaderFault) -> String {
    match h {
        HeaderFault::Wrong { at, found, want } => {
            format!("column {at} of the header is '{found}', expected '{want}'")
        }
        HeaderFault::Missing { at, want } => format!("the header has no column {at} ('{want}')"),
        HeaderFault::TooMany { found, want } => {
            format!("the header has {found} columns, expected {want}")
        }
    }
}

/// What `verify` says of a problem it found.
pub fn problem(p: &crate::storage::Problem) -> String {
    use crate::storage::Problem as P;
    match p {
        P::Integrity(line) => format!("SQLite integrity: {line}"),
        P::ForeignKey { table, row, parent } => {
            let at = row.map(|r| format!(" (row {r})")).unwrap_or_default();
            format!("a row of {table}{at} points at a missing row of {parent}")
        }
        P::NoHistory { case } => format!("case {case}: it has no history"),
        P::Unreplayable(e) => domain_message(e),
        P::Differs {
            case,
            stored,
            replayed,
            differences,
        } => format!(
            "case {case}: the register says {stored}, its history leads to {replayed} ({})",
            differences.join("; ")
        ),
        P::Hearings { case } => {
            format!("case {case}: its hearings differ from what its history leads to")
        }
        P::Count {
            year,
            key,
            kept,
            counted,
        } => format!("{year}: the recap's kept count of {key} is {kept}, the cases give {counted}"),
        P::Serial { year, last, taken } => {
            format!("the serial counter of {year} stands at {last}, but serial {taken} is taken")
        }
        P::CalendarHistory(f) => {
            let why = match f.why {
                ReplayFaultKind::AlreadyThere => "a day the calendar already had",
                ReplayFaultKind::NotThere => "a day the calendar did not have",
                ReplayFaultKind::OtherValues => "a day with other values than the calendar had",
            };
            format!(
                "calendar {}: act {} records the {} of {why}",
                f.date,
                f.act_id,
                match f.change {
                    CalendarChange::Add => "addition",
                    CalendarChange::Update => "change",
                    CalendarChange::Remove => "removal",
                }
            )
        }
        P::CalendarDiffers {
            date,
            stored,
            replayed,
        } => {
            let say = |d: &Option<CalendarDay>| d.as_ref().map_or("no such day".into(), day_words);
            format!(
                "calendar {date}: the register has {}, its history leads to {}",
                say(stored),
                say(replayed)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_register_on_a_network_file_system_is_unavailable_and_says_what_to_do() {
        let e = Error::from(StoreError::NetworkFs {
            path: "/home/clerk/register.db".into(),
            fstype: "nfs4".into(),
        });
        assert_eq!(e.kind.exit_code(), 5);
        assert!(
            e.message.contains("/home/clerk/register.db")
                && e.message.contains("(nfs4)")
                && e.message.contains("WAL"),
            "{}",
            e.message
        );
        let hint = e.hint.expect("a hint");
        for part in ["local disk", "ssh", "--allow-network-fs"] {
            assert!(hint.contains(part), "{hint}");
        }
    }
}
