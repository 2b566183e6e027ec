//! What `verify` says of a problem it found.

use super::word;
use crate::domain::CalendarChange;
use crate::domain::calendar::{CalendarDay, ReplayFaultKind};
use crate::storage::Problem as P;
use crate::t;

/// A calendar day in a sentence: `public_holiday "Tahun Baru 2025 Masehi" / "New Year" (SKB ...)`.
fn day_words(d: &CalendarDay) -> String {
    format!(
        "{} {:?} / {:?} ({})",
        word!(d.kind),
        d.name_id,
        d.name_en,
        d.source
    )
}

pub fn problem(p: &P) -> String {
    match p {
        P::Integrity(line) => t!("problem-integrity", line = line),
        P::PaperBytes { letter } => t!("verify-paper-bytes", letter = letter.as_str()),
        P::LetterSerials { year } => t!("verify-letter-serials", year = *year),
        P::SerialAhead { .. }
        | P::StatsDate { .. }
        | P::Schema { .. }
        | P::Chain { .. }
        | P::Particulars(_)
        | P::Setting { .. } => super::integrity::problem(p),
        P::Checkpoint { .. } | P::CheckpointMissing { .. } | P::NoCheckpoint { .. } => {
            super::checkpoint::problem(p)
        }
        P::Unreadable(d) => t!("verify-unreadable", what = super::damage(d)),
        P::CannotCheck(why) => t!("verify-cannot-check", why = why),
        P::ForeignKey { table, row, parent } => match row {
            Some(r) => t!(
                "problem-foreign-key-row",
                table = table,
                row = *r,
                parent = parent
            ),
            None => t!("problem-foreign-key", table = table, parent = parent),
        },
        P::NoHistory { case } => t!("problem-no-history", case = case),
        P::Unreplayable(e) => super::domain_message(e),
        P::Differs {
            case,
            stored,
            replayed,
            differences,
        } => t!(
            "problem-differs",
            case = case,
            stored = word!(*stored),
            replayed = word!(*replayed),
            differences = differences.join("; ")
        ),
        P::Hearings { case } => t!("problem-hearings", case = case),
        P::Count {
            year,
            key,
            kept,
            counted,
        } => t!(
            "problem-count",
            year = *year,
            key = key,
            kept = *kept,
            counted = *counted
        ),
        P::Serial { year, last, taken } => {
            t!("problem-serial", year = *year, last = *last, taken = *taken)
        }
        P::CalendarHistory(f) => {
            let what = match f.why {
                ReplayFaultKind::AlreadyThere => t!("problem-day-already-there"),
                ReplayFaultKind::NotThere => t!("problem-day-not-there"),
                ReplayFaultKind::OtherValues => t!("problem-day-other-values"),
            };
            let change = match f.change {
                CalendarChange::Add => t!("problem-change-add"),
                CalendarChange::Update => t!("problem-change-update"),
                CalendarChange::Remove => t!("problem-change-remove"),
            };
            t!(
                "problem-calendar-history",
                date = f.date,
                act = f.act_id,
                change = change,
                what = what
            )
        }
        P::Appeals { case } => t!("problem-appeals", case = case),
        P::Void { case, stored: true } => t!("problem-void-stored", case = case),
        P::Void {
            case,
            stored: false,
        } => t!("problem-void-missing", case = case),
        P::BodyHistory { id, act_id, change } => t!(
            "problem-body-history",
            id = *id,
            act = *act_id,
            change = word!(*change)
        ),
        P::BodyDiffers { body } => t!("problem-body-differs", body = body),
        P::AliasDiffers { alias } => t!("problem-alias-differs", alias = alias),
        P::OnMergedBody { case, body } => t!("problem-on-merged-body", case = case, body = body),
        P::CalendarDiffers {
            date,
            stored,
            replayed,
        } => {
            let say = |d: &Option<CalendarDay>| d.as_ref().map_or(t!("problem-no-day"), day_words);
            t!(
                "problem-calendar-differs",
                date = *date,
                stored = say(stored),
                replayed = say(replayed)
            )
        }
    }
}
