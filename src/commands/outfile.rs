//! Files a command writes that hold the register's personal data (a backup, an archive):
//! never the register itself (nor its `-wal` or `-shm`), written whole under a temporary
//! name beside the target, readable by the owner only, and then put in place.

use crate::error::{Error, Result};
use crate::t;
use std::path::Path;
use tempfile::NamedTempFile;

/// Refuses a target that is the register or one of its files (also through a link): the
/// test is the output files' ([`crate::output::names_register`]).
pub(super) fn not_the_register(target: &Path, register: &Path) -> Result<()> {
    if crate::output::names_register(target, register) {
        return Err(
            Error::invalid(t!("out-is-register", file = target.display().to_string()))
                .with_hint(t!("out-is-register-hint")),
        );
    }
    Ok(())
}

/// An empty temporary file beside `target`, readable by its owner only.
pub(super) fn staged(target: &Path) -> Result<NamedTempFile> {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    tempfile::Builder::new()
        .prefix(".sengketa-")
        .suffix(".part")
        .tempfile_in(dir)
        .map_err(|e| cannot_write(target, &e))
}

/// Refuses an existing `target` unless `force`.
pub(super) fn refuse_existing(target: &Path, force: bool) -> Result<()> {
    if !force && target.symlink_metadata().is_ok() {
        return Err(
            Error::invalid(t!("out-exists", file = target.display().to_string()))
                .with_hint(t!("out-exists-hint")),
        );
    }
    Ok(())
}

/// Puts the finished temporary file in place: replacing `target` with `force`, else only
/// where there is none (a file made meanwhile is not overwritten either).
pub(super) fn place(temp: NamedTempFile, target: &Path, force: bool) -> Result<()> {
    let placed = if force {
        temp.persist(target).map(drop)
    } else {
        temp.persist_noclobber(target).map(drop)
    };
    placed.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::invalid(t!("out-exists", file = target.display().to_string()))
                .with_hint(t!("out-exists-hint"))
        } else {
            cannot_write(target, &e.error)
        }
    })
}

pub(super) fn cannot_write(target: &Path, e: &std::io::Error) -> Error {
    Error::invalid(t!(
        "out-cannot-write",
        file = target.display().to_string(),
        why = e.to_string()
    ))
    .with_hint(t!("out-cannot-write-hint"))
}
