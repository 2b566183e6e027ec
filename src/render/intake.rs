//! A case's intake and mediation in `case show`: labelled lines for people, an object
//! for JSON, each with its deadline and where the case stands against it. Shown only for
//! a case (or a register) that records them, so that other registers read as before.

use crate::domain::case::CaseRecord;
use crate::domain::deadlines::{ProcedureDue, Standing};
use crate::domain::intake::{DeadlineBasis, IntakeDue};
use crate::render::human::{date, date_plain};
use crate::t;
use serde_json::{Value, json};

/// Where a case stands against an intake or mediation deadline, in words.
pub fn standing(s: Standing) -> String {
    let done = t!("standing-ended");
    match s {
        Standing::Met { on } => t!("standing-met", done = done, on = date_plain(on)),
        Standing::Late { on, by } => {
            t!("standing-late", done = done, on = date_plain(on), days = by)
        }
        Standing::Left(0) => t!("standing-due-today"),
        Standing::Left(n) => t!("standing-left", days = n),
        Standing::Overdue(n) => t!("standing-overdue", days = n),
    }
}

/// An intake or mediation deadline in the run's language (lists and the agenda).
pub fn deadline_label(w: crate::domain::deadlines::Deadline) -> String {
    use crate::domain::deadlines::Deadline;
    match w {
        Deadline::Notice => t!("deadline-notice"),
        Deadline::Completion => t!("deadline-completion"),
        Deadline::Mediation => t!("deadline-mediation"),
        Deadline::Start => t!("deadline-start"),
        Deadline::Finish => t!("deadline-finish"),
    }
}

/// The name of an intake deadline: "notice due", "completion due".
pub fn due_name(d: IntakeDue) -> String {
    match d {
        IntakeDue::Notice(_) => t!("intake-notice-due"),
        IntakeDue::Completion(_) => t!("intake-completion-due"),
    }
}

/// The register number's line of `case show`, and the receipt reference's for a case
/// numbered at registration (the number then says it is still to be given).
pub fn number_lines(c: &CaseRecord) -> Vec<(String, String)> {
    let number = if c.unnumbered() {
        t!("show-register-no-pending")
    } else {
        c.register_no.clone()
    };
    let mut lines = vec![(t!("show-register-no"), number)];
    if let Some(r) = &c.receipt_no {
        lines.push((t!("show-receipt-no"), r.clone()));
    }
    lines
}

/// The labelled lines of `case show` (none for a case without intake or mediation
/// whose register does not record intake), their dates as people write them, like the
/// rest of `case show`.
pub fn lines(c: &CaseRecord, due: &ProcedureDue) -> Vec<(String, String)> {
    let lang = crate::i18n::lang();
    let mut lines = Vec::new();
    let i = &c.intake;
    if let Some(d) = i.incomplete_on {
        lines.push((t!("show-incomplete"), date(d)));
    }
    if let Some(d) = i.registered_on {
        lines.push((t!("show-registered"), date(d)));
    }
    if let (Some(d), Some(r)) = (i.not_registered_on, i.not_registered_reason) {
        lines.push((
            t!("show-not-registered"),
            format!("{}: {}", date(d), r.label(lang)),
        ));
    }
    if let Some((d, s)) = due.intake {
        lines.push((due_name(d), format!("{}: {}", date(d.date()), standing(s))));
    }
    let m = &c.mediation;
    if let Some(d) = m.started_on {
        lines.push((t!("show-mediation-started"), date(d)));
    }
    if let Some(d) = m.extended_on {
        lines.push((t!("show-mediation-extended"), date(d)));
    }
    if let Some(d) = m.failed_on {
        lines.push((t!("show-mediation-failed"), date(d)));
    }
    if let Some(d) = m.agreed_on {
        lines.push((t!("show-mediation-agreed"), date(d)));
    }
    if let Some((d, s)) = due.mediation {
        lines.push((
            t!("show-mediation-due"),
            format!("{}: {}", date(d), standing(s)),
        ));
    }
    lines
}

/// The line naming what Art. 38's deadlines count from, and that day.
pub fn basis_line(basis: DeadlineBasis, from: crate::domain::Date) -> (String, String) {
    let what = match basis {
        DeadlineBasis::Receipt => t!("deadline-basis-receipt"),
        DeadlineBasis::Registration => t!("deadline-basis-registration"),
    };
    (
        t!("show-deadline-basis"),
        format!("{what}, {}", date_plain(from)),
    )
}

fn standing_json(s: Standing) -> Value {
    match s {
        Standing::Met { on } => json!({"standing": "met", "on": on.to_string()}),
        Standing::Late { on, by } => {
            json!({"standing": "late", "on": on.to_string(), "working_days": by})
        }
        Standing::Left(n) => json!({"standing": "left", "working_days": n}),
        Standing::Overdue(n) => json!({"standing": "overdue", "working_days": n}),
    }
}

/// `case show --format json`: the `intake` and `mediation` objects.
pub fn json(c: &CaseRecord, due: &ProcedureDue) -> (Value, Value) {
    let d = |d: Option<crate::domain::Date>| d.map(|d| d.to_string());
    let i = &c.intake;
    let intake_due = due.intake.map(|(d, s)| {
        let kind = match d {
            IntakeDue::Notice(_) => "notice",
            IntakeDue::Completion(_) => "completion",
        };
        json!({"deadline": kind, "due": d.date().to_string(), "against": standing_json(s)})
    });
    let intake = json!({
        "incomplete_on": d(i.incomplete_on),
        "registered_on": d(i.registered_on),
        "not_registered_on": d(i.not_registered_on),
        "not_registered_reason": i.not_registered_reason.map(|r| r.as_str()),
        "due": intake_due,
    });
    let m = &c.mediation;
    let mediation = json!({
        "started_on": d(m.started_on),
        "extended_on": d(m.extended_on),
        "failed_on": d(m.failed_on),
        "agreed_on": d(m.agreed_on),
        "due": due.mediation.map(|(d, _)| d.to_string()),
        "against": due.mediation.map(|(_, s)| standing_json(s)),
    });
    (intake, mediation)
}
