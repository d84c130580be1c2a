//! The small, safe Markdown subset allowed in help texts: paragraphs, `- ` lists, `**vet**`,
//! `*cursief*` and `[links](https://…)`. Everything else, HTML included, stays plain text: the
//! UI renders the result as DOM text nodes, never as HTML.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Emphasis(String),
    /// Only `https://` and `http://` targets become links.
    Link {
        label: String,
        url: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
}

pub fn parse_markdown(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    let flush_paragraph = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(parse_inline(&paragraph.join(" "))));
            paragraph.clear();
        }
    };
    let flush_list = |items: &mut Vec<String>, blocks: &mut Vec<Block>| {
        if !items.is_empty() {
            blocks.push(Block::List(items.iter().map(|i| parse_inline(i)).collect()));
            items.clear();
        }
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_list(&mut items, &mut blocks);
        } else if let Some(item) = trimmed.strip_prefix("- ").or_else(|| trimmed.strip_prefix("* ")) {
            flush_paragraph(&mut paragraph, &mut blocks);
            items.push(item.trim().to_owned());
        } else if !items.is_empty() && line.starts_with("  ") {
            // A wrapped list item.
            if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(trimmed);
            }
        } else {
            flush_list(&mut items, &mut blocks);
            paragraph.push(trimmed);
        }
    }
    flush_paragraph(&mut paragraph, &mut blocks);
    flush_list(&mut items, &mut blocks);
    blocks
}

fn parse_inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    let push_plain = |plain: &mut String, out: &mut Vec<Inline>| {
        if !plain.is_empty() {
            out.push(Inline::Text(std::mem::take(plain)));
        }
    };
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("**") {
            if let Some(end) = after.find("**").filter(|&e| e > 0) {
                push_plain(&mut plain, &mut out);
                out.push(Inline::Strong(after[..end].to_owned()));
                rest = &after[end + 2..];
                continue;
            }
        } else if let Some(after) = rest.strip_prefix('*') {
            if let Some(end) = after.find('*').filter(|&e| e > 0 && !after.starts_with(' ')) {
                push_plain(&mut plain, &mut out);
                out.push(Inline::Emphasis(after[..end].to_owned()));
                rest = &after[end + 1..];
                continue;
            }
        } else if let Some(after) = rest.strip_prefix('[') {
            if let Some((label, tail)) = after.split_once("](") {
                if let Some((url, remaining)) = tail.split_once(')') {
                    let safe = (url.starts_with("https://") || url.starts_with("http://"))
                        && !url.contains(char::is_whitespace);
                    if safe && !label.is_empty() && !label.contains(']') {
                        push_plain(&mut plain, &mut out);
                        out.push(Inline::Link { label: label.to_owned(), url: url.to_owned() });
                        rest = remaining;
                        continue;
                    }
                }
            }
        }
        plain.push(c);
        rest = &rest[c.len_utf8()..];
    }
    push_plain(&mut plain, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::{parse_markdown, Block, Inline};

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_owned())
    }

    #[test]
    fn paragraphs_lists_and_emphasis() {
        let blocks = parse_markdown("Een **vet** en *schuin* woord.\nZelfde alinea.\n\n- punt een\n- punt [twee](https://wetten.overheid.nl)\n\nSlot.");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph(vec![
                    text("Een "),
                    Inline::Strong("vet".into()),
                    text(" en "),
                    Inline::Emphasis("schuin".into()),
                    text(" woord. Zelfde alinea.")
                ]),
                Block::List(vec![
                    vec![text("punt een")],
                    vec![
                        text("punt "),
                        Inline::Link { label: "twee".into(), url: "https://wetten.overheid.nl".into() }
                    ],
                ]),
                Block::Paragraph(vec![text("Slot.")]),
            ]
        );
    }

    #[test]
    fn html_and_unsafe_links_stay_text() {
        let blocks =
            parse_markdown("<script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assert_eq!(
            blocks,
            vec![Block::Paragraph(vec![text(
                "<script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>"
            )])]
        );
    }

    #[test]
    fn unmatched_markers_are_literal() {
        assert_eq!(parse_markdown("3 * 4 = 12 en **open"), vec![Block::Paragraph(vec![text("3 * 4 = 12 en **open")])]);
        assert_eq!(parse_markdown(""), vec![]);
    }
}
