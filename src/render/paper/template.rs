//! The paper templates: one per kind, shipped in the binary, in Markdown with minijinja
//! placeholders (`{{ case.register_no }}`). A commission's own template is checked when
//! it is set: it must parse, and read only the facts a paper has.

use crate::domain::PaperKind;
use crate::domain::paper::{BLANK, PaperFacts, placeholders};
use minijinja::{Environment, Value};

/// Why a template was refused, with the line where it was found (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateFault {
    /// Not minijinja's syntax.
    Syntax { line: Option<usize>, why: String },
    /// A placeholder that names no fact.
    Unknown { line: Option<usize>, name: String },
    /// It parsed, but rendering it failed (a filter applied to the wrong kind of value).
    Render { line: Option<usize>, why: String },
}

/// The template shipped for `kind`.
pub fn shipped(kind: PaperKind) -> &'static str {
    match kind {
        PaperKind::Registration => include_str!("templates/registration.md"),
        PaperKind::Incomplete => include_str!("templates/incomplete.md"),
        PaperKind::Summons => include_str!("templates/summons.md"),
        PaperKind::Service => include_str!("templates/service.md"),
        PaperKind::Minutes => include_str!("templates/minutes.md"),
        PaperKind::Withdrawal => include_str!("templates/withdrawal.md"),
        PaperKind::Lapse => include_str!("templates/lapse.md"),
        PaperKind::DecisionCopy => include_str!("templates/decision_copy.md"),
    }
}

fn env() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .expect("the default delimiters"),
    );
    // A fact the register does not hold prints as a visible blank: only a draft gets
    // this far with one missing (`domain::paper::missing` refuses the others).
    env.set_formatter(|out, state, value| {
        if value.is_none() || value.is_undefined() {
            out.write_str(BLANK)?;
            Ok(())
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    env
}

/// Names a template may use besides the facts: the engine's own.
const ENGINE_NAMES: &[&str] = &["loop", "range", "namespace", "dict", "debug"];

/// The first line of `text` where `name` appears inside `{{ }}` or `{% %}`.
fn line_of(text: &str, name: &str) -> Option<usize> {
    let first = name.split('.').next().unwrap_or(name);
    text.lines()
        .position(|l| (l.contains("{{") || l.contains("{%")) && l.contains(name))
        .or_else(|| {
            text.lines()
                .position(|l| (l.contains("{{") || l.contains("{%")) && l.contains(first))
        })
        .map(|i| i + 1)
}

/// Checks a template: its syntax, and that every placeholder names a fact.
pub fn check(text: &str) -> Result<(), TemplateFault> {
    let env = env();
    let tmpl = env
        .template_from_str(text)
        .map_err(|e| TemplateFault::Syntax {
            line: e.line(),
            why: e.detail().unwrap_or("").to_string(),
        })?;
    let known = placeholders();
    let mut names: Vec<String> = tmpl.undeclared_variables(true).into_iter().collect();
    names.sort();
    for name in names {
        let ok = ENGINE_NAMES.contains(&name.as_str())
            || known
                .iter()
                .any(|k| *k == name || k.starts_with(&format!("{name}.")));
        if !ok {
            return Err(TemplateFault::Unknown {
                line: line_of(text, &name),
                name,
            });
        }
    }
    // A render with empty facts finds a filter that cannot run at all.
    render(text, &PaperFacts::default()).map(|_| ())
}

/// Renders a template with a paper's facts: Markdown.
pub fn render(text: &str, facts: &PaperFacts) -> Result<String, TemplateFault> {
    let env = env();
    let tmpl = env
        .template_from_str(text)
        .map_err(|e| TemplateFault::Syntax {
            line: e.line(),
            why: e.detail().unwrap_or("").to_string(),
        })?;
    tmpl.render(Value::from(minijinja::value::Serde(facts)))
        .map_err(|e| TemplateFault::Render {
            line: e.line(),
            why: e
                .detail()
                .map_or_else(|| e.kind().to_string(), String::from),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_template_passes_its_own_check() {
        for k in PaperKind::ALL {
            check(shipped(*k)).unwrap_or_else(|e| panic!("{k}: {e:?}"));
        }
    }

    #[test]
    fn an_unknown_placeholder_is_refused_with_its_line() {
        let t = "# Judul\n\nNomor: {{ case.register_no }}\n{{ case.nomor_salah }}\n";
        assert_eq!(
            check(t),
            Err(TemplateFault::Unknown {
                line: Some(4),
                name: "case.nomor_salah".into()
            })
        );
        assert!(matches!(
            check("a\n{% if x %}\n"),
            Err(TemplateFault::Syntax { .. })
        ));
        assert!(matches!(
            check("a\nb {{ case.subject \n"),
            Err(TemplateFault::Syntax { line: Some(_), .. })
        ));
    }

    #[test]
    fn a_missing_fact_prints_as_a_blank() {
        let out = render("Alamat: {{ applicant.address }}", &PaperFacts::default()).unwrap();
        assert_eq!(out, format!("Alamat: {BLANK}"));
    }
}
