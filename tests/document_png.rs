//! The score chart PNG, decoded by a small reader written for this test: signature, chunk CRCs,
//! IHDR, palette, the zlib stream (stored blocks, Adler-32) and the pixels themselves.
#![cfg(not(target_arch = "wasm32"))]

mod document_support;

use document_support::crc32_bitwise;
use zelfevaluatie_wmo_toezicht::model::document::png::{
    bar_chart_png, colour, CHART_BAR_HEIGHT, CHART_ROW_HEIGHT, CHART_WIDTH,
};

struct Decoded {
    width: usize,
    height: usize,
    palette: Vec<[u8; 3]>,
    /// One palette index per pixel, row by row.
    indices: Vec<u8>,
}

impl Decoded {
    fn colour(&self, x: usize, y: usize) -> [u8; 3] {
        self.palette[usize::from(self.indices[y * self.width + x])]
    }
}

fn be32(bytes: &[u8]) -> u32 {
    u32::from_be_bytes(bytes[..4].try_into().unwrap())
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in data {
        a = (a + u32::from(byte)) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

/// Inflates a zlib stream made only of stored blocks, checking every header and the Adler-32.
fn inflate_stored(zlib: &[u8]) -> Vec<u8> {
    let (cmf, flg) = (zlib[0], zlib[1]);
    assert_eq!(cmf & 0x0F, 8, "deflate");
    assert_eq!((u16::from(cmf) * 256 + u16::from(flg)) % 31, 0, "zlib header check bits");
    assert_eq!(flg & 0x20, 0, "no preset dictionary");
    let mut out = Vec::new();
    let mut at = 2;
    loop {
        let header = zlib[at];
        assert_eq!(header & 0b110, 0, "stored block (BTYPE 00)");
        let length = u16::from_le_bytes([zlib[at + 1], zlib[at + 2]]);
        let complement = u16::from_le_bytes([zlib[at + 3], zlib[at + 4]]);
        assert_eq!(length, !complement, "LEN and NLEN agree");
        out.extend_from_slice(&zlib[at + 5..at + 5 + usize::from(length)]);
        at += 5 + usize::from(length);
        if header & 1 == 1 {
            break;
        }
    }
    assert_eq!(be32(&zlib[at..]), adler32(&out), "Adler-32");
    assert_eq!(at + 4, zlib.len(), "nothing after the checksum");
    out
}

fn decode(png: &[u8]) -> Decoded {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "signature");
    let mut at = 8;
    let mut chunks = Vec::new();
    while at < png.len() {
        let length = be32(&png[at..]) as usize;
        let kind = &png[at + 4..at + 8];
        let data = &png[at + 8..at + 8 + length];
        let crc = be32(&png[at + 8 + length..]);
        assert_eq!(crc32_bitwise(&png[at + 4..at + 8 + length]), crc, "CRC of {}", String::from_utf8_lossy(kind));
        chunks.push((kind.to_vec(), data.to_vec()));
        at += 12 + length;
    }
    assert_eq!(at, png.len());
    let kinds: Vec<&[u8]> = chunks.iter().map(|(k, _)| k.as_slice()).collect();
    assert_eq!(kinds, [b"IHDR".as_slice(), b"PLTE", b"IDAT", b"IEND"]);

    let header = &chunks[0].1;
    assert_eq!(header.len(), 13);
    let (width, height) = (be32(header) as usize, be32(&header[4..]) as usize);
    assert_eq!(&header[8..], [4, 3, 0, 0, 0], "4-bit palette, deflate, no filter method, no interlace");
    let palette: Vec<[u8; 3]> = chunks[1].1.chunks(3).map(|c| [c[0], c[1], c[2]]).collect();
    assert!(palette.len() <= 16);
    assert!(chunks[3].1.is_empty());

    let raw = inflate_stored(&chunks[2].1);
    let row_bytes = width.div_ceil(2);
    assert_eq!(raw.len(), height * (row_bytes + 1));
    let mut indices = Vec::with_capacity(width * height);
    for row in raw.chunks(row_bytes + 1) {
        assert_eq!(row[0], 0, "filter type none");
        for x in 0..width {
            let byte = row[1 + x / 2];
            let index = if x % 2 == 0 { byte >> 4 } else { byte & 0x0F };
            assert!(usize::from(index) < palette.len(), "index within the palette");
            indices.push(index);
        }
    }
    Decoded { width, height, palette, indices }
}

/// The middle pixel row of bar `index`.
fn bar_middle(index: usize) -> usize {
    index * CHART_ROW_HEIGHT as usize + CHART_ROW_HEIGHT as usize / 2
}

#[test]
fn a_chart_decodes_with_one_band_per_value() {
    let image = decode(&bar_chart_png(&[Some(50.0), Some(100.0), Some(0.0), None], &[]));
    assert_eq!(image.width, CHART_WIDTH as usize);
    assert_eq!(image.height, 4 * CHART_ROW_HEIGHT as usize);
}

#[test]
fn a_50_percent_bar_ends_at_mid_width() {
    let image = decode(&bar_chart_png(&[Some(50.0)], &[]));
    let y = bar_middle(0);
    assert_eq!(image.colour(10, y), colour::BAR);
    assert_eq!(image.colour(399, y), colour::BAR);
    assert_eq!(image.colour(400, y), colour::TRACK);
    assert_eq!(image.colour(799, y), colour::TRACK);
    // Above and below the bar, within its band: background.
    assert_eq!(image.colour(200, 2), colour::BACKGROUND);
    assert_eq!(image.colour(200, CHART_ROW_HEIGHT as usize - 2), colour::BACKGROUND);
}

#[test]
fn full_empty_and_missing_scores_look_different() {
    let image = decode(&bar_chart_png(&[Some(100.0), Some(0.0), None], &[]));
    assert_eq!(image.colour(799, bar_middle(0)), colour::BAR, "100 % fills the width");
    assert_eq!(image.colour(10, bar_middle(1)), colour::TRACK, "0 %: only the track");
    assert_eq!(image.colour(10, bar_middle(2)), colour::BACKGROUND, "no score: no track either");
    assert_eq!(image.colour(0, bar_middle(2)), colour::AXIS, "the axis runs through every band");
}

#[test]
fn marks_draw_a_line_at_each_boundary_lighter_across_a_bar() {
    let image = decode(&bar_chart_png(&[Some(80.0), Some(20.0)], &[40.0, 70.0]));
    for x in [319, 320, 559, 560] {
        assert_eq!(image.colour(x, bar_middle(0)), colour::MARK_ON_BAR, "x = {x}, across the 80 % bar");
        assert_eq!(image.colour(x, bar_middle(1)), colour::MARK, "x = {x}, across the track");
        assert_eq!(image.colour(x, 1), colour::MARK, "x = {x}, between bars");
    }
    assert_eq!(image.colour(321, bar_middle(0)), colour::BAR);
    assert_eq!(image.colour(318, bar_middle(1)), colour::TRACK);
}

#[test]
fn out_of_range_values_are_clamped_and_odd_input_does_not_panic() {
    let image = decode(&bar_chart_png(
        &[Some(140.0), Some(-5.0), Some(f64::NAN), Some(f64::INFINITY)],
        &[-1.0, 101.0, f64::NAN, 0.0, 100.0],
    ));
    assert_eq!(image.colour(700, bar_middle(0)), colour::BAR, "140 % is drawn as 100 %");
    assert_eq!(image.colour(300, bar_middle(1)), colour::TRACK, "-5 % is drawn as 0 %");
    assert_eq!(image.colour(300, bar_middle(2)), colour::BACKGROUND, "NaN is no score");
    assert_eq!(image.colour(300, bar_middle(3)), colour::BACKGROUND, "infinity is no score");
    assert_eq!(image.colour(798, 1), colour::MARK, "the 100 % mark sits at the right edge");

    let empty = decode(&bar_chart_png(&[], &[]));
    assert_eq!((empty.width, empty.height), (CHART_WIDTH as usize, CHART_ROW_HEIGHT as usize));
}

#[test]
fn a_large_chart_spans_several_stored_blocks() {
    // 30 bars: about 580 KB of pixel data, so nine 64 KB blocks.
    let values: Vec<Option<f64>> = (0..30).map(|i| Some(f64::from(i) * 3.3)).collect();
    let image = decode(&bar_chart_png(&values, &[50.0]));
    assert_eq!(image.height, 30 * CHART_ROW_HEIGHT as usize);
    let top = CHART_ROW_HEIGHT as usize - CHART_BAR_HEIGHT as usize;
    assert_eq!(image.colour(50, 29 * CHART_ROW_HEIGHT as usize + top / 2 + 1), colour::BAR);
}

#[test]
fn the_colours_have_enough_contrast() {
    fn luminance([r, g, b]: [u8; 3]) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }
    // WCAG 1.4.11: graphical objects need 3:1 against what is next to them.
    assert!(contrast(colour::BAR, colour::BACKGROUND) >= 3.0);
    assert!(contrast(colour::BAR, colour::TRACK) >= 3.0);
    assert!(contrast(colour::MARK, colour::BACKGROUND) >= 3.0);
    assert!(contrast(colour::MARK_ON_BAR, colour::BAR) >= 3.0);
    assert!(contrast(colour::AXIS, colour::BACKGROUND) >= 3.0);
}
