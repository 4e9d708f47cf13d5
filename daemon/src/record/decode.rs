//! Bytes → text, the daemon's half of the pipeline's first stage.
//!
//! The core only accepts `&str`; everything that a scraper or a "save as
//! text" can leave behind is turned into text here, or rejected with a kind
//! that tells the operator why:
//!
//! * a byte-order mark selects UTF-8 / UTF-16LE / UTF-16BE (UTF-16 is
//!   decoded with a warning: it is text, just not the expected encoding);
//! * otherwise a NUL byte means binary data (`not_text`): no text encoding
//!   news pages use puts NULs in text, and guessing would put garbage in
//!   the records;
//! * valid UTF-8 is used as is (no copy);
//! * anything else is decoded as Windows-1252 with the warning
//!   `decoded as windows-1252` — the usual encoding of legacy Western text
//!   and a superset of Latin-1, which can decode every byte.

use std::borrow::Cow;

use super::{ErrorKind, Failure};

/// Warning attached when the input was not UTF-8.
pub const WARN_WINDOWS_1252: &str = "decoded as windows-1252";

/// Decoded text and the warning to carry into the record, if any.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text, borrowed when the input was UTF-8.
    pub text: Cow<'a, str>,
    /// Set when the bytes were not plain UTF-8.
    pub warning: Option<&'static str>,
}

/// Decodes `bytes`; see the module documentation for the rules.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, Failure> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        if enc == encoding_rs::UTF_8 {
            return decode_unmarked(rest);
        }
        let (text, _had_errors) = enc.decode_without_bom_handling(rest);
        if let Some(pos) = memchr::memchr(0, text.as_bytes()) {
            return Err(nul_failure(pos));
        }
        let warning = if enc == encoding_rs::UTF_16LE {
            "decoded as UTF-16LE"
        } else {
            "decoded as UTF-16BE"
        };
        return Ok(Decoded {
            text: Cow::Owned(text.into_owned()),
            warning: Some(warning),
        });
    }
    decode_unmarked(bytes)
}

fn decode_unmarked(bytes: &[u8]) -> Result<Decoded<'_>, Failure> {
    if let Some(pos) = memchr::memchr(0, bytes) {
        return Err(nul_failure(pos));
    }
    // simdutf8: validation at SIMD speed (the standard library's check costs
    // several instructions per byte; it showed in the daemon's profile).
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: Cow::Borrowed(text),
            warning: None,
        }),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok(Decoded {
                text: Cow::Owned(text.into_owned()),
                warning: Some(WARN_WINDOWS_1252),
            })
        }
    }
}

fn nul_failure(pos: usize) -> Failure {
    Failure::new(
        ErrorKind::NotText,
        format!("binary data: NUL byte at offset {pos}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed() {
        let d = decode("café".as_bytes()).unwrap();
        assert!(matches!(d.text, Cow::Borrowed("café")));
        assert_eq!(d.warning, None);
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let d = decode(b"\xEF\xBB\xBFhello").unwrap();
        assert_eq!(d.text, "hello");
        assert_eq!(d.warning, None);
    }

    #[test]
    fn latin_bytes_become_windows_1252() {
        let d = decode(b"caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(d.text, "café “quoted”");
        assert_eq!(d.warning, Some(WARN_WINDOWS_1252));
    }

    #[test]
    fn nul_is_not_text() {
        let f = decode(b"abc\0def").unwrap_err();
        assert_eq!(f.kind, ErrorKind::NotText);
        assert!(f.message.contains("offset 3"), "{}", f.message);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Hi é".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "Hi é");
        assert_eq!(d.warning, Some("decoded as UTF-16LE"));
    }
}
