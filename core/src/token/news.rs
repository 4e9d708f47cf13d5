//! The news-mode driver: skip white space, then take a fast path for the
//! common tokens or the general path ([`token_at`]) that applies every
//! tailoring on top of UAX #29.
//!
//! Fast paths: a run of letters/digits (any script) whose end is decided by
//! the character after it (a space, most punctuation; an apostrophe or
//! digit separator UAX #29 would join across; a sentence-final period with
//! the abbreviation check); and one-character punctuation. They are pure
//! shortcuts: `FAST = false` sends every token through [`token_at`], and
//! property tests check that both give the same tokens.

use super::ascii::{
    self, C_ALNUM, C_NONASCII, C_SINGLE, C_SPACE, CLASS_MASK, ENDS, ENDS_BEFORE_SPACE,
};
use super::block::{self, Block};
use super::run::{self, Last};
use super::uax29::{classify, fast_segment_end, single_nonascii};
use super::{Kind, Token, web, word};
use crate::ucd::{WordBreak as W, word_props};

/// The token starting at `start` (not white space), with every tailoring.
fn token_at(text: &str, start: usize) -> (usize, Kind) {
    let bytes = text.as_bytes();
    let b = bytes.get(start).copied().unwrap_or(0);
    if let Some(e) = web::url_at(text, start) {
        return (e, Kind::Url);
    }
    if let Some(e) = web::email_at(text, start) {
        return (e, Kind::Email);
    }
    match b {
        b'@' => {
            if let Some(e) = web::mention_at(text, start) {
                return (e, Kind::Mention);
            }
        }
        b'#' => {
            if let Some(e) = web::hashtag_at(text, start) {
                return (e, Kind::Hashtag);
            }
        }
        // Ellipsis written as periods, dash written as hyphens: one token.
        b'.' | b'-' if bytes.get(start + 1) == Some(&b) => {
            let mut e = start + 2;
            while bytes.get(e) == Some(&b) {
                e += 1;
            }
            return (e, Kind::Punct);
        }
        _ => {}
    }
    if let Some(r) = word::compound(text, start) {
        return r;
    }
    let (end, known) = fast_segment_end(text, start);
    let kind = match known {
        Some(k) => k,
        None => classify(text.get(start..end).unwrap_or("")),
    };
    (end, kind)
}

/// Whether byte `n` (or the end of the text) ends a token that stopped at
/// a one-byte separator before it.
#[inline(always)]
fn ends_after(n: Option<&u8>) -> bool {
    n.is_none_or(|&n| ascii::class(n) & ENDS != 0)
}

/// Whether a letter/digit run starts at `pos`.
#[inline(always)]
fn run_starts_at(text: &str, pos: usize) -> bool {
    match text.as_bytes().get(pos) {
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => {
            run::char_at(text, pos).is_some_and(|c| run::starts_run(word_props(c).word_break()))
        }
        None => false,
    }
}

