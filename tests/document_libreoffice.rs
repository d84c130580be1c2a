//! LibreOffice opens the sample .odt and .docx and sees what we meant: exactly the sample's text,
//! headings as heading styles with outline levels 1–3, repeating table header rows, the chart's
//! alternative text, Dutch as the language, an A4 page. Word itself is not available here; see
//! tests/document_formats.rs for the checks on the Word XML.
//!
//! One `soffice --convert-to fodt` call converts both files to flat ODF XML, which is
//! LibreOffice's own account of what it loaded. (soffice applies one target format per call, so
//! the plain text is read from that same file instead of from a second, `txt`, conversion.)
#![cfg(not(target_arch = "wasm32"))]

mod document_support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use document_support::{elements, is, odf_text, sample, CHART_ALT, HEADINGS, ODF_TEXT};
use roxmltree::Node;
use zelfevaluatie_wmo_toezicht::model::document::{docx, odt, Block, Document};

const ODF_STYLE: &str = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const ODF_TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const ODF_OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const ODF_FO: &str = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
const ODF_SVG: &str = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
const ODF_DRAW: &str = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
const DC: &str = "http://purl.org/dc/elements/1.1/";

/// The longest a conversion may take before the test gives up (it takes a few seconds).
const TIMEOUT: Duration = Duration::from_secs(120);

