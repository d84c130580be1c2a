//! Finds the line of a structural path such as `sections[1].questions[3].id` in block-style
//! YAML, so validation problems (found after parsing, when serde's positions are gone) can still
//! point at a line. It reads only indentation, keys and list dashes; where the text uses another
//! style (flow `[a, b]`, anchors), it stops at the deepest place it could follow.

#[derive(Debug, Clone, Copy)]
enum Token<'a> {
    /// A `- ` list dash at this indent.
    Item { indent: usize, line: usize },
    /// A `key:` at this indent.
    Key { indent: usize, line: usize, name: &'a str },
}

impl Token<'_> {
    fn indent(&self) -> usize {
        match *self {
            Token::Item { indent, .. } | Token::Key { indent, .. } => indent,
        }
    }

    fn position(&self) -> (usize, usize) {
        match *self {
            Token::Item { indent, line } | Token::Key { indent, line, .. } => (line, indent + 1),
        }
    }
}

fn tokenize(source: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut in_block_scalar: Option<usize> = None;
    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        let content = raw.trim_start_matches(' ');
        let mut indent = raw.len() - content.len();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        // Lines of a `|` or `>` text block belong to the text, not to the structure.
        if let Some(block_indent) = in_block_scalar {
            if indent > block_indent {
                continue;
            }
            in_block_scalar = None;
        }
        let mut rest = content;
        while let Some(after_dash) = rest.strip_prefix("- ").or(if rest == "-" { Some("") } else { None }) {
            tokens.push(Token::Item { indent, line });
            let skipped = rest.len() - after_dash.trim_start_matches(' ').len();
            indent += skipped;
            rest = after_dash.trim_start_matches(' ');
        }
        if let Some((name, value)) = split_key(rest) {
            tokens.push(Token::Key { indent, line, name });
            let value = value.trim();
            if value.starts_with('|') || value.starts_with('>') {
                in_block_scalar = Some(indent);
            }
        }
    }
    tokens
}

/// `key: value` or `key:` → (key, value); quoted keys and flow mappings are not followed.
fn split_key(text: &str) -> Option<(&str, &str)> {
    let colon = text.find(": ").or_else(|| text.ends_with(':').then(|| text.len() - 1))?;
    let key = &text[..colon];
    let plain = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    plain.then(|| (key, &text[colon + 1..]))
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn segments(path: &str) -> Option<Vec<Segment<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut indexes) = match part.find('[') {
            Some(open) => (&part[..open], &part[open..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        while let Some(stripped) = indexes.strip_prefix('[') {
            let close = stripped.find(']')?;
            out.push(Segment::Index(stripped[..close].parse().ok()?));
            indexes = &stripped[close + 1..];
        }
    }
    Some(out)
}

/// 1-based (line, column) of the deepest node on `path` that the text lets us follow.
pub fn position_of(source: &str, path: &str) -> Option<(usize, usize)> {
    let tokens = tokenize(source);
    let segments = segments(path)?;
    let (mut lo, mut hi) = (0, tokens.len());
    let mut found = None;
    for segment in segments {
        let range = &tokens[lo..hi];
        let hit = match segment {
            Segment::Key(name) => {
                let indent = range.iter().find_map(|t| match t {
                    Token::Key { indent, .. } => Some(*indent),
                    Token::Item { .. } => None,
                });
                indent.and_then(|indent| {
                    range
                        .iter()
                        .position(|t| matches!(t, Token::Key { indent: i, name: n, .. } if *i == indent && *n == name))
                })
            }
            Segment::Index(wanted) => {
                let indent = range.iter().find_map(|t| match t {
                    Token::Item { indent, .. } => Some(*indent),
                    Token::Key { .. } => None,
                });
                indent.and_then(|indent| {
                    range
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| matches!(t, Token::Item { indent: i, .. } if *i == indent))
                        .nth(wanted)
                        .map(|(at, _)| at)
                })
            }
        };
        let Some(at) = hit else { break };
        let start = lo + at;
        let token = tokens[start];
        found = Some(token.position());
        // The node's value runs until the next token that is not nested under it.
        let end = tokens[start + 1..hi]
            .iter()
            .position(|t| match (token, t) {
                (Token::Key { indent, .. }, Token::Key { indent: i, .. }) => *i <= indent,
                (Token::Key { indent, .. }, Token::Item { indent: i, .. }) => *i < indent,
                (Token::Item { indent, .. }, other) => other.indent() <= indent,
            })
            .map_or(hi, |offset| start + 1 + offset);
        lo = start + 1;
        hi = end;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::position_of;

    const DOC: &str = "\
schema_version: 1
sections:
  - id: eerste
    questions:
      - id: a
        text: |
          id: niet-dit
          - ook niet
        options:
          - id: ja
            label: Ja
          - id: nee
            label: Nee
  - id: tweede
    questions:
    - id: b
      text: Tweede
";

    #[test]
    fn finds_keys_and_items_at_any_depth() {
        assert_eq!(position_of(DOC, "schema_version"), Some((1, 1)));
        assert_eq!(position_of(DOC, "sections[0].id"), Some((3, 5)));
        assert_eq!(position_of(DOC, "sections[0].questions[0].options[1].id"), Some((12, 13)));
        assert_eq!(position_of(DOC, "sections[0].questions[0].options[1].label"), Some((13, 13)));
        assert_eq!(position_of(DOC, "sections[1].id"), Some((14, 5)));
    }

    #[test]
    fn lists_at_the_same_indent_as_their_key_are_followed() {
        assert_eq!(position_of(DOC, "sections[1].questions[0].text"), Some((17, 7)));
    }

    #[test]
    fn text_blocks_are_not_mistaken_for_structure() {
        assert_eq!(position_of(DOC, "sections[0].questions[0].options"), Some((9, 9)));
    }

    #[test]
    fn stops_at_the_deepest_place_it_can_follow() {
        assert_eq!(position_of(DOC, "sections[0].questions[0].visible_if.question"), Some((5, 7)));
        assert_eq!(position_of(DOC, "sections[7].id"), Some((2, 1)));
        // A flow mapping (`{ a: 1 }`) is not followed: its key's line is the answer.
        let flow = "casus:\n  topics:\n    - id: a\n      prompts: { x: \"y\" }\n";
        assert_eq!(position_of(flow, "casus.topics[0].prompts.z"), Some((4, 7)));
    }
}
