//! The score chart as a PNG image, for the documents (which cannot show the app's HTML chart).
//!
//! The image holds no text: every label and value is in the table beside it and in its
//! alternative text. The encoder is minimal: 16 colours from a palette, the image data in
//! uncompressed ("stored") deflate blocks, which every PNG reader accepts.

use super::zip::crc32_update;

pub const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1A, b'\n'];

/// The chart's width in pixels: 0 % is the left edge, 100 % the right edge.
pub const CHART_WIDTH: u32 = 800;
/// Each bar's band, from the top of one bar to the top of the next.
pub const CHART_ROW_HEIGHT: u32 = 48;
/// The height of a bar within its band, centred.
pub const CHART_BAR_HEIGHT: u32 = 28;

/// Colours that read on paper and on screen in any house style: a dark bar (contrast 11:1 with
/// white) on a light grey track that shows the full 0–100 % scale, grey boundary lines (3.4:1
/// with white) that stay visible across a bar in a light tint, and a dark left axis.
pub mod colour {
    pub const BACKGROUND: [u8; 3] = [0xFF, 0xFF, 0xFF];
    pub const TRACK: [u8; 3] = [0xE6, 0xE6, 0xE6];
    pub const BAR: [u8; 3] = [0x1F, 0x3A, 0x5F];
    pub const MARK: [u8; 3] = [0x8C, 0x8C, 0x8C];
    pub const MARK_ON_BAR: [u8; 3] = [0xD0, 0xD8, 0xE4];
    pub const AXIS: [u8; 3] = [0x59, 0x59, 0x59];
}

const PALETTE: [[u8; 3]; 6] =
    [colour::BACKGROUND, colour::TRACK, colour::BAR, colour::MARK, colour::MARK_ON_BAR, colour::AXIS];
const BACKGROUND: u8 = 0;
const TRACK: u8 = 1;
const BAR: u8 = 2;
const MARK: u8 = 3;
const MARK_ON_BAR: u8 = 4;
const AXIS: u8 = 5;

/// A horizontal bar chart: one bar per value (a percentage, 0–100; clamped), top to bottom, and a
/// vertical line at each mark (a percentage, e.g. a level boundary). A value of `None` (no score)
/// draws neither bar nor track, so it cannot be mistaken for 0 %. Marks outside 0–100 % are left
/// out. The image is [`CHART_WIDTH`] wide and [`CHART_ROW_HEIGHT`] per value high.
pub fn bar_chart_png(values: &[Option<f64>], marks: &[f64]) -> Vec<u8> {
    let width = CHART_WIDTH as usize;
    let rows = values.len().max(1);
    let height = rows * CHART_ROW_HEIGHT as usize;
    let mut pixels = vec![BACKGROUND; width * height];
    let bar_top = ((CHART_ROW_HEIGHT - CHART_BAR_HEIGHT) / 2) as usize;
    for (row, value) in values.iter().enumerate() {
        let Some(value) = value.filter(|v| v.is_finite()) else { continue };
        let end = x_of(value.clamp(0.0, 100.0)).min(width);
        let top = row * CHART_ROW_HEIGHT as usize + bar_top;
        for y in top..top + CHART_BAR_HEIGHT as usize {
            let line = &mut pixels[y * width..(y + 1) * width];
            line[..end].fill(BAR);
            line[end..].fill(TRACK);
        }
    }
    for &mark in marks.iter().filter(|m| (0.0..=100.0).contains(*m)) {
        let x = x_of(mark).clamp(1, width - 1);
        for y in 0..height {
            for pixel in &mut pixels[y * width + x - 1..=y * width + x] {
                *pixel = if *pixel == BAR { MARK_ON_BAR } else { MARK };
            }
        }
    }
    for y in 0..height {
        pixels[y * width..y * width + 2].fill(AXIS);
    }
    indexed_png(CHART_WIDTH, height as u32, &PALETTE, &pixels)
}

/// The first column right of `percent` (0–100): a 50 % bar fills columns 0–399 of 800.
fn x_of(percent: f64) -> usize {
    (percent * f64::from(CHART_WIDTH) / 100.0).round() as usize
}

/// A PNG with 4-bit palette colours: `pixels` holds one palette index per pixel, row by row.
fn indexed_png(width: u32, height: u32, palette: &[[u8; 3]], pixels: &[u8]) -> Vec<u8> {
    let row_bytes = (width as usize).div_ceil(2);
    let mut raw = Vec::with_capacity((row_bytes + 1) * height as usize);
    for line in pixels.chunks(width as usize) {
        raw.push(0); // filter: none
        raw.extend(line.chunks(2).map(|pair| pair[0] << 4 | pair.get(1).copied().unwrap_or(0)));
    }

    let mut png = SIGNATURE.to_vec();
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&width.to_be_bytes());
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[4, 3, 0, 0, 0]); // 4 bits, palette, deflate, no filter, no interlace
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"PLTE", &palette.concat());
    chunk(&mut png, b"IDAT", &zlib_stored(&raw));
    chunk(&mut png, b"IEND", &[]);
    png
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&(data.len() as u32).to_be_bytes());
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let crc = crc32_update(crc32_update(0xFFFF_FFFF, kind), data) ^ 0xFFFF_FFFF;
    png.extend_from_slice(&crc.to_be_bytes());
}

/// A zlib stream of `data` in stored deflate blocks (at most 65,535 bytes each).
fn zlib_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01]; // deflate, 32 KiB window, no dictionary, fastest
    let blocks: Vec<&[u8]> = if data.is_empty() { vec![&[]] } else { data.chunks(0xFFFF).collect() };
    for (index, block) in blocks.iter().enumerate() {
        out.push(u8::from(index + 1 == blocks.len())); // BFINAL on the last block, BTYPE 00
        let length = block.len() as u16;
        out.extend_from_slice(&length.to_le_bytes());
        out.extend_from_slice(&(!length).to_le_bytes());
        out.extend_from_slice(block);
    }
    out.extend_from_slice(&adler32(data).to_be_bytes());
    out
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    // 5,552 bytes is the most that can be summed before `b` could overflow.
    for block in data.chunks(5552) {
        for &byte in block {
            a += u32::from(byte);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    b << 16 | a
}
