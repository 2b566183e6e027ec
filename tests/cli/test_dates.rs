//! Dates: the three spellings are one date, "today" is the pinned one.

use crate::common::{TODAY, TestEnv};

#[test]
fn three_spellings_are_the_same_date() {
    let env = TestEnv::initialised();
    for received in ["2017-03-02", "02-03-2017", "02/03/2017", "2/3/2017"] {
        env.add(received, "Budi Santoso", "Dinas Pendidikan");
    }
    env.ok(&["case", "qualify", "2017/1", "--on", "2017-03-09"]);
    env.ok(&["case", "qualify", "2017/2", "--on", "09-03-2017"]);
    env.ok(&["case", "qualify", "2017/3", "--on", "09/03/2017"]);
    let cases = env.cases();
    let got: Vec<(&str, &str, &str)> = cases
        .iter()
        .map(|c| {
            (
                c["register_no"].as_str().unwrap(),
                c["received_on"].as_str().unwrap(),
                c["qualified_on"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("001/III/KI-JBI-PS/2017", "2017-03-02", "2017-03-09"),
            ("002/III/KI-JBI-PS/2017", "2017-03-02", "2017-03-09"),
            ("003/III/KI-JBI-PS/2017", "2017-03-02", "2017-03-09"),
            ("004/III/KI-JBI-PS/2017", "2017-03-02", "-"),
        ]
    );
}

#[test]
fn dates_default_to_the_pinned_today() {
    let env = TestEnv::initialised();
    let no = env.ok(&[
        "case",
        "add",
        "--applicant",
        "A",
        "--body",
        "B",
        "--subject",
        "C",
    ]);
    assert_eq!(no, "001/XI/KI-JBI-PS/2026\n");
    env.ok(&["case", "qualify", "2026/1"]);
    let c = &env.cases()[0];
    assert_eq!(c["received_on"], TODAY);
    assert_eq!(c["qualified_on"], TODAY);
    // the very day of today is not in the future
    env.ok(&["case", "withdraw", "2026/1", "--on", TODAY]);
}
