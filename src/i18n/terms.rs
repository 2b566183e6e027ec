//! The panitera's term table ("Words a panitera uses" in the domain notes) held against
//! the Indonesian catalogues and the vocabularies' labels: each row names the words to
//! write, where they must be written, and the words that must no longer be written for
//! that meaning anywhere in an Indonesian text.

use crate::domain::{ApplicantKind, CourtOutcome, EventKind, Lang, Level, State};

/// One row of the table: a meaning, the catalogue messages (id, phrase) and vocabulary
/// labels that must carry its words, and the words it replaces.
struct Term {
    meaning: &'static str,
    messages: &'static [(&'static str, &'static str)],
    labels: fn() -> Vec<(String, &'static str)>,
    not: &'static [&'static str],
}

fn none() -> Vec<(String, &'static str)> {
    vec![]
}

const TABLE: &[Term] = &[
    Term {
        // The column says "Terlambat" and its cells "terlambat mulai (14 HK)", "terlambat
        // selesai (100 HK)" (without the days only where a narrow table has no room).
        meaning: "late to start / late to finish",
        messages: &[
            ("list-overdue", "Terlambat"),
            ("agenda-overdue-on", "Terlambat"),
            ("deadline-start", "mulai"),
            ("deadline-finish", "selesai"),
            ("overdue-cell", "terlambat { $deadlines }"),
            ("deadline-start-days", "mulai ({ $days } HK)"),
            ("deadline-finish-days", "selesai ({ $days } HK)"),
            ("standing-overdue", "terlambat { $days } hari kerja"),
        ],
        labels: none,
        not: &["lewat waktu"],
    },
    Term {
        meaning: "the done state",
        messages: &[("show-closed", "Selesai (ditutup)")],
        labels: || vec![(State::Done.label(Lang::Id).to_string(), "selesai (ditutup)")],
        not: &[],
    },
    Term {
        meaning: "an undo of a step",
        messages: &[
            ("event-undo", "ditarik kembali"),
            ("undo-done", "ditarik kembali"),
            ("timeline-reverted-by", "ditarik kembali"),
        ],
        labels: || {
            vec![(
                EventKind::Undo.label(Lang::Id).to_string(),
                "langkah ditarik kembali",
            )]
        },
        // "Dibatalkan" stays for a hearing called off and a decision quashed: a step or a
        // merge that is undone is "ditarik kembali".
        not: &[
            "pembatalan langkah",
            "membatalkan langkah",
            "dibatalkannya",
            "langkah yang dibatalkan",
            "tidak dapat dibatalkan",
        ],
    },
    Term {
        meaning: "a void entry",
        messages: &[
            ("event-void", "dicoret (tidak berlaku)"),
            ("show-void-label", "Dicoret (tidak berlaku)"),
            ("case-voided", "dicoret"),
        ],
        labels: || {
            vec![(
                EventKind::Void.label(Lang::Id).to_string(),
                "dicoret (tidak berlaku)",
            )]
        },
        not: &["batal"],
    },
    Term {
        meaning: "a decision quashed by a court",
        messages: &[],
        labels: || {
            vec![(
                CourtOutcome::Overturned.label(Lang::Id).to_string(),
                "putusan KI dibatalkan",
            )]
        },
        not: &[],
    },
    Term {
        meaning: "cassation",
        messages: &[
            ("event-appeal-file", "[kasasi] permohonan kasasi"),
            ("appeal-filed", "[kasasi] permohonan kasasi"),
        ],
        labels: || vec![(Level::Cassation.label(Lang::Id).to_string(), "kasasi")],
        not: &["keberatan di tingkat { $level }", "keberatan atas perkara"],
    },
    Term {
        meaning: "not yet examined for qualification",
        messages: &[("recap-check-awaiting", "belum diperiksa syaratnya")],
        labels: || {
            crate::domain::recap::by_body()
                .into_iter()
                .filter(|c| c.column.key == "awaiting_qualification")
                .map(|c| (c.column.id.to_string(), "Belum diperiksa syaratnya"))
                .collect()
        },
        not: &["menunggu registrasi", "menunggu pemeriksaan syarat"],
    },
    Term {
        meaning: "withdrawn before/after qualification",
        messages: &[],
        labels: || {
            crate::domain::recap::by_outcome()
                .into_iter()
                .filter(|c| c.column.key.starts_with("withdrawn_"))
                .map(|c| (c.column.id.to_string(), "dinyatakan memenuhi syarat"))
                .collect()
        },
        not: &["sebelum registrasi", "setelah registrasi"],
    },
    Term {
        meaning: "individual applicant",
        messages: &[],
        labels: || {
            vec![(
                ApplicantKind::Individual.label(Lang::Id).to_string(),
                "perseorangan",
            )]
        },
        not: &[],
    },
    Term {
        meaning: "the subject",
        messages: &[
            ("list-subject", "Informasi yang dimohon"),
            ("show-subject", "Informasi yang dimohon"),
            ("case-subject", "Informasi yang dimohon"),
        ],
        labels: none,
        not: &["perihal"],
    },
    Term {
        // A step's `--on`, in every step's help.
        meaning: "the date a step happened",
        messages: &[("-on", "Tanggal terjadinya langkah")],
        labels: none,
        not: &["tanggal hukum"],
    },
    Term {
        meaning: "stock and flow",
        messages: &[("report-flow-title", "Arus perkara")],
        labels: none,
        not: &["stok dan arus"],
    },
];

