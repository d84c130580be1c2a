//! A located problem in a questionnaire file, worded in Dutch for the person who has to fix it.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// File name as the user knows it (e.g. `keuzehulp-wmo-toezicht.yaml`).
    pub file: String,
    /// 1-based line and column, when the problem can be pinned to a place in the text.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Where in the structure, e.g. `sections[1].questions[0].options[2].score`.
    pub path: String,
    /// What is wrong and what to do about it, in Dutch.
    pub message: String,
}

impl Problem {
    pub fn at_path(file: &str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { file: file.to_owned(), line: None, column: None, path: path.into(), message: message.into() }
    }

    /// A problem with the file as a whole, shown at its first line.
    pub fn at_start(file: &str, message: impl Into<String>) -> Self {
        Problem { line: Some(1), column: Some(1), ..Problem::at_path(file, "", message) }
    }

    /// A problem with the file as a whole that no place in it explains (it is too large, or not
    /// text at all): no line, no path.
    pub fn whole_file(file: &str, message: impl Into<String>) -> Self {
        Problem::at_path(file, "", message)
    }

    /// Whether the problem is about the file as a whole rather than a place in it.
    pub fn is_whole_file(&self) -> bool {
        self.line.is_none() && self.path.is_empty()
    }

    /// "regel 12, kolom 5" or "regel 12", for people reading the list.
    pub fn position(&self) -> Option<String> {
        match (self.line, self.column) {
            (Some(line), Some(column)) => Some(format!("regel {line}, kolom {column}")),
            (Some(line), None) => Some(format!("regel {line}")),
            _ => None,
        }
    }
}

impl fmt::Display for Problem {
    /// `file:line:column: [path] message`, the format editors and terminals turn into links.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": ")?;
        if !self.path.is_empty() {
            write!(f, "[{}] ", self.path)?;
        }
        write!(f, "{}", self.message)
    }
}
