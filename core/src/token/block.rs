//! Block classification: 64 bytes of text to a handful of 64-bit masks.
//!
//! Why: news tokens are about six bytes long, so a byte-at-a-time (or even
//! run-at-a-time) tokenizer pays roughly one branch mispredict per token
//! deciding where the token ends and what comes next. Classifying 64 bytes
//! at once into bitmasks (which bytes are word bytes, spaces, punctuation,
//! ...) turns most of those decisions into bit arithmetic: token starts are
//! the set bits of one mask, token ends the set bits of another, and the
//! iterator walks them with `trailing_zeros`.
//!
//! On x86-64 the classification uses SSE2 (part of the x86-64 baseline, so a
//! compile-time `target_feature`, no run-time detection, works in `no_std`).
//! Everywhere else, and in tests on x86-64 too, a table-driven scalar
//! version computes the same masks; a unit test checks both agree.

// The scalar classifier is the fallback off x86-64 and the reference in
// tests; on x86-64 release builds it is unused.
#![cfg_attr(
    all(target_arch = "x86_64", target_feature = "sse2", not(test)),
    allow(dead_code)
)]

use super::Kind;

/// Masks straight from the bytes of one block; bit `i` is byte `i`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Raw {
    /// `[A-Za-z0-9]`.
    pub alnum: u64,
    /// `[A-Za-z]`.
    pub letter: u64,
    /// ASCII white space.
    pub space: u64,
    /// Bytes `>= 0x80`.
    pub nonascii: u64,
    /// ASCII punctuation that may continue a news token after a run:
    /// `& ' + , - . / : ; @ _` (the complement of the ENDS flag).
    pub not_ends: u64,
    /// `. - @ _ #`: punctuation a tailoring may extend at a token start.
    pub special: u64,
    /// `.`.
    pub dot: u64,
    /// `-`.
    pub dash: u64,
    /// `,` and `;`.
    pub comma: u64,
    /// `'`.
    pub apos: u64,
    /// First bytes of two-byte letters whose whole lead-byte row is
    /// ALetter: `C4..=CA` (Latin Extended-A/B, IPA), `D0 D1` (Cyrillic
    /// U+0400..U+047F), and `C3` unless followed by `97`/`B7` (Latin-1
    /// letters; `×` and `÷` are not).
    pub lead2: u64,
    /// First bytes of Hangul syllables U+AC00..U+D77F (`EA B0..BF`, `EB`,
    /// `EC`, `ED 80..9D`), all ALetter.
    pub lead3: u64,
    /// First bytes of `–` `—` `“` `”` (`E2 80 93/94/9C/9D`; Word_Break Other).
    pub q_other: u64,
    /// First bytes of `‘` `’` (`E2 80 98/99`; Word_Break MidNumLet).
    pub q_mid: u64,
    /// UAX #29 mode only (zero in news mode): `:` (MidLetter), ` `
    /// (WSegSpace), `_` (ExtendNumLet), `\r` (CR).
    pub colon: u64,
    pub blank: u64,
    pub under: u64,
    pub cr: u64,
}

const F_ALNUM: u16 = 1;
const F_LETTER: u16 = 1 << 1;
const F_SPACE: u16 = 1 << 2;
const F_NONASCII: u16 = 1 << 3;
const F_NOT_ENDS: u16 = 1 << 4;
const F_SPECIAL: u16 = 1 << 5;
const F_DOT: u16 = 1 << 6;
const F_DASH: u16 = 1 << 7;
const F_COMMA: u16 = 1 << 8;
const F_APOS: u16 = 1 << 9;
const F_COLON: u16 = 1 << 10;
const F_BLANK: u16 = 1 << 11;
const F_UNDER: u16 = 1 << 12;
const F_CR: u16 = 1 << 13;
const fn flags_of(b: u8) -> u16 {
    let mut f = 0;
    if b.is_ascii_alphanumeric() {
        f |= F_ALNUM;
    }
    if b.is_ascii_alphabetic() {
        f |= F_LETTER;
    }
    if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
        f |= F_SPACE;
    }
    if b >= 0x80 {
        f |= F_NONASCII;
    }
    if matches!(
        b,
        b'&' | b'\'' | b'+' | b',' | b'-' | b'.' | b'/' | b':' | b';' | b'@' | b'_'
    ) {
        f |= F_NOT_ENDS;
    }
    if matches!(b, b'.' | b'-' | b'@' | b'_' | b'#') {
        f |= F_SPECIAL;
    }
    if b == b'.' {
        f |= F_DOT;
    }
    if b == b'-' {
        f |= F_DASH;
    }
    if matches!(b, b',' | b';') {
        f |= F_COMMA;
    }
    if b == b'\'' {
        f |= F_APOS;
    }
    if b == b':' {
        f |= F_COLON;
    }
    if b == b' ' {
        f |= F_BLANK;
    }
    if b == b'_' {
        f |= F_UNDER;
    }
    if b == b'\r' {
        f |= F_CR;
    }
    f
}

static FLAGS: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    #[allow(clippy::indexing_slicing)] // Compile time: out of bounds is a build error.
    while i < 256 {
        t[i] = flags_of(i as u8);
        i += 1;
    }
    t
};

/// Bytes a block's classification reads: its 64 bytes and two more (the
/// multi-byte masks look at the next two bytes).
pub(super) const SPAN: usize = 66;

