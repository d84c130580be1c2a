//! A zip writer for documents: every entry stored (not compressed), which both formats accept and
//! which keeps the code small. Names are UTF-8; every entry has the same fixed date, so the same
//! document always gives the same bytes.
//!
//! Limits (far beyond any document the app makes): no entry or archive over 4 GiB and at most
//! 65,535 entries, as zip without its 64-bit extension allows.

/// CRC-32 (the polynomial of zip and PNG).
pub fn crc32(data: &[u8]) -> u32 {
    crc32_update(0xFFFF_FFFF, data) ^ 0xFFFF_FFFF
}

/// Continues a CRC-32 over more data: start with `0xFFFF_FFFF`, end by inverting the result.
/// Four bits at a time from a 16-entry table: fast enough for documents, and 64 bytes of
/// WebAssembly instead of the usual 1 KB table.
pub(crate) fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    for &byte in data {
        crc ^= u32::from(byte);
        crc = CRC_TABLE[(crc & 0x0F) as usize] ^ (crc >> 4);
        crc = CRC_TABLE[(crc & 0x0F) as usize] ^ (crc >> 4);
    }
    crc
}

const CRC_TABLE: [u32; 16] = {
    let mut table = [0u32; 16];
    let mut n = 0;
    while n < 16 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 4 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

/// 1 January 1980, 00:00, the earliest date zip can express.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = (1 << 5) | 1;
/// Version 2.0 of the zip format: enough for stored entries and folders.
const VERSION: u16 = 20;
/// General purpose flag bit 11: the name is UTF-8.
const UTF8_NAMES: u16 = 1 << 11;

struct Entry {
    name: String,
    crc: u32,
    size: u32,
    offset: u32,
}

/// Collects entries in order and writes the archive with [`ZipWriter::finish`].
#[derive(Default)]
pub struct ZipWriter {
    out: Vec<u8>,
    entries: Vec<Entry>,
}

impl ZipWriter {
    pub fn new() -> ZipWriter {
        ZipWriter::default()
    }

    /// Adds a file, stored as is, after the ones added before.
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let entry =
            Entry { name: name.to_owned(), crc: crc32(data), size: data.len() as u32, offset: self.out.len() as u32 };
        let out = &mut self.out;
        put32(out, 0x0403_4B50);
        put16(out, VERSION);
        put_common(out, &entry);
        put16(out, 0); // no extra field
        out.extend_from_slice(entry.name.as_bytes());
        out.extend_from_slice(data);
        self.entries.push(entry);
    }

    /// The archive: the entries, then the central directory and its end record.
    pub fn finish(mut self) -> Vec<u8> {
        let directory_offset = self.out.len() as u32;
        for entry in &self.entries {
            let out = &mut self.out;
            put32(out, 0x0201_4B50);
            put16(out, VERSION); // made by: MS-DOS attributes, zip 2.0
            put16(out, VERSION);
            put_common(out, entry);
            put16(out, 0); // extra field
            put16(out, 0); // comment
            put16(out, 0); // disk number
            put16(out, 0); // internal attributes
            put32(out, 0); // external attributes
            put32(out, entry.offset);
            out.extend_from_slice(entry.name.as_bytes());
        }
        let directory_size = self.out.len() as u32 - directory_offset;
        let count = self.entries.len() as u16;
        let out = &mut self.out;
        put32(out, 0x0605_4B50);
        put16(out, 0); // this disk
        put16(out, 0); // disk with the directory
        put16(out, count);
        put16(out, count);
        put32(out, directory_size);
        put32(out, directory_offset);
        put16(out, 0); // comment
        self.out
    }
}

/// The fields the local header and the central directory share, from the flags up to the length
/// of the name.
fn put_common(out: &mut Vec<u8>, entry: &Entry) {
    put16(out, UTF8_NAMES);
    put16(out, 0); // stored
    put16(out, DOS_TIME);
    put16(out, DOS_DATE);
    put32(out, entry.crc);
    put32(out, entry.size); // compressed size
    put32(out, entry.size);
    put16(out, entry.name.len() as u16);
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}
