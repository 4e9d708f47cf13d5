//! The article record as JSON (schema 1), written into a caller's buffer.
//!
//! A small hand-written serializer rather than `serde-json-core`: a body
//! paragraph is several line slices that must come out as *one* JSON string
//! joined by spaces, which serde's `serialize_str` cannot express without
//! first copying the paragraph into a buffer. Writing directly keeps the
//! no-allocation, one-pass property and makes the escaping explicit:
//!
//! * `"` and `\` are escaped; `\n`, `\r`, `\t`, `\b`, `\f` get their short
//!   escapes; every other control character (U+0000–U+001F, U+007F) is
//!   written as `\u00XX`;
//! * U+2028 and U+2029 are written as `\u2028`/`\u2029` so the output is
//!   also valid JavaScript;
//! * everything else is copied as UTF-8.
//!
//! When the buffer is too small the writer keeps counting, so the error
//! reports exactly how many bytes the record needs.

use crate::article::{Article, id};

/// Why the record could not be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// `out` is too small; the record needs `needed` bytes.
    BufferTooSmall {
        /// Bytes the whole record needs.
        needed: usize,
    },
}

impl core::error::Error for Error {}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Error::BufferTooSmall { needed } => {
                write!(
                    f,
                    "output buffer too small: the record needs {needed} bytes"
                )
            }
        }
    }
}

/// A writer that copies while there is room and always counts.
#[derive(Debug)]
pub struct Writer<'o> {
    out: &'o mut [u8],
    pos: usize,
    overflow: bool,
}

/// Lanes of eight bytes (see [`crate::article::swar`]) that may need
/// escaping: a control character (< 0x20 or 0x7F), `"`, `\\`, or 0xE2 (the
/// lead byte of U+2028/U+2029).
#[inline]
fn special_lanes(v: u64) -> u64 {
    use crate::article::swar::{below, eq};
    let ascii = below(v, 0x20) | eq(v, b'"') | eq(v, b'\\') | eq(v, 0x7F);
    // Only words with a non-ASCII byte can hold U+2028/U+2029 (E2 80 A8/A9):
    // an E2 lane counts when the next two lanes are 80 and A8/A9, or when
    // they lie in the next word (lanes 6 and 7; the slow path checks).
    if v & 0x8080_8080_8080_8080 == 0 {
        ascii
    } else {
        let seq = (eq(v, 0x80) >> 8) & ((eq(v, 0xA8) | eq(v, 0xA9)) >> 16);
        ascii | (eq(v, 0xE2) & (seq | 0x8080 << 48))
    }
}

/// The SSE2 classifier (x86-64 only). SSE2 is part of the x86-64 baseline
/// and enabled for the whole build (module cfg), which is the SAFETY
/// argument of the one `unsafe` block; no memory is accessed through
/// pointers (the vector is built from two `u64`s).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    use core::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set_epi64x, _mm_set1_epi8, _mm_srli_si128,
    };

    /// Bit `k` set when byte `k` of the 16-byte block `w` may need
    /// escaping: exactly the lanes of [`super::special_lanes`] over the two
    /// halves, except that an E2 in lanes 14–15 is always a candidate (its
    /// sequence continues in the next block).
    #[inline(always)]
    pub(super) fn special_bits(w: &[u8]) -> u32 {
        let (lo, hi) = crate::article::swar::le_halves(w);
        // SAFETY: SSE2 is enabled for the whole build (module cfg); the
        // intrinsics only compute on register values.
        unsafe {
            let v: __m128i = _mm_set_epi64x(hi, lo);
            let ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
            let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
            let bslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
            let del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F));
            let ascii = _mm_or_si128(_mm_or_si128(ctl, quote), _mm_or_si128(bslash, del));
            let mut bits = _mm_movemask_epi8(ascii) as u32;
            // Non-ASCII bytes present: E2 80 A8 / E2 80 A9.
            if _mm_movemask_epi8(v) != 0 {
                let e2 = _mm_cmpeq_epi8(v, _mm_set1_epi8(0xE2u8 as i8));
                let c80 = _mm_srli_si128::<1>(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x80u8 as i8)));
                let a8 = _mm_or_si128(
                    _mm_cmpeq_epi8(v, _mm_set1_epi8(0xA8u8 as i8)),
                    _mm_cmpeq_epi8(v, _mm_set1_epi8(0xA9u8 as i8)),
                );
                let seq = _mm_and_si128(c80, _mm_srli_si128::<2>(a8));
                let e2_bits = _mm_movemask_epi8(e2) as u32;
                let seq_bits = _mm_movemask_epi8(seq) as u32 | 0xC000;
                bits |= e2_bits & seq_bits;
            }
            bits
        }
    }
}

