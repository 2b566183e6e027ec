//! The command tree: one file per subcommand, groups as folders, one `match` to dispatch.

mod agenda;
mod appeal;
mod backup;
mod body;
mod calendar;
mod case;
mod completions;
mod config;
mod csv_args;
mod demo;
mod doc;
mod export;
mod hearing;
pub(crate) mod help;
mod import;
mod init;
mod key;
mod man;
mod mediation;
pub mod messages;
mod outfile;
mod person;
pub(crate) mod prompt;
mod publish;
mod recap;
mod report;
mod schema;
mod table;
mod values;
mod verify;

pub use help::{cli_command, lang_flag, parsing_command, usage_error};

use crate::domain::case::{Clock, Stamp};
use crate::domain::{Date, Lang, Pinned};
use crate::error::{Error, Result};
use crate::storage::{DEFAULT_BUSY_TIMEOUT_MS, MAX_BUSY_TIMEOUT_MS, NetworkFs, Register};
use crate::t;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::time::Duration;

/// A register of public-information disputes (sengketa informasi publik) for Indonesia's
/// Information Commissions, kept in one SQLite file.
///
/// Clerks log each dispute and record every step; analysts export the register and the
/// yearly recaps. Exit codes: 0 success, 1 a check found differences, 2 usage,
/// 3 invalid input or refused step, 4 no such case, 5 register unavailable, 70 internal,
/// 74 output failed.
#[derive(Debug, Parser)]
#[command(name = "sengketa", version, max_term_width = 100)]
pub struct Cli {
    /// The register file [env: SENGKETA_DB] [default: the platform data folder's
    /// sengketa/register.db]
    // SENGKETA_DB is read in `Ctx::from_env`, not through clap's `env`: clap counts a value
    // from the environment as typed, and its usage lines then show `--db <PATH>` as if it
    // were required.
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// The language of messages, help and tables: id (Bahasa Indonesia) or en [default:
    /// SENGKETA_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// Fit tables to this many columns [default: the terminal's width, else COLUMNS, else
    /// as wide as they need]
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,

    /// Show tables whole: every column, nothing cut
    #[arg(long, global = true)]
    pub wide: bool,

    /// Open a register on a network file system (NFS, SMB, sshfs or another FUSE mount)
    /// all the same: safe only if no two computers use it at once
    #[arg(long, global = true)]
    pub allow_network_fs: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::Args),
    #[command(subcommand)]
    Config(config::Command),
    #[command(subcommand)]
    Case(case::Command),
    // `appeals` and `hearings` were groups of their own (the CSV import and export) until
    // they joined `appeal` and `hearing`: the old spellings still work, out of the help
    // and the completions, for a release.
    #[command(subcommand, alias = "appeals")]
    Appeal(appeal::Command),
    #[command(subcommand)]
    Mediation(mediation::Command),
    #[command(subcommand)]
    Body(body::Command),
    #[command(subcommand)]
    Person(person::Command),
    Agenda(agenda::Args),
    #[command(subcommand)]
    Calendar(calendar::Command),
    #[command(subcommand, alias = "hearings")]
    Hearing(hearing::Command),
    Import(import::Args),
    Export(export::Args),
    Recap(recap::Args),
    Report(report::Args),
    Publish(publish::Args),
    Demo(demo::Args),
    Doc(doc::Args),
    Verify(verify::Args),
    #[command(subcommand)]
    Key(key::Command),
    Backup(backup::Args),
    Schema(schema::Args),
    Completions(completions::Args),
    Man(man::Args),
}

/// Runs a command; returns the exit code on success (1 when a check found differences).
pub fn run(cli: Cli) -> Result<i32> {
    crate::render::table::set_width(
        cli.width.map(usize::from),
        cli.wide,
        std::env::var("COLUMNS").ok(),
    );
    let ctx = Ctx::from_env(cli.db, cli.allow_network_fs)?;
    match cli.command {
        Command::Init(args) => init::run(args, &ctx),
        Command::Config(cmd) => config::run(cmd, &ctx),
        Command::Case(cmd) => case::run(cmd, &ctx),
        Command::Appeal(cmd) => appeal::run(cmd, &ctx),
        Command::Mediation(cmd) => mediation::run(cmd, &ctx),
        Command::Body(cmd) => body::run(cmd, &ctx),
        Command::Person(cmd) => person::run(cmd, &ctx),
        Command::Agenda(args) => agenda::run(args, &ctx),
        Command::Calendar(cmd) => calendar::run(cmd, &ctx),
        Command::Hearing(cmd) => hearing::run(cmd, &ctx),
        Command::Import(args) => import::run(args, &ctx),
        Command::Export(args) => export::run(args, &ctx),
        Command::Recap(args) => recap::run(args, &ctx),
        Command::Report(args) => report::run(args, &ctx),
        Command::Publish(args) => publish::run(args, cli.lang, &ctx),
        Command::Demo(args) => demo::run(args, &ctx),
        Command::Doc(args) => doc::run(args, &ctx),
        Command::Verify(args) => verify::run(args, &ctx),
        Command::Key(cmd) => key::run(cmd, &ctx),
        Command::Backup(args) => backup::run(args, &ctx),
        Command::Schema(args) => schema::run(args, &ctx),
        Command::Completions(args) => completions::run(args, &ctx),
        Command::Man(args) => man::run(args, &ctx),
    }
}

