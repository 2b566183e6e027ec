//! The Markdown a paper's template is written in, read into blocks that both renderers
//! (HTML and DOCX) print: headings, paragraphs (each line of a paragraph kept as a line,
//! as letters set addresses and signature lines), bulleted and numbered lists, tables
//! (the signature blocks, the attendance), and bold text. Nothing else of Markdown: a
//! clerk's template reads the same in a text editor as on paper.

/// A run of text, bold or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub bold: bool,
}

/// A line of text: its runs.
pub type Line = Vec<Span>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `#`, `##`, `###`: level 1 to 3.
    Heading(u8, Line),
    /// Lines kept as written (a line break between them).
    Paragraph(Vec<Line>),
    /// `- item` (bulleted) or `1. item` (numbered).
    List { numbered: bool, items: Vec<Line> },
    /// `| a | b |` rows; a row of dashes (`|---|---|`) is skipped.
    Table(Vec<Vec<Line>>),
}

/// Reads the bold runs of a line: `**` opens and closes bold.
pub fn spans(text: &str) -> Line {
    let mut out = Vec::new();
    for (i, part) in text.split("**").enumerate() {
        if !part.is_empty() {
            out.push(Span {
                text: part.to_string(),
                bold: i % 2 == 1,
            });
        }
    }
    out
}

fn list_item(line: &str) -> Option<(bool, &str)> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some((false, rest));
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0
        && let Some(rest) = line[digits..].strip_prefix(". ")
    {
        return Some((true, rest));
    }
    None
}

fn table_row(line: &str) -> Option<Vec<Line>> {
    let inner = line.strip_prefix('|')?;
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
    if cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':')))
    {
        return Some(vec![]);
    }
    Some(cells.into_iter().map(spans).collect())
}

/// Reads a rendered template into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para: Vec<Line> = Vec::new();
    let flush = |para: &mut Vec<Line>, blocks: &mut Vec<Block>| {
        if !para.is_empty() {
            blocks.push(Block::Paragraph(std::mem::take(para)));
        }
    };
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            flush(&mut para, &mut blocks);
            continue;
        }
        let level = trimmed.bytes().take_while(|b| *b == b'#').count();
        if (1..=3).contains(&level) && trimmed[level..].starts_with(' ') {
            flush(&mut para, &mut blocks);
            blocks.push(Block::Heading(level as u8, spans(trimmed[level..].trim())));
            continue;
        }
        if let Some((numbered, item)) = list_item(trimmed) {
            flush(&mut para, &mut blocks);
            match blocks.last_mut() {
                Some(Block::List { numbered: n, items }) if *n == numbered => {
                    items.push(spans(item.trim()))
                }
                _ => blocks.push(Block::List {
                    numbered,
                    items: vec![spans(item.trim())],
                }),
            }
            continue;
        }
        if let Some(row) = table_row(trimmed) {
            flush(&mut para, &mut blocks);
            if let Some(Block::Table(rows)) = blocks.last_mut() {
                if !row.is_empty() {
                    rows.push(row);
                }
            } else {
                blocks.push(Block::Table(if row.is_empty() {
                    vec![]
                } else {
                    vec![row]
                }));
            }
            continue;
        }
        // A line after a list or a table that is not one of its own starts a paragraph.
        para.push(spans(trimmed));
    }
    flush(&mut para, &mut blocks);
    blocks
}

/// The plain text of a line (for checks and for the DOCX's text runs).
pub fn plain(line: &Line) -> String {
    line.iter().map(|s| s.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(l: &Line) -> String {
        plain(l)
    }

    #[test]
    fn headings_paragraphs_lists_and_tables() {
        let md = "# SURAT PANGGILAN\n\nKepada Yth.\n**Budi**\ndi Jambi\n\n- satu\n- dua\n\n1. a\n2. b\n\n| Ketua | Panitera |\n|---|---|\n| ttd | ttd |\n\nPenutup.\n";
        let b = parse(md);
        assert_eq!(b.len(), 6, "{b:?}");
        assert!(matches!(&b[0], Block::Heading(1, l) if text(l) == "SURAT PANGGILAN"));
        match &b[1] {
            Block::Paragraph(lines) => {
                assert_eq!(lines.len(), 3);
                assert_eq!(
                    lines[1],
                    vec![Span {
                        text: "Budi".into(),
                        bold: true
                    }]
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&b[2], Block::List { numbered: false, items } if items.len() == 2));
        assert!(matches!(&b[3], Block::List { numbered: true, items } if items.len() == 2));
        match &b[4] {
            Block::Table(rows) => {
                assert_eq!(rows.len(), 2, "the dashes row is skipped");
                assert_eq!(text(&rows[1][1]), "ttd");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&b[5], Block::Paragraph(l) if text(&l[0]) == "Penutup."));
    }

    #[test]
    fn bold_runs_alternate() {
        let s = spans("a **b** c **d**");
        assert_eq!(s.len(), 4);
        assert!(!s[0].bold && s[1].bold && !s[2].bold && s[3].bold);
        assert_eq!(spans("").len(), 0);
        // a hash without a space is text, and a number without ". " is not a list
        assert!(matches!(&parse("#tag")[0], Block::Paragraph(_)));
        assert!(matches!(
            &parse("2014 adalah tahun")[0],
            Block::Paragraph(_)
        ));
    }
}
