//! The test environment: the built binary run in a temp directory with a clean
//! environment, a pinned "today" and "now", and a fixed actor.

pub mod help;
pub mod random;
mod tables;
mod tools;

pub use tables::*;
pub use tools::*;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// The legal "today" every test runs on.
pub const TODAY: &str = "2026-11-29";
/// The recording time every test runs at.
pub const NOW: &str = "2026-11-29T08:00:00Z";

/// The register CSV's columns, in order (written out here, not taken from src/).
pub const COLUMNS: [&str; 15] = [
    "register_no",
    "received_on",
    "applicant",
    "applicant_kind",
    "public_body",
    "subject",
    "qualified_on",
    "not_qualified_on",
    "not_qualified_reason",
    "withdrawn_on",
    "decided_on",
    "decision_via",
    "decision_outcome",
    "decision_no",
    "closed_on",
];

/// The paper's recap keys, in order.
pub const PAPER_KEYS: [&str; 9] = [
    "year",
    "entered",
    "not_qualified",
    "qualified",
    "withdrawn",
    "interim_ruling",
    "processed",
    "done",
    "in_process",
];

/// The `recap --flow` keys, in order.
pub const FLOW_KEYS: [&str; 5] = [
    "year",
    "open_at_start",
    "received",
    "finished",
    "open_at_end",
];

/// A temp directory holding a register file, and the environment to run `sengketa` in.
pub struct TestEnv {
    dir: tempfile::TempDir,
    db: PathBuf,
}

/// What a run printed and how it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Output {
    /// stdout, then stderr (when there is any), then the exit status: the whole run.
    pub fn snapshot(&self) -> String {
        let mut s = self.stdout.clone();
        if !self.stderr.is_empty() {
            s.push_str("------- stderr -------\n");
            s.push_str(&self.stderr);
        }
        s.push_str(&format!("[exit status: {}]\n", self.code));
        s
    }
}

impl TestEnv {
    /// An empty directory: no register yet.
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("a temp dir");
        let db = dir.path().join("register.db");
        TestEnv { dir, db }
    }

    /// A register made by `init`, with the commission code JBI.
    pub fn initialised() -> TestEnv {
        static MADE: OnceLock<Vec<(PathBuf, Vec<u8>)>> = OnceLock::new();
        TestEnv::copied(&MADE, |env| {
            env.ok(&["init"]);
            env.ok(&["config", "set", "commission-code", "JBI"]);
        })
    }

    /// A register as `make` leaves it, made once per test binary and copied into each
    /// test's directory. With today, now and the actor pinned, `init` (or an import of
    /// the same file) writes the same bytes every time, so a copy is the very register
    /// the commands would make; the tests that are about `init` itself run it.
    pub(crate) fn copied(
        made: &'static OnceLock<Vec<(PathBuf, Vec<u8>)>>,
        make: fn(&TestEnv),
    ) -> TestEnv {
        use std::os::unix::fs::OpenOptionsExt;
        let files = made.get_or_init(|| {
            let env = TestEnv::new();
            make(&env);
            std::fs::read_dir(env.dir())
                .expect("the template's folder")
                .map(|e| {
                    let path = e.expect("a template file").path();
                    let name = PathBuf::from(path.file_name().expect("a file name"));
                    (name, std::fs::read(&path).expect("a template file"))
                })
                .collect()
        });
        let env = TestEnv::new();
        for (name, bytes) in files {
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(env.dir().join(name))
                .and_then(|mut f| f.write_all(bytes))
                .expect("a copy of the template");
        }
        env
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The register file.
    pub fn db(&self) -> &Path {
        &self.db
    }

    /// `sengketa` with a clean environment: only PATH and the pinned variables.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sengketa"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("SENGKETA_DB", &self.db)
            .env("SENGKETA_TODAY", TODAY)
            .env("SENGKETA_NOW", NOW)
            .env("SENGKETA_ACTOR", "clerk")
            // Tables fit an 80-column terminal, the narrowest a clerk's is.
            .env("COLUMNS", "80")
            .current_dir(self.dir.path());
        cmd
    }

    /// Runs `sengketa ARGS`; the temp directory's path reads `$TEST_ENV` in the output.
    pub fn run(&self, args: &[&str]) -> Output {
        let out = self.command().args(args).output().expect("sengketa runs");
        self.output(out)
    }

    /// Runs a command made from `command()` and changed by the test (an environment
    /// variable removed, another added).
    pub fn run_command(&self, mut cmd: Command) -> Output {
        let out = cmd.output().expect("sengketa runs");
        self.output(out)
    }

    /// Runs `sengketa ARGS`, which must succeed with nothing on stderr but progress
    /// messages; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.code, 0, "sengketa {args:?} failed:\n{}", out.snapshot());
        out.stdout
    }

    /// Runs `sqlite3 REGISTER SQL` (the shell a clerk might reach for).
    pub fn sqlite(&self, sql: &str) -> Output {
        let out = Command::new("sqlite3")
            .arg(&self.db)
            .arg(sql)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .output()
            .expect("the sqlite3 shell runs (install it: apt-get install sqlite3)");
        self.output(out)
    }

    /// Everything the register holds: the full SQL dump, as the sqlite3 shell prints it
    /// (every table, trigger and row, the history included). Two equal values mean an
    /// unchanged register. (What the commands print of it is a function of these rows
    /// and the pinned environment, so listing and showing every case as well, as this
    /// once did, found nothing more and cost a process per case on each check.)
    pub fn contents(&self) -> String {
        let dump = self.sqlite(".dump");
        assert_eq!(dump.code, 0, "{}", dump.snapshot());
        dump.stdout
    }

    /// The cases as `case list --format json` gives them.
    pub fn cases(&self) -> Vec<serde_json::Value> {
        serde_json::from_str(&self.ok(&["case", "list", "--format", "json"])).expect("JSON list")
    }

    /// Adds a case received on `received`; returns its register number.
    pub fn add(&self, received: &str, applicant: &str, body: &str) -> String {
        let out = self.ok(&[
            "case",
            "add",
            "--received",
            received,
            "--applicant",
            applicant,
            "--body",
            body,
            "--subject",
            "Anggaran",
        ]);
        out.trim().to_string()
    }

    fn output(&self, out: std::process::Output) -> Output {
        let dir = self.dir.path().to_str().expect("a UTF-8 temp path");
        let text = |b: Vec<u8>| {
            String::from_utf8(b)
                .expect("UTF-8 output")
                .replace(dir, "$TEST_ENV")
        };
        Output {
            stdout: text(out.stdout),
            stderr: text(out.stderr),
            code: out.status.code().expect("an exit code, not a signal"),
        }
    }
}

