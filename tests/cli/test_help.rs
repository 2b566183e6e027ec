//! What the command line says of itself: usage lines, help, shell completions and the
//! manual page.

use crate::common::TestEnv;

/// Issue "Bahasa Indonesia first": with SENGKETA_DB set (as every TestEnv has it), a usage
/// error's usage line showed `--db <PATH>` as if it were required.
#[test]
fn usage_lines_do_not_show_db_as_required_when_sengketa_db_is_set() {
    let env = TestEnv::initialised();
    let out = env.run(&["case", "decide", "2017/1", "--via", "mediation"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    insta::assert_snapshot!(out.stderr, @"
    error: the following required arguments were not provided:
      --outcome <OUTCOME>

    Usage: sengketa case decide --via <VIA> --outcome <OUTCOME> <CASE>

    For more information, try '--help'.
    ");
    let help = env.ok(&["case", "list", "--help"]);
    assert!(
        help.contains("Usage: sengketa case list [OPTIONS]\n"),
        "{help}"
    );
    // The variable still names the register.
    assert!(env.db().exists());
    assert_eq!(env.run(&["case", "list"]).code, 0);
}