/// The news token starting with the letter/digit run at `start`, when the
/// characters after the run settle it; `None` sends it to [`token_at`].
///
/// Mirrors [`token_at`] exactly for the cases it accepts (the property
/// tests check it): it follows UAX #29 across apostrophes and digit
/// separators, and news compounds across hyphens, and gives up wherever a
/// URL, e-mail address, period tailoring or digit joiner might apply.
#[inline(always)]
fn run_token(text: &str, start: usize) -> Option<(usize, Kind)> {
    let bytes = text.as_bytes();
    let mut r = run::scan(text, start, false, Last::Digit);
    // Start of the current compound element (after the last hyphen), and
    // whether a hyphen joined anything.
    let mut elem = start;
    let mut joined = false;
    loop {
        let kind = if r.letters { Kind::Word } else { Kind::Number };
        let e = r.end;
        let Some(&t) = bytes.get(e) else {
            return Some((e, kind));
        };
        let n = bytes.get(e + 1);
        if t < 0x80 {
            let tc = ascii::class(t);
            if r.last == Last::Hebrew && matches!(t, b'"' | b'\'') {
                return None;
            }
            if tc & ENDS != 0 {
                return Some((e, kind));
            }
            let digits_next = n.is_some_and(u8::is_ascii_digit);
            match t {
                b',' | b';' | b'.' | b'\''
                    if n.is_some_and(|&n| run::mid_joins(r.last, ascii_wb(t), n)) =>
                {
                    // UAX #29 keeps `4,512.37`, `don't`; a period between
                    // letters is news business (`U.S`, `area.The`).
                    if t == b'.' && r.last != Last::Digit {
                        return None;
                    }
                    r = run::scan(text, e + 1, r.letters, r.last);
                    continue;
                }
                _ if tc & ENDS_BEFORE_SPACE != 0 => {
                    return n.is_none_or(|&n| n < 0x80).then_some((e, kind));
                }
                b'.' => {
                    if !(ends_after(n) || matches!(n, Some(b',' | b';'))) {
                        return None;
                    }
                    // The period belongs to the last element (`X-Gen.`).
                    let keep = kind == Kind::Word && word::keeps_period(text, elem, e);
                    return Some((if keep { e + 1 } else { e }, kind));
                }
                b'-' => {
                    if ends_after(n) {
                        return Some((e, kind));
                    }
                    if !run_starts_at(text, e + 1) {
                        return None;
                    }
                    elem = e + 1;
                    joined = true;
                    r = run::scan(text, elem, r.letters, r.last);
                    continue;
                }
                // `Note:This` is cut; `5:30` and `https://` are not.
                b':' => {
                    let join = n == Some(&b'/') || (digits_next && (joined || !r.letters));
                    return (!join).then_some((e, kind));
                }
                b'/' => return (!(digits_next && (joined || !r.letters))).then_some((e, kind)),
                b'&' => {
                    let caps = bytes
                        .get(e.wrapping_sub(1))
                        .is_some_and(u8::is_ascii_uppercase)
                        && n.is_some_and(u8::is_ascii_uppercase);
                    return (!caps).then_some((e, kind));
                }
                b'\'' | b'@' | b'+' => return ends_after(n).then_some((e, kind)),
                _ => return None,
            }
        }
        let c = run::char_at(text, e)?;
        let w = word_props(c).word_break();
        let after = e + c.len_utf8();
        if run::is_mid(w) {
            match bytes.get(after) {
                None => return Some((e, kind)),
                Some(&n) if n < 0x80 => {
                    if run::mid_joins(r.last, w, n) && r.last != Last::Hebrew {
                        r = run::scan(text, after, r.letters, r.last);
                        continue;
                    }
                    // `1990’s` is a news join, not UAX #29's.
                    return (ascii::class(n) & ENDS != 0).then_some((e, kind));
                }
                Some(_) => return None,
            }
        }
        if matches!(c, '\u{2010}' | '\u{2011}') {
            if run_starts_at(text, after) {
                elem = after;
                joined = true;
                r = run::scan(text, elem, r.letters, r.last);
                continue;
            }
            return ends_after(bytes.get(after)).then_some((e, kind));
        }
        if matches!(w, W::Extend | W::Format | W::ZWJ | W::ExtendNumLet) {
            return None;
        }
        return Some((e, kind));
    }
}

/// Word_Break of an ASCII byte.
#[inline(always)]
fn ascii_wb(b: u8) -> W {
    word_props(char::from(b)).word_break()
}

/// The next news-mode token at or after `*pos`; advances `*pos` past it.
#[inline(always)]
pub(super) fn next_token<const FAST: bool>(text: &str, pos: &mut usize) -> Option<Token> {
    let bytes = text.as_bytes();
    let mut p = *pos;
    loop {
        let Some(&b) = bytes.get(p) else {
            *pos = p;
            return None;
        };
        let c = ascii::class(b);
        let (end, kind) = match c & CLASS_MASK {
            C_SPACE => {
                p = ascii::space_run(bytes, p + 1);
                continue;
            }
            C_ALNUM if FAST => run_token(text, p).unwrap_or_else(|| token_at(text, p)),
            C_SINGLE if FAST && bytes.get(p + 1).is_none_or(|&n| n < 0x80) => {
                (p + 1, ascii::kind_of(b))
            }
            // A lone `.` or `-` (not `...`, `--`).
            _ if FAST
                && matches!(b, b'.' | b'-')
                && bytes.get(p + 1).is_none_or(|&n| n < 0x80 && n != b) =>
            {
                (p + 1, Kind::Punct)
            }
            C_NONASCII => {
                let Some(ch) = run::char_at(text, p) else {
                    // Not on a char boundary: cannot happen for offsets we
                    // produce; stop rather than loop.
                    *pos = text.len();
                    return None;
                };
                if ch.is_whitespace() {
                    p += ch.len_utf8();
                    continue;
                }
                let props = word_props(ch);
                let fast = if !FAST {
                    None
                } else if run::starts_run(props.word_break()) {
                    run_token(text, p)
                } else {
                    single_nonascii(text, p, ch, props)
                };
                match fast {
                    Some(r) => r,
                    None => token_at(text, p),
                }
            }
            _ => token_at(text, p),
        };
        // Every path consumes at least one character; guard anyway so the
        // iterator always terminates.
        let end = if end > p {
            end
        } else {
            run::char_at(text, p).map_or(text.len(), |ch| p + ch.len_utf8())
        };
        *pos = end;
        return Some(Token {
            kind,
            start: p,
            end,
        });
    }
}