/// The multi-byte masks of [`Raw`] for the character starting with `b`,
/// followed by `b1` and `b2`: (lead2, lead3, q_other, q_mid).
const fn multibyte(b: u8, b1: u8, b2: u8) -> (bool, bool, bool, bool) {
    let lead2 = matches!(b, 0xC4..=0xCA | 0xD0 | 0xD1) || (b == 0xC3 && !matches!(b1, 0x97 | 0xB7));
    let lead3 = matches!(b, 0xEB | 0xEC)
        || (b == 0xEA && matches!(b1, 0xB0..=0xBF))
        || (b == 0xED && matches!(b1, 0x80..=0x9D));
    let q = b == 0xE2 && b1 == 0x80;
    (
        lead2,
        lead3,
        q && matches!(b2, 0x93 | 0x94 | 0x9C | 0x9D),
        q && matches!(b2, 0x98 | 0x99),
    )
}

/// Scalar classification (the reference; used where SSE2 is unavailable).
/// `UAX` also computes the UAX #29-only masks.
pub(super) fn classify_scalar<const UAX: bool>(chunk: &[u8; SPAN]) -> Raw {
    let mut r = Raw::default();
    for (i, w) in chunk.windows(3).take(64).enumerate() {
        let (b, b1, b2) = match *w {
            [b, b1, b2] => (b, b1, b2),
            _ => (b' ', b' ', b' '),
        };
        let f = match FLAGS.get(usize::from(b)) {
            Some(f) => *f,
            None => 0,
        };
        let bit = |flag: u16| u64::from(f & flag != 0) << i;
        r.alnum |= bit(F_ALNUM);
        r.letter |= bit(F_LETTER);
        r.space |= bit(F_SPACE);
        r.nonascii |= bit(F_NONASCII);
        r.not_ends |= bit(F_NOT_ENDS);
        r.special |= bit(F_SPECIAL);
        r.dot |= bit(F_DOT);
        r.dash |= bit(F_DASH);
        r.comma |= bit(F_COMMA);
        r.apos |= bit(F_APOS);
        if UAX {
            r.colon |= bit(F_COLON);
            r.blank |= bit(F_BLANK);
            r.under |= bit(F_UNDER);
            r.cr |= bit(F_CR);
        }
        let (l2, l3, qo, qm) = multibyte(b, b1, b2);
        r.lead2 |= u64::from(l2) << i;
        r.lead3 |= u64::from(l3) << i;
        r.q_other |= u64::from(qo) << i;
        r.q_mid |= u64::from(qm) << i;
    }
    r
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    //! Every intrinsic here needs SSE2, which this module is only compiled
    //! with (`cfg(target_feature = "sse2")` on the module): that is the
    //! SAFETY argument of each wrapper, which exist so that the code using
    //! them is safe and fully inlinable (`#[target_feature]` functions
    //! cannot be `#[inline(always)]`).
    use super::Raw;
    use core::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };

    #[inline(always)]
    fn splat(b: u8) -> __m128i {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        unsafe { _mm_set1_epi8(b as i8) }
    }

    #[inline(always)]
    fn gt(a: __m128i, b: __m128i) -> __m128i {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        unsafe { _mm_cmpgt_epi8(a, b) }
    }

    #[inline(always)]
    fn and(a: __m128i, b: __m128i) -> __m128i {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        unsafe { _mm_and_si128(a, b) }
    }

    #[inline(always)]
    fn or(a: __m128i, b: __m128i) -> __m128i {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        unsafe { _mm_or_si128(a, b) }
    }

    /// `b & !a`.
    #[inline(always)]
    fn andnot(a: __m128i, b: __m128i) -> __m128i {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        unsafe { _mm_andnot_si128(a, b) }
    }

    #[inline(always)]
    fn eq(v: __m128i, b: u8) -> __m128i {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        unsafe { _mm_cmpeq_epi8(v, splat(b)) }
    }

    #[inline(always)]
    fn mask(v: __m128i) -> u64 {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        u64::from(unsafe { _mm_movemask_epi8(v) } as u16)
    }

    /// Bytes of `v` in `lo..=hi`, for `lo..=hi` within `0..0x80` or within
    /// `0x80..=0xFF` (signed compares do not wrap inside either half).
    #[inline(always)]
    fn range(v: __m128i, lo: u8, hi: u8) -> __m128i {
        // `x >= lo` as `x > lo - 1`, `x <= hi` as `hi + 1 > x`, except at
        // the ends of each signed half, where the bound wraps: `>= 0x80`
        // is "negative" and `<= 0x7F` is "not negative".
        let ge = if lo == 0x80 {
            gt(splat(0), v)
        } else {
            gt(v, splat(lo.wrapping_sub(1)))
        };
        let le = if hi == 0x7F {
            gt(v, splat(0xFF))
        } else {
            gt(splat(hi.wrapping_add(1)), v)
        };
        and(ge, le)
    }

    /// Loads the 16 bytes of `chunk` at `at` (zeros if out of range,
    /// which the fixed offsets used here never are).
    #[inline(always)]
    fn load(chunk: &[u8; super::SPAN], at: usize) -> __m128i {
        match chunk.get(at..at + 16) {
            // SAFETY: `part` is 16 initialised bytes; the unaligned load
            // reads exactly those; SSE2 is enabled (module cfg).
            Some(part) => unsafe { _mm_loadu_si128(part.as_ptr().cast::<__m128i>()) },
            None => splat(0),
        }
    }

    /// The 64-bit mask of `f` over the four vectors of a block.
    #[inline(always)]
    fn four(v: &[__m128i; 4], f: impl Fn(__m128i) -> __m128i) -> u64 {
        let [a, b, c, d] = *v;
        mask(f(a)) | (mask(f(b)) << 16) | (mask(f(c)) << 32) | (mask(f(d)) << 48)
    }

    /// The 64-bit mask of `f` over the four vectors of a block and the
    /// vectors one and two bytes further on.
    #[inline(always)]
    fn four3(v: &[[__m128i; 3]; 4], f: impl Fn(__m128i, __m128i, __m128i) -> __m128i) -> u64 {
        let m = |x: [__m128i; 3]| match x {
            [a, b, c] => mask(f(a, b, c)),
        };
        let [a, b, c, d] = *v;
        m(a) | (m(b) << 16) | (m(c) << 32) | (m(d) << 48)
    }

    /// SSE2 classification; the same masks as [`super::classify_scalar`].
    /// The multi-byte masks are only computed for blocks that have a
    /// non-ASCII byte (most blocks of English copy have none).
    #[inline(always)]
    pub(in super::super) fn classify<const UAX: bool>(chunk: &[u8; super::SPAN]) -> Raw {
        let v = [
            load(chunk, 0),
            load(chunk, 16),
            load(chunk, 32),
            load(chunk, 48),
        ];
        let letter = |v| range(or(v, splat(0x20)), b'a', b'z');
        let special3 = |v| or(or(eq(v, b'@'), eq(v, b'_')), eq(v, b'#'));
        let mut r = Raw {
            alnum: four(&v, |v| or(letter(v), range(v, b'0', b'9'))),
            letter: four(&v, letter),
            space: four(&v, |v| or(eq(v, b' '), range(v, b'\t', b'\r'))),
            nonascii: four(&v, |v| v),
            not_ends: four(&v, |v| {
                or(
                    or(range(v, b'&', b'\''), range(v, b'+', b'/')),
                    or(range(v, b':', b';'), or(eq(v, b'@'), eq(v, b'_'))),
                )
            }),
            special: four(&v, |v| or(or(eq(v, b'.'), eq(v, b'-')), special3(v))),
            dot: four(&v, |v| eq(v, b'.')),
            dash: four(&v, |v| eq(v, b'-')),
            comma: four(&v, |v| or(eq(v, b','), eq(v, b';'))),
            apos: four(&v, |v| eq(v, b'\'')),
            ..Raw::default()
        };
        if UAX {
            r.colon = four(&v, |v| eq(v, b':'));
            r.blank = four(&v, |v| eq(v, b' '));
            r.under = four(&v, |v| eq(v, b'_'));
            r.cr = four(&v, |v| eq(v, b'\r'));
        }
        if r.nonascii != 0 {
            let [a, b, c, d] = v;
            let w = [
                [a, load(chunk, 1), load(chunk, 2)],
                [b, load(chunk, 17), load(chunk, 18)],
                [c, load(chunk, 33), load(chunk, 34)],
                [d, load(chunk, 49), load(chunk, 50)],
            ];
            r.lead2 = four3(&w, |v, v1, _| {
                let c3 = andnot(or(eq(v1, 0x97), eq(v1, 0xB7)), eq(v, 0xC3));
                or(or(range(v, 0xC4, 0xCA), range(v, 0xD0, 0xD1)), c3)
            });
            r.lead3 = four3(&w, |v, v1, _| {
                or(
                    range(v, 0xEB, 0xEC),
                    or(
                        and(eq(v, 0xEA), range(v1, 0xB0, 0xBF)),
                        and(eq(v, 0xED), range(v1, 0x80, 0x9D)),
                    ),
                )
            });
            let q = |v, v1| and(eq(v, 0xE2), eq(v1, 0x80));
            r.q_other = four3(&w, |v, v1, v2| {
                and(q(v, v1), or(range(v2, 0x93, 0x94), range(v2, 0x9C, 0x9D)))
            });
            r.q_mid = four3(&w, |v, v1, v2| and(q(v, v1), range(v2, 0x98, 0x99)));
        }
        r
    }
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    //! The SSE2 classifier's logic on 32-byte vectors: half the compares
    //! and half the mask extractions per block, and three-operand (VEX)
    //! instructions, so no register copies. Every function here is
    //! `#[target_feature(enable = "avx2")]`; calling [`classify`] is only
    //! sound where AVX2 is known to be present: compiled in
    //! (`target_feature = "avx2"`) or detected at run time (`std`).
    use super::Raw;
    use core::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_andnot_si256, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8,
        _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8,
        _mm256_setzero_si256, _mm256_shuffle_epi8, _mm256_slli_epi16, _mm256_srli_epi16,
    };

    #[inline]
    #[target_feature(enable = "avx2")]
    fn splat(b: u8) -> __m256i {
        _mm256_set1_epi8(b as i8)
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn gt(a: __m256i, b: __m256i) -> __m256i {
        _mm256_cmpgt_epi8(a, b)
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn and(a: __m256i, b: __m256i) -> __m256i {
        _mm256_and_si256(a, b)
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn or(a: __m256i, b: __m256i) -> __m256i {
        _mm256_or_si256(a, b)
    }

    /// `b & !a`.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn andnot(a: __m256i, b: __m256i) -> __m256i {
        _mm256_andnot_si256(a, b)
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn eq(v: __m256i, b: u8) -> __m256i {
        _mm256_cmpeq_epi8(v, splat(b))
    }

    /// Bytes of `v` in `lo..=hi` (as in the SSE2 version: both bounds in
    /// the same signed half).
    #[inline]
    #[target_feature(enable = "avx2")]
    fn range(v: __m256i, lo: u8, hi: u8) -> __m256i {
        let ge = if lo == 0x80 {
            gt(splat(0), v)
        } else {
            gt(v, splat(lo.wrapping_sub(1)))
        };
        let le = if hi == 0x7F {
            gt(v, splat(0xFF))
        } else {
            gt(splat(hi.wrapping_add(1)), v)
        };
        and(ge, le)
    }

    /// The 64-bit mask of two vectors.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn mask2(a: __m256i, b: __m256i) -> u64 {
        let lo = u64::from(_mm256_movemask_epi8(a) as u32);
        let hi = u64::from(_mm256_movemask_epi8(b) as u32);
        lo | (hi << 32)
    }

    /// Loads the 32 bytes of `chunk` at `at` (zeros if out of range, which
    /// the fixed offsets used here never are).
    #[inline]
    #[target_feature(enable = "avx2")]
    fn load(chunk: &[u8; super::SPAN], at: usize) -> __m256i {
        match chunk.get(at..at + 32) {
            // SAFETY: `part` is 32 initialised bytes; the unaligned load
            // reads exactly those.
            Some(part) => unsafe { _mm256_loadu_si256(part.as_ptr().cast::<__m256i>()) },
            None => splat(0),
        }
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn lead2(v: __m256i, v1: __m256i) -> __m256i {
        let c3 = andnot(or(eq(v1, 0x97), eq(v1, 0xB7)), eq(v, 0xC3));
        or(or(range(v, 0xC4, 0xCA), range(v, 0xD0, 0xD1)), c3)
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn lead3(v: __m256i, v1: __m256i) -> __m256i {
        or(
            range(v, 0xEB, 0xEC),
            or(
                and(eq(v, 0xEA), range(v1, 0xB0, 0xBF)),
                and(eq(v, 0xED), range(v1, 0x80, 0x9D)),
            ),
        )
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn q_other(v: __m256i, v1: __m256i, v2: __m256i) -> __m256i {
        let q = and(eq(v, 0xE2), eq(v1, 0x80));
        and(q, or(range(v2, 0x93, 0x94), range(v2, 0x9C, 0x9D)))
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn q_mid(v: __m256i, v1: __m256i, v2: __m256i) -> __m256i {
        let q = and(eq(v, 0xE2), eq(v1, 0x80));
        and(q, range(v2, 0x98, 0x99))
    }

    /// Two 32-byte copies of a 16-byte `pshufb` table (the shuffle looks
    /// up within each 128-bit lane).
    #[derive(Clone, Copy)]
    #[repr(align(32))]
    struct Table([u8; 32]);

    const fn table(t: [u8; 16]) -> Table {
        let mut out = [0u8; 32];
        let mut i = 0;
        #[allow(clippy::indexing_slicing)] // Compile time: out of bounds is a build error.
        while i < 16 {
            out[i] = t[i];
            out[i + 16] = t[i];
            i += 1;
        }
        Table(out)
    }

    // ASCII byte classes as flag bits, looked up by nibble: a byte has flag
    // `k` when its low nibble's entry and its high nibble's entry both have
    // bit `k`, so each flag is a rectangle (high nibbles × low nibbles) of
    // the ASCII table. High nibbles 8..F have no flags (non-ASCII).
    //
    // Set A: 0 `A-O a-o`, 1 `P-Z p-z`, 2 `0-9`, 3 `\t..\r`, 4 ` `, 5 `.`,
    // 6 `-`, 7 `'`.
    // Set B: 0 `,`, 1 `;`, 2 `& ' + , - . /`, 3 `:`, 4 `@`, 5 `_`, 6 `#`,
    // 7 `\r`.

    /// `(set, flag bit, high nibbles, low nibbles)`, nibble sets as bit
    /// masks.
    const RECTS: [(u8, u8, u16, u16); 16] = [
        (0, 0, 1 << 4 | 1 << 6, 0xFFFE),
        (0, 1, 1 << 5 | 1 << 7, 0x07FF),
        (0, 2, 1 << 3, 0x03FF),
        (0, 3, 1 << 0, 0x3E00),
        (0, 4, 1 << 2, 1 << 0x0),
        (0, 5, 1 << 2, 1 << 0xE),
        (0, 6, 1 << 2, 1 << 0xD),
        (0, 7, 1 << 2, 1 << 0x7),
        (1, 0, 1 << 2, 1 << 0xC),
        (1, 1, 1 << 3, 1 << 0xB),
        (1, 2, 1 << 2, 0xF8C0),
        (1, 3, 1 << 3, 1 << 0xA),
        (1, 4, 1 << 4, 1 << 0x0),
        (1, 5, 1 << 5, 1 << 0xF),
        (1, 6, 1 << 2, 1 << 0x3),
        (1, 7, 1 << 0, 1 << 0xD),
    ];

    /// The (low-nibble, high-nibble) tables of flag set `set`.
    const fn tables(set: u8) -> (Table, Table) {
        let (mut lo, mut hi) = ([0u8; 16], [0u8; 16]);
        let mut r = 0;
        while r < RECTS.len() {
            #[allow(clippy::indexing_slicing)] // Compile time: out of bounds is a build error.
            let (s, bit, his, los) = RECTS[r];
            if s == set {
                let mut n = 0;
                while n < 16 {
                    #[allow(clippy::indexing_slicing)] // Compile time, as above.
                    {
                        if los & (1 << n) != 0 {
                            lo[n] |= 1 << bit;
                        }
                        if his & (1 << n) != 0 {
                            hi[n] |= 1 << bit;
                        }
                    }
                    n += 1;
                }
            }
            r += 1;
        }
        (table(lo), table(hi))
    }

    static A_LO: Table = tables(0).0;
    static A_HI: Table = tables(0).1;
    static B_LO: Table = tables(1).0;
    static B_HI: Table = tables(1).1;

    #[inline]
    #[target_feature(enable = "avx2")]
    fn load_table(t: &Table) -> __m256i {
        // SAFETY: a `Table` is 32 initialised bytes.
        unsafe { _mm256_loadu_si256(t.0.as_ptr().cast::<__m256i>()) }
    }

    /// The flag sets A and B of each byte of `v` (see `RECTS`).
    #[inline]
    #[target_feature(enable = "avx2")]
    fn flags(v: __m256i) -> (__m256i, __m256i) {
        let lo = and(v, splat(0x0F));
        let hi = and(_mm256_srli_epi16::<4>(v), splat(0x0F));
        let a = and(
            _mm256_shuffle_epi8(load_table(&A_LO), lo),
            _mm256_shuffle_epi8(load_table(&A_HI), hi),
        );
        let b = and(
            _mm256_shuffle_epi8(load_table(&B_LO), lo),
            _mm256_shuffle_epi8(load_table(&B_HI), hi),
        );
        (a, b)
    }

    /// Bytes with any of the flags `bits` in `f` (of the two halves).
    #[inline]
    #[target_feature(enable = "avx2")]
    fn any(f0: __m256i, f1: __m256i, bits: u8) -> u64 {
        let zero = _mm256_setzero_si256();
        !mask2(
            _mm256_cmpeq_epi8(and(f0, splat(bits)), zero),
            _mm256_cmpeq_epi8(and(f1, splat(bits)), zero),
        )
    }

    /// Bytes with flag `7 - S` in `f`: shifted to bit 7, which the mask
    /// extraction reads (16-bit shifts keep each byte's bit 7 its own).
    #[inline]
    #[target_feature(enable = "avx2")]
    fn flag<const S: i32>(f0: __m256i, f1: __m256i) -> u64 {
        mask2(_mm256_slli_epi16::<S>(f0), _mm256_slli_epi16::<S>(f1))
    }

    /// AVX2 classification; the same masks as [`super::classify_scalar`].
    /// ASCII classes come from two nibble-table lookups per vector
    /// (`vpshufb`) instead of a compare per byte value.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn classify<const UAX: bool>(chunk: &[u8; super::SPAN]) -> Raw {
        let (a, b) = (load(chunk, 0), load(chunk, 32));
        let ((a0, b0), (a1, b1)) = (flags(a), flags(b));
        let special = |fa: __m256i, fb: __m256i| or(and(fa, splat(0x60)), and(fb, splat(0x70)));
        let zero = _mm256_setzero_si256();
        let mut r = Raw {
            alnum: any(a0, a1, 0x07),
            letter: any(a0, a1, 0x03),
            space: any(a0, a1, 0x18),
            nonascii: mask2(a, b),
            not_ends: any(b0, b1, 0x3E),
            special: !mask2(
                _mm256_cmpeq_epi8(special(a0, b0), zero),
                _mm256_cmpeq_epi8(special(a1, b1), zero),
            ),
            dot: flag::<2>(a0, a1),
            dash: flag::<1>(a0, a1),
            comma: any(b0, b1, 0x03),
            apos: flag::<0>(a0, a1),
            ..Raw::default()
        };
        if UAX {
            r.colon = flag::<4>(b0, b1);
            r.blank = flag::<3>(a0, a1);
            r.under = flag::<2>(b0, b1);
            r.cr = flag::<0>(b0, b1);
        }
        if r.nonascii != 0 {
            let (a1, a2) = (load(chunk, 1), load(chunk, 2));
            let (b1, b2) = (load(chunk, 33), load(chunk, 34));
            r.lead2 = mask2(lead2(a, a1), lead2(b, b1));
            r.lead3 = mask2(lead3(a, a1), lead3(b, b1));
            r.q_other = mask2(q_other(a, a1, a2), q_other(b, b1, b2));
            r.q_mid = mask2(q_mid(a, a1, a2), q_mid(b, b1, b2));
        }
        r
    }
}

/// Whether AVX2 code may run: compiled in, or (with `std`) detected at run
/// time. `std`'s detection caches its answer, so this is a load and a test
/// per block. Shared with the sentence scanner.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn has_avx2() -> bool {
    #[cfg(target_feature = "avx2")]
    {
        true
    }
    #[cfg(all(not(target_feature = "avx2"), feature = "std"))]
    {
        std::is_x86_feature_detected!("avx2")
    }
    #[cfg(all(not(target_feature = "avx2"), not(feature = "std")))]
    {
        false
    }
}

/// Classifies one block with the best implementation for the target:
/// AVX2 where it is compiled in or (with the `std` feature) detected at
/// run time, else SSE2 on x86-64 (part of its baseline), else the scalar
/// table version. All three give the same masks (tested).
#[inline(always)]
pub(super) fn classify<const UAX: bool>(chunk: &[u8; SPAN]) -> Raw {
    #[cfg(target_arch = "x86_64")]
    if has_avx2() {
        // SAFETY: `has_avx2` is true only when AVX2 is enabled at compile
        // time or was detected on this CPU.
        return unsafe { avx2::classify::<UAX>(chunk) };
    }
    classify_baseline::<UAX>(chunk)
}

/// Name of the block classifier [`classify`] runs on this CPU.
pub(crate) fn classifier() -> &'static str {
    #[cfg(target_arch = "x86_64")]
    if has_avx2() {
        return "avx2";
    }
    if cfg!(all(target_arch = "x86_64", target_feature = "sse2")) {
        "sse2"
    } else {
        "scalar"
    }
}

/// The classifier every CPU of the target has: SSE2 on x86-64, else the
/// scalar table version.
#[inline(always)]
fn classify_baseline<const UAX: bool>(chunk: &[u8; SPAN]) -> Raw {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        sse2::classify::<UAX>(chunk)
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        classify_scalar::<UAX>(chunk)
    }
}

/// The masks the news iterator walks, derived from [`Raw`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Block {
    /// Candidate token starts: the first byte of each word run, each ASCII
    /// punctuation byte, each quote or dash of [`Raw::q_other`] /
    /// [`Raw::q_mid`], the first byte of each stretch of other non-ASCII
    /// bytes.
    pub cand: u64,
    /// Word bytes: ASCII letters/digits, Cyrillic letters (runs of these
    /// never break in UAX #29), and the separators the scalar path would
    /// continue a run across: `'`/`’`/`‘` between letters or between
    /// digits, `.` `,` `;` between digits (UAX #29 WB6/7, WB11/12), `-`
    /// between word bytes (news compounds).
    pub word: u64,
    /// Letter bytes (a run with one is a word, else a number).
    pub letters: u64,
    /// Hyphens inside runs: the run is a compound.
    pub hyphen: u64,
    /// Last byte of a run followed by a byte that certainly ends the news
    /// token (white space, most punctuation, a closing quote or dash; `,`
    /// `;` before an ASCII byte; `& ' + - / :` before white space).
    pub clean_end: u64,
    /// Last byte of a run followed by `.` and then by such a byte: the
    /// token ends there, with the period if it is an abbreviation.
    pub dot_end: u64,
    /// ASCII punctuation bytes that are a one-byte token by themselves
    /// (not followed by a combining mark; `.`/`-` not followed by another
    /// `.`/`-`).
    pub single: u64,
    /// First bytes of quotes and dashes that are a three-byte token.
    pub quote: u64,
    /// Where a candidate settled by the masks ends (its last byte):
    /// `clean_end | single | quote << 2`.
    pub ok: u64,
    /// Last byte of every candidate token (and bit 63): run ends, single
    /// bytes, quote ends, starts of other non-ASCII stretches.
    pub tend: u64,
    /// ASCII white space.
    pub space: u64,
}

