//! Word (.docx) and OpenDocument (.odt) documents, written in the browser without a library.
//!
//! A builder (the verbeterplan, the rapport) describes a [`Document`]: metadata and a flat list of
//! [`Block`]s. [`odt`] and [`docx`] turn the same document into either format, with real
//! structure: heading styles with outline levels (navigation pane, table of contents), table
//! header rows that repeat on every page, alternative text on images, Dutch as the document
//! language, an A4 page with page numbers in the footer.
//!
//! Text is taken as the user typed it: `<`, `&`, quotes and emoji survive, a tab stays a tab and a
//! line break (`\n`) becomes a line break within the paragraph. Characters XML cannot carry
//! (control characters) are dropped. No input makes the writers panic.
//!
//! ```
//! use zelfevaluatie_wmo_toezicht::model::document::png::bar_chart_png;
//! use zelfevaluatie_wmo_toezicht::model::document::*;
//!
//! let doc = Document {
//!     meta: DocumentMeta {
//!         title: "Verbeterplan".into(),
//!         subject: "Verbeterplan Wmo-toezicht, Gemeente Voorbeeld".into(),
//!         author: None,
//!         date: "2026-11-23".into(),
//!     },
//!     blocks: vec![
//!         Block::Title("Verbeterplan".into()),
//!         Block::Subtitle("Gemeente Voorbeeld, 23-11-2026".into()),
//!         Block::PageBreak,
//!         Block::heading(HeadingLevel::One, "Scores"),
//!         Block::Image(Image {
//!             png: bar_chart_png(&[Some(75.0), None], &[40.0, 70.0]),
//!             width_mm: TEXT_WIDTH_MM,
//!             alt: "Staafdiagram: onafhankelijkheid 75 %, transparantie nog geen score.".into(),
//!         }),
//!         Block::Paragraph(vec![Span::bold("Let op: "), Span::plain("de tabel geeft dezelfde cijfers.")]),
//!     ],
//! };
//! let odt_file: Vec<u8> = odt(&doc); // download as ODT_MIME_TYPE, name ….odt
//! let docx_file: Vec<u8> = docx(&doc); // download as DOCX_MIME_TYPE, name ….docx
//! # assert!(odt_file.starts_with(b"PK") && docx_file.starts_with(b"PK"));
//! ```

mod docx;
mod odt;
pub mod png;
mod xml;
pub mod zip;

pub use docx::docx;
pub use odt::odt;

/// The language of every document: Dutch as written in the Netherlands.
pub const LANGUAGE: &str = "nl-NL";

/// The media types to give the downloads (the `Blob`'s type).
pub const ODT_MIME_TYPE: &str = "application/vnd.oasis.opendocument.text";
pub const DOCX_MIME_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The text area of the A4 page (21 cm minus 2.5 cm margins left and right): the widest an image
/// can be.
pub const TEXT_WIDTH_MM: u32 = 160;

/// A document: its metadata and its content, top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub meta: DocumentMeta,
    pub blocks: Vec<Block>,
}

/// What the file says about itself (File > Properties in Word and LibreOffice).
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentMeta {
    pub title: String,
    pub subject: String,
    /// The author. `None`, or only spaces, writes no author at all, not an empty one: the app does
    /// not know who the user is and should not pretend to.
    pub author: Option<String>,
    /// The date the document was made, `YYYY-MM-DD` (the user's local date). Anything else is
    /// left out of the metadata.
    pub date: String,
}

/// One piece of the document's flow.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The document's title, in the Title paragraph style (for a title page).
    Title(String),
    /// A line under the title, in the Subtitle paragraph style (organisation, date, status).
    Subtitle(String),
    /// A heading in the built-in Heading 1–3 styles, with its outline level, so the navigation
    /// pane and a table of contents find it.
    Heading {
        level: HeadingLevel,
        text: String,
    },
    /// A paragraph of body text.
    Paragraph(Vec<Span>),
    /// A bulleted list, one item per entry.
    BulletList(Vec<Vec<Span>>),
    Table(Table),
    Image(Image),
    /// The next block starts on a new page. Several in a row make one break (no empty pages), and
    /// one before any content or after the last block does nothing.
    PageBreak,
}

/// The three heading levels a document may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingLevel {
    One,
    Two,
    Three,
}

impl HeadingLevel {
    /// 1, 2 or 3.
    pub fn number(self) -> u8 {
        match self {
            HeadingLevel::One => 1,
            HeadingLevel::Two => 2,
            HeadingLevel::Three => 3,
        }
    }
}

