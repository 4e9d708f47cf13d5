//! The terminator run at a candidate: the marks themselves (`.`, `?!`,
//! `...`, `. . . .`, `…`), the closing quotes/brackets after them, and the
//! white space after those. This is the "local context" every decision
//! starts from.

use super::text::{
    char_at, char_before, is_closer, is_double_quote, is_strong_unicode, is_word_char, is_ws,
    skip_ws,
};

/// A parsed terminator run.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Run {
    /// First terminator byte (the candidate).
    pub start: usize,
    /// End of the terminator marks (closers not included).
    pub end: usize,
    /// Number of `.` in the marks.
    pub dots: u32,
    /// Contains `?`, `!` or another strong (non-period) terminator.
    pub strong: bool,
    /// Contains a CJK full stop or full-width mark (no spaces follow them).
    pub cjk: bool,
    /// Contains `…` (U+2026).
    pub ellipsis_char: bool,
    /// The dots are separated by single spaces (`. . .`).
    pub spaced: bool,
    /// The first mark touches the word before it (`word.` vs `word .`).
    pub attached: bool,
    /// Directly preceded by an opening bracket (`[...]`, `(…)`): an omission
    /// mark, not a terminator.
    pub after_bracket: bool,
    /// End of the closers after the marks.
    pub close_end: usize,
    /// Position of the first double quote among the closers, if any.
    pub first_dquote: Option<usize>,
    /// Whether the closers contain any quotation mark.
    pub quote_close: bool,
    /// End of the white space after the closers.
    pub ws_end: usize,
    /// Line breaks in that white space (a paragraph separator counts 2).
    pub newlines: u32,
}

impl Run {
    /// An ellipsis: `…`, or three or more dots.
    pub(super) fn is_ellipsis(&self) -> bool {
        self.ellipsis_char || self.dots >= 3
    }

    /// A plain period (one dot, nothing stronger).
    pub(super) fn is_period(&self) -> bool {
        !self.strong && !self.cjk && !self.is_ellipsis()
    }

    /// No white space between the closers and the next character.
    pub(super) fn is_glued(&self) -> bool {
        self.ws_end == self.close_end
    }

    /// Parses the run starting at the terminator at `start`.
    pub(super) fn parse(text: &str, start: usize) -> Run {
        let mut r = Run {
            start,
            ..Run::default()
        };
        let before = char_before(text, start);
        r.attached = before.is_some_and(|c| !is_ws(c));
        r.after_bracket = matches!(before, Some('[' | '(' | '\u{ff08}'));
        let mut i = marks(text, start, &mut r);
        r.end = i;
        // Closers, possibly followed by more marks (`."`, `?”).`).
        for _ in 0..16 {
            let j = closers(text, i, &mut r);
            if j == i {
                break;
            }
            i = marks(text, j, &mut r);
        }
        r.close_end = i;
        let (ws_end, newlines) = skip_ws(text, i);
        r.ws_end = ws_end;
        r.newlines = newlines;
        r
    }
}

/// Consumes terminator marks from `i`, recording their kinds in `r`.
fn marks(text: &str, mut i: usize, r: &mut Run) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        // An `if` chain, period first: a `match` here compiled to a jump
        // table whose indirect branch mispredicted on most runs.
        let len = if b == b'.' {
            r.dots = r.dots.saturating_add(1);
            1
        } else if b < 0x80 {
            if b == b'?' || b == b'!' {
                r.strong = true;
            } else if b == b' ' && r.dots > 0 && !r.strong && spaced_dot_follows(text, i + 1) {
                r.spaced = true;
            } else {
                break;
            }
            1
        } else {
            let Some(c) = char_at(text, i) else {
                break;
            };
            match c {
                '\u{2026}' => r.ellipsis_char = true,
                '\u{3002}' | '\u{ff61}' | '\u{ff01}' | '\u{ff1f}' => {
                    r.strong = true;
                    r.cjk = true;
                }
                c if is_strong_unicode(c) => r.strong = true,
                _ => break,
            }
            c.len_utf8()
        };
        i += len;
    }
    i
}

/// Whether a free-standing dot is at `i` (part of `. . .`): a dot followed
/// by a space, another dot, a closer or the end — not `.NET` or `.5`.
fn spaced_dot_follows(text: &str, i: usize) -> bool {
    char_at(text, i) == Some('.')
        && char_at(text, i + 1).is_none_or(|c| c == ' ' || c == '.' || is_closer(c) || is_ws(c))
}

/// Consumes closers from `i`. A single quote followed by a letter is an
/// apostrophe (`Jr.'s`), not a closer.
fn closers(text: &str, mut i: usize, r: &mut Run) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        // fast reject: closers are `)`, `]`, `}`, quotes, or non-ASCII
        if b < 0x80 && !matches!(b, b')' | b']' | b'}' | b'"' | b'\'') {
            break;
        }
        let Some(c) = char_at(text, i) else {
            break;
        };
        if !is_closer(c) {
            break;
        }
        let next = char_at(text, i + c.len_utf8());
        if matches!(c, '\'' | '\u{2019}') && next.is_some_and(is_word_char) {
            break;
        }
        if is_double_quote(c) || matches!(c, '\'' | '\u{2019}' | '\u{bb}' | '\u{203a}') {
            r.quote_close = true;
            if is_double_quote(c) && r.first_dquote.is_none() {
                r.first_dquote = Some(i);
            }
        }
        i += c.len_utf8();
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs() {
        let t = "a period . . . . Next";
        let r = Run::parse(t, 9);
        assert_eq!((r.dots, r.spaced, r.attached), (4, true, false));
        assert_eq!(r.end, 16);
        let t = "That is it.\u{201d} He";
        let r = Run::parse(t, 10);
        assert_eq!(
            (r.dots, r.quote_close, r.close_end, r.ws_end),
            (1, true, 14, 15)
        );
        let t = "Jr.'s book";
        let r = Run::parse(t, 2);
        assert_eq!((r.close_end, r.ws_end), (3, 3));
        let t = "Hello?! Is";
        let r = Run::parse(t, 5);
        assert!(r.strong && r.end == 7 && r.ws_end == 8);
        let t = "x.\n\nY";
        let r = Run::parse(t, 1);
        assert_eq!(r.newlines, 2);
    }
}
