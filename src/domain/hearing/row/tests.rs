//! Tests of the hearings CSV's row: a row read into its hearing and its steps and written
//! back alike; every fault of a row; the column a refusal is blamed on.

use super::*;
use crate::domain::row::Blamed;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn faults(c: &[&str; 12]) -> Vec<(&'static str, String)> {
    match parse_row(&RawHearingRow::from_cells(c)) {
        Ok(row) => panic!("{row:?} was read"),
        Err(fs) => fs
            .into_iter()
            .map(|f| (f.column, format!("{:?}", f.kind)))
            .collect(),
    }
}

const R: &str = "001/XI/KI-JBI-PS/2026";

#[test]
fn a_row_is_read_into_its_hearing_and_written_back_alike() {
    let rows: [[&str; 12]; 4] = [
        [
            R,
            "1",
            "preliminary",
            "2026-11-10",
            "2026-11-10",
            "09:00",
            "Ruang 1",
            "Majelis A",
            "held",
            "absent",
            "present",
            "",
        ],
        [
            R,
            "2",
            "mediation",
            "2026-11-12",
            "2026-11-19",
            "",
            "",
            "",
            "held",
            "represented",
            "absent",
            "panel away",
        ],
        [
            R,
            "3",
            "evidence",
            "2026-11-20",
            "2026-11-27",
            "13:30",
            "",
            "",
            "cancelled",
            "",
            "",
            "case withdrawn",
        ],
        [
            R,
            "4",
            "verdict",
            "2026-12-20",
            "2026-12-20",
            "",
            "",
            "",
            "scheduled",
            "",
            "",
            "",
        ],
    ];
    for c in rows {
        let row = parse_row(&RawHearingRow::from_cells(&c)).unwrap();
        let steps = row.steps(d("2026-11-02"), d("2026-11-29")).unwrap();
        let mut hs = Vec::new();
        for (step, on) in &steps {
            hs = super::super::apply(
                R,
                crate::domain::State::Qualified,
                d("2026-11-02"),
                &hs,
                step,
                *on,
                Some(d("2026-11-29")),
            )
            .unwrap();
        }
        let written = cells(R, &hs[0]);
        let written: Vec<&str> = written.iter().map(String::as_str).collect();
        assert_eq!(written, c, "{steps:?}");
    }
}

#[test]
fn the_steps_of_a_row_are_dated_no_later_than_they_can_have_happened() {
    let c = [
        R,
        "3",
        "evidence",
        "2026-11-20",
        "2026-11-27",
        "",
        "",
        "",
        "cancelled",
        "",
        "",
        "case withdrawn",
    ];
    let row = parse_row(&RawHearingRow::from_cells(&c)).unwrap();
    let dated: Vec<(EventKind, Date)> = row
        .steps(d("2026-11-02"), d("2026-11-25"))
        .unwrap()
        .iter()
        .map(|(s, on)| (s.kind(), *on))
        .collect();
    use crate::domain::EventKind;
    assert_eq!(
        dated,
        [
            (EventKind::HearingSchedule, d("2026-11-20")),
            (EventKind::HearingPostpone, d("2026-11-20")),
            (EventKind::HearingCancel, d("2026-11-25")),
        ]
    );
    let steps = row.steps(d("2026-11-02"), d("2026-11-25")).unwrap();
    assert!(
        matches!(&steps[1].0, HearingStep::Postpone { reason, .. } if reason == REASON_NOT_IN_FILE)
    );
    // A date before the case's receipt is refused, and blamed on its column.
    let e = row.steps(d("2026-11-21"), d("2026-11-25")).unwrap_err();
    assert_eq!(row.blame(&e), "first_on");
    let e = row.steps(d("2026-11-28"), d("2026-11-29")).unwrap_err();
    assert_eq!(row.blame(&e), "first_on");
}

#[test]
fn every_fault_of_a_row() {
    assert_eq!(
        faults(&[
            "",
            "0",
            "hearing",
            "2026-13-01",
            "",
            "9h00",
            "",
            "",
            "held",
            "",
            "late",
            ""
        ]),
        [
            ("register_no", "Missing".to_string()),
            ("hearing_no", "Own(NotANumber)".into()),
            ("kind", faults_kind("kind")),
            ("first_on", "NotADate".into()),
            ("on_date", "Missing".into()),
            ("at", "BadWord(NotATime(\"9h00\"))".into()),
            ("applicant", "Own(Attendance { held: true })".into()),
            ("respondent", faults_kind("respondent")),
        ]
    );
    // attendance on a hearing not held; a reason missing or out of place
    assert_eq!(
        faults(&[
            R,
            "1",
            "mediation",
            "2026-11-10",
            "2026-11-10",
            "",
            "",
            "",
            "scheduled",
            "present",
            "",
            "x"
        ]),
        [
            ("applicant", "Own(Attendance { held: false })".to_string()),
            ("reason", "Own(Reason { needed: false })".into()),
        ]
    );
    assert_eq!(
        faults(&[
            R,
            "1",
            "mediation",
            "2026-11-10",
            "2026-11-17",
            "",
            "",
            "",
            "scheduled",
            "",
            "",
            ""
        ]),
        [("reason", "Own(Reason { needed: true })".to_string())]
    );
    assert_eq!(
        faults(&[
            R,
            "1",
            "mediation",
            "2026-11-10",
            "2026-11-10",
            "",
            "",
            "",
            "cancelled",
            "",
            "",
            " "
        ]),
        [("reason", "Own(Reason { needed: true })".to_string())]
    );
}

/// The fault of a bad word in `column`, as `every_fault_of_a_row` reads it.
fn faults_kind(column: &str) -> String {
    let e = match column {
        "kind" => HearingKind::parse("hearing").unwrap_err(),
        _ => Attendance::parse("late").unwrap_err(),
    };
    format!("BadWord({e:?})")
}
