//! Recap renderings (filled in by the recap work).
