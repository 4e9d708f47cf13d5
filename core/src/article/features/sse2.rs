//! The word loop of [`super::features`] sixteen ASCII bytes at a time with
//! SSE2 (x86-64 only; every other target, and every block with a non-ASCII
//! byte, takes the eight-byte SWAR step).
//!
//! SSE2 is part of the x86-64 baseline and enabled for the whole build
//! (module cfg), which is the SAFETY argument of the `unsafe` blocks here;
//! no memory is accessed through pointers (the bytes are copied into two
//! `u64` first, as in `stats.rs`).

use core::arch::x86_64::{
    __m128i, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cvtsi32_si128, _mm_min_epu8, _mm_movemask_epi8,
    _mm_or_si128, _mm_sad_epu8, _mm_set_epi64x, _mm_set1_epi8, _mm_setzero_si128, _mm_slli_si128,
    _mm_storeu_si128, _mm_sub_epi8,
};

/// Classes of sixteen ASCII bytes: one bit per byte.
#[derive(Clone, Copy, Debug)]
pub(super) struct Classes {
    /// White space (` `, `\t`–`\r`).
    pub space: u32,
    /// Word characters (ASCII letters, digits, `_`).
    pub word: u32,
    /// Lower-case letters.
    pub lower: u32,
}

/// Per-lane byte counters of letters, digits, `|` and `\w` token starts
/// over at most 255 blocks (the caller's head is far shorter).
#[derive(Clone, Copy, Debug)]
pub(super) struct Counts {
    letters: __m128i,
    digits: __m128i,
    pipes: __m128i,
    tokens: __m128i,
}

impl Counts {
    pub fn new() -> Self {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        let z = unsafe { _mm_setzero_si128() };
        Counts {
            letters: z,
            digits: z,
            pipes: z,
            tokens: z,
        }
    }

    /// The totals: letters, digits, pipes, tokens.
    pub fn sums(&self) -> [u32; 4] {
        let sum = |v: __m128i| {
            // SAFETY: SSE2 is enabled for the whole build (module cfg);
            // the store writes a local array of exactly 16 bytes.
            let mut out = [0u64; 2];
            unsafe {
                let s = _mm_sad_epu8(v, _mm_setzero_si128());
                _mm_storeu_si128(out.as_mut_ptr().cast(), s);
            }
            let [a, b] = out;
            (a + b) as u32
        };
        [
            sum(self.letters),
            sum(self.digits),
            sum(self.pipes),
            sum(self.tokens),
        ]
    }
}

/// The classes of the sixteen bytes `w`, and their counts added to
/// `counts` (`in_token`: the byte before `w` was a word character); `None`
/// when a byte is not ASCII (nothing is counted then).
#[inline(always)]
pub(super) fn step(w: &[u8], in_token: bool, counts: &mut Counts) -> Option<Classes> {
    let (lo, hi) = crate::article::swar::le_halves(w);
    // SAFETY: SSE2 is enabled for the whole build (module cfg); the
    // intrinsics only compute on register values.
    unsafe {
        let v: __m128i = _mm_set_epi64x(hi, lo);
        if _mm_movemask_epi8(v) != 0 {
            return None;
        }
        let set = |c: u8| _mm_set1_epi8(c as i8);
        // `x - lo <= span` as unsigned bytes.
        let within = |x: __m128i, lo: u8, span: u8| {
            let d = _mm_sub_epi8(x, set(lo));
            _mm_cmpeq_epi8(_mm_min_epu8(d, set(span)), d)
        };
        let space = _mm_or_si128(_mm_cmpeq_epi8(v, set(b' ')), within(v, 0x09, 4));
        let lower = within(v, b'a', 25);
        let alpha = within(_mm_or_si128(v, set(0x20)), b'a', 25);
        let digit = within(v, b'0', 9);
        let word = _mm_or_si128(_mm_or_si128(alpha, digit), _mm_cmpeq_epi8(v, set(b'_')));
        // The byte before each lane: a word character starts a token when
        // it is not one.
        let carry = _mm_cvtsi32_si128(if in_token { 0xFF } else { 0 });
        let before = _mm_or_si128(_mm_slli_si128(word, 1), carry);
        let starts = _mm_andnot_si128(before, word);
        // Lanes are 0xFF (-1) where true: subtracting counts them.
        counts.letters = _mm_sub_epi8(counts.letters, alpha);
        counts.digits = _mm_sub_epi8(counts.digits, digit);
        counts.pipes = _mm_sub_epi8(counts.pipes, _mm_cmpeq_epi8(v, set(b'|')));
        counts.tokens = _mm_sub_epi8(counts.tokens, starts);
        Some(Classes {
            space: _mm_movemask_epi8(space) as u32,
            word: _mm_movemask_epi8(word) as u32,
            lower: _mm_movemask_epi8(lower) as u32,
        })
    }
}
