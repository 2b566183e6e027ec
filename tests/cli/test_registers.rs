//! `recap --registers`: several commissions' registers at once, only read. The total of two
//! registers equals the recap of one register holding the cases of both.

use crate::common::{FIXTURE, TestEnv, fixture, fixture_env, parse_csv};
use std::path::Path;

/// Two registers holding the fixture's cases between them (alternate rows; the first with
/// the commission code JBI, the second with none), and one holding them all.
fn halves() -> (TestEnv, TestEnv, TestEnv) {
    let text = fixture();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let (mut a, mut b) = (format!("{header}\n"), format!("{header}\n"));
    for (i, line) in lines.enumerate() {
        let half = if i % 2 == 0 { &mut a } else { &mut b };
        half.push_str(line);
        half.push('\n');
    }
    let one = TestEnv::initialised();
    std::fs::write(one.dir().join("a.csv"), a).unwrap();
    one.ok(&["import", "a.csv"]);
    let two = TestEnv::new();
    two.ok(&["init"]);
    std::fs::write(two.dir().join("b.csv"), b).unwrap();
    two.ok(&["import", "b.csv"]);
    (one, two, fixture_env())
}

fn path(env: &TestEnv) -> &str {
    env.db().to_str().unwrap()
}

/// The rows of a recap of several registers whose commission is `group`, without it.
fn group(csv: &str, group: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let (header, rows) = parse_csv(csv);
    assert_eq!(header[0], "commission");
    let rows = rows
        .into_iter()
        .filter(|r| r[0] == group)
        .map(|r| r[1..].to_vec())
        .collect();
    (header[1..].to_vec(), rows)
}

#[test]
fn two_registers_together_recap_as_one_holding_both() {
    let (a, b, whole) = halves();
    let views: [&[&str]; 5] = [
        &[],
        &["--flow"],
        &["--by", "outcome"],
        &["--times"],
        &["--by", "body"],
    ];
    let dates: [&[&str]; 3] = [
        &[],
        &["--as-of", "2017-12-31"],
        &["--years", "2016-2019", "--as-of", "2018-06-30"],
    ];
    for view in views {
        for date in dates {
            let args = [&["recap", "--format", "csv"], view, date].concat();
            let both = whole.ok(&[&args[..], &["--registers", path(&a), path(&b)]].concat());
            let total = group(&both, "total");
            assert_eq!(
                total,
                parse_csv(&whole.ok(&args)),
                "the total of {view:?} {date:?}"
            );
            assert!(!total.1.is_empty(), "{view:?} {date:?}: no rows");
            // Each group is its register's own recap; the one without a code by its file.
            assert_eq!(
                group(&both, "JBI"),
                parse_csv(&a.ok(&args)),
                "{view:?} {date:?}"
            );
            assert_eq!(
                group(&both, "register.db"),
                parse_csv(&b.ok(&args)),
                "{view:?} {date:?}"
            );
        }
    }
}

#[test]
fn a_recap_of_several_registers_as_a_table() {
    let (a, b, whole) = halves();
    let out = whole.run(&["recap", "--registers", path(&a), path(&b), "--lang", "id"]);
    insta::assert_snapshot!(out.snapshot(), @"
    Per tanggal Minggu, 29 November 2026
    Komisi       Tahun    A  B   C  D  E   F   G  H
    ───────────  ──────  ──  ─  ──  ─  ─  ──  ──  ─
    JBI          2017    22  1  20  4  4  16  16  -
    JBI          2018     5  -   5  1  -   5   5  -
    JBI          Jumlah  27  1  25  5  4  21  21  -
    register.db  2017    21  -  20  1  3  17  17  -
    register.db  2018     6  -   6  -  1   5   5  -
    register.db  Jumlah  27  -  26  1  4  22  22  -
    Jumlah       2017    43  1  40  5  7  33  33  -
    Jumlah       2018    11  -  11  1  1  10  10  -
    Jumlah       Jumlah  54  1  51  6  8  43  43  -

    A  Jumlah sengketa masuk
    B  Tidak memenuhi syarat
    C  Memenuhi syarat
    D  Dicabut pemohon
    E  Diputus melalui putusan sela
    F  Jumlah sengketa diproses
    G  Selesai
    H  Proses
    [exit status: 0]
    ");
    let json: serde_json::Value = serde_json::from_str(&whole.ok(&[
        "recap",
        "--registers",
        path(&a),
        path(&b),
        "--flow",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["rows"][0]["commission"], "JBI");
    assert_eq!(
        json["rows"].as_array().unwrap().last().unwrap()["commission"],
        "total"
    );
}

/// The bytes of a file and its modification time.
fn state(p: &Path) -> (Vec<u8>, std::time::SystemTime) {
    (
        std::fs::read(p).unwrap(),
        std::fs::metadata(p).unwrap().modified().unwrap(),
    )
}

#[test]
fn registers_are_only_read() {
    let (a, b, whole) = halves();
    let before = (state(a.db()), state(b.db()));
    for args in [&["recap"][..], &["recap", "--times"], &["report"]] {
        whole.ok(&[args, &["--registers", path(&a), path(&b)]].concat());
    }
    assert!(
        before == (state(a.db()), state(b.db())),
        "a register changed"
    );

    // A register of an older schema would need migrating: refused, untouched.
    let old = TestEnv::new();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/registers/v1.db"),
        old.db(),
    )
    .unwrap();
    let was = state(old.db());
    let out = old.run(&["recap", "--registers", "register.db"]);
    let said = out.snapshot().replace(
        &format!("reads version {}", sengketa::storage::SCHEMA_VERSION),
        "reads version CURRENT",
    );
    insta::assert_snapshot!(said, @r"
    ------- stderr -------
    error: register.db was written by an older sengketa (schema version 1; this one reads version CURRENT), and a register named by --registers is only read, never brought up to date
    hint: open it once on its own (e.g. `sengketa --db register.db verify`), which brings it up to date, then try again
    [exit status: 5]
    ");
    assert!(was == state(old.db()), "the old register changed");
    // It opens on its own, migrated; then it can be read with the others.
    old.ok(&["verify"]);
    old.ok(&["recap", "--registers", "register.db", path(&a)]);

    // A newer one, as always.
    let newer = TestEnv::initialised();
    assert_eq!(newer.sqlite("PRAGMA user_version = 99").code, 0);
    let out = newer.run(&["recap", "--registers", "register.db"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    assert!(out.stderr.contains("newer sengketa"), "{}", out.stderr);

    // Missing, and named twice.
    let out = whole.run(&["recap", "--registers", "nowhere.db"]);
    assert_eq!(out.code, 5, "{}", out.snapshot());
    let out = whole.run(&["recap", "--registers", path(&a), path(&b), path(&a)]);
    insta::assert_snapshot!(out.snapshot().replace(path(&a), "A"), @r"
    ------- stderr -------
    error: A is named twice in --registers: its cases would count twice
    hint: name each register once
    [exit status: 2]
    ");
    // --oldest lists cases of one register.
    assert_eq!(
        whole
            .run(&["recap", "--oldest", "--registers", FIXTURE])
            .code,
        2
    );
}
