//! `Mode::News`: sentence boundaries as a copy editor would draw them.
//!
//! Only candidate positions are examined — `.`, `?`, `!`, `…` (and the
//! other Unicode terminators), line breaks and `)` — found with `memchr`
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
    if !b.get(ws_end)?.is_ascii_uppercase() {
        return None;
    }
    let head = b.get(..c)?;
    let n = head
        .iter()
        .rev()
        .take(FAST_WORD)
        .take_while(|x| x.is_ascii_alphabetic())
        .count();
    let s = c - n;
    if n < 2 || (s > 0 && !matches!(b.get(s - 1), Some(b' ' | b'\n'))) {
        return None;
    }
    let word = text.get(s..c)?;
    if crate::lexicon::abbrev::lookup(word).is_some() || left::looks_vowelless(word) {
        return None;
    }
    Some(ws_end)
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
