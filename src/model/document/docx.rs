//! Word (Office Open XML, ISO/IEC 29500 transitional), the format of most municipal templates.
//! Styles carry Word's built-in names ("heading 1", "Title", "caption", …), which Word shows in
//! the user's language (Kop 1, Titel, Bijschrift) and uses for the navigation pane and a table of
//! contents.

use super::xml::{pieces, push_attr, push_text, Piece};
use super::zip::ZipWriter;
use super::{
    author, column_count, column_widths, image_size_centi_mm, iso_date, Block, Document, Span, Table, LANGUAGE,
};

/// The text area's width in twentieths of a point (A4, 11906, minus 2.5 cm margins of 1418).
const TEXT_WIDTH: u32 = 9070;

/// The document as a .docx file.
pub fn docx(doc: &Document) -> Vec<u8> {
    let mut body = Body::default();
    for block in &doc.blocks {
        body.block(block);
    }
    let mut zip = ZipWriter::new();
    zip.add("[Content_Types].xml", CONTENT_TYPES_XML.as_bytes());
    zip.add("_rels/.rels", ROOT_RELS_XML.as_bytes());
    zip.add("word/document.xml", document_xml(&body).as_bytes());
    zip.add("word/_rels/document.xml.rels", document_rels_xml(body.images.len()).as_bytes());
    zip.add("word/styles.xml", STYLES_XML.as_bytes());
    zip.add("word/numbering.xml", NUMBERING_XML.as_bytes());
    zip.add("word/settings.xml", SETTINGS_XML.as_bytes());
    zip.add("word/footer1.xml", FOOTER_XML.as_bytes());
    for (index, png) in body.images.iter().enumerate() {
        zip.add(&format!("word/{}", media_path(index)), png);
    }
    zip.add("docProps/core.xml", core_xml(doc).as_bytes());
    zip.add("docProps/app.xml", APP_XML.as_bytes());
    zip.finish()
}

fn media_path(index: usize) -> String {
    format!("media/afbeelding{}.png", index + 1)
}

/// The relationship id of an image: rId1–rId4 are the styles, numbering, settings and footer.
fn image_relationship(index: usize) -> String {
    format!("rId{}", index + 5)
}

/// 1 mm in EMU, the unit of DrawingML sizes.
const EMU_PER_CENTI_MM: u64 = 360;

#[derive(Default)]
struct Body<'a> {
    out: String,
    /// A page break is waiting for the next paragraph.
    break_pending: bool,
    images: Vec<&'a [u8]>,
    /// Whether the last thing written was a table: Word joins two tables that touch, and wants a
    /// paragraph between the last table and the end of the document.
    after_table: bool,
}

impl<'a> Body<'a> {
    fn block(&mut self, block: &'a Block) {
        match block {
            Block::Title(text) => self.line(Some("Title"), text),
            Block::Subtitle(text) => self.line(Some("Subtitle"), text),
            Block::Heading { level, text } => {
                self.line(Some(["Heading1", "Heading2", "Heading3"][usize::from(level.number() - 1)]), text)
            }
            Block::Paragraph(content) => {
                self.paragraph(None, "", content);
                self.out.push('\n');
            }
            Block::BulletList(items) => {
                for item in items {
                    let numbering = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
                    self.paragraph(Some("ListParagraph"), numbering, item);
                    self.out.push('\n');
                }
            }
            Block::Table(table) => self.table(table),
            Block::Image(image) => match image_size_centi_mm(image) {
                Some((width, height)) => {
                    self.images.push(&image.png);
                    let number = self.images.len();
                    self.open_paragraph(None, "");
                    let (cx, cy) = (width * EMU_PER_CENTI_MM, height * EMU_PER_CENTI_MM);
                    let relationship = image_relationship(number - 1);
                    self.out.push_str(&format!(
                        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent \
                         cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"{number}\" name=\"Afbeelding {number}\" descr=\""
                    ));
                    push_attr(&mut self.out, &image.alt);
                    self.out.push_str(&format!(
                        "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
                         <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
                         <pic:pic><pic:nvPicPr><pic:cNvPr id=\"{number}\" name=\"afbeelding{number}.png\" descr=\""
                    ));
                    push_attr(&mut self.out, &image.alt);
                    self.out.push_str(&format!(
                        "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"{relationship}\"/>\
                         <a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>\
                         <a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>\
                         </pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>\n"
                    ));
                }
                None => self.line(None, &image.alt),
            },
            // A break before anything is written would only make an empty first page.
            Block::PageBreak => self.break_pending = !self.out.is_empty(),
        }
    }

