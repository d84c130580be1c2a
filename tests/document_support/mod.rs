//! Shared by the document tests: a sample document that uses every kind of block, and a zip
//! reader written independently of the app's writer, which checks the archive as it reads it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use roxmltree::{Node, NodeType};

use zelfevaluatie_wmo_toezicht::model::document::png::bar_chart_png;
use zelfevaluatie_wmo_toezicht::model::document::{Block, Document, DocumentMeta, HeadingLevel, Image, Span, Table};

/// The alternative text of the sample's chart.
pub const CHART_ALT: &str = "Staafdiagram van de scores per principe: onafhankelijkheid 75 %, \
                             transparantie 50 %, samenwerking nog geen score. De tabel hieronder geeft dezelfde cijfers.";

/// Every heading of the sample, with its level.
pub const HEADINGS: [(u8, &str); 5] = [
    (1, "Samenvatting"),
    (2, "Scores per principe"),
    (3, "Toelichting bij de scores"),
    (1, "Verbeterplan"),
    (2, "Acties met prioriteit hoog"),
];

pub fn sample() -> Document {
    Document {
        meta: DocumentMeta {
            title: "Zelfevaluatie Wmo-toezicht".into(),
            subject: "Rapport van de zelfevaluatie van Gemeente Voorbeeld".into(),
            author: Some("Team Wmo, Gemeente Voorbeeld".into()),
            date: "2026-11-23".into(),
        },
        blocks: vec![
            Block::Title("Zelfevaluatie Wmo-toezicht".into()),
            Block::Subtitle("Gemeente Voorbeeld".into()),
            Block::Subtitle("23-11-2026".into()),
            Block::PageBreak,
            Block::heading(HeadingLevel::One, HEADINGS[0].1),
            Block::Paragraph(vec![
                Span::plain("Deze zelfevaluatie is ingevuld door "),
                Span::bold("het team Wmo"),
                Span::plain(" en "),
                Span::italic("besproken met de toezichthouder"),
                Span::plain("."),
            ]),
            Block::heading(HeadingLevel::Two, HEADINGS[1].1),
            Block::Image(Image {
                png: bar_chart_png(&[Some(75.0), Some(50.0), None], &[40.0, 70.0]),
                width_mm: 150,
                alt: CHART_ALT.into(),
            }),
            Block::Table(Table {
                caption: "Tabel 1. Score per principe".into(),
                header: vec!["Principe".into(), "Score".into(), "Niveau".into()],
                rows: vec![
                    vec!["Onafhankelijkheid".into(), "75 %".into(), "Op orde".into()],
                    vec!["Transparantie".into(), "50 %".into(), "In ontwikkeling".into()],
                    vec!["Samenwerking".into(), "geen score".into()],
                ],
                column_widths: vec![2, 1, 1],
            }),
            Block::heading(HeadingLevel::Three, HEADINGS[2].1),
            Block::BulletList(vec![
                vec![Span::plain("Een score is het deel van de punten dat de antwoorden halen.")],
                vec![Span::bold("Niet van toepassing"), Span::plain(" telt niet mee.")],
            ]),
            Block::Paragraph(vec![Span::plain(
                "Noot van de gebruiker:\tmet tab\nen een tweede regel, <b> & \"aanhalingstekens\" 'enkel'  😀",
            )]),
            Block::PageBreak,
            Block::heading(HeadingLevel::One, HEADINGS[3].1),
            Block::heading(HeadingLevel::Two, HEADINGS[4].1),
            Block::Table(Table {
                caption: "Tabel 2. Acties".into(),
                header: vec!["Actie".into(), "Eigenaar".into(), "Deadline".into(), "Status".into()],
                rows: vec![vec![
                    "Leg de onafhankelijkheid van de toezichthouder vast".into(),
                    "Griffie".into(),
                    "1-3-2027".into(),
                    "Bezig".into(),
                ]],
                column_widths: vec![4, 2, 2, 1],
            }),
        ],
    }
}

/// The sample's table cells, row by row, as both formats must show them.
pub fn sample_table_cells() -> Vec<&'static str> {
    vec![
        "Principe",
        "Score",
        "Niveau",
        "Onafhankelijkheid",
        "75 %",
        "Op orde",
        "Transparantie",
        "50 %",
        "In ontwikkeling",
        "Samenwerking",
        "geen score",
        "Actie",
        "Eigenaar",
        "Deadline",
        "Status",
        "Leg de onafhankelijkheid van de toezichthouder vast",
        "Griffie",
        "1-3-2027",
        "Bezig",
    ]
}

pub fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/documents")
}