impl Block {
    /// Derives the iterator masks. Only bytes inside the block are known,
    /// so nothing that depends on a byte past bit 63 is marked clean; the
    /// iterator leaves such tokens to the next block.
    #[inline(always)]
    pub(super) fn new(r: &Raw) -> Block {
        let multi = r.lead2 | (r.lead2 << 1) | r.lead3 | (r.lead3 << 1) | (r.lead3 << 2);
        let base = r.alnum | multi;
        let letters = r.letter | multi;
        let digits = r.alnum & !r.letter;
        let between = |m: u64, gap: u32| (m << 1) & (m >> gap);
        let (q_other, q_mid) = (r.q_other, r.q_mid);
        let apos = r.apos & between(letters, 1);
        let seps = (r.apos | r.dot | r.comma) & between(digits, 1);
        let hyphen = r.dash & between(base, 1);
        let q_in = q_mid & (between(letters, 3) | between(digits, 3));
        let word = base | apos | seps | hyphen | q_in | (q_in << 1) | (q_in << 2);
        let punct = !(word | r.space | r.nonascii);
        let quotes = (q_other | q_mid) & !word;
        let other = r.nonascii & !word;
        let cand = (word & !(word << 1)) | punct | quotes | (other & !(other << 1));
        let ends = r.space | (punct & !r.not_ends);
        // The next byte is ASCII or starts a quote or a letter: no combining
        // mark there. (Unknown for bit 63: `!(x >> 1)` would claim it.)
        let safe_start = quotes | r.lead2 | r.lead3;
        let plain_next = (!(r.nonascii >> 1) | (safe_start >> 1)) & !(1 << 63);
        let joiners = (r.not_ends & !r.special & !r.comma) | r.dash;
        let term = ends
            | (r.dot & (r.dot >> 1))
            | q_other
            | (q_mid & (ends >> 3))
            | (r.comma & plain_next)
            | (joiners & punct & (ends >> 1));
        let last = word & !(word >> 1);
        let clean_end = last & (term >> 1);
        let dot_end = last & (r.dot >> 1) & ((ends | r.comma | quotes) >> 2);
        let same_next = (r.dot & (r.dot >> 1)) | (r.dash & (r.dash >> 1));
        let single = punct & (!r.special | ((r.dot | r.dash) & !same_next)) & plain_next;
        let quote = quotes & (!(r.nonascii >> 3) | (safe_start >> 3)) & (u64::MAX >> 3);
        Block {
            cand,
            word,
            letters,
            hyphen,
            clean_end,
            dot_end,
            single,
            quote,
            ok: clean_end | single | (quote << 2),
            tend: last | punct | (quotes << 2) | (other & !(other << 1)) | (1 << 63),
            space: r.space,
        }
    }
}

