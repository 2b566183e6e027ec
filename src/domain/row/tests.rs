//! Tests of the register CSV's row: the paths it accepts, each rule that refuses one (and
//! the cell blamed), every fault of a row reported, and the header checks.

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
    let raw = RawRow::from_cells(refs.as_slice().try_into().unwrap());
    parse_row(&raw, Date::parse(TODAY).unwrap())
}

fn faults(cells: &[(&str, &str)]) -> Vec<(&'static str, &'static str)> {
    parse(cells)
        .unwrap_err()
        .iter()
        .map(|f| (f.column, f.rule()))
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
        vec![("withdrawn_on", "not qualified then withdrawn")]
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
fn partial_decisions_blame_the_missing_cell() {
    let q = ("qualified_on", "2017-03-05");
    let d = ("decided_on", "2017-05-01");
    let v = ("decision_via", "mediation");
    let o = ("decision_outcome", "agreement");
    let blamed = |cells: &[(&str, &str)]| faults(cells)[0].0;
    assert_eq!(blamed(&[q, o]), "decision_via");
    assert_eq!(blamed(&[q, d]), "decision_via");
    assert_eq!(blamed(&[q, v, o]), "decided_on");
    assert_eq!(blamed(&[q, d, o]), "decision_via");
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
    assert!(matches!(
        check_header(&h),
        Err(HeaderFault::Wrong { at: 2, .. })
    ));
    assert_eq!(
        check_header(&COLUMNS[..14]),
        Err(HeaderFault::Missing {
            at: 15,
            want: "closed_on"
        })
    );
    let mut long = COLUMNS.to_vec();
    long.push("extra");
    assert_eq!(
        check_header(&long),
        Err(HeaderFault::TooMany {
            found: 16,
            want: 15
        })
    );
}

/// The serde names of [`RawRow`] are the columns, in order.
#[test]
fn raw_rows_read_by_the_header() {
    let mut text = COLUMNS.join(",");
    text.push('\n');
    text.push_str("N1,2017-03-02,Budi,individual,Dinas,RKA,,,,,,,,,\n");
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let header = rdr.headers().unwrap().clone();
    let rec = rdr.records().next().unwrap().unwrap();
    let raw: RawRow = rec.deserialize(Some(&header)).unwrap();
    assert_eq!((raw.register_no, raw.public_body), ("N1", "Dinas"));
}
