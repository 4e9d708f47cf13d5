//! `Mode::News`: sentence boundaries as a copy editor would draw them.
//!
//! Only candidate positions are examined — `.`, `?`, `!`, `…` (and the
//! other Unicode terminators), line breaks and `)` — found with bitmasks
//! ([`scan`]). At each candidate a bounded window of context decides:
//! the terminator run and its closers ([`run`]), the word before
//! ([`left`]), the word after ([`next`]); then one small module per
//! phenomenon ([`period`], [`glued`], [`strong`], [`ellipsis`], [`lists`],
//! [`lines`], [`credits`], [`quotes`]). Segments include their trailing
//! white space, so they tile the input.

mod credits;
mod ellipsis;
mod glued;
mod left;
mod lines;
mod lists;
mod next;
mod period;
mod quotes;
mod run;
mod scan;
mod strong;
mod text;
mod verdict;
mod words;

use left::Left;
use lists::{ListItem, Role, Style};
use next::Next;
use run::Run;
use text::{char_at, skip_ws};
use verdict::{Verdict, Why};

/// Longest word the fast path reads back.
const FAST_WORD: usize = 24;

/// The most common candidate, decided without the general machinery:
/// `word. Next` — an ASCII word of two or more letters after white space,
/// one period, white space, an ASCII capital. If the word is not in the
/// abbreviation lexicon and does not look like one (vowel-less `Cllr`),
/// every general rule ends the sentence there (a line break or a blank
/// line after it changes nothing), so this is only a shortcut, never a
/// different answer. Returns the boundary.
#[inline]
fn plain_sentence_end(text: &str, c: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(c) != Some(&b'.') || !matches!(b.get(c + 1), Some(b' ' | b'\n')) {
        return None;
    }
    let (ws_end, _) = skip_ws(text, c + 1);
    if !starts_capital(text, ws_end) {
        return None;
    }
    let s = word_start(text, c)?;
    let word = text.get(s..c)?;
    if crate::lexicon::abbrev::lookup(word).is_some() || left::looks_vowelless(word) {
        return None;
    }
    Some(ws_end)
}

/// A capital letter (any cased script) or a letter of an uncased script at
/// `i`: what the general rules call an upper-case next word.
#[inline]
fn starts_capital(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(x) if x.is_ascii_uppercase() => true,
        Some(&x) if x >= 0x80 => char_at(text, i).is_some_and(|ch| match text::letter_case(ch) {
            Some(upper) => upper,
            None => text::is_alphabetic(ch),
        }),
        _ => false,
    }
}

/// Start of the token ending at `c` if the general rules would classify
/// it as an ordinary word: two or more characters, ASCII letters or
/// non-ASCII characters (an apostrophe or a closing quote inside is fine,
/// an opening quote or bullet in front is not), at most [`FAST_WORD`]
/// bytes, after a space, a line break or the start of the text. The caller
/// still checks the lexicon.
#[inline]
fn word_start(text: &str, c: usize) -> Option<usize> {
    let b = text.as_bytes();
    let ascii = ascii_letters_before(b, c, FAST_WORD);
    let mut s = c - ascii;
    let mut chars = ascii;
    while let Some(&x) = s.checked_sub(1).and_then(|j| b.get(j)) {
        if x.is_ascii_alphabetic() {
            s -= 1;
        } else if x >= 0x80 {
            let ch = text::char_before(text, s)?;
            if text::is_ws(ch) {
                break;
            }
            s -= ch.len_utf8();
        } else {
            break;
        }
        chars += 1;
        if c - s > FAST_WORD {
            return None;
        }
    }
    if chars < 2 || (s > 0 && !matches!(b.get(s - 1), Some(b' ' | b'\n'))) {
        return None;
    }
    if b.get(s).is_some_and(|&x| x >= 0x80) {
        let first = char_at(text, s)?;
        if text::is_opener(first) || text::is_bullet(first) {
            return None;
        }
    }
    Some(s)
}

