use super::*;
use crate::domain::lifecycle::Action;
use crate::domain::{DayKind, Outcome};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// The last weeks of 2026 with Christmas Eve (collective leave) and Christmas (a public
/// holiday) off.
fn cal() -> Calendar {
    Calendar::new(
        [
            (d("2026-12-24"), DayKind::CollectiveLeave),
            (d("2026-12-25"), DayKind::PublicHoliday),
            (d("2027-01-01"), DayKind::PublicHoliday),
        ],
        false,
    )
}

/// A case decided on `on` by `via`.
fn decided(via: Via, outcome: Outcome, on: &str) -> Facts {
    let f = Facts::new(d("2026-09-01"));
    let f = f.apply("t", &Action::Qualify, d("2026-09-07")).unwrap();
    f.apply(
        "t",
        &Action::Decide {
            via,
            outcome,
            decision_no: None,
        },
        d(on),
    )
    .unwrap()
}

fn adjudicated() -> Facts {
    decided(Via::Adjudication, Outcome::Granted, "2026-12-04")
}

fn file(level: Level, court: Court) -> AppealStep {
    AppealStep::File {
        level,
        court,
        by: Party::Respondent,
        court_no: None,
    }
}

fn decide(level: Level, outcome: CourtOutcome) -> AppealStep {
    AppealStep::Decide {
        level,
        outcome,
        court_no: None,
    }
}

/// Applies steps in turn.
fn appeals(facts: &Facts, steps: &[(AppealStep, &str)]) -> Appeals {
    steps.iter().fold(Appeals::default(), |t, (s, on)| {
        apply("t", facts, &t, s, d(on)).unwrap()
    })
}

#[test]
fn the_window_counts_working_days_after_the_service_past_holidays() {
    let f = adjudicated();
    let t = appeals(&f, &[(AppealStep::Serve, "2026-12-07")]);
    let w = window(&f, &t, Level::FirstInstance, &cal()).unwrap();
    // Dec 8-11, 14-18, 21-23, then 28 and 29: Christmas Eve and Christmas are off.
    assert_eq!((w.from, w.closes), (d("2026-12-07"), d("2026-12-29")));
    let plain = window(&f, &t, Level::FirstInstance, &Calendar::weekends_only()).unwrap();
    assert_eq!(plain.closes, d("2026-12-25"));
    // Without a service, the window opens on the decision's day.
    let unserved = window(&f, &Appeals::default(), Level::FirstInstance, &cal()).unwrap();
    assert_eq!(unserved.from, d("2026-12-04"));
    assert_eq!(unserved.closes, d("2026-12-28"));
    // No cassation window before a first-instance decision.
    assert_eq!(window(&f, &t, Level::Cassation, &cal()), None);
}

#[test]
fn final_the_day_after_the_window_closes_unappealed() {
    let f = adjudicated();
    let t = appeals(&f, &[(AppealStep::Serve, "2026-12-07")]);
    let c = cal();
    let open = Finality::Open {
        level: Level::FirstInstance,
        closes: d("2026-12-29"),
    };
    assert_eq!(finality(&f, &t, &c, d("2026-12-10")), open);
    // Through its last day the window is open: a filing that day is in time.
    assert_eq!(finality(&f, &t, &c, d("2026-12-29")), open);
    assert_eq!(
        finality(&f, &t, &c, d("2026-12-30")),
        Finality::Final {
            on: d("2026-12-29"),
            by: FinalBy::WindowClosed(Level::FirstInstance)
        }
    );
    // Before the decision there is nothing to be final; before the service, the window
    // runs from the decision.
    assert_eq!(finality(&f, &t, &c, d("2026-12-03")), Finality::Undecided);
    assert_eq!(
        finality(&f, &t, &c, d("2026-12-05")),
        Finality::Open {
            level: Level::FirstInstance,
            closes: d("2026-12-28")
        }
    );
    assert_eq!(
        finality(&Facts::new(d("2026-09-01")), &t, &c, d("2027-06-01")),
        Finality::Undecided
    );
}

