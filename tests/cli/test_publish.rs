//! `sengketa publish DIR`: the public docket, on a scripted register with names,
//! contacts, a void entry, hearings in the coming weeks, decisions and an appeal. Every
//! link resolves inside the folder; no applicant's name or contact is anywhere in it;
//! publishing again replaces it whole; the open data passes `frictionless validate`; the
//! feed parses; the index's figures are the recap's; Chromium renders the pages without
//! asking the network for anything.

use crate::common::{TestEnv, require_tool, require_tools, under_ci};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What the register holds of its applicants that no public page may show.
const PRIVATE: &[&str] = &[
    "Budi Santoso",
    "Budi",
    "Santoso",
    "Siti Aminah",
    "Aminah",
    "Yusuf Maulana",
    "Yusuf",
    "Dewi Lestari",
    "Lestari",
    "Jl. Melati No. 7",
    "Telanaipura",
    "0812-7788-9900",
    "budi.santoso@contoh.id",
    "Rahmat Hidayat",
    "Jl. Kenanga 12",
    "Perumahan Aur Duri",
    "0813-1111-2222",
    "siti.aminah@contoh.id",
    "Jl. Sudirman 44",
    "dewi@contoh.id",
    // The subject and a postponement's reason: a clerk's free text, naming people.
    "Anggaran jalan lingkungan",
    "berhalangan",
];

/// The scripted register: four cases, the third voided after the first publish.
fn register() -> TestEnv {
    let env = TestEnv::initialised();
    let steps: &[&[&str]] = &[
        &[
            "config",
            "set",
            "commission-name",
            "Komisi Informasi Provinsi Jambi",
        ],
        &[
            "case",
            "add",
            "--received",
            "2026-03-02",
            "--applicant",
            "Budi Santoso",
            "--body",
            "Dinas PUPR Provinsi Jambi",
            "--subject",
            "Anggaran jalan lingkungan",
            "--applicant-address",
            "Jl. Melati No. 7, Telanaipura",
            "--applicant-phone",
            "0812-7788-9900",
            "--applicant-email",
            "budi.santoso@contoh.id",
            "--rep-name",
            "Rahmat Hidayat",
            "--rep-address",
            "Jl. Kenanga 12",
            "--ground",
            "c",
        ],
        &[
            "case",
            "add",
            "--received",
            "2026-04-06",
            "--applicant",
            "Siti Aminah",
            "--body",
            "Sekretariat DPRD Kota Jambi",
            "--subject",
            "Daftar hadir",
            "--applicant-address",
            "Perumahan Aur Duri",
            "--applicant-phone",
            "0813-1111-2222",
            "--applicant-email",
            "siti.aminah@contoh.id",
            "--ground",
            "e",
        ],
        &[
            "case",
            "add",
            "--received",
            "2026-05-04",
            "--applicant",
            "Yusuf Maulana",
            "--body",
            "Dinas PUPR Provinsi Jambi",
            "--subject",
            "Kontrak",
        ],
        &[
            "case",
            "add",
            "--received",
            "2026-09-01",
            "--applicant",
            "Dewi Lestari",
            "--body",
            "RSUD Raden Mattaher",
            "--subject",
            "Tarif",
            "--applicant-address",
            "Jl. Sudirman 44",
            "--applicant-email",
            "dewi@contoh.id",
        ],
        &["case", "qualify", "2026/1", "--on", "2026-03-09"],
        &[
            "case",
            "decide",
            "2026/1",
            "--via",
            "adjudication",
            "--outcome",
            "granted",
            "--on",
            "2026-06-22",
            "--decision-no",
            "001/VI/KI-JBI-PS-A/2026",
        ],
        &["case", "serve", "2026/1", "--on", "2026-06-24"],
        &[
            "appeal",
            "file",
            "2026/1",
            "--court",
            "ptun",
            "--by",
            "respondent",
            "--on",
            "2026-07-01",
            "--court-no",
            "12/G/KI/2026/PTUN.JBI",
        ],
        &["case", "qualify", "2026/2", "--on", "2026-04-13"],
        &[
            "case",
            "decide",
            "2026/2",
            "--via",
            "mediation",
            "--outcome",
            "agreement",
            "--on",
            "2026-08-10",
        ],
        &["case", "qualify", "2026/4", "--on", "2026-09-08"],
        &[
            "hearing",
            "schedule",
            "2026/4",
            "--on",
            "2026-12-01",
            "--at",
            "09:00",
            "--kind",
            "preliminary",
            "--room",
            "Ruang Sidang 1",
            "--panel",
            "Majelis A",
        ],
        &[
            "hearing",
            "schedule",
            "2026/4",
            "--on",
            "2026-12-08",
            "--at",
            "10:30",
            "--kind",
            "evidence",
            "--room",
            "Ruang Sidang 2",
            "--panel",
            "Majelis A",
        ],
        &[
            "hearing",
            "postpone",
            "2026/4",
            "2",
            "--to",
            "2026-12-10",
            "--reason",
            "Dewi Lestari berhalangan",
        ],
        &[
            "hearing",
            "schedule",
            "2026/3",
            "--on",
            "2026-12-02",
            "--at",
            "13:00",
            "--kind",
            "preliminary",
            "--room",
            "Ruang Sidang 1",
        ],
    ];
    for step in steps {
        env.ok(step);
    }
    // The clerk's folder of decisions: the first decision's file only.
    let decisions = env.dir().join("putusan-asli");
    std::fs::create_dir(&decisions).unwrap();
    std::fs::write(
        decisions.join("001-III-KI-JBI-PS-2026.pdf"),
        b"%PDF-1.4 putusan",
    )
    .unwrap();
    env.ok(&[
        "config",
        "set",
        "publish-decisions-dir",
        decisions.to_str().unwrap(),
    ]);
    env
}

