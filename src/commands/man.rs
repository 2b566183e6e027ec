//! `sengketa man`: the manual pages, from the command tree itself.

use super::{Cli, Ctx};
use crate::error::{Error, Result};
use crate::t;
use clap::CommandFactory;
use std::io::Write;
use std::path::PathBuf;

/// Print the manual page (roff), or write a page for every command
///
/// The page lists the commands as sengketa-case(1), sengketa-case-add(1) and so on;
/// --dir writes those pages too.
///
/// Examples:
///   sengketa man > ~/.local/share/man/man1/sengketa.1
///   sengketa man --dir ~/.local/share/man/man1    # every command's page
///   sengketa man | man -l -
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Write sengketa.1 and a page for every command into this folder
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<i32> {
    let Some(dir) = args.dir else {
        let mut out = std::io::stdout().lock();
        clap_mangen::Man::new(Cli::command()).render(&mut out)?;
        out.flush()?;
        return Ok(0);
    };
    let shown = dir.display().to_string();
    let cannot = |e: std::io::Error| {
        Error::unavailable(t!("man-cannot-write", dir = &shown, why = e.to_string()))
    };
    std::fs::create_dir_all(&dir).map_err(cannot)?;
    // Every page is made in a temporary folder beside them, checked (never over the
    // register, never through a link), then renamed into place.
    let made = tempfile::Builder::new()
        .prefix(".sengketa-man-")
        .tempdir_in(&dir)
        .map_err(cannot)?;
    clap_mangen::generate_to(Cli::command(), made.path()).map_err(cannot)?;
    let mut names = Vec::new();
    for entry in std::fs::read_dir(made.path()).map_err(cannot)? {
        let name = entry.map_err(cannot)?.file_name();
        crate::output::check_dest(&dir.join(&name), ctx.db_path().ok().as_deref())?;
        names.push(name);
    }
    for name in &names {
        std::fs::rename(made.path().join(name), dir.join(name)).map_err(cannot)?;
    }
    let n = pages(&Cli::command());
    debug_assert_eq!(n, names.len());
    crate::errln!("{}", t!("man-written", n = n, dir = &shown))?;
    Ok(0)
}

/// How many pages `generate_to` writes: one a command (clap's `help` left out).
fn pages(cmd: &clap::Command) -> usize {
    1 + cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .map(pages)
        .sum::<usize>()
}