/// Copies a register as a file copy would have to: the file and its WAL, which the tool
/// keeps between runs with the steps not yet checkpointed into the file.
pub fn copy_register(from: &Path, to: &Path) {
    std::fs::copy(from, to).expect("copy the register");
    let wal = |p: &Path| {
        let mut s = p.as_os_str().to_owned();
        s.push("-wal");
        std::path::PathBuf::from(s)
    };
    let _ = std::fs::remove_file(wal(to));
    if wal(from).exists() {
        std::fs::copy(wal(from), wal(to)).expect("copy the register's WAL");
    }
}

/// Writes `text` to `name` in the test's directory; returns the name (the commands run in
/// that directory, so messages show the short name).
pub fn write(env: &TestEnv, name: &'static str, text: &str) -> &'static str {
    std::fs::write(env.dir().join(name), text).expect("write a test file");
    name
}

/// Runs `sengketa ARGS` with `input` on standard input and stdout/stderr piped.
pub fn run_stdin(env: &TestEnv, args: &[&str], input: &str) -> Output {
    let mut child = env
        .command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sengketa starts");
    let mut stdin = child.stdin.take().expect("a stdin pipe");
    let text = input.to_string();
    let feeder = std::thread::spawn(move || {
        // The command may stop reading early (on a bad header); a broken pipe is fine.
        let _ = stdin.write_all(text.as_bytes());
    });
    let out = child.wait_with_output().expect("sengketa runs");
    feeder.join().expect("the feeder thread");
    env.output(out)
}

/// A command line as a session writes it: `$ sengketa ARGS`, quoted where needed.
pub fn shown(args: &[&str]) -> String {
    let words: Vec<String> = args
        .iter()
        .map(|a| {
            if a.is_empty() || a.contains([' ', '\'', '"']) {
                format!("'{a}'")
            } else {
                a.to_string()
            }
        })
        .collect();
    format!("$ sengketa {}\n", words.join(" "))
}

/// Runs each command in turn and writes them up as a shell session: the command line,
/// then its whole output.
pub fn session(env: &TestEnv, steps: &[&[&str]]) -> String {
    session_with(env, &[], steps)
}

/// [`session`] with these environment variables set for every command (e.g. `LANG`).
pub fn session_with(env: &TestEnv, vars: &[(&str, &str)], steps: &[&[&str]]) -> String {
    let mut s = String::new();
    for args in steps {
        s.push_str(&shown(args));
        let mut cmd = env.command();
        cmd.envs(vars.iter().copied()).args(*args);
        s.push_str(&env.run_command(cmd).snapshot());
    }
    s
}

/// Runs a command that must be refused with `code`: nothing on stdout, an `error:` on
/// stderr, the register unchanged (`TestEnv::contents`). Returns the run written up as
/// `session` does.
pub fn refused(env: &TestEnv, args: &[&str], code: i32) -> String {
    let before = env.contents();
    let out = env.run(args);
    assert_eq!(out.code, code, "sengketa {args:?}:\n{}", out.snapshot());
    assert_eq!(out.stdout, "", "sengketa {args:?} printed data");
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    assert_eq!(
        env.contents(),
        before,
        "sengketa {args:?} changed the register"
    );
    format!("{}{}", shown(args), out.snapshot())
}
