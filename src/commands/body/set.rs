//! `sengketa body set`.

use super::By;
use crate::commands::Ctx;
use crate::domain::BodyKind;
use crate::domain::case_file::{PartiesEdit, PartyField};
use crate::error::Result;
use crate::t;

/// Set the kind of a public body (Law 14/2008 Art. 1(3)), for `recap --by
/// body-kind`, or its PPID's address and the PPID's superior, for the papers
///
/// The PPID and superior are the body's for every case, unless `case edit` gives a
/// case its own; an empty value clears one.
///
/// Examples:
///   sengketa body set "Dinas PUPR Kab. Muaro Jambi" --kind regency-city-government
///   sengketa body set "PT Bank Jambi" --kind bumn-bumd
///   sengketa body set "Dinas Pendidikan" --ppid-address "Jl. Sudirman 1" \
///       --superior-name "Drs. H. Ali" --superior-title "Sekretaris Daerah"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The body: its name or an alias
    #[arg(value_name = "BODY")]
    body: String,
    /// Its kind
    #[arg(long, required_unless_present_any = ["ppid_address", "superior_name", "superior_title", "superior_address"])]
    kind: Option<BodyKind>,
    /// The PPID's address
    #[arg(long, value_name = "TEXT")]
    ppid_address: Option<String>,
    /// The name of the PPID's superior (atasan PPID)
    #[arg(long, value_name = "NAME")]
    superior_name: Option<String>,
    /// The superior's title
    #[arg(long, value_name = "TEXT")]
    superior_title: Option<String>,
    /// The superior's address
    #[arg(long, value_name = "TEXT")]
    superior_address: Option<String>,
    #[command(flatten)]
    by: By,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let edit = PartiesEdit {
        text: [
            (PartyField::PpidAddress, &args.ppid_address),
            (PartyField::SuperiorName, &args.superior_name),
            (PartyField::SuperiorTitle, &args.superior_title),
            (PartyField::SuperiorAddress, &args.superior_address),
        ]
        .into_iter()
        .filter_map(|(f, v)| v.clone().map(|v| (f, Some(v))))
        .collect(),
        rep_authorised_on: None,
    };
    if !edit.is_empty() {
        let mut reg = ctx.open()?;
        let stamp = ctx.stamp(args.by.actor.clone(), args.by.note.clone());
        let (body, changed) = reg.body_set_parties(&args.body, &edit, &stamp)?;
        let said = if changed {
            t!("body-parties-set", body = body)
        } else {
            t!("body-parties-unchanged", body = body)
        };
        crate::errln!("{said}")?;
    }
    let Some(kind) = args.kind else {
        return Ok(());
    };
    let mut reg = ctx.open()?;
    let (body, old) =
        reg.body_set_kind(&args.body, kind, &ctx.stamp(args.by.actor, args.by.note))?;
    crate::errln!(
        "{}",
        t!(
            "body-kind-set",
            body = body,
            old = crate::commands::messages::word!(old),
            new = crate::commands::messages::word!(kind),
        )
    )?;
    Ok(())
}
