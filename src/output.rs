//! What sengketa writes: standard output and standard error, and the files it writes.
//!
//! Standard output and standard error with every write checked and flushed: a failed
//! write is an error of its own kind ([`Kind::Io`], exit 74), never a panic as
//! `println!` and `eprintln!` have it (clippy's `print_stdout` and `print_stderr` lints
//! keep those out of the crate). What they print never carries a control character raw
//! (`domain::text::escaped_lines`): a register number or a file name with an ESC in it
//! shows as `\u{1b}`.
//!
//! The files sengketa writes (`export -o`, `hearing export -o`, `agenda -o`, `man --dir`,
//! `demo --write-fixtures`): written whole or not at all, readable by their owner only,
//! never through a symbolic link, and never the register itself.
//!
//! Each is written to a temporary file in its own folder (mode 0600) and renamed into
//! place once complete and synced: a full disk leaves the old file as it was and no
//! temporary one. A path that names the register, its `-wal`, `-shm` or `-journal` (by
//! its name, or as the same file by another name) is refused before anything is opened:
//! `export -o register.db` once truncated the register to a CSV header.
//!
//! [`Kind::Io`]: crate::error::Kind::Io

use crate::domain::text::escaped_lines;
use crate::error::{Error, Result};
use crate::t;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The files SQLite keeps beside a register: the register's own name with these suffixes.
const COMPANIONS: [&str; 4] = ["", "-wal", "-shm", "-journal"];

/// An output file being written; [`OutputFile::finish`] puts it in place.
pub struct OutputFile {
    tmp: tempfile::NamedTempFile,
    dest: PathBuf,
}

impl OutputFile {
    /// Starts writing `dest`, refusing the register (`register`, when there is one) and
    /// anything at `dest` that is not a regular file.
    pub fn create(dest: &Path, register: Option<&Path>) -> Result<OutputFile> {
        check_dest(dest, register)?;
        let dir = folder_of(dest);
        no_folder(dest, &dir)?;
        // 0600: tempfile makes its files readable by their owner only.
        let tmp = tempfile::Builder::new()
            .prefix(".sengketa-")
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(|e| cannot_write(dest, e))?;
        Ok(OutputFile {
            tmp,
            dest: dest.to_path_buf(),
        })
    }

    /// Makes the file readable by all (0644) once in place: for what is meant for
    /// publication (a report, a chart), never for the register's data.
    pub fn readable_by_all(&self) -> Result<()> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            self.tmp
                .as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644))
                .map_err(|e| cannot_write(&self.dest, e))?;
        }
        Ok(())
    }

    /// Syncs the whole file and renames it into place (replacing a regular file there).
    pub fn finish(mut self) -> Result<()> {
        self.tmp.flush()?;
        self.tmp.as_file().sync_all()?;
        let dest = self.dest.clone();
        self.tmp
            .persist(&dest)
            .map_err(|e| cannot_write(&dest, e.error))?;
        Ok(())
    }
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.tmp.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.tmp.flush()
    }
}

/// The folder a path is in (`.` for a bare name).
fn folder_of(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The path with its folder made absolute and free of links (the file name kept as it
/// is), or `None` when the folder cannot be resolved.
fn resolved(p: &Path) -> Option<PathBuf> {
    let name = p.file_name()?;
    Some(std::fs::canonicalize(folder_of(p)).ok()?.join(name))
}

/// Refuses a path whose folder does not exist, naming it (the temporary file's own path,
/// which the failure would name, is nothing the user gave).
pub fn no_folder(dest: &Path, dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    Err(Error::invalid(t!(
        "output-no-folder",
        path = dest.display().to_string(),
        folder = dir.display().to_string()
    ))
    .with_hint(t!("output-no-folder-hint")))
}

fn cannot_write(dest: &Path, e: std::io::Error) -> Error {
    let mut err = Error::from(e);
    err.message = t!(
        "output-cannot-write",
        path = dest.display().to_string(),
        why = err.message
    );
    err
}

/// Refuses an output path that is the register or one of its companions, or that holds
/// something other than a regular file (a link, a device, a folder).
pub fn check_dest(dest: &Path, register: Option<&Path>) -> Result<()> {
    let shown = dest.display().to_string();
    if register.is_some_and(|reg| names_register(dest, reg)) {
        return Err(Error::invalid(t!("output-is-register", path = &shown))
            .with_hint(t!("output-is-register-hint")));
    }
    match std::fs::symlink_metadata(dest) {
        Ok(m) if m.file_type().is_symlink() => {
            Err(Error::invalid(t!("output-is-link", path = &shown))
                .with_hint(t!("output-not-regular-hint")))
        }
        Ok(m) if !m.is_file() => Err(Error::invalid(t!("output-not-regular", path = &shown))
            .with_hint(t!("output-not-regular-hint"))),
        _ => Ok(()),
    }
}

/// Whether `dest` is the register at `register` or one of the files SQLite keeps beside it:
/// by name (its folder resolved), or as the same file by another name (a link, a hard
/// link, another mount of the folder).
pub fn names_register(dest: &Path, register: &Path) -> bool {
    if let (Some(d), Some(r)) = (resolved(dest), resolved(register)) {
        let (dname, rname) = (d.file_name(), r.file_name());
        for suffix in COMPANIONS {
            let mut companion = rname.unwrap_or_default().to_os_string();
            companion.push(suffix);
            if d.parent() == r.parent() && dname == Some(companion.as_os_str()) {
                return true;
            }
        }
    }
    if let Ok(d) = file_id(dest) {
        for suffix in COMPANIONS {
            let mut companion = register.as_os_str().to_os_string();
            companion.push(suffix);
            if file_id(Path::new(&companion)).is_ok_and(|r| r == d) {
                return true;
            }
        }
    }
    false
}

/// Which file `path` names, hard links included: on unix its device and inode, read
/// without opening it (opening a named pipe would wait for a writer).
#[cfg(unix)]
fn file_id(path: &Path) -> std::io::Result<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path)?;
    Ok((m.dev(), m.ino()))
}

/// Which file `path` names, hard links included: elsewhere (Windows) the volume and file
/// index `same-file` reads from an open handle, for regular files only.
#[cfg(not(unix))]
fn file_id(path: &Path) -> std::io::Result<same_file::Handle> {
    if !std::fs::metadata(path)?.is_file() {
        return Err(std::io::ErrorKind::InvalidInput.into());
    }
    same_file::Handle::from_path(path)
}

/// Writes `args` to standard output and flushes it.
pub fn to_stdout(args: fmt::Arguments) -> Result<()> {
    let text = escaped_lines(&args.to_string());
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Writes `args` to standard error (unbuffered).
pub fn to_stderr(args: fmt::Arguments) -> Result<()> {
    let text = escaped_lines(&args.to_string());
    let mut err = std::io::stderr().lock();
    err.write_all(text.as_bytes())?;
    err.flush()?;
    Ok(())
}

/// `println!`, checked: `outln!("{x}")?`.
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::output::to_stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!`, checked: `errln!("{x}")?`.
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::output::to_stderr(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprint!`, checked: `errout!("{x}")?`.
#[macro_export]
macro_rules! errout {
    ($($arg:tt)*) => {
        $crate::output::to_stderr(format_args!($($arg)*))
    };
}
