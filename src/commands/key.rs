//! `sengketa key`: the chair's signing key for checkpoints (an Ed25519 key pair in
//! minisign's format), and reading key files for `verify --sign` and `verify
//! --checkpoints`.
//!
//! The secret key is protected by a password asked on a terminal (twice when made, once
//! when signing), as minisign does; `--unencrypted` makes one without a password for
//! scripts (a monthly checkpoint from cron), whose file is then the only protection. No
//! password is ever taken from the command line or the environment, where other users
//! and logs can read it.

use super::Ctx;
use crate::domain::chain::Head;
use crate::domain::checkpoint::{Checkpoint, PublicKey, SecretKey, public_key_id};
use crate::error::{Error, Result};
use crate::t;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The chair's key for signing checkpoints of the chain.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Generate(GenerateArgs),
}

/// Make a key pair for signing checkpoints (minisign's format)
///
/// Writes sengketa.key (the secret key, readable by its owner only) and
/// sengketa.pub (the public key) into the folder, and prints the public key.
/// Keep the secret key with the chair, away from the register's computer and
/// its backups; publish the public key (the commission's website, a letter to
/// the auditor), so that anyone can check a checkpoint with `minisign -V` or
/// `sengketa verify --checkpoints`.
///
/// On a terminal it asks for a password protecting the secret key (asked again at
/// each signing). --unencrypted makes a key without one, for scripts: its file's
/// permissions are then its only protection. An existing key is never overwritten.
///
/// Examples:
///   sengketa key generate --out /media/ketua/kunci
///   sengketa key generate --out ~/.sengketa --unencrypted
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct GenerateArgs {
    /// The folder to write sengketa.key and sengketa.pub into [default: the current one]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Make a secret key without a password (for scripts)
    #[arg(long)]
    unencrypted: bool,
}

/// The files `key generate` writes, in the folder given.
const SECRET_FILE: &str = "sengketa.key";
const PUBLIC_FILE: &str = "sengketa.pub";

pub fn run(cmd: Command, _ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::Generate(args) => generate(args),
    }
}

fn generate(args: GenerateArgs) -> Result<i32> {
    let dir = args.out.unwrap_or_else(|| PathBuf::from("."));
    let (secret, public) = (dir.join(SECRET_FILE), dir.join(PUBLIC_FILE));
    for p in [&secret, &public] {
        if p.exists() {
            return Err(
                Error::invalid(t!("key-exists", path = shown(p))).with_hint(t!("key-exists-hint"))
            );
        }
    }
    let password = if args.unencrypted {
        None
    } else if super::prompt::interactive() {
        Some(new_password()?)
    } else {
        return Err(Error::usage(t!("key-needs-terminal")).with_hint(t!("key-needs-terminal-hint")));
    };
    // Given a password, the crate asks for none: it derives the key from it (scrypt).
    let pair = match password {
        Some(p) => minisign::KeyPair::generate_encrypted_keypair(Some(p)),
        None => minisign::KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(|e| Error::internal(e.to_string()))?;
    let id = public_key_id(&pair.pk);
    let comment = format!("sengketa checkpoint secret key {id}");
    let sk_box = pair
        .sk
        .to_box(Some(&comment))
        .map_err(|e| Error::internal(e.to_string()))?;
    let pk_box = pair
        .pk
        .to_box()
        .map_err(|e| Error::internal(e.to_string()))?;
    std::fs::create_dir_all(&dir).map_err(|e| cannot_write(&dir, &e))?;
    write_new(&secret, sk_box.to_string().as_bytes(), 0o600)?;
    write_new(&public, pk_box.to_string().as_bytes(), 0o644)?;
    crate::errln!("{}", t!("key-secret-written", path = shown(&secret)))?;
    crate::errln!(
        "{}",
        t!(
            "key-public-written",
            path = shown(&public),
            id = id.as_str()
        )
    )?;
    let mut out = std::io::stdout().lock();
    write!(out, "{pk_box}")?;
    out.flush()?;
    Ok(0)
}

/// A path as a message shows it.
fn shown(p: &Path) -> String {
    p.display().to_string()
}

fn cannot_write(p: &Path, e: &std::io::Error) -> Error {
    Error::new(
        crate::error::Kind::Io,
        t!("key-cannot-write", path = shown(p), why = e.to_string()),
    )
}

/// Writes a file that must not exist yet, with these permissions from its creation (a
/// secret key is never readable by others, not even for a moment).
fn write_new(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut f = opts.open(path).map_err(|e| cannot_write(path, &e))?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| cannot_write(path, &e))
}

