//! A case's file in `case show`: labelled lines after the case (table) and a `case_file`
//! and a `filing` object (JSON). A case with no file of its own shows as before.

use crate::domain::case_file::{
    CaseFile, CountedAbsence, FileChange, FileWhat, Filing, PartyField,
};
use crate::t;
use serde_json::{Value, json};
use std::io::{self, Write};

fn label(f: PartyField) -> String {
    match f {
        PartyField::ApplicantAddress => t!("file-applicant-address"),
        PartyField::ApplicantPhone => t!("file-applicant-phone"),
        PartyField::ApplicantEmail => t!("file-applicant-email"),
        PartyField::RepName => t!("file-rep-name"),
        PartyField::RepAddress => t!("file-rep-address"),
        PartyField::PpidAddress => t!("file-ppid-address"),
        PartyField::SuperiorName => t!("file-superior-name"),
        PartyField::SuperiorTitle => t!("file-superior-title"),
        PartyField::SuperiorAddress => t!("file-superior-address"),
    }
}

/// The lines of the case file, after the case's table.
pub fn show_table(
    out: &mut impl Write,
    file: &CaseFile,
    filing: &Filing,
    filing_line: &str,
    lapse: Option<&[CountedAbsence]>,
) -> io::Result<()> {
    if file.is_empty() {
        return undone_table(out, file);
    }
    let lang = crate::i18n::lang();
    let mut lines: Vec<(String, String)> = Vec::new();
    for f in PartyField::ALL {
        if let Some(v) = file.parties.get(f) {
            lines.push((label(f), v.to_string()));
        }
    }
    if let Some(d) = file.parties.rep_authorised_on {
        lines.push((t!("file-rep-authorised"), d.to_string()));
    }
    let r = &file.road;
    for (id, d) in [
        (t!("file-requested"), r.requested_on),
        (t!("file-ppid-answered"), r.ppid_answered_on),
        (t!("file-objected"), r.objected_on),
        (t!("file-superior-answered"), r.superior_answered_on),
    ] {
        if let Some(d) = d {
            lines.push((id, d.to_string()));
        }
    }
    if !r.grounds.is_empty() {
        let g: Vec<&str> = r.grounds.iter().map(|g| g.label(lang)).collect();
        lines.push((t!("file-grounds"), g.join("; ")));
    }
    let _ = filing;
    lines.push((t!("file-filing"), filing_line.to_string()));
    for s in &file.panel {
        let mut who = s.person.name.clone();
        if let Some(ph) = &s.person.phone {
            who += &format!(" ({ph})");
        }
        lines.push((s.seat.label(lang).to_string(), who));
    }
    if let Some(reason) = &file.panel_reason {
        lines.push((t!("file-panel-reason"), reason.clone()));
    }
    let width = lines
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    writeln!(out, "\n{}", t!("file-title"))?;
    for (l, v) in &lines {
        let pad = width - l.chars().count();
        writeln!(out, "  {l}:{} {v}", " ".repeat(pad))?;
    }
    if !file.services.is_empty() {
        writeln!(out, "\n{}", t!("file-services"))?;
        for s in &file.services {
            writeln!(
                out,
                "  {}",
                t!(
                    "file-service-line",
                    no = s.hearing_no,
                    party = s.party.label(lang),
                    on = s.on,
                    how = s.how.label(lang),
                    result = s.result.label(lang)
                )
            )?;
        }
    }
    if let Some(counted) = lapse.filter(|c| c.iter().any(|a| a.service.is_some())) {
        for a in counted {
            if let Some(s) = a.service {
                writeln!(
                    out,
                    "  {}",
                    t!(
                        "file-lapse-rests",
                        no = a.hearing_no,
                        on = s.on,
                        how = s.how.label(lang)
                    )
                )?;
            }
        }
    }
    if !file.notes.is_empty() {
        writeln!(out, "\n{}", t!("file-notes"))?;
        for n in &file.notes {
            writeln!(out, "  {} {}: {}", n.recorded_at, n.actor, n.text)?;
        }
    }
    undone_table(out, file)
}