/// A run of text within a paragraph, optionally bold or italic.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span { text: text.into(), bold: false, italic: false }
    }

    pub fn bold(text: impl Into<String>) -> Span {
        Span { text: text.into(), bold: true, italic: false }
    }

    pub fn italic(text: impl Into<String>) -> Span {
        Span { text: text.into(), bold: false, italic: true }
    }
}

impl Block {
    /// A paragraph of plain text.
    pub fn text(text: impl Into<String>) -> Block {
        Block::Paragraph(vec![Span::plain(text)])
    }

    pub fn heading(level: HeadingLevel, text: impl Into<String>) -> Block {
        Block::Heading { level, text: text.into() }
    }
}

/// A table of plain-text cells (a `\n` in a cell is a line break). A row shorter than the widest
/// row is padded with empty cells; a table with no cells at all writes only its caption.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Shown above the table (Caption style, kept with the table) and, in Word, the table's
    /// accessible title. Empty: no caption.
    pub caption: String,
    /// The header row, repeated at the top of every page the table runs onto. Empty: no header.
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Relative column widths, e.g. `[3, 1, 1]`. Empty (or the wrong length, or all zero): equal
    /// columns.
    pub column_widths: Vec<u32>,
}

/// A PNG image, shown as wide as asked (at most [`TEXT_WIDTH_MM`]) and as high as its aspect
/// ratio gives. A `png` that is not a readable PNG is left out and its `alt` text printed in its
/// place, so nothing the image meant to say is lost.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub png: Vec<u8>,
    pub width_mm: u32,
    /// The text alternative: what the image shows, for screen readers and when images are off.
    pub alt: String,
}

/// The number of columns: that of the widest row, header included (both formats need a
/// rectangular grid, so shorter rows get empty cells).
pub(crate) fn column_count(table: &Table) -> usize {
    table.rows.iter().map(Vec::len).chain([table.header.len()]).max().unwrap_or(0)
}

/// Column widths in `total` units that add up to `total`, from the table's relative widths.
pub(crate) fn column_widths(table: &Table, total: u32) -> Vec<u32> {
    let count = column_count(table);
    if count == 0 {
        return Vec::new();
    }
    let weights: Vec<u64> = if table.column_widths.len() == count && table.column_widths.iter().any(|&w| w > 0) {
        table.column_widths.iter().map(|&w| u64::from(w)).collect()
    } else {
        vec![1; count]
    };
    let sum: u64 = weights.iter().sum();
    let mut widths: Vec<u32> = weights.iter().map(|w| (w * u64::from(total) / sum) as u32).collect();
    // Rounding leaves a few units over; the last column takes them so the table fills the width.
    let used: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += total - used;
    }
    widths
}

/// The pixel size of a PNG, from its IHDR chunk; `None` if `png` is not a PNG.
pub(crate) fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if png.len() < 24 || png[..8] != png::SIGNATURE || &png[12..16] != b"IHDR" {
        return None;
    }
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let height = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
    (width > 0 && height > 0).then_some((width, height))
}

/// The text area's height on the A4 page, minus room for the footer: the highest an image can be.
const MAX_IMAGE_HEIGHT_MM: u64 = 230;

/// An image's display size in hundredths of a millimetre, or `None` when it cannot be shown. A
/// very tall image is made narrower so that it fits on one page.
pub(crate) fn image_size_centi_mm(image: &Image) -> Option<(u64, u64)> {
    let (width_px, height_px) = png_size(&image.png)?;
    let (width_px, height_px) = (u64::from(width_px), u64::from(height_px));
    let mut width = u64::from(image.width_mm.clamp(1, TEXT_WIDTH_MM)) * 100;
    let mut height = width * height_px / width_px;
    if height > MAX_IMAGE_HEIGHT_MM * 100 {
        height = MAX_IMAGE_HEIGHT_MM * 100;
        width = height * width_px / height_px;
    }
    Some((width.max(1), height.max(1)))
}

/// The author to write, if any: `None` for a missing or blank author.
pub(crate) fn author(meta: &DocumentMeta) -> Option<&str> {
    meta.author.as_deref().map(str::trim).filter(|a| !a.is_empty())
}

/// `date` if it is a `YYYY-MM-DD` date; anything else is left out of the metadata rather than
/// written as a date no reader accepts.
pub(crate) fn iso_date(date: &str) -> Option<&str> {
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    let valid =
        bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10);
    let month = date.get(5..7).and_then(|m| m.parse::<u8>().ok());
    let day = date.get(8..10).and_then(|d| d.parse::<u8>().ok());
    (valid && matches!(month, Some(1..=12)) && matches!(day, Some(1..=31))).then_some(date)
}
