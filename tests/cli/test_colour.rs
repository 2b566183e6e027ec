//! Errors stand out on a colour terminal (the label "galat" in red, "saran" in yellow)
//! and are plain text under NO_COLOR, with TERM=dumb and into a pipe.

use crate::common::TestEnv;

/// A run with a pseudo-terminal for its output (and its error output): everything it
/// wrote, and its exit code.
fn on_a_terminal(env: &TestEnv, vars: &[(&str, &str)], args: &[&str]) -> (String, i32) {
    let mut cmd = env.command();
    cmd.env("TERM", "xterm-256color")
        .envs(vars.iter().copied())
        .args(args);
    let mut s = rexpect::session::spawn_command(cmd, Some(10_000)).expect("a pty");
    let screen = s.exp_eof().expect("the run ends");
    match s.process().wait().expect("an exit") {
        rexpect::process::WaitStatus::Exited(_, code) => (screen, code),
        other => panic!("not an exit: {other:?}"),
    }
}

/// A case that does not exist: an error with a hint.
const MISSING: [&str; 5] = ["case", "show", "2099/1", "--lang", "id"];

#[test]
fn on_a_colour_terminal_the_error_and_hint_labels_are_red_and_yellow() {
    let env = TestEnv::initialised();
    let (screen, code) = on_a_terminal(&env, &[], &MISSING);
    assert_eq!(code, 4, "{screen}");
    // Red and bold, then reset: ESC [ 1 m ESC [ 31 m (anstyle writes the effects, then
    // the colour).
    let red = anstyle_red().to_string();
    let yellow = anstyle_yellow().to_string();
    assert!(screen.contains(&format!("{red}galat")), "{screen:?}");
    assert!(screen.contains(&format!("{yellow}saran")), "{screen:?}");
    assert!(
        screen.contains("\x1b[0m: "),
        "the colour ends with the label: {screen:?}"
    );
}

#[test]
fn errors_are_plain_under_no_color_with_a_dumb_terminal_and_in_a_pipe() {
    let env = TestEnv::initialised();
    for vars in [&[("NO_COLOR", "1")][..], &[("TERM", "dumb")]] {
        let (screen, code) = on_a_terminal(&env, vars, &MISSING);
        assert_eq!(code, 4, "{screen}");
        assert!(screen.contains("galat: "), "{vars:?}: {screen:?}");
        assert!(!screen.contains('\x1b'), "{vars:?}: no escape: {screen:?}");
    }
    let out = env.run(&MISSING);
    assert_eq!(out.code, 4);
    assert!(out.stderr.starts_with("galat: "), "{:?}", out.stderr);
    assert!(out.stderr.contains("\nsaran: "), "{:?}", out.stderr);
    assert!(!out.stderr.contains('\x1b'), "{:?}", out.stderr);
}

/// The escapes anstyle writes for a bold red and a bold yellow label, spelled here.
fn anstyle_red() -> &'static str {
    "\x1b[1m\x1b[31m"
}

fn anstyle_yellow() -> &'static str {
    "\x1b[1m\x1b[33m"
}
