//! The .odt and .docx writers: the XML of a sample document against golden files, well-formed
//! and correctly escaped XML, and the structure Word and LibreOffice rely on (heading levels,
//! repeating table headers, language, metadata, package parts).
//!
//! The golden files are in tests/golden/documents/: one file per XML part, plus the whole sample
//! .odt and .docx (used by tests/e2e/libreoffice.test.mjs). After an intended change, rewrite them
//! with `UPDATE_GOLDEN=1 cargo test --test document_formats` and review the diff.
#![cfg(not(target_arch = "wasm32"))]

mod document_support;

use std::collections::BTreeSet;

use document_support::{
    elements, entry, golden_dir, is, odf_text, read_zip, sample, text_of, ZipEntry, CHART_ALT, HEADINGS, ODF_TEXT,
};
use roxmltree::Node;
use zelfevaluatie_wmo_toezicht::model::document::png::bar_chart_png;
use zelfevaluatie_wmo_toezicht::model::document::{
    docx, odt, Block, Document, DocumentMeta, HeadingLevel, Image, Span, Table,
};

const ODT_XML_PARTS: [&str; 4] = ["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"];
const DOCX_XML_PARTS: [&str; 10] = [
    "[Content_Types].xml",
    "_rels/.rels",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
    "word/numbering.xml",
    "word/settings.xml",
    "word/footer1.xml",
    "docProps/core.xml",
    "docProps/app.xml",
];

const ODF_STYLE: &str = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const ODF_TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const ODF_FO: &str = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
const ODF_SVG: &str = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
const ODF_DRAW: &str = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
const XLINK: &str = "http://www.w3.org/1999/xlink";
const DC: &str = "http://purl.org/dc/elements/1.1/";
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WP: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";

fn golden(name: &str, actual: &[u8]) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected =
        std::fs::read(&path).unwrap_or_else(|_| panic!("{} missing; run with UPDATE_GOLDEN=1", path.display()));
    if let (Ok(actual), Ok(expected)) = (std::str::from_utf8(actual), std::str::from_utf8(&expected)) {
        assert_eq!(actual, expected, "{name} differs from the golden file");
    } else {
        assert!(actual == expected, "{name} differs from the golden file");
    }
}

fn golden_name(format: &str, part: &str) -> String {
    format!("{format}/{}", part.replace('/', "__"))
}

fn parse<'a>(entries: &'a [ZipEntry], name: &str) -> roxmltree::Document<'a> {
    roxmltree::Document::parse(text_of(entries, name)).unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"))
}

/// The text of a Word paragraph: `w:t`, `w:tab` and `w:br` of its runs.
fn word_text(paragraph: Node) -> String {
    let mut text = String::new();
    for node in paragraph.descendants() {
        if is(node, W, "t") {
            text.push_str(node.text().unwrap_or(""));
        } else if is(node, W, "tab") && node.parent().is_some_and(|p| is(p, W, "r")) {
            text.push('\t');
        } else if is(node, W, "br") {
            text.push('\n');
        }
    }
    text
}

/// Word paragraphs (not those inside table cells) with their style, in order.
fn word_paragraphs<'a, 'i>(doc: &'a roxmltree::Document<'i>) -> Vec<(Option<&'a str>, String)> {
    let body = elements(doc, W, "body").next().unwrap();
    body.children()
        .filter(|n| is(*n, W, "p"))
        .map(|p| {
            let style = p
                .children()
                .find(|n| is(*n, W, "pPr"))
                .and_then(|ppr| ppr.children().find(|n| is(*n, W, "pStyle")))
                .and_then(|s| s.attribute((W, "val")));
            (style, word_text(p))
        })
        .collect()
}

#[test]
fn the_sample_odt_matches_the_golden_files() {
    let bytes = odt(&sample());
    let entries = read_zip(&bytes);
    for part in ODT_XML_PARTS {
        golden(&golden_name("odt", part), &entry(&entries, part).data);
    }
    golden("voorbeeld.odt", &bytes);
}