impl<'o> Writer<'o> {
    /// Writes into `out`.
    pub fn new(out: &'o mut [u8]) -> Self {
        Writer {
            out,
            pos: 0,
            overflow: false,
        }
    }

    /// Appends raw bytes.
    #[inline]
    pub fn raw(&mut self, b: &[u8]) {
        let end = self.pos.saturating_add(b.len());
        if !self.overflow {
            match self.out.get_mut(self.pos..end) {
                // A zip, not `copy_from_slice`: the lengths are equal here
                // but the compiler cannot see it, and `copy_from_slice`
                // would keep a panic path (the panic-never report).
                Some(dst) => {
                    for (d, s) in dst.iter_mut().zip(b) {
                        *d = *s;
                    }
                }
                None => self.overflow = true,
            }
        }
        self.pos = end;
    }

    /// Appends the escaped contents of a JSON string (no quotes). Bytes are
    /// classified eight at a time ([`special_lanes`]); plain runs are copied
    /// in one piece, and the few candidate lanes of a word are handled from
    /// its mask, without reloading it.
    pub fn escaped(&mut self, s: &str) {
        use crate::article::swar::load_padded;
        let bytes = s.as_bytes();
        // `bytes[run..]` is not written yet.
        let mut run = 0usize;
        let mut at = 0usize;
        // x86-64: sixteen bytes per step with SSE2 (always present there);
        // the rest (and every other target) eight at a time.
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        for w in bytes.chunks_exact(16) {
            let bits = sse2::special_bits(w);
            if bits != 0 {
                self.special(bytes, at, u64::from(bits), 0, &mut run);
            }
            at += 16;
        }
        let tail = bytes.get(at..).unwrap_or(&[]);
        let mut words = tail.chunks_exact(8);
        for w in &mut words {
            // Always eight bytes (`chunks_exact`); `try_from` has no panic path.
            let a = <[u8; 8]>::try_from(w).unwrap_or([0; 8]);
            let lanes = special_lanes(u64::from_le_bytes(a));
            if lanes != 0 {
                self.special(bytes, at, lanes, 3, &mut run);
            }
            at += 8;
        }
        if !words.remainder().is_empty() {
            let (v, valid) = load_padded(bytes, at);
            let lanes = special_lanes(v) & valid;
            if lanes != 0 {
                self.special(bytes, at, lanes, 3, &mut run);
            }
        }
        if let Some(r) = bytes.get(run..) {
            self.raw(r);
        }
    }

    /// The candidate lanes of the block at `at` (bit `k << shift` set for
    /// byte `at + k`: `shift` 3 for SWAR masks, 0 for SSE2 bit masks):
    /// escapes written, `run` moved past them. Out of line: most blocks
    /// have none.
    #[inline(never)]
    fn special(&mut self, bytes: &[u8], at: usize, mut lanes: u64, shift: u32, run: &mut usize) {
        while lanes != 0 {
            let i = at + (lanes.trailing_zeros() >> shift) as usize;
            lanes &= lanes - 1;
            if i < *run {
                // Inside a sequence already escaped.
                continue;
            }
            let b = bytes.get(i).copied().unwrap_or(0);
            let (esc, len): (&[u8], usize) = match b {
                b'"' => (b"\\\"", 1),
                b'\\' => (b"\\\\", 1),
                b'\n' => (b"\\n", 1),
                b'\r' => (b"\\r", 1),
                b'\t' => (b"\\t", 1),
                0x08 => (b"\\b", 1),
                0x0C => (b"\\f", 1),
                0xE2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
                    (Some(0x80), Some(0xA8)) => (b"\\u2028", 3),
                    (Some(0x80), Some(0xA9)) => (b"\\u2029", 3),
                    // Any other character with this lead byte is plain.
                    _ => continue,
                },
                _ => (b"", 1),
            };
            if let Some(r) = bytes.get(*run..i) {
                self.raw(r);
            }
            if esc.is_empty() {
                // Other control characters (and DEL): `\u00XX`.
                let hex = b"0123456789abcdef";
                let hi = hex.get(usize::from(b >> 4)).copied().unwrap_or(b'0');
                let lo = hex.get(usize::from(b & 0xF)).copied().unwrap_or(b'0');
                self.raw(&[b'\\', b'u', b'0', b'0', hi, lo]);
            } else {
                self.raw(esc);
            }
            *run = i + len;
        }
    }

    /// A JSON string.
    pub fn string(&mut self, s: &str) {
        self.raw(b"\"");
        self.escaped(s);
        self.raw(b"\"");
    }

    /// A JSON string made of `parts` joined by one space.
    pub fn joined<'s>(&mut self, parts: impl Iterator<Item = &'s str>) {
        self.raw(b"\"");
        for (i, p) in parts.enumerate() {
            if i > 0 {
                self.raw(b" ");
            }
            self.escaped(p);
        }
        self.raw(b"\"");
    }

    /// A string or `null`.
    pub fn opt_string(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.raw(b"null"),
        }
    }

    /// An unsigned integer.
    pub fn uint(&mut self, mut n: usize) {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        loop {
            i -= 1;
            if let Some(d) = buf.get_mut(i) {
                *d = b'0' + (n % 10) as u8;
            }
            n /= 10;
            if n == 0 || i == 0 {
                break;
            }
        }
        if let Some(r) = buf.get(i..) {
            self.raw(r);
        }
    }

    /// Bytes written (or needed).
    pub fn finish(self) -> Result<usize, Error> {
        if self.overflow {
            Err(Error::BufferTooSmall { needed: self.pos })
        } else {
            Ok(self.pos)
        }
    }
}

