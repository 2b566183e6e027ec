//! Recap arithmetic (filled in by the recap work).
