//! UAX #29 sentence boundaries (Unicode 17.0), exactly.
//!
//! A forward state machine over the text's characters implementing rules
//! SB1–SB11 and SB998 of <https://www.unicode.org/reports/tr29/#Sentence_Boundary_Rules>.
//! It keeps a little look-behind state (the two previous "units", where a unit
//! is a character with the Extend/Format characters that SB5 attaches to it,
//! and where we are in the `SATerm Close* Sp* ParaSep?` pattern) and answers
//! SB8's unbounded look-ahead with a cached scan, so the whole pass is linear
//! in the input even for pathological texts (a million spaces after a period).

use crate::ucd::{SentenceBreak as SB, sentence_break};

/// Position in the `SATerm Close* Sp* ParaSep?` pattern that SB8–SB11 test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seq {
    /// Not after a sentence terminator.
    None,
    /// Right after `SATerm Close*` (no space yet). `aterm`: the terminator
    /// was an ATerm (a period), which SB8 needs.
    Term { aterm: bool },
    /// After `SATerm Close* Sp+`.
    Sp { aterm: bool },
}

/// The UAX #29 engine; one per [`super::Sentences`] iterator.
#[derive(Clone, Debug)]
pub(crate) struct Uax29 {
    /// Byte offset of the next character to examine.
    at: usize,
    /// Property of the previous unit (Extend/Format absorbed per SB5);
    /// `None` at the start of text.
    prev: Option<SB>,
    /// Property of the unit before `prev` (for SB7).
    prev2: Option<SB>,
    seq: Seq,
    /// SB8 look-ahead cache: the scan from any position up to
    /// `look_end` (exclusive) gives `look_lower`.
    look_end: usize,
    look_lower: bool,
}

impl Uax29 {
    pub(crate) const fn new() -> Self {
        Uax29 {
            at: 0,
            prev: None,
            prev2: None,
            seq: Seq::None,
            look_end: 0,
            look_lower: false,
        }
    }

    /// The next boundary after the current position, or `None` at the end of
    /// the text (the caller closes the last segment at `text.len()`).
    pub(crate) fn next_boundary(&mut self, text: &str) -> Option<usize> {
        let rest = text.get(self.at..)?;
        let base = self.at;
        for (off, c) in rest.char_indices() {
            let i = base + off;
            let cur = sentence_break(c);
            let brk = self.decide(text, i, cur);
            self.advance(cur);
            if brk {
                self.at = i + c.len_utf8();
                return Some(i);
            }
        }
        self.at = text.len();
        None
    }

    /// Whether there is a boundary before the character at `i` (property
    /// `cur`). SB1/SB2 (start and end of text) are the caller's business.
    fn decide(&mut self, text: &str, i: usize, cur: SB) -> bool {
        let Some(prev) = self.prev else {
            return false; // SB1: nothing before the first character to break from
        };
        // SB3
        if prev == SB::CR && cur == SB::LF {
            return false;
        }
        // SB4
        if is_para_sep(prev) {
            return true;
        }
        // SB5
        if matches!(cur, SB::Extend | SB::Format) {
            return false;
        }
        // SB6
        if prev == SB::ATerm && cur == SB::Numeric {
            return false;
        }
        // SB7
        if prev == SB::ATerm
            && cur == SB::Upper
            && matches!(self.prev2, Some(SB::Upper | SB::Lower))
        {
            return false;
        }
        let aterm = match self.seq {
            Seq::None => return false, // SB998
            Seq::Term { aterm } | Seq::Sp { aterm } => aterm,
        };
        // SB9 (only before any space) and SB10
        if matches!(self.seq, Seq::Term { .. }) && cur == SB::Close {
            return false;
        }
        if cur == SB::Sp || is_para_sep(cur) {
            return false;
        }
        // SB8a
        if matches!(cur, SB::SContinue | SB::STerm | SB::ATerm) {
            return false;
        }
        // SB8
        if aterm && self.lower_ahead(text, i) {
            return false;
        }
        // SB11
        true
    }

    /// Updates the look-behind state with the unit starting with `cur`.
    fn advance(&mut self, cur: SB) {
        let absorbed =
            matches!(cur, SB::Extend | SB::Format) && self.prev.is_some_and(|p| !is_para_sep(p));
        if absorbed {
            return; // SB5: the unit keeps its base character's property
        }
        self.seq = match (cur, self.seq) {
            (SB::ATerm, _) => Seq::Term { aterm: true },
            (SB::STerm, _) => Seq::Term { aterm: false },
            (SB::Close, Seq::Term { aterm }) => Seq::Term { aterm },
            (SB::Sp, Seq::Term { aterm } | Seq::Sp { aterm }) => Seq::Sp { aterm },
            _ => Seq::None,
        };
        self.prev2 = self.prev;
        self.prev = Some(cur);
    }

    /// SB8's look-ahead from `i`: skipping everything that is not OLetter,
    /// Upper, Lower, ParaSep or SATerm, is the next character Lower?
    /// The answer is the same from every position up to the stopping
    /// character, so it is cached.
    fn lower_ahead(&mut self, text: &str, i: usize) -> bool {
        if i < self.look_end {
            return self.look_lower;
        }
        let mut end = text.len();
        let mut lower = false;
        if let Some(rest) = text.get(i..) {
            for (off, c) in rest.char_indices() {
                match sentence_break(c) {
                    SB::Lower => {
                        lower = true;
                        end = i + off;
                        break;
                    }
                    SB::OLetter | SB::Upper | SB::Sep | SB::CR | SB::LF | SB::STerm | SB::ATerm => {
                        end = i + off;
                        break;
                    }
                    _ => {}
                }
            }
        }
        // `end` itself is a stop character: positions before it share the answer.
        self.look_end = end;
        self.look_lower = lower;
        lower
    }
}

#[inline]
fn is_para_sep(p: SB) -> bool {
    matches!(p, SB::Sep | SB::CR | SB::LF)
}
