//! The storage's errors in words: the register as a file, a database, a damaged value.

use super::domain_message;
use crate::domain::text::excerpt;
use crate::error::{Error, Kind};
use crate::storage::StoreError;
use crate::t;

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        let unavailable = |m: String| Error::unavailable(m);
        match e {
            StoreError::Missing(p) => {
                unavailable(t!("store-missing", path = p.display().to_string()))
                    .with_hint(t!("store-missing-hint"))
            }
            StoreError::NotARegister(p) => {
                unavailable(t!("store-not-a-register", path = p.display().to_string()))
                    .with_hint(t!("store-not-a-register-hint"))
            }
            StoreError::NotAFile(p) => {
                unavailable(t!("register-not-a-file", path = p.display().to_string()))
                    .with_hint(t!("register-not-a-file-hint"))
            }
            StoreError::BadVersion { path, version } => unavailable(t!(
                "register-bad-version",
                path = path.display().to_string(),
                version = version
            ))
            .with_hint(t!("register-bad-version-hint")),
            StoreError::Empty(p) => unavailable(t!("store-empty", path = p.display().to_string()))
                .with_hint(t!("store-empty-hint")),
            StoreError::Newer {
                path,
                version,
                known,
            } => unavailable(t!(
                "store-newer",
                path = path.display().to_string(),
                version = version,
                known = known
            ))
            .with_hint(t!("store-newer-hint")),
            StoreError::Older {
                path,
                version,
                known,
            } => unavailable(t!(
                "store-older",
                path = path.display().to_string(),
                version = version,
                known = known
            ))
            .with_hint(t!("store-older-hint", path = path.display().to_string())),
            StoreError::NoWal { path, mode } => unavailable(t!(
                "store-no-wal",
                path = path.display().to_string(),
                mode = mode
            )),
            StoreError::CannotCreate { path, why } => unavailable(t!(
                "store-cannot-create",
                path = path.display().to_string(),
                why = why
            )),
            StoreError::Locked => {
                unavailable(t!("store-locked")).with_hint(t!("store-locked-hint"))
            }
            StoreError::NotADatabase => unavailable(t!("store-not-a-database")),
            StoreError::CannotUse(m) => unavailable(t!("store-cannot-use", why = m)),
            StoreError::Refused(m) => Error::invalid(t!("store-refused", why = m)),
            StoreError::CheckFailed(r) => {
                let msg = if r.tables.is_empty() {
                    t!("store-check-failed-somewhere")
                } else {
                    t!(
                        "store-check-failed",
                        table = r.tables.join(" / "),
                        columns = r.columns.join(", ")
                    )
                };
                Error::invalid(msg).with_hint(t!("store-check-failed-hint"))
            }
            StoreError::Damaged(d) => {
                unavailable(t!("damaged", what = damage(&d))).with_hint(t!("damaged-hint"))
            }
            StoreError::Corrupt(m) => {
                unavailable(t!("damaged-file", why = m)).with_hint(t!("damaged-file-hint"))
            }
            StoreError::CannotMigrate { path, version, why } => unavailable(t!(
                "cannot-migrate",
                path = path.display().to_string(),
                version = version,
                to = crate::storage::SCHEMA_VERSION,
                why = why
            ))
            .with_hint(t!("cannot-migrate-hint")),
            StoreError::Full => {
                Error::new(Kind::Io, t!("store-full")).with_hint(t!("store-full-hint"))
            }
            StoreError::DiskIo(m) => {
                Error::new(Kind::Io, t!("store-disk-io", why = m)).with_hint(t!("store-full-hint"))
            }
            StoreError::Sqlite(m) => Error::internal(format!("SQLite: {m}")),
            StoreError::NetworkFs { path, fstype } => unavailable(t!(
                "store-network-fs",
                path = path.display().to_string(),
                fstype = fstype
            ))
            .with_hint(t!("store-network-fs-hint")),
            StoreError::Unarchivable { table, blob: false } => {
                Error::invalid(t!("archive-not-text", table = table))
                    .with_hint(t!("archive-not-text-hint"))
            }
            StoreError::Unarchivable { table, blob: true } => {
                Error::internal(t!("archive-blob", table = table))
            }
            StoreError::Dangling { rows } => Error::invalid(t!(
                "store-refused",
                why = t!("migrate-dangling", rows = rows)
            )),
            StoreError::ArchiveUnreadable(why) => {
                Error::invalid(t!("archive-unreadable", why = why))
            }
            StoreError::Unsealed { act } => {
                unavailable(t!("chain-unsealed", act = act)).with_hint(t!("chain-unsealed-hint"))
            }
            StoreError::HashWithoutAct { act } => {
                unavailable(t!("chain-hash-without-act", act = act))
                    .with_hint(t!("chain-hash-without-act-hint"))
            }
        }
    }
}

/// A damaged value in words: where, which column, why (`case 001/I/KI-JBI-PS/2026:
/// applicant: bytes that are not UTF-8 text`).
pub fn damage(d: &crate::storage::damage::Damage) -> String {
    use crate::storage::damage::{Place, Why};
    let place = match &d.place {
        Place::Case(no) => t!("damaged-case", case = excerpt(no)),
        Place::Event { case, seq } => t!("damaged-event", case = *case, seq = *seq),
        Place::Hearing(no) => t!("damaged-hearing", no = excerpt(no)),
        Place::Day(date) => t!("damaged-day", date = excerpt(date)),
        Place::Table(t) => t.clone(),
    };
    let why = match &d.why {
        Why::NotText => t!("damaged-not-text"),
        Why::Domain(e) => domain_message(e),
        Why::Other(m) => m.clone(),
    };
    format!("{place}: {}: {why}", d.column)
}
