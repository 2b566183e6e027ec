//! Opening the file a command reads: a path or `-` for standard input, a device or a
//! folder refused, the hint naming the kind of file wanted.

use crate::error::{Error, Result};
use crate::t;
use std::io::Read;
use std::path::Path;

/// The kind of file a command reads, named in the hint when it cannot be read.
#[derive(Debug, Clone, Copy)]
pub(crate) enum InputKind {
    RegisterCsv,
    Archive,
    HearingsCsv,
    AppealsCsv,
    CalendarCsv,
    PublishedRecap,
}

impl InputKind {
    /// "give the path of a register CSV, or - for standard input", ...
    fn hint(self) -> String {
        match self {
            InputKind::RegisterCsv => t!("input-give-register-csv"),
            InputKind::Archive => t!("input-give-archive"),
            InputKind::HearingsCsv => t!("input-give-hearings-csv"),
            InputKind::AppealsCsv => t!("input-give-appeals-csv"),
            InputKind::CalendarCsv => t!("input-give-calendar-csv"),
            InputKind::PublishedRecap => t!("input-give-published-recap"),
        }
    }
}

/// The file to read (or standard input for `-`), its size if known, and its name for
/// messages (escaped); `what` is the kind of file, named in the hint. A device or a folder is
/// refused (`import /dev/zero` hung); a pipe is read, as standard input is.
pub(crate) fn open_input(
    file: &Path,
    what: InputKind,
) -> Result<(Box<dyn Read>, Option<u64>, String)> {
    if file.as_os_str() == "-" {
        return Ok((Box::new(std::io::stdin().lock()), None, t!("input-stdin")));
    }
    let name = crate::domain::text::escaped(&file.display().to_string());
    let f = std::fs::File::open(file).map_err(|e| {
        Error::invalid(t!("input-cannot-read", name = &name, why = e.to_string()))
            .with_hint(what.hint())
    })?;
    let meta = f.metadata().map_err(Error::from)?;
    #[cfg(unix)]
    let device = {
        use std::os::unix::fs::FileTypeExt;
        meta.file_type().is_char_device() || meta.file_type().is_block_device()
    };
    #[cfg(not(unix))]
    let device = false;
    if meta.is_dir() || device {
        return Err(Error::invalid(t!("input-not-a-file", name = &name)).with_hint(what.hint()));
    }
    let size = meta.is_file().then_some(meta.len());
    Ok((Box::new(f), size, name))
}
