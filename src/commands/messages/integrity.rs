//! The words of the integrity checks: the hash chain, the schema, the particulars and
//! settings against their history, a serial counter moved up; and a broken archive.

use crate::domain::text::excerpt;
use crate::storage::{ChainFault, Problem as P, SchemaChange};
use crate::t;

/// A problem `verify` found with the chain, the schema or what derives from the history.
pub(super) fn problem(p: &P) -> String {
    match p {
        P::SerialAhead { year, last, taken } => t!(
            "verify-serial-ahead",
            year = *year,
            last = *last,
            taken = *taken
        ),
        P::StatsDate { year, kept, latest } => t!(
            "verify-stats-date",
            year = *year,
            kept = excerpt(kept),
            latest = latest.as_str()
        ),
        P::Schema { kind, name, change } => {
            let (kind, name) = (kind.as_str(), name.as_str());
            match change {
                SchemaChange::Missing => t!("verify-schema-missing", kind = kind, name = name),
                SchemaChange::Altered => t!("verify-schema-altered", kind = kind, name = name),
                SchemaChange::Extra => t!("verify-schema-extra", kind = kind, name = name),
            }
        }
        P::Chain { act, fault } => {
            let (id, command, actor, at) = (
                act.id,
                act.command.as_str(),
                act.actor.as_str(),
                act.recorded_at.as_str(),
            );
            match fault {
                ChainFault::Mismatch => t!(
                    "verify-chain-mismatch",
                    act = id,
                    command = command,
                    actor = actor,
                    at = at
                ),
                ChainFault::NoHash => t!(
                    "verify-chain-no-hash",
                    act = id,
                    command = command,
                    actor = actor,
                    at = at
                ),
                ChainFault::NoAct => t!("verify-chain-no-act", act = id),
            }
        }
        P::Particulars(u) => t!(
            "verify-particulars",
            case = u.case.as_str(),
            fields = u.fields.join(", ")
        ),
        P::Setting {
            key,
            stored,
            replayed,
        } => {
            let say = |v: &Option<String>| v.clone().unwrap_or_else(|| t!("verify-not-set"));
            t!(
                "verify-setting",
                key = key.as_str(),
                stored = say(stored),
                replayed = say(replayed)
            )
        }
        _ => unreachable!("worded in problem.rs"),
    }
}
/// Why an archive cannot be read, in words.
pub fn archive_fault(f: &crate::storage::ArchiveFault) -> String {
    use crate::storage::ArchiveFault as F;
    match f {
        F::NotAnArchive => t!("archive-not-an-archive"),
        F::Version { format, schema } => t!(
            "archive-version",
            format = *format,
            schema = *schema,
            known_format = crate::storage::ARCHIVE_VERSION,
            known_schema = crate::storage::SCHEMA_VERSION
        ),
        F::Line { line, why } => t!("archive-line", line = *line, why = line_fault(why)),
        F::Cut => t!("archive-cut"),
        F::Dangling { rows } => t!("archive-dangling", rows = *rows),
    }
}

/// What is wrong with a line of an archive, in words.
fn line_fault(f: &crate::storage::LineFault) -> String {
    use crate::storage::LineFault as L;
    match f {
        L::RowBeforeTable => t!("archive-row-before-table"),
        L::Width { values, columns } => {
            t!("archive-width", values = *values, columns = *columns)
        }
        L::NotAValue(v) => t!("archive-not-a-value", value = excerpt(v)),
        L::Refused(why) => crate::error::Error::from(why.clone()).message,
        L::UnknownTable(table) => t!("archive-unknown-table", table = excerpt(table)),
        L::OtherColumns(table) => t!("archive-other-columns", table = excerpt(table)),
        L::RowCount(total) => t!("archive-row-count", total = *total),
        L::AfterLast => t!("archive-after-last"),
        L::NotALine => t!("archive-not-a-line"),
        L::TooLong(max) => t!("archive-line-too-long", max = *max),
    }
}
