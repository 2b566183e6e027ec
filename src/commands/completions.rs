//! `sengketa completions`: the shell's completion script, from the command tree itself.

use super::Ctx;
use crate::error::Result;
use clap_complete::Shell;
use std::io::Write;

/// Print the completion script for a shell
///
/// Install it where the shell looks for completions; it completes the commands,
/// their flags and the values a flag takes (states, routes, outcomes, formats).
///
/// Examples:
///   sengketa completions bash \
///       > ~/.local/share/bash-completion/completions/sengketa
///   sengketa completions zsh > ~/.zfunc/_sengketa    # with fpath+=~/.zfunc
///   sengketa completions fish > ~/.config/fish/completions/sengketa.fish
///   sengketa completions powershell >> $PROFILE
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The shell
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(args: Args, _ctx: &Ctx) -> Result<i32> {
    // The run's language for the descriptions; the Indonesian names beside the English.
    let mut cmd = super::help::tree(true);
    // Into memory first: clap_complete panics on a failed write.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "sengketa", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(0)
}