/// What every command may need: where the register is, what day it is, who is acting.
pub struct Ctx {
    db: Option<PathBuf>,
    pub today: Date,
    clock: Clock,
    busy_timeout: Duration,
    network_fs: NetworkFs,
}

impl Ctx {
    fn from_env(db: Option<PathBuf>, allow_network_fs: bool) -> Result<Ctx> {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let db = db.or_else(|| {
            std::env::var_os("SENGKETA_DB")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        });
        let now = chrono::Utc::now();
        let pinned = Pinned::of(
            env("SENGKETA_TODAY").is_some(),
            env("SENGKETA_NOW").is_some(),
        );
        let today = match env("SENGKETA_TODAY") {
            Some(t) => Date::parse(&t).map_err(|e| {
                Error::usage(t!("env-today-bad", why = messages::domain_message(&e)))
                    .with_hint(t!("env-today-bad-hint"))
            })?,
            // The clerk's calendar day, not UTC's: at 06:00 in Jambi (UTC+7) it is still
            // yesterday in UTC, and a step dated today would be refused as in the future.
            None => {
                Date::parse(&chrono::Local::now().format("%Y-%m-%d").to_string()).expect("a date")
            }
        };
        let now = match env("SENGKETA_NOW") {
            Some(t) => chrono::DateTime::parse_from_rfc3339(&t)
                .map_err(|e| {
                    Error::usage(t!(
                        "env-now-bad",
                        value = crate::domain::text::excerpt(&t),
                        why = e.to_string()
                    ))
                    .with_hint(t!("env-now-bad-hint"))
                })
                // A time the register's dates cannot hold (year 0000) is refused like
                // one that is not a time: acts would be stamped with it.
                .and_then(|at| {
                    use chrono::Datelike;
                    let at = at.with_timezone(&chrono::Utc);
                    if Date::YEARS.contains(&at.year()) {
                        Ok(at)
                    } else {
                        Err(Error::usage(t!(
                            "env-now-bad",
                            value = crate::domain::text::excerpt(&t),
                            why = t!("env-now-year", year = i64::from(at.year()))
                        ))
                        .with_hint(t!("env-now-bad-hint")))
                    }
                })?,
            None => now,
        };
        // SQLite takes at most i32::MAX milliseconds (about 24.8 days); rusqlite panicked
        // on more.
        let busy_timeout = match env("SENGKETA_BUSY_TIMEOUT_MS") {
            Some(ms) => ms
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|n| *n <= MAX_BUSY_TIMEOUT_MS)
                .ok_or_else(|| {
                    Error::usage(t!(
                        "busy-timeout-bad",
                        value = crate::domain::text::excerpt(&ms),
                        max = MAX_BUSY_TIMEOUT_MS
                    ))
                    .with_hint(t!("busy-timeout-bad-hint"))
                })?,
            None => DEFAULT_BUSY_TIMEOUT_MS,
        };
        // A table may show a date of this year without its year ("Sen 9 Feb").
        crate::render::human::set_this_year(today.year());
        Ok(Ctx {
            db,
            today,
            clock: Clock {
                now: now.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                pinned,
            },
            busy_timeout: Duration::from_millis(busy_timeout),
            network_fs: if allow_network_fs {
                NetworkFs::Allow
            } else {
                NetworkFs::Refuse
            },
        })
    }

    /// The register's path: `--db`, else `SENGKETA_DB`, else the platform data folder.
    pub fn db_path(&self) -> Result<PathBuf> {
        if let Some(p) = &self.db {
            return Ok(p.clone());
        }
        // The data folder that stays on this computer: on Linux and macOS the same as
        // the data folder ($XDG_DATA_HOME, ~/Library/Application Support); on Windows
        // %LOCALAPPDATA% rather than the roaming %APPDATA%, which a domain's folder
        // redirection often puts on a network share (where SQLite's locks are unsafe and
        // the register refuses to open) and copies around at each logon.
        dirs::data_local_dir()
            .map(|d| d.join("sengketa").join("register.db"))
            .ok_or_else(|| {
                Error::unavailable(t!("store-no-data-dir")).with_hint(t!("store-no-data-dir-hint"))
            })
    }

    /// Opens the existing register.
    pub fn open(&self) -> Result<Register> {
        let reg = Register::open(
            &self.db_path()?,
            self.busy_timeout,
            &self.clock,
            self.network_fs,
        )?;
        // The register's own WAL stays between runs: one fsync a step.
        reg.keep_wal()?;
        // Moments on screens are shown in the commission's zone.
        let zone = reg.setting("timezone")?;
        crate::render::human::set_zone(crate::render::human::zone(zone.as_deref()));
        Ok(reg)
    }

    /// Opens a register at another path than the run's (a backup's copy, a rebuilt one).
    pub fn open_at(&self, path: &std::path::Path) -> Result<Register> {
        Register::open(path, self.busy_timeout, &self.clock, self.network_fs)
    }

    /// Opens an existing register for reading only (`--registers`): nothing written to it.
    pub fn open_read_only(&self, path: &std::path::Path) -> Result<Register> {
        Register::open_read_only(path, self.busy_timeout, self.network_fs)
    }

    /// Whether a register on a network file system may be opened.
    pub fn network_fs(&self) -> NetworkFs {
        self.network_fs
    }

    /// Creates the register if it is missing.
    pub fn create(&self) -> Result<(Register, bool)> {
        Register::create(
            &self.db_path()?,
            self.busy_timeout,
            &self.clock,
            self.network_fs,
        )
    }

    /// The recording time, RFC 3339 in UTC.
    pub fn now(&self) -> &str {
        &self.clock.now
    }

    /// The recording time and whether the environment pinned it.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Who records a step: `--actor`, else `SENGKETA_ACTOR`, else the OS user.
    pub fn stamp(&self, actor: Option<String>, note: Option<String>) -> Stamp {
        let actor = actor
            .filter(|a| !a.trim().is_empty())
            .or_else(|| {
                std::env::var("SENGKETA_ACTOR")
                    .ok()
                    .filter(|a| !a.trim().is_empty())
            })
            .unwrap_or_else(os_user);
        Stamp {
            actor: actor.trim().to_string(),
            recorded_at: self.clock.now.clone(),
            note: note.filter(|n| !n.trim().is_empty()),
            pinned: self.clock.pinned,
        }
    }
}