/// The Indonesian texts a run may show: the messages and the help.
fn indonesian_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for text in [super::ID, crate::commands::help::ID_HELP] {
        let mut id = String::new();
        for line in text.lines() {
            if let Some((k, v)) = line.split_once(" =")
                && !line.starts_with(' ')
                && !line.starts_with('#')
            {
                id = k.trim().to_string();
                out.push((id.clone(), v.to_string()));
            } else if line.starts_with(' ')
                && let Some(last) = out.last_mut().filter(|(k, _)| *k == id)
            {
                last.1.push('\n');
                last.1 += line;
            } else {
                // A blank line or a comment ends a message.
                id.clear();
            }
        }
    }
    out
}

/// Whether `text` holds `word` as a whole word (or phrase), whatever its case.
fn holds(text: &str, word: &str) -> bool {
    let text = text.to_lowercase();
    let word = word.to_lowercase();
    text.match_indices(&word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn every_row_of_the_term_table_is_written_as_the_table_says() {
    let texts = indonesian_texts();
    for term in TABLE {
        for (id, phrase) in term.messages {
            let raw = texts
                .iter()
                .find(|(k, _)| k == id)
                .map(|(_, v)| v.as_str())
                .unwrap_or_default();
            assert!(
                raw.contains(phrase),
                "{}: {id} should say {phrase:?}, says {raw:?}",
                term.meaning
            );
        }
        for (label, phrase) in (term.labels)() {
            assert!(
                label.contains(phrase),
                "{}: the label {label:?} should say {phrase:?}",
                term.meaning
            );
        }
        for word in term.not {
            let found: Vec<&String> = texts
                .iter()
                .filter(|(_, v)| holds(v, word))
                .map(|(k, _)| k)
                .collect();
            assert!(
                found.is_empty(),
                "{}: {word:?} is still written in {found:?}",
                term.meaning
            );
        }
    }
}

#[test]
fn the_flow_and_the_times_do_not_call_their_counts_done() {
    // "Selesai 33" beside "Selesai 36" in one report: the flow's finished-in-the-year and
    // the times' ended each have their own word, and "Selesai" is the paper's done alone.
    let flow: Vec<String> = crate::domain::recap::FLOW
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    assert!(
        flow.contains(&"Diselesaikan tahun ini".to_string()),
        "{flow:?}"
    );
    assert!(flow.contains(&"Sisa awal".to_string()), "{flow:?}");
    assert!(flow.contains(&"Masuk".to_string()), "{flow:?}");
    let times: Vec<String> = crate::domain::times::times_columns()
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    assert!(times.contains(&"Berakhir".to_string()), "{times:?}");
    for labels in [&flow, &times] {
        assert!(!labels.contains(&"Selesai".to_string()), "{labels:?}");
    }
}

#[test]
fn one_yes_no_style_in_every_question() {
    // Both questions show their answers the same way: (Y/t) or (y/T), the capital the
    // answer Enter gives.
    let texts = indonesian_texts();
    let questions: Vec<&(String, String)> = texts
        .iter()
        .filter(|(_, v)| v.contains("/t") || v.contains("/T") || v.contains("[y"))
        .collect();
    for (id, v) in &questions {
        assert!(
            v.contains("(y/T)") || v.trim() == "Y/t",
            "{id} asks yes or no otherwise: {v:?}"
        );
    }
    assert!(crate::commands::prompt::yes_no("ya") == Ok(true));
    assert!(crate::commands::prompt::yes_no("t") == Ok(false));
}
