//! The clerk's papers issued from a full case file: a scripted case from filing to the
//! copy of its decision (its road to the dispute, the applicant's contacts and
//! representative, the body's PPID and superior, a panel of three with a mediator and a
//! clerk, two hearings with their summons served, one absence, the decision), a second
//! case withdrawn and a third that lapses after two served absences. Every paper of the
//! table is issued (not a draft) in HTML and DOCX, and each file is read back for each
//! fact the paper must carry; where LibreOffice and Chromium are installed each converts
//! to an A4 PDF.

use crate::common::TestEnv;
use crate::test_papers::{PIXEL_PNG, html_text, ok_on, print_to_pdf};
use std::io::Read;

const COMMISSION: &[(&str, &str)] = &[
    ("commission-code", "KEPRI"),
    (
        "commission-name",
        "Komisi Informasi Provinsi Kepulauan Riau",
    ),
    ("commission-address", "Jl. Basuki Rahmat No. 1"),
    ("commission-phone", "0771-123456"),
    ("commission-email", "ki@kepriprov.go.id"),
    ("commission-city", "Tanjungpinang"),
    ("chair-name", "Dr. Hendri Kurniawan"),
    ("head-clerk-name", "Siti Aminah"),
    ("timezone", "WIB"),
];

/// What a paper prints for a fact it lacks (a draft's blank).
const BLANK: &str = "…………";
const APPLICANT: &str = "Budi Santoso";
const BODY: &str = "Dinas Pendidikan Kota Batam";
const ADDRESS: &str = "Jl. Merdeka No. 12, Batam";
const PHONE: &str = "0812-7700-1234";
const EMAIL: &str = "budi.santoso@example.org";
const REP: &str = "Rahmat Hidayat, S.H.";
const REP_ADDRESS: &str = "Jl. Sudirman No. 8, Batam";
const PPID_ADDRESS: &str = "Jl. Engku Putri No. 1, Batam Centre";
const SUPERIOR_ADDRESS: &str = "Kantor Wali Kota Batam, Jl. Engku Putri No. 1";
const ROOM: &str = "Ruang Sidang Utama";
const PANEL: [&str; 3] = ["Dr. Hendri Kurniawan", "Arif Rahman", "Nur Aini"];
const MEDIATOR: &str = "Yusuf Mahendra";
const CLERK: &str = "Dewi Lestari";
const CLERK_PHONE: &str = "0771-555-019";
const DECISION_NO: &str = "005/II/KI-KEPRI-PS-A/2014";

/// A paper issued: its letter number and its text (tags dropped, spaces collapsed).
struct Issued {
    letter: String,
    text: String,
    file: std::path::PathBuf,
}