/// Voids the third case: its hearing's scheduling undone first (a void entry has no step).
fn void_third(env: &TestEnv) {
    env.ok(&[
        "case",
        "undo",
        "2026/3",
        "--reason",
        "dicatat pada perkara yang salah",
    ]);
    env.ok(&["case", "void", "2026/3", "--reason", "mistake"]);
}

/// Every file under `dir`, by its path relative to it.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// The `href` and `src` values of a file.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        for (i, _) in text.match_indices(attr) {
            let rest = &text[i + attr.len()..];
            let value = &rest[..rest.find('"').unwrap()];
            // The templates escape the values they are given (`/` too).
            out.push(value.replace("&#x2f;", "/").replace("&amp;", "&"));
        }
    }
    out
}

/// The first ISO date (`2026-07-01`) in `text`, if any.
fn iso_date(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        (digits(0..4) && w[4] == b'-' && digits(5..7) && w[7] == b'-' && digits(8..10))
            .then(|| &text[i..i + 10])
    })
}

#[test]
fn the_docket_links_within_itself_and_names_nobody() {
    let env = register();
    let site = env.dir().join("situs");
    let out = env.run(&["publish", "situs"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    // The second decision has no file in the clerk's folder: said, and listed unlinked.
    assert!(
        out.stderr.contains("002/IV/KI-JBI-PS/2026"),
        "{}",
        out.stderr
    );
    let all = files(&site);
    let names: BTreeSet<String> = all.iter().map(|p| p.display().to_string()).collect();
    for page in [
        "index.html",
        "jadwal.html",
        "putusan.html",
        "feed.xml",
        "perkara/2026-1.html",
        "perkara/2026-2.html",
        "perkara/2026-3.html",
        "perkara/2026-4.html",
        "data/datapackage.json",
        "data/README.md",
        "data/perkara.csv",
        "data/perkara.json",
        "data/rekap.csv",
        "putusan/001-III-KI-JBI-PS-2026.pdf",
    ] {
        assert!(names.contains(page), "{page} missing from {names:?}");
    }
    let head = env.ok(&["verify", "--head"]);
    let head = head
        .split_whitespace()
        .find(|w| w.contains(':'))
        .unwrap()
        .to_string();
    for rel in &all {
        let path = site.join(rel);
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).to_string();
        let lower = text.to_lowercase();
        for value in PRIVATE {
            assert!(
                !lower.contains(&value.to_lowercase()),
                "{value:?} is in {}",
                rel.display()
            );
        }
        if rel.extension().is_some_and(|e| e == "html") {
            assert!(
                text.contains(&head),
                "{} lacks the chain's head {head}",
                rel.display()
            );
            assert!(!text.contains("<script"), "{}", rel.display());
            // A reader is shown dates as written ("1 Juli 2026"), never ISO.
            assert_eq!(iso_date(&text), None, "{}", rel.display());
        }
        for link in links(&text) {
            if link == "http://www.w3.org/2005/Atom" {
                continue;
            }
            assert!(
                !link.contains(':') && !link.starts_with('/'),
                "{} links outside: {link}",
                rel.display()
            );
            let target = path.parent().unwrap().join(link.split('#').next().unwrap());
            let target = target.canonicalize().unwrap_or_else(|_| {
                panic!("{} links to {link}, which is not there", rel.display())
            });
            assert!(target.starts_with(site.canonicalize().unwrap()), "{link}");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o644, "{}", rel.display());
            let dir_mode = std::fs::metadata(path.parent().unwrap())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(dir_mode & 0o777, 0o755, "{}", rel.display());
        }
    }
    // The pseudonym stands for the applicant; the schedule holds the coming hearings,
    // the postponed one at its new date.
    let jadwal = std::fs::read_to_string(site.join("jadwal.html")).unwrap();
    assert!(jadwal.contains("Pemohon 2026-4"), "{jadwal}");
    assert!(jadwal.contains("Selasa, 1 Desember 2026") && jadwal.contains("pukul 09.00 WIB"));
    assert!(jadwal.contains("Kamis, 10 Desember 2026") && jadwal.contains("Majelis A"));
    let putusan = std::fs::read_to_string(site.join("putusan.html")).unwrap();
    assert!(putusan.contains("001/VI/KI-JBI-PS-A/2026"));
    assert!(putusan.contains("href=\"putusan/001-III-KI-JBI-PS-2026.pdf\""));
    let case1 = std::fs::read_to_string(site.join("perkara/2026-1.html")).unwrap();
    assert!(case1.contains("12/G/KI/2026/PTUN.JBI"), "{case1}");
    assert!(case1.contains("diajukan 1 Juli 2026"), "{case1}");
}

