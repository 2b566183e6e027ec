//! What each [`StoreError`] says, beside the enum: one arm per variant naming its kind of
//! failure (which picks the exit code), its catalogue id and arguments, and its hint, as
//! data ([`Said`]). Storage never looks a message up: the command layer
//! (`commands::messages::store`) puts a [`Said`] into the run's language, and words
//! itself only what needs its own wording (a damaged value's place and reason).
//!
//! A new variant is one arm here: `said` with its class and its message (`msg!` with the
//! catalogue id and its arguments), then `.hint` with the hint's message when it has one;
//! and its ids in both catalogues.
//! ([`Said`] and [`Class`] are the domain's, shared by every error that says itself.)

use super::StoreError;
use crate::domain::message::{Class, Msg, Said, msg};

fn said(class: Class, msg: Msg) -> Said {
    Said::new(class, msg)
}

impl StoreError {
    /// What this error says. `None` for a damaged value and for SQLite's own message,
    /// which the command layer words itself.
    pub fn said(&self) -> Option<Said> {
        use Class::*;
        let path = |p: &std::path::Path| p.display().to_string();
        Some(match self {
            Self::Missing(p) => said(Unavailable, msg!("store-missing", path = path(p)))
                .hint(msg!("store-missing-hint")),
            Self::NotARegister(p) => {
                said(Unavailable, msg!("store-not-a-register", path = path(p)))
                    .hint(msg!("store-not-a-register-hint"))
            }
            Self::NotAFile(p) => said(Unavailable, msg!("register-not-a-file", path = path(p)))
                .hint(msg!("register-not-a-file-hint")),
            Self::BadVersion { path: p, version } => said(
                Unavailable,
                msg!("register-bad-version", path = path(p), version = *version),
            )
            .hint(msg!("register-bad-version-hint")),
            Self::Empty(p) => said(Unavailable, msg!("store-empty", path = path(p)))
                .hint(msg!("store-empty-hint")),
            Self::Newer {
                path: p,
                version,
                known,
            } => said(
                Unavailable,
                msg!(
                    "store-newer",
                    path = path(p),
                    version = *version,
                    known = *known
                ),
            )
            .hint(msg!("store-newer-hint")),
            Self::Older {
                path: p,
                version,
                known,
            } => said(
                Unavailable,
                msg!(
                    "store-older",
                    path = path(p),
                    version = *version,
                    known = *known
                ),
            )
            .hint(msg!("store-older-hint", path = path(p))),
            Self::NoWal { path: p, mode } => said(
                Unavailable,
                msg!("store-no-wal", path = path(p), mode = mode),
            ),
            Self::CannotCreate { path: p, why } => said(
                Unavailable,
                msg!("store-cannot-create", path = path(p), why = why),
            ),
            Self::Locked => said(Unavailable, msg!("store-locked")).hint(msg!("store-locked-hint")),
            Self::NotADatabase => said(Unavailable, msg!("store-not-a-database")),
            Self::CannotUse(m) => said(Unavailable, msg!("store-cannot-use", why = m)),
            Self::Refused(m) => said(Invalid, msg!("store-refused", why = m)),
            Self::CheckFailed(r) if r.tables.is_empty() => {
                said(Invalid, msg!("store-check-failed-somewhere"))
                    .hint(msg!("store-check-failed-hint"))
            }
            Self::CheckFailed(r) => said(
                Invalid,
                msg!(
                    "store-check-failed",
                    table = r.tables.join(" / "),
                    columns = r.columns.join(", ")
                ),
            )
            .hint(msg!("store-check-failed-hint")),
            Self::Damaged(_) | Self::Sqlite(_) => return None,
            Self::Corrupt(m) => {
                said(Unavailable, msg!("damaged-file", why = m)).hint(msg!("damaged-file-hint"))
            }
            Self::CannotMigrate {
                path: p,
                version,
                why,
            } => said(
                Unavailable,
                msg!(
                    "cannot-migrate",
                    path = path(p),
                    version = *version,
                    to = super::SCHEMA_VERSION,
                    why = why
                ),
            )
            .hint(msg!("cannot-migrate-hint")),
            Self::Full => said(Io, msg!("store-full")).hint(msg!("store-full-hint")),
            Self::DiskIo(m) => {
                said(Io, msg!("store-disk-io", why = m)).hint(msg!("store-full-hint"))
            }
            Self::NetworkFs { path: p, fstype } => said(
                Unavailable,
                msg!("store-network-fs", path = path(p), fstype = fstype),
            )
            .hint(msg!("store-network-fs-hint")),
            Self::Unarchivable { table, blob: false } => {
                said(Invalid, msg!("archive-not-text", table = table))
                    .hint(msg!("archive-not-text-hint"))
            }
            Self::Unarchivable { table, blob: true } => {
                said(Internal, msg!("archive-blob", table = table))
            }
            Self::Dangling { rows } => said(
                Invalid,
                msg!(
                    "store-refused",
                    why = msg!("migrate-dangling", rows = *rows)
                ),
            ),
            Self::ArchiveUnreadable(why) => said(Invalid, msg!("archive-unreadable", why = why)),
            Self::Unsealed { act } => said(Unavailable, msg!("chain-unsealed", act = *act))
                .hint(msg!("chain-unsealed-hint")),
            Self::HashWithoutAct { act } => {
                said(Unavailable, msg!("chain-hash-without-act", act = *act))
                    .hint(msg!("chain-hash-without-act-hint"))
            }
        })
    }
}
