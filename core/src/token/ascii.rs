//! ASCII fast path: a byte-class table and a SWAR scan for letter/digit runs.
//!
//! News copy is mostly ASCII, and tokens are short (about six bytes). What
//! costs time is not finding a token's end but the branch mispredicts spent
//! doing so one byte at a time. So the hot loop classifies eight bytes at
//! once with plain `u64` arithmetic (SWAR, no `core::arch`, identical on every
//! target) and finds the end of a letter/digit run with one `trailing_zeros`;
//! most words fit in one eight-byte window, so a word costs one
//! well-predicted loop iteration. Everything else is a table lookup.

use super::Kind;

/// ASCII white space (`\t \n \v \f \r` and space): skipped in news mode.
pub(super) const C_SPACE: u8 = 0;
/// `[A-Za-z0-9]`: starts a letter/digit run.
pub(super) const C_ALNUM: u8 = 1;
/// Any other ASCII byte that is a one-byte token unless a non-ASCII
/// character (a combining mark, WB4) follows.
pub(super) const C_SINGLE: u8 = 2;
/// ASCII bytes a news tailoring may extend at the start of a token:
/// `.` (ellipsis), `-` (`--`), `@` (mention), `#` (hashtag), `_` (WB13b).
pub(super) const C_SPECIAL: u8 = 3;
/// A UTF-8 lead or continuation byte.
pub(super) const C_NONASCII: u8 = 4;
/// Mask of the class bits in [`CLASS`].
pub(super) const CLASS_MASK: u8 = 7;

/// Flag: after an ASCII letter/digit run, this byte certainly ends the news
/// token (no UAX #29 rule joins across it and no news tailoring starts
/// with it).
pub(super) const ENDS: u8 = 8;
/// Flag: `,` and `;` (UAX #29 MidNum) end the token when white space follows;
/// between digits they may join (`4,512`).
pub(super) const ENDS_BEFORE_SPACE: u8 = 16;
/// Flag: UAX #29 Mid* characters (`.` `:` `,` `;` `'`), which join two
/// letters or two digits (WB6/7, WB11/12).
pub(super) const UAX_MID: u8 = 32;

const fn class_of(b: u8) -> u8 {
    match b {
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => C_SPACE | ENDS,
        b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => C_ALNUM,
        b'.' => C_SPECIAL | UAX_MID,
        b'-' | b'@' | b'_' => C_SPECIAL,
        b'#' => C_SPECIAL | ENDS,
        b',' | b';' => C_SINGLE | ENDS_BEFORE_SPACE | UAX_MID,
        b':' | b'\'' => C_SINGLE | UAX_MID,
        // May continue a news token: `AT&T`, `24/7`, `john+x@y.com`.
        b'&' | b'/' | b'+' => C_SINGLE,
        0x80..=0xFF => C_NONASCII,
        _ => C_SINGLE | ENDS,
    }
}

/// Class and flags of every byte.
pub(super) static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    #[allow(clippy::indexing_slicing)] // Compile time: out of bounds is a build error.
    while i < 256 {
        t[i] = class_of(i as u8);
        i += 1;
    }
    t
};

/// Class and flags of `b`.
#[inline(always)]
pub(super) fn class(b: u8) -> u8 {
    // A `[u8; 256]` indexed by a `u8` never misses; `get` keeps clippy's
    // no-indexing rule and compiles to the same load.
    match CLASS.get(usize::from(b)) {
        Some(c) => *c,
        None => C_NONASCII,
    }
}