#[test]
fn publishing_again_replaces_the_folder_and_a_voided_case_is_gone() {
    let env = register();
    let site = env.dir().join("situs");
    env.ok(&["publish", "situs"]);
    std::fs::write(site.join("stray.html"), "left by hand").unwrap();
    void_third(&env);
    env.ok(&["publish", "situs"]);
    assert!(!site.join("stray.html").exists());
    assert!(!site.join("perkara/2026-3.html").exists());
    assert!(site.join("perkara/2026-4.html").exists());
    for rel in files(&site) {
        let text = String::from_utf8_lossy(&std::fs::read(site.join(&rel)).unwrap()).to_string();
        assert!(
            !text.contains("003/V/KI-JBI-PS/2026"),
            "the void entry is in {}",
            rel.display()
        );
    }
    let siblings: Vec<String> = std::fs::read_dir(env.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".situs"))
        .collect();
    assert!(siblings.is_empty(), "left behind: {siblings:?}");
    // A folder no publish wrote is never replaced.
    std::fs::create_dir(env.dir().join("mine")).unwrap();
    std::fs::write(env.dir().join("mine/notes.txt"), "mine").unwrap();
    let out = env.run(&["publish", "mine"]);
    assert_eq!(out.code, 3, "{}", out.snapshot());
    assert!(out.stderr.contains("sengketa publish"), "{}", out.stderr);
    assert!(env.dir().join("mine/notes.txt").exists());
}

#[test]
fn the_feed_parses_and_names_each_act_for_good() {
    let env = register();
    env.ok(&["publish", "situs"]);
    let feed = std::fs::read_to_string(env.dir().join("situs/feed.xml")).unwrap();
    let doc = roxmltree::Document::parse(&feed).expect("the feed is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "feed");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let entries: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    let ids: Vec<&str> = entries
        .iter()
        .map(|e| {
            e.children()
                .find(|n| n.has_tag_name("id"))
                .unwrap()
                .text()
                .unwrap()
        })
        .collect();
    // Two decisions, three schedulings and a postponement (the voided case's scheduling
    // too, until it is undone and the case voided).
    assert_eq!(ids.len(), 6, "{feed}");
    assert!(
        ids.iter()
            .all(|id| id.starts_with("tag:sengketa,2026:register-")),
        "{ids:?}"
    );
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), ids.len());
    // Publishing again gives the same acts the same ids.
    void_third(&env);
    env.ok(&["publish", "situs"]);
    let again = std::fs::read_to_string(env.dir().join("situs/feed.xml")).unwrap();
    let doc = roxmltree::Document::parse(&again).unwrap();
    let later: BTreeSet<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .map(|e| {
            e.children()
                .find(|n| n.has_tag_name("id"))
                .unwrap()
                .text()
                .unwrap()
        })
        .collect();
    // The undone scheduling is gone, the void case with it; the rest keep their ids.
    assert_eq!(later.len(), 5, "{again}");
    assert!(later.iter().all(|id| ids.contains(id)));
}

