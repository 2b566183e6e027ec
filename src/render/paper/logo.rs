//! The commission's logo (the `commission-logo` setting names an image file): a PNG or
//! JPEG read once, its size in pixels read from the file's header so both outputs can
//! scale it, embedded into the paper (a data URI in HTML, an image part in DOCX).

use crate::domain::paper::base64;

/// An image the paper embeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    pub bytes: Vec<u8>,
    pub png: bool,
    pub width: u32,
    pub height: u32,
}

/// Why a file cannot be a logo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoFault {
    /// Neither a PNG nor a JPEG.
    NotAnImage,
    /// A PNG or JPEG whose size cannot be read.
    NoSize,
}

impl Logo {
    pub fn read(bytes: Vec<u8>) -> Result<Logo, LogoFault> {
        let (png, (width, height)) = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            (true, png_size(&bytes).ok_or(LogoFault::NoSize)?)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            (false, jpeg_size(&bytes).ok_or(LogoFault::NoSize)?)
        } else {
            return Err(LogoFault::NotAnImage);
        };
        if width == 0 || height == 0 {
            return Err(LogoFault::NoSize);
        }
        Ok(Logo {
            bytes,
            png,
            width,
            height,
        })
    }

    pub fn mime(&self) -> &'static str {
        if self.png { "image/png" } else { "image/jpeg" }
    }

    pub fn extension(&self) -> &'static str {
        if self.png { "png" } else { "jpeg" }
    }

    /// The image as a `data:` URI.
    pub fn data_uri(&self) -> String {
        format!(
            "data:{};base64,{}",
            self.mime(),
            base64::encode(&self.bytes)
        )
    }
}

/// The IHDR chunk follows the signature: width and height, big-endian, at 16 and 20.
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.get(12..16)? != b"IHDR" {
        return None;
    }
    let w = u32::from_be_bytes(b.get(16..20)?.try_into().ok()?);
    let h = u32::from_be_bytes(b.get(20..24)?.try_into().ok()?);
    Some((w, h))
}

/// Walks the JPEG's segments to the first start-of-frame marker (SOF0..SOF15 but the
/// DHT, JPG and DAC markers), which holds the height and the width.
fn jpeg_size(b: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2;
    while i + 4 <= b.len() {
        if b[i] != 0xFF {
            return None;
        }
        let marker = b[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        let len = u16::from_be_bytes([b[i + 2], b[i + 3]]) as usize;
        if (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let h = u16::from_be_bytes([*b.get(i + 5)?, *b.get(i + 6)?]) as u32;
            let w = u16::from_be_bytes([*b.get(i + 7)?, *b.get(i + 8)?]) as u32;
            return Some((w, h));
        }
        i += 2 + len;
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A 1x1 PNG (a white pixel).
    pub const PIXEL_PNG: &[u8] = &[
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90,
        0x77, 0x53, 0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8,
        0xFF, 0xFF, 0x3F, 0x00, 0x05, 0xFE, 0x02, 0xFE, 0xDC, 0xCC, 0x59, 0xE7, 0x00, 0x00, 0x00,
        0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    #[test]
    fn a_png_and_a_jpeg_are_read_and_anything_else_refused() {
        let l = Logo::read(PIXEL_PNG.to_vec()).unwrap();
        assert_eq!((l.width, l.height, l.png), (1, 1, true));
        assert!(
            l.data_uri()
                .starts_with("data:image/png;base64,iVBORw0KGgo")
        );
        // SOI, an APP0 segment of 4 bytes, then SOF0 with height 20 and width 30.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00,
            0x14, 0x00, 0x1E, 0x01, 0x01, 0x11, 0x00,
        ];
        let j = Logo::read(jpeg.to_vec()).unwrap();
        assert_eq!((j.width, j.height, j.png), (30, 20, false));
        assert_eq!(
            Logo::read(b"GIF89a....".to_vec()),
            Err(LogoFault::NotAnImage)
        );
        assert_eq!(
            Logo::read(b"\x89PNG\r\n\x1a\n".to_vec()),
            Err(LogoFault::NoSize)
        );
    }
}