#[test]
fn the_sample_docx_matches_the_golden_files() {
    let bytes = docx(&sample());
    let entries = read_zip(&bytes);
    for part in DOCX_XML_PARTS {
        golden(&golden_name("docx", part), &entry(&entries, part).data);
    }
    golden("voorbeeld.docx", &bytes);
}

#[test]
fn the_odt_package_starts_with_its_stored_mimetype_and_lists_every_part() {
    let bytes = odt(&sample());
    let entries = read_zip(&bytes);
    let first = &entries[0];
    assert_eq!(first.name, "mimetype");
    assert_eq!(first.method, 0, "stored");
    assert_eq!(first.local_extra_length, 0, "no extra field");
    assert_eq!(first.data, b"application/vnd.oasis.opendocument.text");

    let manifest = parse(&entries, "META-INF/manifest.xml");
    let manifest_ns = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    let listed: BTreeSet<&str> = elements(&manifest, manifest_ns, "file-entry")
        .map(|e| e.attribute((manifest_ns, "full-path")).unwrap())
        .collect();
    let stored: BTreeSet<&str> =
        entries.iter().map(|e| e.name.as_str()).filter(|n| *n != "mimetype" && !n.starts_with("META-INF/")).collect();
    let mut expected = stored.clone();
    expected.insert("/");
    assert_eq!(listed, expected, "the manifest lists exactly the stored parts");
    assert!(stored.contains("Pictures/afbeelding1.png"));
}

#[test]
fn every_docx_part_has_a_content_type_and_every_relationship_a_target() {
    let bytes = docx(&sample());
    let entries = read_zip(&bytes);
    let names: BTreeSet<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(entries[0].name, "[Content_Types].xml");

    let types = parse(&entries, "[Content_Types].xml");
    let ct = "http://schemas.openxmlformats.org/package/2006/content-types";
    let defaults: BTreeSet<&str> = elements(&types, ct, "Default").map(|d| d.attribute("Extension").unwrap()).collect();
    let overrides: BTreeSet<&str> =
        elements(&types, ct, "Override").map(|o| o.attribute("PartName").unwrap()).collect();
    for name in &names {
        let extension = name.rsplit('.').next().unwrap();
        let overridden = overrides.contains(format!("/{name}").as_str());
        assert!(overridden || defaults.contains(extension), "{name} has no content type");
    }
    for part in &overrides {
        assert!(names.contains(&part[1..]), "content type for a part that is not there: {part}");
    }

    let rel_ns = "http://schemas.openxmlformats.org/package/2006/relationships";
    for (rels, base) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
        let doc = parse(&entries, rels);
        let mut ids = BTreeSet::new();
        for rel in elements(&doc, rel_ns, "Relationship") {
            assert!(ids.insert(rel.attribute("Id").unwrap()), "{rels}: duplicate id");
            let target = format!("{base}{}", rel.attribute("Target").unwrap());
            assert!(names.contains(target.as_str()), "{rels}: target {target} missing");
        }
    }

    let document = parse(&entries, "word/document.xml");
    let rels = parse(&entries, "word/_rels/document.xml.rels");
    let ids: BTreeSet<&str> = elements(&rels, rel_ns, "Relationship").map(|r| r.attribute("Id").unwrap()).collect();
    for node in document.descendants().filter(|n| n.is_element()) {
        for attribute in node.attributes().filter(|a| a.namespace() == Some(R)) {
            assert!(
                ids.contains(attribute.value()),
                "r:{} = {} has no relationship",
                attribute.name(),
                attribute.value()
            );
        }
    }
}

