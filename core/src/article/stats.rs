//! `stats.words` and `stats.sentences` of the body in one cheap pass.
//!
//! Until session 3 the counts came from the full tokenizer and sentence
//! segmenter run over every body line — 14 instructions per input byte for
//! two numbers. They are now counted in one pass over the body, eight
//! bytes at a time ([`super::swar`]), with definitions chosen to agree with
//! the tokenizer and segmenter on ordinary prose (the tests check the
//! development corpus stays within a few per cent of them):
//!
//! * **words**: white-space separated chunks that contain a letter or digit
//!   (`don’t`, `Zapad-2025`, `U.S.`, `1,000` are one word each; `—` and `&`
//!   none). A chunk that starts with a Han or kana character is counted per
//!   character, as UAX #29 counts ideographs. Only ASCII white space
//!   separates chunks (an NBSP inside a number keeps it one word).
//! * **sentences**: per paragraph, the number of sentence ends — a run of
//!   `.` `!` `?` after a letter, digit or closing mark, optionally followed
//!   by closing quotes/brackets, then white space and a character that is not
//!   a lower-case letter; not after a single-letter initial (`J. Smith`) or
//!   an abbreviation of [`crate::lexicon::abbrev`] that does not end
//!   sentences (`Gen.`, `Sept.`); the CJK full stops `。！？` always end one
//!   — plus one for text after the last end (a paragraph without final
//!   punctuation is still a sentence).
//!
//! Chunk starts whose first byte is an ASCII letter or digit, or the lead
//! byte of a Latin-1/Latin Extended (C3–C9), Cyrillic (D0–D4) or Hangul
//! block (EA–ED) character, are counted by lane arithmetic without decoding
//! (the only non-letters those lead bytes can start, `×` `÷` `҂` and
//! combining marks, practically never start a chunk); only the other chunk
//! starts and the terminator bytes are visited one by one.

use super::swar::{BLOCK, LaneCount, ONES, ascii_range, eq, high_range, load_padded};
use super::text::{is_cjk, is_closing, is_space, is_word_char};
use crate::lexicon::abbrev::{self, Abbrev};
use crate::ucd::case::{is_lower, is_upper};

const HIGH: u64 = ONES * 0x80;

/// Word and sentence counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Words (see the module docs).
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
}

/// Counts one paragraph given as its lines (joined by one space).
pub fn paragraph<'a>(lines: impl Iterator<Item = &'a str>, c: &mut Counts) {
    let mut lines = lines.peekable();
    // Text after the last sentence end: the line and the byte it starts at.
    let mut open: (&str, usize) = ("", 0);
    while let Some(line) = lines.next() {
        let next_first = lines.peek().and_then(|l| first_visible(l));
        open = (line, 0);
        line_counts(line, next_first, c, &mut open);
    }
    // Words after the last end: one more sentence.
    if open
        .0
        .get(open.1..)
        .is_some_and(|t| t.chars().any(is_word_char))
    {
        c.sentences += 1;
    }
}

/// The first non-space character of `s`.
fn first_visible(s: &str) -> Option<char> {
    s.chars().find(|&ch| !is_space(ch))
}

fn line_counts<'a>(
    line: &'a str,
    next_first: Option<char>,
    c: &mut Counts,
    open: &mut (&'a str, usize),
) {
    let b = line.as_bytes();
    // Line start counts as white space before the first byte.
    let mut prev_ws: u64 = 1;
    let mut at = 0usize;
    // x86-64: sixteen bytes per step with SSE2; the rest (and every other
    // target) eight at a time.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    for w in b.chunks_exact(16) {
        let (ws, alnum, terms) = sse2::classes(w);
        let starts = !ws & ((ws << 1) | prev_ws as u32) & 0xFFFF;
        prev_ws = u64::from(ws >> 15);
        c.words += (starts & alnum).count_ones() as usize;
        let slow = starts & !alnum;
        if slow | terms != 0 {
            visit_bits(line, at, slow, terms, next_first, c, open);
        }
        at += 16;
    }
    for block in b.get(at..).unwrap_or(&[]).chunks(BLOCK) {
        let mut fast_words = LaneCount::default();
        let mut words = block.chunks_exact(8);
        for w in &mut words {
            let mut a = [0u8; 8];
            a.copy_from_slice(w);
            let (fast, events) = classify(u64::from_le_bytes(a), HIGH, &mut prev_ws);
            fast_words.add(fast);
            if events != 0 {
                visit(line, at, events, next_first, c, open);
            }
            at += 8;
        }
        if !words.remainder().is_empty() {
            let (v, valid) = load_padded(block, block.len() - words.remainder().len());
            let (fast, events) = classify(v, valid, &mut prev_ws);
            fast_words.add(fast);
            if events != 0 {
                visit(line, at, events, next_first, c, open);
            }
        }
        c.words += fast_words.sum() as usize;
    }
}

