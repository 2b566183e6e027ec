//! `sengketa man`: the manual pages, from the command tree itself, in the run's language
//! (`sengketa man --lang id` writes the Indonesian page). clap_mangen lays out the name,
//! synopsis, description, options and commands; this module adds EXIT STATUS and
//! ENVIRONMENT, names the sections in the run's language, and keeps examples as written
//! (`.nf`, so roff neither fills nor justifies them).

use super::Ctx;
use crate::error::{Error, Result};
use crate::t;
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
        out.write_all(&top_page()?)?;
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
    let tree = super::cli_command();
    clap_mangen::generate_to(tree.clone(), made.path()).map_err(cannot)?;
    let mut names = Vec::new();
    for entry in std::fs::read_dir(made.path()).map_err(cannot)? {
        let name = entry.map_err(cannot)?.file_name();
        // clap's own `help` subcommands (the tree is built to fit its usage lines) get no
        // page: `sengketa help case` is `sengketa case --help`.
        let stem = name.to_string_lossy().trim_end_matches(".1").to_string();
        if stem.split('-').any(|part| part == "help") {
            continue;
        }
        // Each page in the run's language and its examples kept as written; the top page
        // with its exit status and environment.
        let path = made.path().join(&name);
        let page = if name == "sengketa.1" {
            top_page()?
        } else {
            let text = std::fs::read_to_string(&path).map_err(cannot)?;
            finish(&text).into_bytes()
        };
        std::fs::write(&path, page).map_err(cannot)?;
        crate::output::check_dest(&dir.join(&name), ctx.db_path().ok().as_deref())?;
        names.push(name);
    }
    for name in &names {
        std::fs::rename(made.path().join(name), dir.join(name)).map_err(cannot)?;
    }
    let n = names.len();
    crate::errln!("{}", t!("man-written", n = n, dir = &shown))?;
    Ok(0)
}

/// The page of `sengketa` itself: clap_mangen's sections, then EXIT STATUS and
/// ENVIRONMENT, in the run's language.
fn top_page() -> Result<Vec<u8>> {
    let man = clap_mangen::Man::new(super::cli_command()).manual(t!("man-manual"));
    let mut roff = Vec::new();
    man.render_title(&mut roff)?;
    man.render_name_section(&mut roff)?;
    man.render_synopsis_section(&mut roff)?;
    man.render_description_section(&mut roff)?;
    man.render_options_section(&mut roff)?;
    man.render_subcommands_section(&mut roff)?;
    man.render_extra_section(&mut roff)?;
    let mut text = String::from_utf8_lossy(&roff).into_owned();
    text += &format!(".SH {}\n", roff_text(&t!("man-exit-status")));
    for (code, what) in EXIT_CODES {
        text += &format!(
            ".TP\n\\fB{code}\\fR\n{}\n",
            roff_text(&crate::i18n::message(what, &[]))
        );
    }
    text += &format!(".SH {}\n", roff_text(&t!("man-environment")));
    for (var, what) in ENVIRONMENT {
        text += &format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            roff_text(var),
            roff_text(&crate::i18n::message(what, &[]))
        );
    }
    text += &format!(
        ".SH {}\n{}\n.PP\n.nf\n{}\n.fi\n",
        roff_text(&t!("man-examples")),
        roff_text(&t!("man-examples-about")),
        roff_text(&t!("man-examples-text"))
    );
    let mut rest = Vec::new();
    man.render_version_section(&mut rest)?;
    man.render_authors_section(&mut rest)?;
    text += &String::from_utf8_lossy(&rest);
    Ok(finish(&text).into_bytes())
}

/// The exit codes (src/error.rs) and the catalogue's words for them.
const EXIT_CODES: &[(i32, &str)] = &[
    (0, "man-exit-0"),
    (1, "man-exit-1"),
    (2, "man-exit-2"),
    (3, "man-exit-3"),
    (4, "man-exit-4"),
    (5, "man-exit-5"),
    (70, "man-exit-70"),
    (74, "man-exit-74"),
]; // ids: man-exit-0 man-exit-1 man-exit-2 man-exit-3 man-exit-4 man-exit-5 man-exit-70 man-exit-74

/// The environment variables the tool reads, and the catalogue's words for them.
const ENVIRONMENT: &[(&str, &str)] = &[
    ("SENGKETA_DB", "man-env-db"),
    ("SENGKETA_LANG", "man-env-lang"),
    ("LC_ALL, LC_MESSAGES, LANG", "man-env-locale"),
    ("SENGKETA_ACTOR", "man-env-actor"),
    ("SENGKETA_TODAY", "man-env-today"),
    ("SENGKETA_NOW", "man-env-now"),
    ("SENGKETA_BUSY_TIMEOUT_MS", "man-env-busy"),
    ("COLUMNS", "man-env-columns"),
    ("NO_COLOR", "man-env-no-color"),
]; // ids: man-env-db man-env-lang man-env-locale man-env-actor man-env-today man-env-now man-env-busy man-env-columns man-env-no-color

/// Text as roff reads it: a backslash and a leading dot or quote escaped, hyphens as
/// hyphen-minus (flags are typed).
fn roff_text(s: &str) -> String {
    s.lines()
        .map(|l| {
            let l = l.replace('\\', "\\e").replace('-', "\\-");
            if l.starts_with('.') || l.starts_with('\'') {
                format!("\\&{l}")
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A page as the run's language reads it: the section names clap_mangen writes in
/// English put into words, and every run of indented lines (the examples) kept as
/// written between `.nf` and `.fi`; a non-breaking space kept unbreakable.
fn finish(roff: &str) -> String {
    let mut out = String::new();
    let mut verbatim = false;
    for line in roff.lines() {
        // A non-breaking space (the help's "[nama lain: ...]") as roff's own.
        let line = &line.replace('\u{a0}', "\\ ");
        let indented = line.starts_with("  ");
        if indented && !verbatim {
            out += ".nf\n";
            verbatim = true;
        } else if !indented && verbatim {
            out += ".fi\n";
            verbatim = false;
        }
        let line = if let Some(name) = line.strip_prefix(".SH ") {
            format!(".SH {}", section_name(name))
        } else if line.starts_with(".TH ") {
            // clap_mangen leaves the date out as two spaces, which roff reads as no
            // argument at all: the manual's name would fall to man's English default.
            line.replacen(" 1  \"", " 1 \"\" \"", 1)
        } else {
            super::help::clap_words(line)
        };
        out += &line;
        out.push('\n');
    }
    if verbatim {
        out += ".fi\n";
    }
    out
}

/// A section's name in the run's language.
fn section_name(name: &str) -> String {
    let id = match name {
        "NAME" => "man-name",
        "SYNOPSIS" => "man-synopsis",
        "DESCRIPTION" => "man-description",
        "OPTIONS" => "man-options",
        "SUBCOMMANDS" => "man-commands",
        "VERSION" => "man-version",
        "AUTHORS" => "man-authors",
        "EXTRA" => "man-extra",
        other => return other.to_uppercase(),
    };
    crate::i18n::message(id, &[])
} // ids: man-name man-synopsis man-description man-options man-commands man-version man-authors man-extra