/// Token kinds by index: a one-byte ASCII token's byte, `Punct` for `E2`
/// (the first byte of the quotes and dashes in [`Block::quote`]), then
/// [`WORD`]/[`NUMBER`] for runs. One table so the iterator picks a kind
/// with index arithmetic instead of an unpredictable branch.
static KINDS: [Kind; 258] = {
    let mut t = [Kind::Other; 258];
    let mut i = 0;
    #[allow(clippy::indexing_slicing)] // Compile time: out of bounds is a build error.
    while i < 258 {
        t[i] = if i < 128 {
            super::ascii::kind_of(i as u8)
        } else if i == 0xE2 {
            Kind::Punct
        } else if i == WORD {
            Kind::Word
        } else if i == NUMBER {
            Kind::Number
        } else {
            Kind::Other
        };
        i += 1;
    }
    t
};

/// [`KINDS`] index of a run with a letter.
const WORD: usize = 256;
/// [`KINDS`] index of a run without one.
const NUMBER: usize = 257;

/// Kind of the token starting with byte `b`: a run (`run`, with a letter
/// if `letter`), else a one-byte token or quote. Branch-free.
#[inline(always)]
pub(super) fn token_kind(run: bool, letter: bool, b: u8) -> Kind {
    let (run, letter) = (usize::from(run), usize::from(letter));
    let run_index = WORD + 1 - letter;
    kind_at(run * run_index + (1 - run) * usize::from(b))
}

