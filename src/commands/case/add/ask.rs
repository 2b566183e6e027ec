//! The questions of an interactive `case add`: each particular not given, a new body's
//! kind from a menu, then the case shown in numbered lines wrapped at words, confirmed,
//! declined (nothing recorded, and not an error) or corrected one answer at a time.

use super::Args;
use crate::commands::prompt::{Names, answer, required, yes_no};
use crate::domain::body::suggest_kind;
use crate::domain::case::NewCase;
use crate::domain::{ApplicantKind, BodyKind, Date, Lang, body_key};
use crate::error::{Error, Result};
use crate::render::table::{sheet, width};
use crate::t;
use inquire::validator::Validation;
use inquire::{Select, Text};

/// What the clerk decided at the confirmation.
pub enum Decided {
    /// Record the case; the kind of its body when the body is new to the register.
    Record(NewCase, Option<BodyKind>),
    /// Record nothing: said on stderr with the line that would record it.
    Declined,
}

/// The particulars as answered so far.
struct Answers {
    new: NewCase,
    /// The kind of the body when the register does not know it yet.
    body_kind: Option<BodyKind>,
}

/// The particulars a clerk may correct, in the summary's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Received,
    Applicant,
    ApplicantKind,
    Body,
    BodyKind,
    Subject,
}

/// Asks for each particular not given, then for the case file (Enter skips each
/// question), shows the case and asks to record it; a number corrects that answer.
pub fn ask(
    args: &Args,
    file: &mut crate::commands::case::file_args::FileArgs,
    bodies: &[String],
    today: Date,
) -> Result<Decided> {
    let mut a = Answers {
        new: NewCase {
            received_on: match args.received {
                Some(d) => d,
                None => ask_received(today)?,
            },
            applicant: match &args.applicant {
                Some(s) => s.trim().to_string(),
                None => ask_text(&t!("prompt-applicant"), None)?,
            },
            applicant_kind: match args.applicant_kind {
                Some(k) => k,
                None => ask_applicant_kind(None)?,
            },
            body: match &args.body {
                Some(s) => s.trim().to_string(),
                None => ask_body(bodies, None)?,
            },
            subject: match &args.subject {
                Some(s) => s.trim().to_string(),
                None => ask_text(&t!("prompt-subject"), None)?,
            },
            register_no: args.register_no.clone(),
        },
        body_kind: None,
    };
    if known(bodies, &a.new.body).is_none() {
        a.body_kind = Some(ask_body_kind(&a.new.body)?);
    }
    file.ask_missing()?;
    file.edit().road.applied(&Default::default(), today)?;
    loop {
        let items = items(&a);
        crate::errout!("{}", summary(&a, &items, bodies))?;
        match ask_confirm(items.len())? {
            Confirmed::Yes => return Ok(Decided::Record(a.new, a.body_kind)),
            Confirmed::No => {
                crate::errln!("{}", t!("add-declined"))?;
                crate::errln!(
                    "{}",
                    t!(
                        "add-declined-line",
                        line = command_line(&a.new, a.body_kind)
                    )
                )?;
                return Ok(Decided::Declined);
            }
            Confirmed::Change(n) => correct(&mut a, items[n - 1], bodies, today)?,
        }
    }
}

/// The items of the summary, in order: the new body's kind only when the body is new.
fn items(a: &Answers) -> Vec<Item> {
    let mut v = vec![
        Item::Received,
        Item::Applicant,
        Item::ApplicantKind,
        Item::Body,
    ];
    if a.body_kind.is_some() {
        v.push(Item::BodyKind);
    }
    v.push(Item::Subject);
    v
}

/// Asks item's question again, the current answer offered as the default.
fn correct(a: &mut Answers, item: Item, bodies: &[String], today: Date) -> Result<()> {
    match item {
        Item::Received => a.new.received_on = ask_received(today)?,
        Item::Applicant => {
            a.new.applicant = ask_text(&t!("prompt-applicant"), Some(&a.new.applicant))?
        }
        Item::ApplicantKind => {
            a.new.applicant_kind = ask_applicant_kind(Some(a.new.applicant_kind))?
        }
        Item::Body => {
            a.new.body = ask_body(bodies, Some(&a.new.body))?;
            a.body_kind = match known(bodies, &a.new.body) {
                Some(_) => None,
                None => Some(ask_body_kind(&a.new.body)?),
            };
        }
        Item::BodyKind => a.body_kind = Some(ask_body_kind(&a.new.body)?),
        Item::Subject => a.new.subject = ask_text(&t!("prompt-subject"), Some(&a.new.subject))?,
    }
    Ok(())
}

