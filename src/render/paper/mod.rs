//! A paper printed: its template (shipped or the commission's own) rendered with the
//! paper's facts into Markdown, read into blocks, and written as print-ready HTML or as
//! a DOCX a clerk can edit. One template, two outputs, like the recap's one value and
//! four formats.

pub mod docx;
pub mod html;
pub mod logo;
pub mod template;

use crate::domain::paper::PaperFacts;
use crate::domain::paper::markdown;
pub use logo::{Logo, LogoFault};
pub use template::TemplateFault;

/// The two outputs of a paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperFormat {
    /// Print-ready HTML: A4, self-contained (the logo inside it).
    Html,
    /// A Word document (Office Open XML) that Word and LibreOffice open and edit.
    Docx,
}

impl PaperFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            PaperFormat::Html => "html",
            PaperFormat::Docx => "docx",
        }
    }
}

/// Renders `template` with `facts` in `format`: the paper's bytes.
pub fn render(
    template_text: &str,
    facts: &PaperFacts,
    logo: Option<&Logo>,
    format: PaperFormat,
) -> Result<Vec<u8>, TemplateFault> {
    let md = template::render(template_text, facts)?;
    let blocks = markdown::parse(&md);
    Ok(match format {
        PaperFormat::Html => html::html(facts, logo, &blocks).into_bytes(),
        PaperFormat::Docx => docx::docx(facts, logo, &blocks),
    })
}

/// SHA-256 of bytes, in lower-case hex (the hashes an issued paper records).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest as _, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
