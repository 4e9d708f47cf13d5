//! Candidate positions, found 128 bytes at a time.
//!
//! A candidate is a byte the segmenter must look at:
//!
//! * `.`, `?`, `!`, `)` and `\n`;
//! * `0xE2`, the lead byte of `…`, `‼`, `⁇`–`⁉` and U+2028/U+2029 —
//!   except `E2 80 90..=9F` (U+2010–U+201F: hyphens, dashes and the curly
//!   quotes), by far the most common `0xE2` characters in news copy, none
//!   of which ends a sentence or a line (a terminator's closing quotes are
//!   read from the terminator);
//! * `0xE3` and `0xEF`, the lead bytes of `。` and the full-width `！`,
//!   `？`, `｡`.
//!
//! A lone `\r` (classic Mac line ends) is not a candidate: it is white
//! space inside a line.
//!
//! Why blocks and not `memchr`: this corpus has a candidate every ~30 bytes
//! (page text has a line break every ~40), so separate `memchr` streams
//! paid a call, a short search and a hard-to-predict loop exit per hop.
//! Classifying a 128-byte block into a bitmask (SSE2 on x86-64, AVX2 where
//! compiled in or detected with `std`, a byte table elsewhere; tested
//! equal) and walking it with `trailing_zeros` costs a few instructions per
//! candidate and one well-predicted branch per block. The `E2 80 9x`
//! exclusion is done in the vectors too (loads at +1 and +2 line the
//! continuation bytes up with the lead byte): a loop over the `E2` bytes of
//! a block mispredicted about once per block in this corpus (40 k per
//! pass), where curly quotes and dashes are everywhere.

// The scalar classifier is the fallback off x86-64 and the reference in
// tests; on x86-64 release builds it is unused.
#![cfg_attr(
    all(target_arch = "x86_64", target_feature = "sse2", not(test)),
    allow(dead_code)
)]

/// Bytes per block. 128 rather than 64: in page text (a candidate every
/// ~40 bytes) the "another candidate in this block?" branch mispredicts at
/// most block ends; larger blocks halve them (130 k → about 65 k per pass
/// of the bench corpus) for a couple of extra instructions per candidate
/// on the `u128` mask.
const BLOCK: usize = 128;

/// A block's bitmask (bit `i` is byte `base + i`).
type Mask = u128;

/// Bytes a block's classification reads: its bytes and the two after (for
/// the `E2 80 9x` exclusion).
const SPAN: usize = BLOCK + 2;

/// The candidate bytes of the block at `base`, walked with
/// `trailing_zeros`.
#[derive(Clone, Debug, Default)]
pub(super) struct Candidates {
    /// Offset of bit 0.
    base: usize,
    /// Candidate bits of the block; meaningful when `loaded`.
    mask: Mask,
    loaded: bool,
}

impl Candidates {
    pub(super) const fn new() -> Self {
        Candidates {
            base: 0,
            mask: 0,
            loaded: false,
        }
    }

    /// The first candidate at or after `from`.
    ///
    /// Blocks are aligned to multiples of [`BLOCK`] from the start of the text, so
    /// each byte is classified once however the segmenter hops (a resume
    /// point inside the current block reuses its mask).
    #[inline]
    pub(super) fn next(&mut self, bytes: &[u8], mut from: usize) -> Option<usize> {
        loop {
            let off = from.wrapping_sub(self.base);
            if !self.loaded || off >= BLOCK {
                if from >= bytes.len() {
                    return None;
                }
                self.base = from & !(BLOCK - 1);
                self.mask = block_at(bytes, self.base);
                self.loaded = true;
                continue;
            }
            let m = self.mask & (Mask::MAX << off);
            if m != 0 {
                return Some(self.base + m.trailing_zeros() as usize);
            }
            from = self.base + BLOCK;
        }
    }
}

/// Candidate mask of the block at `pos` (bytes past the end are not
/// candidates).
#[inline]
fn block_at(bytes: &[u8], pos: usize) -> Mask {
    match bytes
        .get(pos..pos.saturating_add(SPAN))
        .and_then(|s| <&[u8; SPAN]>::try_from(s).ok())
    {
        Some(chunk) => classify(chunk),
        None => {
            // Pad with spaces: not candidates, and not the `80 9x` that
            // would exclude an `E2` at the very end.
            let mut a = [b' '; SPAN];
            for (d, s) in a.iter_mut().zip(bytes.get(pos..).unwrap_or(&[])) {
                *d = *s;
            }
            classify(&a)
        }
    }
}