#[test]
fn a_mediation_decision_is_final_at_once_and_cannot_be_appealed() {
    let f = decided(Via::Mediation, Outcome::Agreement, "2026-12-04");
    assert_eq!(
        finality(&f, &Appeals::default(), &cal(), d("2026-12-04")),
        Finality::Final {
            on: d("2026-12-04"),
            by: FinalBy::NotAppealable
        }
    );
    let refused = apply(
        "t",
        &f,
        &Appeals::default(),
        &file(Level::FirstInstance, Court::Ptun),
        d("2026-12-08"),
    );
    assert!(matches!(refused, Err(DomainError::NotAppealable { .. })));
    // It can be served all the same.
    assert!(
        apply(
            "t",
            &f,
            &Appeals::default(),
            &AppealStep::Serve,
            d("2026-12-05")
        )
        .is_ok()
    );
    assert_eq!(
        window(&f, &Appeals::default(), Level::FirstInstance, &cal()),
        None
    );
}

#[test]
fn an_interim_ruling_can_be_appealed() {
    let f = decided(Via::Interim, Outcome::Dismissed, "2026-12-04");
    let t = appeals(&f, &[(file(Level::FirstInstance, Court::Pn), "2026-12-10")]);
    assert_eq!(t.filed[0].court, Court::Pn);
}

#[test]
fn appeal_then_cassation_then_final() {
    let f = adjudicated();
    let c = cal();
    let t = appeals(
        &f,
        &[
            (AppealStep::Serve, "2026-12-07"),
            (file(Level::FirstInstance, Court::Ptun), "2026-12-21"),
        ],
    );
    assert!(!is_late(&f, &t, &t.filed[0], &c));
    assert_eq!(
        finality(&f, &t, &c, d("2027-02-01")),
        Finality::Pending {
            level: Level::FirstInstance,
            court: Court::Ptun,
            filed_on: d("2026-12-21")
        }
    );
    // As of a day before the filing, the window was open.
    assert!(matches!(
        finality(&f, &t, &c, d("2026-12-20")),
        Finality::Open { .. }
    ));
    let t = apply(
        "t",
        &f,
        &t,
        &decide(Level::FirstInstance, CourtOutcome::Upheld),
        d("2027-03-01"),
    )
    .unwrap();
    // The cassation window: 14 working days after the court's decision (a Monday).
    let w = window(&f, &t, Level::Cassation, &c).unwrap();
    assert_eq!(w.closes, d("2027-03-19"));
    assert_eq!(
        finality(&f, &t, &c, d("2027-03-20")),
        Finality::Final {
            on: d("2027-03-19"),
            by: FinalBy::WindowClosed(Level::Cassation)
        }
    );
    assert_eq!(next_level(&t), Some(Level::Cassation));
    // The Supreme Court hears cassation; the PTUN does not.
    let wrong = apply(
        "t",
        &f,
        &t,
        &file(Level::Cassation, Court::Ptun),
        d("2027-03-10"),
    );
    assert!(matches!(wrong, Err(DomainError::WrongCourt { .. })));
    let t = apply(
        "t",
        &f,
        &t,
        &file(Level::Cassation, Court::Ma),
        d("2027-03-10"),
    )
    .unwrap();
    assert!(matches!(
        finality(&f, &t, &c, d("2027-06-01")),
        Finality::Pending {
            level: Level::Cassation,
            ..
        }
    ));
    let t = apply(
        "t",
        &f,
        &t,
        &decide(Level::Cassation, CourtOutcome::Overturned),
        d("2027-09-01"),
    )
    .unwrap();
    // The last court's decision is final the day it is made.
    assert_eq!(
        finality(&f, &t, &c, d("2027-09-01")),
        Finality::Final {
            on: d("2027-09-01"),
            by: FinalBy::CourtDecision(Level::Cassation)
        }
    );
    assert_eq!(next_level(&t), None);
}

#[test]
fn a_withdrawn_appeal_ends_the_appeals() {
    let f = adjudicated();
    let t = appeals(
        &f,
        &[
            (file(Level::FirstInstance, Court::Pn), "2026-12-08"),
            (
                decide(Level::FirstInstance, CourtOutcome::Withdrawn),
                "2027-01-11",
            ),
        ],
    );
    assert_eq!(
        finality(&f, &t, &cal(), d("2027-01-11")),
        Finality::Final {
            on: d("2027-01-11"),
            by: FinalBy::CourtDecision(Level::FirstInstance)
        }
    );
    let more = apply(
        "t",
        &f,
        &t,
        &file(Level::Cassation, Court::Ma),
        d("2027-01-12"),
    );
    assert!(matches!(more, Err(DomainError::AppealsEnded { .. })));
    assert_eq!(window(&f, &t, Level::Cassation, &cal()), None);
}