#[inline(always)]
fn kind_at(i: usize) -> Kind {
    match KINDS.get(i) {
        Some(k) => *k,
        None => Kind::Other,
    }
}

/// Copies [`SPAN`] bytes at `pos`, padding past the end of `bytes` with
/// `pad`: a space in news mode (so a run ending at the end of the text has
/// a clean terminator), a line feed in UAX #29 mode (which yields spaces:
/// a trailing space run must end at the end of the text, and nothing joins
/// across a line feed).
#[inline(always)]
pub(super) fn load(bytes: &[u8], pos: usize, pad: u8) -> [u8; SPAN] {
    let mut a = [pad; SPAN];
    let tail = bytes.get(pos..).unwrap_or(&[]);
    for (d, s) in a.iter_mut().zip(tail) {
        *d = *s;
    }
    a
}

/// Classifies the block at `pos` (padded past the end, see [`load`]).
#[inline(always)]
pub(super) fn classify_at<const UAX: bool>(bytes: &[u8], pos: usize) -> Raw {
    match bytes
        .get(pos..pos.saturating_add(SPAN))
        .and_then(|s| <&[u8; SPAN]>::try_from(s).ok())
    {
        Some(chunk) => classify::<UAX>(chunk),
        None => classify::<UAX>(&load(bytes, pos, if UAX { b'\n' } else { b' ' })),
    }
}