/// Iterator state of the block path: the current block's masks.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct BlockState {
    /// Byte offset of bit 0.
    base: usize,
    masks: Block,
}

/// The next news-mode token, walking block masks (see [`super::block`]).
///
/// Tokens the masks settle (a word run followed by a clean terminator, a
/// one-byte punctuation token) are produced with bit arithmetic; every
/// other candidate goes to the scalar path ([`next_token`]), after which the
/// walk resumes at the next candidate if it is where the scalar path
/// stopped, or reclassifies from there. A run reaching the end of the
/// block is left for the next block, which starts at the run.
#[inline(always)]
pub(super) fn next_block(text: &str, pos: &mut usize, st: &mut BlockState) -> Option<Token> {
    let bytes = text.as_bytes();
    loop {
        while st.masks.cand == 0 {
            let base = *pos;
            if base >= bytes.len() {
                return None;
            }
            st.masks = Block::new(&block::classify_at::<false>(bytes, base));
            st.base = base;
            if st.masks.cand == 0 {
                *pos = base + 64;
            }
        }
        let m = &mut st.masks;
        let i = m.cand.trailing_zeros();
        m.cand &= m.cand.wrapping_sub(1);
        let s = st.base + i as usize;
        // The candidate's last byte: the end of its word run, itself for a
        // one-byte token, the third byte of a quote.
        let last = i + (m.tend >> i).trailing_zeros();
        let len = last - i + 1;
        let is_run = (m.word >> i) & 1 != 0;
        // One well-predicted branch for every token the masks settle.
        if (m.ok >> last) & 1 != 0 {
            let run = u64::MAX >> (64 - len);
            let kind = block::token_kind(
                is_run,
                (m.letters >> i) & run != 0,
                bytes.get(s).copied().unwrap_or(0),
            );
            let e = s + len as usize;
            *pos = e;
            return Some(Token {
                kind,
                start: s,
                end: e,
            });
        }
        if is_run {
            let run = u64::MAX >> (64 - len);
            let e = s + len as usize;
            // A sentence-final (or abbreviation) period: the element is the
            // whole run unless a hyphen made it a compound.
            if (m.dot_end >> last) & 1 != 0 && (m.hyphen >> i) & run == 0 {
                let kind = if (m.letters >> i) & run != 0 {
                    Kind::Word
                } else {
                    Kind::Number
                };
                let end = if kind == Kind::Word && word::keeps_period_plain(text, s, e) {
                    // The period is taken: it is no longer a candidate.
                    m.cand &= !(2u64 << last);
                    e + 1
                } else {
                    e
                };
                *pos = end;
                return Some(Token {
                    kind,
                    start: s,
                    end,
                });
            }
            // What follows the run may lie past the block: decide there.
            if last >= 60 && i > 0 {
                m.cand = 0;
                *pos = s;
                continue;
            }
        }
        let mut p = s;
        let tok = next_token::<true>(text, &mut p);
        *pos = p;
        // Resume at the next candidate if it is the next non-space byte.
        let q = p.wrapping_sub(st.base);
        m.cand = if q < 64 {
            let f = (!m.space & (u64::MAX << q)).trailing_zeros();
            if f < 64 && (m.cand >> f) & 1 != 0 {
                m.cand & (u64::MAX << f)
            } else {
                0
            }
        } else {
            0
        };
        return tok;
    }
}
