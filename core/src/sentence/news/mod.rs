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
            if let Some(at) = step.brk {
                if at > seg && at < text.len() {
                    return Some(at);
                }
            }
        }
        self.scan = text.len();
        None
    }

    /// First non-white-space offset of the segment starting at `seg`.
    fn content(&mut self, text: &str, seg: usize) -> usize {
        if self.content.0 != seg {
            self.content = (seg, skip_ws(text, seg).0);
        }
        self.content.1
    }

    fn examine(&mut self, text: &str, seg: usize, c: usize) -> Step {
        let Some(ch) = char_at(text, c) else {
            return Step::keep(c + 1);
        };
        match ch {
            '.' | '?' | '!' | '\u{2026}' => self.terminator(text, seg, c),
            c2 if text::is_strong_unicode(c2) => self.terminator(text, seg, c),
            '\n' | '\u{2028}' | '\u{2029}' => self.line_break(text, seg, c),
            '\r' if char_at(text, c + 1) != Some('\n') => self.line_break(text, seg, c),
            ')' => self.paren(text, seg, c),
            _ => Step::keep(c + ch.len_utf8()),
        }
    }

    /// A terminator run at `c`.
    fn terminator(&mut self, text: &str, seg: usize, c: usize) -> Step {
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
                period::decide(text, content, &Left::at(text, seg, c), &next)
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
