//! UAX #29 word boundaries (Unicode 17.0): the full rule engine, an ASCII
//! fast path in front of it, and the token kind of a segment.
//!
//! The engine is stateless across segments: given a position known to be a
//! boundary it returns the next boundary. That is sound because no rule looks
//! back across a boundary: WB7/WB7c/WB11 only hold where WB6/WB7b/WB12 held
//! one character earlier, and a run of regional indicators always starts a
//! segment, so pairing counts from the segment start (WB15/16). News mode
//! relies on the same property to restart segmentation after a tailoring.

use super::Kind;
use super::ascii::{self, C_ALNUM, C_NONASCII, C_SPACE, CLASS_MASK, UAX_MID};
use super::block::{self, Segs};
use super::run::{self, Last};
use crate::ucd::{CharClass, WordBreak as W, WordProps, word_props};
use core::str::CharIndices;

/// ALetter or Hebrew_Letter (the rules' AHLetter).
#[inline(always)]
fn ah(w: W) -> bool {
    matches!(w, W::ALetter | W::HebrewLetter)
}

/// (MidLetter | MidNumLetQ), the middle of WB6/WB7.
#[inline(always)]
fn mid_letter(w: W) -> bool {
    matches!(w, W::MidLetter | W::MidNumLet | W::SingleQuote)
}

/// (MidNum | MidNumLetQ), the middle of WB11/WB12.
#[inline(always)]
fn mid_num(w: W) -> bool {
    matches!(w, W::MidNum | W::MidNumLet | W::SingleQuote)
}

/// Characters WB4 attaches to whatever precedes them.
#[inline(always)]
fn ignorable(w: W) -> bool {
    matches!(w, W::Extend | W::Format | W::ZWJ)
}

/// The Word_Break of the next character that WB4 does not ignore.
fn look_ahead(it: &CharIndices<'_>) -> W {
    for (_, c) in it.clone() {
        let w = word_props(c).word_break();
        if !ignorable(w) {
            return w;
        }
    }
    W::Other
}

/// Left context of the boundary being decided.
#[derive(Clone, Copy)]
struct Left {
    /// Word_Break of the character immediately before (WB3–WB3d).
    raw: W,
    /// The character before, after WB4 folded Extend/Format/ZWJ into it.
    prev: W,
    /// The one before `prev`, also after WB4 (`Other` at the segment start).
    prev2: W,
    /// An odd number of regional indicators ends the segment (WB15/16).
    ri_odd: bool,
}

/// Whether there is *no* boundary between the left context and `cur`.
/// `it` is positioned just after `cur` (for the WB6/7b/12 look-ahead).
fn joins(l: Left, cur: W, cur_pict: bool, it: &CharIndices<'_>) -> bool {
    use W::*;
    // WB3 – WB3d.
    if l.raw == CR && cur == LF {
        return true;
    }
    if matches!(l.raw, CR | LF | Newline) || matches!(cur, CR | LF | Newline) {
        return false;
    }
    if l.raw == ZWJ && cur_pict {
        return true;
    }
    if l.raw == WSegSpace && cur == WSegSpace {
        return true;
    }
    // WB4.
    if ignorable(cur) {
        return true;
    }
    let (prev, prev2) = (l.prev, l.prev2);
    // WB5, WB8, WB9, WB10.
    if (ah(prev) || prev == Numeric) && (ah(cur) || cur == Numeric) {
        return true;
    }
    // WB6, WB7.
    if ah(prev) && mid_letter(cur) && ah(look_ahead(it)) {
        return true;
    }
    if ah(prev2) && mid_letter(prev) && ah(cur) {
        return true;
    }
    // WB7a – WB7c.
    if prev == HebrewLetter && cur == SingleQuote {
        return true;
    }
    if prev == HebrewLetter && cur == DoubleQuote && look_ahead(it) == HebrewLetter {
        return true;
    }
    if prev2 == HebrewLetter && prev == DoubleQuote && cur == HebrewLetter {
        return true;
    }
    // WB11, WB12.
    if prev2 == Numeric && mid_num(prev) && cur == Numeric {
        return true;
    }
    if prev == Numeric && mid_num(cur) && look_ahead(it) == Numeric {
        return true;
    }
    // WB13, WB13a, WB13b.
    if prev == Katakana && cur == Katakana {
        return true;
    }
    if cur == ExtendNumLet && (ah(prev) || matches!(prev, Numeric | Katakana | ExtendNumLet)) {
        return true;
    }
    if prev == ExtendNumLet && (ah(cur) || matches!(cur, Numeric | Katakana)) {
        return true;
    }
    // WB15, WB16; WB999 otherwise.
    prev == RegionalIndicator && cur == RegionalIndicator && l.ri_odd
}

