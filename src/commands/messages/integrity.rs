//! The words of a broken archive: why `import --archive` cannot read it.

use crate::domain::text::excerpt;
use crate::t;

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