fn scratch_dir() -> PathBuf {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("libreoffice-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Converts `files` to flat ODF in one soffice call, with a LibreOffice profile of its own (kept
/// between runs in the target folder: a new profile costs a few seconds).
fn convert_to_fodt(files: &[PathBuf], out: &Path) {
    let profile = Path::new(env!("CARGO_TARGET_TMPDIR")).join("libreoffice-profile");
    let mut command = Command::new("soffice");
    command
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--norestore", "--nolockcheck", "--convert-to", "fodt", "--outdir"])
        .arg(out)
        .args(files)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap_or_else(|error| {
        panic!(
            "LibreOffice (soffice) kon niet starten ({error}). Voer `make setup` uit, dat installeert \
             libreoffice-writer-nogui. / LibreOffice (soffice) could not be started: run `make setup`."
        )
    });
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > TIMEOUT {
            child.kill().ok();
            child.wait().ok();
            panic!("soffice took longer than {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "soffice failed: {}\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The body text as LibreOffice holds it: every paragraph and heading, in table cells and list
/// items too, in order; paragraphs that only hold an image and empty ones left out.
fn body_text(doc: &roxmltree::Document) -> Vec<String> {
    let body = elements(doc, ODF_OFFICE, "text").next().expect("office:text");
    body.descendants()
        .filter(|n| is(*n, ODF_TEXT, "p") || is(*n, ODF_TEXT, "h"))
        .filter(|n| !n.ancestors().skip(1).any(|a| is(a, ODF_TEXT, "p") || is(a, ODF_DRAW, "frame")))
        .map(odf_text)
        .filter(|text| !text.is_empty())
        .collect()
}

/// What the body text must be: the sample's blocks, line by line.
fn expected_text(doc: &Document) -> Vec<String> {
    let mut lines = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Title(text) | Block::Subtitle(text) | Block::Heading { text, .. } => lines.push(text.clone()),
            Block::Paragraph(spans) => lines.push(spans.iter().map(|s| s.text.as_str()).collect()),
            Block::BulletList(items) => lines.extend(items.iter().map(|i| i.iter().map(|s| s.text.as_str()).collect())),
            Block::Table(table) => {
                lines.push(table.caption.clone());
                lines.extend(table.header.iter().chain(table.rows.iter().flatten()).cloned());
            }
            Block::Image(_) | Block::PageBreak => {}
        }
    }
    lines.retain(|line| !line.is_empty());
    lines
}

/// The paragraph style a heading uses, through its automatic style (a heading after a page break
/// has one) to the named style.
fn named_style<'a>(doc: &'a roxmltree::Document, style: &'a str) -> Node<'a, 'a> {
    let find = |name: &str| {
        elements(doc, ODF_STYLE, "style")
            .find(|s| {
                s.attribute((ODF_STYLE, "name")) == Some(name)
                    && s.attribute((ODF_STYLE, "family")) == Some("paragraph")
            })
            .unwrap_or_else(|| panic!("style {name} missing"))
    };
    let found = find(style);
    let automatic = found.ancestors().any(|a| is(a, ODF_OFFICE, "automatic-styles"));
    match found.attribute((ODF_STYLE, "parent-style-name")) {
        Some(parent) if automatic => find(parent),
        _ => found,
    }
}

/// An ODF length in millimetres.
fn millimetres(length: &str) -> f64 {
    for (unit, factor) in [("mm", 1.0), ("cm", 10.0), ("in", 25.4), ("pt", 25.4 / 72.0)] {
        if let Some(number) = length.strip_suffix(unit) {
            return number.parse::<f64>().unwrap() * factor;
        }
    }
    panic!("unknown length {length}")
}

fn check(name: &str, xml: &str) {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: LibreOffice wrote bad XML: {e}"));

    assert_eq!(body_text(&doc), expected_text(&sample()), "{name}: the text LibreOffice sees");

    let headings: Vec<(u8, String)> = elements(&doc, ODF_TEXT, "h")
        .map(|h| {
            let level: u8 = h.attribute((ODF_TEXT, "outline-level")).expect("outline level").parse().unwrap();
            let style = named_style(&doc, h.attribute((ODF_TEXT, "style-name")).unwrap());
            assert_eq!(
                style.attribute((ODF_STYLE, "display-name")),
                Some(format!("Heading {level}").as_str()),
                "{name}"
            );
            assert_eq!(
                style.attribute((ODF_STYLE, "default-outline-level")),
                Some(level.to_string().as_str()),
                "{name}"
            );
            (level, odf_text(h))
        })
        .collect();
    let expected: Vec<(u8, String)> = HEADINGS.iter().map(|(l, t)| (*l, t.to_string())).collect();
    assert_eq!(headings, expected, "{name}: headings with their levels");

    let tables: Vec<Node> = elements(&doc, ODF_TABLE, "table").collect();
    assert_eq!(tables.len(), 2, "{name}");
    for table in tables {
        let header = table.children().find(|n| is(*n, ODF_TABLE, "table-header-rows"));
        assert!(header.is_some(), "{name}: the table's first row repeats on every page");
    }

    let frame = elements(&doc, ODF_DRAW, "frame").next().expect("the chart");
    let alt: Vec<&str> = frame
        .children()
        .filter(|n| is(*n, ODF_SVG, "title") || is(*n, ODF_SVG, "desc"))
        .filter_map(|n| n.text())
        .collect();
    assert!(alt.contains(&CHART_ALT), "{name}: the chart's alternative text, found {alt:?}");

    let default = elements(&doc, ODF_STYLE, "default-style")
        .find(|s| s.attribute((ODF_STYLE, "family")) == Some("paragraph"))
        .expect("default paragraph style");
    let text = default.children().find(|n| is(*n, ODF_STYLE, "text-properties")).unwrap();
    assert_eq!(
        (text.attribute((ODF_FO, "language")), text.attribute((ODF_FO, "country"))),
        (Some("nl"), Some("NL")),
        "{name}"
    );
    assert_eq!(elements(&doc, DC, "language").next().and_then(|n| n.text()), Some("nl-NL"), "{name}");
    assert_eq!(elements(&doc, DC, "title").next().and_then(|n| n.text()), Some("Zelfevaluatie Wmo-toezicht"), "{name}");

    let master = elements(&doc, ODF_STYLE, "master-page").next().expect("a master page");
    let layout_name = master.attribute((ODF_STYLE, "page-layout-name")).unwrap();
    let layout = elements(&doc, ODF_STYLE, "page-layout")
        .find(|l| l.attribute((ODF_STYLE, "name")) == Some(layout_name))
        .unwrap();
    let page = layout.children().find(|n| is(*n, ODF_STYLE, "page-layout-properties")).unwrap();
    let width = millimetres(page.attribute((ODF_FO, "page-width")).unwrap());
    let height = millimetres(page.attribute((ODF_FO, "page-height")).unwrap());
    assert!((width - 210.0).abs() < 0.5 && (height - 297.0).abs() < 0.5, "{name}: A4, found {width} × {height} mm");
}

#[test]
fn libreoffice_reads_the_sample_odt_and_docx_as_intended() {
    let dir = scratch_dir();
    let files = [dir.join("voorbeeld-odt.odt"), dir.join("voorbeeld-docx.docx")];
    std::fs::write(&files[0], odt(&sample())).unwrap();
    std::fs::write(&files[1], docx(&sample())).unwrap();

    let started = Instant::now();
    convert_to_fodt(&files, &dir);
    eprintln!("soffice converted both documents in {:.1} s", started.elapsed().as_secs_f64());

    for stem in ["voorbeeld-odt", "voorbeeld-docx"] {
        let path = dir.join(format!("{stem}.fodt"));
        let xml = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("soffice wrote no {}", path.display()));
        check(stem, &xml);
    }
    std::fs::remove_dir_all(&dir).ok();
}