#[test]
fn odt_headings_are_the_heading_styles_with_outline_levels() {
    let entries = read_zip(&odt(&sample()));
    let content = parse(&entries, "content.xml");
    let headings: Vec<(u8, String, &str)> = elements(&content, ODF_TEXT, "h")
        .map(|h| {
            let level = h.attribute((ODF_TEXT, "outline-level")).unwrap().parse().unwrap();
            (level, odf_text(h), h.attribute((ODF_TEXT, "style-name")).unwrap())
        })
        .collect();
    let expected: Vec<(u8, String)> = HEADINGS.iter().map(|(l, t)| (*l, t.to_string())).collect();
    assert_eq!(headings.iter().map(|(l, t, _)| (*l, t.clone())).collect::<Vec<_>>(), expected);

    // A heading after a page break uses an automatic style whose parent is the heading style.
    let automatic: Vec<(&str, &str)> = elements(&content, ODF_STYLE, "style")
        .filter_map(|s| Some((s.attribute((ODF_STYLE, "name"))?, s.attribute((ODF_STYLE, "parent-style-name"))?)))
        .collect();
    for (level, _, style) in &headings {
        let base = automatic.iter().find(|(name, _)| name == style).map_or(*style, |(_, parent)| *parent);
        assert_eq!(base, format!("Heading_20_{level}"));
    }
    let styles = parse(&entries, "styles.xml");
    for level in 1..=3 {
        let name = format!("Heading_20_{level}");
        let style =
            elements(&styles, ODF_STYLE, "style").find(|s| s.attribute((ODF_STYLE, "name")) == Some(&name)).unwrap();
        assert_eq!(style.attribute((ODF_STYLE, "display-name")), Some(format!("Heading {level}").as_str()));
        assert_eq!(style.attribute((ODF_STYLE, "default-outline-level")), Some(level.to_string().as_str()));
    }
}

#[test]
fn docx_headings_are_the_built_in_heading_styles_with_outline_levels() {
    let entries = read_zip(&docx(&sample()));
    let document = parse(&entries, "word/document.xml");
    let headings: Vec<(u8, String)> = word_paragraphs(&document)
        .into_iter()
        .filter_map(|(style, text)| Some((style?.strip_prefix("Heading")?.parse().ok()?, text)))
        .collect();
    let expected: Vec<(u8, String)> = HEADINGS.iter().map(|(l, t)| (*l, t.to_string())).collect();
    assert_eq!(headings, expected);

    let styles = parse(&entries, "word/styles.xml");
    for level in 1..=3u8 {
        let id = format!("Heading{level}");
        let style = elements(&styles, W, "style").find(|s| s.attribute((W, "styleId")) == Some(&id)).unwrap();
        let child = |name: &str| style.descendants().find(|n| is(*n, W, name)).and_then(|n| n.attribute((W, "val")));
        assert_eq!(child("name"), Some(format!("heading {level}").as_str()), "Word's built-in name");
        assert_eq!(child("outlineLvl"), Some((level - 1).to_string().as_str()));
    }
}

#[test]
fn the_page_is_a4_with_margins_and_a_page_number_in_the_footer() {
    let entries = read_zip(&odt(&sample()));
    let styles = parse(&entries, "styles.xml");
    let page = elements(&styles, ODF_STYLE, "page-layout-properties").next().unwrap();
    assert_eq!(page.attribute((ODF_FO, "page-width")), Some("21cm"));
    assert_eq!(page.attribute((ODF_FO, "page-height")), Some("29.7cm"));
    assert_eq!(page.attribute((ODF_FO, "margin-left")), Some("2.5cm"));
    assert_eq!(page.attribute((ODF_FO, "margin-right")), Some("2.5cm"));
    let footer = elements(&styles, ODF_STYLE, "footer").next().unwrap();
    assert!(footer.descendants().any(|n| is(n, ODF_TEXT, "page-number")));

    let entries = read_zip(&docx(&sample()));
    let document = parse(&entries, "word/document.xml");
    let body = elements(&document, W, "body").next().unwrap();
    let section = body.last_element_child().unwrap();
    assert!(is(section, W, "sectPr"), "w:sectPr is the last element of the body");
    let size = section.children().find(|n| is(*n, W, "pgSz")).unwrap();
    assert_eq!((size.attribute((W, "w")), size.attribute((W, "h"))), (Some("11906"), Some("16838")));
    let margins = section.children().find(|n| is(*n, W, "pgMar")).unwrap();
    assert_eq!(margins.attribute((W, "left")), Some("1418"), "2.5 cm");
    let footer_reference = section.children().find(|n| is(*n, W, "footerReference")).unwrap();
    assert_eq!(footer_reference.attribute((R, "id")), Some("rId4"));
    let footer = parse(&entries, "word/footer1.xml");
    let fields: Vec<&str> =
        elements(&footer, W, "fldSimple").map(|f| f.attribute((W, "instr")).unwrap().trim()).collect();
    assert_eq!(fields, ["PAGE", "NUMPAGES"]);
}