/// One word of eight bytes (`valid`: its real lanes): chunk starts with an
/// ASCII letter or digit (counted by lanes), and the lanes to visit —
/// other chunk starts and terminator candidates. `prev_ws` carries whether
/// the previous word ended in white space (1 at the start of a line).
#[inline(always)]
fn classify(v: u64, valid: u64, prev_ws: &mut u64) -> (u64, u64) {
    let ws = ws_lanes(v) & valid;
    let starts = !ws & ((ws << 8) | (*prev_ws << 7)) & valid;
    *prev_ws = ws >> 63;
    let lower = v | (ONES * 0x20);
    let mut alnum = ascii_range(v, b'0', b'9') | ascii_range(lower, b'a', b'z');
    // `.` `/` `>` `?` share all bits but 0x11 with `.`; the slow path tells
    // them apart. `!` on its own; CJK stops from their lead bytes (only
    // when the word has non-ASCII bytes).
    let mut terms = eq(v & !(ONES * 0x11), b'.') | eq(v, b'!');
    if v & HIGH != 0 {
        terms |= eq(v, 0xE3) | eq(v, 0xEF);
        // Lead bytes of letters: Latin-1 and Latin Extended, Cyrillic,
        // Hangul syllables (and the other letters of U+A000–U+D7FF).
        alnum |= high_range(v, 0xC3, 0xC9) | high_range(v, 0xD0, 0xD4) | high_range(v, 0xEA, 0xED);
    }
    // Starts are marked with the lane's low bit, terminators with its high
    // bit, so one mask tells them apart.
    let other_starts = starts & !alnum;
    (starts & alnum, (other_starts >> 7) | (terms & valid))
}

/// The lanes of `events` (see [`classify`]) of the word at `at`: chunk
/// starts (low bit) that need a look at their characters, terminator
/// candidates (high bit). Out of line: most words have none.
#[inline(never)]
fn visit<'a>(
    line: &'a str,
    at: usize,
    mut events: u64,
    next_first: Option<char>,
    c: &mut Counts,
    open: &mut (&'a str, usize),
) {
    while events != 0 {
        let bit = events.trailing_zeros();
        events &= events - 1;
        let i = at + (bit / 8) as usize;
        if bit & 7 == 0 {
            c.words += slow_chunk(line, i);
        } else if end_at(line, i, next_first) {
            c.sentences += 1;
            *open = (line, i + 1);
        }
    }
}

/// [`visit`] for one-bit-per-byte masks (SSE2): chunk starts in `slow`,
/// terminator candidates in `terms`, bit `k` for byte `at + k`.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(never)]
fn visit_bits<'a>(
    line: &'a str,
    at: usize,
    slow: u32,
    terms: u32,
    next_first: Option<char>,
    c: &mut Counts,
    open: &mut (&'a str, usize),
) {
    let mut events = slow | terms;
    while events != 0 {
        let k = events.trailing_zeros();
        events &= events - 1;
        let i = at + k as usize;
        if slow & (1 << k) != 0 {
            c.words += slow_chunk(line, i);
        }
        if terms & (1 << k) != 0 && end_at(line, i, next_first) {
            c.sentences += 1;
            *open = (line, i + 1);
        }
    }
}

