//! A clerk's session typed in Indonesian, under an Indonesian locale: every value given in
//! its Indonesian word, every message, table and label in Indonesian, and what is stored
//! (the CSV) in the one spelling scripts read.

use crate::common::{TestEnv, session_with};

const ID: &[(&str, &str)] = &[("LANG", "id_ID.UTF-8")];

#[test]
fn a_session_in_indonesian() {
    let env = TestEnv::new();
    insta::assert_snapshot!(session_with(
        &env,
        ID,
        &[
            &["init"],
            &["config", "set", "commission-code", "JBI"],
            &[
                "case",
                "add",
                "--received",
                "02-10-2026",
                "--applicant",
                "Budi Santoso",
                "--applicant-kind",
                "perorangan",
                "--body",
                "Dinas Pendidikan",
                "--subject",
                "RKA 2026"
            ],
            &[
                "case",
                "add",
                "--received",
                "05/10/2026",
                "--applicant",
                "LBH Jambi",
                "--applicant-kind",
                "badan hukum",
                "--body",
                "Bappeda",
                "--subject",
                "RTRW"
            ],
            &[
                "case",
                "add",
                "--received",
                "2026-10-06",
                "--applicant",
                "Warga Sungai Gelam",
                "--applicant-kind",
                "Kelompok-Orang",
                "--body",
                "Bappeda",
                "--subject",
                "Amdal"
            ],
            &["case", "qualify", "2026/1", "--on", "2026-10-09"],
            &[
                "case",
                "reject",
                "2026/3",
                "--on",
                "2026-10-09",
                "--reason",
                "tidak-lengkap"
            ],
            &[
                "hearing",
                "schedule",
                "2026/1",
                "--on",
                "2026-10-20",
                "--kind",
                "mediasi",
                "--at",
                "09:00",
                "--room",
                "Ruang Mediasi"
            ],
            &[
                "hearing",
                "held",
                "2026/1",
                "1",
                "--applicant",
                "hadir",
                "--respondent",
                "diwakili"
            ],
            &[
                "case",
                "decide",
                "2026/1",
                "--on",
                "2026-11-16",
                "--via",
                "ajudikasi",
                "--outcome",
                "dikabulkan-sebagian"
            ],
            &["case", "qualify", "2026/2", "--on", "2026-10-12"],
            &[
                "case",
                "decide",
                "2026/2",
                "--on",
                "2026-11-10",
                "--via",
                "Mediasi",
                "--outcome",
                "putusan mediasi"
            ],
            &[
                "case",
                "decide",
                "2026/2",
                "--via",
                "mediasi",
                "--outcome",
                "ditolak"
            ],
            &["case", "close", "2026/1", "--on", "2026-11-20"],
            &["case", "list", "--state", "selesai"],
            &["case", "list", "--state", "masuk"],
            &["case", "list", "--year", "2017"],
            &["case", "show", "2026/1"],
            &["recap", "--years", "2026-2026"],
            &["case", "list", "--format", "csv"],
        ]
    ));
}
