//! A paper as a DOCX (Office Open XML) that Word and LibreOffice open and a clerk can
//! edit: the letterhead (logo and the commission's name and contacts, a rule under
//! them), then the template's blocks, on an A4 page. Written by hand on the `zip` crate
//! rather than through a DOCX library, so that every byte is ours to fix: the parts in a
//! fixed order, every timestamp the zip format's epoch (1980-01-01), so the same paper
//! is the same bytes and a reissue is byte-identical.

use super::Logo;
use super::html::is_signature;
use crate::domain::paper::PaperFacts;
use crate::domain::paper::markdown::{Block, Line};
use std::io::Write;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A text run (12 pt Times New Roman unless `size` says otherwise, in half-points).
fn run(text: &str, bold: bool, size: Option<u32>) -> String {
    let mut rpr = String::from(
        "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>",
    );
    if bold {
        rpr.push_str("<w:b/>");
    }
    let sz = size.unwrap_or(24);
    rpr.push_str(&format!("<w:sz w:val=\"{sz}\"/><w:szCs w:val=\"{sz}\"/>"));
    format!(
        "<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
        esc(text)
    )
}

fn runs(l: &Line, bold: bool, size: Option<u32>) -> String {
    l.iter()
        .map(|s| run(&s.text, bold || s.bold, size))
        .collect()
}

/// A paragraph; `jc` is its alignment (left, center, both).
fn para(jc: &str, content: &str, extra_ppr: &str) -> String {
    format!(
        "<w:p><w:pPr>{extra_ppr}<w:spacing w:after=\"120\"/><w:jc w:val=\"{jc}\"/></w:pPr>{content}</w:p>"
    )
}