#[test]
fn the_language_is_dutch_in_the_styles_and_the_metadata() {
    let entries = read_zip(&odt(&sample()));
    let styles = parse(&entries, "styles.xml");
    let default = elements(&styles, ODF_STYLE, "default-style")
        .find(|s| s.attribute((ODF_STYLE, "family")) == Some("paragraph"))
        .unwrap();
    let text = default.children().find(|n| is(*n, ODF_STYLE, "text-properties")).unwrap();
    assert_eq!((text.attribute((ODF_FO, "language")), text.attribute((ODF_FO, "country"))), (Some("nl"), Some("NL")));
    let meta = parse(&entries, "meta.xml");
    assert_eq!(elements(&meta, DC, "language").next().unwrap().text(), Some("nl-NL"));

    let entries = read_zip(&docx(&sample()));
    let styles = parse(&entries, "word/styles.xml");
    let defaults = elements(&styles, W, "rPrDefault").next().unwrap();
    let lang = defaults.descendants().find(|n| is(*n, W, "lang")).unwrap();
    assert_eq!(lang.attribute((W, "val")), Some("nl-NL"));
    let core = parse(&entries, "docProps/core.xml");
    assert_eq!(elements(&core, DC, "language").next().unwrap().text(), Some("nl-NL"));
}

#[test]
fn title_subject_author_and_date_are_in_the_metadata() {
    let entries = read_zip(&odt(&sample()));
    let meta = parse(&entries, "meta.xml");
    let dc = |name| elements(&meta, DC, name).next().and_then(|n| n.text()).map(str::to_owned);
    assert_eq!(dc("title").as_deref(), Some("Zelfevaluatie Wmo-toezicht"));
    assert_eq!(dc("subject").as_deref(), Some("Rapport van de zelfevaluatie van Gemeente Voorbeeld"));
    assert_eq!(dc("creator").as_deref(), Some("Team Wmo, Gemeente Voorbeeld"));
    assert_eq!(dc("date").as_deref(), Some("2026-11-23T00:00:00"));

    let entries = read_zip(&docx(&sample()));
    let core = parse(&entries, "docProps/core.xml");
    let dc = |name| elements(&core, DC, name).next().and_then(|n| n.text()).map(str::to_owned);
    assert_eq!(dc("title").as_deref(), Some("Zelfevaluatie Wmo-toezicht"));
    assert_eq!(dc("subject").as_deref(), Some("Rapport van de zelfevaluatie van Gemeente Voorbeeld"));
    assert_eq!(dc("creator").as_deref(), Some("Team Wmo, Gemeente Voorbeeld"));
    let created = core.descendants().find(|n| n.tag_name().name() == "created").unwrap();
    assert_eq!(created.text(), Some("2026-11-23T00:00:00Z"));
}

fn document_with(meta: DocumentMeta, blocks: Vec<Block>) -> Document {
    Document { meta, blocks }
}

fn plain_meta() -> DocumentMeta {
    DocumentMeta { title: "Titel".into(), subject: "Onderwerp".into(), author: None, date: "2026-11-23".into() }
}

#[test]
fn without_an_author_no_creator_is_written_and_a_bad_date_is_left_out() {
    for author in [None, Some(String::new()), Some("   ".into())] {
        let meta = DocumentMeta { author, date: "23-11-2026".into(), ..plain_meta() };
        let doc = document_with(meta, vec![Block::text("Tekst")]);
        let entries = read_zip(&odt(&doc));
        let meta_xml = text_of(&entries, "meta.xml");
        assert!(!meta_xml.contains("creator"), "{meta_xml}");
        assert!(!meta_xml.contains("date"), "{meta_xml}");
        parse(&entries, "meta.xml");
        let entries = read_zip(&docx(&doc));
        let core = text_of(&entries, "docProps/core.xml");
        assert!(!core.contains("creator") && !core.contains("created"), "{core}");
        parse(&entries, "docProps/core.xml");
    }
}

