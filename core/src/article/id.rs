//! The record id: a 64-bit hash of the normalised body.
//!
//! **Definition** (stable across runs, versions of this crate that keep it,
//! and platforms): FNV-1a 64 (offset basis `0xcbf29ce484222325`, prime
//! `0x100000001b3`) over the UTF-8 bytes of the body where every run of
//! white space (including NBSP and the other odd spaces of
//! [`super::text::is_space`]) inside and between the lines of a paragraph is
//! one `' '`, paragraphs have no leading/trailing space, and paragraphs are
//! joined by one `'\n'`. Case and punctuation are kept. Written as 16
//! lower-case hex digits. An article without body has the hash of the empty
//! string, `cbf29ce484222325`.

use super::text::is_space;
use crate::lexicon::stopwords::{FNV_OFFSET, FNV_PRIME};

/// Hash of an empty body.
pub const EMPTY: u64 = FNV_OFFSET;

/// Incremental hasher implementing the definition above.
#[derive(Clone, Copy, Debug)]
pub struct BodyHasher {
    h: u64,
    paragraphs: usize,
    /// A space is owed before the next non-space character.
    space: bool,
    /// Something was written in the current paragraph.
    started: bool,
}

impl Default for BodyHasher {
    fn default() -> Self {
        BodyHasher {
            h: FNV_OFFSET,
            paragraphs: 0,
            space: false,
            started: false,
        }
    }
}

impl BodyHasher {
    #[inline]
    fn byte(&mut self, b: u8) {
        self.h ^= u64::from(b);
        self.h = self.h.wrapping_mul(FNV_PRIME);
    }

    /// Starts a paragraph.
    pub fn paragraph(&mut self) {
        if self.paragraphs > 0 {
            self.byte(b'\n');
        }
        self.paragraphs += 1;
        self.space = false;
        self.started = false;
    }

    /// Adds one line of the current paragraph.
    pub fn line(&mut self, s: &str) {
        if self.started {
            self.space = true;
        }
        // One pass over the bytes: ASCII directly; a multi-byte character is
        // decoded only when its lead byte can start a white-space character
        // (NBSP, U+1680, U+2000–U+206F, U+3000, U+FEFF), else hashed as is.
        let bytes = s.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                i += 1;
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                    if self.started {
                        self.space = true;
                    }
                    continue;
                }
                if self.space {
                    self.byte(b' ');
                    self.space = false;
                }
                self.started = true;
                self.byte(b);
                continue;
            }
            let n = match b {
                0..0x80 => 1,
                0xC0..0xE0 => 2,
                0xE0..0xF0 => 3,
                _ => 4,
            };
            let space = if b < 0x80 {
                matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
            } else {
                matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF)
                    && s.get(i..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(is_space)
            };
            if space {
                if self.started {
                    self.space = true;
                }
                i += n;
                continue;
            }
            if self.space {
                self.byte(b' ');
                self.space = false;
            }
            self.started = true;
            for &x in bytes.get(i..i + n).unwrap_or(&[]) {
                self.byte(x);
            }
            i += n;
        }
    }

    /// The hash.
    pub fn finish(&self) -> u64 {
        self.h
    }
}

/// Writes `id` as 16 lower-case hex digits.
pub fn hex(id: u64) -> [u8; 16] {
    let mut out = [b'0'; 16];
    for (i, o) in out.iter_mut().enumerate() {
        let nib = (id >> (60 - 4 * i)) & 0xF;
        *o = b"0123456789abcdef"
            .get(nib as usize)
            .copied()
            .unwrap_or(b'0');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(paras: &[&[&str]]) -> u64 {
        let mut h = BodyHasher::default();
        for p in paras {
            h.paragraph();
            for l in *p {
                h.line(l);
            }
        }
        h.finish()
    }

    #[test]
    fn normalisation() {
        // FNV-1a 64 of "a b\nc" computed independently.
        let mut want = FNV_OFFSET;
        for &b in b"a b\nc" {
            want ^= u64::from(b);
            want = want.wrapping_mul(FNV_PRIME);
        }
        assert_eq!(hash(&[&["a", "b"], &["c"]]), want);
        assert_eq!(hash(&[&[" a \u{A0} b "], &["c  "]]), want);
        assert_eq!(hash(&[]), EMPTY);
        assert_eq!(&hex(0x0123_4567_89ab_cdef), b"0123456789abcdef");
        assert_eq!(&hex(EMPTY), b"cbf29ce484222325");
    }
}
