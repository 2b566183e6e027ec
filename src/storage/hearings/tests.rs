use super::super::test_support::fresh;
use super::HearingPlan;
use crate::domain::case::{NewCase, Stamp};
use crate::domain::hearing::HearingStep;
use crate::domain::register_no::CaseRef;
use crate::domain::{ApplicantKind, Attendance, Date, EventKind, HearingKind, HearingStatus};

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

#[test]
fn hearing_steps_are_undone_like_any_step() {
    let (_d, mut reg) = fresh();
    reg.add_case(
        &NewCase {
            received_on: d("2026-11-02"),
            applicant: "Budi Santoso".into(),
            applicant_kind: ApplicantKind::Individual,
            body: "Dinas Pendidikan".into(),
            subject: "RKA".into(),
            register_no: None,
        },
        &stamp(),
    )
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
    let (case, h) = reg.schedule_hearing(&r, &plan, today, &stamp()).unwrap();
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
    assert_eq!(undone.kind, EventKind::HearingHeld);
    assert_eq!(
        reg.hearings(&case).unwrap()[0].status,
        HearingStatus::Scheduled
    );
    // Undoing the scheduling removes the hearing; its number is not given again.
    reg.undo(&r, "wrong case", today, &stamp()).unwrap();
    assert!(reg.hearings(&case).unwrap().is_empty());
    let (_, h) = reg.schedule_hearing(&r, &plan, today, &stamp()).unwrap();
    assert_eq!(h.no, 2);
}
