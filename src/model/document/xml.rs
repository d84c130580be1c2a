//! Escaping user text for XML, shared by both formats.

/// Whether XML 1.0 can carry `c`. The C1 control characters (U+007F–U+009F) are allowed by XML
/// but only discouraged; Word rejects some of them, and in typed text they are never meant, so
/// they are dropped as well.
pub(crate) fn is_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c >= '\u{10000}'
}

/// `text` as XML character data. Tabs and line breaks stay as they are; a carriage return is
/// written as a reference, because a parser would otherwise turn it into a line feed.
pub(crate) fn push_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if is_allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// `text` as the value of an attribute in double quotes. Tabs and line breaks are written as
/// references, because a parser turns them into spaces otherwise.
pub(crate) fn push_attr(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if is_allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// A piece of a line of running text: each format writes tabs and line breaks as elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    Text(&'a str),
    Tab,
    LineBreak,
}

/// Splits running text at tabs and line breaks (`\n`, `\r\n` or `\r`). Empty text pieces are left
/// out.
pub(crate) fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut result = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let separator = match bytes[i] {
            b'\t' => Some((Piece::Tab, 1)),
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => Some((Piece::LineBreak, 2)),
            b'\n' | b'\r' => Some((Piece::LineBreak, 1)),
            _ => None,
        };
        if let Some((piece, length)) = separator {
            if start < i {
                result.push(Piece::Text(&text[start..i]));
            }
            result.push(piece);
            i += length;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < text.len() {
        result.push(Piece::Text(&text[start..]));
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_split_at_tabs_and_every_kind_of_line_break() {
        use Piece::*;
        assert_eq!(
            pieces("a\tb\nc\r\nd\re"),
            [Text("a"), Tab, Text("b"), LineBreak, Text("c"), LineBreak, Text("d"), LineBreak, Text("e")]
        );
        assert_eq!(pieces("\t\t"), [Tab, Tab]);
        assert!(pieces("").is_empty());
    }
}
