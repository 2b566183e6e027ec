//! `sengketa person ...`: the commission's people (commissioners, mediators, substitute
//! clerks), named on a case's panel and on its papers. Every change is an act.

use super::Ctx;
use super::messages::{parse_date as parse_arg, word};
use crate::domain::case_file::Person;
use crate::domain::{ActKind, Date, PersonRole};
use crate::error::Result;
use crate::render::Format;
use crate::t;

/// The commission's people: commissioners, mediators, substitute clerks
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(AddArgs),
    List(ListArgs),
    Set(SetArgs),
    Retire(RetireArgs),
}

#[derive(Debug, clap::Args)]
pub struct By {
    /// A note kept with the change in the history
    #[arg(long)]
    pub note: Option<String>,
    /// Who records the change [default: SENGKETA_ACTOR, else the OS user]
    #[arg(long)]
    pub actor: Option<String>,
}

/// Add a person of the commission
///
/// Examples:
///   sengketa person add "Ahmad Fauzi" --role commissioner
///   sengketa person add "Dewi Lestari" --role clerk --phone "0741-123456"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct AddArgs {
    /// The person's name
    #[arg(value_name = "NAME")]
    name: String,
    /// What the person does
    #[arg(long)]
    role: PersonRole,
    /// A phone (a clerk's is printed on the summons)
    #[arg(long)]
    phone: Option<String>,
    #[command(flatten)]
    by: By,
}

/// List the commission's people
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Correct a person's name, role or phone
///
/// Examples:
///   sengketa person set 3 --phone "0812-000000"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct SetArgs {
    /// The person: number or name
    #[arg(value_name = "PERSON")]
    person: String,
    /// The corrected name
    #[arg(long)]
    name: Option<String>,
    /// The new role
    #[arg(long)]
    role: Option<PersonRole>,
    /// The new phone (empty: none)
    #[arg(long)]
    phone: Option<String>,
    #[command(flatten)]
    by: By,
}

/// Retire a person: kept in the history and on past panels, named on no new one
#[derive(Debug, clap::Args)]
pub struct RetireArgs {
    /// The person: number or name
    #[arg(value_name = "PERSON")]
    person: String,
    /// The day [default: today]
    #[arg(long, value_parser = parse_arg, value_name = "DATE")]
    on: Option<Date>,
    #[command(flatten)]
    by: By,
}

pub fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::Add(a) => {
            let mut reg = ctx.open()?;
            let p = reg.person_add(&a.name, a.role, a.phone, &ctx.stamp(a.by.actor, a.by.note))?;
            crate::errln!("{}", t!("person-added", id = p.id, name = &p.name))?;
        }
        Command::List(a) => list(a, ctx)?,
        Command::Set(a) => {
            let mut reg = ctx.open()?;
            let (name, role, phone) = (a.name, a.role, a.phone);
            let (p, changed) = reg.person_change(
                &a.person,
                |p| {
                    if let Some(n) = name {
                        p.name = n.trim().to_string();
                    }
                    if let Some(r) = role {
                        p.role = r;
                    }
                    if let Some(ph) = phone {
                        p.phone = Some(ph);
                    }
                },
                ActKind::PersonSet,
                &ctx.stamp(a.by.actor, a.by.note),
            )?;
            say(&p, changed)?;
        }
        Command::Retire(a) => {
            let mut reg = ctx.open()?;
            let on = a.on.unwrap_or(ctx.today);
            let (p, changed) = reg.person_change(
                &a.person,
                |p| p.retired_on = Some(on),
                ActKind::PersonRetire,
                &ctx.stamp(a.by.actor, a.by.note),
            )?;
            say(&p, changed)?;
        }
    }
    Ok(0)
}

fn say(p: &Person, changed: bool) -> Result<()> {
    let said = if changed {
        t!("person-changed", id = p.id, name = &p.name)
    } else {
        t!("person-unchanged", id = p.id, name = &p.name)
    };
    crate::errln!("{said}")?;
    Ok(())
}

fn list(a: ListArgs, ctx: &Ctx) -> Result<()> {
    let reg = ctx.open()?;
    let people = reg.people()?;
    match a.format {
        Format::Json => {
            let v: Vec<serde_json::Value> = people
                .iter()
                .map(|p| {
                    serde_json::json!({
                        "id": p.id,
                        "name": p.name,
                        "role": p.role.as_str(),
                        "phone": p.phone,
                        "retired_on": p.retired_on.map(|d| d.to_string()),
                    })
                })
                .collect();
            crate::outln!("{}", serde_json::to_string_pretty(&v)?)?;
        }
        Format::Table => {
            // The crate's fitted table, like every other list (a tab-separated line was
            // written with its tabs escaped, "No.\u{9}Nama", and read as nothing).
            let mut table = crate::render::table::table(&[
                t!("person-col-id"),
                t!("person-col-name"),
                t!("person-col-role"),
                t!("person-col-phone"),
                t!("person-col-retired"),
            ]);
            table.right(0).drop_empty().dates(4, 1);
            for p in &people {
                table.add_row([
                    p.id.to_string(),
                    p.name.clone(),
                    word!(p.role),
                    p.phone.clone().unwrap_or_default(),
                    p.retired_on
                        .map(crate::render::human::date_short)
                        .unwrap_or_default(),
                ]);
                if let Some(d) = p.retired_on {
                    table.short_date(4, d);
                }
            }
            crate::outln!("{table}")?;
        }
        Format::Csv => {
            let sep = ",";
            crate::outln!(
                "{}",
                [
                    t!("person-col-id"),
                    t!("person-col-name"),
                    t!("person-col-role"),
                    t!("person-col-phone"),
                    t!("person-col-retired")
                ]
                .join(sep)
            )?;
            for p in &people {
                let cells = [
                    p.id.to_string(),
                    p.name.clone(),
                    word!(p.role),
                    p.phone.clone().unwrap_or_default(),
                    p.retired_on.map(|d| d.to_string()).unwrap_or_default(),
                ];
                let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
                crate::outln!("{}", cells.join(sep))?;
            }
        }
    }
    Ok(())
}

/// A CSV cell, quoted when it must be.
fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
