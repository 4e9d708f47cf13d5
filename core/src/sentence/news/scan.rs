//! Candidate positions, found with `memchr`.
//!
//! Three streams are merged, each cached until the scan passes its last
//! hit, so every byte of the text is searched once per stream:
//!
//! * frequent (`memchr2`): `.` and `\n`;
//! * rare (`memchr3`): `?`, `!`, and `0xE2` (lead byte of `…`, `‼`, `⁉`,
//!   U+2028/U+2029, and of the curly quotes, dashes and bullets that are
//!   rejected after one decode);
//! * rarer (`memchr3`): `)`, `0xE3` and `0xEF` (lead bytes of `。` and the
//!   full-width `！`, `？`, `｡`).
//!
//! A lone `\r` (classic Mac line ends) is not a candidate: it is white
//! space inside a line. Everything between candidates is skipped at memchr
//! speed; the frequent stream searches two needles only, which is what
//! makes its many short hops cheap.

use memchr::{memchr2, memchr3};

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
        let a = refresh(&mut self.frequent, bytes, from, |h| memchr2(b'.', b'\n', h));
        let b = refresh(&mut self.rare, bytes, from, |h| {
            memchr3(b'?', b'!', 0xE2, h)
        });
        let c = refresh(&mut self.rarer, bytes, from, |h| {
            memchr3(b')', 0xE3, 0xEF, h)
        });
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
            let p = bytes.get(from..).and_then(find).map_or(NONE, |o| from + o);
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
        let mut hits: heapless::Vec<usize, 8> = heapless::Vec::new();
        while let Some(p) = c.next(t.as_bytes(), from) {
            let _ = hits.push(p);
            from = p + 1;
        }
        assert_eq!(&hits[..], &[2, 5, 8, 11]);
    }
}