/// The masks the UAX #29 iterator walks (see [`Block`] for news mode).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Segs {
    /// Candidate segment starts: word runs, space runs, each other ASCII
    /// byte, quotes and dashes, stretches of other non-ASCII bytes.
    pub cand: u64,
    /// Word bytes: letters and digits as in [`Block::word`], with the
    /// separators UAX #29 joins (WB6/7: `'` `.` `:` `’` between letters;
    /// WB11/12: `'` `.` `,` `;` `’` between digits). No hyphens.
    pub word: u64,
    /// Letter bytes.
    pub letters: u64,
    /// Space (U+0020) bytes.
    pub blank: u64,
    /// Last byte of every candidate segment (and bit 63).
    pub tend: u64,
    /// Last bytes of the segments the masks settle: a word run before a
    /// byte no rule joins (not `_`; a Mid* only before an ASCII byte), a
    /// space run or one-byte segment before a byte WB4 cannot attach, a
    /// quote or dash likewise.
    pub ok: u64,
}

impl Segs {
    /// Derives the UAX #29 masks (from a `classify::<true>` [`Raw`]).
    #[inline(always)]
    pub(super) fn new(r: &Raw, valid: u64) -> Segs {
        let multi = r.lead2 | (r.lead2 << 1) | r.lead3 | (r.lead3 << 1) | (r.lead3 << 2);
        let base = r.alnum | multi;
        let letters = r.letter | multi;
        let digits = r.alnum & !r.letter;
        let between = |m: u64, gap: u32| (m << 1) & (m >> gap);
        let mid_l = (r.apos | r.dot | r.colon) & between(letters, 1);
        let mid_d = (r.apos | r.dot | r.comma) & between(digits, 1);
        let q_in = r.q_mid & (between(letters, 3) | between(digits, 3));
        let word = base | mid_l | mid_d | q_in | (q_in << 1) | (q_in << 2);
        let ws = r.space & !r.blank;
        let punct = !(word | r.space | r.nonascii);
        let quotes = (r.q_other | r.q_mid) & !word;
        let other = r.nonascii & !word;
        let cand = ((word & !(word << 1))
            | (r.blank & !(r.blank << 1))
            | ws
            | punct
            | quotes
            | (other & !(other << 1)))
            & valid;
        let safe_start = quotes | r.lead2 | r.lead3;
        let ascii_next = !(r.nonascii >> 1) & !(1 << 63);
        let plain_next = (!(r.nonascii >> 1) | (safe_start >> 1)) & !(1 << 63);
        let mid = r.apos | r.dot | r.colon | r.comma;
        let term = r.space
            | (punct & !mid & !r.under)
            | (punct & mid & ascii_next)
            | r.q_other
            | (r.q_mid & !(r.nonascii >> 3) & (u64::MAX >> 3));
        let word_last = word & !(word >> 1);
        let blank_last = r.blank & !(r.blank >> 1);
        let single = ((punct & !r.under) | (ws & !r.cr)) & plain_next;
        let quote = quotes & (!(r.nonascii >> 3) | (safe_start >> 3)) & (u64::MAX >> 3);
        Segs {
            cand,
            word,
            letters,
            blank: r.blank,
            tend: word_last
                | blank_last
                | ws
                | punct
                | (quotes << 2)
                | (other & !(other << 1))
                | (1 << 63),
            ok: (word_last & (term >> 1)) | (blank_last & plain_next) | single | (quote << 2),
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use crate::ucd::{WordBreak, word_props};

    /// Every classifier available on this machine gives the scalar masks.
    fn check(chunk: &[u8; SPAN], what: &dyn core::fmt::Display) {
        for uax in [false, true] {
            let want = if uax {
                classify_scalar::<true>(chunk)
            } else {
                classify_scalar::<false>(chunk)
            };
            let base = if uax {
                classify_baseline::<true>(chunk)
            } else {
                classify_baseline::<false>(chunk)
            };
            assert_eq!(base, want, "baseline, uax {uax}: {what}");
            #[cfg(target_arch = "x86_64")]
            if !cfg!(miri) && std::is_x86_feature_detected!("avx2") {
                // SAFETY: AVX2 was detected just above.
                let got = unsafe {
                    if uax {
                        avx2::classify::<true>(chunk)
                    } else {
                        avx2::classify::<false>(chunk)
                    }
                };
                assert_eq!(got, want, "avx2, uax {uax}: {what}");
            }
        }
    }

    #[test]
    fn simd_and_scalar_agree() {
        // Every byte value in every lane position, plus real text, through
        // every classifier (`check`). Under Miri (which checks the SSE2
        // intrinsics' memory accesses) a sample of the same inputs keeps
        // the run to seconds.
        let sample = if cfg!(miri) { 17 } else { 1 };
        let mut chunk = [0u8; SPAN];
        for start in (0..=255u8).step_by(sample) {
            for step in [1u8, 7, 31] {
                for (i, b) in chunk.iter_mut().enumerate() {
                    *b = start.wrapping_add((i as u8).wrapping_mul(step));
                }
                check(&chunk, &format_args!("start {start}/{step}"));
            }
        }
        // Multi-byte patterns at every offset.
        for pat in [
            &[0xE2u8, 0x80, 0x9D][..],
            &[0xE2, 0x80, 0x99],
            &[0xC3, 0x97],
            &[0xC3, 0xA9],
            &[0xEA, 0xB0, 0x80],
            &[0xED, 0x9E, 0xA3],
            &[0xD0, 0x96],
        ] {
            for off in (0..SPAN).step_by(if cfg!(miri) { 5 } else { 1 }) {
                let mut c = [b'a'; SPAN];
                for (d, s) in c.iter_mut().skip(off).zip(pat) {
                    *d = *s;
                }
                check(&c, &format_args!("{pat:x?} at {off}"));
            }
        }
        let text = include_bytes!("../../benches/data/news.txt");
        let text = if cfg!(miri) {
            text.get(..8192).unwrap_or(text)
        } else {
            &text[..]
        };
        for pos in (0..text.len()).step_by(61) {
            let c = load(text, pos, b' ');
            check(&c, &format_args!("at {pos}"));
        }
    }

    /// The multi-byte "word" masks are a fast path for what the tables say;
    /// this fails if the tables ever disagree.
    #[test]
    fn multibyte_letters_are_all_aletter() {
        for cp in 0x80u32..0x10000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0u8; 4];
            let enc = c.encode_utf8(&mut buf).as_bytes();
            let at = |i: usize| enc.get(i).copied().unwrap_or(b' ');
            let (l2, l3, qo, qm) = multibyte(at(0), at(1), at(2));
            if l2 {
                assert_eq!(enc.len(), 2, "U+{cp:04X}");
            }
            if l3 {
                assert_eq!(enc.len(), 3, "U+{cp:04X}");
            }
            if l2 || l3 {
                assert_eq!(word_props(c).word_break(), WordBreak::ALetter, "U+{cp:04X}");
            }
            if qo {
                assert_eq!(word_props(c).word_break(), WordBreak::Other, "U+{cp:04X}");
                assert!(!word_props(c).ext_pict(), "U+{cp:04X}");
            }
            if qm {
                assert_eq!(
                    word_props(c).word_break(),
                    WordBreak::MidNumLet,
                    "U+{cp:04X}"
                );
            }
            if qo || qm {
                assert_eq!(
                    word_props(c).class(),
                    crate::ucd::CharClass::Punct,
                    "U+{cp:04X}"
                );
            }
        }
    }
}
