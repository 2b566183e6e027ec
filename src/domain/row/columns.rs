//! A CSV table's columns and its raw row, made from one list of names: the header to
//! check and the struct the csv crate fills by the header's names can never disagree,
//! and no table spells its columns twice.

/// A raw row that knows its table's columns (what [`columns!`] declares).
pub trait Columns {
    /// The table's columns, in order: the header a file must have.
    const COLUMNS: &'static [&'static str];
    /// Columns a file may have after those, the first few of them in their order or none
    /// (a cell of one absent reads empty): what a later version added where an older
    /// file stays readable.
    const OPTIONAL: &'static [&'static str] = &[];
}

/// Declares `COLUMNS` (the table's header, in order) and the raw row `$raw` (one `&str`
/// per column, every cell as written, filled by the header's names, and knowing the
/// columns: [`Columns`]) from one list of column names.
macro_rules! columns {
    ($(#[$doc:meta])* $raw:ident { $($col:ident),+ $(,)? }
     $(optional { $($opt:ident),+ $(,)? })?) => {
        /// The table's columns, in order: the header a file must have.
        pub const COLUMNS: [&str; [$(stringify!($col)),+].len()] = [$(stringify!($col)),+];

        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, serde::Deserialize)]
        pub struct $raw<'a> {
            $(pub $col: &'a str,)+
            $($(#[serde(default)] pub $opt: &'a str,)+)?
        }

        impl<'a> $raw<'a> {
            /// A row from its cells in the order of [`COLUMNS`] (the optional ones empty),
            /// for a table's tests (a table without them is not made to write one).
            #[cfg(test)]
            #[allow(dead_code)]
            pub fn from_cells(cells: &[&'a str; COLUMNS.len()]) -> $raw<'a> {
                let [$($col),+] = *cells;
                $raw { $($col,)+ $($($opt: "",)+)? }
            }
        }

        impl $crate::domain::row::columns::Columns for $raw<'_> {
            const COLUMNS: &'static [&'static str] = &COLUMNS;
            const OPTIONAL: &'static [&'static str] = &[$($(stringify!($opt)),+)?];
        }
    };
}

pub(crate) use columns;