#[test]
fn table_header_rows_repeat_on_every_page_and_short_rows_are_padded() {
    let entries = read_zip(&odt(&sample()));
    let content = parse(&entries, "content.xml");
    let tables: Vec<Node> = elements(&content, ODF_TABLE, "table").collect();
    assert_eq!(tables.len(), 2);
    for table in &tables {
        let header = table.children().find(|n| is(*n, ODF_TABLE, "table-header-rows")).expect("header rows");
        let columns = table.children().filter(|n| is(*n, ODF_TABLE, "table-column")).count();
        assert_eq!(header.children().filter(|n| is(*n, ODF_TABLE, "table-row")).count(), 1);
        for row in table.descendants().filter(|n| is(*n, ODF_TABLE, "table-row")) {
            assert_eq!(row.children().filter(|n| is(*n, ODF_TABLE, "table-cell")).count(), columns);
        }
    }
    let last_row = tables[0].children().rfind(|n| is(*n, ODF_TABLE, "table-row")).unwrap();
    let cells: Vec<String> = last_row.descendants().filter(|n| is(*n, ODF_TEXT, "p")).map(odf_text).collect();
    assert_eq!(cells, ["Samenwerking", "geen score", ""]);

    let entries = read_zip(&docx(&sample()));
    let document = parse(&entries, "word/document.xml");
    let tables: Vec<Node> = elements(&document, W, "tbl").collect();
    assert_eq!(tables.len(), 2);
    for table in &tables {
        let rows: Vec<Node> = table.children().filter(|n| is(*n, W, "tr")).collect();
        let header_rows: Vec<bool> = rows.iter().map(|r| r.descendants().any(|n| is(n, W, "tblHeader"))).collect();
        assert!(header_rows[0] && header_rows[1..].iter().all(|h| !h), "only the first row is a header row");
        let grid = table.children().find(|n| is(*n, W, "tblGrid")).unwrap();
        let columns = grid.children().filter(|n| is(*n, W, "gridCol")).count();
        let total: u32 = grid
            .children()
            .filter(|n| is(*n, W, "gridCol"))
            .map(|c| c.attribute((W, "w")).unwrap().parse::<u32>().unwrap())
            .sum();
        assert_eq!(total, 9070, "the columns fill the text width");
        for row in rows {
            assert_eq!(row.children().filter(|n| is(*n, W, "tc")).count(), columns);
        }
        let caption = table.descendants().find(|n| is(*n, W, "tblCaption")).unwrap();
        assert!(caption.attribute((W, "val")).unwrap().starts_with("Tabel "));
    }
}

#[test]
fn images_carry_their_alternative_text_and_their_aspect_ratio() {
    let entries = read_zip(&odt(&sample()));
    let content = parse(&entries, "content.xml");
    let frame = elements(&content, ODF_DRAW, "frame").next().unwrap();
    let title = frame.children().find(|n| is(*n, ODF_SVG, "title")).unwrap();
    assert_eq!(title.text(), Some(CHART_ALT));
    // Not repeated as the description: LibreOffice would put both, joined, in a PDF's alt text.
    assert!(!frame.children().any(|n| is(n, ODF_SVG, "desc")));
    assert_eq!(frame.attribute((ODF_SVG, "width")), Some("150.00mm"));
    // The chart is 800 × 144 pixels (three bars): 150 mm wide makes it 27 mm high.
    assert_eq!(frame.attribute((ODF_SVG, "height")), Some("27.00mm"));
    let image = frame.children().find(|n| is(*n, ODF_DRAW, "image")).unwrap();
    let path = image.attribute((XLINK, "href")).unwrap();
    assert_eq!(entry(&entries, path).data, bar_chart_png(&[Some(75.0), Some(50.0), None], &[40.0, 70.0]));

    let entries = read_zip(&docx(&sample()));
    let document = parse(&entries, "word/document.xml");
    let doc_pr = elements(&document, WP, "docPr").next().unwrap();
    assert_eq!(doc_pr.attribute("descr"), Some(CHART_ALT));
    let extent = elements(&document, WP, "extent").next().unwrap();
    assert_eq!(
        (extent.attribute("cx"), extent.attribute("cy")),
        (Some("5400000"), Some("972000")),
        "150 × 27 mm in EMU"
    );
    let blip = elements(&document, A, "blip").next().unwrap();
    assert_eq!(blip.attribute((R, "embed")), Some("rId5"));
    assert!(entries.iter().any(|e| e.name == "word/media/afbeelding1.png"));
}

