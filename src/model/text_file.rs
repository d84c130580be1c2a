//! A file's bytes as text: the one size limit, the byte order mark, and what is not a text file.
//! Every file the app reads goes through here (a chosen questionnaire or evaluation, the
//! questionnaires on the host, the command-line checker), so each refuses the same files with
//! the same Dutch message.

use super::problem::Problem;
use super::text::dutch_number;

/// Larger files are refused before they are read: no questionnaire or evaluation comes near it.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// Why a file cannot be read as text. The messages do not name the file: the sentence around
/// them does ("'x.yaml' is niet toegevoegd", "'x.json' kan niet worden geïmporteerd").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRefusal {
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// Binary data: a NUL byte, as in Word documents, PDFs, images and zip files.
    Binary,
    /// Text saved as UTF-16 (Windows' "Unicode"), recognised by its byte order mark.
    Utf16,
    /// Bytes that are not UTF-8, such as an é saved by an old editor; 1-based line and column.
    NotUtf8 { line: usize, column: usize },
    /// The browser could not read the file at all.
    Unreadable,
}

impl FileRefusal {
    /// What is wrong and what the user can do, in Dutch.
    pub fn message(&self) -> String {
        const SAVE_AS_UTF8: &str =
            "Sla het op als UTF-8 (in Kladblok: 'Opslaan als', codering 'UTF-8') en kies het opnieuw.";
        match self {
            FileRefusal::TooLarge { bytes } => format!(
                "Het bestand is {}; het maximum is {}. Een vragenlijst of evaluatie is veel kleiner: controleer of u het juiste bestand hebt gekozen.",
                size_label(*bytes),
                size_label(MAX_FILE_BYTES)
            ),
            FileRefusal::Binary => "Het bestand is geen tekstbestand: het bevat binaire gegevens, zoals een Word-document, pdf of afbeelding. Kies het bestand zelf: een evaluatie is een JSON-bestand, een vragenlijst een YAML-bestand.".to_owned(),
            FileRefusal::Utf16 => format!("Het bestand is geen UTF-8-tekstbestand, maar opgeslagen als UTF-16 ('Unicode'). {SAVE_AS_UTF8}"),
            FileRefusal::NotUtf8 { line, column } => format!(
                "Het bestand is geen UTF-8-tekstbestand: op regel {line}, kolom {column} staat een teken in een andere codering. {SAVE_AS_UTF8}"
            ),
            FileRefusal::Unreadable => "Het bestand kon niet worden gelezen. Probeer het opnieuw, of kies een ander bestand.".to_owned(),
        }
    }

    /// The refusal as a problem of `file`: at the place of the first foreign character when
    /// there is one, otherwise about the file as a whole (no line, no path).
    pub fn problem(&self, file: &str) -> Problem {
        let problem = Problem::whole_file(file, self.message());
        match self {
            FileRefusal::NotUtf8 { line, column } => Problem { line: Some(*line), column: Some(*column), ..problem },
            _ => problem,
        }
    }
}

/// "3,4 MB", "2 MB", "512 kB": sizes as people read them (1 MB = 1024 kB here, like the limit).
pub fn size_label(bytes: usize) -> String {
    const KB: f64 = 1024.0;
    let bytes = bytes as f64;
    if bytes >= KB * KB {
        format!("{} MB", dutch_number((bytes / (KB * KB) * 10.0).floor() / 10.0))
    } else {
        format!("{} kB", dutch_number((bytes / KB).ceil()))
    }
}

/// Refuses a file larger than the limit before it is read.
pub fn check_size(bytes: usize) -> Result<(), FileRefusal> {
    if bytes > MAX_FILE_BYTES {
        Err(FileRefusal::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// A file's bytes as text, the way a browser's `Response.text()` reads them, except that what is
/// not UTF-8 text is refused instead of silently turned into U+FFFD: such a file would otherwise
/// give confusing YAML errors far from its real problem. A leading byte order mark is dropped.
/// Valid UTF-8, the normal case, keeps its buffer and is checked by the standard library's fast
/// validator.
pub fn text_from_bytes(mut bytes: Vec<u8>) -> Result<String, FileRefusal> {
    const BYTE_ORDER_MARK: &[u8] = "\u{feff}".as_bytes();
    check_size(bytes.len())?;
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(FileRefusal::Utf16);
    }
    if bytes.starts_with(BYTE_ORDER_MARK) {
        bytes.drain(..BYTE_ORDER_MARK.len());
    }
    if bytes.contains(&0) {
        return Err(FileRefusal::Binary);
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        // The part before the first bad byte is valid UTF-8, so it can be counted in characters.
        let before = std::str::from_utf8(valid).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        FileRefusal::NotUtf8 {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_label(MAX_FILE_BYTES), "2 MB");
        assert_eq!(size_label(3 * 1024 * 1024 + 400 * 1024), "3,3 MB");
        assert_eq!(size_label(1000), "1 kB");
        assert_eq!(size_label(0), "0 kB");
    }
}