/// The register's spelling of `body`, if it knows it.
fn known<'a>(bodies: &'a [String], body: &str) -> Option<&'a String> {
    bodies.iter().find(|b| body_key(b) == body_key(body))
}

fn ask_received(today: Date) -> Result<Date> {
    let (label, help) = (t!("prompt-received"), t!("prompt-received-help"));
    let today_s = today.to_string();
    let (not_a_date, future) = (
        t!("prompt-not-a-date"),
        t!(
            "prompt-future",
            today = crate::render::human::date_plain(today)
        ),
    );
    let valid = move |s: &str| {
        Ok(match Date::parse(s.trim()) {
            Err(_) => Validation::Invalid(not_a_date.clone().into()),
            Ok(d) if d > today => Validation::Invalid(future.clone().into()),
            Ok(_) => Validation::Valid,
        })
    };
    let text = answer(
        Text::new(&label)
            .with_default(&today_s)
            .with_help_message(&help)
            .with_validator(valid)
            .prompt(),
    )?;
    Date::parse(text.trim()).map_err(Error::from)
}

fn ask_text(label: &str, current: Option<&str>) -> Result<String> {
    let mut q = Text::new(label).with_validator(required());
    if let Some(c) = current {
        q = q.with_initial_value(c);
    }
    Ok(answer(q.prompt())?.trim().to_string())
}

fn ask_applicant_kind(current: Option<ApplicantKind>) -> Result<ApplicantKind> {
    let choices: Vec<KindChoice> = ApplicantKind::ALL.iter().map(|k| KindChoice(*k)).collect();
    let at = current
        .and_then(|c| ApplicantKind::ALL.iter().position(|k| *k == c))
        .unwrap_or(0);
    let (label, help) = (t!("prompt-kind"), t!("prompt-select-help"));
    Ok(answer(
        Select::new(&label, choices)
            .with_help_message(&help)
            .with_starting_cursor(at)
            .prompt(),
    )?
    .0)
}

fn ask_body(bodies: &[String], current: Option<&str>) -> Result<String> {
    let (label, help) = (t!("prompt-body"), t!("prompt-body-help"));
    let mut q = Text::new(&label)
        .with_help_message(&help)
        .with_autocomplete(Names(bodies.to_vec()))
        .with_validator(required());
    if let Some(c) = current {
        q = q.with_initial_value(c);
    }
    Ok(answer(q.prompt())?.trim().to_string())
}

/// The kind of a body new to the register, from a menu of the kinds in the run's
/// language (the one its name suggests first under the cursor).
pub fn ask_body_kind(name: &str) -> Result<BodyKind> {
    let suggested = suggest_kind(name).unwrap_or(BodyKind::Other);
    let choices: Vec<BodyKindChoice> = BodyKind::ALL.iter().map(|k| BodyKindChoice(*k)).collect();
    let at = BodyKind::ALL
        .iter()
        .position(|k| *k == suggested)
        .unwrap_or(0);
    let label = t!("prompt-body-kind", body = crate::domain::tidy(name));
    Ok(answer(
        Select::new(&label, choices)
            .with_help_message(&t!("prompt-select-help"))
            .with_starting_cursor(at)
            .with_page_size(BodyKind::ALL.len())
            .prompt(),
    )?
    .0)
}

/// The answer to the confirmation.
enum Confirmed {
    Yes,
    No,
    /// The number of the answer to change (1 and up).
    Change(usize),
}