#[test]
fn an_image_that_is_not_a_png_is_replaced_by_its_alternative_text() {
    let alt = "Grafiek van de scores";
    let doc = document_with(
        plain_meta(),
        vec![Block::Image(Image { png: b"geen png".to_vec(), width_mm: 100, alt: alt.into() })],
    );
    let entries = read_zip(&odt(&doc));
    assert!(!entries.iter().any(|e| e.name.starts_with("Pictures/")));
    let content = parse(&entries, "content.xml");
    assert_eq!(elements(&content, ODF_TEXT, "p").map(odf_text).collect::<Vec<_>>(), [alt]);

    let entries = read_zip(&docx(&doc));
    assert!(!entries.iter().any(|e| e.name.starts_with("word/media/")));
    let document = parse(&entries, "word/document.xml");
    assert_eq!(word_paragraphs(&document).into_iter().map(|(_, t)| t).collect::<Vec<_>>(), [alt]);
}

/// Text with everything that must survive: markup characters, both quotes, a tab, line breaks of
/// every kind, runs of spaces, emoji, and a note of 5,000 characters.
fn hostile_text() -> String {
    let mut note = String::from(
        "  Begint met spaties, <script>alert('x')</script> & \"meer\"\t\tna twee tabs\r\nWindows-regel\rMac-regel\n",
    );
    while note.chars().count() < 5000 {
        note.push_str("Een lange notitie met  dubbele   spaties, é, ü, 😀 en een emoji-reeks 👩‍👩‍👧. ");
    }
    note.chars().take(5000).collect()
}

