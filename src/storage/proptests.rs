//! Property tests of the history: random sequences of commands on a few cases (steps with
//! dates around the previous ones, decisions with any via/outcome pair, undo, edit),
//! including the ones the register must refuse. After every command each stored case
//! equals what its history replays to, and a refused command changes nothing.
//!
//! A small model of the lifecycle, written from the procedure's table as the
//! specification gives it rather than from the domain code, says which commands must go
//! through.

mod chain;
mod recaps;

use super::Register;
use super::test_support::fresh;
use crate::domain::case::{CaseRecord, Edit, EventRecord, NewCase, Stamp};
use crate::domain::lifecycle::Action;
use crate::domain::register_no::CaseRef;
use crate::domain::{ApplicantKind, Date, Outcome, Reason, State, Via, VoidReason, body_key};
use crate::error::Kind;
use chrono::{Datelike, NaiveDate, TimeDelta};
use proptest::prelude::*;

/// A command of the generated sequences; `case` picks one of the cases added first.
#[derive(Debug, Clone)]
enum Cmd {
    /// A step dated `days` after the case's latest step (negative: before it).
    Step {
        case: usize,
        step: Step,
        days: i64,
    },
    Undo {
        case: usize,
    },
    Edit {
        case: usize,
        edit: Edit,
    },
    /// A note on the case's file (`case note`): a change undo reverts too.
    Note {
        case: usize,
        text: &'static str,
    },
}

/// A change in force, as the model knows it: what its undo gives back.
#[derive(Debug, Clone)]
enum Change {
    Step,
    /// A correction, with the particulars it replaced.
    Edit((String, ApplicantKind, String, String)),
    Note,
}

#[derive(Debug, Clone)]
enum Step {
    Qualify,
    Reject(Reason),
    Withdraw,
    Decide(Via, Outcome),
    Close,
}

impl Step {
    fn action(&self) -> Action {
        match self {
            Step::Qualify => Action::Qualify,
            Step::Reject(r) => Action::Reject(*r),
            Step::Withdraw => Action::Withdraw,
            Step::Decide(via, outcome) => Action::Decide {
                via: *via,
                outcome: *outcome,
                decision_no: None,
            },
            Step::Close => Action::Close,
        }
    }

    /// The lifecycle table as the specification gives it: where the step may start
    /// from, where it leads, and whether its particulars are allowed.
    fn table(&self) -> (&'static [State], State, bool) {
        use State::*;
        match self {
            Step::Qualify => (&[Entered], Qualified, true),
            Step::Reject(_) => (&[Entered], Done, true),
            Step::Withdraw => (&[Entered, Qualified], Withdrawn, true),
            Step::Decide(via, outcome) => {
                let ok = matches!(
                    (via, outcome),
                    (Via::Interim, Outcome::Dismissed | Outcome::Lapsed)
                        | (Via::Mediation, Outcome::Agreement)
                        | (
                            Via::Adjudication,
                            Outcome::Granted
                                | Outcome::PartlyGranted
                                | Outcome::Rejected
                                | Outcome::Dismissed
                                | Outcome::Lapsed
                        )
                );
                (&[Qualified], Decided, ok)
            }
            Step::Close => (&[Withdrawn, Decided], Done, true),
        }
    }
}

/// What the model knows of a case.
#[derive(Debug, Clone)]
struct Model {
    /// The steps in force: the state after each and its date; the entry first.
    path: Vec<(State, Date)>,
    applicant: String,
    kind: ApplicantKind,
    body_key: String,
    subject: String,
    /// The changes in force, newest last: undo reverts the latest.
    changes: Vec<Change>,
    /// The notes in force, oldest first.
    notes: Vec<String>,
}

impl Model {
    fn now(&self) -> (State, Date) {
        *self.path.last().expect("the entry is always there")
    }

    /// Whether the register must record `step` on `on`.
    fn allows(&self, step: &Step, on: Date) -> bool {
        let (state, latest) = self.now();
        let (from, _, particulars_ok) = step.table();
        from.contains(&state) && on >= latest && particulars_ok
    }

