//! Import (filled in by the import work).
pub struct Importer;
