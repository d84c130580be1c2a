//! The stored zip writer behind both document formats, read back by an independent reader.
#![cfg(not(target_arch = "wasm32"))]

mod document_support;

use document_support::{crc32_bitwise, read_zip};
use zelfevaluatie_wmo_toezicht::model::document::zip::{crc32, ZipWriter};

#[test]
fn crc32_gives_the_standard_check_value() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
    let data: Vec<u8> = (0..10_000u32).map(|i| (i * 7919 % 251) as u8).collect();
    assert_eq!(crc32(&data), crc32_bitwise(&data));
}

#[test]
fn entries_come_back_in_order_with_their_names_and_bytes() {
    let large: Vec<u8> = (0..200_000u32).map(|i| (i % 256) as u8).collect();
    let mut zip = ZipWriter::new();
    zip.add("mimetype", b"application/vnd.oasis.opendocument.text");
    zip.add("leeg.txt", b"");
    zip.add("map/überzicht 😀.xml", "<a>é</a>".as_bytes());
    zip.add("groot.bin", &large);
    let bytes = zip.finish();

    let entries = read_zip(&bytes);
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["mimetype", "leeg.txt", "map/überzicht 😀.xml", "groot.bin"]);
    assert_eq!(entries[0].data, b"application/vnd.oasis.opendocument.text");
    assert!(entries[1].data.is_empty());
    assert_eq!(entries[2].data, "<a>é</a>".as_bytes());
    assert_eq!(entries[3].data, large);
    assert!(entries.iter().all(|e| e.method == 0 && e.local_extra_length == 0));
}

#[test]
fn the_mimetype_sits_at_the_fixed_offset_odf_readers_look_at() {
    let mut zip = ZipWriter::new();
    zip.add("mimetype", b"application/vnd.oasis.opendocument.text");
    let bytes = zip.finish();
    assert_eq!(&bytes[30..38], b"mimetype");
    assert_eq!(&bytes[38..77], b"application/vnd.oasis.opendocument.text");
}

#[test]
fn an_empty_archive_is_just_the_end_record() {
    let bytes = ZipWriter::new().finish();
    assert_eq!(bytes.len(), 22);
    assert!(read_zip(&bytes).is_empty());
}

#[test]
fn the_same_files_always_give_the_same_bytes() {
    let build = || {
        let mut zip = ZipWriter::new();
        zip.add("a.xml", b"<a/>");
        zip.finish()
    };
    assert_eq!(build(), build());
}
