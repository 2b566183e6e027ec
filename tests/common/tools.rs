//! The outside programs some tests drive (Chromium, LibreOffice, pdftotext, python3): one
//! place that decides what a test does when one is missing. On a developer's machine the
//! test skips, saying on stderr what to install; under `CI=true` it fails, since `.ci/run`
//! installs every tool a test needs and a skipped check there would pass unseen.

use std::path::PathBuf;

/// The path of `tool` on PATH, or `None` (after saying on stderr that the test skips and
/// which Debian `package` gives the tool) where it is missing outside CI. Under `CI=true`
/// (any value but empty, `0` or `false`) a missing tool fails the calling test.
///
/// ```ignore
/// let Some(chromium) = require_tool("chromium", "chromium") else { return };
/// ```
pub fn require_tool(tool: &str, package: &str) -> Option<PathBuf> {
    if let Some(path) = on_path(tool) {
        return Some(path);
    }
    let why = format!("`{tool}` is not installed (Debian: apt-get install {package})");
    if under_ci() {
        panic!("{why}; under CI=true every tool a test needs must be there (.ci/run installs it)");
    }
    eprintln!("skipped: {why}");
    None
}

/// Every tool in `tools` (name, Debian package), or `None` when one is missing (see
/// [`require_tool`]; each missing one is named).
pub fn require_tools(tools: &[(&str, &str)]) -> Option<Vec<PathBuf>> {
    let found: Vec<Option<PathBuf>> = tools.iter().map(|(t, p)| require_tool(t, p)).collect();
    found.into_iter().collect()
}

/// Whether the tests run in CI: `CI` set to anything but empty, `0` or `false` (GitHub
/// Actions, GitLab and most others set `CI=true`).
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"))
}

/// The first executable file named `tool` in PATH's folders.
fn on_path(tool: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(tool))
        .find(|p| {
            std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}
