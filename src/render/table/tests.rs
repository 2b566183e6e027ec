//! The fitter's rules on small tables: what gives way first, what is kept, and that no
//! line passes the width.

use super::*;

fn sample() -> Table {
    let mut t = table(&["number", "applicant", "subject", "kind"]);
    t.add_row([
        "001/III/KI-JBI-PS/2017",
        "Budi Santoso",
        "Rencana Kerja dan Anggaran 2017",
        "individual",
    ]);
    t.add_row([
        "002/XI/KI-JBI-PS/2017",
        "Lembaga Bantuan Hukum Jambi",
        "Dana BOS",
        "legal_entity",
    ]);
    t.fit(3, Fit::Drop(1));
    t
}

#[test]
fn a_wide_enough_table_is_whole() {
    let s = sample().render(None);
    assert!(s.contains("Rencana Kerja dan Anggaran 2017"));
    assert!(s.contains("legal_entity"));
    assert_eq!(s.lines().nth(1).unwrap().chars().next(), Some('─'));
}

#[test]
fn a_narrow_table_drops_then_cuts_never_breaks_a_line() {
    for w in [45usize, 50, 60, 80] {
        let s = sample().render(Some(w));
        for line in s.lines() {
            assert!(line.width() <= w, "{w}: {line:?} is {} wide", line.width());
        }
        assert_eq!(s.lines().count(), 4, "one line a row:\n{s}");
        assert!(s.contains("001/III/KI-JBI-PS/2017"), "kept whole:\n{s}");
    }
    // Free text is cut before a column is dropped...
    let s = sample().render(Some(60));
    assert!(s.contains("legal_entity") && s.contains('…'), "{s}");
    // ... and a column goes when cutting to the floors is not enough.
    let s = sample().render(Some(50));
    assert!(
        !s.contains("legal_entity"),
        "the droppable column went:\n{s}"
    );
}

#[test]
fn control_characters_are_shown_not_sent() {
    assert_eq!(safe("a\u{1b}[31mb"), "a\\u{1b}[31mb");
    assert_eq!(safe("x\u{202e}y"), "x\\u{202e}y");
    assert_eq!(safe("line\nnext"), "line⏎next");
    assert_eq!(safe("Dinas Pendidikan"), "Dinas Pendidikan");
}

#[test]
fn a_sheet_wraps_values_at_words() {
    let s = sheet(
        &[
            ("Pemohon".into(), "Budi".into()),
            (
                "Perihal".into(),
                "satu dua tiga empat lima enam tujuh delapan sembilan".into(),
            ),
        ],
        Some(30),
    );
    for line in s.lines() {
        assert!(line.width() <= 30, "{line:?}");
    }
    assert!(s.contains("\n         "), "continued under the value:\n{s}");
}

/// A list with a long register number that has a short reference.
fn with_reference() -> Table {
    let mut t = table(&["Register no.", "Applicant", "Public body", "Received"]);
    t.short_form(0, 2, "Case");
    t.fit(1, Fit::Cut(18))
        .fit(2, Fit::Cut(18))
        .fit(3, Fit::Drop(1));
    for (no, short, who, body) in [
        (
            "001/VIII/KI-JBI-PS/2026",
            "2026/1",
            "Lembaga Swadaya Masyarakat Pemantau Anggaran",
            "Dinas Pekerjaan Umum dan Penataan Ruang",
        ),
        (
            "002/IX/KI-JBI-PS/2026",
            "2026/2",
            "Budi Santoso",
            "Sekretariat Daerah",
        ),
    ] {
        t.add_row([no, who, body, "2026-08-03"]);
        t.short_cell(0, short);
    }
    t
}

#[test]
fn a_short_form_is_taken_at_its_rank_before_names_go_below_their_floor() {
    // Wide enough: the register number whole.
    let s = with_reference().render(Some(120));
    assert!(
        s.contains("001/VIII/KI-JBI-PS/2026") && s.contains("Register no."),
        "{s}"
    );
    // Narrower: the received date goes first (rank 1), then the number shortens (rank 2),
    // and the names keep their 18 columns.
    let s = with_reference().render(Some(50));
    assert!(s.contains("2026/1") && s.starts_with("Case"), "{s}");
    assert!(!s.contains("KI-JBI") && !s.contains("2026-08-03"), "{s}");
    let cut = s.lines().nth(2).unwrap();
    assert!(
        cut.contains("Lembaga Swadaya M"),
        "18 columns for the name: {cut}"
    );
    for line in s.lines() {
        assert!(line.width() <= 50, "{line:?}");
    }
}

#[test]
fn when_nothing_else_can_give_free_text_goes_below_its_floor() {
    let s = with_reference().render(Some(30));
    for line in s.lines() {
        assert!(line.width() <= 30, "{line:?} is {} wide", line.width());
    }
    assert!(s.contains("2026/2"), "{s}");
}

#[test]
fn an_empty_column_goes_first_when_the_table_says_so() {
    let make = |drop_empty: bool| {
        let mut t = table(&["Name", "Kind", "Aliases", "Merged here"]);
        t.fit(0, Fit::Cut(10)).fit(1, Fit::Drop(1));
        if drop_empty {
            t.drop_empty();
        }
        t.add_row(["Dinas Pekerjaan Umum dan Penataan Ruang", "other", "", ""]);
        t.add_row(["Sekretariat Daerah", "state", "", ""]);
        t
    };
    let s = make(true).render(Some(50));
    assert!(s.contains("Dinas Pekerjaan Umum dan Penataan Ruang"), "{s}");
    assert!(s.contains("Kind") && !s.contains("Merged"), "{s}");
    // Without the rule, the name is cut and the kind dropped while empty columns stay.
    let s = make(false).render(Some(50));
    assert!(s.contains("Merged") && s.contains('…'), "{s}");
}