/// A new password, typed twice on the terminal.
fn new_password() -> Result<String> {
    let p = super::prompt::answer(
        inquire::Password::new(&t!("key-password-new"))
            .with_custom_confirmation_message(&t!("key-password-again"))
            .with_custom_confirmation_error_message(&t!("key-password-mismatch"))
            .with_display_mode(inquire::PasswordDisplayMode::Hidden)
            .prompt(),
    )?;
    if p.is_empty() {
        return Err(
            Error::invalid(t!("key-password-empty")).with_hint(t!("key-password-empty-hint"))
        );
    }
    Ok(p)
}

/// Reads a secret key file for signing; a password-protected one asks for its password
/// on the terminal.
pub fn read_secret(path: &Path) -> Result<SecretKey> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::invalid(t!(
            "key-cannot-read",
            path = shown(path),
            why = e.to_string()
        ))
    })?;
    let not_secret = || {
        Error::invalid(t!("key-not-secret", path = shown(path)))
            .with_hint(t!("key-not-secret-hint"))
    };
    let encoded = text.lines().nth(1).ok_or_else(not_secret)?;
    // The key's second and third bytes say how it is protected: none, or scrypt ("Sc").
    let bytes = ct_codecs::Base64::decode_to_vec(encoded.trim(), None).map_err(|_| not_secret())?;
    let sk_box = minisign::SecretKeyBox::from_string(&text).map_err(|_| not_secret())?;
    match bytes.get(2..4) {
        Some([0, 0]) => SecretKey::from_unencrypted_box(sk_box).map_err(|_| not_secret()),
        Some(b"Sc") => {
            if !super::prompt::interactive() {
                return Err(
                    Error::usage(t!("key-password-needs-terminal", path = shown(path)))
                        .with_hint(t!("key-password-needs-terminal-hint")),
                );
            }
            let p = super::prompt::answer(
                inquire::Password::new(&t!("key-password", path = shown(path)))
                    .without_confirmation()
                    .with_display_mode(inquire::PasswordDisplayMode::Hidden)
                    .prompt(),
            )?;
            SecretKey::from_box(sk_box, Some(p))
                .map_err(|_| Error::invalid(t!("key-wrong-password", path = shown(path))))
        }
        _ => Err(not_secret()),
    }
}

/// Reads a public key file (minisign's `.pub`: a comment line and the key), or the key
/// itself (`RW...`) given in place of a file.
pub fn read_public(arg: &Path) -> Result<PublicKey> {
    let not_public = || {
        Error::invalid(t!("key-not-public", path = shown(arg))).with_hint(t!("key-not-public-hint"))
    };
    let text = match std::fs::read_to_string(arg) {
        Ok(t) => t,
        Err(e) => {
            let s = arg.to_string_lossy();
            if !arg.exists() && s.starts_with("RW") {
                return PublicKey::from_base64(s.trim()).map_err(|_| not_public());
            }
            return Err(Error::invalid(t!(
                "key-cannot-read",
                path = shown(arg),
                why = e.to_string()
            )));
        }
    };
    let encoded = match text.lines().nth(1) {
        Some(line) => line,
        None => text.trim(),
    };
    PublicKey::from_base64(encoded.trim()).map_err(|_| not_public())
}

use ct_codecs::Decoder as _;

/// A checkpoint about to be signed: the secret key read (its password asked) and the
/// commission it names, both before `verify` runs.
pub struct Signer {
    sk: SecretKey,
    commission: String,
}

impl Signer {
    pub fn new(path: &Path, reg: &crate::storage::Register) -> Result<Signer> {
        let commission = reg.setting("commission-code")?.ok_or_else(|| {
            Error::invalid(t!("checkpoint-no-commission"))
                .with_hint(t!("checkpoint-no-commission-hint"))
        })?;
        Ok(Signer {
            sk: read_secret(path)?,
            commission,
        })
    }

    /// Signs `head` (just verified), records the checkpoint by an act of its own, and
    /// prints it on stdout: its text, then its signature (what `minisign -V` reads).
    pub fn sign(self, reg: &mut crate::storage::Register, head: Head, ctx: &Ctx) -> Result<()> {
        let cp = Checkpoint {
            commission: self.commission,
            head,
            signed_at: ctx.now().to_string(),
        };
        let signature = cp
            .sign(&self.sk)
            .map_err(|e| Error::internal(e.to_string()))?;
        let act = reg.add_checkpoint(&ctx.stamp(None, None), &cp, &signature)?;
        let key = crate::domain::checkpoint::signer_id(&signature).unwrap_or_default();
        crate::errln!(
            "{}",
            t!(
                "checkpoint-recorded",
                head = head.to_string(),
                key = key.as_str(),
                act = act
            )
        )?;
        let mut out = std::io::stdout().lock();
        write!(out, "{}{signature}", cp.text())?;
        out.flush()?;
        Ok(())
    }
}