    /// Whether `edit` changes anything (the register refuses an edit that does not).
    fn changes(&self, edit: &Edit) -> bool {
        edit.applicant
            .as_deref()
            .is_some_and(|a| a.trim() != self.applicant)
            || edit.applicant_kind.is_some_and(|k| k != self.kind)
            || edit
                .body
                .as_deref()
                .is_some_and(|b| body_key(b) != self.body_key)
            || edit
                .subject
                .as_deref()
                .is_some_and(|s| s.trim() != self.subject)
    }

    fn apply_edit(&mut self, edit: &Edit) {
        if let Some(a) = &edit.applicant {
            self.applicant = a.trim().to_string();
        }
        if let Some(k) = edit.applicant_kind {
            self.kind = k;
        }
        if let Some(b) = &edit.body {
            self.body_key = body_key(b);
        }
        if let Some(s) = &edit.subject {
            self.subject = s.trim().to_string();
        }
    }
}

fn date(d: NaiveDate) -> Date {
    Date::from_ymd(d.year(), d.month(), d.day()).expect("a calendar date")
}

fn plus_days(d: Date, days: i64) -> Date {
    let n = NaiveDate::parse_from_str(d.as_str(), "%Y-%m-%d").expect("a calendar date");
    date(n + TimeDelta::days(days))
}

fn today() -> Date {
    Date::from_ymd(2026, 11, 29).unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        actor: "prop".into(),
        recorded_at: "2026-11-29T08:00:00Z".into(),
        note: None,
        pinned: None,
    }
}

fn reference(c: &CaseRecord) -> CaseRef {
    CaseRef::Short {
        year: c.year,
        serial: c.serial,
    }
}

/// Every case as stored, with its history.
fn snapshot(reg: &Register, refs: &[CaseRef]) -> Vec<(CaseRecord, Vec<EventRecord>)> {
    refs.iter()
        .map(|r| {
            let c = reg.find(r).expect("the case is there");
            let events = reg.events(&c).expect("its history");
            (c, events)
        })
        .collect()
}

fn step_strategy() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => Just(Step::Qualify),
        1 => prop::sample::select(Reason::ALL).prop_map(Step::Reject),
        1 => Just(Step::Withdraw),
        // mostly a pair from the table, sometimes any pair
        3 => prop_oneof![
            2 => prop::sample::select(Via::ALL).prop_flat_map(|v| {
                prop::sample::select(v.outcomes()).prop_map(move |o| Step::Decide(v, o))
            }),
            1 => (prop::sample::select(Via::ALL), prop::sample::select(Outcome::ALL))
                .prop_map(|(v, o)| Step::Decide(v, o)),
        ],
        2 => Just(Step::Close),
    ]
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    (
        prop::option::of(prop::sample::select(
            &["Budi Santoso", " Budi  Santoso", "Siti"][..],
        )),
        prop::option::of(prop::sample::select(ApplicantKind::ALL)),
        prop::option::of(prop::sample::select(
            &["Dinas Pendidikan", "DINAS   pendidikan ", "Bappeda"][..],
        )),
        prop::option::of(prop::sample::select(&["RKA 2017", "DPA"][..])),
    )
        .prop_map(|(applicant, applicant_kind, body, subject)| Edit {
            applicant: applicant.map(str::to_string),
            applicant_kind,
            body: body.map(str::to_string),
            subject: subject.map(str::to_string),
        })
}

fn cmd_strategy() -> impl Strategy<Value = Cmd> {
    prop_oneof![
        8 => (0..3usize, step_strategy(), prop_oneof![3 => 0i64..60, 1 => -10i64..0])
            .prop_map(|(case, step, days)| Cmd::Step { case, step, days }),
        2 => (0..3usize).prop_map(|case| Cmd::Undo { case }),
        1 => (0..3usize, edit_strategy()).prop_map(|(case, edit)| Cmd::Edit { case, edit }),
        1 => (0..3usize, prop::sample::select(&["rang", "surat masuk"][..]))
            .prop_map(|(case, text)| Cmd::Note { case, text }),
    ]
}

