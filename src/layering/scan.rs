//! The reader behind the layering test: a file's source cut into tokens (comments,
//! strings and characters left out), its paths found and resolved to absolute ones
//! (`crate::...` or an external crate's), and the rules of a layer checked against them.

/// One token of Rust source, as much as the layering test needs.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    /// `::`
    Sep,
    Open,
    Close,
    Semi,
    Comma,
    Star,
    Bang,
    /// Any other punctuation, and literals.
    Other,
}

/// Cuts `src` into tokens, leaving out comments, string, byte-string, raw-string and
/// character literals (a lifetime `'a` is an `Other` and its name).
fn tokens(src: &str) -> Vec<Tok> {
    let s: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |i: usize| s.get(i).copied().unwrap_or('\0');
    while i < s.len() {
        let c = s[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < s.len() && s[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < s.len() {
                if s[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if s[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_string(&s, i + 1);
            out.push(Tok::Other);
        } else if (c == 'r' || (c == 'b' && at(i + 1) == 'r')) && is_raw_start(&s, i) {
            let mut j = if c == 'b' { i + 2 } else { i + 1 };
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            j += 1; // the opening quote
            'raw: while j < s.len() {
                if s[j] == '"' && (1..=hashes).all(|k| at(j + k) == '#') {
                    j += 1 + hashes;
                    break 'raw;
                }
                j += 1;
            }
            i = j;
            out.push(Tok::Other);
        } else if c == 'b' && at(i + 1) == '"' {
            i = skip_string(&s, i + 2);
            out.push(Tok::Other);
        } else if c == '\'' || (c == 'b' && at(i + 1) == '\'') {
            let q = if c == 'b' { i + 1 } else { i };
            // A character literal closes within a few characters; a lifetime does not.
            if at(q + 1) == '\\' {
                let mut j = q + 2;
                while j < s.len() && s[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if at(q + 2) == '\'' {
                i = q + 3;
            } else {
                i = q + 1;
            }
            out.push(Tok::Other);
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_') {
                i += 1;
            }
            let word: String = s[start..i].iter().collect();
            out.push(Tok::Ident(word.trim_start_matches("r#").to_string()));
        } else if c == '$' && at(i + 1).is_alphabetic() {
            // `$crate` counts as `crate`; a macro's `$name` is a name.
            i += 1;
        } else {
            out.push(match c {
                ':' if at(i + 1) == ':' => {
                    i += 1;
                    Tok::Sep
                }
                '{' => Tok::Open,
                '}' => Tok::Close,
                ';' => Tok::Semi,
                ',' => Tok::Comma,
                '*' => Tok::Star,
                '!' => Tok::Bang,
                _ => Tok::Other,
            });
            i += 1;
        }
    }
    out
}

/// Whether a raw string (`r"`, `r#"`, `br"`) starts at `i`, not an identifier.
fn is_raw_start(s: &[char], i: usize) -> bool {
    if i > 0 && (s[i - 1].is_alphanumeric() || s[i - 1] == '_') {
        return false;
    }
    let mut j = if s[i] == 'b' { i + 2 } else { i + 1 };
    while s.get(j) == Some(&'#') {
        j += 1;
    }
    s.get(j) == Some(&'"')
}

/// The index after the string whose body starts at `i`.
fn skip_string(s: &[char], mut i: usize) -> usize {
    while i < s.len() {
        match s[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// A path the source names, as written, with where it is (the module path around it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The segments, `*` for a glob; a leading `::` is left out.
    pub path: Vec<String>,
    /// The module it is written in: the file's, plus the inline `mod` blocks around it.
    pub module: Vec<String>,
    /// A macro invoked by this name (`t!`).
    pub macro_call: bool,
}

/// Every path `src` names: each `use` tree expanded, and each other path as written.
/// `module` is the file's module path (`["crate", "domain", "vocab"]`).
pub fn paths(src: &str, module: &[String]) -> Vec<Named> {
    let toks = tokens(src);
    let mut out = Vec::new();
    // The inline modules open around the current token: (name, brace depth inside it).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    let here = |inline: &[(String, usize)]| {
        let mut m = module.to_vec();
        m.extend(inline.iter().map(|(n, _)| n.clone()));
        m
    };
    while i < toks.len() {
        match &toks[i] {
            Tok::Open => depth += 1,
            Tok::Close => {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
            }
            Tok::Ident(w) if w == "mod" => {
                if let (Some(Tok::Ident(name)), Some(Tok::Open)) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    inline.push((name.clone(), depth + 1));
                }
            }
            Tok::Ident(w) if w == "use" => {
                let mut trees = Vec::new();
                let end = use_tree(&toks, i + 1, Vec::new(), &mut trees);
                for path in trees {
                    out.push(Named {
                        path,
                        module: here(&inline),
                        macro_call: false,
                    });
                }
                i = end;
                continue;
            }
            Tok::Ident(w) if w == "extern" => {
                if let (Some(Tok::Ident(k)), Some(Tok::Ident(name))) =
                    (toks.get(i + 1), toks.get(i + 2))
                    && k == "crate"
                {
                    let path = vec![name.clone()];
                    out.push(Named {
                        path,
                        module: here(&inline),
                        macro_call: false,
                    });
                    i += 3;
                    continue;
                }
            }
            Tok::Ident(_) | Tok::Sep => {
                // A path as written: `a::b::c`, `::a::b`, `m!`.
                let after_sep = i > 0 && toks[i - 1] == Tok::Sep;
                if !after_sep {
                    let mut j = i;
                    let mut path = Vec::new();
                    if toks[j] == Tok::Sep {
                        j += 1;
                    }
                    while let Some(Tok::Ident(w)) = toks.get(j) {
                        path.push(w.clone());
                        if toks.get(j + 1) == Some(&Tok::Sep) {
                            j += 2;
                        } else {
                            j += 1;
                            break;
                        }
                    }
                    let macro_call = toks.get(j) == Some(&Tok::Bang);
                    // A lone `crate`, `super` or `self` is a visibility or a receiver.
                    if path.len() > 1 || (macro_call && !path.is_empty()) {
                        out.push(Named {
                            path,
                            module: here(&inline),
                            macro_call,
                        });
                    }
                    i = j.max(i + 1);
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Reads one use tree from `i` with `prefix` before it into `out`; returns the index after
/// it (after the `;` at the top level).
fn use_tree(toks: &[Tok], mut i: usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    let mut path = prefix;
    if toks.get(i) == Some(&Tok::Sep) {
        i += 1;
    }
    loop {
        match toks.get(i) {
            Some(Tok::Ident(w)) if w == "as" => {
                // `as name`: the alias is not a path.
                i += 2;
            }
            Some(Tok::Ident(w)) => {
                path.push(w.clone());
                i += 1;
            }
            Some(Tok::Sep) => i += 1,
            Some(Tok::Star) => {
                path.push("*".to_string());
                i += 1;
            }
            Some(Tok::Open) => {
                i += 1;
                loop {
                    match toks.get(i) {
                        Some(Tok::Close) => {
                            i += 1;
                            break;
                        }
                        Some(Tok::Comma) => i += 1,
                        None => return i,
                        _ => i = use_tree(toks, i, path.clone(), out),
                    }
                }
                return skip_semi(toks, i);
            }
            _ => {
                // `self` in a group names the prefix itself.
                if path.last().is_some_and(|l| l == "self") && path.len() > 1 {
                    path.pop();
                }
                if !path.is_empty() {
                    out.push(path);
                }
                return skip_semi(toks, i);
            }
        }
    }
}

fn skip_semi(toks: &[Tok], i: usize) -> usize {
    if toks.get(i) == Some(&Tok::Semi) {
        i + 1
    } else {
        i
    }
}

/// The path resolved: `crate::...` for a path of this crate (`self`, `super` climbed from
/// `module`), or as written for any other (an external crate, a local name).
pub fn resolve(n: &Named) -> Vec<String> {
    let p = &n.path;
    match p[0].as_str() {
        "crate" => p.clone(),
        "self" | "super" => {
            let mut m = n.module.clone();
            let mut rest = &p[..];
            if rest[0] == "self" {
                rest = &rest[1..];
            }
            while rest.first().is_some_and(|s| s == "super") {
                m.pop();
                rest = &rest[1..];
            }
            m.extend(rest.iter().cloned());
            m
        }
        _ => p.clone(),
    }
}
