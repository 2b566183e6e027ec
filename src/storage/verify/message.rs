//! What each [`Problem`] `verify` finds says, beside the enum: one arm per variant naming
//! its catalogue id and arguments, as data ([`Msg`]), the integrity checks' (chain,
//! schema, particulars, settings, serials), the checkpoints' and the history's alike.
//! Storage never looks a message up: the command layer (`commands::messages::problem`)
//! puts it into the run's language, and words itself only what needs its own wording (a
//! damaged value's place and reason, a history the lifecycle refuses).
//!
//! A new variant is one arm here, `msg!` with the catalogue id and its arguments, and its
//! ids in both catalogues.

use super::{CheckpointFault, Problem};
use crate::domain::CalendarChange;
use crate::domain::calendar::{CalendarDay, ReplayFaultKind};
use crate::domain::message::{Msg, Value, msg};
use crate::domain::text::excerpt;
use crate::storage::chain::ChainFault;
use crate::storage::schema::SchemaChange;

/// A calendar day in a sentence: `public_holiday "Tahun Baru 2025 Masehi" / "New Year"
/// (SKB ...)`, or that there is none.
fn day(d: &Option<CalendarDay>) -> Msg {
    match d {
        Some(d) => msg!(
            "problem-day",
            kind = Value::word(d.kind),
            names = format!("{:?} / {:?}", d.name_id, d.name_en),
            source = &d.source
        ),
        None => msg!("problem-no-day"),
    }
}