/// The stored row equals its replayed history, and agrees with the model.
fn check_all(reg: &Register, refs: &[CaseRef], models: &[Model]) -> Result<(), TestCaseError> {
    for (r, m) in refs.iter().zip(models) {
        let c = reg.find(r).expect("the case is there");
        let replayed = reg.replayed(&c).expect("the history replays");
        prop_assert_eq!(&c.facts, &replayed, "case {}: row and history differ", r);
        prop_assert_eq!(
            c.state,
            c.facts.state(),
            "case {}: state and facts differ",
            r
        );
        let (state, latest) = m.now();
        prop_assert_eq!(c.state, state, "case {}: not the model's state", r);
        prop_assert_eq!(
            c.facts.last_step().1,
            latest,
            "case {}: not the model's date",
            r
        );
        prop_assert_eq!(&c.applicant, &m.applicant);
        prop_assert_eq!(c.applicant_kind, m.kind);
        prop_assert_eq!(body_key(&c.body), m.body_key.clone());
        prop_assert_eq!(&c.subject, &m.subject);
        let events = reg.events(&c).expect("its history");
        prop_assert_eq!(events.last().map(|e| e.to_state), Some(c.state));
        let notes: Vec<String> = reg
            .case_file(&c)
            .expect("its file")
            .notes
            .into_iter()
            .map(|n| n.text)
            .collect();
        prop_assert_eq!(&notes, &m.notes, "case {}: not the model's notes", r);
    }
    Ok(())
}