/// Issues `doc KIND CASE EXTRA` on `today` to `NAME.FORMAT` and reads it back.
fn issue(
    env: &TestEnv,
    today: &str,
    kind: &str,
    case: &str,
    extra: &[&str],
    format: &str,
    name: &str,
) -> Issued {
    let file = env.dir().join(format!("{name}.{format}"));
    let mut args = vec![
        "doc",
        kind,
        case,
        "--format",
        format,
        "-o",
        file.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = ok_on(env, today, &args);
    let letter = out
        .stderr
        .split_whitespace()
        .find(|w| w.contains("/PAN/KI-KEPRI/"))
        .unwrap_or_else(|| panic!("{kind} {case} was not issued: {}", out.stderr))
        .to_string();
    assert!(!out.stderr.contains("not issued"), "{}", out.stderr);
    let raw = if format == "html" {
        // The HTML's words: a closing tag or a break ends a cell or a line (a space), an
        // opening tag is nothing, as the DOCX's paragraphs are read below.
        let html = html_text(&file);
        let mut text = String::new();
        let mut tag = None::<String>;
        for c in html.chars() {
            match (&mut tag, c) {
                (None, '<') => tag = Some(String::new()),
                (Some(t), '>') => {
                    if t.starts_with('/') || t.starts_with("br") {
                        text.push(' ');
                    }
                    tag = None;
                }
                (Some(t), c) => t.push(c),
                (None, c) => text.push(c),
            }
        }
        text.replace("&lt;", "<").replace("&gt;", ">")
    } else {
        docx_paragraphs(&file)
    };
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text
        .replace(" ,", ",")
        .replace(" .", ".")
        .replace(" )", ")");
    Issued { letter, text, file }
}

/// A DOCX's paragraphs (and so its table cells), each its runs joined, one space apart.
fn docx_paragraphs(path: &std::path::Path) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).expect("a zip");
    let mut xml = String::new();
    z.by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("p"))
        .map(|p| {
            p.descendants()
                .filter(|n| n.has_tag_name("t"))
                .filter_map(|n| n.text())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_has(paper: &Issued, what: &str, facts: &[&str]) {
    for fact in facts {
        let found =
            paper.text.contains(fact) || paper.text.to_uppercase().contains(&fact.to_uppercase());
        assert!(found, "{what} lacks {fact:?}:\n{}", paper.text);
    }
    // No fact left blank; the minutes alone keep three blanks: the proceedings, to be
    // written at the hearing.
    let blanks = if what.starts_with("minutes") { 3 } else { 0 };
    assert_eq!(
        paper.text.matches(BLANK).count(),
        blanks,
        "{what}: blanks:\n{}",
        paper.text
    );
}

/// The letterhead every issued paper carries, the logo embedded.
fn assert_letterhead(paper: &Issued, what: &str) {
    let facts: Vec<&str> = COMMISSION
        .iter()
        .filter(|(k, _)| {
            matches!(
                *k,
                "commission-name" | "commission-address" | "commission-phone" | "commission-email"
            )
        })
        .map(|(_, v)| *v)
        .chain([paper.letter.as_str(), "Tanjungpinang, "])
        .collect();
    assert_has(paper, what, &facts);
    if paper.file.extension().is_some_and(|e| e == "html") {
        let html = std::fs::read_to_string(&paper.file).unwrap();
        assert!(
            html.contains("src=\"data:image/png;base64,iVBORw0KGgo"),
            "{what}: no logo"
        );
    } else {
        let mut z = zip::ZipArchive::new(std::fs::File::open(&paper.file).unwrap()).unwrap();
        let mut img = Vec::new();
        z.by_name("word/media/logo.png")
            .unwrap_or_else(|_| panic!("{what}: no logo"))
            .read_to_end(&mut img)
            .unwrap();
        assert_eq!(img, PIXEL_PNG, "{what}: the logo");
    }
}

/// The register: the scripted case 2014/1, a withdrawn 2014/2, a lapsing 2014/3.
fn register() -> TestEnv {
    let env = TestEnv::new();
    let d = "2014-01-13";
    ok_on(&env, d, &["init"]);
    for (k, v) in COMMISSION {
        ok_on(&env, d, &["config", "set", k, v]);
    }
    let logo = env.dir().join("logo.png");
    std::fs::write(&logo, PIXEL_PNG).unwrap();
    ok_on(
        &env,
        d,
        &["config", "set", "commission-logo", logo.to_str().unwrap()],
    );
    // The road: a request, the PPID's answer, the objection, the superior's answer on
    // Monday 6 January 2014; received a week later, in the 14 working days after it.
    let out = ok_on(
        &env,
        d,
        &[
            "case",
            "add",
            "--received",
            d,
            "--applicant",
            APPLICANT,
            "--body",
            BODY,
            "--subject",
            "Daftar penerima dana BOS 2013",
            "--applicant-address",
            ADDRESS,
            "--applicant-phone",
            PHONE,
            "--applicant-email",
            EMAIL,
            "--rep-name",
            REP,
            "--rep-address",
            REP_ADDRESS,
            "--rep-authorised",
            "2014-01-08",
            "--requested",
            "2013-11-04",
            "--ppid-answered",
            "2013-11-15",
            "--objected",
            "2013-11-25",
            "--superior-answered",
            "2014-01-06",
            "--ground",
            "c",
            "--ground",
            "e",
        ],
    );
    assert!(out.stderr.contains("in time"), "{}", out.stderr);
    ok_on(
        &env,
        d,
        &[
            "body",
            "set",
            BODY,
            "--ppid-address",
            PPID_ADDRESS,
            "--superior-name",
            "Wali Kota Batam",
            "--superior-address",
            SUPERIOR_ADDRESS,
        ],
    );
    for name in PANEL {
        ok_on(&env, d, &["person", "add", name, "--role", "commissioner"]);
    }
    ok_on(&env, d, &["person", "add", MEDIATOR, "--role", "mediator"]);
    ok_on(
        &env,
        d,
        &[
            "person",
            "add",
            CLERK,
            "--role",
            "clerk",
            "--phone",
            CLERK_PHONE,
        ],
    );
    env
}

fn assign(env: &TestEnv, today: &str, case: &str) {
    ok_on(
        env,
        today,
        &[
            "case",
            "assign",
            case,
            "--chair",
            PANEL[0],
            "--member",
            PANEL[1],
            "--member",
            PANEL[2],
            "--mediator",
            MEDIATOR,
            "--clerk",
            CLERK,
        ],
    );
}

fn schedule(env: &TestEnv, today: &str, case: &str, on: &str, kind: &str) {
    ok_on(
        env,
        today,
        &[
            "hearing", "schedule", case, "--on", on, "--at", "09:00", "--kind", kind, "--room",
            ROOM,
        ],
    );
}

fn serve(env: &TestEnv, today: &str, case: &str, no: &str, party: &str, how: &str) {
    ok_on(
        env,
        today,
        &[
            "hearing",
            "served",
            case,
            no,
            "--party",
            party,
            "--on",
            today,
            "--how",
            how,
            "--result",
            "delivered",
        ],
    );
}

fn held(env: &TestEnv, today: &str, case: &str, no: &str, applicant: &str) {
    ok_on(
        env,
        today,
        &[
            "hearing",
            "held",
            case,
            no,
            "--applicant",
            applicant,
            "--respondent",
            "present",
        ],
    );
}

/// Filing to the copy of the decision: every paper of the table, issued in both
/// outputs, each with the facts of the issue's table.
#[test]
fn every_paper_is_issued_with_every_fact_of_the_case_file() {
    let env = register();
    let c = "2014/1";
    let regno = "001/I/KI-KEPRI-PS/2014";
    let show: serde_json::Value = serde_json::from_str(
        &ok_on(&env, "2014-01-13", &["case", "show", c, "--format", "json"]).stdout,
    )
    .unwrap();
    assert_eq!(show["filing"]["status"], "in_time", "{show}");
    // One issued paper of each kind is printed to PDF at the end: the kind's other papers
    // are the same template with other facts, and each is read back fact by fact.
    let mut kinds: Vec<(String, String)> = Vec::new();
    let mut issued = 0;
    let mut check = |today: &str, kind: &str, case: &str, extra: &[&str], facts: &[&str]| {
        let name = format!("{kind}-{issued}");
        issued += 1;
        let mut letters = Vec::new();
        for format in ["html", "docx"] {
            let what = format!("{kind} {extra:?}.{format}");
            let paper = issue(&env, today, kind, case, extra, format, &name);
            assert_letterhead(&paper, &what);
            assert_has(&paper, &what, facts);
            letters.push(paper.letter);
        }
        assert_ne!(letters[0], letters[1], "each issue takes its own number");
        if !kinds.iter().any(|(k, _)| k == kind) {
            kinds.push((kind.to_string(), name));
        }
    };

    // Received incomplete: 7 working days from Monday 13 January 2014, Tuesday 14
    // January (Maulid Nabi) not counted: Thursday 23 January.
    check(
        "2014-01-13",
        "incomplete",
        c,
        &["--item", "Fotokopi KTP"],
        &[
            regno,
            APPLICANT,
            ADDRESS,
            "Fotokopi KTP",
            "7 (tujuh)",
            "Kamis, 23 Januari 2014",
        ],
    );
    assign(&env, "2014-01-15", c);
    ok_on(
        &env,
        "2014-01-15",
        &["case", "qualify", c, "--on", "2014-01-15"],
    );
    check(
        "2014-01-15",
        "registration",
        c,
        &["--item", "Formulir permohonan"],
        &[
            regno,
            "Senin, 13 Januari 2014",
            "Rabu, 15 Januari 2014",
            APPLICANT,
            ADDRESS,
            PHONE,
            EMAIL,
            REP,
            REP_ADDRESS,
            "Rabu, 8 Januari 2014",
            BODY,
            PPID_ADDRESS,
            SUPERIOR_ADDRESS,
            "permintaan informasi tidak ditanggapi",
            "permintaan informasi tidak dipenuhi",
            "Daftar penerima dana BOS 2013",
            "Formulir permohonan",
            "Siti Aminah",
        ],
    );
    schedule(&env, "2014-01-22", c, "2014-01-28", "preliminary");
    schedule(&env, "2014-01-22", c, "2014-02-04", "evidence");
    let hearings = [
        ("1", "ke-1", "Selasa, 28 Januari 2014", "pemeriksaan awal"),
        ("2", "ke-2", "Selasa, 4 Februari 2014", "pembuktian"),
    ];
    for (no, ordinal, date, agenda) in hearings {
        for (party, role, to, address) in [
            ("applicant", "Pemohon", APPLICANT, ADDRESS),
            ("respondent", "Termohon", BODY, PPID_ADDRESS),
        ] {
            let sidang = format!("sidang {ordinal}");
            let mut facts = vec![
                regno,
                sidang.as_str(),
                date,
                "pukul 09.00 WIB",
                ROOM,
                agenda,
                role,
                to,
                address,
                PANEL[0],
                PANEL[1],
                PANEL[2],
                MEDIATOR,
                CLERK,
                CLERK_PHONE,
                "secara tertulis",
                "surat kuasa",
                "gugur",
            ];
            if party == "applicant" {
                facts.extend([REP, REP_ADDRESS]);
            }
            check(
                "2014-01-22",
                "summons",
                c,
                &["--hearing", no, "--party", party],
                &facts,
            );
        }
    }
    // The summons served: hearing 1 by courier and by hand, hearing 2 by email and post.
    serve(&env, "2014-01-23", c, "1", "applicant", "courier");
    serve(&env, "2014-01-24", c, "1", "respondent", "hand");
    serve(&env, "2014-01-29", c, "2", "applicant", "email");
    serve(&env, "2014-01-30", c, "2", "respondent", "post");
    for (no, ordinal, party, to, on, how) in [
        (
            "1",
            "ke-1",
            "applicant",
            APPLICANT,
            "Kamis, 23 Januari 2014",
            "kurir",
        ),
        (
            "1",
            "ke-1",
            "respondent",
            BODY,
            "Jumat, 24 Januari 2014",
            "diserahkan langsung",
        ),
        (
            "2",
            "ke-2",
            "applicant",
            APPLICANT,
            "Rabu, 29 Januari 2014",
            "surel",
        ),
        (
            "2",
            "ke-2",
            "respondent",
            BODY,
            "Kamis, 30 Januari 2014",
            "pos",
        ),
    ] {
        let when = format!("Tanggal {on}");
        let manner = format!("Cara {how}");
        check(
            "2014-01-31",
            "service",
            c,
            &["--hearing", no, "--party", party],
            &[
                regno,
                "RELAAS",
                ordinal,
                to,
                when.as_str(),
                manner.as_str(),
                "Hasil diterima",
                CLERK,
            ],
        );
    }
    held(&env, "2014-01-28", c, "1", "absent");
    held(&env, "2014-02-04", c, "2", "present");
    for (no, today, ordinal, date, agenda, attendance) in [
        (
            "1",
            "2014-01-28",
            "ke-1",
            "Selasa, 28 Januari 2014",
            "pemeriksaan awal",
            "Pemohon Budi Santoso tidak hadir",
        ),
        (
            "2",
            "2014-02-04",
            "ke-2",
            "Selasa, 4 Februari 2014",
            "pembuktian",
            "Pemohon Budi Santoso hadir",
        ),
    ] {
        let agenda_line = format!("Agenda: {agenda}");
        check(
            today,
            "minutes",
            c,
            &["--hearing", no],
            &[
                regno,
                "BERITA ACARA SIDANG",
                ordinal,
                date,
                "pukul 09.00 WIB",
                ROOM,
                agenda_line.as_str(),
                attendance,
                "Termohon Dinas Pendidikan Kota Batam hadir",
                PANEL[0],
                PANEL[1],
                PANEL[2],
                CLERK,
            ],
        );
    }
    ok_on(
        &env,
        "2014-02-18",
        &[
            "case",
            "decide",
            c,
            "--via",
            "adjudication",
            "--outcome",
            "granted",
            "--on",
            "2014-02-18",
            "--decision-no",
            DECISION_NO,
        ],
    );
    // The copy in time (1 working day after the reading) carries no warning; the one
    // sent on Wednesday 26 February, 6 working days after, warns.
    let decision = [
        regno,
        DECISION_NO,
        "Selasa, 18 Februari 2014",
        "dikabulkan seluruhnya",
    ];
    let mut facts = decision.to_vec();
    facts.extend([APPLICANT, ADDRESS, REP, REP_ADDRESS]);
    check(
        "2014-02-19",
        "decision-copy",
        c,
        &["--party", "applicant"],
        &facts,
    );
    let mut facts = decision.to_vec();
    facts.extend([BODY, PPID_ADDRESS, "6 (enam) hari kerja", "Pasal 59"]);
    check(
        "2014-02-26",
        "decision-copy",
        c,
        &["--party", "respondent"],
        &facts,
    );
    let on_time = issue(
        &env,
        "2014-02-19",
        "decision-copy",
        c,
        &["--party", "applicant"],
        "html",
        "dc-again",
    );
    assert!(!on_time.text.contains("Pasal 59"), "{}", on_time.text);

    // A second case, withdrawn: the deed of withdrawal.
    ok_on(
        &env,
        "2014-03-03",
        &[
            "case",
            "add",
            "--received",
            "2014-03-03",
            "--applicant",
            "Ani Wulandari",
            "--body",
            BODY,
            "--subject",
            "Anggaran 2013",
        ],
    );
    ok_on(
        &env,
        "2014-03-05",
        &["case", "withdraw", "2014/2", "--on", "2014-03-05"],
    );
    check(
        "2014-03-05",
        "withdrawal",
        "2014/2",
        &[],
        &[
            "002/III/KI-KEPRI-PS/2014",
            "Ani Wulandari",
            BODY,
            "Rabu, 5 Maret 2014",
            "Senin, 3 Maret 2014",
            "tidak dapat diajukan kembali",
            "Dr. Hendri Kurniawan",
        ],
    );

    // A third case: two hearings, the applicant summoned, served, and absent from both.
    let l = "2014/3";
    ok_on(
        &env,
        "2014-03-10",
        &[
            "case",
            "add",
            "--received",
            "2014-03-10",
            "--applicant",
            "Joko Prasetyo",
            "--body",
            BODY,
            "--subject",
            "Kontrak pengadaan 2013",
            "--applicant-address",
            "Jl. Pemuda No. 3, Tanjungpinang",
        ],
    );
    assign(&env, "2014-03-11", l);
    ok_on(
        &env,
        "2014-03-11",
        &["case", "qualify", l, "--on", "2014-03-11"],
    );
    schedule(&env, "2014-03-12", l, "2014-03-18", "preliminary");
    schedule(&env, "2014-03-12", l, "2014-03-25", "mediation");
    let summons: Vec<String> = ["1", "2"]
        .iter()
        .map(|no| {
            let extra = ["--hearing", no, "--party", "applicant"];
            issue(
                &env,
                "2014-03-12",
                "summons",
                l,
                &extra,
                "html",
                &format!("l-{no}"),
            )
            .letter
        })
        .collect();
    serve(&env, "2014-03-13", l, "1", "applicant", "post");
    serve(&env, "2014-03-20", l, "2", "applicant", "hand");
    held(&env, "2014-03-18", l, "1", "absent");
    held(&env, "2014-03-25", l, "2", "absent");
    check(
        "2014-03-26",
        "lapse",
        l,
        &[],
        &[
            "003/III/KI-KEPRI-PS/2014",
            "PENETAPAN GUGUR",
            "Joko Prasetyo",
            "ke-1",
            "Selasa, 18 Maret 2014",
            &format!(
                "surat {}, disampaikan Kamis, 13 Maret 2014, pos, diterima",
                summons[0]
            ),
            "ke-2",
            "Selasa, 25 Maret 2014",
            &format!(
                "surat {}, disampaikan Kamis, 20 Maret 2014, diserahkan langsung, diterima",
                summons[1]
            ),
            "Pasal 30",
            PANEL[0],
            CLERK,
        ],
    );
    ok_on(&env, "2014-03-26", &["verify"]);
    print_to_pdf(&env, kinds.iter().map(|(_, name)| name.as_str()));
}

/// `case show --format json` lists the papers issued; the archive carries them, so a
/// register rebuilt from it recognises an issued file and reissues it byte for byte.
#[test]
fn issued_papers_are_in_case_show_and_survive_the_archive() {
    let env = register();
    let c = "2014/1";
    assign(&env, "2014-01-15", c);
    ok_on(
        &env,
        "2014-01-15",
        &["case", "qualify", c, "--on", "2014-01-15"],
    );
    schedule(&env, "2014-01-22", c, "2014-01-28", "preliminary");
    let summons = issue(
        &env,
        "2014-01-22",
        "summons",
        c,
        &["--hearing", "1", "--party", "applicant"],
        "docx",
        "summons",
    );
    let reg = issue(
        &env,
        "2014-01-22",
        "registration",
        c,
        &["--item", "Formulir permohonan"],
        "html",
        "registration",
    );
    let show: serde_json::Value = serde_json::from_str(
        &ok_on(&env, "2014-01-22", &["case", "show", c, "--format", "json"]).stdout,
    )
    .unwrap();
    let papers = show["papers"].as_array().expect("a papers array");
    assert_eq!(papers.len(), 2, "{show}");
    let sha = |p: &std::path::Path| {
        let out = std::process::Command::new("sha256sum")
            .arg(p)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(papers[0]["kind"], "summons");
    assert_eq!(papers[0]["letter_no"], summons.letter.as_str());
    assert_eq!(papers[0]["hearing"], 1);
    assert_eq!(papers[0]["party"], "applicant");
    assert_eq!(papers[0]["format"], "docx");
    assert_eq!(papers[0]["sha256"], sha(&summons.file).as_str());
    assert!(papers[0]["act"].as_i64().is_some_and(|a| a > 0));
    assert_eq!(papers[1]["kind"], "registration");
    assert_eq!(papers[1]["letter_no"], reg.letter.as_str());
    assert_eq!(papers[1]["hearing"], serde_json::Value::Null);
    assert_eq!(papers[1]["party"], serde_json::Value::Null);
    assert_eq!(papers[1]["sha256"], sha(&reg.file).as_str());
    // A case without papers has an empty array.
    ok_on(
        &env,
        "2014-01-22",
        &[
            "case",
            "add",
            "--received",
            "2014-01-22",
            "--applicant",
            "Ani",
            "--body",
            BODY,
            "--subject",
            "Anggaran 2013",
        ],
    );
    let other: serde_json::Value = serde_json::from_str(
        &ok_on(
            &env,
            "2014-01-22",
            &["case", "show", "2014/2", "--format", "json"],
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(other["papers"], serde_json::json!([]));

    // Archived and rebuilt: the copy knows both files and reissues the same bytes.
    ok_on(
        &env,
        "2014-01-23",
        &["export", "--archive", "register.jsonl"],
    );
    let copy = |args: &[&str]| {
        let mut all = vec!["--db", "copy.db"];
        all.extend_from_slice(args);
        ok_on(&env, "2014-01-23", &all)
    };
    copy(&["import", "--archive", "register.jsonl"]);
    for paper in [&summons, &reg] {
        let out = copy(&["doc", "verify", paper.file.to_str().unwrap()]);
        assert!(out.stdout.contains(&paper.letter), "{}", out.stdout);
    }
    let again = env.dir().join("again.docx");
    copy(&[
        "doc",
        "reissue",
        &summons.letter,
        "-o",
        again.to_str().unwrap(),
    ]);
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(&summons.file).unwrap()
    );
    let shown: serde_json::Value =
        serde_json::from_str(&copy(&["case", "show", c, "--format", "json"]).stdout).unwrap();
    assert_eq!(shown["papers"], show["papers"]);
    copy(&["verify"]);
    // The next letter of the copy follows the archived ones: no number given twice.
    copy(&["case", "withdraw", "2014/2", "--on", "2014-01-23"]);
    let next = copy(&["doc", "withdrawal", "2014/2", "-o", "w.html"]);
    assert!(
        next.stderr.contains("003/PAN/KI-KEPRI/I/2014"),
        "{}",
        next.stderr
    );
}
