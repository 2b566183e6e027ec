//! One row of the register CSV: its columns, and the rules that make it a path the
//! lifecycle allows. Pure: the import feeds it fields and gets a case or a list of faults.

use super::lifecycle::Facts;
use super::{ApplicantKind, Date, DomainError, Outcome, Reason, Via};

/// The register CSV's columns, in order.
pub const COLUMNS: [&str; 15] = [
    "register_no",
    "received_on",
    "applicant",
    "applicant_kind",
    "public_body",
    "subject",
    "qualified_on",
    "not_qualified_on",
    "not_qualified_reason",
    "withdrawn_on",
    "decided_on",
    "decision_via",
    "decision_outcome",
    "decision_no",
    "closed_on",
];

/// A valid row: a case and the path it took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    pub register_no: Option<String>,
    pub applicant: String,
    pub applicant_kind: ApplicantKind,
    pub public_body: String,
    pub subject: String,
    pub facts: Facts,
}

/// What is wrong with one cell (or with the row, named by the column that breaks it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub column: &'static str,
    pub value: String,
    pub reason: String,
    /// A short, fixed name of the rule broken, to count faults by kind.
    pub rule: &'static str,
}

/// Checks the header: exactly the columns, in order.
pub fn check_header(header: &[&str]) -> Result<(), String> {
    if header.len() == COLUMNS.len() && header.iter().zip(COLUMNS).all(|(h, c)| h.trim() == c) {
        return Ok(());
    }
    for (i, want) in COLUMNS.iter().enumerate() {
        match header.get(i) {
            Some(h) if h.trim() == *want => {}
            Some(h) => {
                return Err(format!(
                    "column {} of the header is '{h}', expected '{want}'",
                    i + 1
                ));
            }
            None => return Err(format!("the header has no column {} ('{want}')", i + 1)),
        }
    }
    Err(format!(
        "the header has {} columns, expected {}",
        header.len(),
        COLUMNS.len()
    ))
}

