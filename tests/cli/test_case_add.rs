//! `case add`: who is recorded as its actor.

use crate::common::TestEnv;

/// The actor of the case's entry, as `case show --format json` gives it.
fn actor(env: &TestEnv, case: &str) -> String {
    let show: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", case, "--format", "json"])).unwrap();
    show["timeline"][0]["actor"]
        .as_str()
        .unwrap_or_else(|| panic!("no actor in {show}"))
        .to_string()
}

/// Regression: with neither SENGKETA_ACTOR nor USER nor LOGNAME (a cron job, a
/// service unit) the actor was `uid-0`; it is the account's name.
#[test]
fn without_user_the_actor_is_the_account_name() {
    let env = TestEnv::initialised();
    let account = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let account = String::from_utf8(account.stdout)
        .unwrap()
        .trim()
        .to_string();
    assert!(!account.is_empty());
    let mut cmd = env.command();
    cmd.env_remove("SENGKETA_ACTOR")
        .env_remove("USER")
        .env_remove("LOGNAME")
        .args([
            "case",
            "add",
            "--received",
            "2017-03-02",
            "--applicant",
            "Budi",
        ])
        .args(["--body", "Dinas Pendidikan", "--subject", "RKA 2017"]);
    let out = env.run_command(cmd);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(actor(&env, "2017/1"), account);
    // USER still wins when it is set, and SENGKETA_ACTOR over it.
    let mut cmd = env.command();
    cmd.env_remove("SENGKETA_ACTOR")
        .env("USER", "siti")
        .args([
            "case",
            "add",
            "--received",
            "2017-03-03",
            "--applicant",
            "Ani",
        ])
        .args(["--body", "Dinas Pendidikan", "--subject", "RKA 2017"]);
    assert_eq!(env.run_command(cmd).code, 0);
    assert_eq!(actor(&env, "2017/2"), "siti");
}

/// `sengketa case add ARGS` on a pseudo-terminal (stdin, stdout and stderr), answering
/// each question after it shows: a key typed before the question is up would be read in
/// the terminal's line mode, not the question's.
struct Terminal {
    session: rexpect::session::PtySession,
}

impl Terminal {
    fn start(env: &TestEnv, vars: &[(&str, &str)], args: &[&str]) -> Terminal {
        let mut cmd = env.command();
        cmd.env("TERM", "xterm")
            .envs(vars.iter().copied())
            .args(["case", "add"])
            .args(args);
        let session = rexpect::session::spawn_command(cmd, Some(10_000)).expect("a pty");
        Terminal { session }
    }

    /// Waits for `text` on the screen; returns what came before it.
    fn wait(&mut self, text: &str) -> String {
        self.session
            .exp_string(text)
            .unwrap_or_else(|e| panic!("no {text:?} on the terminal: {e}"))
    }

    /// Types `keys` (a carriage return for Enter, as a terminal sends it).
    fn keys(&mut self, keys: &str) {
        self.session.send(keys).unwrap();
        self.session.flush().unwrap();
    }

    /// The rest of the screen, and the exit code.
    fn finish(mut self) -> (String, i32) {
        let rest = self.session.exp_eof().unwrap();
        match self.session.process().wait().unwrap() {
            rexpect::process::WaitStatus::Exited(_, code) => (rest, code),
            other => panic!("not an exit: {other:?}"),
        }
    }
}

/// On a terminal, `case add` without flags asks for each
/// particular, completes the body from the register's, shows the case and adds it once
/// confirmed.
#[test]
fn on_a_terminal_case_add_asks_for_what_is_missing() {
    let env = TestEnv::initialised();
    env.add("2017-03-01", "Ani", "Dinas Perhubungan");
    let mut t = Terminal::start(&env, &[], &[]);
    t.wait("Received on:");
    t.keys("02/03/2017\r");
    t.wait("Applicant:");
    t.keys("Siti Aminah\r");
    t.wait("Applicant kind:");
    t.wait("legal entity (badan hukum)");
    t.keys("\x1b[B\r"); // down: the second kind, a group
    t.wait("Public body (respondent):");
    t.keys("dinas per\t"); // Tab completes the body the register has
    t.wait("Dinas Perhubungan");
    t.keys("\r");
    t.wait("Information requested:");
    t.keys("Salinan kontrak pengadaan\r");
    // The case file's questions: Enter skips each.
    for q in [
        "Applicant's address?",
        "Applicant's phone?",
        "Applicant's email?",
        "Representative (kuasa)?",
        "Representative's address?",
        "Date of the information request?",
        "Date of the PPID's answer?",
        "Date of the objection (keberatan)?",
        "Date of the superior's answer?",
        "Grounds of the objection",
    ] {
        t.wait(q);
        t.keys("\r");
    }
    let screen = t.wait("Add this case to the register?");
    for (label, value) in [
        ("1. Received on:", "2017-03-02"),
        ("2. Applicant:", "Siti Aminah"),
        ("3. Applicant kind:", "group of people (kelompok orang)"),
        ("4. Public body:", "Dinas Perhubungan"),
        ("5. Information requested:", "Salinan kontrak pengadaan"),
        ("Register number:", "the next number of 2017"),
    ] {
        shown(&screen, label, value);
    }
    assert!(
        !screen.contains("Kind of public body"),
        "a known body's kind is not asked:\n{screen}"
    );
    t.keys("y\r");
    let (rest, code) = t.finish();
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("002/III/KI-JBI-PS/2017"), "{rest}");
    let cases = env.cases();
    let c = &cases[1];
    assert_eq!(c["register_no"], "002/III/KI-JBI-PS/2017");
    assert_eq!(c["received_on"], "2017-03-02");
    assert_eq!(c["applicant"], "Siti Aminah");
    assert_eq!(c["applicant_kind"], "group");
    assert_eq!(c["public_body"], "Dinas Perhubungan");
    assert_eq!(c["subject"], "Salinan kontrak pengadaan");
    assert_eq!(actor(&env, "2017/2"), "clerk");
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// `label` and, after it on the same line, `value`: a line of the summary.
fn shown(screen: &str, label: &str, value: &str) {
    assert!(
        screen.lines().any(|l| l
            .split_once(label)
            .is_some_and(|(_, rest)| rest.trim().starts_with(value))),
        "no {label:?} {value:?} in:\n{screen}"
    );
}

