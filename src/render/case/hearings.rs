//! The hearings table of `case show`: both parties' attendance and the room kept at 80
//! columns, and the reasons the table cannot show whole listed under it.

use super::lapse_flag;
use crate::render::opt;
use crate::render::table::{Fit, sheet, table};
use crate::t;
use std::io::{self, Write};

/// The hearings table of `case show`, then the lapse flag (nothing without hearings).
pub(super) fn hearings_table(out: &mut impl Write, hearings: &super::Hearings) -> io::Result<()> {
    if hearings.list.is_empty() {
        return Ok(());
    }
    let lang = crate::i18n::lang();
    let mut t = table(&[
        t!("hearing-no"),
        t!("hearing-kind"),
        t!("hearing-date"),
        t!("hearing-time"),
        t!("hearing-room"),
        t!("hearing-panel"),
        t!("hearing-status"),
        t!("hearing-applicant"),
        t!("hearing-respondent"),
        t!("hearing-postponed"),
        t!("hearing-reason"),
    ]);
    // Both parties' attendance and the room stay (the room cut, no less than 12
    // columns); the panel, the postponements, the reason (listed whole under the table)
    // and the time go first.
    for (i, fit) in [
        Fit::Keep,
        Fit::Cut(10),
        Fit::Keep,
        Fit::Drop(4),
        Fit::Cut(12),
        Fit::Drop(1),
        Fit::Keep,
        Fit::Keep,
        Fit::Keep,
        Fit::Drop(2),
        Fit::Drop(3),
    ]
    .into_iter()
    .enumerate()
    {
        t.fit(i, fit);
    }
    t.dates(2, 0);
    for h in hearings.list {
        let postponed = match h.postponements {
            0 => String::new(),
            n => t!(
                "hearing-postponed-from",
                times = n,
                first = crate::render::human::date_shorter(h.first_on)
            ),
        };
        let att = |a: Option<crate::domain::Attendance>| a.map(|a| a.label(lang).to_string());
        t.add_row([
            crate::domain::hearing::nth(hearings.list, h.no)
                .map_or_else(|| "-".to_string(), |n| n.to_string()),
            h.kind.label(lang).to_string(),
            crate::render::human::date_short(h.on),
            h.at.as_deref()
                .map(crate::render::human::time)
                .unwrap_or_default(),
            opt(&h.room),
            opt(&h.panel),
            h.status.label(lang).to_string(),
            opt(&att(h.applicant)),
            opt(&att(h.respondent)),
            postponed,
            opt(&h.reason.as_deref().map(super::reason_shown)),
        ]);
        t.short_date(2, h.on);
    }
    writeln!(out, "\n{}\n{t}", t!("show-hearings"))?;
    // The reasons the table could not show whole, in full under it.
    let width = crate::render::table::width();
    let hidden = t.hidden_at(width);
    let reasons: Vec<(String, String)> = hearings
        .list
        .iter()
        .enumerate()
        .filter_map(|(row, h)| {
            let reason = h.reason.as_deref().filter(|r| !r.is_empty())?;
            hidden(row, 10).then(|| {
                let label = t!("hearing-named", no = h.no, kind = h.kind.label(lang));
                (label, format!("{}: {reason}", t!("hearing-reason")))
            })
        })
        .collect();
    write!(out, "{}", sheet(&reasons, width))?;
    if let Some(nos) = hearings.may_lapse {
        writeln!(out, "{}", lapse_flag(nos))?;
    }
    Ok(())
}
