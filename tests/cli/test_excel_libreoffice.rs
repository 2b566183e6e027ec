//! An `--excel` file opens in LibreOffice Calc (headless) with the right columns, its
//! formulas as text, its decimal commas as numbers: `scripts/check-excel.sh` run on the
//! built binary. Skipped, saying why, where soffice or python3 is missing, except under
//! CI=true, where that fails (`require_tool`).

use crate::common::require_tools;
use std::process::Command;

#[test]
fn excel_files_open_in_libreoffice_with_the_right_columns() {
    let tools = [
        ("soffice", "libreoffice-calc-nogui"),
        ("python3", "python3"),
    ];
    if require_tools(&tools).is_none() {
        return;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/check-excel.sh");
    let out = Command::new("bash")
        .arg(script)
        .env("SENGKETA_BIN", env!("CARGO_BIN_EXE_sengketa"))
        .output()
        .expect("bash runs the script");
    let stdout = String::from_utf8_lossy(&out.stdout);
    // (the script's own skip, exit 77, cannot happen with the tools there: a failure)
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("check-excel: every check passed"),
        "{stdout}"
    );
    assert!(!stdout.contains("FAILED"), "{stdout}");
}