/// The OS user: `USER` (or `LOGNAME`, `USERNAME`), else the name of the account the
/// process runs as (cron jobs and service units often have no `USER`), else `uid-N`.
fn os_user() -> String {
    for key in ["USER", "LOGNAME", "USERNAME"] {
        if let Ok(u) = std::env::var(key)
            && !u.trim().is_empty()
        {
            return u;
        }
    }
    if let Ok(name) = whoami::username()
        && !name.trim().is_empty()
    {
        return name;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(m) = std::fs::metadata("/proc/self") {
            return format!("uid-{}", m.uid());
        }
    }
    "unknown".into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_app() {
        Cli::command().debug_assert();
    }

    /// Every command, with its path from the top (`sengketa case add`).
    fn walk(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
        for sub in cmd.get_subcommands() {
            let p = format!("{path} {}", sub.get_name());
            walk(sub, p.clone(), out);
            out.push((p, sub.clone()));
        }
    }

    /// `init --help` and `case decide --help` once printed their examples wrapped
    /// mid-line. An `Examples:` block keeps its lines (verbatim_doc_comment), and every
    /// example comes out of `--help` at 80 columns whole, as written; the paragraphs
    /// around it are clap's to wrap (`help::reflowed`).
    #[test]
    fn help_texts_keep_their_lines_at_80_columns() {
        let mut all = vec![];
        walk(&Cli::command(), "sengketa".into(), &mut all);
        let mut shown = vec![];
        let tree = crate::i18n::with_lang(crate::domain::Lang::En, cli_command);
        walk(&tree, "sengketa".into(), &mut shown);
        let mut broken = vec![];
        for (path, cmd) in all {
            let Some(about) = cmd.get_long_about().map(|a| a.to_string()) else {
                continue;
            };
            if !about.contains("Examples:") {
                continue;
            }
            if !about.contains("\nExamples:\n") {
                broken.push(format!(
                    "{path}: the examples are run together (no verbatim_doc_comment)"
                ));
                continue;
            }
            let (_, cmd) = shown
                .iter()
                .find(|(p, _)| *p == path)
                .cloned()
                .expect("the same tree");
            let help = cmd.term_width(80).render_long_help().to_string();
            let lines: Vec<&str> = help.lines().map(str::trim_end).collect();
            for line in about.lines().map(str::trim_end) {
                if line.starts_with(' ') && !lines.contains(&line) {
                    broken.push(format!(
                        "{path}: {line:?} ({} columns)",
                        line.chars().count()
                    ));
                }
            }
            let examples = about.split("\nExamples:\n").nth(1).unwrap_or("");
            if !examples.lines().any(|l| l.starts_with("  sengketa ")) {
                broken.push(format!(
                    "{path}: an Examples block without `  sengketa ` lines"
                ));
            }
        }
        assert!(
            broken.is_empty(),
            "help text broken at 80 columns:\n{}",
            broken.join("\n")
        );
    }
}
