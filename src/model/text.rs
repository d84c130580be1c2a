//! Text rules shared by the model: what users type as a name or title is kept on one line.

/// Runs of whitespace (spaces, tabs, line breaks) become one space; none at the ends.
pub fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
