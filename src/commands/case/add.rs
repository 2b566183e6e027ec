//! `sengketa case add`: log a new dispute application, from flags or, on a terminal,
//! by answering a question for each particular not given.

use crate::commands::Ctx;
use crate::commands::messages::parse_date as parse_arg;
use crate::commands::prompt::{self, Names, answer, required, yes_no};
use crate::domain::body::suggest_kind;
use crate::domain::case::NewCase;
use crate::domain::case_file::{FileEdit, filing};
use crate::domain::{ApplicantKind, BodyKind, Date, Lang, body_key};
use crate::error::{Error, Result};
use crate::storage::Register;
use crate::t;
use inquire::validator::Validation;
use inquire::{Confirm, Select, Text};

/// Log a new dispute application; prints its register number
///
/// The case gets the next serial of the year it was received in, and a number from
/// the register's template (or the historic number given with --register-no, kept
/// as written).
///
/// On a terminal, what is not given is asked for: the received date, the applicant,
/// the applicant's kind, the public body (completed from the register's bodies) and
/// the subject, then the case file (the applicant's contacts, a representative,
/// the road to the dispute: Enter skips each); then the case is shown to confirm.
/// Without a terminal (a script, a pipe) --applicant, --body and --subject are
/// required.
///
/// The body is found by its name or one of its aliases (up to case and spaces); a
/// body the register does not know yet is added (on a terminal, its kind is asked,
/// with a suggestion from its name; else it is `other`, set later with `body set`).
/// A case with the same applicant, body, subject and received date as one in the
/// register is added with a warning: void one of them with `case void` if it is a
/// duplicate.
///
/// Examples:
///   sengketa case add --received 2017-03-02 --applicant "Budi Santoso" \
///       --applicant-kind individual --body "Dinas Pendidikan" --subject "RKA 2017"
///   sengketa case add --received 14/03/2013 --register-no 028/III/KIP-PS/2013 ...
///   sengketa case add                   # on a terminal: asks for each particular
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The date the application was received [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    received: Option<Date>,
    /// The applicant's name
    // Required unless questions can be asked: `commands::parse` lifts it on a terminal.
    #[arg(long, required = true)]
    applicant: Option<String>,
    /// Who the applicant is [default: individual]
    #[arg(long)]
    applicant_kind: Option<ApplicantKind>,
    /// The respondent public body (badan publik), by its name or an alias
    #[arg(long, required = true)]
    body: Option<String>,
    /// The information requested
    #[arg(long, required = true)]
    subject: Option<String>,
    /// A historic register number, kept exactly as written
    #[arg(long, value_name = "NUMBER")]
    register_no: Option<String>,
    #[command(flatten)]
    file: Box<super::file_args::FileArgs>,
    /// A note kept with the entry in the history
    #[arg(long)]
    note: Option<String>,
    /// Who records it [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    actor: Option<String>,
}

/// The flags a terminal may leave out, to be asked for instead.
pub const ASKED: [&str; 3] = ["applicant", "body", "subject"];

/// The kind of a body new to the register: asked on a terminal (the name's
/// suggestion when the answer is empty), else `other`.
fn kind_of_new_body(name: &str) -> Result<BodyKind> {
    if !prompt::interactive() {
        return Ok(BodyKind::Other);
    }
    let suggested = suggest_kind(name).unwrap_or(BodyKind::Other);
    let lang = crate::i18n::lang();
    loop {
        let q = t!(
            "ask-body-kind",
            body = crate::domain::tidy(name),
            kind = suggested.as_str(),
            label = suggested.label(lang)
        );
        match prompt::ask(&q)? {
            None => return Ok(suggested),
            Some(a) if a.is_empty() => return Ok(suggested),
            Some(a) => match BodyKind::parse(&a) {
                Ok(k) => return Ok(k),
                Err(_) => crate::errln!(
                    "{}",
                    t!("ask-body-kind-one-of", kinds = kind_names(lang).join(", "))
                )?,
            },
        }
    }
}

