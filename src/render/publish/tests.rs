//! The docket's layout: every template renders with the words given, the register's text
//! is escaped, links stay inside the folder.

use super::*;

fn site() -> Site {
    let words = [
        "nav_home",
        "nav_schedule",
        "nav_decisions",
        "nav_data",
        "nav_feed",
        "head_label",
        "index_title",
        "index_about",
        "figure",
        "value",
        "no_figures",
        "cases_title",
        "register_no",
        "received",
        "respondent",
        "stage",
        "no_cases",
        "data_title",
        "data_about",
        "schedule_title",
        "date",
        "time",
        "room",
        "parties",
        "agenda",
        "panel",
        "versus",
        "no_hearings",
        "schedule_note",
        "case_title",
        "hearings_title",
        "hearing_no",
        "hearing_status",
        "no_case_hearings",
        "decision_title",
        "no_decision",
        "appeals_title",
        "appeal_level",
        "appeal_court",
        "appeal_by",
        "appeal_filed",
        "appeal_court_no",
        "appeal_outcome",
        "case_note",
        "decisions_title",
        "decisions_about",
        "decision_no",
        "decision_date",
        "grounds",
        "route",
        "outcome",
        "document",
        "document_link",
        "document_missing",
        "no_decisions",
    ];
    Site {
        lang: "id",
        commission: "Komisi <Informasi> & Co".into(),
        head: "12:0123456789abcdef".into(),
        version: "0",
        footer: vec!["footer".into()],
        words: words.iter().map(|w| (*w, format!("[{w}]"))).collect(),
    }
}

fn docket() -> Docket {
    let sitting = Sitting {
        no: 1,
        date: "Selasa, 1 Desember 2026".into(),
        time: "pukul 09.00 WIB".into(),
        room: "Ruang 1".into(),
        reference: "2026-1".into(),
        register_no: "001/I/KI-JBI-PS/2026".into(),
        applicant: "Pemohon 2026-1".into(),
        body: "Dinas <script>alert(1)</script>".into(),
        agenda: "sidang ke-1".into(),
        panel: "Majelis A".into(),
        status: String::new(),
    };
    Docket {
        site: site(),
        figures: vec![Figures {
            key: "recap",
            title: "t".into(),
            about: "a".into(),
            rows: vec![Fact {
                key: "entered".into(),
                label: "Masuk".into(),
                value: "3".into(),
                raw: "3".into(),
            }],
        }],
        cases: vec![CaseLink {
            reference: "2026-1".into(),
            register_no: "001/I/KI-JBI-PS/2026".into(),
            received: "2 Maret 2026".into(),
            body: "Dinas".into(),
            stage: "masuk".into(),
        }],
        schedule: Schedule {
            about: "a".into(),
            rows: vec![sitting.clone()],
        },
        pages: vec![CasePage {
            reference: "2026-1".into(),
            register_no: "001/I/KI-JBI-PS/2026".into(),
            facts: vec![],
            hearings: vec![sitting],
            decision: vec![],
            appeals: vec![],
        }],
        decisions: vec![],
        feed: Feed {
            id: "tag:sengketa,2026:register-x/feed".into(),
            title: "A & B".into(),
            subtitle: "s".into(),
            updated: "2026-11-29T08:00:00Z".into(),
            entries: vec![],
        },
        data_files: vec!["perkara.csv".into()],
    }
}

#[test]
fn every_page_renders_escaped_with_its_words_and_the_head() {
    let files = pages(&docket()).unwrap();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "index.html",
            "jadwal.html",
            "putusan.html",
            "perkara/2026-1.html",
            "feed.xml"
        ]
    );
    for (name, text) in &files {
        assert!(!text.contains("<script>"), "{name} lets markup through");
        assert!(!text.contains("<Informasi>"), "{name} lets markup through");
        if name.ends_with(".html") {
            assert!(
                text.contains("12:0123456789abcdef"),
                "{name} lacks the head"
            );
        }
    }
    let jadwal = &files[1].1;
    assert!(jadwal.contains("Dinas &lt;script&gt;"), "{jadwal}");
    assert!(jadwal.contains("[nav_home]") && jadwal.contains("[versus]"));
    // A case's page links up to the folder's root.
    assert!(files[3].1.contains("href=\"../index.html\""));
    assert!(files[4].1.contains("<title>A &amp; B</title>"));
}

#[test]
fn a_word_missing_fails_the_render() {
    let mut d = docket();
    d.site.words.remove("versus");
    assert!(pages(&d).is_err());
}
