//! The clerk's papers (`sengketa doc`): a scripted case from filing to the copy of its
//! decision prints every paper in HTML and DOCX with the facts the register holds; an
//! issued paper is an act that `doc verify` recognises byte for byte and `doc reissue`
//! writes again; templates a commission sets are checked and used; where LibreOffice and
//! Chromium are installed, each paper prints to an A4 PDF.

use crate::common::{Output, TestEnv};
use std::io::Read;
use std::path::Path;

/// Runs `sengketa ARGS` on the legal day `today`.
pub(crate) fn on(env: &TestEnv, today: &str, args: &[&str]) -> Output {
    let out = env
        .command()
        .env("SENGKETA_TODAY", today)
        .args(args)
        .output()
        .expect("sengketa runs");
    Output {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().expect("an exit code"),
    }
}

pub(crate) fn ok_on(env: &TestEnv, today: &str, args: &[&str]) -> Output {
    let out = on(env, today, args);
    assert_eq!(out.code, 0, "sengketa {args:?}:\n{}", out.stderr);
    out
}

/// The first of `names` installed (a tool goes by several names), else the suite's one rule
/// for a missing tool (`tests/common/tools.rs`): skipped outside CI, a failure under
/// `CI=true`, naming the Debian `package` to install.
pub(crate) fn require_tool(names: &[&str], package: &str) -> Option<String> {
    let on_path = |n: &&str| {
        std::env::var("PATH")
            .unwrap_or_default()
            .split(':')
            .map(|dir| Path::new(dir).join(n))
            .find(|p| p.is_file())
    };
    match names.iter().find_map(on_path) {
        Some(p) => Some(p.display().to_string()),
        None => crate::common::require_tool(names[0], package).map(|p| p.display().to_string()),
    }
}

