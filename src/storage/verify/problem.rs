//! What `verify` finds.

use crate::domain::calendar::{CalendarDay, ReplayFault};
use crate::domain::{BodyChange, Date, DomainError, State};
use crate::storage::chain::{ActName, ChainFault, Unexplained};
use crate::storage::damage::Damage;
use crate::storage::schema::SchemaChange;

/// Something `verify` found that does not hold together; the command layer words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A line of SQLite's own integrity check.
    Integrity(String),
    /// A stored value that cannot be read (written by other means).
    Unreadable(Damage),
    /// A part of the checks that could not run: what stopped it, in words.
    CannotCheck(String),
    /// A row pointing at a missing row (written with foreign keys off).
    ForeignKey {
        table: String,
        row: Option<i64>,
        parent: String,
    },
    NoHistory {
        case: String,
    },
    /// A history the lifecycle cannot replay.
    Unreplayable(DomainError),
    /// The case row differs from what its history leads to.
    Differs {
        case: String,
        stored: State,
        replayed: State,
        differences: Vec<String>,
    },
    /// The case's hearings differ from what its history leads to.
    Hearings {
        case: String,
    },
    /// The case's service date or appeals differ from what its history leads to.
    Appeals {
        case: String,
    },
    /// The case's void differs from what its history leads to (`stored`: void or not).
    Void {
        case: String,
        stored: bool,
    },
    /// A change of the bodies' history that does not follow from the bodies before it.
    BodyHistory {
        id: i64,
        act_id: i64,
        change: BodyChange,
    },
    /// A body (or its name key) differs from what the bodies' history leads to.
    BodyDiffers {
        body: String,
    },
    /// An alias differs from what the bodies' history leads to.
    AliasDiffers {
        alias: String,
    },
    /// A case on a body merged into another.
    OnMergedBody {
        case: String,
        body: String,
    },
    /// A per-year counter the recap reads differs from a count of the cases.
    Count {
        year: i32,
        key: &'static str,
        kept: i64,
        counted: i64,
    },
    /// A per-day counter the recap as of a past date reads (`day_stats`) differs from a
    /// count of the cases.
    DayCount {
        year: i32,
        date: String,
        key: &'static str,
        kept: i64,
        counted: i64,
    },
    /// A year's latest date kept for the recap (`year_stats.max_date`) below the latest
    /// date a case of that year holds: a recap as of a date between them would read
    /// counts that include facts after it.
    StatsDate {
        year: i64,
        kept: String,
        latest: String,
    },
    /// A serial counter behind a serial handed out.
    Serial {
        year: i64,
        last: i64,
        taken: i64,
    },
    /// A serial counter ahead of the serials handed out (the next case's number skips).
    SerialAhead {
        year: i64,
        last: i64,
        taken: i64,
    },
    /// The register's schema differs from the one this version makes.
    Schema {
        kind: String,
        name: String,
        change: SchemaChange,
    },
    /// An act that does not match its hash, or has none, or a hash without its act.
    Chain {
        act: ActName,
        fault: ChainFault,
    },
    /// A case's particulars are not what its corrections left.
    Particulars(Unexplained),
    /// A signed checkpoint the register no longer bears out: recorded by act `act`, it
    /// signs the head of `acts` acts (`head`: its first 16 hexadecimal digits).
    Checkpoint {
        act: i64,
        acts: i64,
        head: String,
        signed_at: String,
        fault: CheckpointFault,
    },
    /// An act that recorded a checkpoint whose row is gone.
    CheckpointMissing {
        act: i64,
    },
    /// `verify --checkpoints KEY`: no checkpoint is signed by that key (`others`: the keys
    /// that signed the ones there are).
    NoCheckpoint {
        key: String,
        others: Vec<String>,
    },
    /// A setting differs from what its history leads to (`None`: not set).
    Setting {
        key: String,
        stored: Option<String>,
        replayed: Option<String>,
    },
    /// An issued paper whose stored file does not hash to the hash it was issued with.
    PaperBytes {
        letter: String,
    },
    /// A year whose letter counter is not the count of its papers (numbers skipped).
    LetterSerials {
        year: i32,
    },
    /// A change of the calendar's history that does not follow from the calendar before it.
    CalendarHistory(ReplayFault),
    /// A day of the calendar differs from what its history leads to (`None`: no such day).
    CalendarDiffers {
        date: Date,
        stored: Option<CalendarDay>,
        replayed: Option<CalendarDay>,
    },
}

/// What is wrong with a signed checkpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckpointFault {
    /// The signature is the key's, but not over this checkpoint: it changed after it
    /// was signed.
    Signature,
    /// The checkpoint or its signature cannot be read.
    Unreadable,
    /// The chain, every act matching its hash, no longer holds the signed head at its
    /// position: the history up to it was rewritten (`now`: what it holds there, the
    /// first 16 hexadecimal digits; `None`: fewer acts than that).
    Rewritten { now: Option<String> },
    /// An act up to the signed head does not match its hash: the head cannot be proved.
    Broken,
}
