//! `sengketa config`: the register's own settings.

use super::Ctx;
use crate::domain::register_no::Template;
use crate::error::{Error, Result};
use crate::storage::SETTINGS;
use std::io::Write;

/// Read and change the register's settings (they live in the register file).
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Set a setting.
    ///
    /// Settings: commission-code (e.g. JBI), register-template (placeholders {serial},
    /// {serial:03}, {month}, {month:02}, {month:roman}, {year}, {code}).
    ///
    /// Examples:
    ///   sengketa config set commission-code JBI
    ///   sengketa config set register-template '{serial:04}/{month:roman}/KIP-DKI-PS/{year}'
    #[command(verbatim_doc_comment)]
    Set {
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(SETTINGS.iter().map(|(k, _)| *k)))]
        key: String,
        value: String,
    },
    /// Print a setting's value.
    Get {
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(SETTINGS.iter().map(|(k, _)| *k)))]
        key: String,
    },
    /// Print every setting.
    List,
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    let mut reg = ctx.open()?;
    let mut out = std::io::stdout().lock();
    match cmd {
        Command::Set { key, value } => {
            let value = value.trim();
            if value.is_empty() {
                return Err(Error::invalid(format!("{key} cannot be empty")));
            }
            if key == "register-template" {
                Template::parse(value)?;
            }
            if key == "commission-code" && value.chars().any(|c| c.is_whitespace() || c == '/') {
                return Err(Error::invalid(format!(
                    "'{value}' is not a commission code: it may not contain spaces or '/'"
                ))
                .with_hint("use the short code of register numbers, e.g. JBI"));
            }
            reg.set_setting(&key, value)?;
            eprintln!("{key} = {value}");
        }
        Command::Get { key } => match reg.setting(&key)? {
            Some(v) => writeln!(out, "{v}")?,
            None => {
                return Err(Error::invalid(format!("{key} is not set"))
                    .with_hint(format!("sengketa config set {key} <VALUE>")));
            }
        },
        Command::List => {
            for (k, v) in reg.settings()? {
                writeln!(out, "{k} = {v}")?;
            }
        }
    }
    Ok(0)
}