/// End of the UAX #29 word segment starting at `start` (full rule engine).
///
/// `start` must be a boundary (or the place news mode restarts). Returns
/// `start` only when `start` is at (or past) the end of `text`.
pub(super) fn segment_end(text: &str, start: usize) -> usize {
    let Some(rest) = text.get(start..) else {
        return text.len();
    };
    let mut it = rest.char_indices();
    let Some((_, c0)) = it.next() else {
        return start;
    };
    let w0 = word_props(c0).word_break();
    let mut l = Left {
        raw: w0,
        prev: w0,
        prev2: W::Other,
        ri_odd: w0 == W::RegionalIndicator,
    };
    while let Some((off, c)) = it.next() {
        let p = word_props(c);
        let cur = p.word_break();
        // Letters and digits continuing a word (WB5/8/9/10) are the bulk of
        // the work; when `prev` (after WB4) is one, no earlier rule can
        // break, so decide them before the full rule list.
        let fast = (ah(l.prev) || l.prev == W::Numeric) && (ah(cur) || cur == W::Numeric);
        if !fast && !joins(l, cur, p.ext_pict(), &it) {
            return start + off;
        }
        l.raw = cur;
        if !ignorable(cur) {
            l.ri_odd = cur == W::RegionalIndicator && !(l.prev == W::RegionalIndicator && l.ri_odd);
            l.prev2 = l.prev;
            l.prev = cur;
        }
    }
    text.len()
}

/// The segment at `start` when it starts with a letter or digit, found by
/// scanning runs and deciding at each run end whether UAX #29 continues;
/// `None` where only the rule engine can tell (WB4 ignorables, `_`, Hebrew
/// quotes, a separator before a non-ASCII character).
#[inline(always)]
fn run_segment(text: &str, start: usize) -> Option<(usize, Kind)> {
    let bytes = text.as_bytes();
    let mut r = run::scan(text, start, false, Last::Digit);
    loop {
        let kind = if r.letters { Kind::Word } else { Kind::Number };
        let e = r.end;
        let Some(&t) = bytes.get(e) else {
            return Some((e, kind));
        };
        let (sep, len) = if t < 0x80 {
            if r.last == Last::Hebrew && matches!(t, b'"' | b'\'') {
                return None;
            }
            if ascii::class(t) & UAX_MID == 0 {
                return if t == b'_' { None } else { Some((e, kind)) };
            }
            (word_props(char::from(t)).word_break(), 1)
        } else {
            let c = run::char_at(text, e)?;
            let w = word_props(c).word_break();
            if run::is_mid(w) && r.last != Last::Hebrew {
                (w, c.len_utf8())
            } else if run::is_mid(w) || ignorable(w) || w == W::ExtendNumLet {
                return None;
            } else {
                return Some((e, kind));
            }
        };
        match bytes.get(e + len) {
            None => return Some((e, kind)),
            Some(&n) if n < 0x80 => {
                if !run::mid_joins(r.last, sep, n) {
                    return Some((e, kind));
                }
                r = run::scan(text, e + len, r.letters, r.last);
            }
            Some(_) => return None,
        }
    }
}