/// One file in an archive, as read back.
pub struct ZipEntry {
    pub name: String,
    pub data: Vec<u8>,
    /// 0: stored.
    pub method: u16,
    pub local_extra_length: u16,
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// CRC-32 bit by bit: slow, but a different implementation from the app's table-driven one.
pub fn crc32_bitwise(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// Reads a zip written with stored entries and no comment, and panics on anything that is not
/// exactly right: the end record, every central directory entry against its local header, the
/// sizes and CRC of every entry, and that entries, directory and end record follow each other
/// without gaps.
pub fn read_zip(bytes: &[u8]) -> Vec<ZipEntry> {
    assert!(bytes.len() >= 22, "too short for a zip");
    let end = bytes.len() - 22;
    assert_eq!(u32_at(bytes, end), 0x0605_4B50, "end of central directory record at the very end");
    assert_eq!(u16_at(bytes, end + 4), 0, "disk number");
    assert_eq!(u16_at(bytes, end + 6), 0, "disk with the directory");
    let count = usize::from(u16_at(bytes, end + 8));
    assert_eq!(usize::from(u16_at(bytes, end + 10)), count, "entries on this disk = all entries");
    let directory_size = u32_at(bytes, end + 12) as usize;
    let directory_offset = u32_at(bytes, end + 16) as usize;
    assert_eq!(u16_at(bytes, end + 20), 0, "no comment");
    assert_eq!(directory_offset + directory_size, end, "the directory ends where the end record starts");

    let mut entries = Vec::new();
    let mut at = directory_offset;
    let mut next_local = 0;
    for _ in 0..count {
        assert_eq!(u32_at(bytes, at), 0x0201_4B50, "central directory entry signature");
        let flags = u16_at(bytes, at + 8);
        let method = u16_at(bytes, at + 10);
        let time = u16_at(bytes, at + 12);
        let date = u16_at(bytes, at + 14);
        let crc = u32_at(bytes, at + 16);
        let compressed = u32_at(bytes, at + 20) as usize;
        let size = u32_at(bytes, at + 24) as usize;
        let name_length = usize::from(u16_at(bytes, at + 28));
        let extra_length = usize::from(u16_at(bytes, at + 30));
        let comment_length = usize::from(u16_at(bytes, at + 32));
        let local = u32_at(bytes, at + 42) as usize;
        let name = std::str::from_utf8(&bytes[at + 46..at + 46 + name_length]).expect("UTF-8 name").to_owned();
        at += 46 + name_length + extra_length + comment_length;

        assert_eq!(flags & 0x0800, 0x0800, "{name}: UTF-8 flag");
        assert_eq!(flags & 0x0008, 0, "{name}: sizes are in the local header, no data descriptor");
        assert_eq!(method, 0, "{name}: stored");
        assert_eq!(compressed, size, "{name}: stored, so compressed size = size");
        assert_eq!(local, next_local, "{name}: entries follow each other without gaps");
        assert_eq!(u32_at(bytes, local), 0x0403_4B50, "{name}: local header signature");
        assert_eq!(u16_at(bytes, local + 6), flags, "{name}: local flags");
        assert_eq!(u16_at(bytes, local + 8), method, "{name}: local method");
        assert_eq!(u16_at(bytes, local + 10), time, "{name}: local time");
        assert_eq!(u16_at(bytes, local + 12), date, "{name}: local date");
        assert_eq!(u32_at(bytes, local + 14), crc, "{name}: local CRC");
        assert_eq!(u32_at(bytes, local + 18) as usize, compressed, "{name}: local compressed size");
        assert_eq!(u32_at(bytes, local + 22) as usize, size, "{name}: local size");
        assert_eq!(usize::from(u16_at(bytes, local + 26)), name_length, "{name}: local name length");
        let local_extra_length = u16_at(bytes, local + 28);
        assert_eq!(&bytes[local + 30..local + 30 + name_length], name.as_bytes(), "{name}: local name");
        let data_start = local + 30 + name_length + usize::from(local_extra_length);
        let data = bytes[data_start..data_start + size].to_vec();
        assert_eq!(crc32_bitwise(&data), crc, "{name}: CRC of the data");
        next_local = data_start + size;
        entries.push(ZipEntry { name, data, method, local_extra_length });
    }
    assert_eq!(next_local, directory_offset, "the directory starts right after the last entry");
    assert_eq!(at, end, "the directory holds exactly `count` entries");
    entries
}

pub fn entry<'a>(entries: &'a [ZipEntry], name: &str) -> &'a ZipEntry {
    entries.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name} missing from the archive"))
}

pub fn text_of<'a>(entries: &'a [ZipEntry], name: &str) -> &'a str {
    std::str::from_utf8(&entry(entries, name).data).unwrap_or_else(|_| panic!("{name} is not UTF-8"))
}

pub const ODF_TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

pub fn elements<'a, 'i>(
    doc: &'a roxmltree::Document<'i>,
    ns: &'a str,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> {
    doc.descendants()
        .filter(move |n| n.is_element() && n.tag_name().namespace() == Some(ns) && n.tag_name().name() == name)
}

pub fn is(node: Node, ns: &str, name: &str) -> bool {
    node.is_element() && node.tag_name().namespace() == Some(ns) && node.tag_name().name() == name
}

/// The text of an ODF paragraph or heading as the user typed it: `text:s` are spaces, `text:tab`
/// a tab, `text:line-break` a line break.
pub fn odf_text(node: Node) -> String {
    let mut text = String::new();
    for child in node.children() {
        match child.node_type() {
            NodeType::Text => text.push_str(child.text().unwrap()),
            NodeType::Element if is(child, ODF_TEXT, "s") => {
                let count: usize = child.attribute((ODF_TEXT, "c")).map_or(1, |c| c.parse().unwrap());
                text.extend(std::iter::repeat_n(' ', count));
            }
            NodeType::Element if is(child, ODF_TEXT, "tab") => text.push('\t'),
            NodeType::Element if is(child, ODF_TEXT, "line-break") => text.push('\n'),
            NodeType::Element if is(child, ODF_TEXT, "span") => text.push_str(&odf_text(child)),
            _ => {}
        }
    }
    text
}