/// The case file's questions, each skipped with Enter.
fn skip_the_file(t: &mut Terminal, questions: &[&str]) {
    for q in questions {
        t.wait(q);
        t.keys("\r");
    }
}

const FILE_ID: [&str; 10] = [
    "Alamat pemohon?",
    "Telepon pemohon?",
    "Surel pemohon?",
    "Kuasa pemohon?",
    "Alamat kuasa?",
    "Tanggal permintaan informasi?",
    "Tanggal jawaban PPID?",
    "Tanggal keberatan?",
    "Tanggal tanggapan atasan PPID?",
    "Alasan keberatan",
];

/// Only what is not given is asked for; a new body's kind is chosen from a menu of
/// Indonesian labels before the confirmation; "tidak" at the confirmation records
/// nothing, and that is not an error (exit 0): "tidak dicatat", with the one line that
/// records the case (and the body's kind) without questions. In Indonesian.
#[test]
fn on_a_terminal_a_case_not_confirmed_is_not_added() {
    let env = TestEnv::initialised();
    let before = env.contents();
    let args = [
        "--received",
        "2017-03-02",
        "--applicant-kind",
        "legal-entity",
    ];
    let mut t = Terminal::start(&env, &[("SENGKETA_LANG", "id")], &args);
    t.wait("Pemohon:");
    t.keys("Yayasan Ombudsman\r");
    t.wait("Termohon (badan publik):");
    t.keys("Bappeda\r");
    t.wait("Informasi yang dimohon:");
    t.keys("RKA 2017\r");
    // The new body's kind: a menu in Indonesian, the other language beside each label.
    t.wait("Jenis badan publik baru \"Bappeda\":");
    for label in [
        "pemerintah provinsi (provincial government)",
        "desa (village)",
        "lainnya (other)",
    ] {
        t.wait(label);
    }
    t.keys("desa");
    t.wait("desa (village)");
    t.keys("\r");
    skip_the_file(&mut t, &FILE_ID);
    let screen = t.wait("Catat perkara ini ke register?");
    for (label, value) in [
        // The date typed back in words too: a day-first date is seen read as meant.
        ("1. Tanggal diterima:", "2017-03-02 (Kamis, 2 Maret 2017)"),
        ("3. Jenis pemohon:", "badan hukum (legal entity)"),
        ("4. Termohon (badan publik):", "Bappeda (baru di register)"),
        ("5. Jenis badan publik:", "desa (village)"),
        ("Nomor register:", "nomor berikutnya tahun 2017"),
    ] {
        shown(&screen, label, value);
    }
    t.keys("tidak\r");
    let (rest, code) = t.finish();
    assert_eq!(code, 0, "declining is not an error: {rest}");
    assert!(rest.contains("tidak dicatat"), "{rest}");
    assert!(!rest.contains("galat"), "{rest}");
    assert!(
        rest.contains(
            "sengketa case add --received 2017-03-02 --applicant 'Yayasan Ombudsman' \
             --applicant-kind legal_entity --body 'Bappeda' --subject 'RKA 2017' \
             && sengketa body set 'Bappeda' --kind village"
        ),
        "{rest}"
    );
    assert_eq!(env.contents(), before);
}