/// A one-character segment at `start` for a non-ASCII punctuation or symbol
/// character `c` that no rule joins to its right (Word_Break Other or a
/// separator at a segment start), unless WB4 attaches a following mark.
#[inline]
pub(super) fn single_nonascii(
    text: &str,
    start: usize,
    c: char,
    p: WordProps,
) -> Option<(usize, Kind)> {
    let w = p.word_break();
    if !(w == W::Other || run::is_mid(w)) || p.ext_pict() {
        return None;
    }
    let kind = match p.class() {
        CharClass::Punct if matches!(c, '\u{2030}' | '\u{2031}') => Kind::Symbol,
        CharClass::Punct => Kind::Punct,
        CharClass::Symbol => Kind::Symbol,
        _ => return None,
    };
    let end = start + c.len_utf8();
    // WB4 would attach a following mark (only possible after a non-ASCII byte).
    if text.as_bytes().get(end).is_some_and(|&n| n >= 0x80)
        && ignorable(word_props(run::char_at(text, end)?).word_break())
    {
        return None;
    }
    Some((end, kind))
}

/// End of the UAX #29 segment starting at `start`, with fast paths for the
/// common segments (letter/digit runs in any script, spaces, single
/// punctuation) that defer to [`segment_end`] near anything else.
///
/// Returns the end and, when the fast path knew it, the kind.
#[inline]
pub(super) fn fast_segment_end(text: &str, start: usize) -> (usize, Option<Kind>) {
    let bytes = text.as_bytes();
    let Some(&b) = bytes.get(start) else {
        return (start, None);
    };
    let next_is_ascii = |i: usize| bytes.get(i).is_none_or(|&n| n < 0x80);
    match ascii::class(b) & CLASS_MASK {
        C_ALNUM => {
            if let Some((e, k)) = run_segment(text, start) {
                return (e, Some(k));
            }
        }
        C_SPACE => {
            let e = match b {
                b' ' => {
                    let mut e = start + 1;
                    while bytes.get(e) == Some(&b' ') {
                        e += 1;
                    }
                    e
                }
                b'\r' if bytes.get(start + 1) == Some(&b'\n') => start + 2,
                _ => start + 1,
            };
            // Newlines break before anything (WB3a); a space or tab may
            // take a following combining mark or wide space.
            if matches!(b, b'\n' | b'\r' | 0x0B | 0x0C) || next_is_ascii(e) {
                return (e, Some(Kind::Space));
            }
        }
        C_NONASCII => {
            if let Some(c) = run::char_at(text, start) {
                let p = word_props(c);
                let fast = if run::starts_run(p.word_break()) {
                    run_segment(text, start)
                } else {
                    single_nonascii(text, start, c, p)
                };
                if let Some((e, k)) = fast {
                    return (e, Some(k));
                }
            }
        }
        _ => {
            if b != b'_' && next_is_ascii(start + 1) {
                return (start + 1, Some(ascii::kind_of(b)));
            }
        }
    }
    (segment_end(text, start), None)
}

