//! `sengketa publish DIR`: the public docket, a static folder a commission copies to its
//! website. `gather` decides what is published (and names applicants as the setting
//! says), `words` holds the pages' words, `folder` writes the folder and swaps it in.

mod folder;
mod gather;
mod parts;
mod words;

use super::Ctx;
use super::recap::Sources;
use crate::domain::Lang;
use crate::error::Result;
use crate::t;
use std::path::PathBuf;

/// Write the public docket: schedule, case pages, decisions, open data, feed
///
/// A folder of static pages to copy to the commission's website: index.html
/// (the commission and the figures of the year), jadwal.html (the hearings of
/// the coming weeks), perkara/YEAR-SERIAL.html (each case: its stage,
/// hearings, decision, appeals and finality), putusan.html (the decisions,
/// linking to their files from the folder `publish-decisions-dir` names),
/// data/ (the recaps and the case list as CSV and JSON, with datapackage.json
/// and a README of the columns) and feed.xml (Atom: new decisions and changes
/// of the schedule). No script, font or address from elsewhere. Applicants are
/// named as `publish-applicant` says (pseudonym by default); their contacts
/// and representatives never appear; void entries are left out. Every page
/// carries the chain's head: `verify --since HEAD` proves a later register
/// extends what was published. In Indonesian unless --lang en. Publishing
/// again replaces the folder whole.
///
/// Examples:
///   sengketa publish situs
///   sengketa publish /var/www/ki --weeks 2 --year 2026
///   sengketa config set publish-applicant initials
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The folder to write (made, or replaced whole when it holds an earlier publish)
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// The year of the index's figures [default: this year]
    #[arg(long, value_parser = clap::value_parser!(i32).range(1900..=9999))]
    year: Option<i32>,
    /// The schedule's span, in weeks from today
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=52), value_name = "N")]
    weeks: u16,
}

/// Publishes; `lang` is `--lang` as typed: the pages are Indonesian unless it says
/// otherwise (the locale of the clerk's computer does not choose a public site's
/// language), and the run's messages then speak the pages' language.
pub fn run(args: Args, lang: Option<Lang>, ctx: &Ctx) -> Result<i32> {
    let lang = lang.unwrap_or(Lang::Id);
    crate::i18n::set_lang(lang);
    folder::check_target(&args.dir)?;
    let src = Sources::open(ctx, &[])?;
    let year = args.year.unwrap_or(ctx.today.year());
    let built = gather::docket(&src, ctx, lang, year, args.weeks)?;
    let written = folder::publish(&args.dir, &built)?;
    for missing in &built.missing {
        crate::errln!("{}", missing)?;
    }
    crate::errln!(
        "{}",
        t!(
            "publish-written",
            dir = args.dir.display().to_string(),
            cases = built.docket.pages.len(),
            files = written,
            head = built.docket.site.head.as_str()
        )
    )?;
    Ok(0)
}
