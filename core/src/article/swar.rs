//! SWAR ("SIMD within a register") byte scans: eight bytes at a time in a
//! `u64`, portable to every target (no `unsafe`, no intrinsics — the core
//! also runs on Cortex-M).
//!
//! Every mask helper returns the high bit (0x80) of each *lane* (byte) that
//! matches, and is exact per lane: no borrow or carry crosses lanes, so the
//! lowest set bit is the first matching byte ([`first_lane`]) and the
//! matches can be walked bit by bit. Scanners use them to skip the long
//! stretches of plain text between the few bytes that need a closer look.

/// `0x01` in every lane.
pub const ONES: u64 = 0x0101_0101_0101_0101;
const LOW7: u64 = ONES * 0x7F;
const HIGH: u64 = ONES * 0x80;

/// The eight bytes at `at` as a little-endian word (lane k = `b[at + k]`),
/// or `None` when fewer than eight remain.
#[inline(always)]
pub fn load(b: &[u8], at: usize) -> Option<u64> {
    b.get(at..at.checked_add(8)?)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
        .map(u64::from_le_bytes)
}

/// Lanes of `v` equal to `c`.
#[inline(always)]
pub fn eq(v: u64, c: u8) -> u64 {
    let x = v ^ (ONES * u64::from(c));
    !(((x & LOW7) + LOW7) | x) & HIGH
}

/// Lanes of `v` below `n` (`n` ≤ 0x80).
#[inline(always)]
pub fn below(v: u64, n: u8) -> u64 {
    let n = u64::from(n.min(0x80));
    !(((v & LOW7) + ONES * (0x80 - n)) | v) & HIGH
}

/// Lanes of `v` in `lo..=hi` (both ≤ 0x7F: an ASCII range).
#[inline(always)]
pub fn ascii_range(v: u64, lo: u8, hi: u8) -> u64 {
    let lo = u64::from(lo.min(0x7F));
    let hi = u64::from(hi.min(0x7F));
    let x = v & LOW7;
    let ge_lo = (x + ONES * (0x80 - lo)) & HIGH;
    let gt_hi = (x + ONES * (0x7F - hi)) & HIGH;
    ge_lo & !gt_hi & !v & HIGH
}

/// Lanes of `v` in `lo..=hi` where both bounds are ≥ 0x80 (UTF-8 lead
/// and continuation bytes).
#[inline(always)]
pub fn high_range(v: u64, lo: u8, hi: u8) -> u64 {
    ascii_range(v ^ HIGH, lo & 0x7F, hi & 0x7F)
}

/// The eight bytes at `at`, zero-padded past the end of `b`, and the
/// high bit of each real lane (callers AND their masks with it).
#[inline(always)]
pub fn load_padded(b: &[u8], at: usize) -> (u64, u64) {
    if let Some(v) = load(b, at) {
        return (v, HIGH);
    }
    let rest = b.get(at..).unwrap_or(&[]);
    let mut a = [0u8; 8];
    for (d, s) in a.iter_mut().zip(rest) {
        *d = *s;
    }
    let n = rest.len().min(8);
    let valid = if n == 0 { 0 } else { HIGH >> (8 * (8 - n)) };
    (u64::from_le_bytes(a), valid)
}

/// Bytes per block of [`LaneCount`] accumulation: 255 chunks, so no 8-bit
/// lane can overflow.
pub const BLOCK: usize = 255 * 8;

/// Per-lane counters of masks (high bit per lane, as the helpers return).
/// At most 255 masks may be added between [`LaneCount::sum`] calls — scan
/// in [`BLOCK`]s.
#[derive(Clone, Copy, Debug, Default)]
pub struct LaneCount(u64);

impl LaneCount {
    /// Counts the lanes set in `mask`.
    #[inline(always)]
    pub fn add(&mut self, mask: u64) {
        self.0 += mask >> 7;
    }

