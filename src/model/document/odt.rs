//! OpenDocument Text (ODF 1.2): the open standard Dutch government uses for editable documents.
//! The built-in style names (Heading_20_1, Table_20_Contents, …) make LibreOffice show them in the
//! user's language and treat headings as chapters.

use super::xml::{pieces, push_attr, push_text, Piece};
use super::zip::ZipWriter;
use super::{
    author, column_count, column_widths, image_size_centi_mm, iso_date, Block, Document, Span, Table, LANGUAGE,
    ODT_MIME_TYPE,
};

/// The text area's width in hundredths of a millimetre (A4 minus 2.5 cm margins).
const TEXT_WIDTH: u32 = 16_000;

const NAMESPACES: &str = concat!(
    r#" xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0""#,
    r#" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0""#,
    r#" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#,
    r#" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0""#,
    r#" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0""#,
    r#" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0""#,
    r#" xmlns:xlink="http://www.w3.org/1999/xlink""#,
    r#" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0""#,
    r#" office:version="1.2""#,
);

/// The document as an .odt file.
pub fn odt(doc: &Document) -> Vec<u8> {
    let mut body = Body::default();
    for block in &doc.blocks {
        body.block(block);
    }
    let mut zip = ZipWriter::new();
    // ODF: `mimetype` first, stored, so a file type check finds it at a fixed offset.
    zip.add("mimetype", ODT_MIME_TYPE.as_bytes());
    zip.add("content.xml", content_xml(&body).as_bytes());
    zip.add("styles.xml", STYLES_XML.as_bytes());
    zip.add("meta.xml", meta_xml(doc).as_bytes());
    for (index, png) in body.images.iter().enumerate() {
        zip.add(&picture_path(index), png);
    }
    zip.add("META-INF/manifest.xml", manifest_xml(body.images.len()).as_bytes());
    zip.finish()
}

fn picture_path(index: usize) -> String {
    format!("Pictures/afbeelding{}.png", index + 1)
}

/// The body text and what it needs besides: automatic styles, pictures.
#[derive(Default)]
struct Body<'a> {
    out: String,
    /// A page break is waiting for the next paragraph or table.
    break_pending: bool,
    /// Paragraph styles that need a variant starting on a new page, each once.
    break_styles: Vec<&'static str>,
    /// Automatic styles of the tables (width, columns), in order.
    table_styles: String,
    tables: usize,
    images: Vec<&'a [u8]>,
}

