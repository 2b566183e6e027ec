//! A clerk's session typed in Indonesian, under an Indonesian locale: every value given in
//! its Indonesian word, every message, table and label in Indonesian, and what is stored
//! (the CSV) in the one spelling scripts read.

use crate::common::{TestEnv, fixture_env, session_with, write};

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

/// `sengketa ARGS` with `SENGKETA_LANG=id`.
fn run_id(env: &TestEnv, args: &[&str]) -> crate::common::Output {
    let mut cmd = env.command();
    cmd.env("SENGKETA_LANG", "id").args(args);
    env.run_command(cmd)
}

#[test]
fn an_import_with_invalid_rows_is_refused_in_indonesian() {
    let env = TestEnv::initialised();
    let header = "register_no,received_on,applicant,applicant_kind,public_body,subject,\
                  qualified_on,not_qualified_on,not_qualified_reason,withdrawn_on,decided_on,\
                  decision_via,decision_outcome,decision_no,closed_on";
    let text = format!(
        "{header}\n,2026-10-02,Budi,perorangan,Bappeda,RTRW,,,,,,,,,\n\
         ,kemarin,Budi,perorangan,Bappeda,RTRW,,,,,,,,,\n"
    );
    let name = write(&env, "salah.csv", &text);
    let out = run_id(&env, &["import", name]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(
        out.stderr
            .contains("baris 3, kolom 2 (received_on): \"kemarin\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("galat: 1 dari 2 baris salah.csv tidak sah; tidak ada yang diimpor"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("saran: perbaiki baris-baris di atas lalu impor ulang seluruh berkas"),
        "{}",
        out.stderr
    );
    // A file that is not there: the hint names the kind of file.
    let out = run_id(&env, &["hearings", "import", "tidak-ada.csv"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(
        out.stderr
            .contains("galat: tidak dapat membaca tidak-ada.csv")
            && out
                .stderr
                .contains("saran: berikan path berkas CSV sidang, atau - untuk masukan standar"),
        "{}",
        out.stderr
    );
    // A dry run of a valid file.
    let name = write(
        &env,
        "benar.csv",
        &format!("{header}\n,2026-10-02,Budi,perorangan,Bappeda,RTRW,,,,,,,,,\n"),
    );
    let out = run_id(&env, &["import", "--dry-run", name]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(
        out.stderr,
        "1 baris benar.csv sah; tidak ada yang ditulis (--dry-run)\n"
    );
}

#[test]
fn recap_check_reports_in_indonesian() {
    let env = fixture_env();
    let name = write(
        &env,
        "terbitan.csv",
        "year,entered,not_qualified,qualified,processed,done,in_process\n\
         2017,43,1,40,33,33,1\n2018,12,0,11,,,\n",
    );
    let out = run_id(&env, &["recap", "check", name, "--as-of", "2019-12-31"]);
    assert_eq!(out.code, 1, "{}", out.snapshot());
    for said in [
        "penjelasan: 2017: Jumlah sengketa masuk 43 = Tidak memenuhi syarat 1 + Memenuhi syarat 40 \
         + 2 belum diperiksa syaratnya: \
         2 perkara yang diterima pada 2017 belum memiliki hasil pemeriksaan syarat: ",
        "dicabut sebelum pemeriksaan syarat, pada 2017-",
        "jumlahnya tidak cocok: 2017: Jumlah sengketa diproses 33 ≠ Selesai 33 + Proses 1 (= 34)",
        "jumlahnya tidak cocok: 2018: Jumlah sengketa masuk 12 ≠ Tidak memenuhi syarat 0 \
         + Memenuhi syarat 11 (= 11): \
         1 perkara tidak tercatat, tetapi register memuat 0 perkara yang diterima pada 2018 \
         tanpa hasil pemeriksaan syarat",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
}

#[test]
fn environment_errors_in_indonesian() {
    let env = TestEnv::initialised();
    let mut cmd = env.command();
    cmd.env("SENGKETA_LANG", "id")
        .env("SENGKETA_TODAY", "kemarin")
        .args(["case", "list"]);
    let out = env.run_command(cmd);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert_eq!(
        out.stderr,
        "galat: SENGKETA_TODAY: 'kemarin' bukan tanggal\n\
         saran: isi dengan tanggal seperti 2019-12-31, atau hapus variabel itu\n"
    );
    let mut cmd = env.command();
    cmd.env("SENGKETA_LANG", "id")
        .env("SENGKETA_NOW", "besok")
        .args(["case", "list"]);
    let out = env.run_command(cmd);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        out.stderr
            .starts_with("galat: SENGKETA_NOW: 'besok' bukan waktu UTC ("),
        "{}",
        out.stderr
    );
    // config: a default marked as such, and the hint of a setting not set.
    let out = run_id(&env, &["config", "list"]);
    assert!(
        out.stdout
            .contains("collective-leave = non-working (bukan hari kerja) (bawaan)"),
        "{}",
        out.stdout
    );
    let fresh = TestEnv::new();
    run_id(&fresh, &["init"]);
    let out = run_id(&fresh, &["config", "get", "commission-code"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(
        out.stderr
            .contains("saran: sengketa config set commission-code <NILAI>"),
        "{}",
        out.stderr
    );
}