fn run(received: &[u32], cmds: &[Cmd]) -> Result<(), TestCaseError> {
    let (_dir, mut reg) = fresh();
    let start = NaiveDate::from_ymd_opt(2017, 1, 1).unwrap();
    let mut refs = Vec::new();
    let mut models = Vec::new();
    for (i, days) in received.iter().enumerate() {
        let received_on = date(start + TimeDelta::days(i64::from(*days)));
        let new = NewCase {
            received_on,
            applicant: "Budi Santoso".into(),
            applicant_kind: ApplicantKind::Individual,
            body: "Dinas Pendidikan".into(),
            subject: format!("Permohonan {i}"),
            register_no: None,
        };
        let c = reg.add_case(&new, &stamp()).expect("a case is added");
        prop_assert_eq!(c.state, State::Entered);
        refs.push(reference(&c));
        models.push(Model {
            path: vec![(State::Entered, received_on)],
            applicant: "Budi Santoso".into(),
            kind: ApplicantKind::Individual,
            body_key: "dinas pendidikan".into(),
            subject: format!("Permohonan {i}"),
            changes: Vec::new(),
            notes: Vec::new(),
        });
    }
    check_all(&reg, &refs, &models)?;

    for cmd in cmds {
        let before = snapshot(&reg, &refs);
        // A note and its undo write to the case's file, not to its events.
        let mut files_only = matches!(cmd, Cmd::Note { .. });
        let (i, result, expected) = match cmd {
            Cmd::Step { case, step, days } => {
                let i = case % refs.len();
                let on = plus_days(models[i].now().1, *days);
                let expected = models[i].allows(step, on);
                // The model knows no appeal window: a close is forced (its refusal while
                // an appeal may come is tested on its own).
                let result = reg
                    .apply_with(&refs[i], &step.action(), on, &stamp(), Some("court letter"))
                    .map(drop);
                if result.is_ok() {
                    models[i].path.push((step.table().1, on));
                    models[i].changes.push(Change::Step);
                }
                (i, result, expected)
            }
            Cmd::Undo { case } => {
                let i = case % refs.len();
                let m = &mut models[i];
                let expected = !m.changes.is_empty();
                let result = reg
                    .undo(&refs[i], "property test", today(), &stamp())
                    .map(drop);
                if result.is_ok() {
                    match m.changes.pop().expect("a change to revert") {
                        Change::Step => drop(m.path.pop()),
                        Change::Edit((a, k, b, s)) => {
                            (m.applicant, m.kind, m.body_key, m.subject) = (a, k, b, s);
                        }
                        Change::Note => {
                            m.notes.pop();
                            files_only = true;
                        }
                    }
                }
                (i, result, expected)
            }
            Cmd::Edit { case, edit } => {
                let i = case % refs.len();
                let expected = models[i].changes(edit);
                let result = reg.edit(&refs[i], edit, today(), &stamp()).map(drop);
                if result.is_ok() {
                    let m = &mut models[i];
                    let was = (
                        m.applicant.clone(),
                        m.kind,
                        m.body_key.clone(),
                        m.subject.clone(),
                    );
                    m.changes.push(Change::Edit(was));
                    m.apply_edit(edit);
                }
                (i, result, expected)
            }
            Cmd::Note { case, text } => {
                let i = case % refs.len();
                let result = reg.note(&refs[i], text, &stamp()).map(drop);
                if result.is_ok() {
                    models[i].changes.push(Change::Note);
                    models[i].notes.push(text.to_string());
                }
                (i, result, true)
            }
        };

        let after = snapshot(&reg, &refs);
        match result {
            Ok(()) => {
                prop_assert!(expected, "{:?} went through; the lifecycle refuses it", cmd);
                for (j, (b, a)) in before.iter().zip(&after).enumerate() {
                    if j == i && files_only {
                        prop_assert_eq!(a, b, "{:?}: a change of the file alone", cmd);
                    } else if j == i {
                        prop_assert_eq!(a.1.len(), b.1.len() + 1, "one event per command");
                        // the history only grows; an undo marks the step it reverts
                        let seq = a.1.len() as i64;
                        let mut was = b.1.clone();
                        if let Some(target) = a.1.last().and_then(|e| e.reverts) {
                            let reverted = was.iter_mut().find(|e| e.seq == target);
                            let reverted = reverted.expect("the reverted step is there");
                            prop_assert_eq!(reverted.reverted_by, None, "reverted twice");
                            reverted.reverted_by = Some(seq);
                        }
                        prop_assert_eq!(&a.1[..b.1.len()], &was[..], "the history only grows");
                    } else {
                        prop_assert_eq!(a, b, "{:?} changed another case", cmd);
                    }
                }
            }
            Err(e) => {
                prop_assert!(!expected, "{:?} was refused: {}", cmd, e.message);
                prop_assert_eq!(e.kind, Kind::Invalid, "{:?}: {}", cmd, e.message);
                prop_assert_eq!(
                    &after,
                    &before,
                    "{:?} was refused but changed the register",
                    cmd
                );
            }
        }
        check_all(&reg, &refs, &models)?;
    }
    chain::acts_read_alike(&reg)?;
    recaps::past_recaps_read_alike(&reg, &refs)?;
    // A void entry leaves every count, as of any date, and the undo of the void brings it
    // back: each entry still entered is voided, then each void undone.
    let mut voided = Vec::new();
    for r in &refs {
        if reg.find(r).expect("the case is there").state == State::Entered {
            reg.void_case(r, VoidReason::Duplicate, None, today(), &stamp())
                .expect("an entry is voided");
            voided.push(r);
        }
    }
    if !voided.is_empty() {
        recaps::past_recaps_read_alike(&reg, &refs)?;
        recaps::verify_counts_days_alike(&reg)?;
        for r in voided {
            reg.undo(r, "property test", today(), &stamp())
                .expect("a void is undone");
        }
        recaps::past_recaps_read_alike(&reg, &refs)?;
    }
    recaps::verify_counts_days_alike(&reg)
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(32)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// Random commands, refused ones included, keep each stored case equal to the case
    /// its history replays to.
    #[test]
    fn stored_cases_equal_their_replayed_history(
        received in prop::collection::vec(0u32..3000, 1..=3),
        cmds in prop::collection::vec(cmd_strategy(), 1..48),
    ) {
        run(&received, &cmds)?;
    }
}