/// The text of a DOCX: every `w:t` of word/document.xml, in order.
pub(crate) fn docx_text(path: &Path) -> String {
    let f = std::fs::File::open(path).unwrap();
    let mut z = zip::ZipArchive::new(f).expect("a DOCX is a zip");
    let mut xml = String::new();
    z.by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("t"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("")
}

/// The text of an HTML paper, its entities read back.
pub(crate) fn html_text(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .replace("&amp;", "&")
        .replace("&#39;", "'")
}

const LETTERHEAD: &[(&str, &str)] = &[
    ("commission-code", "KEPRI"),
    (
        "commission-name",
        "Komisi Informasi Provinsi Kepulauan Riau",
    ),
    (
        "commission-address",
        "Jl. Basuki Rahmat No. 1, Tanjungpinang",
    ),
    ("commission-phone", "0771-123456"),
    ("commission-email", "ki@kepriprov.go.id"),
    ("commission-city", "Tanjungpinang"),
    ("chair-name", "Dr. Hendri Kurniawan"),
    ("head-clerk-name", "Siti Aminah"),
];

/// The real 2014 case: received Monday 13 January 2014, first hearing Tuesday 28
/// January; the applicant absent from it, both present at the second; then decided.
fn scripted_case() -> TestEnv {
    let env = TestEnv::new();
    ok_on(&env, "2014-01-13", &["init"]);
    for (k, v) in LETTERHEAD {
        ok_on(&env, "2014-01-13", &["config", "set", k, v]);
    }
    ok_on(
        &env,
        "2014-01-13",
        &[
            "case",
            "add",
            "--received",
            "2014-01-13",
            "--applicant",
            "Budi Santoso",
            "--body",
            "Dinas Pendidikan Kota Batam",
            "--subject",
            "Daftar penerima dana BOS 2013",
        ],
    );
    ok_on(
        &env,
        "2014-01-15",
        &["case", "qualify", "2014/1", "--on", "2014-01-15"],
    );
    for (on_date, kind) in [("2014-01-28", "preliminary"), ("2014-02-04", "evidence")] {
        ok_on(
            &env,
            "2014-01-22",
            &[
                "hearing",
                "schedule",
                "2014/1",
                "--on",
                on_date,
                "--at",
                "09:00",
                "--kind",
                kind,
                "--room",
                "Ruang Sidang KI Kepri",
            ],
        );
    }
    ok_on(
        &env,
        "2014-01-28",
        &[
            "hearing",
            "held",
            "2014/1",
            "1",
            "--applicant",
            "absent",
            "--respondent",
            "present",
        ],
    );
    ok_on(
        &env,
        "2014-02-04",
        &[
            "hearing",
            "held",
            "2014/1",
            "2",
            "--applicant",
            "present",
            "--respondent",
            "present",
        ],
    );
    ok_on(
        &env,
        "2014-02-18",
        &[
            "case",
            "decide",
            "2014/1",
            "--via",
            "adjudication",
            "--outcome",
            "granted",
            "--on",
            "2014-02-18",
            "--decision-no",
            "005/II/KI-KEPRI-PS-A/2014",
        ],
    );
    env
}

/// Every paper of the case, in both outputs, as drafts (the case file's facts are not
/// in this register yet), each with the facts of the table that it holds.
#[test]
fn a_case_from_filing_to_the_copy_of_its_decision_prints_every_paper() {
    let env = scripted_case();
    let common = [
        "001/I/KI-KEPRI-PS/2014",
        "Budi Santoso",
        "Dinas Pendidikan Kota Batam",
        "KOMISI INFORMASI PROVINSI KEPULAUAN RIAU",
    ];
    let papers: &[(&str, &[&str], &[&str])] = &[
        (
            "registration",
            &["--item", "Formulir permohonan"],
            &[
                "Senin, 13 Januari 2014",
                "Rabu, 15 Januari 2014",
                "Daftar penerima dana BOS 2013",
                "Formulir permohonan",
                "Siti Aminah",
            ],
        ),
        (
            "pemberitahuan",
            &["--item", "Fotokopi KTP"],
            &["Fotokopi KTP", "7 (tujuh)", "Senin, 3 Maret 2014"],
        ),
        (
            "panggilan",
            &["--hearing", "1", "--party", "applicant"],
            &[
                "ke-1",
                "Selasa, 28 Januari 2014",
                "pukul 09.00 WIB",
                "Ruang Sidang KI Kepri",
                "pemeriksaan awal",
                "Pemohon",
                "gugur",
                "Pasal 31",
            ],
        ),
        (
            "relaas",
            &["--hearing", "1", "--party", "respondent"],
            &["RELAAS", "Selasa, 28 Januari 2014", "Termohon"],
        ),
        (
            "berita-acara",
            &["--hearing", "2"],
            &[
                "BERITA ACARA SIDANG",
                "ke-2",
                "Selasa, 4 Februari 2014",
                "hadir",
                "pembuktian",
            ],
        ),
        // One absence is not two: the draft lists none (the lapse rests on two, as
        // `case show` counts them), its rows left blank.
        ("lapse", &[], &["PENETAPAN GUGUR"]),
        (
            "salinan-putusan",
            &["--party", "applicant"],
            &[
                "005/II/KI-KEPRI-PS-A/2014",
                "Selasa, 18 Februari 2014",
                "dikabulkan seluruhnya",
            ],
        ),
    ];
    for (kind, extra, facts) in papers {
        for format in ["html", "docx"] {
            let file = env.dir().join(format!("{kind}.{format}"));
            let mut args = vec!["doc", kind, "2014/1", "--draft", "--format", format, "-o"];
            args.push(file.to_str().unwrap());
            args.extend_from_slice(extra);
            let out = ok_on(&env, "2014-02-20", &args);
            assert!(out.stderr.contains("not issued"), "{}", out.stderr);
            let text = if format == "html" {
                html_text(&file)
            } else {
                docx_text(&file)
            };
            for fact in common.iter().chain(facts.iter()) {
                let found =
                    text.contains(fact) || text.to_uppercase().contains(&fact.to_uppercase());
                assert!(found, "{kind}.{format} lacks {fact:?}:\n{text}");
            }
            assert!(
                text.contains('…'),
                "{kind}.{format}: a draft shows its blanks"
            );
        }
    }
    // Drafts are not acts: no letter number was taken.
    assert!(
        !ok_on(&env, "2014-02-20", &["case", "show", "2014/1"])
            .stdout
            .contains("Papers issued")
    );
    // A draft prints as its issued paper does (the same template, blanks for the facts
    // not yet known); every kind's issued paper is printed in `test_papers_issued`, so
    // one draft here proves the blanks do not break the A4 page.
    print_to_pdf(&env, papers.iter().map(|p| p.0).take(1));
}

/// A paper that lacks facts is refused (exit 3), each missing fact with its command.
#[test]
fn a_paper_lacking_facts_is_refused_with_the_commands_that_record_them() {
    let env = scripted_case();
    let out = on(
        &env,
        "2014-01-22",
        &[
            "doc",
            "summons",
            "2014/1",
            "--hearing",
            "1",
            "--party",
            "applicant",
        ],
    );
    assert_eq!(out.code, 3, "{}", out.stderr);
    for want in [
        "panel.chair",
        "sengketa case assign CASE --chair",
        "party.address",
        "sengketa case edit CASE --applicant-address",
        "--draft",
    ] {
        assert!(out.stderr.contains(want), "{want}: {}", out.stderr);
    }
    let out = on(
        &env,
        "2014-01-22",
        &["doc", "summons", "2014/1", "--hearing", "9", "--draft"],
    );
    assert_ne!(out.code, 0);
}

/// The summons of the real 2014 case is dated as a clerk writes it.
#[test]
fn the_2014_summons_is_dated_in_words() {
    let env = scripted_case();
    let out = ok_on(
        &env,
        "2014-01-22",
        &[
            "doc",
            "summons",
            "2014/1",
            "--hearing",
            "1",
            "--party",
            "applicant",
            "--draft",
        ],
    );
    assert!(
        out.stdout
            .contains("<td>Hari, tanggal</td><td>Selasa, 28 Januari 2014</td>"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("<td>Waktu</td><td>pukul 09.00 WIB</td>")
    );
    assert!(out.stdout.contains("Tanjungpinang, 22 Januari 2014"));
    ok_on(&env, "2014-01-22", &["config", "set", "timezone", "WITA"]);
    let out = ok_on(
        &env,
        "2014-01-22",
        &["doc", "summons", "2014/1", "--hearing", "1", "--draft"],
    );
    assert!(out.stdout.contains("pukul 09.00 WITA"));
}

/// Issued papers: gapless letter numbers, acts in the chain, `doc verify` byte for byte,
/// `doc reissue` byte-identical, a template override checked and used.
#[test]
fn issued_papers_are_verified_reissued_and_follow_the_commissions_template() {
    let env = scripted_case();
    let day = "2014-03-03";
    ok_on(
        &env,
        day,
        &[
            "case",
            "add",
            "--received",
            "2014-03-03",
            "--applicant",
            "Ani",
            "--body",
            "Dinas Kesehatan",
            "--subject",
            "Anggaran 2013",
        ],
    );
    ok_on(&env, day, &["case", "withdraw", "2014/2", "--on", day]);
    let html = env.dir().join("w.html");
    let docx = env.dir().join("w.docx");
    let out = ok_on(
        &env,
        day,
        &["doc", "pembatalan", "2014/2", "-o", html.to_str().unwrap()],
    );
    assert!(
        out.stderr.contains("001/PAN/KI-KEPRI/III/2014"),
        "{}",
        out.stderr
    );
    let out = ok_on(
        &env,
        day,
        &[
            "doc",
            "withdrawal",
            "2014/2",
            "--format",
            "docx",
            "-o",
            docx.to_str().unwrap(),
        ],
    );
    assert!(
        out.stderr.contains("002/PAN/KI-KEPRI/III/2014"),
        "{}",
        out.stderr
    );
    let text = html_text(&html);
    for fact in [
        "001/PAN/KI-KEPRI/III/2014",
        "Senin, 3 Maret 2014",
        "tidak dapat diajukan kembali",
        "Dr. Hendri Kurniawan",
    ] {
        assert!(text.contains(fact), "{fact}");
    }
    assert!(
        docx_text(&docx).contains("002/PAN/KI-KEPRI/III/2014")
            || docx_text(&docx).contains("Dr. Hendri Kurniawan")
    );
    // verify names the act; one byte changed is refused with a failed check's code
    let out = ok_on(&env, day, &["doc", "verify", html.to_str().unwrap()]);
    assert!(
        out.stdout.contains("001/PAN/KI-KEPRI/III/2014") && out.stdout.contains("act "),
        "{}",
        out.stdout
    );
    ok_on(&env, day, &["doc", "verify", docx.to_str().unwrap()]);
    let mut bytes = std::fs::read(&docx).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 1;
    let changed = env.dir().join("changed.docx");
    std::fs::write(&changed, &bytes).unwrap();
    assert_eq!(
        on(&env, day, &["doc", "verify", changed.to_str().unwrap()]).code,
        1
    );
    // reissue: the same bytes, and no new number
    let again = env.dir().join("again.docx");
    ok_on(
        &env,
        "2014-06-01",
        &[
            "doc",
            "reissue",
            "002/PAN/KI-KEPRI/III/2014",
            "-o",
            again.to_str().unwrap(),
        ],
    );
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(&docx).unwrap()
    );
    assert_eq!(on(&env, day, &["doc", "reissue", "999/PAN/X/2014"]).code, 4);
    // a template with an unknown placeholder is refused with its line
    let bad = env.dir().join("bad.md");
    std::fs::write(
        &bad,
        "# AKTA\n\nNomor: {{ case.register_no }}\nAlamat: {{ case.alamat_palsu }}\n",
    )
    .unwrap();
    let out = on(
        &env,
        day,
        &[
            "doc",
            "template",
            "set",
            "withdrawal",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(
        out.stderr.contains("line 4") && out.stderr.contains("case.alamat_palsu"),
        "{}",
        out.stderr
    );
    let broken = env.dir().join("broken.md");
    std::fs::write(&broken, "# AKTA\n{% if case.subject %}\nno end\n").unwrap();
    assert_eq!(
        on(
            &env,
            day,
            &[
                "doc",
                "template",
                "set",
                "withdrawal",
                broken.to_str().unwrap()
            ]
        )
        .code,
        3
    );
    // a valid override is used by the next paper, and reset brings the shipped one back
    let good = env.dir().join("good.md");
    std::fs::write(&good, "# AKTA PEMBATALAN (TEMPLAT KOMISI)\n\nNomor {{ letter.number }}: {{ case.register_no }}, {{ case.withdrawn }}.\n\n| | {{ commission.chair }} |\n").unwrap();
    ok_on(
        &env,
        day,
        &[
            "doc",
            "template",
            "set",
            "withdrawal",
            good.to_str().unwrap(),
        ],
    );
    let shown = ok_on(&env, day, &["doc", "template", "show", "withdrawal"]).stdout;
    assert!(shown.contains("TEMPLAT KOMISI"));
    let out = ok_on(&env, day, &["doc", "withdrawal", "2014/2"]);
    assert!(
        out.stdout.contains("TEMPLAT KOMISI") && out.stdout.contains("003/PAN/KI-KEPRI/III/2014"),
        "{}",
        out.stdout
    );
    ok_on(&env, day, &["doc", "template", "reset", "withdrawal"]);
    assert!(
        !ok_on(&env, day, &["doc", "withdrawal", "2014/2"])
            .stdout
            .contains("TEMPLAT KOMISI")
    );
    // case show lists the papers; the whole register verifies
    let show = ok_on(&env, day, &["case", "show", "2014/2"]).stdout;
    for n in ["001/PAN", "002/PAN", "003/PAN", "004/PAN"] {
        assert!(show.contains(n), "{n}: {show}");
    }
    ok_on(&env, day, &["verify"]);
    // a stored paper changed behind the register's back is found by verify
    env.sqlite("PRAGMA foreign_keys=off; DROP TRIGGER papers_append_only_update; UPDATE papers SET output = 'QUJD' WHERE serial = 1;");
    assert_ne!(on(&env, day, &["verify"]).code, 0);
}

/// A logo that is not a PNG or JPEG is refused when set; a PNG is embedded in both outputs.
#[test]
fn the_logo_is_checked_when_set_and_embedded() {
    let env = scripted_case();
    let gif = env.dir().join("logo.gif");
    std::fs::write(&gif, b"GIF89a\x01\x00\x01\x00").unwrap();
    let out = on(
        &env,
        "2014-01-22",
        &["config", "set", "commission-logo", gif.to_str().unwrap()],
    );
    assert_eq!(out.code, 3);
    assert!(out.stderr.contains("PNG or JPEG"), "{}", out.stderr);
    let png = env.dir().join("logo.png");
    std::fs::write(&png, PIXEL_PNG).unwrap();
    ok_on(
        &env,
        "2014-01-22",
        &["config", "set", "commission-logo", png.to_str().unwrap()],
    );
    let out = ok_on(&env, "2014-01-22", &["doc", "lapse", "2014/1", "--draft"]);
    assert!(
        out.stdout
            .contains("src=\"data:image/png;base64,iVBORw0KGgo")
    );
    assert!(!out.stdout.contains("http://") || out.stdout.matches("http").count() == 0);
    let docx = env.dir().join("l.docx");
    ok_on(
        &env,
        "2014-01-22",
        &[
            "doc",
            "lapse",
            "2014/1",
            "--draft",
            "--format",
            "docx",
            "-o",
            docx.to_str().unwrap(),
        ],
    );
    let mut z = zip::ZipArchive::new(std::fs::File::open(&docx).unwrap()).unwrap();
    let mut img = Vec::new();
    z.by_name("word/media/logo.png")
        .unwrap()
        .read_to_end(&mut img)
        .unwrap();
    assert_eq!(img, PIXEL_PNG);
}

pub(crate) const PIXEL_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53,
    0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8, 0xFF, 0xFF, 0x3F,
    0x00, 0x05, 0xFE, 0x02, 0xFE, 0xDC, 0xCC, 0x59, 0xE7, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E,
    0x44, 0xAE, 0x42, 0x60, 0x82,
];

/// Each DOCX converts to PDF with LibreOffice, each HTML prints to an A4 PDF with
/// Chromium; skipped with a message where they are not installed. LibreOffice converts
/// every DOCX in one run while one Chromium prints every HTML file in turn
/// (`tests/chromium.py`): a Chromium started for each paper spent most of its second
/// starting, and made the papers' tests the suite's slowest.
pub(crate) fn print_to_pdf<'a>(env: &TestEnv, kinds: impl Iterator<Item = &'a str>) {
    let kinds: Vec<&str> = kinds.collect();
    let soffice = require_tool(&["soffice", "libreoffice"], "libreoffice-writer-nogui");
    let chromium = require_tool(&["chromium", "chromium-browser"], "chromium")
        .filter(|_| require_tool(&["python3"], "python3").is_some());
    std::thread::scope(|s| {
        if let Some(soffice) = &soffice {
            let kinds = &kinds;
            s.spawn(move || docx_to_pdf(env, soffice, kinds));
        }
        if let Some(chromium) = &chromium {
            html_to_a4_pdf(env, chromium, &kinds);
        }
    });
}

/// The DOCX files of `kinds` converted to PDF by one LibreOffice run.
fn docx_to_pdf(env: &TestEnv, soffice: &str, kinds: &[&str]) {
    let out_dir = env.dir().join("lo");
    let profile = format!(
        "-env:UserInstallation=file://{}",
        env.dir().join("lo-profile").display()
    );
    let mut cmd = std::process::Command::new(soffice);
    cmd.args([
        profile.as_str(),
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
    ])
    .arg(&out_dir);
    for k in kinds {
        cmd.arg(env.dir().join(format!("{k}.docx")));
    }
    let status = cmd.output().expect("soffice runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    for k in kinds {
        let pdf = std::fs::read(out_dir.join(format!("{k}.pdf"))).unwrap_or_default();
        assert!(pdf.starts_with(b"%PDF"), "{k}.docx did not convert");
    }
}

/// The HTML files of `kinds` printed to A4 PDFs by one Chromium (`tests/chromium.py`).
fn html_to_a4_pdf(env: &TestEnv, chromium: &str, kinds: &[&str]) {
    let jobs: String = kinds
        .iter()
        .map(|k| {
            let pdf = env.dir().join(format!("{k}-html.pdf"));
            let html = env.dir().join(format!("{k}.html"));
            format!("pdf {} file://{}\n", pdf.display(), html.display())
        })
        .collect();
    let mut child = std::process::Command::new("python3")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/chromium.py"))
        .env("CHROMIUM", chromium)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs tests/chromium.py");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("a pipe");
        stdin.write_all(jobs.as_bytes()).expect("the jobs written");
    }
    let out = child.wait_with_output().expect("tests/chromium.py ends");
    assert!(
        out.status.success(),
        "chromium: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    for k in kinds {
        a4_pdf(env, k);
    }
}

/// The PDF printed of `k`'s HTML is A4.
fn a4_pdf(env: &TestEnv, k: &str) {
    let pdf = env.dir().join(format!("{k}-html.pdf"));
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    assert!(bytes.starts_with(b"%PDF"), "{k}.html did not print");
    // A4 is 595.3 x 841.9 points; Chromium writes its MediaBox as 594.96 x 841.92.
    let text = String::from_utf8_lossy(&bytes);
    let a4 = (text.contains("594.9") || text.contains(" 595"))
        && (text.contains("841.9") || text.contains(" 842"));
    assert!(a4, "{k}: not A4");
}