/// Whether byte `b` is a candidate before the `E2 80 9x` exclusion.
const fn is_candidate_byte(b: u8) -> bool {
    matches!(b, b'.' | b'\n' | b'?' | b'!' | b')' | 0xE2 | 0xE3 | 0xEF)
}

static CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    #[allow(clippy::indexing_slicing)] // Compile time: out of bounds is a build error.
    while i < 256 {
        t[i] = is_candidate_byte(i as u8);
        i += 1;
    }
    t
};

/// Clears the `E2` bits of `mask` that start `E2 80 90..=9F`; `e2` is the
/// mask of `E2` bytes (the scalar reference; the SIMD classifiers do this
/// in-vector).
#[inline]
fn drop_quotes(chunk: &[u8; SPAN], mut mask: Mask, mut e2: Mask) -> Mask {
    while e2 != 0 {
        let i = e2.trailing_zeros() as usize;
        e2 &= e2 - 1;
        let quote =
            chunk.get(i + 1) == Some(&0x80) && chunk.get(i + 2).is_some_and(|&b| b & 0xF0 == 0x90);
        mask &= !(Mask::from(quote) << i);
    }
    mask
}

/// Scalar classification (the fallback off x86-64 and the reference).
fn classify_scalar(chunk: &[u8; SPAN]) -> Mask {
    let (mut mask, mut e2): (Mask, Mask) = (0, 0);
    for (i, &b) in chunk.iter().take(BLOCK).enumerate() {
        let hit = CANDIDATE.get(usize::from(b)).copied().unwrap_or(false);
        mask |= Mask::from(hit) << i;
        e2 |= Mask::from(b == 0xE2) << i;
    }
    drop_quotes(chunk, mask, e2)
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    //! SSE2 is part of the x86-64 baseline and enabled for the whole build
    //! (module cfg): that is the SAFETY argument of each intrinsic call.
    use core::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };

    #[inline(always)]
    fn eq(v: __m128i, b: u8) -> __m128i {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        unsafe { _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8)) }
    }

    #[inline(always)]
    fn or(a: __m128i, b: __m128i) -> __m128i {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        unsafe { _mm_or_si128(a, b) }
    }

    #[inline(always)]
    fn and(a: __m128i, b: __m128i) -> __m128i {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        unsafe { _mm_and_si128(a, b) }
    }

    /// `a & !b`.
    #[inline(always)]
    fn and_not(a: __m128i, b: __m128i) -> __m128i {
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        unsafe { _mm_andnot_si128(b, a) }
    }

    #[inline(always)]
    fn load(chunk: &[u8; super::SPAN], at: usize) -> Option<__m128i> {
        let p = chunk.get(at..at + 16)?;
        // SAFETY: `p` is 16 initialised bytes; the unaligned load reads
        // exactly those; SSE2 is enabled (module cfg).
        Some(unsafe { _mm_loadu_si128(p.as_ptr().cast::<__m128i>()) })
    }

    /// Candidates of the 16 bytes at `at`, `E2 80 9x` excluded in-vector
    /// (the loads at `at + 1` and `at + 2` line the continuation bytes up
    /// with their lead byte), so no per-quote loop.
    #[inline(always)]
    fn part(chunk: &[u8; super::SPAN], at: usize) -> u64 {
        let (Some(v), Some(v1), Some(v2)) =
            (load(chunk, at), load(chunk, at + 1), load(chunk, at + 2))
        else {
            return 0;
        };
        let e2 = eq(v, 0xE2);
        let punct = or(or(eq(v, b'.'), eq(v, b'\n')), or(eq(v, b'?'), eq(v, b'!')));
        let other = or(or(eq(v, b')'), e2), or(eq(v, 0xE3), eq(v, 0xEF)));
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        let hi = and(v2, unsafe { _mm_set1_epi8(0xF0u8 as i8) });
        let quote = and(and(e2, eq(v1, 0x80)), eq(hi, 0x90));
        let m = and_not(or(punct, other), quote);
        // SAFETY: SSE2 is enabled for the whole build (module cfg).
        u64::from(unsafe { _mm_movemask_epi8(m) } as u16)
    }

    #[inline(always)]
    pub(super) fn classify(chunk: &[u8; super::SPAN]) -> super::Mask {
        let mut m: super::Mask = 0;
        for k in 0..super::BLOCK / 16 {
            m |= super::Mask::from(part(chunk, 16 * k)) << (16 * k);
        }
        m
    }
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    //! The SSE2 version on 32-byte vectors, with the candidate bytes found
    //! by a nibble table lookup (`vpshufb`). Calling [`classify`] is only
    //! sound where AVX2 is present (see `crate::token::has_avx2`).
    use core::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_or_si256, _mm256_set1_epi8, _mm256_setr_epi8, _mm256_setzero_si256,
        _mm256_shuffle_epi8, _mm256_srli_epi16,
    };

    #[inline]
    #[target_feature(enable = "avx2")]
    fn eq(v: __m256i, b: u8) -> __m256i {
        _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b as i8))
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn or(a: __m256i, b: __m256i) -> __m256i {
        _mm256_or_si256(a, b)
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn load(chunk: &[u8; super::SPAN], at: usize) -> Option<__m256i> {
        let p = chunk.get(at..at + 32)?;
        // SAFETY: `p` is 32 initialised bytes; the unaligned load reads
        // exactly those.
        Some(unsafe { _mm256_loadu_si256(p.as_ptr().cast::<__m256i>()) })
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn part(chunk: &[u8; super::SPAN], at: usize) -> u64 {
        let (Some(v), Some(v1), Some(v2)) =
            (load(chunk, at), load(chunk, at + 1), load(chunk, at + 2))
        else {
            return 0;
        };
        // Candidate bytes by nibbles: `lo[b & 15] & hi[b >> 4]` is non-zero
        // exactly for `. \n ? ! )` and `E2 E3 EF` (one bit per high nibble
        // that has candidates: 2 for `! ) .`, 0 for `\n`, 3 for `?`, E).
        // Fewer instructions than eight compares and their ORs.
        let lo_tab = _mm256_setr_epi8(
            0, 1, 8, 8, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 1, 12, //
            0, 1, 8, 8, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 1, 12,
        );
        let hi_tab = _mm256_setr_epi8(
            2, 0, 1, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, //
            2, 0, 1, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0,
        );
        let nib = _mm256_set1_epi8(0x0F);
        let lo = _mm256_shuffle_epi8(lo_tab, _mm256_and_si256(v, nib));
        let hi = _mm256_shuffle_epi8(hi_tab, _mm256_and_si256(_mm256_srli_epi16::<4>(v), nib));
        let none = _mm256_cmpeq_epi8(_mm256_and_si256(lo, hi), _mm256_setzero_si256());
        // `E2 80 9x`: not candidates.
        let top = _mm256_and_si256(v2, _mm256_set1_epi8(0xF0u8 as i8));
        let quote = _mm256_and_si256(_mm256_and_si256(eq(v, 0xE2), eq(v1, 0x80)), eq(top, 0x90));
        let skip = or(none, quote);
        u64::from(!(_mm256_movemask_epi8(skip) as u32))
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn classify(chunk: &[u8; super::SPAN]) -> super::Mask {
        let lo = part(chunk, 0) | (part(chunk, 32) << 32);
        let hi = part(chunk, 64) | (part(chunk, 96) << 32);
        super::Mask::from(lo) | (super::Mask::from(hi) << 64)
    }
}

/// Candidate mask of one block with the best classifier for the CPU.
#[inline(always)]
fn classify(chunk: &[u8; SPAN]) -> Mask {
    #[cfg(target_arch = "x86_64")]
    if crate::token::has_avx2() {
        // SAFETY: `has_avx2` is true only when AVX2 is enabled at compile
        // time or was detected on this CPU.
        return unsafe { avx2::classify(chunk) };
    }
    classify_baseline(chunk)
}

/// The classifier every CPU of the target has.
#[inline(always)]
fn classify_baseline(chunk: &[u8; SPAN]) -> Mask {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        sse2::classify(chunk)
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        classify_scalar(chunk)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use proptest::prelude::*;
    use std::vec::Vec;

    /// The definition, one byte at a time.
    fn reference(bytes: &[u8]) -> Vec<usize> {
        (0..bytes.len())
            .filter(|&i| {
                let b = bytes.get(i).copied().unwrap_or(0);
                let quote = b == 0xE2
                    && bytes.get(i + 1) == Some(&0x80)
                    && bytes.get(i + 2).is_some_and(|&n| n & 0xF0 == 0x90);
                is_candidate_byte(b) && !quote
            })
            .collect()
    }

    /// Walks the candidates the way the segmenter does, resuming at
    /// `hit + 1 + skip` (skipped hits are not compared).
    fn walk(bytes: &[u8], skips: &[usize]) -> Vec<(usize, usize)> {
        let mut c = Candidates::new();
        let (mut from, mut out, mut k) = (0, Vec::new(), 0);
        while let Some(p) = c.next(bytes, from) {
            out.push((from, p));
            from = p + 1 + skips.get(k % skips.len().max(1)).copied().unwrap_or(0);
            k += 1;
        }
        out
    }

    fn check(bytes: &[u8], skips: &[usize]) {
        let want = reference(bytes);
        for (from, got) in walk(bytes, skips) {
            let first = want.iter().copied().find(|&p| p >= from);
            assert_eq!(Some(got), first, "from {from} in {bytes:x?}");
        }
        // And nothing is missed at the end.
        let last = walk(bytes, skips).last().map(|&(_, p)| p);
        let want_last = want.last().copied();
        if skips.iter().all(|&s| s == 0) {
            assert_eq!(last, want_last);
        }
    }

    fn check_classifiers(chunk: &[u8; SPAN]) {
        let want = classify_scalar(chunk);
        assert_eq!(classify_baseline(chunk), want, "{chunk:x?}");
        #[cfg(target_arch = "x86_64")]
        if !cfg!(miri) && std::is_x86_feature_detected!("avx2") {
            // SAFETY: AVX2 was detected just above.
            let mask = unsafe { avx2::classify(chunk) };
            assert_eq!(mask, want, "{chunk:x?}");
        }
    }

    #[test]
    fn merged() {
        let t = "ab. c? d\u{2026}\n \u{201c}x\u{201d}) \u{2014}";
        let mut c = Candidates::default();
        let mut from = 0;
        let mut hits: heapless::Vec<usize, 8> = heapless::Vec::new();
        while let Some(p) = c.next(t.as_bytes(), from) {
            let _ = hits.push(p);
            from = p + 1;
        }
        assert_eq!(&hits[..], &[2, 5, 8, 11, 20]);
    }

    #[test]
    fn classifiers_agree() {
        let mut chunk = [0u8; SPAN];
        // Under Miri (which checks the SIMD loads) a sample of the starts
        // and of the corpus: the full sweep takes it tens of minutes.
        let stride = if cfg!(miri) { 37 } else { 1 };
        for start in (0..=255u8).step_by(stride) {
            for step in [1u8, 7, 31] {
                for (i, b) in chunk.iter_mut().enumerate() {
                    *b = start.wrapping_add((i as u8).wrapping_mul(step));
                }
                check_classifiers(&chunk);
            }
        }
        for pat in [
            &[0xE2u8, 0x80, 0x9D][..],
            &[0xE2, 0x80, 0xA6],
            &[0xE2, 0x80],
        ] {
            for off in 0..SPAN {
                let mut c = [b'a'; SPAN];
                for (d, s) in c.iter_mut().skip(off).zip(pat) {
                    *d = *s;
                }
                check_classifiers(&c);
            }
        }
        let text = include_bytes!("../../../benches/data/news.txt");
        for pos in (0..text.len().saturating_sub(SPAN)).step_by(61 * stride) {
            if let Some(c) = text
                .get(pos..pos + SPAN)
                .and_then(|s| <&[u8; SPAN]>::try_from(s).ok())
            {
                check_classifiers(c);
            }
        }
    }

    #[test]
    fn bench_corpus_matches_the_definition() {
        let text = include_bytes!("../../../benches/data/news.txt");
        check(text, &[0]);
        check(text, &[0, 3, 70, 1, 130]);
    }

    proptest! {
        #[test]
        fn walk_matches_the_definition(
            bytes in proptest::collection::vec(
                proptest::sample::select(&[b'a', b' ', b'.', b'\n', b'?', b')', 0xE2, 0x80, 0x99, 0xA6, 0xE3, 0xEF][..]),
                0..300,
            ),
            skips in proptest::collection::vec(0usize..100, 1..5),
        ) {
            check(&bytes, &[0]);
            check(&bytes, &skips);
        }
    }
}
