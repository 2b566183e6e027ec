//! Every command's `--help`, in English and in Indonesian at 80 columns, read once for the
//! tests that check them (usage lines, paragraphs, Indonesian words): three walks of the
//! tree, one run of the binary each, once took six hundred runs.

use super::TestEnv;
use std::sync::OnceLock;

/// One command's help in both languages.
pub struct HelpPage {
    /// The command's names below `sengketa` (empty for the top).
    pub path: Vec<String>,
    /// `sengketa PATH --help --lang en`, 80 columns.
    pub en: String,
    /// `sengketa PATH --help --lang id`, 80 columns.
    pub id: String,
}

/// Every command's help, the tree walked from the English command lists (`help` aside),
/// a level at a time, four commands side by side.
pub fn help_pages() -> &'static [HelpPage] {
    static PAGES: OnceLock<Vec<HelpPage>> = OnceLock::new();
    PAGES.get_or_init(|| {
        let env = TestEnv::initialised();
        let mut pages = Vec::new();
        let mut level: Vec<Vec<String>> = vec![vec![]];
        while !level.is_empty() {
            let mut read = Vec::new();
            for paths in level.chunks(4) {
                std::thread::scope(|s| {
                    let runs: Vec<_> = paths
                        .iter()
                        .map(|path| {
                            let env = &env;
                            s.spawn(move || HelpPage {
                                path: path.clone(),
                                en: help(env, path, "en"),
                                id: help(env, path, "id"),
                            })
                        })
                        .collect();
                    for r in runs {
                        read.push(r.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
                    }
                });
            }
            level = read
                .iter()
                .flat_map(|p: &HelpPage| {
                    subcommands(&p.en)
                        .into_iter()
                        .map(|name| [p.path.clone(), vec![name]].concat())
                })
                .collect();
            pages.extend(read);
        }
        pages
    })
}

/// `sengketa PATH --help` at 80 columns in `lang`, which must succeed.
pub fn help(env: &TestEnv, path: &[String], lang: &str) -> String {
    let mut cmd = env.command();
    cmd.env("COLUMNS", "80")
        .args(["--lang", lang])
        .args(path)
        .arg("--help");
    let out = env.run_command(cmd);
    assert_eq!(out.code, 0, "{path:?} {lang}: {}", out.stderr);
    out.stdout
}

/// The commands of an English help's command list (`Commands:`), but `help`.
pub fn subcommands(help: &str) -> Vec<String> {
    listed_under(help, "Commands:")
}

/// The commands listed under `heading` in a help (`Commands:`, `Perintah:`), but clap's
/// `help`, by their names as shown.
pub fn listed_under(help: &str, heading: &str) -> Vec<String> {
    let mut in_list = false;
    let mut names = Vec::new();
    for line in help.lines() {
        if !line.starts_with(' ') {
            in_list = line == heading;
        } else if in_list && line.starts_with("  ") && !line.starts_with("   ") {
            let name = line.split_whitespace().next().unwrap_or_default();
            let name = name.trim_end_matches(',');
            if name != "help" {
                names.push(name.to_string());
            }
        }
    }
    names
}