#[test]
fn a_late_filing_is_recorded_and_flagged() {
    let f = adjudicated();
    let c = cal();
    let t = appeals(
        &f,
        &[
            (AppealStep::Serve, "2026-12-07"),
            (file(Level::FirstInstance, Court::Ptun), "2026-12-30"),
        ],
    );
    assert!(is_late(&f, &t, &t.filed[0], &c));
    // On the last day of the window it is in time.
    let t = appeals(
        &f,
        &[
            (AppealStep::Serve, "2026-12-07"),
            (file(Level::FirstInstance, Court::Ptun), "2026-12-29"),
        ],
    );
    assert!(!is_late(&f, &t, &t.filed[0], &c));
    // Pending all the same while the court has not ruled.
    assert!(matches!(
        finality(&f, &t, &c, d("2027-02-01")),
        Finality::Pending { .. }
    ));
}

#[test]
fn refusals_name_what_is_missing() {
    let f = adjudicated();
    let none = Appeals::default();
    let at = |t: &Appeals, s: AppealStep, on: &str| apply("t", &f, t, &s, d(on));
    // Nothing before a decision.
    let undecided = Facts::new(d("2026-09-01"));
    assert!(matches!(
        apply("t", &undecided, &none, &AppealStep::Serve, d("2026-12-05")),
        Err(DomainError::NoDecision { .. })
    ));
    // No court decision before a filing.
    assert!(matches!(
        at(
            &none,
            decide(Level::FirstInstance, CourtOutcome::Upheld),
            "2026-12-20"
        ),
        Err(DomainError::NoPendingAppeal { .. })
    ));
    // Levels in order.
    assert!(matches!(
        at(&none, file(Level::Cassation, Court::Ma), "2026-12-20"),
        Err(DomainError::LevelOutOfOrder {
            needs: Level::FirstInstance,
            ..
        })
    ));
    let filed = at(&none, file(Level::FirstInstance, Court::Ptun), "2026-12-08").unwrap();
    assert!(matches!(
        at(&filed, file(Level::Cassation, Court::Ma), "2026-12-20"),
        Err(DomainError::LevelOutOfOrder { .. })
    ));
    assert!(matches!(
        at(&filed, file(Level::FirstInstance, Court::Pn), "2026-12-09"),
        Err(DomainError::AlreadyAppealed { .. })
    ));
    // Dates: not before the decision, a court decision not before its filing.
    assert!(matches!(
        at(&none, AppealStep::Serve, "2026-12-03"),
        Err(DomainError::AppealDateOrder {
            before: AppealDate::Decision,
            ..
        })
    ));
    assert!(matches!(
        at(
            &filed,
            decide(Level::FirstInstance, CourtOutcome::Upheld),
            "2026-12-07"
        ),
        Err(DomainError::AppealDateOrder {
            before: AppealDate::Filing(Level::FirstInstance),
            ..
        })
    ));
    let served = at(&none, AppealStep::Serve, "2026-12-07").unwrap();
    assert!(matches!(
        at(&served, AppealStep::Serve, "2026-12-08"),
        Err(DomainError::AlreadyServed { .. })
    ));
}

#[test]
fn the_appeals_as_of_a_date_leave_out_what_came_later() {
    let f = adjudicated();
    let t = appeals(
        &f,
        &[
            (AppealStep::Serve, "2026-12-07"),
            (file(Level::FirstInstance, Court::Ptun), "2026-12-21"),
            (
                decide(Level::FirstInstance, CourtOutcome::PartlyOverturned),
                "2027-03-01",
            ),
        ],
    );
    assert_eq!(t.as_of(d("2026-12-06")), Appeals::default());
    let mid = t.as_of(d("2027-01-01"));
    assert_eq!(mid.filed.len(), 1);
    assert_eq!(mid.filed[0].decided, None);
    assert_eq!(mid.pending().map(|a| a.level), Some(Level::FirstInstance));
    assert_eq!(t.as_of(d("2027-03-01")), t);
}
