//! A correction's record in words: the history keeps `applicant: "Budi" -> "Budi S"` with
//! the fields' stored names (scripts read them); a screen names the fields as the clerk
//! knows them, in the run's language.

use crate::t;

/// A correction's record (`applicant: "Budi" -> "Budi S"; applicant_kind: "individual"
/// -> "group"`) in the run's language: each field by its label, a kind by its label.
pub fn corrections(detail: &str) -> String {
    let lang = crate::i18n::lang();
    detail
        .split("; ")
        .map(|part| {
            let Some((field, change)) = part.split_once(": ") else {
                return part.to_string();
            };
            let label = match field {
                "applicant" => t!("case-applicant"),
                "applicant_kind" => t!("case-applicant-kind"),
                "subject" => t!("case-subject"),
                "public_body" => t!("case-body"),
                _ => return part.to_string(),
            };
            let change = if field == "applicant_kind" {
                change
                    .split(" -> ")
                    .map(|v| {
                        crate::domain::ApplicantKind::parse(v.trim_matches('"'))
                            .ok()
                            .map(|k| format!("\"{}\"", k.label(lang)))
                            .unwrap_or_else(|| v.to_string())
                    })
                    .collect::<Vec<_>>()
                    .join(" -> ")
            } else {
                change.to_string()
            };
            format!("{}: {change}", label.to_lowercase())
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    #[test]
    fn a_correction_names_its_fields_in_the_runs_language() {
        let detail = r#"applicant: "Budi" -> "Budi S"; applicant_kind: "individual" -> "group""#;
        let id = crate::i18n::with_lang(Lang::Id, || corrections(detail));
        assert_eq!(
            id,
            r#"pemohon: "Budi" -> "Budi S"; jenis pemohon: "perseorangan" -> "kelompok orang""#
        );
        let en = crate::i18n::with_lang(Lang::En, || corrections(detail));
        assert!(en.starts_with(r#"applicant: "Budi""#), "{en}");
        assert_eq!(crate::i18n::with_lang(Lang::Id, || corrections("x")), "x");
    }
}