fn table(rows: &[Vec<Line>]) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let grid = cols >= 3;
    let sign = !grid && is_signature(rows);
    let border = if grid { "single" } else { "nil" };
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>\
         <w:top w:val=\"{border}\" w:sz=\"4\"/><w:left w:val=\"{border}\" w:sz=\"4\"/>\
         <w:bottom w:val=\"{border}\" w:sz=\"4\"/><w:right w:val=\"{border}\" w:sz=\"4\"/>\
         <w:insideH w:val=\"{border}\" w:sz=\"4\"/><w:insideV w:val=\"{border}\" w:sz=\"4\"/>\
         </w:tblBorders><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
    );
    let width = 9000 / cols;
    for _ in 0..cols {
        out.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    for r in rows {
        out.push_str("<w:tr>");
        for i in 0..cols {
            let cell = r.get(i).map(|l| runs(l, false, None)).unwrap_or_default();
            let jc = if sign { "center" } else { "left" };
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{}</w:tc>",
                para(jc, &cell, "")
            ));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

/// The logo inline, 2.2 cm high, its width in proportion.
fn drawing(l: &Logo) -> String {
    let cy: u64 = 792_000; // 2.2 cm in EMU
    let cx = cy * u64::from(l.width) / u64::from(l.height);
    format!(
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">\
         <wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"1\" name=\"logo\"/>\
         <a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">\
         <a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
         <pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
         <pic:nvPicPr><pic:cNvPr id=\"1\" name=\"logo.{ext}\"/><pic:cNvPicPr/></pic:nvPicPr>\
         <pic:blipFill><a:blip r:embed=\"rIdLogo\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
         <pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>\
         </a:graphicData></a:graphic></wp:inline></w:drawing></w:r>",
        ext = l.extension()
    )
}

/// The body of word/document.xml.
fn document(facts: &PaperFacts, logo: Option<&Logo>, blocks: &[Block]) -> String {
    let c = &facts.commission;
    let mut body = String::new();
    if let Some(l) = logo {
        body.push_str(&para("center", &drawing(l), ""));
    }
    if let Some(n) = &c.name {
        body.push_str(&para("center", &run(&n.to_uppercase(), true, Some(30)), ""));
    }
    let mut contact = Vec::new();
    if let Some(a) = &c.address {
        contact.push(a.clone());
    }
    if let Some(p) = &c.phone {
        contact.push(format!("Telp. {p}"));
    }
    if let Some(e) = &c.email {
        contact.push(format!("Surel {e}"));
    }
    body.push_str(&para(
        "center",
        &run(&contact.join(" · "), false, Some(20)),
        "<w:pBdr><w:bottom w:val=\"double\" w:sz=\"6\" w:space=\"4\" w:color=\"000000\"/></w:pBdr>",
    ));
    for b in blocks {
        match b {
            Block::Heading(level, l) => {
                let size = if *level == 1 { 28 } else { 26 };
                body.push_str(&para("center", &runs(l, true, Some(size)), "<w:keepNext/>"));
            }
            Block::Paragraph(lines) => {
                let content: Vec<String> = lines.iter().map(|l| runs(l, false, None)).collect();
                // Lines kept as lines (an address) are set flush left: justified, Word
                // would spread each line's words across the page.
                let jc = if lines.len() > 1 { "left" } else { "both" };
                body.push_str(&para(jc, &content.join("<w:r><w:br/></w:r>"), ""));
            }
            Block::List { numbered, items } => {
                for (i, item) in items.iter().enumerate() {
                    let mark = if *numbered {
                        format!("{}.\t", i + 1)
                    } else {
                        "•\t".into()
                    };
                    let content = format!("{}{}", run(&mark, false, None), runs(item, false, None));
                    body.push_str(&para(
                        "left",
                        &content,
                        "<w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs><w:ind w:left=\"720\" w:hanging=\"360\"/>",
                    ));
                }
            }
            Block::Table(rows) => {
                body.push_str(&table(rows));
                body.push_str(&para("left", "", ""));
            }
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
         xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">\
         <w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1134\" w:right=\"1418\" w:bottom=\"1134\" w:left=\"1701\" \
         w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    )
}

const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";

fn content_types() -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Default Extension=\"png\" ContentType=\"image/png\"/>\
<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
</Types>"
        .to_string()
}

fn document_rels(logo: Option<&Logo>) -> String {
    let img = logo.map_or_else(String::new, |l| {
        format!(
            "<Relationship Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/logo.{}\"/>",
            l.extension()
        )
    });
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{img}</Relationships>"
    )
}

/// The paper as DOCX bytes: the same input gives the same bytes.
pub fn docx(facts: &PaperFacts, logo: Option<&Logo>, blocks: &[Block]) -> Vec<u8> {
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), content_types().into_bytes()),
        ("_rels/.rels".into(), RELS.as_bytes().to_vec()),
        (
            "word/document.xml".into(),
            document(facts, logo, blocks).into_bytes(),
        ),
        (
            "word/_rels/document.xml.rels".into(),
            document_rels(logo).into_bytes(),
        ),
    ];
    if let Some(l) = logo {
        parts.push((
            format!("word/media/logo.{}", l.extension()),
            l.bytes.clone(),
        ));
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in parts {
        // Writing to memory cannot fail.
        zip.start_file(name, options)
            .expect("a zip entry in memory");
        zip.write_all(&bytes).expect("a zip entry in memory");
    }
    zip.finish().expect("a zip in memory").into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::paper::markdown::parse;
    use std::io::Read;

    #[test]
    fn the_same_paper_is_the_same_bytes_and_word_xml_inside() {
        let mut f = PaperFacts::default();
        f.commission.name = Some("Komisi Informasi Provinsi Jambi".into());
        let logo = Logo::read(super::super::logo::tests::PIXEL_PNG.to_vec()).unwrap();
        let blocks = parse("# JUDUL\n\nNomor: **001/PAN**\nbaris & dua\n\n- a\n\n| A | B | C |\n");
        let a = docx(&f, Some(&logo), &blocks);
        let b = docx(&f, Some(&logo), &blocks);
        assert_eq!(a, b);
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(a)).unwrap();
        let mut xml = String::new();
        z.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        assert!(xml.contains("KOMISI INFORMASI PROVINSI JAMBI"));
        assert!(xml.contains("baris &amp; dua"));
        assert!(xml.contains("r:embed=\"rIdLogo\""));
        assert!(z.by_name("word/media/logo.png").is_ok());
        roxmltree::Document::parse(&xml).expect("well-formed XML");
    }
}
