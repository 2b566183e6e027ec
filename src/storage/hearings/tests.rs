use super::super::test_support::{fresh, sqlite_ops};
use super::HearingPlan;
use crate::domain::case::{NewCase, Stamp};
use crate::domain::hearing::HearingStep;
use crate::domain::register_no::CaseRef;
use crate::domain::{ApplicantKind, Attendance, Date, EventKind, HearingKind, HearingStatus};
use crate::storage::StepImporter;

fn stamp() -> Stamp {
    Stamp {
        actor: "tester".into(),
        recorded_at: "2026-11-29T00:00:00Z".into(),
        note: None,
        pinned: None,
    }
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// A case received on `received` from `applicant`, about a budget of the education office.
fn new_case(received: &str, applicant: &str) -> NewCase {
    NewCase {
        received_on: d(received),
        applicant: applicant.into(),
        applicant_kind: ApplicantKind::Individual,
        body: "Dinas Pendidikan".into(),
        subject: "RKA".into(),
        register_no: None,
    }
}

#[test]
fn hearing_steps_are_undone_like_any_step() {
    let (_d, mut reg) = fresh();
    reg.add_case(&new_case("2026-11-02", "Budi Santoso"), &stamp())
        .unwrap();
    let r = CaseRef::parse("2026/1").unwrap();
    let plan = HearingPlan {
        kind: HearingKind::Preliminary,
        on: d("2026-11-20"),
        at: Some("09:00".into()),
        room: None,
        panel: None,
    };
    let today = d("2026-11-29");
    let (case, h) = reg
        .schedule_hearing(&r, &plan, today, &stamp(), &Default::default())
        .unwrap();
    assert_eq!((h.no, h.status), (1, HearingStatus::Scheduled));
    let held = |_| HearingStep::Held {
        no: 1,
        applicant: Attendance::Absent,
        respondent: Attendance::Present,
    };
    let (_, h) = reg
        .hearing_step(&r, today, Some(today), &stamp(), held)
        .unwrap();
    assert_eq!((h.status, h.on), (HearingStatus::Held, d("2026-11-20")));
    let (_, undone) = reg.undo(&r, "wrong hearing", today, &stamp()).unwrap();
    assert_eq!(undone.event().unwrap().kind, EventKind::HearingHeld);
    assert_eq!(
        reg.hearings(&case).unwrap()[0].status,
        HearingStatus::Scheduled
    );
    // Undoing the scheduling removes the hearing; its number is not given again.
    reg.undo(&r, "wrong case", today, &stamp()).unwrap();
    assert!(reg.hearings(&case).unwrap().is_empty());
    let (_, h) = reg
        .schedule_hearing(&r, &plan, today, &stamp(), &Default::default())
        .unwrap();
    assert_eq!(h.no, 2);
}

/// Imports `n` held hearings of one case, `per_day` on each working day, and returns the
/// SQLite work it took, and that of reading the case's history afterwards.
fn import_ops(n: i64, per_day: i64) -> (u64, u64) {
    use crate::domain::hearing::row::HearingRow;
    let (_d, mut reg) = fresh();
    let case = reg
        .add_case(&new_case("2020-01-02", "Budi Santoso"), &stamp())
        .unwrap();
    let today = d("2026-11-29");
    // Each on a working day of the register's calendar: the import refuses a day off.
    let cal = reg.calendar().unwrap();
    let import = sqlite_ops(&mut reg, |reg| {
        let kept = reg
            .import_hearings(&stamp(), today, |importer| {
                for no in 1..=n {
                    let day = ((no - 1) / per_day + 1) as u32;
                    let on = cal.add_working_days(d("2020-01-06"), day).unwrap();
                    let row = HearingRow {
                        register_no: case.register_no.clone(),
                        no,
                        kind: HearingKind::Adjudication,
                        first_on: on,
                        on,
                        at: None,
                        room: None,
                        panel: None,
                        status: HearingStatus::Held,
                        attendance: Some((Attendance::Present, Attendance::Present)),
                        reason: None,
                    };
                    importer.add(&row).unwrap();
                }
                Ok(true)
            })
            .unwrap();
        assert!(kept);
    });
    let history = sqlite_ops(&mut reg, |reg| {
        assert_eq!(reg.events(&case).unwrap().len() as i64, 2 * n + 1);
    });
    (import, history)
}

/// Four times the rows of a hearings import, `per_day` on each day, must cost less than
/// five times the SQLite work.
fn assert_linear(per_day: i64) {
    let (small, large) = (import_ops(200, per_day).0, import_ops(800, per_day).0);
    let ratio = large as f64 / small as f64;
    assert!(
        ratio < 5.0,
        "4x the rows took {ratio:.1}x the SQLite work ({small} then {large} operations)"
    );
}

/// A hearings import was quadratic in the hearings of one case (each step re-read and
/// compared every hearing of the case): twice the rows must cost about twice the work.
#[test]
fn hearings_import_is_linear_in_one_case() {
    assert_linear(1);
}

/// ... also with several hearings a day of one case: the clash check read every hearing
/// of each case with a hearing that day, to know its place ("sidang ke-N").
#[test]
fn hearings_import_is_linear_with_several_a_day() {
    assert_linear(3);
}

/// Reading a case's history is linear in its events: which undo reverts each event was a
/// subquery over the case's every event (13,200 events: `case show` 10 s).
#[test]
fn a_case_history_is_read_in_linear_work() {
    let (small, large) = (import_ops(200, 1).1, import_ops(800, 1).1);
    let ratio = large as f64 / small as f64;
    assert!(
        ratio < 5.0,
        "4x the events took {ratio:.1}x the SQLite work ({small} then {large} operations)"
    );
}

/// A clash names the other hearing by its place among its case's hearings that stand
/// ("sidang ke-N"), not by its number: read only for the hearing that clashes.
#[test]
fn a_clash_names_the_other_hearing_by_its_place() {
    let (_d, mut reg) = fresh();
    for applicant in ["Budi Santoso", "Siti Aminah"] {
        reg.add_case(&new_case("2026-11-02", applicant), &stamp())
            .unwrap();
    }
    let today = d("2026-11-29");
    let plan = |on: &str| HearingPlan {
        kind: HearingKind::Preliminary,
        on: d(on),
        at: Some("09:00".into()),
        room: Some("Ruang Sidang 1".into()),
        panel: None,
    };
    let first = CaseRef::parse("2026/1").unwrap();
    // The first case's hearing 1 is cancelled: its hearing 2 is its first that stands.
    reg.schedule_hearing(
        &first,
        &plan("2026-12-01"),
        today,
        &stamp(),
        &Default::default(),
    )
    .unwrap();
    let cancel = |_| HearingStep::Cancel {
        no: 1,
        reason: "the room was taken".into(),
    };
    reg.hearing_step(&first, today, None, &stamp(), cancel)
        .unwrap();
    let (_, h) = reg
        .schedule_hearing(
            &first,
            &plan("2026-12-02"),
            today,
            &stamp(),
            &Default::default(),
        )
        .unwrap();
    assert_eq!(h.no, 2);
    let second = CaseRef::parse("2026/2").unwrap();
    let err = reg
        .schedule_hearing(
            &second,
            &plan("2026-12-02"),
            today,
            &stamp(),
            &Default::default(),
        )
        .unwrap_err();
    assert!(
        err.message
            .contains("hearing 1 of case 001/XI/KI-JBI-PS/2026 on 2026-12-02"),
        "{err:?}"
    );
}