impl Problem {
    /// What this problem says. `None` for a stored value that cannot be read and for a
    /// history the lifecycle cannot replay, which the command layer words itself (the
    /// damaged value's place, the domain's refusal).
    pub fn message(&self) -> Option<Msg> {
        Some(match self {
            Self::Integrity(line) => msg!("problem-integrity", line = line),
            Self::PaperBytes { letter } => msg!("verify-paper-bytes", letter = letter),
            Self::LetterSerials { year } => msg!("verify-letter-serials", year = *year),
            Self::Unreadable(_) | Self::Unreplayable(_) => return None,
            Self::CannotCheck(why) => msg!("verify-cannot-check", why = why),
            Self::ForeignKey { table, row, parent } => match row {
                Some(r) => msg!(
                    "problem-foreign-key-row",
                    table = table,
                    row = *r,
                    parent = parent
                ),
                None => msg!("problem-foreign-key", table = table, parent = parent),
            },
            Self::NoHistory { case } => msg!("problem-no-history", case = case),
            Self::Differs {
                case,
                stored,
                replayed,
                differences,
            } => msg!(
                "problem-differs",
                case = case,
                stored = Value::word(*stored),
                replayed = Value::word(*replayed),
                differences = differences.join("; ")
            ),
            Self::Hearings { case } => msg!("problem-hearings", case = case),
            Self::Appeals { case } => msg!("problem-appeals", case = case),
            Self::Void { case, stored: true } => msg!("problem-void-stored", case = case),
            Self::Void {
                case,
                stored: false,
            } => msg!("problem-void-missing", case = case),
            Self::BodyHistory { id, act_id, change } => msg!(
                "problem-body-history",
                id = *id,
                act = *act_id,
                change = Value::word(*change)
            ),
            Self::BodyDiffers { body } => msg!("problem-body-differs", body = body),
            Self::AliasDiffers { alias } => msg!("problem-alias-differs", alias = alias),
            Self::OnMergedBody { case, body } => {
                msg!("problem-on-merged-body", case = case, body = body)
            }
            Self::Count {
                year,
                key,
                kept,
                counted,
            } => msg!(
                "problem-count",
                year = *year,
                key = *key,
                kept = *kept,
                counted = *counted
            ),
            Self::Serial { year, last, taken } => {
                msg!("problem-serial", year = *year, last = *last, taken = *taken)
            }
            Self::SerialAhead { year, last, taken } => msg!(
                "verify-serial-ahead",
                year = *year,
                last = *last,
                taken = *taken
            ),
            Self::DayCount {
                year,
                date,
                key,
                kept,
                counted,
            } => msg!(
                "verify-day-count",
                year = *year,
                date = excerpt(date),
                key = *key,
                kept = *kept,
                counted = *counted
            ),
            Self::StatsDate { year, kept, latest } => msg!(
                "verify-stats-date",
                year = *year,
                kept = excerpt(kept),
                latest = latest
            ),
            Self::Schema { kind, name, change } => match change {
                SchemaChange::Missing => msg!("verify-schema-missing", kind = kind, name = name),
                SchemaChange::Altered => msg!("verify-schema-altered", kind = kind, name = name),
                SchemaChange::Extra => msg!("verify-schema-extra", kind = kind, name = name),
            },
            Self::Chain { act, fault } => {
                let (id, command, actor, at) = (act.id, &act.command, &act.actor, &act.recorded_at);
                match fault {
                    ChainFault::Mismatch => msg!(
                        "verify-chain-mismatch",
                        act = id,
                        command = command,
                        actor = actor,
                        at = at
                    ),
                    ChainFault::NoHash => msg!(
                        "verify-chain-no-hash",
                        act = id,
                        command = command,
                        actor = actor,
                        at = at
                    ),
                    ChainFault::NoAct => msg!("verify-chain-no-act", act = id),
                }
            }
            Self::Particulars(u) => msg!(
                "verify-particulars",
                case = &u.case,
                fields = u.fields.join(", ")
            ),
            Self::Setting {
                key,
                stored,
                replayed,
            } => {
                let value = |v: &Option<String>| match v {
                    Some(v) => Value::from(v),
                    None => Value::from(msg!("verify-not-set")),
                };
                msg!(
                    "verify-setting",
                    key = key,
                    stored = value(stored),
                    replayed = value(replayed)
                )
            }
            Self::Checkpoint {
                act,
                acts,
                head,
                signed_at,
                fault,
            } => checkpoint(*act, *acts, head, signed_at, fault),
            Self::CheckpointMissing { act } => msg!("verify-checkpoint-missing", act = *act),
            Self::NoCheckpoint { key, others } if others.is_empty() => {
                msg!("verify-no-checkpoint", key = key)
            }
            Self::NoCheckpoint { key, others } => msg!(
                "verify-no-checkpoint-others",
                key = key,
                others = others.join(", ")
            ),
            Self::CalendarHistory(f) => {
                let what = match f.why {
                    ReplayFaultKind::AlreadyThere => msg!("problem-day-already-there"),
                    ReplayFaultKind::NotThere => msg!("problem-day-not-there"),
                    ReplayFaultKind::OtherValues => msg!("problem-day-other-values"),
                };
                let change = match f.change {
                    CalendarChange::Add => msg!("problem-change-add"),
                    CalendarChange::Update => msg!("problem-change-update"),
                    CalendarChange::Remove => msg!("problem-change-remove"),
                };
                msg!(
                    "problem-calendar-history",
                    date = f.date,
                    act = f.act_id,
                    change = change,
                    what = what
                )
            }
            Self::CalendarDiffers {
                date,
                stored,
                replayed,
            } => msg!(
                "problem-calendar-differs",
                date = *date,
                stored = day(stored),
                replayed = day(replayed)
            ),
        })
    }
}

/// A signed checkpoint recorded by act `act` over the head `head` of `acts` acts, signed
/// at `at`, that the register no longer bears out.
fn checkpoint(act: i64, acts: i64, head: &str, at: &str, fault: &CheckpointFault) -> Msg {
    let head = format!("{acts}:{head}");
    match fault {
        CheckpointFault::Signature => {
            msg!(
                "verify-checkpoint-signature",
                act = act,
                head = head,
                at = at
            )
        }
        CheckpointFault::Unreadable => msg!("verify-checkpoint-unreadable", act = act),
        CheckpointFault::Broken => msg!(
            "verify-checkpoint-broken",
            act = act,
            head = head,
            at = at,
            acts = acts
        ),
        CheckpointFault::Rewritten { now: Some(now) } => msg!(
            "verify-checkpoint-rewritten",
            act = act,
            head = head,
            at = at,
            acts = acts,
            now = now
        ),
        CheckpointFault::Rewritten { now: None } => msg!(
            "verify-checkpoint-cut",
            act = act,
            head = head,
            at = at,
            acts = acts
        ),
    }
}
