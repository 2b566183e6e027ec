use super::*;

fn d(s: &str) -> Date {
    Date::parse(s).expect("a date")
}

fn open(received: &str, wd: i64) -> Span {
    Span {
        received_on: d(received),
        ended_on: None,
        working_days_open: wd,
        stages: [None; 4],
    }
}

fn ended(received: &str, on: &str, wd: i64) -> Span {
    Span {
        ended_on: Some(d(on)),
        ..open(received, wd)
    }
}

#[test]
fn buckets_have_their_edges_inside() {
    let got: Vec<usize> = [0, 14, 15, 100, 101, 250, 251, 9000]
        .into_iter()
        .map(age_bucket)
        .collect();
    assert_eq!(got, [0, 0, 1, 1, 2, 2, 3, 3]);
}

#[test]
fn ages_count_open_cases_only_by_year_of_receipt() {
    let spans = [
        open("2024-03-01", 300),
        open("2025-01-02", 14),
        open("2025-06-02", 15),
        ended("2025-06-02", "2025-07-01", 20),
    ];
    let v = ages_view(&spans, Some((2024, 2025)));
    let ints = |r: &[Cell]| -> Vec<Cell> { r[1..].to_vec() };
    assert_eq!(ints(&v.rows[0]), [0, 0, 0, 1, 1].map(Cell::Int));
    assert_eq!(ints(&v.rows[1]), [1, 1, 0, 0, 2].map(Cell::Int));
    assert_eq!(ints(&v.rows[2]), [1, 1, 0, 1, 3].map(Cell::Int));
}

#[test]
fn clearance_counts_endings_in_the_year_they_happen() {
    let spans = [
        ended("2024-12-02", "2025-01-10", 5),
        open("2025-02-03", 5),
        ended("2025-02-03", "2025-03-03", 5),
    ];
    let v = clearance_view(&spans, None);
    assert_eq!(v.rows[0][1..], [Cell::Int(1), Cell::Int(0), Cell::Num(0.0)]);
    assert_eq!(v.rows[1][1..], [Cell::Int(2), Cell::Int(2), Cell::Num(1.0)]);
    assert_eq!(
        v.rows[2][1..],
        [Cell::Int(3), Cell::Int(2), Cell::Num(0.6667)]
    );
    let m = months_view(&spans, Some((2025, 2025)), d("2025-06-30"));
    assert_eq!(m.rows.len(), 13);
    assert_eq!(m.rows[0][0], Cell::Text("2025-01".into()));
    assert_eq!(m.rows[0][1..], [Cell::Int(0), Cell::Int(1), Cell::Empty]);
}

#[test]
fn waiting_time_reads_the_last_twelve_months() {
    let spans = [
        ended("2024-01-02", "2024-06-30", 5),
        ended("2024-01-02", "2024-07-01", 5),
        ended("2024-01-02", "2025-06-30", 5),
        open("2025-01-02", 5),
        open("2025-01-02", 5),
        open("2025-01-02", 5),
    ];
    let w = waiting(&spans, d("2025-06-30"));
    assert_eq!((w.open, w.ended_12_months), (3, 2));
    assert_eq!(w.monthly_endings, 0.17);
    assert_eq!(w.months, Some(18.0));
    assert_eq!(waiting(&spans[3..], d("2025-06-30")).months, None);
    assert_eq!(year_before(d("2024-02-29")), d("2023-02-28"));
}

#[test]
fn stage_medians_pool_every_case() {
    let mut a = open("2025-01-02", 0);
    a.stages = [Some(10), Some(20), None, None];
    let mut b = a;
    b.stages = [Some(3), None, None, None];
    let mut c = a;
    c.received_on = d("2024-05-02");
    c.stages = [Some(30), None, None, None];
    let v = stages_view(&[a, b, c], None);
    // 2024, 2025, total: four stages each.
    assert_eq!(v.rows.len(), 12);
    assert_eq!(v.rows[4][2..], [Cell::Int(2), Cell::Num(6.5)]);
    assert_eq!(v.rows[8][2..], [Cell::Int(3), Cell::Num(10.0)]);
}

#[test]
fn hearings_count_by_month() {
    let h = |on: &str, first: &str, status, p, a| Sitting {
        on: d(on),
        first_on: d(first),
        status,
        postponements: p,
        applicant_absent: a,
        respondent_absent: false,
    };
    use SittingStatus::*;
    let s = [
        h("2025-02-03", "2025-01-06", Held, 1, true),
        h("2025-02-10", "2025-02-10", Cancelled, 0, false),
        h("2025-03-03", "2025-03-03", Held, 0, false),
    ];
    let v = hearings_view(&s, None, d("2025-02-28"));
    let ints = |r: &[Cell]| r[1..].to_vec();
    assert_eq!(v.rows.len(), 3);
    assert_eq!(ints(&v.rows[0]), [0, 1, 0, 0, 0].map(Cell::Int));
    assert_eq!(ints(&v.rows[1]), [1, 0, 1, 1, 0].map(Cell::Int));
}
