//! Recap queries (filled in by the recap work).
