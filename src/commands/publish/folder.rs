//! Writing the docket's folder: every file made in a sibling temporary folder, then
//! swapped in for the old one (renamed aside, the new one renamed into its place, the
//! old one removed), so that a web server never serves half of two publishes and a case
//! voided since is gone with the rest. Files are 0644 and folders 0755: they are public.
//! A folder is only ever replaced when an earlier publish made it (it holds the marker
//! file), so a mistyped path never costs a clerk a folder of their own.

use super::gather::Built;
use crate::error::{Error, Result};
use crate::render::publish::{data, pages};
use crate::t;
use std::fs;
use std::path::{Path, PathBuf};

/// The file every publish leaves in its folder, and looks for before replacing one.
const MARKER: &str = ".sengketa-publish";

/// Refuses a target that is not a folder an earlier publish made (or an empty one, or
/// none yet).
pub fn check_target(dir: &Path) -> Result<()> {
    let shown = dir.display().to_string();
    match fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
        Ok(m) if !m.is_dir() => Err(Error::invalid(t!("publish-dir-not-dir", dir = shown))
            .with_hint(t!("publish-dir-hint"))),
        Ok(_) => {
            let empty = fs::read_dir(dir)?.next().is_none();
            if empty || dir.join(MARKER).is_file() {
                Ok(())
            } else {
                Err(Error::invalid(t!("publish-dir-not-ours", dir = shown))
                    .with_hint(t!("publish-dir-hint")))
            }
        }
    }
}

/// Writes the docket into `dir`, replacing what an earlier publish left there; returns
/// how many files it holds.
pub fn publish(dir: &Path, built: &Built) -> Result<usize> {
    check_target(dir)?;
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| {
            Error::invalid(t!("publish-dir-not-dir", dir = dir.display().to_string()))
                .with_hint(t!("publish-dir-hint"))
        })?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)?;
    let fresh = tempfile::Builder::new()
        .prefix(&format!(".{name}.new-"))
        .tempdir_in(&parent)?;
    let root = fresh.path();
    public_dir(root)?;
    let mut count = 0;
    let rendered = pages(&built.docket).map_err(|e| Error::internal(e.to_string()))?;
    for (path, text) in rendered {
        write(root, &path, text.as_bytes())?;
        count += 1;
    }
    let lang = crate::i18n::lang();
    for (path, bytes) in data::files(&built.tables, &built.about, lang)? {
        write(root, &format!("data/{path}"), &bytes)?;
        count += 1;
    }
    for (path, from) in &built.copies {
        let bytes = fs::read(from).map_err(|e| {
            Error::invalid(t!(
                "publish-decision-unreadable",
                file = from.display().to_string(),
                why = e.to_string()
            ))
        })?;
        write(root, &format!("putusan/{path}"), &bytes)?;
        count += 1;
    }
    write(
        root,
        MARKER,
        format!("{}\n", built.docket.site.head).as_bytes(),
    )?;
    swap(fresh.keep(), dir, &parent, &name)?;
    Ok(count)
}

/// Puts `fresh` where `dir` is: the old folder renamed aside first, then removed. Should
/// the second rename fail, the old folder is put back.
fn swap(fresh: PathBuf, dir: &Path, parent: &Path, name: &str) -> Result<()> {
    if !dir.exists() {
        return rename_or_clean(&fresh, dir);
    }
    let aside = tempfile::Builder::new()
        .prefix(&format!(".{name}.old-"))
        .tempdir_in(parent)?
        .keep();
    // The empty placeholder is replaced by the old folder (rename onto an empty folder).
    fs::rename(dir, &aside)?;
    if let Err(e) = fs::rename(&fresh, dir) {
        let _ = fs::rename(&aside, dir);
        let _ = fs::remove_dir_all(&fresh);
        return Err(e.into());
    }
    fs::remove_dir_all(&aside)?;
    Ok(())
}

fn rename_or_clean(fresh: &Path, dir: &Path) -> Result<()> {
    fs::rename(fresh, dir).map_err(|e| {
        let _ = fs::remove_dir_all(fresh);
        e.into()
    })
}

/// Writes `bytes` to `path` under `root`, its folders made, readable by all.
fn write(root: &Path, path: &str, bytes: &[u8]) -> Result<()> {
    let file = root.join(path);
    if let Some(folder) = file.parent() {
        let mut made = Vec::new();
        let mut p = folder;
        while !p.exists() {
            made.push(p.to_path_buf());
            match p.parent() {
                Some(up) => p = up,
                None => break,
            }
        }
        fs::create_dir_all(folder)?;
        for m in made {
            public_dir(&m)?;
        }
    }
    fs::write(&file, bytes)?;
    readable_by_all(&file, 0o644)
}

fn public_dir(p: &Path) -> Result<()> {
    readable_by_all(p, 0o755)
}

/// Sets the mode (on Unix; elsewhere a web server's folder has its own rules).
fn readable_by_all(p: &Path, mode: u32) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(p, fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (p, mode);
    Ok(())
}