/// Token kind of a segment (any slice that is one UAX #29 segment, or a
/// news-mode piece of one).
///
/// Word if it has a letter (Word_Break ALetter, Hebrew_Letter, Katakana, or
/// any other letter/number such as ideographs, kana or Thai); Number if it
/// has digits but no letter; Emoji for regional-indicator pairs, keycaps and
/// pictographs with emoji presentation; otherwise the general category of
/// its first character (white space, punctuation, symbol, other). `%`, `‰`
/// and `‱` count as symbols (news tailoring, also applied in UAX #29 mode so
/// that a kind means the same in both).
pub(super) fn classify(seg: &str) -> Kind {
    let mut chars = seg.chars();
    let Some(first) = chars.next() else {
        return Kind::Other;
    };
    if first.is_whitespace() {
        return Kind::Space;
    }
    let fp = word_props(first);
    let mut letter = false;
    let mut digit = false;
    let mut emoji_mod = false;
    for c in seg.chars() {
        let p = word_props(c);
        match p.word_break() {
            W::ALetter | W::HebrewLetter | W::Katakana => letter = true,
            W::Numeric => digit = true,
            W::Other if p.class() == CharClass::Alnum => letter = true,
            _ => {}
        }
        // VS16, ZWJ, keycap, skin tones: an emoji sequence.
        if matches!(
            c,
            '\u{FE0F}' | '\u{200D}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}'
        ) {
            emoji_mod = true;
        }
    }
    let pict = fp.ext_pict() && !letter;
    // A keycap: `1`, `#` or `*`, then only VS16 / U+20E3.
    let keycap = matches!(first, '0'..='9' | '#' | '*')
        && seg.ends_with('\u{20E3}')
        && chars.all(|c| matches!(c, '\u{FE0F}' | '\u{20E3}'));
    if fp.word_break() == W::RegionalIndicator
        || (pict && (first >= '\u{2300}' || emoji_mod))
        || keycap
    {
        return Kind::Emoji;
    }
    if letter {
        return Kind::Word;
    }
    if digit {
        return Kind::Number;
    }
    if matches!(first, '%' | '\u{2030}' | '\u{2031}') {
        return Kind::Symbol;
    }
    match fp.class() {
        CharClass::Punct => Kind::Punct,
        CharClass::Symbol => Kind::Symbol,
        _ => Kind::Other,
    }
}

/// The next UAX #29 segment at `start` and its kind; `None` at the end.
#[inline]
pub(super) fn next_segment<const FAST: bool>(text: &str, start: usize) -> Option<(usize, Kind)> {
    if start >= text.len() {
        return None;
    }
    let (end, kind) = if FAST {
        fast_segment_end(text, start)
    } else {
        (segment_end(text, start), None)
    };
    let kind = match kind {
        Some(k) => k,
        None => classify(text.get(start..end).unwrap_or("")),
    };
    Some((end, kind))
}

/// Iterator state of the UAX #29 block path: the current block's masks.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct SegState {
    /// Byte offset of bit 0.
    base: usize,
    masks: Segs,
}

/// The next UAX #29 segment, walking block masks (see [`super::block`]);
/// segments the masks do not settle go to [`next_segment`].
#[inline(always)]
pub(super) fn next_block(
    text: &str,
    pos: &mut usize,
    st: &mut SegState,
) -> Option<(usize, usize, Kind)> {
    let bytes = text.as_bytes();
    loop {
        if st.masks.cand == 0 {
            let base = *pos;
            let rest = bytes.len().checked_sub(base).filter(|&n| n > 0)?;
            let valid = if rest >= 64 {
                u64::MAX
            } else {
                u64::MAX >> (64 - rest)
            };
            st.masks = Segs::new(&block::classify_at::<true>(bytes, base), valid);
            st.base = base;
        }
        let m = &mut st.masks;
        let i = m.cand.trailing_zeros();
        m.cand &= m.cand.wrapping_sub(1);
        let s = st.base + i as usize;
        let last = i + (m.tend >> i).trailing_zeros();
        if (m.ok >> last) & 1 != 0 {
            let run = u64::MAX >> (63 - (last - i));
            let b = bytes.get(s).copied().unwrap_or(0);
            // A space run's first byte is a space: its one-byte kind.
            let kind = block::token_kind((m.word >> i) & 1 != 0, (m.letters >> i) & run != 0, b);
            let e = s + (last - i + 1) as usize;
            *pos = e;
            return Some((s, e, kind));
        }
        // What follows a run may lie past the block: decide there.
        if ((m.word | m.blank) >> i) & 1 != 0 && last >= 60 && i > 0 {
            m.cand = 0;
            *pos = s;
            continue;
        }
        let (e, kind) = next_segment::<true>(text, s)?;
        *pos = e;
        // Resume at the next candidate if it starts where this segment ends.
        let q = e.wrapping_sub(st.base);
        m.cand = if q < 64 && (m.cand >> q) & 1 != 0 {
            m.cand & (u64::MAX << q)
        } else {
            0
        };
        return Some((s, e, kind));
    }
}