/// The confirmation: yes (Enter), no, or the number of an answer to change.
fn ask_confirm(items: usize) -> Result<Confirmed> {
    let (question, help, wrong) = (
        t!("prompt-confirm"),
        t!("prompt-confirm-or-change", n = items),
        t!("prompt-yes-no-or-number", n = items),
    );
    let number = move |s: &str| {
        s.trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=items).contains(n))
    };
    let valid = move |s: &str| {
        Ok(
            if s.trim().is_empty() || yes_no(s).is_ok() || number(s).is_some() {
                Validation::Valid
            } else {
                Validation::Invalid(wrong.clone().into())
            },
        )
    };
    let a = answer(
        Text::new(&question)
            .with_help_message(&help)
            .with_validator(valid)
            .prompt(),
    )?;
    Ok(match (a.trim().is_empty(), yes_no(&a), number(&a)) {
        (true, _, _) | (_, Ok(true), _) => Confirmed::Yes,
        (_, Ok(false), _) => Confirmed::No,
        (_, _, Some(n)) => Confirmed::Change(n),
        // The validator lets nothing else through.
        _ => Confirmed::No,
    })
}

/// An applicant kind as the question offers it: in the run's language, with the
/// other language's name beside it (a clerk may know either).
#[derive(Debug, Clone, Copy)]
struct KindChoice(ApplicantKind);

impl std::fmt::Display for KindChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (this, other) = both_languages();
        write!(f, "{} ({})", self.0.label(this), self.0.label(other))
    }
}

/// A body kind as the menu offers it, the same way.
#[derive(Debug, Clone, Copy)]
struct BodyKindChoice(BodyKind);

impl std::fmt::Display for BodyKindChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (this, other) = both_languages();
        write!(f, "{} ({})", self.0.label(this), self.0.label(other))
    }
}

/// The run's language, then the other.
fn both_languages() -> (Lang, Lang) {
    match crate::i18n::lang() {
        Lang::En => (Lang::En, Lang::Id),
        Lang::Id => (Lang::Id, Lang::En),
    }
}

/// The case as it will be added, in numbered labelled lines, each value wrapped at words
/// under itself on the terminal's width.
fn summary(a: &Answers, items: &[Item], bodies: &[String]) -> String {
    let new = &a.new;
    let body = match known(bodies, &new.body) {
        // The register keeps the spelling it has.
        Some(b) => b.clone(),
        None => format!("{} {}", new.body, t!("add-new-body")),
    };
    let mut rows: Vec<(String, String)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (label, value) = match item {
                Item::Received => (t!("case-received"), received(new.received_on)),
                Item::Applicant => (t!("case-applicant"), new.applicant.clone()),
                Item::ApplicantKind => (
                    t!("case-applicant-kind"),
                    KindChoice(new.applicant_kind).to_string(),
                ),
                Item::Body => (t!("case-body"), body.clone()),
                Item::BodyKind => (
                    t!("case-body-kind"),
                    a.body_kind
                        .map(|k| BodyKindChoice(k).to_string())
                        .unwrap_or_default(),
                ),
                Item::Subject => (t!("case-subject"), new.subject.clone()),
            };
            (format!("  {}. {label}:", i + 1), value)
        })
        .collect();
    let number = match &new.register_no {
        Some(n) => n.clone(),
        None => t!("add-next-number", year = new.received_on.year()),
    };
    rows.push((format!("     {}:", t!("case-register-no")), number));
    let terminal = width().or_else(|| terminal_size::terminal_size().map(|(w, _)| w.0 as usize));
    format!("\n{}\n", sheet(&rows, terminal))
}

/// The date received as typed back to the clerk: ISO, and in Indonesian also in words
/// ("2017-03-02 (Kamis, 2 Maret 2017)"), so that a date typed day first (02/03/2017) is
/// seen read as the clerk meant it before the case is added.
fn received(d: Date) -> String {
    let words = crate::render::human::date(d);
    if words == d.to_string() {
        words
    } else {
        format!("{d} ({words})")
    }
}

/// The `case add` line that adds the same case without questions (and, for a new body
/// of a kind other than `other`, the `body set` that gives it its kind).
pub fn command_line(new: &NewCase, body_kind: Option<BodyKind>) -> String {
    let q = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let mut line = format!(
        "sengketa case add --received {} --applicant {} --applicant-kind {} --body {} --subject {}",
        new.received_on,
        q(&new.applicant),
        new.applicant_kind.cli_name(),
        q(&new.body),
        q(&new.subject)
    );
    if let Some(n) = &new.register_no {
        line += &format!(" --register-no {}", q(n));
    }
    if let Some(k) = body_kind.filter(|k| *k != BodyKind::Other) {
        line += &format!(
            " && sengketa body set {} --kind {}",
            q(&new.body),
            k.cli_name()
        );
    }
    line
}
