//! Property tests of the history (written by the tests work).
