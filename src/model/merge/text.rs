//! One text edited in two tabs. A text only one tab changed takes that change; when both tabs
//! wrote something different, both versions are kept: this tab's first, then a marked separator,
//! then the other tab's. Nothing either tab typed is thrown away.

/// Between the two versions of a text of several lines (a toelichting, a note, a summary).
pub const SEPARATOR: &str = "--- Tekst uit een ander tabblad ---";

/// Before the other tab's version of a one-line text (a name, an owner), closed by `]`.
pub const ONE_LINE_MARK: &str = "[uit een ander tabblad: ";

/// How a text is written: on one line (names, owners, versions) or in lines and paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    OneLine,
    Lines,
}

/// A merged text, and whether the user should look at it: both tabs changed it, or the other
/// tab brings a text in which it kept both versions itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergedText {
    pub text: String,
    pub tell: bool,
}

/// Merges one text; `base` is what both tabs started from.
pub fn merge_text(base: &str, mine: &str, theirs: &str, shape: Shape) -> MergedText {
    let kept = |text: &str, tell: bool| MergedText { text: text.to_owned(), tell };
    if mine == theirs {
        return kept(mine, false);
    }
    if mine == base {
        return kept(theirs, marks(theirs) > marks(base));
    }
    if theirs == base {
        return kept(mine, false);
    }
    // Both changed it, differently. A version that already holds the other (an empty one, or
    // one the other tab merged before) is kept alone, so no text appears twice.
    if mine.contains(theirs) {
        return kept(mine, true);
    }
    if theirs.contains(mine) {
        return kept(theirs, true);
    }
    let text = match shape {
        Shape::Lines => format!("{mine}\n\n{SEPARATOR}\n{theirs}"),
        Shape::OneLine => format!("{mine} {ONE_LINE_MARK}{theirs}]"),
    };
    MergedText { text, tell: true }
}

/// How many times a text holds two versions.
fn marks(text: &str) -> usize {
    text.matches(SEPARATOR).count() + text.matches(ONE_LINE_MARK).count()
}

/// Where the caret goes when a field's text is replaced under it (by a merge, while the user is
/// in the field): at the same place when the text before it is unchanged, at the same distance
/// from the end when the text after it is unchanged, otherwise at the end. In an empty field it
/// goes to the end, after the other tab's words. Offsets count UTF-16 code units, as browsers do.
pub fn caret_after_change(old: &str, new: &str, caret: usize) -> usize {
    let old: Vec<u16> = old.encode_utf16().collect();
    let new: Vec<u16> = new.encode_utf16().collect();
    let caret = caret.min(old.len());
    if old.is_empty() {
        return new.len();
    }
    let same_before = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    if caret <= same_before {
        return caret;
    }
    let after = &old[caret..];
    if new.ends_with(after) {
        new.len() - after.len()
    } else {
        new.len()
    }
}