/// The body kinds as the question's error lists them: the stored spellings in English,
/// the labels in Indonesian (either is accepted as an answer).
fn kind_names(lang: crate::domain::Lang) -> Vec<String> {
    BodyKind::stored_names()
        .into_iter()
        .map(|n| match (lang, BodyKind::parse(n).ok()) {
            (crate::domain::Lang::Id, Some(k)) => k.label(lang).to_string(),
            _ => n.to_string(),
        })
        .collect()
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let stamp = ctx.stamp(args.actor.clone(), args.note.clone());
    if let (Some(applicant), Some(body), Some(subject)) =
        (&args.applicant, &args.body, &args.subject)
    {
        let new = NewCase {
            received_on: args.received.unwrap_or(ctx.today),
            applicant: applicant.clone(),
            applicant_kind: args.applicant_kind.unwrap_or(ApplicantKind::Individual),
            body: body.clone(),
            subject: subject.clone(),
            register_no: args.register_no,
        };
        new.check(ctx.today)?;
        let file = args.file.edit();
        file.road.applied(&Default::default(), ctx.today)?;
        let mut reg = ctx.open()?;
        return save(&mut reg, &new, &file, ctx.today, &stamp);
    }
    if !prompt::interactive() {
        // Not reached from the command line (clap requires the flags without a
        // terminal), but said the same way should it be.
        return Err(Error::usage(t!("add-missing")).with_hint(t!("add-missing-hint")));
    }
    // What is given is checked before anything is asked (a placeholder stands in for
    // what is not), and the register opened, so that no answer is typed in vain.
    let given = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    NewCase {
        received_on: args.received.unwrap_or(ctx.today),
        applicant: given(&args.applicant),
        applicant_kind: ApplicantKind::Individual,
        body: given(&args.body),
        subject: given(&args.subject),
        register_no: args.register_no.clone(),
    }
    .check(ctx.today)?;
    let mut reg = ctx.open()?;
    let mut args = args;
    let mut file_args = std::mem::take(&mut args.file);
    let new = ask(&args, &mut file_args, &reg, ctx.today)?;
    new.check(ctx.today)?;
    let file = file_args.edit();
    save(&mut reg, &new, &file, ctx.today, &stamp)
}

/// Adds the case (its body new to the register with the kind asked or `other`), says
/// which numbers the template skipped (on stderr), prints its number, and warns of a
/// likely duplicate.
fn save(
    reg: &mut Register,
    new: &NewCase,
    file: &FileEdit,
    today: Date,
    stamp: &crate::domain::case::Stamp,
) -> Result<()> {
    let duplicates = reg.duplicates_of(new)?;
    let kind = if reg.body_known(&new.body)? {
        BodyKind::Other
    } else {
        kind_of_new_body(&new.body)?
    };
    let (case, skipped) = reg.add_case_with_file(new, kind, file, today, stamp)?;
    if !skipped.is_empty() {
        crate::errln!(
            "{}",
            t!(
                "add-skipped-numbers",
                numbers = skipped.join(", "),
                n = skipped.len(),
                number = &case.register_no
            )
        )?;
    }
    crate::outln!("{}", case.register_no)?;
    if !file.road.is_empty() {
        let road = reg.case_file(&case)?.road;
        let f = filing(&reg.calendar()?, &road, case.facts.received_on);
        crate::errln!(
            "{}: {}",
            t!("note-prefix"),
            super::file_args::filing_line(&f)
        )?;
    }
    for other in duplicates {
        crate::errln!(
            "{}: {}",
            t!("warning-prefix"),
            t!("case-add-duplicate", case = other)
        )?;
    }
    Ok(())
}