/// [`classify`]'s classes sixteen bytes at a time with SSE2 (x86-64 only).
/// SSE2 is part of the x86-64 baseline and enabled for the whole build
/// (module cfg), which is the SAFETY argument of the one `unsafe` block;
/// no memory is accessed through pointers.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    use core::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set_epi64x, _mm_set1_epi8, _mm_sub_epi8,
    };

    /// Bit masks of the 16-byte block `w`: white space (≤ 0x20), letter or
    /// digit starts (ASCII letters and digits, letter lead bytes), and
    /// terminator candidates — the lanes of [`super::classify`].
    #[inline(always)]
    pub(super) fn classes(w: &[u8]) -> (u32, u32, u32) {
        let (lo, hi) = crate::article::swar::le_halves(w);
        // SAFETY: SSE2 is enabled for the whole build (module cfg); the
        // intrinsics only compute on register values.
        unsafe {
            let v: __m128i = _mm_set_epi64x(hi, lo);
            let set = |c: u8| _mm_set1_epi8(c as i8);
            // `x - lo <= span` as unsigned bytes.
            let within = |x: __m128i, lo: u8, span: u8| {
                let d = _mm_sub_epi8(x, set(lo));
                _mm_cmpeq_epi8(_mm_min_epu8(d, set(span)), d)
            };
            let ws = _mm_cmpeq_epi8(_mm_min_epu8(v, set(0x20)), v);
            let mut alnum = _mm_or_si128(
                within(v, b'0', 9),
                within(_mm_or_si128(v, set(0x20)), b'a', 25),
            );
            let mut terms = _mm_or_si128(
                _mm_cmpeq_epi8(_mm_and_si128(v, set(!0x11)), set(b'.')),
                _mm_cmpeq_epi8(v, set(b'!')),
            );
            if _mm_movemask_epi8(v) != 0 {
                terms = _mm_or_si128(
                    terms,
                    _mm_or_si128(_mm_cmpeq_epi8(v, set(0xE3)), _mm_cmpeq_epi8(v, set(0xEF))),
                );
                alnum = _mm_or_si128(
                    alnum,
                    _mm_or_si128(
                        _mm_or_si128(within(v, 0xC3, 6), within(v, 0xD0, 4)),
                        within(v, 0xEA, 3),
                    ),
                );
            }
            (
                _mm_movemask_epi8(ws) as u32,
                _mm_movemask_epi8(alnum) as u32,
                _mm_movemask_epi8(terms) as u32,
            )
        }
    }
}

/// Lanes holding ASCII white space or control characters.
#[inline(always)]
fn ws_lanes(v: u64) -> u64 {
    super::swar::below(v, 0x21)
}

/// Words in the chunk starting at `i` whose first byte is not an ASCII
/// letter or digit.
fn slow_chunk(line: &str, i: usize) -> usize {
    let rest = line.get(i..).unwrap_or("");
    let end = rest.bytes().position(|x| x <= b' ').unwrap_or(rest.len());
    let chunk = rest.get(..end).unwrap_or("");
    if chunk.chars().next().is_some_and(is_cjk) {
        return chunk.chars().filter(|&ch| is_cjk(ch)).count();
    }
    usize::from(chunk.chars().any(is_word_char))
}

/// A terminator candidate at byte `i`: counts a sentence end there.
fn end_at(line: &str, i: usize, next_first: Option<char>) -> bool {
    let Some(rest) = line.get(i..) else {
        return false;
    };
    let mut chars = rest.chars();
    let Some(t) = chars.next() else { return false };
    let cjk = matches!(t, '。' | '！' | '？');
    if !(cjk || matches!(t, '.' | '!' | '?')) {
        return false;
    }
    let head = line.get(..i).unwrap_or("");
    let before = head.chars().next_back();
    if before.is_none() {
        return false;
    }
    // Inside a run of terminators: only the run's first one decides.
    if before.is_some_and(|p| matches!(p, '.' | '!' | '?')) {
        return false;
    }
    if !cjk {
        if !before.is_some_and(|p| is_word_char(p) || is_closing(p)) {
            return false;
        }
        // After the run and any closing marks: white space, then not a
        // lower-case letter (or the end of the line: look at the next one).
        let after =
            rest.trim_start_matches(|ch: char| matches!(ch, '.' | '!' | '?') || is_closing(ch));
        let follow = if after.is_empty() {
            match next_first {
                Some(f) => Some(f),
                // End of the paragraph: the final count covers it.
                None => return false,
            }
        } else if after.starts_with(is_space) {
            first_visible(after)
        } else {
            return false;
        };
        if follow.is_some_and(is_lower) {
            return false;
        }
        if t == '.' && !ends_sentence(head) {
            return false;
        }
    }
    true
}