    /// The number of lanes counted.
    #[inline(always)]
    pub fn sum(self) -> u32 {
        // Eight 8-bit lanes (each ≤ 255) → four 16-bit lanes → one sum.
        const M: u64 = 0x00FF_00FF_00FF_00FF;
        let x = (self.0 & M) + ((self.0 >> 8) & M);
        ((x.wrapping_mul(0x0001_0001_0001_0001) >> 48) & 0xFFFF) as u32
    }
}

/// Index of the lowest matching lane of a non-zero mask.
#[inline(always)]
pub fn first_lane(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// The 16-byte block `w` as two little-endian `i64` halves `(lo, hi)`,
/// missing bytes zero: the operands of `_mm_set_epi64x(hi, lo)` in the
/// SSE2 classifiers of the JSON escaper, the id and the stats (a register
/// built from values, so their `unsafe` blocks touch no memory).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn le_halves(w: &[u8]) -> (i64, i64) {
    let half = |k: usize| {
        let mut a = [0u8; 8];
        if let Some(src) = w.get(k..k + 8) {
            a.copy_from_slice(src);
        }
        i64::from_le_bytes(a)
    };
    (half(0), half(8))
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    fn lanes(bytes: [u8; 8], p: impl Fn(u8) -> bool) -> u64 {
        bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| p(**b))
            .fold(0, |m, (k, _)| m | 0x80 << (8 * k))
    }

    #[test]
    fn masks_are_exact_per_lane() {
        for fill in [0u8, b' ', b'a', b'Z', 0x7F, 0x80, 0xC3, 0xFF] {
            for b in 0u8..=255 {
                for k in 0..8 {
                    let mut a = [fill; 8];
                    if let Some(x) = a.get_mut(k) {
                        *x = b;
                    }
                    let v = u64::from_le_bytes(a);
                    assert_eq!(eq(v, b'.'), lanes(a, |x| x == b'.'));
                    assert_eq!(eq(v, 0xC3), lanes(a, |x| x == 0xC3));
                    assert_eq!(eq(v, 0), lanes(a, |x| x == 0));
                    assert_eq!(below(v, 0x20), lanes(a, |x| x < 0x20));
                    assert_eq!(
                        ascii_range(v, b'A', b'Z'),
                        lanes(a, |x| x.is_ascii_uppercase())
                    );
                    assert_eq!(ascii_range(v, 0, 0x7F), lanes(a, |x| x < 0x80));
                }
            }
        }
    }

    #[test]
    fn chunked_lane_counts() {
        let text: std::vec::Vec<u8> = (0..5000u32).map(|i| (i * 37 % 251) as u8).collect();
        for len in [0, 1, 7, 8, 9, 2039, 2040, 2041, 5000] {
            let b = text.get(..len).unwrap_or(&[]);
            let (mut upper, mut cont) = (0, 0);
            for block in b.chunks(BLOCK) {
                let (mut u, mut c) = (LaneCount::default(), LaneCount::default());
                for at in (0..block.len()).step_by(8) {
                    let (v, valid) = load_padded(block, at);
                    u.add(ascii_range(v, b'A', b'Z') & valid);
                    c.add(high_range(v, 0x80, 0xBF) & valid);
                }
                upper += u.sum();
                cont += c.sum();
            }
            let want_upper = b.iter().filter(|x| x.is_ascii_uppercase()).count() as u32;
            let want_cont = b.iter().filter(|x| (0x80..0xC0).contains(*x)).count() as u32;
            assert_eq!((upper, cont), (want_upper, want_cont), "{len}");
        }
    }

    #[test]
    fn load_and_first_lane() {
        let b = *b"abcdefghij";
        assert_eq!(load(&b, 2), Some(u64::from_le_bytes(*b"cdefghij")));
        assert_eq!(load(&b, 3), None);
        assert_eq!(load(&b, usize::MAX), None);
        assert_eq!(load(&b, 2).map(|v| first_lane(eq(v, b'f'))), Some(3));
    }
}
