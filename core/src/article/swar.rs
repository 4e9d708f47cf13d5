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

/// Calls `f(word, valid)` for every 8-byte chunk of `b`; the last, short
/// chunk is zero-padded and `valid` has the high bit of its real lanes
/// (all eight otherwise). Callers AND their masks with `valid`.
#[inline(always)]
pub fn for_chunks(b: &[u8], mut f: impl FnMut(u64, u64)) {
    let mut it = b.chunks_exact(8);
    for c in it.by_ref() {
        if let Ok(a) = <[u8; 8]>::try_from(c) {
            f(u64::from_le_bytes(a), HIGH);
        }
    }
    let rest = it.remainder();
    if !rest.is_empty() {
        let mut a = [0u8; 8];
        for (d, s) in a.iter_mut().zip(rest) {
            *d = *s;
        }
        let valid = HIGH >> (8 * (8 - rest.len()));
        f(u64::from_le_bytes(a), valid);
    }
}

/// Per-lane counters of masks (high bit per lane, as the helpers return):
/// `add` a mask per chunk, `total` sums the lanes. Lanes are flushed to a
/// wide total every 255 chunks so they never overflow.
#[derive(Clone, Copy, Debug, Default)]
pub struct LaneCount {
    lanes: u64,
    pending: u32,
    total: u32,
}

impl LaneCount {
    /// Counts the lanes set in `mask`.
    #[inline(always)]
    pub fn add(&mut self, mask: u64) {
        self.lanes += mask >> 7;
        self.pending += 1;
        if self.pending == 255 {
            self.flush();
        }
    }

    #[inline(always)]
    fn flush(&mut self) {
        // Eight 8-bit lanes (each ≤ 255) → four 16-bit lanes → one sum.
        const M: u64 = 0x00FF_00FF_00FF_00FF;
        let x = (self.lanes & M) + ((self.lanes >> 8) & M);
        let sum = (x.wrapping_mul(0x0001_0001_0001_0001) >> 48) & 0xFFFF;
        self.total = self.total.saturating_add(sum as u32);
        self.lanes = 0;
        self.pending = 0;
    }

    /// The number of lanes counted.
    #[inline(always)]
    pub fn total(mut self) -> u32 {
        self.flush();
        self.total
    }
}

/// Index of the lowest matching lane of a non-zero mask.
#[inline(always)]
pub fn first_lane(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
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
            let (mut upper, mut cont) = (LaneCount::default(), LaneCount::default());
            for_chunks(b, |v, valid| {
                upper.add(ascii_range(v, b'A', b'Z') & valid);
                cont.add(high_range(v, 0x80, 0xBF) & valid);
            });
            let want_upper = b.iter().filter(|x| x.is_ascii_uppercase()).count() as u32;
            let want_cont = b.iter().filter(|x| (0x80..0xC0).contains(*x)).count() as u32;
            assert_eq!(
                (upper.total(), cont.total()),
                (want_upper, want_cont),
                "{len}"
            );
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