/// Asks for each particular not given, then for the case file (Enter skips each
/// question), shows the case, and asks to confirm it.
fn ask(
    args: &Args,
    file: &mut super::file_args::FileArgs,
    reg: &Register,
    today: Date,
) -> Result<NewCase> {
    let received_on = match args.received {
        Some(d) => d,
        None => {
            let (label, help) = (t!("prompt-received"), t!("prompt-received-help"));
            let today_s = today.to_string();
            let (not_a_date, future) =
                (t!("prompt-not-a-date"), t!("prompt-future", today = today));
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
            Date::parse(text.trim()).map_err(Error::from)?
        }
    };
    let applicant = match &args.applicant {
        Some(a) => a.clone(),
        None => answer(
            Text::new(&t!("prompt-applicant"))
                .with_validator(required())
                .prompt(),
        )?,
    };
    let applicant_kind = match args.applicant_kind {
        Some(k) => k,
        None => {
            let choices: Vec<KindChoice> =
                ApplicantKind::ALL.iter().map(|k| KindChoice(*k)).collect();
            let (label, help) = (t!("prompt-kind"), t!("prompt-select-help"));
            answer(
                Select::new(&label, choices)
                    .with_help_message(&help)
                    .prompt(),
            )?
            .0
        }
    };
    let bodies = reg.body_names()?;
    let body = match &args.body {
        Some(b) => b.clone(),
        None => {
            let (label, help) = (t!("prompt-body"), t!("prompt-body-help"));
            answer(
                Text::new(&label)
                    .with_help_message(&help)
                    .with_autocomplete(Names(bodies.clone()))
                    .with_validator(required())
                    .prompt(),
            )?
        }
    };
    let subject = match &args.subject {
        Some(s) => s.clone(),
        None => answer(
            Text::new(&t!("prompt-subject"))
                .with_validator(required())
                .prompt(),
        )?,
    };
    let new = NewCase {
        received_on,
        applicant: applicant.trim().to_string(),
        applicant_kind,
        body: body.trim().to_string(),
        subject: subject.trim().to_string(),
        register_no: args.register_no.clone(),
    };
    file.ask_missing()?;
    file.edit().road.applied(&Default::default(), today)?;
    crate::errout!("{}", summary(&new, &bodies))?;
    let (question, yes, no, help, wrong) = (
        t!("prompt-confirm"),
        t!("prompt-yes"),
        t!("prompt-no"),
        t!("prompt-confirm-help"),
        t!("prompt-yes-no"),
    );
    let shown = |b: bool| if b { yes.clone() } else { no.clone() };
    let ok = answer(
        Confirm::new(&question)
            .with_default(true)
            .with_parser(&|s| yes_no(s))
            .with_formatter(&shown)
            // Enter says yes: the question is only ever asked with that default.
            .with_default_value_formatter(&|_| help.clone())
            .with_error_message(&wrong)
            .prompt(),
    )?;
    if !ok {
        return Err(Error::invalid(t!("add-not-confirmed"))
            .with_hint(t!("add-not-confirmed-hint", line = command_line(&new))));
    }
    Ok(new)
}

/// An applicant kind as the question offers it: in the run's language, with the
/// other language's name beside it (a clerk may know either).
#[derive(Debug, Clone, Copy)]
struct KindChoice(ApplicantKind);

impl std::fmt::Display for KindChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (this, other) = match crate::i18n::lang() {
            Lang::En => (Lang::En, Lang::Id),
            Lang::Id => (Lang::Id, Lang::En),
        };
        write!(f, "{} ({})", self.0.label(this), self.0.label(other))
    }
}

/// The case as it will be added, in labelled lines.
fn summary(new: &NewCase, bodies: &[String]) -> String {
    let known = bodies.iter().find(|b| body_key(b) == body_key(&new.body));
    let body = match known {
        // The register keeps the spelling it has.
        Some(b) => b.clone(),
        None => format!("{} {}", new.body, t!("add-new-body")),
    };
    let number = match &new.register_no {
        Some(n) => n.clone(),
        None => t!("add-next-number", year = new.received_on.year()),
    };
    let rows = [
        (t!("case-received"), new.received_on.to_string()),
        (t!("case-applicant"), new.applicant.clone()),
        (
            t!("case-applicant-kind"),
            KindChoice(new.applicant_kind).to_string(),
        ),
        (t!("case-body"), body),
        (t!("case-subject"), new.subject.clone()),
        (t!("case-register-no"), number),
    ];
    let width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let mut s = String::from("\n");
    for (label, value) in rows {
        let pad = width - label.chars().count();
        s += &format!("  {label}:{} {value}\n", " ".repeat(pad));
    }
    s.push('\n');
    s
}

/// The `case add` line that adds the same case without questions.
fn command_line(new: &NewCase) -> String {
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
    line
}