    /// A paragraph of plain text, on its own line in the XML.
    fn line(&mut self, style: Option<&str>, text: &str) {
        self.paragraph(style, "", &[Span::plain(text)]);
        self.out.push('\n');
    }

    fn paragraph(&mut self, style: Option<&str>, properties: &str, content: &[Span]) {
        self.open_paragraph(style, properties);
        runs(&mut self.out, content);
        self.out.push_str("</w:p>");
    }

    /// `<w:p>` with its properties: the style, a waiting page break, then `properties` (which
    /// must come after those in the schema's order).
    fn open_paragraph(&mut self, style: Option<&str>, properties: &str) {
        self.after_table = false;
        let page_break = std::mem::take(&mut self.break_pending);
        if style.is_none() && !page_break && properties.is_empty() {
            self.out.push_str("<w:p>");
            return;
        }
        self.out.push_str("<w:p><w:pPr>");
        if let Some(style) = style {
            self.out.push_str(&format!("<w:pStyle w:val=\"{style}\"/>"));
        }
        if page_break {
            self.out.push_str("<w:pageBreakBefore/>");
        }
        self.out.push_str(properties);
        self.out.push_str("</w:pPr>");
    }

    fn table(&mut self, table: &Table) {
        if !table.caption.trim().is_empty() {
            self.line(Some("Caption"), &table.caption);
        } else if self.after_table {
            self.out.push_str("<w:p/>\n");
        }
        let columns = column_count(table);
        if columns == 0 {
            return;
        }
        let widths = column_widths(table, TEXT_WIDTH);
        self.out.push_str(&format!(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/>\
             <w:tblLayout w:type=\"fixed\"/>"
        ));
        if !table.caption.trim().is_empty() {
            self.out.push_str("<w:tblCaption w:val=\"");
            push_attr(&mut self.out, &table.caption);
            self.out.push_str("\"/>");
        }
        self.out.push_str("</w:tblPr>\n<w:tblGrid>");
        for width in &widths {
            self.out.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
        }
        self.out.push_str("</w:tblGrid>\n");
        if !table.header.is_empty() {
            self.row(&table.header, &widths, true);
        }
        for cells in &table.rows {
            self.row(cells, &widths, false);
        }
        self.out.push_str("</w:tbl>\n");
        self.after_table = true;
    }

    fn row(&mut self, cells: &[String], widths: &[u32], header: bool) {
        // A header row repeats at the top of every page and is never split over two pages.
        self.out.push_str(if header { "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" } else { "<w:tr>" });
        for (index, width) in widths.iter().enumerate() {
            let text = cells.get(index).map(String::as_str).unwrap_or("");
            let shading = if header { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E6E6E6\"/>" } else { "" };
            self.out.push_str(&format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{shading}</w:tcPr>"));
            self.paragraph(Some(if header { "Tabelkop" } else { "Tabelinhoud" }), "", &[Span::plain(text)]);
            self.out.push_str("</w:tc>");
        }
        self.out.push_str("</w:tr>\n");
    }
}

/// The runs of one paragraph: a tab becomes `<w:tab/>`, a line break `<w:br/>`.
fn runs(out: &mut String, content: &[Span]) {
    for span in content {
        let parts = pieces(&span.text);
        if parts.is_empty() {
            continue;
        }
        out.push_str("<w:r>");
        if span.bold || span.italic {
            out.push_str("<w:rPr>");
            if span.bold {
                out.push_str("<w:b/><w:bCs/>");
            }
            if span.italic {
                out.push_str("<w:i/><w:iCs/>");
            }
            out.push_str("</w:rPr>");
        }
        for piece in parts {
            match piece {
                Piece::Text(text) => {
                    out.push_str("<w:t xml:space=\"preserve\">");
                    push_text(out, text);
                    out.push_str("</w:t>");
                }
                Piece::Tab => out.push_str("<w:tab/>"),
                Piece::LineBreak => out.push_str("<w:br/>"),
            }
        }
        out.push_str("</w:r>");
    }
}

fn document_xml(body: &Body) -> String {
    let mut xml = String::with_capacity(body.out.len() + 2048);
    xml.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document",
        r#" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#,
        r#" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#,
        r#" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing""#,
        r#" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main""#,
        r#" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">"#,
        "\n<w:body>\n"
    ));
    xml.push_str(&body.out);
    if body.after_table || body.out.is_empty() {
        xml.push_str("<w:p/>\n");
    }
    // The section's properties come last in the body: A4, margins of 2.5 cm left and right, 2 cm
    // top and bottom, the footer 1.25 cm from the bottom edge.
    xml.push_str(concat!(
        r#"<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/>"#,
        r#"<w:pgMar w:top="1134" w:right="1418" w:bottom="1134" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>"#,
        "</w:sectPr>\n</w:body>\n</w:document>\n"
    ));
    xml
}