/// The file's changes an undo reverted: the change, then the undo's date and reason.
fn undone_table(out: &mut impl Write, file: &CaseFile) -> io::Result<()> {
    if !file.undone.is_empty() {
        writeln!(out, "\n{}", t!("file-undone"))?;
        for u in &file.undone {
            writeln!(
                out,
                "  {} {}: {}",
                u.on,
                describe_change(&u.change),
                u.reason
            )?;
        }
    }
    Ok(())
}

/// A change of the case file, in words (what `case undo` reverts, or reverted).
pub fn describe_change(f: &FileChange) -> String {
    match &f.what {
        FileWhat::Note(text) => t!("undo-file-note", text = text.as_str()),
        FileWhat::Service {
            hearing_no,
            party,
            on,
        } => t!(
            "undo-file-service",
            no = *hearing_no,
            party = match crate::i18n::lang() {
                crate::domain::Lang::En => party.as_str(),
                lang => party.label(lang),
            },
            on = *on
        ),
        FileWhat::Panel => t!("undo-file-panel"),
        FileWhat::File { parties, road } => match (parties, road) {
            (true, true) => t!("undo-file-parties-road"),
            (false, true) => t!("undo-file-road"),
            _ => t!("undo-file-parties"),
        },
    }
}

/// The case file and the filing window as JSON values.
pub fn json(file: &CaseFile, filing: &Filing, lapse: Option<&[CountedAbsence]>) -> (Value, Value) {
    let mut parties = serde_json::Map::new();
    for f in PartyField::ALL {
        parties.insert(f.column().to_string(), json!(file.parties.get(f)));
    }
    parties.insert(
        "rep_authorised_on".into(),
        json!(file.parties.rep_authorised_on.map(|d| d.to_string())),
    );
    let d = |d: Option<crate::domain::Date>| d.map(|d| d.to_string());
    let r = &file.road;
    let v = json!({
        "parties": parties,
        "road": {
            "requested_on": d(r.requested_on),
            "ppid_answered_on": d(r.ppid_answered_on),
            "objected_on": d(r.objected_on),
            "superior_answered_on": d(r.superior_answered_on),
            "grounds": r.grounds.iter().map(|g| g.as_str()).collect::<Vec<_>>(),
        },
        "panel": file.panel.iter().map(|s| json!({
            "seat": s.seat.as_str(),
            "person_id": s.person.id,
            "name": s.person.name,
            "role": s.person.role.as_str(),
            "phone": s.person.phone,
        })).collect::<Vec<_>>(),
        "panel_reason": file.panel_reason,
        "notes": file.notes.iter().map(|n| json!({
            "text": n.text, "actor": n.actor, "recorded_at": n.recorded_at,
        })).collect::<Vec<_>>(),
        "services": file.services.iter().map(|s| json!({
            "hearing_no": s.hearing_no,
            "party": s.party.as_str(),
            "on": s.on.to_string(),
            "how": s.how.as_str(),
            "result": s.result.as_str(),
            "actor": s.actor,
            "recorded_at": s.recorded_at,
        })).collect::<Vec<_>>(),
        "undone": file.undone.iter().map(|u| json!({
            "kind": u.change.kind.as_str(),
            "recorded_at": u.change.recorded_at,
            "on": u.on.to_string(),
            "reason": u.reason,
        })).collect::<Vec<_>>(),
        "lapse_rests_on": lapse.map(|c| c.iter().map(|a| json!({
            "hearing_no": a.hearing_no,
            "served_on": a.service.map(|s| s.on.to_string()),
            "how": a.service.map(|s| s.how.as_str()),
        })).collect::<Vec<_>>()),
    });
    let f = json!({
        "status": filing.status.as_str(),
        "window_from": d(filing.window_from),
        "window_to": d(filing.window_to),
        "from_answer": filing.answered,
        "superior_answered_on": d(r.superior_answered_on),
        "objected_on": d(r.objected_on),
        "superior_due": d(filing.superior_due),
        "articles": "UU 14/2008 Pasal 35-37",
        "suggest": filing.suggest.map(|r| format!("case reject --reason {}", r.cli_name())),
    });
    (v, f)
}
