//! The progress bar of long imports and exports: on stderr, and only when stderr is a
//! terminal, so pipes, scripts and CI see nothing extra.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Instant;

/// A bar over `total` units (bytes of input, or rows), hidden unless stderr is a terminal
/// and `shown` (the caller's own condition, e.g. not writing the data to that terminal).
pub fn progress(total: Option<u64>, shown: bool) -> ProgressBar {
    if !shown || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{bar:24}] {percent:>3}% {msg}, {eta} left")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar
}

/// "N rows, R rows/s" since `started`.
pub fn rate(rows: u64, started: Instant) -> String {
    let per_second = rows as f64 / started.elapsed().as_secs_f64().max(1e-3);
    format!("{rows} rows, {per_second:.0} rows/s")
}
