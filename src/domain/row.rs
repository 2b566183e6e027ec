//! Register CSV rows (filled in by the import work).
