//! Refusals that name a date write it as people write it in an Indonesian run ("10
//! Desember 2026") and as ISO in an English one, as every other human screen does; a
//! date the clerk is told to type (a command in a hint) stays ISO in both.

use crate::common::{TestEnv, shown};

/// Two qualified cases, the first decided and served on 2026-11-20 (its appeal window open
/// until 2026-12-10 on the pinned today).
fn register() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2026-10-05", "Budi Santoso", "Dinas Pendidikan");
    env.add("2026-10-06", "Siti Aminah", "Dinas Kesehatan");
    env.ok(&["case", "qualify", "2026/1", "--on", "2026-10-12"]);
    env.ok(&["case", "qualify", "2026/2", "--on", "2026-10-13"]);
    env.ok(&[
        "case",
        "decide",
        "2026/1",
        "--on",
        "2026-11-16",
        "--via",
        "adjudication",
        "--outcome",
        "granted",
    ]);
    env.ok(&["case", "serve", "2026/1", "--on", "2026-11-20"]);
    env
}

/// The refusals of one run in `lang`: closing before finality, a future date, a hearing on
/// a Saturday, a day already in the calendar.
fn refusals(env: &TestEnv, lang: &str) -> String {
    [
        &["case", "close", "2026/1", "--on", "2026-11-27"][..],
        &["case", "withdraw", "2026/2", "--on", "2026-12-01"],
        &[
            "hearing",
            "schedule",
            "2026/2",
            "--on",
            "2026-12-05",
            "--kind",
            "adjudication",
        ],
        &[
            "calendar",
            "add",
            "2026-12-25",
            "--kind",
            "public_holiday",
            "--name",
            "Natal",
        ],
    ]
    .iter()
    .map(|args| {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        // `common::refused` wants "error:", which an Indonesian run writes "galat:".
        let out = env.run(&all);
        assert_eq!(out.code, 3, "{}", out.snapshot());
        assert_eq!(out.stdout, "");
        format!("{}{}", shown(&all), out.snapshot())
    })
    .collect()
}

/// The ISO dates of the messages in `text` (not the command lines run) outside backticks
/// (a command the clerk may type keeps ISO).
fn iso_outside_commands(text: &str) -> Vec<String> {
    let said: Vec<&str> = text.lines().filter(|l| !l.starts_with("$ ")).collect();
    said.join("\n")
        .split('`')
        .step_by(2)
        .flat_map(|prose| {
            prose
                .split(|c: char| c.is_whitespace() || "(),:;".contains(c))
                .filter(|w| {
                    w.len() == 10 && w.as_bytes()[4] == b'-' && w[..4].parse::<u32>().is_ok()
                })
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn indonesian_refusals_write_dates_as_people_do() {
    let env = register();
    let id = refusals(&env, "id");
    assert_eq!(iso_outside_commands(&id), Vec::<String>::new(), "{id}");
    insta::assert_snapshot!(id, @"
    $ sengketa --lang id case close 2026/1 --on 2026-11-27
    ------- stderr -------
    galat: perkara 001/X/KI-JBI-PS/2026 belum berkekuatan hukum tetap: upaya hukum (tingkat pertama) masih dapat diajukan sampai 10 Desember 2026
    saran: tutup perkara setelah putusannya berkekuatan hukum tetap (`sengketa case list --to-close`), atau beri --force --reason TEKS yang menyebut surat pengadilan yang tidak ada di register
    [exit status: 3]
    $ sengketa --lang id case withdraw 2026/2 --on 2026-12-01
    ------- stderr -------
    galat: tanggal dicabut 1 Desember 2026 berada di masa depan (hari ini 29 November 2026)
    saran: tanggal tidak boleh setelah hari ini (29 November 2026); periksa (juga SENGKETA_TODAY, jika diisi)
    [exit status: 3]
    $ sengketa --lang id hearing schedule 2026/2 --on 2026-12-05 --kind adjudication
    ------- stderr -------
    galat: perkara 002/X/KI-JBI-PS/2026: 5 Desember 2026 adalah hari Sabtu: sidang tidak dijadwalkan pada hari itu
    saran: pilih hari kerja (`sengketa calendar list` menyebut hari liburnya), atau beri --on-non-working-day --reason TEKS bila majelis tetap bersidang hari itu
    [exit status: 3]
    $ sengketa --lang id calendar add 2026-12-25 --kind public_holiday --name Natal
    ------- stderr -------
    galat: 25 Desember 2026 sudah ada dalam kalender (hari libur nasional: Kelahiran Yesus Kristus)
    saran: untuk mengubahnya, hapus dulu (`sengketa calendar remove 2026-12-25 --reason ...`), atau impor berkas dengan nilai barunya (`sengketa calendar import`)
    [exit status: 3]
    ");
}

#[test]
fn english_refusals_keep_iso_dates() {
    let env = register();
    let en = refusals(&env, "en");
    assert!(!iso_outside_commands(&en).is_empty(), "{en}");
    insta::assert_snapshot!(en, @"
    $ sengketa --lang en case close 2026/1 --on 2026-11-27
    ------- stderr -------
    error: case 001/X/KI-JBI-PS/2026 is not final: an appeal (first_instance) may be filed through 2026-12-10
    hint: close it once the decision is final (`sengketa case list --to-close`), or give --force --reason TEXT citing the court's letter the register does not hold
    [exit status: 3]
    $ sengketa --lang en case withdraw 2026/2 --on 2026-12-01
    ------- stderr -------
    error: the withdraw date 2026-12-01 lies in the future (today is 2026-11-29)
    hint: a date cannot be after today (2026-11-29); check it (and SENGKETA_TODAY, if set)
    [exit status: 3]
    $ sengketa --lang en hearing schedule 2026/2 --on 2026-12-05 --kind adjudication
    ------- stderr -------
    error: case 002/X/KI-JBI-PS/2026: 2026-12-05 is a Saturday: no hearing is set on it
    hint: choose a working day (`sengketa calendar list` names the days off), or give --on-non-working-day --reason TEXT if the panel sits that day all the same
    [exit status: 3]
    $ sengketa --lang en calendar add 2026-12-25 --kind public_holiday --name Natal
    ------- stderr -------
    error: 2026-12-25 is already in the calendar (public_holiday: Kelahiran Yesus Kristus)
    hint: to change it, remove it first (`sengketa calendar remove 2026-12-25 --reason ...`), or import a file with its new values (`sengketa calendar import`)
    [exit status: 3]
    ");
}
