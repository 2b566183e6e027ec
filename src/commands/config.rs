//! `sengketa config`: the register's own settings.

use super::Ctx;
use crate::domain::error::TextField;
use crate::domain::register_no::Template;
use crate::domain::text::escaped;
use crate::error::{Error, Result};
use crate::storage::{SETTINGS, setting_named};
use crate::t;
use std::io::Write;

/// Read and change the register's settings (they live in the register file).
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Set a setting; the change is recorded in the history.
    ///
    /// Settings: commission-code (e.g. JBI), register-template (placeholders {serial},
    /// {serial:03}, {month}, {month:02}, {month:roman}, {year}, {code}),
    /// collective-leave (non-working, the default: government offices close on cuti
    /// bersama; or working). For the papers (`sengketa doc`): commission-name,
    /// commission-address, commission-phone, commission-email, commission-city,
    /// commission-logo (a PNG or JPEG file), chair-name, head-clerk-name, timezone
    /// (WIB, WITA, WIT), letter-number-format (placeholders as register-template).
    ///
    /// Examples:
    ///   sengketa config set commission-code JBI
    ///   sengketa config set register-template \
    ///       '{serial:04}/{month:roman}/KIP-DKI-PS/{year}'
    ///   sengketa config set collective-leave working
    ///   sengketa config set commission-logo logo.png
    #[command(verbatim_doc_comment)]
    Set {
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(SETTINGS.iter().map(|s| s.key)))]
        key: String,
        value: String,
        /// Who changes the setting [default: SENGKETA_ACTOR, else the OS user]
        #[arg(long)]
        actor: Option<String>,
    },
    /// Print a setting's value (its default when it is not set).
    Get {
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(SETTINGS.iter().map(|s| s.key)))]
        key: String,
    },
    /// Print every setting and its value; a default is marked "(default)".
    List,
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    let mut reg = ctx.open()?;
    let mut out = std::io::stdout().lock();
    match cmd {
        Command::Set { key, value, actor } => {
            let value = value.trim();
            if value.is_empty() {
                return Err(Error::invalid(t!("config-empty", key = &key)));
            }
            TextField::Setting.check(value)?;
            let setting = setting_named(&key).expect("clap checked the key");
            if !setting.values.is_empty() && !setting.values.contains(&value) {
                return Err(
                    Error::invalid(t!("config-bad-value", value = value, key = &key))
                        .with_hint(t!("hint-one-of", values = setting.values.join(", "))),
                );
            }
            if key == "register-template" || key == crate::storage::LETTER_NUMBER_FORMAT {
                Template::parse(value)?;
            }
            // The logo is checked when set (a PNG or JPEG), and kept as an absolute path so
            // that a paper printed from another folder finds it.
            let logo;
            let value = if key == "commission-logo" {
                let path = std::path::Path::new(value);
                super::doc::read_logo(path)?;
                logo = std::fs::canonicalize(path)
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| value.to_string());
                logo.as_str()
            } else {
                value
            };
            if key == "commission-code" && value.chars().any(|c| c.is_whitespace() || c == '/') {
                return Err(Error::invalid(t!("config-bad-code", value = value))
                    .with_hint(t!("config-bad-code-hint")));
            }
            if reg.set_setting(&key, value, &ctx.stamp(actor, None))? {
                crate::errln!("{key} = {value}")?;
            } else {
                crate::errln!("{key} = {value} ({})", t!("config-unchanged"))?;
            }
        }
        Command::Get { key } => {
            let setting = setting_named(&key).expect("clap checked the key");
            match reg.setting(&key)?.or(setting.default.map(String::from)) {
                Some(v) => writeln!(out, "{}", escaped(&v))?,
                None => {
                    return Err(Error::invalid(t!("config-not-set", key = &key))
                        .with_hint(t!("config-not-set-hint", key = &key)));
                }
            }
        }
        Command::List => {
            for s in SETTINGS {
                match (reg.setting(s.key)?, s.default) {
                    (Some(v), _) => writeln!(out, "{} = {}", s.key, worded(&escaped(&v)))?,
                    (None, Some(d)) => writeln!(
                        out,
                        "{} = {}",
                        s.key,
                        t!("config-list-default", value = worded(d))
                    )?,
                    (None, None) => writeln!(out, "{} = {}", s.key, t!("verify-not-set"))?,
                }
            }
        }
    }
    Ok(0)
}

/// A choice's value as stored (scripts read it), with its meaning beside it in an
/// Indonesian run: `non-working (bukan hari kerja)`.
fn worded(value: &str) -> String {
    let meaning = match value {
        "working" => t!("config-value-working"),
        "non-working" => t!("config-value-non-working"),
        _ => return value.to_string(),
    };
    match crate::i18n::lang() {
        crate::domain::Lang::Id => format!("{value} ({meaning})"),
        crate::domain::Lang::En => value.to_string(),
    }
}
