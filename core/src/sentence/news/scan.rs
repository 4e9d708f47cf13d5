//! Candidate positions, found with `memchr`.
//!
//! Three `memchr3` streams are merged, each cached until the scan passes
//! its last hit, so every byte of the text is searched once per stream:
//!
//! * frequent: `.`, `\n`, and `0xE2` (lead byte of `…`, `‼`, `⁉`, curly
//!   quotes, bullets, U+2028/U+2029 — most hits are dashes and quotes,
//!   rejected after one decode);
//! * rare: `?`, `!`, `)`;
//! * rarer: `\r`, `0xE3` and `0xEF` (lead bytes of `。` and the full-width
//!   `！`, `？`, `｡`).
//!
//! Everything between candidates is skipped at memchr speed.

use memchr::memchr3;

const NONE: usize = usize::MAX;

/// The merged candidate streams.
#[derive(Clone, Debug, Default)]
pub(super) struct Candidates {
    frequent: Option<usize>,
    rare: Option<usize>,
    rarer: Option<usize>,
}

impl Candidates {
    pub(super) const fn new() -> Self {
        Candidates {
            frequent: None,
            rare: None,
            rarer: None,
        }
    }

    /// The first candidate at or after `from`.
    #[inline]
    pub(super) fn next(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        let a = refresh(&mut self.frequent, bytes, from, |h| memchr3(b'.', b'\n', 0xE2, h));
        let b = refresh(&mut self.rare, bytes, from, |h| memchr3(b'?', b'!', b')', h));
        let c = refresh(&mut self.rarer, bytes, from, |h| memchr3(b'\r', 0xE3, 0xEF, h));
        let m = a.min(b).min(c);
        (m != NONE).then_some(m)
    }
}

/// The cached hit of one stream, searched again once the scan passed it.
#[inline]
fn refresh(
    slot: &mut Option<usize>,
    bytes: &[u8],
    from: usize,
    find: impl Fn(&[u8]) -> Option<usize>,
) -> usize {
    match *slot {
        Some(p) if p >= from => p,
        _ => {
            let p = bytes
                .get(from..)
                .and_then(find)
                .map_or(NONE, |o| from + o);
            *slot = Some(p);
            p
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged() {
        let t = "ab. c? d\u{2026}\n";
        let mut c = Candidates::default();
        let mut from = 0;
        let mut hits = [0usize; 8];
        let mut n = 0;
        while let Some(p) = c.next(t.as_bytes(), from) {
            if let Some(h) = hits.get_mut(n) {
                *h = p;
            }
            n += 1;
            from = p + 1;
        }
        assert_eq!(&hits[..n], &[2, 5, 8, 11]);
    }
}