/// What a reader sees of `text`: line breaks of every kind become one `\n`.
fn as_read(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[test]
fn hostile_text_survives_exactly_in_both_formats() {
    let title = "Rapport <concept> & \"definitief\" 'of niet'\tmet tab 😀";
    let note = hostile_text();
    assert_eq!(note.chars().count(), 5000);
    let doc = document_with(
        DocumentMeta {
            title: title.into(),
            subject: note.clone(),
            author: Some("A & B <team>".into()),
            date: "2026-11-23".into(),
        },
        vec![
            Block::Title(title.into()),
            Block::heading(HeadingLevel::One, title),
            Block::Paragraph(vec![Span::bold("Notitie: "), Span::plain(note.clone())]),
            Block::Table(Table {
                caption: title.into(),
                header: vec![title.into()],
                rows: vec![vec![note.clone()]],
                column_widths: vec![],
            }),
            Block::Image(Image { png: bar_chart_png(&[Some(10.0)], &[]), width_mm: 50, alt: title.into() }),
        ],
    );
    let expected = [
        title.to_owned(),
        title.to_owned(),
        format!("Notitie: {}", as_read(&note)),
        title.to_owned(),
        title.to_owned(),
        as_read(&note),
    ];

    let entries = read_zip(&odt(&doc));
    let content = parse(&entries, "content.xml");
    let texts: Vec<String> = content
        .descendants()
        .filter(|n| is(*n, ODF_TEXT, "p") || is(*n, ODF_TEXT, "h"))
        .filter(|n| !n.descendants().any(|d| is(d, ODF_DRAW, "frame")))
        .map(odf_text)
        .collect();
    assert_eq!(texts, expected);
    let frame = elements(&content, ODF_DRAW, "frame").next().unwrap();
    assert_eq!(frame.children().find(|n| is(*n, ODF_SVG, "title")).unwrap().text(), Some(title));
    let meta = parse(&entries, "meta.xml");
    assert_eq!(elements(&meta, DC, "title").next().unwrap().text(), Some(title));
    assert_eq!(elements(&meta, DC, "subject").next().unwrap().text(), Some(note.as_str()));
    assert_eq!(elements(&meta, DC, "creator").next().unwrap().text(), Some("A & B <team>"));

    let entries = read_zip(&docx(&doc));
    let document = parse(&entries, "word/document.xml");
    let texts: Vec<String> =
        elements(&document, W, "p").filter(|p| !p.descendants().any(|n| is(n, W, "drawing"))).map(word_text).collect();
    assert_eq!(texts, expected);
    assert_eq!(elements(&document, WP, "docPr").next().unwrap().attribute("descr"), Some(title));
    assert_eq!(elements(&document, W, "tblCaption").next().unwrap().attribute((W, "val")), Some(title));
    let core = parse(&entries, "docProps/core.xml");
    assert_eq!(elements(&core, DC, "title").next().unwrap().text(), Some(title));
    assert_eq!(elements(&core, DC, "subject").next().unwrap().text(), Some(note.as_str()));
}

#[test]
fn characters_xml_cannot_carry_are_dropped_and_nothing_else() {
    let text = "a\u{0}b\u{1B}c\u{7F}d\u{85}e\u{FFFE}f\u{FFFF}g\u{10FFFF}h";
    let kept = "abcdefg\u{10FFFF}h";
    let doc = document_with(
        DocumentMeta { title: text.into(), ..plain_meta() },
        vec![Block::text(text), Block::Subtitle(text.into())],
    );
    for (bytes, document_part, paragraph) in [(odt(&doc), "content.xml", "p"), (docx(&doc), "word/document.xml", "p")] {
        let entries = read_zip(&bytes);
        for part in entries.iter().filter(|e| e.name.ends_with(".xml") || e.name.ends_with(".rels")) {
            let xml = std::str::from_utf8(&part.data).unwrap();
            roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{} is not well-formed: {e}", part.name));
        }
        let doc = parse(&entries, document_part);
        let texts: Vec<String> = doc
            .descendants()
            .filter(|n| n.is_element() && n.tag_name().name() == paragraph)
            .map(|p| if document_part == "content.xml" { odf_text(p) } else { word_text(p) })
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(texts, [kept, kept], "{document_part}");
    }
}

#[test]
fn every_xml_part_of_every_document_is_well_formed() {
    let empty = document_with(plain_meta(), vec![]);
    let odd = document_with(
        plain_meta(),
        vec![
            Block::PageBreak,
            Block::Table(Table::default()),
            Block::BulletList(vec![]),
            Block::Paragraph(vec![]),
            Block::Table(Table {
                caption: String::new(),
                header: vec![],
                rows: vec![vec!["a".into()]],
                column_widths: vec![0],
            }),
            Block::Table(Table {
                caption: String::new(),
                header: vec!["b".into()],
                rows: vec![],
                column_widths: vec![1, 2, 3],
            }),
            Block::PageBreak,
        ],
    );
    for doc in [sample(), empty, odd] {
        for bytes in [odt(&doc), docx(&doc)] {
            for part in read_zip(&bytes).iter().filter(|e| !e.name.ends_with(".png") && e.name != "mimetype") {
                let xml = std::str::from_utf8(&part.data).unwrap();
                roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{} is not well-formed: {e}", part.name));
            }
        }
    }
}

#[test]
fn two_tables_in_a_row_stay_two_tables_in_word() {
    let table = Table { header: vec!["a".into()], rows: vec![vec!["b".into()]], ..Table::default() };
    let doc = document_with(plain_meta(), vec![Block::Table(table.clone()), Block::PageBreak, Block::Table(table)]);
    let entries = read_zip(&docx(&doc));
    let document = parse(&entries, "word/document.xml");
    let body = elements(&document, W, "body").next().unwrap();
    let kinds: Vec<&str> = body.children().filter(|n| n.is_element()).map(|n| n.tag_name().name()).collect();
    assert_eq!(kinds, ["tbl", "p", "tbl", "p", "sectPr"], "a paragraph between the tables and after the last");
    // The page break goes to the second table's first cell, not to the empty paragraph.
    let second = body.children().filter(|n| is(*n, W, "tbl")).nth(1).unwrap();
    assert!(second.descendants().any(|n| is(n, W, "pageBreakBefore")));
}

#[test]
fn a_page_break_starts_the_next_block_on_a_new_page() {
    let doc = document_with(
        plain_meta(),
        vec![
            // Before any content, twice in a row and at the end: one break in all.
            Block::PageBreak,
            Block::Title("Titel".into()),
            Block::PageBreak,
            Block::PageBreak,
            Block::heading(HeadingLevel::One, "Hoofdstuk"),
            Block::text("Tekst"),
            Block::PageBreak,
        ],
    );
    let entries = read_zip(&odt(&doc));
    let content = parse(&entries, "content.xml");
    let heading = elements(&content, ODF_TEXT, "h").next().unwrap();
    let style_name = heading.attribute((ODF_TEXT, "style-name")).unwrap();
    let style =
        elements(&content, ODF_STYLE, "style").find(|s| s.attribute((ODF_STYLE, "name")) == Some(style_name)).unwrap();
    let properties = style.children().find(|n| is(*n, ODF_STYLE, "paragraph-properties")).unwrap();
    assert_eq!(properties.attribute((ODF_FO, "break-before")), Some("page"));
    assert_eq!(style.attribute((ODF_STYLE, "parent-style-name")), Some("Heading_20_1"));
    let breaks = content.descendants().filter(|n| n.attribute((ODF_FO, "break-before")).is_some()).count();
    assert_eq!(breaks, 1, "only the heading starts a page");

    let entries = read_zip(&docx(&doc));
    let document = parse(&entries, "word/document.xml");
    let paragraphs: Vec<Node> = elements(&document, W, "p").collect();
    let with_break: Vec<bool> =
        paragraphs.iter().map(|p| p.descendants().any(|n| is(n, W, "pageBreakBefore"))).collect();
    assert_eq!(with_break, [false, true, false]);
}

#[test]
fn bold_and_italic_spans_keep_their_formatting() {
    let entries = read_zip(&docx(&sample()));
    let document = parse(&entries, "word/document.xml");
    let runs: Vec<(String, bool, bool)> = elements(&document, W, "r")
        .filter(|r| r.descendants().any(|n| is(n, W, "t")))
        .map(|r| (word_text(r), r.descendants().any(|n| is(n, W, "b")), r.descendants().any(|n| is(n, W, "i"))))
        .collect();
    assert!(runs.contains(&("het team Wmo".into(), true, false)));
    assert!(runs.contains(&("besproken met de toezichthouder".into(), false, true)));

    let entries = read_zip(&odt(&sample()));
    let content = parse(&entries, "content.xml");
    let spans: Vec<(String, &str)> = elements(&content, ODF_TEXT, "span")
        .map(|s| (odf_text(s), s.attribute((ODF_TEXT, "style-name")).unwrap()))
        .collect();
    assert!(spans.contains(&("het team Wmo".into(), "Vet")));
    assert!(spans.contains(&("besproken met de toezichthouder".into(), "Cursief")));
}

#[test]
fn bullet_lists_are_real_lists() {
    let entries = read_zip(&odt(&sample()));
    let content = parse(&entries, "content.xml");
    let list = elements(&content, ODF_TEXT, "list").next().unwrap();
    assert_eq!(list.children().filter(|n| is(*n, ODF_TEXT, "list-item")).count(), 2);

    let entries = read_zip(&docx(&sample()));
    let document = parse(&entries, "word/document.xml");
    let numbered = elements(&document, W, "numId").filter(|n| n.attribute((W, "val")) == Some("1")).count();
    assert_eq!(numbered, 2);
    let numbering = parse(&entries, "word/numbering.xml");
    let format = elements(&numbering, W, "numFmt").next().unwrap();
    assert_eq!(format.attribute((W, "val")), Some("bullet"));
}