fn document_rels_xml(images: usize) -> String {
    let mut xml = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        "\n",
        r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
        "\n",
        r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"#,
        "\n",
        r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>"#,
        "\n",
        r#"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>"#,
        "\n",
    ));
    for index in 0..images {
        xml.push_str(&format!(
            "<Relationship Id=\"{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" \
             Target=\"{}\"/>\n",
            image_relationship(index),
            media_path(index)
        ));
    }
    xml.push_str("</Relationships>\n");
    xml
}

fn core_xml(doc: &Document) -> String {
    let meta = &doc.meta;
    let mut xml = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties""#,
        r#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/""#,
        r#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
        "\n<dc:title>"
    ));
    push_text(&mut xml, &meta.title);
    xml.push_str("</dc:title>\n<dc:subject>");
    push_text(&mut xml, &meta.subject);
    xml.push_str("</dc:subject>\n");
    if let Some(author) = author(meta) {
        xml.push_str("<dc:creator>");
        push_text(&mut xml, author);
        xml.push_str("</dc:creator>\n");
    }
    xml.push_str(&format!("<dc:language>{LANGUAGE}</dc:language>\n"));
    if let Some(date) = iso_date(&meta.date) {
        xml.push_str(&format!("<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}T00:00:00Z</dcterms:created>\n"));
    }
    xml.push_str("</cp:coreProperties>\n");
    xml
}

const CONTENT_TYPES_XML: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    "\n",
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    "\n",
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    "\n",
    r#"<Default Extension="png" ContentType="image/png"/>"#,
    "\n",
    r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
    "\n",
    r#"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
    "\n",
    r#"<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>"#,
    "\n",
    r#"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#,
    "\n",
    r#"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#,
    "\n",
    r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
    "\n",
    r#"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#,
    "\n</Types>\n"
);

const ROOT_RELS_XML: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    "\n",
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    "\n",
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
    "\n",
    r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#,
    "\n</Relationships>\n"
);

const APP_XML: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#,
    "<Application>Zelfevaluatie Wmo-toezicht</Application></Properties>\n"
);

/// Word's own defaults for a new document plus Dutch, Arial 11 pt and the styles the blocks use.
const STYLES_XML: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles ",
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:after="160"/></w:pPr><w:rPr><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="80"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Tabelinhoud"><w:name w:val="Tabelinhoud"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Tabelkop"><w:name w:val="Tabelkop"/><w:basedOn w:val="Tabelinhoud"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>
"#
);

/// One bullet list definition: a bullet, indented 0.5 inch like Word's own.
const NUMBERING_XML: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering ",
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
"#
);

/// Word's current compatibility mode (otherwise Word opens the file in "compatibility mode"),
/// Dutch for the theme fonts, and tab stops every 1.25 cm.
const SETTINGS_XML: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings ",
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="nl-NL"/></w:settings>"#,
    "\n"
);

/// "Pagina 3 van 7", centred.
const FOOTER_XML: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr ",
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">Pagina </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> van </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"#,
    "\n"
);