/// Whether the word before a period can end a sentence: not an initial, not
/// an abbreviation that continues the sentence.
fn ends_sentence(head: &str) -> bool {
    let start = head
        .rfind(|ch: char| ch.is_ascii_whitespace() || matches!(ch, '(' | '"' | '“' | '‘' | '['))
        .map_or(0, |p| p + 1);
    let word = head.get(start..).unwrap_or("");
    let mut ch = word.chars();
    if let (Some(first), None) = (ch.next(), ch.next())
        && is_upper(first)
    {
        return false;
    }
    match abbrev::lookup(word) {
        Some(f) => f.contains(Abbrev::MAY_END),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(lines: &[&str]) -> (usize, usize) {
        let mut c = Counts::default();
        paragraph(lines.iter().copied(), &mut c);
        (c.words, c.sentences)
    }

    #[test]
    fn words() {
        assert_eq!(count(&["one two three"]).0, 3);
        assert_eq!(
            count(&["don’t Zapad-2025 U.S. 1,000 — & “quoted” (AP)"]).0,
            6
        );
        assert_eq!(count(&["  lead   and\ttrail  "]).0, 3);
        assert_eq!(count(&["中文字 abc"]).0, 4);
        assert_eq!(count(&["a", "b c"]).0, 3);
        assert_eq!(count(&["Привет мир, 안녕하세요 세계"]).0, 4);
        assert_eq!(count(&[""]).0, 0);
    }

    #[test]
    fn sentences() {
        assert_eq!(count(&["One. Two! Three?"]).1, 3);
        assert_eq!(count(&["No final stop"]).1, 1);
        assert_eq!(
            count(&["Gen. Smith met Mr. Jones in Sept. 2020. Then left."]).1,
            2
        );
        assert_eq!(count(&["He said “go.” Then he went."]).1, 2);
        assert_eq!(count(&["J. R. Smith wrote it."]).1, 1);
        assert_eq!(count(&["It costs 3.5 dollars... and more."]).1, 1);
        assert_eq!(count(&["Wait... What?"]).1, 2);
        assert_eq!(count(&["First line ends.", "Second starts here."]).1, 2);
        assert_eq!(count(&["the U.S.", "economy grew."]).1, 1);
        assert_eq!(count(&["第一句。第二句。"]).1, 2);
        assert_eq!(count(&["“Really?” she asked."]).1, 1);
        assert_eq!(count(&["... !!!"]).1, 0);
        assert_eq!(count(&["See www.example.com/a?b=c for more."]).1, 1);
    }

    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    #[test]
    fn sse2_classes_are_the_swar_lanes() {
        // Sampled under Miri (every byte value natively).
        for fill in [b'a', b' ', b'.', 0xD0, 0xE3, 0x80] {
            for b in (0u8..=255).step_by(if cfg!(miri) { 29 } else { 1 }) {
                for lane in 0..16 {
                    let mut v = [fill; 16];
                    if let Some(x) = v.get_mut(lane) {
                        *x = b;
                    }
                    let (ws, alnum, terms) = sse2::classes(&v);
                    for h in 0..2usize {
                        let mut a = [0u8; 8];
                        a.copy_from_slice(v.get(8 * h..8 * h + 8).unwrap_or(&[0; 8]));
                        let x = u64::from_le_bytes(a);
                        // Every lane a chunk start: `fast` is then the
                        // alnum mask, the events' low bits the rest.
                        let (fast, events) = classify(x, HIGH, &mut 1);
                        let w = ws_lanes(x);
                        for k in 0..8 {
                            let bit = 1u32 << (8 * h + k);
                            let hi = 0x80u64 << (8 * k);
                            assert_eq!(ws & bit != 0, w & hi != 0, "{v:?}");
                            assert_eq!(terms & bit != 0, events & hi != 0, "{v:?}");
                            if w & hi == 0 && (k == 0 || w & (hi >> 8) != 0) {
                                assert_eq!(alnum & bit != 0, fast & hi != 0, "{v:?}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn long_lines_cross_words() {
        let s = "Alpha beta gamma. Delta epsilon zeta! ".repeat(40);
        assert_eq!(count(&[s.as_str()]), (240, 80));
        // Longer than one lane-count block (2040 bytes), odd length.
        let s = "Alpha beta gamma. Delta “epsilon” zeta! Xy ".repeat(100);
        assert_eq!(count(&[s.as_str()]), (700, 201));
    }
}