/// Writes the record (schema 1; field order as in DESIGN.md: schema, id,
/// title, subtitle, section, published, authors, outlet, captions, body,
/// boilerplate, stats, warnings) into `out`. `extra_warnings` are appended
/// to `warnings`. Returns the bytes written.
pub fn to_slice<const P: usize, const L: usize, const B: usize, const C: usize, const A: usize>(
    article: &Article<'_, P, L, B, C, A>,
    extra_warnings: &[&str],
    out: &mut [u8],
) -> Result<usize, Error> {
    let mut w = Writer::new(out);
    w.raw(b"{\"schema\":1,\"id\":\"");
    w.raw(&id::hex(article.id()));
    w.raw(b"\",\"title\":");
    w.opt_string(article.title());
    w.raw(b",\"subtitle\":");
    w.opt_string(article.subtitle());
    w.raw(b",\"section\":");
    w.opt_string(article.section());
    w.raw(b",\"published\":");
    match article.published().and_then(|d| d.iso()) {
        Some(iso) => w.string(iso.as_str()),
        None => w.raw(b"null"),
    }
    w.raw(b",\"authors\":[");
    for (i, a) in article.authors().enumerate() {
        if i > 0 {
            w.raw(b",");
        }
        w.string(a);
    }
    w.raw(b"],\"outlet\":");
    w.opt_string(article.outlet());
    w.raw(b",\"captions\":[");
    for (i, c) in article.captions().enumerate() {
        if i > 0 {
            w.raw(b",");
        }
        w.string(c);
    }
    w.raw(b"],\"body\":[");
    for (i, p) in article.body().enumerate() {
        if i > 0 {
            w.raw(b",");
        }
        w.joined(p.lines());
    }
    w.raw(b"],\"boilerplate\":[");
    for (i, (kind, text)) in article.boilerplate().enumerate() {
        if i > 0 {
            w.raw(b",");
        }
        w.raw(b"{\"kind\":\"");
        w.raw(kind.as_str().as_bytes());
        w.raw(b"\",\"text\":");
        w.string(text);
        w.raw(b"}");
    }
    let s = article.stats();
    w.raw(b"],\"stats\":{\"bytes\":");
    w.uint(s.bytes);
    w.raw(b",\"paragraphs\":");
    w.uint(s.paragraphs);
    w.raw(b",\"sentences\":");
    w.uint(s.sentences);
    w.raw(b",\"words\":");
    w.uint(s.words);
    w.raw(b"},\"warnings\":[");
    let mut first = true;
    let own = article.warnings().map(|w: &'static str| -> &str { w });
    for warn in own.chain(extra_warnings.iter().copied()) {
        if !first {
            w.raw(b",");
        }
        first = false;
        w.string(warn);
    }
    w.raw(b"]}");
    w.finish()
}

#[cfg(test)]
mod tests {
    #[test]
    fn swar_escape_lanes_are_exact() {
        // Every byte value in every lane, next to plain and special bytes,
        // and every placement of the U+2028/U+2029 sequences.
        let want = |v: &[u8; 8]| {
            (0..8).fold(0u64, |m, k| {
                let b = v.get(k).copied().unwrap_or(0);
                let sep = b == 0xE2
                    && (k >= 6
                        || (v.get(k + 1) == Some(&0x80)
                            && matches!(v.get(k + 2), Some(0xA8 | 0xA9))));
                if b < 0x20 || matches!(b, b'"' | b'\\' | 0x7F) || sep {
                    m | 0x80 << (8 * k)
                } else {
                    m
                }
            })
        };
        for fill in [b'a', 0x00, 0xE2, 0xFF, 0x20, 0x80, 0xA8] {
            // Sampled under Miri (every byte value natively).
            for b in (0u8..=255).step_by(if cfg!(miri) { 31 } else { 1 }) {
                for lane in 0..8 {
                    let mut v = [fill; 8];
                    if let Some(x) = v.get_mut(lane) {
                        *x = b;
                    }
                    assert_eq!(
                        super::special_lanes(u64::from_le_bytes(v)),
                        want(&v),
                        "{b:#x}"
                    );
                    for seq in [[0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xE2, 0x80, 0x99]] {
                        let mut w = v;
                        for (j, x) in seq.iter().enumerate() {
                            if let Some(y) = w.get_mut(lane + j) {
                                *y = *x;
                            }
                        }
                        assert_eq!(
                            super::special_lanes(u64::from_le_bytes(w)),
                            want(&w),
                            "{w:?}"
                        );
                    }
                }
            }
        }
    }

    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    #[test]
    fn sse2_bits_are_the_swar_lanes() {
        // Both halves of a block against the SWAR mask, for every byte in
        // every lane and the separator sequences at every offset.
        let swar_bits = |w: &[u8; 16]| {
            let mut bits = 0u32;
            for h in 0..2 {
                let mut a = [0u8; 8];
                a.copy_from_slice(w.get(8 * h..8 * h + 8).unwrap_or(&[0; 8]));
                let m = super::special_lanes(u64::from_le_bytes(a));
                for k in 0..8 {
                    if m & (0x80 << (8 * k)) != 0 {
                        bits |= 1 << (8 * h + k);
                    }
                }
            }
            // SWAR flags E2 in lanes 6–7 of each half; SSE2 only when the
            // sequence is really there, or in lanes 14–15.
            for k in [6usize, 7] {
                let b = w.get(k).copied().unwrap_or(0);
                let seq = w.get(k + 1) == Some(&0x80) && matches!(w.get(k + 2), Some(0xA8 | 0xA9));
                if b == 0xE2 && !seq {
                    bits &= !(1 << k);
                }
            }
            bits
        };
        for fill in [b'a', 0x00, 0xE2, 0xFF, 0x20, 0x80, 0xA8] {
            // Sampled under Miri (every byte value natively).
            for b in (0u8..=255).step_by(if cfg!(miri) { 31 } else { 1 }) {
                for lane in 0..16 {
                    let mut v = [fill; 16];
                    if let Some(x) = v.get_mut(lane) {
                        *x = b;
                    }
                    assert_eq!(super::sse2::special_bits(&v), swar_bits(&v), "{v:?}");
                    for seq in [[0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xE2, 0x80, 0x99]] {
                        let mut w = v;
                        for (j, x) in seq.iter().enumerate() {
                            if let Some(y) = w.get_mut(lane + j) {
                                *y = *x;
                            }
                        }
                        assert_eq!(super::sse2::special_bits(&w), swar_bits(&w), "{w:?}");
                    }
                }
            }
        }
    }

    extern crate std;
    use super::*;

    fn esc(s: &str) -> std::string::String {
        let mut buf = [0u8; 256];
        let mut w = Writer::new(&mut buf);
        w.string(s);
        let n = w.finish().unwrap_or(0);
        std::string::String::from_utf8_lossy(buf.get(..n).unwrap_or(&[])).into_owned()
    }

    #[test]
    fn escaping_table() {
        assert_eq!(esc("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(esc("l1\nl2\r\t"), r#""l1\nl2\r\t""#);
        assert_eq!(
            esc("\u{0}\u{1f}\u{7f}\u{8}\u{c}"),
            r#""\u0000\u001f\u007f\b\f""#
        );
        assert_eq!(esc("x\u{2028}y\u{2029}z"), r#""x\u2028y\u2029z""#);
        assert_eq!(esc("ünï “q” 한"), "\"ünï “q” 한\"");
        for s in ["", "\"", "\u{2028}", "a\u{1}b"] {
            let out = esc(s);
            let back: std::string::String = serde_json::from_str(&out).unwrap_or_default();
            assert_eq!(back, s);
        }
    }

    #[test]
    fn numbers_and_overflow() {
        let mut buf = [0u8; 32];
        let mut w = Writer::new(&mut buf);
        w.uint(0);
        w.raw(b" ");
        w.uint(1234567890);
        assert_eq!(w.finish(), Ok(12));
        let mut small = [0u8; 4];
        let mut w = Writer::new(&mut small);
        w.string("hello");
        assert_eq!(w.finish(), Err(Error::BufferTooSmall { needed: 7 }));
    }
}