/// Reads one data row (`fields` in the order of [`COLUMNS`]), checked against the lifecycle
/// and `today`. Every fault is reported, not only the first.
pub fn parse_row(fields: &[&str], today: Date) -> Result<CaseRow, Vec<Fault>> {
    let mut faults = Vec::new();
    if fields.len() != COLUMNS.len() {
        faults.push(Fault {
            column: "register_no",
            value: String::new(),
            reason: format!(
                "the row has {} fields, expected {}",
                fields.len(),
                COLUMNS.len()
            ),
            rule: "field count",
        });
        return Err(faults);
    }
    let cell = |i: usize| fields[i].trim();
    let mut fault = |i: usize, reason: String, rule: &'static str| {
        faults.push(Fault {
            column: COLUMNS[i],
            value: fields[i].to_string(),
            reason,
            rule,
        })
    };
    let date = |i: usize, fault: &mut dyn FnMut(usize, String, &'static str)| -> Option<Date> {
        let s = cell(i);
        if s.is_empty() {
            return None;
        }
        match Date::parse(s) {
            Ok(d) if d > today => {
                fault(
                    i,
                    format!("{d} lies in the future (today is {today})"),
                    "future date",
                );
                None
            }
            Ok(d) => Some(d),
            Err(_) => {
                fault(
                    i,
                    "not a date (write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)".into(),
                    "not a date",
                );
                None
            }
        }
    };
    fn word<T>(
        s: &str,
        i: usize,
        parse: fn(&str) -> Result<T, DomainError>,
        fault: &mut dyn FnMut(usize, String, &'static str),
    ) -> Option<T> {
        if s.is_empty() {
            return None;
        }
        match parse(s) {
            Ok(v) => Some(v),
            Err(e) => {
                let hint = e.hint().unwrap_or_default();
                fault(i, format!("{e}; {hint}"), "bad value");
                None
            }
        }
    }

    let received = date(1, &mut fault);
    if cell(1).is_empty() {
        fault(1, "the received date is required".into(), "missing value");
    }
    for i in [2, 4, 5] {
        if cell(i).is_empty() {
            fault(i, format!("{} is required", COLUMNS[i]), "missing value");
        }
    }
    let kind = word(cell(3), 3, ApplicantKind::parse, &mut fault);
    if cell(3).is_empty() {
        fault(
            3,
            "applicant_kind is required (individual, group, legal_entity)".into(),
            "missing value",
        );
    }
    let qualified = date(6, &mut fault);
    let not_qualified = date(7, &mut fault);
    let reason = word(cell(8), 8, Reason::parse, &mut fault);
    let withdrawn = date(9, &mut fault);
    let decided = date(10, &mut fault);
    let via = word(cell(11), 11, Via::parse, &mut fault);
    let outcome = word(cell(12), 12, Outcome::parse, &mut fault);
    let closed = date(14, &mut fault);
    let given = |i: usize| !cell(i).is_empty();

    // The path rules, each named by the column that breaks it.
    if given(6) && given(7) {
        fault(
            7,
            "a case cannot both qualify (qualified_on) and not qualify".into(),
            "qualified and not",
        );
    }
    if given(7) != given(8) {
        let i = if given(7) { 8 } else { 7 };
        fault(
            i,
            "not_qualified_on and not_qualified_reason go together".into(),
            "reason without date",
        );
    }
    if given(7) && given(9) {
        fault(
            9,
            "a case that does not qualify cannot be withdrawn".into(),
            "not qualified then more",
        );
    }
    if given(7) && given(10) {
        fault(
            10,
            "a case that does not qualify cannot be decided".into(),
            "not qualified then more",
        );
    }
    if given(7) && given(14) && cell(14) != cell(7) && closed.is_some() && closed != not_qualified {
        fault(14, "a case that does not qualify is closed on that day: leave closed_on empty or equal to not_qualified_on".into(), "not qualified closed later");
    }
    if given(10) && !given(6) {
        fault(
            10,
            "a decision needs the case to have qualified (qualified_on)".into(),
            "decision without qualification",
        );
    }
    if given(10) && given(9) {
        fault(
            10,
            "a withdrawn case cannot be decided".into(),
            "withdrawn and decided",
        );
    }
    if given(10) != given(11) || given(10) != given(12) {
        let i = if !given(11) {
            11
        } else if !given(12) {
            12
        } else {
            10
        };
        fault(
            i,
            "decided_on, decision_via and decision_outcome go together".into(),
            "partial decision",
        );
    }
    if let (Some(v), Some(o)) = (via, outcome)
        && !v.allows(o)
    {
        fault(
            12,
            format!(
                "a decision via {v} cannot have the outcome {o}; a decision via {v} has one of the outcomes: {}",
                v.outcome_names()
            ),
            "decision pair",
        );
    }
    if given(13) && !given(10) {
        fault(
            13,
            "a decision number needs a decision (decided_on)".into(),
            "number without decision",
        );
    }
    if given(14) && !(given(9) || given(10) || given(7)) {
        fault(
            14,
            "closing needs a withdrawal, a decision or a not-qualified".into(),
            "closed without end",
        );
    }
    // Dates in path order.
    if let Some(r) = received {
        let order: [(usize, Option<Date>, &[usize]); 5] = [
            (6, qualified, &[1]),
            (7, not_qualified, &[1]),
            (9, withdrawn, &[6, 1]),
            (10, decided, &[6, 1]),
            (14, closed, &[10, 9, 7, 6, 1]),
        ];
        let at = |i: usize| match i {
            1 => Some(r),
            6 => qualified,
            7 => not_qualified,
            9 => withdrawn,
            10 => decided,
            _ => None,
        };
        for (i, d, before) in order {
            let Some(d) = d else { continue };
            if let Some(&b) = before.iter().find(|&&b| at(b).is_some()) {
                let bd = at(b).expect("found");
                if d < bd {
                    fault(
                        i,
                        format!("{d} is before {} {bd}", COLUMNS[b]),
                        "date order",
                    );
                }
            }
        }
    }
    if !faults.is_empty() {
        return Err(faults);
    }
    let received = received.expect("checked");
    let facts = Facts {
        received_on: received,
        qualified_on: qualified,
        not_qualified_on: not_qualified,
        not_qualified_reason: reason,
        withdrawn_on: withdrawn,
        decided_on: decided,
        decision: via.zip(outcome),
        decision_no: Some(cell(13).to_string()).filter(|s| !s.is_empty()),
        closed_on: if not_qualified.is_some() {
            not_qualified
        } else {
            closed
        },
    };
    Ok(CaseRow {
        register_no: Some(cell(0).to_string()).filter(|s| !s.is_empty()),
        applicant: cell(2).to_string(),
        applicant_kind: kind.expect("checked"),
        public_body: cell(4).to_string(),
        subject: cell(5).to_string(),
        facts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: &str = "2019-12-31";

    fn row(cells: &[(&str, &str)]) -> Vec<String> {
        let mut v: Vec<String> = vec![String::new(); 15];
        v[1] = "2017-03-02".into();
        v[2] = "Budi".into();
        v[3] = "individual".into();
        v[4] = "Dinas Pendidikan".into();
        v[5] = "RKA".into();
        for (col, val) in cells {
            let i = COLUMNS.iter().position(|c| c == col).unwrap();
            v[i] = val.to_string();
        }
        v
    }

    fn parse(cells: &[(&str, &str)]) -> Result<CaseRow, Vec<Fault>> {
        let v = row(cells);
        let refs: Vec<&str> = v.iter().map(String::as_str).collect();
        parse_row(&refs, Date::parse(TODAY).unwrap())
    }

    fn faults(cells: &[(&str, &str)]) -> Vec<(&'static str, &'static str)> {
        parse(cells)
            .unwrap_err()
            .iter()
            .map(|f| (f.column, f.rule))
            .collect()
    }

    #[test]
    fn valid_paths() {
        let done = parse(&[
            ("qualified_on", "09/03/2017"),
            ("decided_on", "2017-06-20"),
            ("decision_via", "adjudication"),
            ("decision_outcome", "partly-granted"),
            ("closed_on", "2017-07-12"),
        ])
        .unwrap();
        assert_eq!(done.facts.state(), crate::domain::State::Done);
        let nq = parse(&[
            ("not_qualified_on", "2017-03-05"),
            ("not_qualified_reason", "late"),
        ])
        .unwrap();
        assert_eq!(
            nq.facts.closed_on, nq.facts.not_qualified_on,
            "not qualified closes the case"
        );
        let w = parse(&[("withdrawn_on", "2017-03-04"), ("closed_on", "2017-03-20")]).unwrap();
        assert_eq!(w.facts.qualified_on, None);
        assert!(parse(&[]).is_ok());
    }

    #[test]
    fn each_rejection_rule() {
        assert_eq!(
            faults(&[("received_on", "")]),
            vec![("received_on", "missing value")]
        );
        assert_eq!(
            faults(&[("received_on", "2017-02-30")]),
            vec![("received_on", "not a date")]
        );
        assert_eq!(
            faults(&[("received_on", "2020-01-01")]),
            vec![("received_on", "future date")]
        );
        assert_eq!(
            faults(&[("applicant", " ")]),
            vec![("applicant", "missing value")]
        );
        assert_eq!(
            faults(&[("applicant_kind", "alien")]),
            vec![("applicant_kind", "bad value")]
        );
        assert_eq!(
            faults(&[
                ("qualified_on", "2017-03-05"),
                ("not_qualified_on", "2017-03-05"),
                ("not_qualified_reason", "late")
            ]),
            vec![("not_qualified_on", "qualified and not")]
        );
        assert_eq!(
            faults(&[("not_qualified_on", "2017-03-05")]),
            vec![("not_qualified_reason", "reason without date")]
        );
        assert_eq!(
            faults(&[("not_qualified_reason", "late")]),
            vec![("not_qualified_on", "reason without date")]
        );
        assert_eq!(
            faults(&[
                ("not_qualified_on", "2017-03-05"),
                ("not_qualified_reason", "late"),
                ("withdrawn_on", "2017-03-06")
            ]),
            vec![("withdrawn_on", "not qualified then more")]
        );
        assert_eq!(
            faults(&[
                ("not_qualified_on", "2017-03-05"),
                ("not_qualified_reason", "late"),
                ("closed_on", "2017-03-06")
            ]),
            vec![("closed_on", "not qualified closed later")]
        );
        assert_eq!(
            faults(&[
                ("decided_on", "2017-05-01"),
                ("decision_via", "mediation"),
                ("decision_outcome", "agreement")
            ]),
            vec![("decided_on", "decision without qualification")]
        );
        assert_eq!(
            faults(&[
                ("qualified_on", "2017-03-05"),
                ("withdrawn_on", "2017-04-01"),
                ("decided_on", "2017-05-01"),
                ("decision_via", "mediation"),
                ("decision_outcome", "agreement")
            ]),
            vec![("decided_on", "withdrawn and decided")]
        );
        assert_eq!(
            faults(&[
                ("qualified_on", "2017-03-05"),
                ("decided_on", "2017-05-01"),
                ("decision_via", "mediation")
            ]),
            vec![("decision_outcome", "partial decision")]
        );
        assert_eq!(
            faults(&[
                ("qualified_on", "2017-03-05"),
                ("decided_on", "2017-05-01"),
                ("decision_via", "mediation"),
                ("decision_outcome", "granted")
            ]),
            vec![("decision_outcome", "decision pair")]
        );
        assert_eq!(
            faults(&[("decision_no", "1/A")]),
            vec![("decision_no", "number without decision")]
        );
        assert_eq!(
            faults(&[("closed_on", "2017-05-01")]),
            vec![("closed_on", "closed without end")]
        );
        assert_eq!(
            faults(&[("qualified_on", "2017-03-01")]),
            vec![("qualified_on", "date order")]
        );
        assert_eq!(
            faults(&[
                ("qualified_on", "2017-03-05"),
                ("withdrawn_on", "2017-03-04")
            ]),
            vec![("withdrawn_on", "date order")]
        );
        assert_eq!(
            faults(&[("withdrawn_on", "2017-03-05"), ("closed_on", "2017-03-04")]),
            vec![("closed_on", "date order")]
        );
    }

    #[test]
    fn every_fault_of_a_row_is_reported() {
        let f = faults(&[
            ("received_on", "x"),
            ("applicant_kind", "alien"),
            ("closed_on", "2017-05-01"),
        ]);
        assert_eq!(f.len(), 3, "{f:?}");
    }

    #[test]
    fn header_must_match() {
        assert!(check_header(&COLUMNS).is_ok());
        let mut h = COLUMNS.to_vec();
        h.swap(1, 2);
        assert!(check_header(&h).unwrap_err().contains("column 2"));
        assert!(
            check_header(&COLUMNS[..14])
                .unwrap_err()
                .contains("no column 15")
        );
    }
}
