//! Files a command writes that hold the register's personal data (a backup, an archive):
//! never the register itself (nor its `-wal` or `-shm`), written whole under a temporary
//! name beside the target, readable by the owner only, and then put in place. And the
//! public flavour: files meant for publication (the report, a chart), readable by all.

use crate::error::{Error, Result};
use crate::t;
use std::path::Path;
use tempfile::NamedTempFile;

/// Runs `write` on the file `-o` names, written whole and then put in place readable by
/// all (0644: a web server serves it), or on standard output without one. Only for what
/// is meant for publication: no personal data.
pub(crate) fn write_public<T>(
    path: Option<&Path>,
    ctx: &super::Ctx,
    write: impl FnOnce(&mut dyn std::io::Write) -> Result<T>,
) -> Result<T> {
    match path {
        Some(p) => {
            let mut file = crate::output::OutputFile::create(p, ctx.db_path().ok().as_deref())?;
            let done = write(&mut file)?;
            file.readable_by_all()?;
            file.finish()?;
            Ok(done)
        }
        None => super::export::write_output(None, ctx, write),
    }
}

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

/// An empty temporary file beside `target`, readable by its owner only (tempfile makes
/// it 0600; SQLite gives its journal the same mode), locked for as long as this run
/// holds it. The parts of runs that died first (a killed backup leaves a whole copy of
/// the register's personal data) are removed.
pub(super) fn staged(target: &Path) -> Result<NamedTempFile> {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    crate::output::no_folder(target, dir)?;
    remove_stale_parts(dir);
    let temp = tempfile::Builder::new()
        .prefix(PART_PREFIX)
        .suffix(PART_SUFFIX)
        .tempfile_in(dir)
        .map_err(|e| cannot_write(target, &e))?;
    temp.as_file()
        .lock()
        .map_err(|e| cannot_write(target, &e))?;
    Ok(temp)
}

const PART_PREFIX: &str = ".sengketa-";
const PART_SUFFIX: &str = ".part";

/// Removes the parts in `dir` no live run holds (its lock goes with its process, however
/// it ended), with the files SQLite kept beside them. A part another run is writing stays;
/// one that cannot be removed (another user's) is left to its owner.
fn remove_stale_parts(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        if !name.starts_with(PART_PREFIX)
            || !name.ends_with(PART_SUFFIX)
            || !entry.file_type().is_ok_and(|t| t.is_file())
        {
            continue;
        }
        let path = entry.path();
        let Ok(file) = std::fs::OpenOptions::new().read(true).open(&path) else {
            continue;
        };
        if file.try_lock().is_ok() {
            for companion in ["-journal", "-wal", "-shm"] {
                let mut other = path.clone().into_os_string();
                other.push(companion);
                let _ = std::fs::remove_file(other);
            }
            let _ = std::fs::remove_file(&path);
        }
    }
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
    // A full disk is the device's failure (74), not the target's (3).
    let kind = match e.kind() {
        std::io::ErrorKind::StorageFull => crate::error::Kind::Io,
        _ => crate::error::Kind::Invalid,
    };
    Error::new(
        kind,
        t!(
            "out-cannot-write",
            file = target.display().to_string(),
            why = e.to_string()
        ),
    )
    .with_hint(t!("out-cannot-write-hint"))
}