impl<'a> Body<'a> {
    fn block(&mut self, block: &'a Block) {
        match block {
            Block::Title(text) => self.line("Title", text),
            Block::Subtitle(text) => self.line("Subtitle", text),
            Block::Heading { level, text } => {
                let style = ["Heading_20_1", "Heading_20_2", "Heading_20_3"][usize::from(level.number() - 1)];
                let style = self.style_with_break(style);
                let level = level.number();
                self.out.push_str(&format!(r#"<text:h text:style-name="{style}" text:outline-level="{level}">"#));
                spans(&mut self.out, &[Span::plain(text.as_str())]);
                self.out.push_str("</text:h>\n");
            }
            Block::Paragraph(content) => {
                self.paragraph("Text_20_body", content);
                self.out.push('\n');
            }
            Block::BulletList(items) => {
                if items.is_empty() {
                    return;
                }
                self.out.push_str("<text:list text:style-name=\"List_20_1\">\n");
                for item in items {
                    self.out.push_str("<text:list-item>");
                    self.paragraph("List", item);
                    self.out.push_str("</text:list-item>\n");
                }
                self.out.push_str("</text:list>\n");
            }
            Block::Table(table) => self.table(table),
            Block::Image(image) => match image_size_centi_mm(image) {
                Some((width, height)) => {
                    let style = self.style_with_break("Text_20_body");
                    self.images.push(&image.png);
                    let number = self.images.len();
                    let path = picture_path(number - 1);
                    self.out.push_str(&format!(
                        "<text:p text:style-name=\"{style}\"><draw:frame draw:style-name=\"Graphics\" \
                         draw:name=\"Afbeelding {number}\" text:anchor-type=\"as-char\" svg:width=\"{}\" \
                         svg:height=\"{}\" draw:z-index=\"0\"><draw:image xlink:href=\"{path}\" xlink:type=\"simple\" \
                         xlink:show=\"embed\" xlink:actuate=\"onLoad\"/><svg:title>",
                        millimetres(width),
                        millimetres(height)
                    ));
                    // Only the title: LibreOffice takes it as the alternative text (its
                    // accessibility check reads it) and joins title and description in a PDF.
                    push_text(&mut self.out, &image.alt);
                    self.out.push_str("</svg:title></draw:frame></text:p>\n");
                }
                None => self.line("Text_20_body", &image.alt),
            },
            // A break before anything is written would only make an empty first page.
            Block::PageBreak => self.break_pending = !self.out.is_empty(),
        }
    }

    /// `style`, or its variant that starts on a new page when a page break is waiting.
    fn style_with_break(&mut self, style: &'static str) -> String {
        if std::mem::take(&mut self.break_pending) {
            if !self.break_styles.contains(&style) {
                self.break_styles.push(style);
            }
            format!("{style}_Pagina")
        } else {
            style.to_owned()
        }
    }

    /// A paragraph of plain text, on its own line in the XML.
    fn line(&mut self, style: &'static str, text: &str) {
        self.paragraph(style, &[Span::plain(text)]);
        self.out.push('\n');
    }

    fn paragraph(&mut self, style: &'static str, content: &[Span]) {
        let style = self.style_with_break(style);
        self.out.push_str(&format!("<text:p text:style-name=\"{style}\">"));
        spans(&mut self.out, content);
        self.out.push_str("</text:p>");
    }

    fn table(&mut self, table: &Table) {
        if !table.caption.trim().is_empty() {
            self.line("Caption", &table.caption);
        }
        let columns = column_count(table);
        if columns == 0 {
            return;
        }
        self.tables += 1;
        let name = format!("Tabel{}", self.tables);
        let page_break = if std::mem::take(&mut self.break_pending) { " fo:break-before=\"page\"" } else { "" };
        self.table_styles.push_str(&format!(
            "<style:style style:name=\"{name}\" style:family=\"table\"><style:table-properties style:width=\"{}\" \
             table:align=\"margins\"{page_break}/></style:style>\n",
            millimetres(u64::from(TEXT_WIDTH))
        ));
        let widths = column_widths(table, TEXT_WIDTH);
        for (index, width) in widths.iter().enumerate() {
            self.table_styles.push_str(&format!(
                "<style:style style:name=\"{name}.{}\" style:family=\"table-column\"><style:table-column-properties \
                 style:column-width=\"{}\" style:rel-column-width=\"{width}*\"/></style:style>\n",
                column_letter(index),
                millimetres(u64::from(*width))
            ));
        }

        self.out.push_str("<table:table table:name=\"");
        push_attr(&mut self.out, &name);
        self.out.push_str(&format!("\" table:style-name=\"{name}\">\n"));
        for index in 0..columns {
            self.out.push_str(&format!("<table:table-column table:style-name=\"{name}.{}\"/>\n", column_letter(index)));
        }
        if !table.header.is_empty() {
            self.out.push_str("<table:table-header-rows>\n");
            row(&mut self.out, &table.header, columns, "Kopcel", "Table_20_Heading");
            self.out.push_str("</table:table-header-rows>\n");
        }
        for cells in &table.rows {
            row(&mut self.out, cells, columns, "Cel", "Table_20_Contents");
        }
        self.out.push_str("</table:table>\n");
    }
}

/// A, B, …, Z, AA, AB, …: the column names LibreOffice uses in its own style names.
fn column_letter(index: usize) -> String {
    let mut name = String::new();
    let mut n = index + 1;
    while n > 0 {
        n -= 1;
        name.insert(0, char::from(b'A' + (n % 26) as u8));
        n /= 26;
    }
    name
}

fn row(out: &mut String, cells: &[String], columns: usize, cell_style: &str, paragraph_style: &str) {
    out.push_str("<table:table-row>");
    for index in 0..columns {
        let text = cells.get(index).map(String::as_str).unwrap_or("");
        out.push_str(&format!(
            "<table:table-cell table:style-name=\"{cell_style}\" office:value-type=\"string\"><text:p \
             text:style-name=\"{paragraph_style}\">"
        ));
        spans(out, &[Span::plain(text)]);
        out.push_str("</text:p></table:table-cell>");
    }
    out.push_str("</table:table-row>\n");
}

/// Hundredths of a millimetre as an ODF length, e.g. `160.00mm`.
fn millimetres(centi_mm: u64) -> String {
    format!("{}.{:02}mm", centi_mm / 100, centi_mm % 100)
}

/// The spans of one paragraph. ODF collapses runs of spaces and drops spaces at the start of a
/// paragraph, so every space that would be lost is written as `<text:s/>`.
fn spans(out: &mut String, content: &[Span]) {
    let mut after_space = true;
    for span in content {
        let style = match (span.bold, span.italic) {
            (false, false) => None,
            (true, false) => Some("Vet"),
            (false, true) => Some("Cursief"),
            (true, true) => Some("VetCursief"),
        };
        if let Some(style) = style {
            out.push_str(&format!("<text:span text:style-name=\"{style}\">"));
        }
        for piece in pieces(&span.text) {
            match piece {
                Piece::Text(text) => push_spaced_text(out, text, &mut after_space),
                Piece::Tab => {
                    out.push_str("<text:tab/>");
                    after_space = true;
                }
                Piece::LineBreak => {
                    out.push_str("<text:line-break/>");
                    after_space = true;
                }
            }
        }
        if style.is_some() {
            out.push_str("</text:span>");
        }
    }
}

fn push_spaced_text(out: &mut String, text: &str, after_space: &mut bool) {
    let mut rest = text;
    while !rest.is_empty() {
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        if spaces > 0 {
            let literal = usize::from(!*after_space);
            if literal == 1 {
                out.push(' ');
            }
            match spaces - literal {
                0 => {}
                1 => out.push_str("<text:s/>"),
                n => out.push_str(&format!("<text:s text:c=\"{n}\"/>")),
            }
            *after_space = true;
            rest = &rest[spaces..];
        } else {
            let word = rest.find(' ').unwrap_or(rest.len());
            push_text(out, &rest[..word]);
            *after_space = false;
            rest = &rest[word..];
        }
    }
}

fn content_xml(body: &Body) -> String {
    let mut xml = String::with_capacity(body.out.len() + 4096);
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.push_str(&format!("<office:document-content{NAMESPACES}>\n<office:automatic-styles>\n"));
    xml.push_str(CONTENT_STYLES);
    for style in &body.break_styles {
        xml.push_str(&format!(
            "<style:style style:name=\"{style}_Pagina\" style:family=\"paragraph\" \
             style:parent-style-name=\"{style}\"><style:paragraph-properties fo:break-before=\"page\"/></style:style>\n"
        ));
    }
    xml.push_str(&body.table_styles);
    xml.push_str("</office:automatic-styles>\n<office:body>\n<office:text>\n");
    xml.push_str(&body.out);
    xml.push_str("</office:text>\n</office:body>\n</office:document-content>\n");
    xml
}

/// Bold and italic spans, and the borders of table cells.
const CONTENT_STYLES: &str = r##"<style:style style:name="Vet" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Cursief" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="VetCursief" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
<style:style style:name="Cel" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Kopcel" style:family="table-cell"><style:table-cell-properties fo:background-color="#e6e6e6" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
"##;

fn meta_xml(doc: &Document) -> String {
    let meta = &doc.meta;
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.push_str(concat!(
        r#"<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0""#,
        r#" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0""#,
        r#" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">"#,
        "\n<office:meta>\n<meta:generator>Zelfevaluatie Wmo-toezicht</meta:generator>\n<dc:title>"
    ));
    push_text(&mut xml, &meta.title);
    xml.push_str("</dc:title>\n<dc:subject>");
    push_text(&mut xml, &meta.subject);
    xml.push_str("</dc:subject>\n");
    if let Some(author) = author(meta) {
        xml.push_str("<meta:initial-creator>");
        push_text(&mut xml, author);
        xml.push_str("</meta:initial-creator>\n<dc:creator>");
        push_text(&mut xml, author);
        xml.push_str("</dc:creator>\n");
    }
    xml.push_str(&format!("<dc:language>{LANGUAGE}</dc:language>\n"));
    if let Some(date) = iso_date(&meta.date) {
        xml.push_str(&format!(
            "<meta:creation-date>{date}T00:00:00</meta:creation-date>\n<dc:date>{date}T00:00:00</dc:date>\n"
        ));
    }
    xml.push_str("</office:meta>\n</office:document-meta>\n");
    xml
}

fn manifest_xml(images: usize) -> String {
    let mut xml = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">"#,
        "\n",
        r#"<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>"#,
        "\n",
        r#"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#,
        "\n",
        r#"<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>"#,
        "\n",
        r#"<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>"#,
        "\n",
    ));
    for index in 0..images {
        xml.push_str(&format!(
            "<manifest:file-entry manifest:full-path=\"{}\" manifest:media-type=\"image/png\"/>\n",
            picture_path(index)
        ));
    }
    xml.push_str("</manifest:manifest>\n");
    xml
}

/// The styles every document shares: Dutch as the language, Arial, the paragraph styles, the
/// bullet list, and the A4 page with page numbers in the footer.
const STYLES_XML: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles",
    r#" xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0""#,
    r#" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0""#,
    r#" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#,
    r#" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0""#,
    r#" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0""#,
    r#" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0""#,
    r#" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0""#,
    r#" office:version="1.2">"#,
    r##"
<office:font-face-decls>
<style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.25cm" style:writing-mode="lr-tb"/><style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="nl" fo:country="NL" fo:hyphenate="false"/></style:default-style>
<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Subtitle" style:class="chapter"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="26pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="chapter"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="15pt"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="16pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="13pt"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Graphics" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format=""/>
<text:outline-level-style text:level="2" style:num-format=""/>
<text:outline-level-style text:level="3" style:num-format=""/>
</text:outline-style>
<text:list-style style:name="List_20_1" style:display-name="List 1">
<text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.25cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer><text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer></style:master-page>
</office:master-styles>
</office:document-styles>
"##
);
