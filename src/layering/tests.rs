//! The layering test itself (every file of `src/domain/` and `src/render/` read from the
//! source tree), and the reader's own tests on snippets that must and must not be refused.

use super::scan::{Named, paths, resolve};
use std::path::{Path, PathBuf};

/// Crates a domain module may not use: the command line, SQL, the catalogue, the terminal.
const FRAMEWORKS: &[&str] = &[
    "clap",
    "clap_complete",
    "clap_mangen",
    "rusqlite",
    "fluent_bundle",
    "unic_langid",
    "indicatif",
    "terminal_size",
    "inquire",
    "dirs",
];

/// The crate-root macros of the layers above the domain (the catalogue's and the output's).
const UPPER_MACROS: &[&str] = &["t", "outln", "errln", "errout"];

/// Why a path written in a domain module reaches above the domain, if it does.
fn domain_refuses(n: &Named) -> Option<String> {
    let r = resolve(n);
    let shown = r.join("::");
    if r.is_empty() || (r[0] == "crate" && r.get(1).is_none_or(|s| s != "domain")) {
        return Some(format!(
            "{shown}: the domain uses nothing of the crate outside it"
        ));
    }
    if FRAMEWORKS.contains(&r[0].as_str()) {
        return Some(format!("{shown}: the domain uses no framework crate"));
    }
    if n.macro_call && n.path.len() == 1 && UPPER_MACROS.contains(&n.path[0].as_str()) {
        return Some(format!("{shown}!: a macro of a layer above the domain"));
    }
    None
}

/// Why a path written in a render module reaches into storage, if it does.
fn render_refuses(n: &Named) -> Option<String> {
    let r = resolve(n);
    let into_storage = r.len() >= 2 && r[0] == "crate" && (r[1] == "storage" || r[1] == "*");
    into_storage.then(|| {
        format!(
            "{}: render takes domain values, not storage's",
            r.join("::")
        )
    })
}

/// What `src` (the module `module`, as `crate::a::b`) is refused by `rule`.
fn refusals(src: &str, module: &str, rule: fn(&Named) -> Option<String>) -> Vec<String> {
    let module: Vec<String> = module.split("::").map(String::from).collect();
    paths(src, &module).iter().filter_map(rule).collect()
}

/// Every `.rs` file under `dir`, with its module path.
fn modules(dir: &Path, module: &[String], out: &mut Vec<(PathBuf, Vec<String>)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        if p.is_dir() {
            let mut m = module.to_vec();
            m.push(stem);
            modules(&p, &m, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            let mut m = module.to_vec();
            if stem != "mod" {
                m.push(stem);
            }
            out.push((p, m));
        }
    }
}

/// Every refusal in the layer `layer` (a folder of `src/`, with its file `layer.rs` if any).
fn layer_refusals(layer: &str, rule: fn(&Named) -> Option<String>) -> (usize, Vec<String>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let root = vec!["crate".to_string(), layer.to_string()];
    let mut files = Vec::new();
    modules(&src.join(layer), &root, &mut files);
    let top = src.join(format!("{layer}.rs"));
    if top.exists() {
        files.push((top, root));
    }
    let mut found = Vec::new();
    for (path, module) in &files {
        let text = std::fs::read_to_string(path).unwrap();
        for r in refusals(&text, &module.join("::"), rule) {
            found.push(format!(
                "{}: {r}",
                path.strip_prefix(&src).unwrap().display()
            ));
        }
    }
    (files.len(), found)
}

#[test]
fn the_domain_uses_nothing_above_it() {
    let (files, found) = layer_refusals("domain", domain_refuses);
    assert!(files > 30, "only {files} files read under src/domain");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn render_uses_no_storage_type() {
    let (files, found) = layer_refusals("render", render_refuses);
    assert!(files > 10, "only {files} files read under src/render");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_reader_finds_every_way_up() {
    let m = "crate::domain::vocab::word";
    let refused = [
        "use crate::storage::Listed;",
        "fn f() -> crate::storage::Listed { todo!() }",
        "use crate::{domain::Date, storage};",
        "use crate::{domain::{Date, Lang}, i18n::{self, lang}};",
        "use super::super::super::render::csv_out;",
        "fn f() { let l = super::super::super::i18n::lang(); }",
        "use clap::builder::PossibleValue;",
        "fn f() -> ::clap::Command { todo!() }",
        "extern crate rusqlite;",
        "use crate::*;",
        "macro_rules! m { () => { $crate::i18n::lang() } }",
        "fn f() { t!(\"err-x\"); }",
        "use crate::commands::messages as m;",
        "fn f() { crate::output::stdout(); }",
    ];
    for src in refused {
        assert!(
            !refusals(src, m, domain_refuses).is_empty(),
            "not refused: {src}"
        );
    }
}

#[test]
fn the_reader_lets_the_domain_be() {
    let m = "crate::domain::vocab::word";
    let allowed = [
        "use crate::domain::{DomainError, Lang};",
        "use super::super::Date;",
        "use super::{Word, fold};",
        "// use crate::storage::Listed;",
        "/* crate::i18n::lang() /* nested */ clap::x */ fn f() {}",
        "/// Read by `crate::storage::x` and clap's parser.\nfn f() {}",
        "const S: &str = \"crate::storage::x\";",
        "const S: &str = r#\"use crate::i18n; \"quoted\" \"#;",
        "fn f<'a>(x: &'a str) -> char { let c = '\"'; let d = '{'; x.chars().next().unwrap_or(c) }",
        "use std::collections::BTreeMap; fn f() -> std::fmt::Result { Ok(()) }",
        "mod tests { use super::*; use super::super::Lang; }",
    ];
    for src in allowed {
        let found = refusals(src, m, domain_refuses);
        assert!(found.is_empty(), "refused: {src}: {found:?}");
    }
    // `super` in an inline module climbs from that module, not from the file's.
    let inline = "mod tests { use super::super::super::super::storage; }";
    assert!(!refusals(inline, m, domain_refuses).is_empty());
    let inline = "mod tests { use super::super::super::storage; }";
    assert!(
        refusals(inline, m, domain_refuses).is_empty(),
        "crate::domain::storage is the domain's"
    );
}

#[test]
fn the_reader_finds_storage_in_render() {
    let m = "crate::render::body";
    assert!(
        !refusals(
            "use crate::storage::{BodyEvent, BodyInfo};",
            m,
            render_refuses
        )
        .is_empty()
    );
    assert!(!refusals("use super::super::storage::Listed;", m, render_refuses).is_empty());
    assert!(!refusals("use crate::{domain, storage::Listed};", m, render_refuses).is_empty());
    assert!(refusals("use crate::domain::body::BodyInfo;", m, render_refuses).is_empty());
    assert!(refusals("use crate::i18n::lang;", m, render_refuses).is_empty());
}
