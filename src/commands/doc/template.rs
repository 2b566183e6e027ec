//! `sengketa doc template show|set|reset KIND`: the template a kind of paper is printed
//! from; a commission's own is checked when set, and set and reset are acts.

use crate::commands::Ctx;
use crate::domain::PaperKind;
use crate::error::{Error, Result};
use crate::render::paper::template;
use crate::t;
use std::io::Write;
use std::path::PathBuf;

/// The template a kind of paper is printed from (Markdown with placeholders)
///
/// Examples:
///   sengketa doc template show summons > panggilan.md
///   sengketa doc template set summons panggilan.md
///   sengketa doc template reset summons
#[derive(Debug, clap::Subcommand)]
#[command(verbatim_doc_comment)]
pub enum Command {
    /// Print the template in force for a kind (the commission's own, else the shipped one)
    Show {
        /// The paper
        kind: PaperKind,
        /// Print the shipped template, even where the commission set its own
        #[arg(long)]
        shipped: bool,
    },
    /// Use a template file for a kind, once checked (recorded in the history)
    Set {
        /// The paper
        kind: PaperKind,
        /// The template file (Markdown with placeholders)
        file: PathBuf,
        /// Who changes the template [default: SENGKETA_ACTOR, else the OS user]
        #[arg(long)]
        actor: Option<String>,
    },
    /// Go back to the shipped template for a kind (recorded in the history)
    Reset {
        /// The paper
        kind: PaperKind,
        /// Who changes the template [default: SENGKETA_ACTOR, else the OS user]
        #[arg(long)]
        actor: Option<String>,
    },
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<()> {
    match cmd {
        Command::Show { kind, shipped } => {
            let reg = ctx.open()?;
            let own = if shipped {
                None
            } else {
                reg.paper_template(kind)?
            };
            let text = own.unwrap_or_else(|| template::shipped(kind).to_string());
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
        Command::Set { kind, file, actor } => {
            let shown = file.display().to_string();
            let text = std::fs::read_to_string(&file).map_err(|e| {
                Error::invalid(t!(
                    "doc-template-unreadable",
                    file = &shown,
                    why = e.to_string()
                ))
            })?;
            template::check(&text).map_err(|e| {
                let mut err = super::issue::template_error(&e);
                err.message = format!("{shown}: {}", err.message);
                err
            })?;
            let mut reg = ctx.open()?;
            reg.set_paper_template(kind, Some(&text), &ctx.stamp(actor, None))?;
            crate::errln!("{}", t!("doc-template-set", kind = kind.as_str()))?;
        }
        Command::Reset { kind, actor } => {
            let mut reg = ctx.open()?;
            reg.set_paper_template(kind, None, &ctx.stamp(actor, None))?;
            crate::errln!("{}", t!("doc-template-reset", kind = kind.as_str()))?;
        }
    }
    Ok(())
}