/// The index's figures are `recap --format json`'s, key by key: the year's row of the
/// yearly recap, the flow and the clearance rate, the total row of the open cases' ages,
/// the waiting time.
#[test]
fn the_figures_of_the_year_are_the_recaps() {
    let env = register();
    env.ok(&["publish", "situs", "--year", "2026"]);
    let index = std::fs::read_to_string(env.dir().join("situs/index.html")).unwrap();
    let year = || Some(serde_json::Value::from(2026));
    for (view, args, lead) in [
        ("recap", &["--year", "2026"][..], year()),
        ("flow", &["--year", "2026", "--flow"][..], year()),
        ("clearance", &["--year", "2026", "--clearance"][..], year()),
        ("ages", &["--ages"][..], Some("total".into())),
        ("waiting", &["--waiting"][..], None),
    ] {
        let mut cmd = vec!["recap", "--format", "json"];
        cmd.extend_from_slice(args);
        let json: serde_json::Value = serde_json::from_str(&env.ok(&cmd)).unwrap();
        let rows = json["rows"].as_array().unwrap();
        let row: &serde_json::Value = match &lead {
            Some(lead) => rows.iter().find(|r| &r["year"] == lead).unwrap(),
            None => &rows[0],
        };
        let table = &index[index.find(&format!("data-view=\"{view}\"")).unwrap()..];
        let table = &table[..table.find("</table>").unwrap()];
        let mut seen = 0;
        for (key, value) in row.as_object().unwrap() {
            if key == "year" {
                continue;
            }
            let raw = match value {
                serde_json::Value::Null => String::new(),
                v => v.to_string(),
            };
            let cell = format!("data-key=\"{key}\" data-value=\"{raw}\">");
            assert!(table.contains(&cell), "{view}: {cell} not in {table}");
            seen += 1;
        }
        assert!(seen >= 3, "{view}: {row}");
        // No figure but the row's: not its year, not another row's.
        assert_eq!(table.matches("data-key=").count(), seen, "{view}: {table}");
    }
    // Read as a reader writes them: a rate as a percentage, a decimal comma.
    let clearance = &index[index.find("data-key=\"clearance_rate\"").unwrap()..];
    let shown = &clearance[clearance.find('>').unwrap() + 1..clearance.find("</td>").unwrap()];
    assert!(shown == "-" || shown.ends_with(" %"), "{shown}");
}

/// `frictionless validate` (the Python tool, installed with pip where it is missing)
/// accepts the data package.
#[test]
fn the_open_data_is_a_valid_data_package() {
    if std::process::Command::new("frictionless")
        .arg("--version")
        .output()
        .is_err()
        && require_tool("python3", "python3").is_some()
    {
        // Debian's Python takes pip's installs only when told to (PEP 668); an older pip
        // knows no such flag.
        let pip = |extra: &[&str]| {
            std::process::Command::new("python3")
                .args(["-m", "pip", "install", "--quiet"])
                .args(extra)
                .arg("frictionless")
                .status()
                .is_ok_and(|s| s.success())
        };
        if !pip(&["--break-system-packages"]) {
            pip(&[]);
        }
    }
    let Some(tool) = require_tool("frictionless", "pip install frictionless") else {
        return;
    };
    let env = register();
    env.ok(&["publish", "situs"]);
    let out = std::process::Command::new(tool)
        .args(["validate", "--json"])
        .arg(env.dir().join("situs/data/datapackage.json"))
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    let report: serde_json::Value =
        serde_json::from_str(&String::from_utf8_lossy(&out.stdout)).unwrap();
    assert_eq!(report["valid"], true, "{text}");
    assert_eq!(report["tasks"].as_array().unwrap().len(), 6, "{text}");
}

/// Index and schedule in headless Chromium at desktop width and on a 390 px phone: not
/// blank, nothing asked of the network. Every kind of page printed to A4 PDF: every
/// table's header whole on the paper (tests/render_publish.sh). The pictures and PDFs
/// stay under target/ to look at.
#[test]
fn the_docket_renders_in_chromium() {
    if require_tools(&[
        ("chromium", "chromium"),
        ("python3", "python3"),
        ("pdftotext", "poppler-utils"),
    ])
    .is_none()
    {
        return;
    }
    let env = register();
    env.ok(&["publish", "situs"]);
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/publish-screenshots");
    let out = std::process::Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/render_publish.sh"
        ))
        .arg(env.dir().join("situs"))
        .arg(&shots)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() || (out.status.code() == Some(77) && !under_ci()),
        "{text}"
    );
    for name in [
        "index-desktop",
        "index-phone",
        "jadwal-desktop",
        "jadwal-phone",
    ] {
        assert!(shots.join(format!("{name}.png")).exists(), "{name}: {text}");
    }
    // A case page with hearings and one with appeals: between them every kind of table.
    for name in [
        "index",
        "jadwal",
        "putusan",
        "perkara-2026-1",
        "perkara-2026-3",
    ] {
        assert!(shots.join(format!("{name}.pdf")).exists(), "{name}: {text}");
    }
    assert_eq!(
        text.matches("every header cell in its place").count(),
        5,
        "{text}"
    );
}