/// At the confirmation a number asks that answer again, offered as it was: the applicant
/// is corrected without starting over, and the case recorded with the correction.
#[test]
fn on_a_terminal_one_answer_is_corrected_without_starting_over() {
    let env = TestEnv::initialised();
    env.add("2017-03-01", "Ani", "Dinas Perhubungan");
    let args = [
        "--received",
        "2017-03-02",
        "--applicant-kind",
        "individual",
        "--body",
        "Dinas Perhubungan",
        "--subject",
        "Salinan kontrak pengadaan jalan provinsi tahun anggaran 2017 dan addendumnya",
    ];
    let mut t = Terminal::start(&env, &[("SENGKETA_LANG", "id")], &args);
    t.wait("Pemohon:");
    t.keys("Budi Santos\r");
    skip_the_file(&mut t, &FILE_ID);
    let screen = t.wait("Catat perkara ini ke register?");
    shown(&screen, "2. Pemohon:", "Budi Santos");
    // The summary wraps at words on the 80-column pseudo-terminal: no word broken.
    let words = args[7].split(' ').collect::<Vec<_>>();
    for w in screen
        .split_whitespace()
        .filter(|w| w.chars().all(char::is_alphanumeric))
    {
        if w.len() > 3 && args[7].contains(w) {
            assert!(words.contains(&w), "{w:?} is a broken word:\n{screen}");
        }
    }
    t.keys("9\r");
    t.wait("nomor jawaban yang diubah");
    // A number out of range is refused; the question stays.
    t.keys(&"\x7f".repeat(3));
    t.keys("2\r");
    t.wait("Pemohon:");
    t.keys("o\r"); // the answer is offered as it was: one letter completes it
    let screen = t.wait("Catat perkara ini ke register?");
    shown(&screen, "2. Pemohon:", "Budi Santoso");
    t.keys("\r"); // Enter records it
    let (rest, code) = t.finish();
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("002/III/KI-JBI-PS/2017"), "{rest}");
    let cases = env.cases();
    assert_eq!(cases.len(), 2);
    assert_eq!(cases[1]["applicant"], "Budi Santoso");
    assert_eq!(env.run(&["verify"]).code, 0);
}

/// Scripts keep the flags required: with stdin piped, the same usage error as before
/// (exit 2) and no question.
#[test]
fn without_a_terminal_the_flags_stay_required() {
    let env = TestEnv::initialised();
    let out = crate::common::run_stdin(&env, &["case", "add", "--applicant", "Budi"], "");
    insta::assert_snapshot!(out.snapshot(), @"
    ------- stderr -------
    error: the following required arguments were not provided:
      --body <BODY>
      --subject <SUBJECT>

    Usage: sengketa case add [OPTIONS] --applicant <APPLICANT> --body <BODY>
           --subject <SUBJECT>

    For more information, try '--help'.
    [exit status: 2]
    ");
    let out = crate::common::run_stdin(&env, &["case", "add"], "Budi\n");
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(!out.stderr.contains("Received on"), "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("error: the following required arguments")
    );
    assert!(env.cases().is_empty());
}

/// A value not in a vocabulary: in Indonesian the accepted ones are listed with their
/// Indonesian labels, on the command line as in an import (they were the English
/// spellings alone); "kelompok", a clerk's short word for a group, is accepted.
#[test]
fn in_indonesian_an_invalid_value_lists_the_indonesian_words() {
    let env = TestEnv::initialised();
    // `perkara tambah` in Indonesian, the applicant of the kind `kind`.
    let add = |kind: &str| {
        let mut cmd = env.command();
        cmd.env("SENGKETA_LANG", "id").args([
            "perkara",
            "tambah",
            "--received",
            "2026-03-02",
            "--applicant",
            "Budi",
            "--applicant-kind",
            kind,
            "--body",
            "Dinas Pendidikan",
            "--subject",
            "RKA",
        ]);
        env.run_command(cmd)
    };
    let out = add("kelompk");
    insta::assert_snapshot!(out.snapshot(), @"
    ------- stderr -------
    galat: 'kelompk' bukan nilai yang sah untuk --applicant-kind <JENIS-PEMOHON>; pilih salah satu: individual (perseorangan), group (kelompok orang), legal_entity (badan hukum)

    Untuk keterangan lebih lanjut, coba '--help'.
    [exit status: 2]
    ");
    let file = crate::common::write(
        &env,
        "bad.csv",
        "register_no,received_on,applicant,applicant_kind,public_body,subject,qualified_on,\
         not_qualified_on,not_qualified_reason,withdrawn_on,decided_on,decision_via,\
         decision_outcome,decision_no,closed_on\n\
         001/I/KI-JBI-PS/2019,2019-01-04,Budi,kelompk,Dinas X,Data Y,,,,,,,,,\n\
         002/I/KI-JBI-PS/2019,2019-01-05,Ani,kelompok,Dinas X,Data Y,,,,,,,,,\n",
    );
    let mut cmd = env.command();
    cmd.env("SENGKETA_LANG", "id")
        .args(["impor", file, "--dry-run"]);
    insta::assert_snapshot!(env.run_command(cmd).snapshot(), @r#"
    ------- stderr -------
    baris 2, kolom 4 (applicant_kind): "kelompk": 'kelompk' bukan jenis pemohon yang sah; pakai salah satu: individual (perseorangan), group (kelompok orang), legal_entity (badan hukum)
    galat: 1 dari 2 baris bad.csv tidak sah; tidak ada yang diimpor
    saran: perbaiki baris-baris di atas lalu impor ulang seluruh berkas
    [exit status: 3]
    "#);
    assert_eq!(add("kelompok").code, 0);
    assert_eq!(env.cases()[0]["applicant_kind"], "group");
}