/// The number of ASCII letters (at most `max`) right before `c`.
///
/// Eight bytes at a time (SWAR): most words fit in the first eight, so
/// this is a couple of loads and bit operations instead of a byte loop
/// whose exit the branch predictor cannot guess.
#[inline]
fn ascii_letters_before(b: &[u8], c: usize, max: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    while n < max {
        let end = c - n;
        let Some(w) = end
            .checked_sub(8)
            .and_then(|s| b.get(s..end))
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
        else {
            // Near the start of the text: byte by byte.
            let rest = b.get(..end).unwrap_or(&[]);
            let k = rest
                .iter()
                .rev()
                .take_while(|x| x.is_ascii_alphabetic())
                .count();
            return (n + k).min(max);
        };
        // Byte `end - 1` is the most significant.
        let x = u64::from_le_bytes(w);
        let low = (x | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F;
        let above_z = low + 0x0505_0505_0505_0505; // > 'z'
        let from_a = low + 0x1F1F_1F1F_1F1F_1F1F; // >= 'a'
        let letters = from_a & !above_z & !x & HIGH;
        let other = !letters & HIGH;
        if other != 0 {
            return (n + (other.leading_zeros() / 8) as usize).min(max);
        }
        n += 8;
    }
    max
}

/// A period inside a token that every rule keeps: before a lower-case
/// letter or a digit (`3.5`, `example.com`, `e.g`), or before a single
/// capital that another period follows (`U.S.`, `J.R.R.`). The glued rules
/// would decide the same; this skips parsing the run.
#[inline]
fn inner_period(text: &str, c: usize) -> bool {
    let b = text.as_bytes();
    if b.get(c) != Some(&b'.') {
        return false;
    }
    match b.get(c + 1) {
        Some(x) if x.is_ascii_lowercase() || x.is_ascii_digit() => true,
        Some(x) if x.is_ascii_uppercase() => b.get(c + 2) == Some(&b'.'),
        _ => false,
    }
}

/// Result of examining one candidate.
#[derive(Clone, Copy, Debug)]
struct Step {
    /// A boundary, if any.
    brk: Option<usize>,
    /// Where to continue the candidate scan.
    resume: usize,
}

impl Step {
    const fn keep(resume: usize) -> Step {
        Step { brk: None, resume }
    }
    const fn cut(at: usize, resume: usize) -> Step {
        Step {
            brk: Some(at),
            resume,
        }
    }
}

/// The news-mode engine; one per [`super::Sentences`] iterator.
#[derive(Clone, Debug)]
pub(crate) struct News {
    /// Next byte to search candidates from.
    scan: usize,
    cands: scan::Candidates,
    /// The list item that opened the current (or previous) segment.
    list: Option<ListItem>,
    /// Cache: (segment start, first non-white-space offset).
    content: (usize, usize),
}

impl News {
    pub(crate) const fn new() -> Self {
        News {
            scan: 0,
            cands: scan::Candidates::new(),
            list: None,
            content: (usize::MAX, 0),
        }
    }

    /// The end of the segment starting at `seg`, or `None` if it runs to
    /// the end of the text.
    pub(crate) fn next_boundary(&mut self, text: &str, seg: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        while let Some(c) = self.cands.next(bytes, self.scan) {
            let step = self.examine(text, seg, c);
            self.scan = step.resume.max(c + 1);
            if let Some(at) = step.brk
                && at > seg
                && at < text.len()
            {
                return Some(at);
            }
        }
        self.scan = text.len();
        None
    }

    /// First non-white-space offset of the segment starting at `seg`.
    #[inline]
    fn content(&mut self, text: &str, seg: usize) -> usize {
        // Segments other than the first start at a visible character.
        if text
            .as_bytes()
            .get(seg)
            .is_some_and(|b| b.is_ascii_graphic())
        {
            return seg;
        }
        if self.content.0 != seg {
            self.content = (seg, skip_ws(text, seg).0);
        }
        self.content.1
    }

    fn examine(&mut self, text: &str, seg: usize, c: usize) -> Step {
        // The two frequent candidates first, as plain branches.
        let b = text.as_bytes().get(c).copied().unwrap_or(0);
        if b == b'\n' {
            return self.line_break(text, seg, c);
        }
        if b == b'.' {
            return self.terminator(text, seg, c);
        }
        match b {
            b'?' | b'!' => self.terminator(text, seg, c),
            b')' => self.paren(text, seg, c),
            0x80.. => match char_at(text, c) {
                Some('\u{2026}') => self.terminator(text, seg, c),
                Some(ch) if text::is_strong_unicode(ch) => self.terminator(text, seg, c),
                Some('\u{2028}' | '\u{2029}') => self.line_break(text, seg, c),
                Some(ch) => Step::keep(c + ch.len_utf8()),
                None => Step::keep(c + 1),
            },
            _ => Step::keep(c + 1),
        }
    }

    /// A terminator run at `c`.
    fn terminator(&mut self, text: &str, seg: usize, c: usize) -> Step {
        if let Some(at) = plain_sentence_end(text, c) {
            return Step::cut(at, at);
        }
        if inner_period(text, c) {
            return Step::keep(c + 1);
        }
        self.terminator_general(text, seg, c)
    }

    /// The general rules at a terminator (the fast paths above are
    /// shortcuts of these; a unit test checks that they agree).
    fn terminator_general(&mut self, text: &str, seg: usize, c: usize) -> Step {
        let run = Run::parse(text, c);
        if run.ws_end >= text.len() {
            return Step::keep(text.len());
        }
        let content = self.content(text, seg);
        if let Some(step) = self.list_marker_period(text, seg, content, &run) {
            return step;
        }
        if run.newlines >= 2 {
            return Step::cut(run.ws_end, run.ws_end);
        }
        let verdict = if run.is_glued() {
            glued::decide(text, &run, &Left::at(text, seg, c))
        } else {
            let next = Next::at(text, run.ws_end);
            if run.strong || run.cjk {
                strong::decide(text, &run, &next)
            } else if run.is_ellipsis() {
                ellipsis::decide(text, &run, &next)
            } else {
                period::decide(text, seg, content, c, &next)
            }
        };
        match verdict {
            Verdict::Break => Step::cut(run.ws_end, run.ws_end),
            Verdict::BreakAt { at, resume } => Step::cut(at, resume),
            Verdict::Keep(why) => {
                if run.newlines == 0 {
                    return Step::keep(run.ws_end);
                }
                let carry_on = match why {
                    Why::Joined => true,
                    Why::Lower => lines::continues(text, content, run.close_end, run.ws_end),
                    Why::Other => false,
                };
                if carry_on {
                    Step::keep(run.ws_end)
                } else {
                    Step::cut(run.ws_end, run.ws_end)
                }
            }
        }
    }

    /// `1.`, `a.`, `1.)` list markers at a period.
    fn list_marker_period(
        &mut self,
        text: &str,
        seg: usize,
        content: usize,
        run: &Run,
    ) -> Option<Step> {
        if !run.is_period() || run.dots != 1 || run.end != run.start + 1 {
            return None;
        }
        // Fast reject: a marker ends in a digit, or is one letter standing
        // after white space or a bullet.
        let bytes = text.as_bytes();
        let before = run.start.checked_sub(1).and_then(|i| bytes.get(i))?;
        if !before.is_ascii_digit() {
            let two = run.start.checked_sub(2).and_then(|i| bytes.get(i));
            let lone =
                before.is_ascii_alphabetic() && two.is_none_or(|b| !b.is_ascii_alphanumeric());
            if !lone {
                return None;
            }
        }
        let style = match text.get(run.end..run.close_end)? {
            "" => Style::Dot,
            ")" => Style::DotParen,
            _ => return None,
        };
        if !lists::item_follows(text, run.close_end) {
            return None;
        }
        let m = lists::marker_before(text, run.start, style)?;
        match lists::role(&m, seg, content, &mut self.list) {
            Role::Opens => Some(Step::keep(run.ws_end)),
            Role::Next => Some(Step::cut(m.site, run.ws_end)),
            Role::None => None,
        }
    }

    /// A `)`: a list marker (`1)`, `(a)`) or the end of a credit.
    fn paren(&mut self, text: &str, seg: usize, c: usize) -> Step {
        let content = self.content(text, seg);
        if lists::item_follows(text, c + 1) {
            for style in [Style::Parens, Style::Paren] {
                if let Some(m) = lists::marker_before(text, c, style) {
                    match lists::role(&m, seg, content, &mut self.list) {
                        Role::Opens => return Step::keep(c + 1),
                        Role::Next => return Step::cut(m.site, c + 1),
                        Role::None => break,
                    }
                }
            }
        }
        match credits::after_credit(text, content, c) {
            Some(at) => Step::cut(at, at),
            None => Step::keep(c + 1),
        }
    }

    /// A line break at `c` that no terminator claimed.
    fn line_break(&mut self, text: &str, seg: usize, c: usize) -> Step {
        if let Some(step) = self.line_break_fast(text, seg, c) {
            return step;
        }
        self.line_break_general(text, seg, c)
    }

    /// The two commonest line breaks of page text, decided from the bytes
    /// around `c` (a unit test checks them against the general rules):
    ///
    /// * a blank line (`\n\n`) before a visible ASCII character always ends
    ///   the segment;
    /// * a line ending in a visible ASCII character other than a lower-case
    ///   letter, `,` or `;` (or in a lower-case word that is not a
    ///   line-continuing word like `the`), followed by a capital: none of
    ///   the continuation rules applies to an upper-case next line but the
    ///   continuing-word and comma rules.
    #[inline]
    fn line_break_fast(&mut self, text: &str, seg: usize, c: usize) -> Option<Step> {
        let b = text.as_bytes();
        let prev = *c.checked_sub(1).and_then(|i| b.get(i))?;
        let next = *b.get(c + 1)?;
        let ws_end = if next == b'\n' && b.get(c + 2).is_some_and(u8::is_ascii_graphic) {
            c + 2
        } else if next.is_ascii_uppercase()
            && prev.is_ascii_graphic()
            && !matches!(prev, b',' | b';')
            && !(prev.is_ascii_lowercase() && lines::ends_with_continuing_word(text, c))
        {
            c + 1
        } else {
            return None;
        };
        Some(if self.content(text, seg) >= c {
            Step::keep(ws_end) // nothing but white space so far
        } else {
            Step::cut(ws_end, ws_end)
        })
    }

    /// [`Self::line_break`] by the general rules.
    fn line_break_general(&mut self, text: &str, seg: usize, c: usize) -> Step {
        let (ws_end, newlines) = skip_ws(text, c);
        if ws_end >= text.len() {
            return Step::keep(text.len());
        }
        let content = self.content(text, seg);
        if content >= c {
            return Step::keep(ws_end); // nothing but white space so far
        }
        if newlines >= 2 {
            return Step::cut(ws_end, ws_end);
        }
        let line_end = lines::line_end(text, c);
        if lines::continues(text, content, line_end, ws_end) {
            Step::keep(ws_end)
        } else {
            Step::cut(ws_end, ws_end)
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use proptest::prelude::*;
    use std::string::String;

    /// Text rich in periods, abbreviations, quotes and scripts.
    fn periods() -> impl Strategy<Value = String> {
        const PIECES: &[&str] = &[
            ". ",
            ".\n",
            ".\n\n",
            ".",
            " ",
            "\n",
            "Mr",
            "U.S",
            "said",
            "Gen",
            "St",
            "co",
            "The",
            "He",
            "\u{41e}\u{43d}",
            "\u{43e}\u{43d}",
            "\u{c804}",
            "\u{201c}",
            "\u{201d}",
            "\u{2019}s",
            "(",
            ")",
            "a",
            "I",
            "A",
            "No",
            "5",
            "3.5",
            "Cllr",
            "e.g",
            "p.m",
            "\u{a0}",
            "\u{2022}",
            "x",
            "\u{c9}ric",
            "iPhone",
            "www",
            "@",
            "-",
            "N\u{b0}",
            "Inc",
            "Sept",
        ];
        proptest::collection::vec(proptest::sample::select(PIECES), 0..30).prop_map(|v| v.concat())
    }

    #[test]
    fn letters_before() {
        let t = b"x 12 Abc.zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz. @[`{ AZaz.\xc3\xa9ab.";
        for c in 0..=t.len() {
            for max in [1, 5, 8, 9, 24] {
                let want = t
                    .get(..c)
                    .unwrap_or(&[])
                    .iter()
                    .rev()
                    .take(max)
                    .take_while(|x| x.is_ascii_alphabetic())
                    .count();
                assert_eq!(ascii_letters_before(t, c, max), want, "at {c}, max {max}");
            }
        }
    }

    #[test]
    fn fast_paths_fire() {
        assert_eq!(plain_sentence_end("He left. The", 7), Some(9));
        let ru = "\u{41e}\u{43d} \u{443}\u{448}\u{451}\u{43b}. \u{41e}\u{43d}";
        let dot = ru.find('.').unwrap_or(0);
        assert_eq!(plain_sentence_end(ru, dot), Some(dot + 2));
        assert_eq!(plain_sentence_end("Gen. Smith", 3), None);
        assert_eq!(plain_sentence_end("\u{201c}Gen. Smith", 6), None);
        assert!(inner_period("3.5", 1) && inner_period("U.S.", 1) && !inner_period("U.S.", 3));
    }

    /// Text rich in line breaks around the fast path's conditions.
    fn lines_text() -> impl Strategy<Value = String> {
        const PIECES: &[&str] = &[
            "\n",
            "\n\n",
            " ",
            "\r\n",
            "the",
            "of",
            "Menu",
            "news",
            "A",
            "B.",
            "1.",
            ",",
            ";",
            "-",
            ":",
            "x",
            "\u{e9}t\u{e9}",
            "by",
            "Jane",
            "\u{2022}",
            "(",
            ")",
            "\"",
            "9",
            "them",
            "intothe",
        ];
        proptest::collection::vec(proptest::sample::select(PIECES), 0..30).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// The line-break fast path gives the general rules' answer
        /// wherever it fires, for any segment start before the break.
        #[test]
        fn line_break_fast_agrees(text in lines_text(), back in 0usize..40) {
            for (c, _) in text.match_indices('\n') {
                let mut seg = c.saturating_sub(back);
                while !text.is_char_boundary(seg) {
                    seg -= 1;
                }
                let mut news = News::new();
                let Some(fast) = news.line_break_fast(&text, seg, c) else { continue };
                let mut news = News::new();
                let general = news.line_break_general(&text, seg, c);
                prop_assert_eq!(fast.brk, general.brk, "break at {} from {} in {:?}", c, seg, text);
                prop_assert_eq!(fast.resume, general.resume, "resume at {} from {} in {:?}", c, seg, text);
            }
        }

        /// The fast paths give the general rules' answer wherever they fire.
        #[test]
        fn fast_paths_agree(text in periods()) {
            for (c, _) in text.match_indices('.') {
                let fast = plain_sentence_end(&text, c).map(|at| (Some(at), at))
                    .or_else(|| inner_period(&text, c).then_some((None, c + 1)));
                let Some((brk, resume)) = fast else { continue };
                // the segment start only matters through the token floor:
                // use the start of the line the period is on
                let seg = text.get(..c).and_then(|h| h.rfind('\n')).map_or(0, |i| i + 1);
                let mut news = News::new();
                let general = news.terminator_general(&text, seg, c);
                prop_assert_eq!(general.brk, brk, "break at {} in {:?}", c, text);
                if brk.is_none() {
                    prop_assert_eq!(general.resume, resume, "resume at {} in {:?}", c, text);
                }
            }
        }
    }
}