/// Token kind of a one-byte ASCII token (the same answer as
/// `classify` gives for that character; a unit test checks it).
pub(super) const fn kind_of(b: u8) -> Kind {
    match b {
        b'0'..=b'9' => Kind::Number,
        b'A'..=b'Z' | b'a'..=b'z' => Kind::Word,
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => Kind::Space,
        // Tailoring: `%` is punctuation (Po) in Unicode but a symbol in news.
        b'$' | b'%' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~' => Kind::Symbol,
        b'!'..=b'/' | b':'..=b'@' | b'['..=b'_' | b'{'..=b'}' => Kind::Punct,
        _ => Kind::Other,
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Loads eight bytes at `pos` (little-endian), padding past the end with
/// spaces so a run always stops at the end of the text.
#[inline(always)]
fn load8(bytes: &[u8], pos: usize) -> u64 {
    if let Some(chunk) = bytes.get(pos..pos.saturating_add(8))
        && let Ok(a) = <[u8; 8]>::try_from(chunk)
    {
        return u64::from_le_bytes(a);
    }
    let mut a = [b' '; 8];
    let tail = bytes.get(pos..).unwrap_or(&[]);
    for (d, s) in a.iter_mut().zip(tail) {
        *d = *s;
    }
    u64::from_le_bytes(a)
}

/// High bit of each byte of `w` set iff that byte is an ASCII letter
/// (first) or an ASCII letter or digit (second).
#[inline(always)]
fn classify8(w: u64) -> (u64, u64) {
    let ascii = !w & HIGH;
    let x = w & !HIGH;
    // x + (0x80 - lo) sets the high bit iff x >= lo; no carry crosses a byte
    // because x <= 0x7F and the addend <= 0x80.
    let digit = (x + ONES * (0x80 - 0x30)) & !(x + ONES * (0x80 - 0x3A));
    let l = x | (ONES * 0x20);
    let letter = (l + ONES * (0x80 - 0x61)) & !(l + ONES * (0x80 - 0x7B));
    let letter = letter & ascii;
    (letter, (digit & ascii) | letter)
}

/// End of the run of ASCII letters and digits starting at `pos`, and whether
/// the run contains a letter. `pos` itself is expected to start a run; an
/// empty run returns `(pos, false)`.
#[inline(always)]
pub(super) fn alnum_run(bytes: &[u8], pos: usize) -> (usize, bool) {
    let mut p = pos;
    let mut letters = 0u64;
    loop {
        let (letter, alnum) = classify8(load8(bytes, p));
        let stop = !alnum & HIGH;
        if stop != 0 {
            // Bits below the first stopping byte.
            let below = (stop & stop.wrapping_neg()).wrapping_sub(1);
            letters |= letter & below;
            return (p + (stop.trailing_zeros() / 8) as usize, letters != 0);
        }
        letters |= letter;
        p += 8;
    }
}

/// End of the run of ASCII white-space bytes ([`C_SPACE`]) starting at `pos`.
#[inline(always)]
pub(super) fn space_run(bytes: &[u8], mut pos: usize) -> usize {
    while let Some(&b) = bytes.get(pos) {
        if class(b) & CLASS_MASK != C_SPACE {
            break;
        }
        pos += 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swar_run_matches_scalar() {
        let samples: &[&[u8]] = &[
            b"",
            b"a",
            b"hello world",
            b"abcdefgh",
            b"abcdefghijklmnopq rest",
            b"1234567890123,5",
            b"Zz09@`[{/:",
            b"caf\xc3\xa9",
            b"A\x7f",
        ];
        for s in samples {
            for start in 0..=s.len() {
                let mut e = start;
                while s.get(e).is_some_and(|b| b.is_ascii_alphanumeric()) {
                    e += 1;
                }
                let letters = s
                    .get(start..e)
                    .is_some_and(|r| r.iter().any(u8::is_ascii_alphabetic));
                assert_eq!(alnum_run(s, start), (e, letters), "{s:?} at {start}");
            }
        }
        for b in 0..=255u8 {
            let s = [b, b, b, b, b, b, b, b, b, b];
            let (e, l) = alnum_run(&s, 0);
            assert_eq!(
                e,
                if b.is_ascii_alphanumeric() { 10 } else { 0 },
                "byte {b}"
            );
            assert_eq!(l, b.is_ascii_alphabetic(), "byte {b}");
        }
    }
}
