//! Sentence segmentation over `&str`: an iterator of byte spans that tile
//! the input.
//!
//! Two modes:
//!
//! * [`Mode::Uax29`] — exactly the sentence boundaries of Unicode Standard
//!   Annex #29 (Unicode 17.0), a straightforward rule engine (`uax29`).
//! * [`Mode::News`] (the default) — what a careful copy editor would split
//!   in English news copy: abbreviations, initials, numbers, times,
//!   ellipses, quotations with attribution, lists, URLs, glued sentences and
//!   line structure (headlines, bylines, hard wraps). Only candidate
//!   positions are examined, found 128 bytes at a time with SIMD bitmasks
//!   (`news`).
//!
//! News-mode line structure: a blank line always ends a segment; a single
//! line break ends one (headlines, bylines, list items have no final
//! punctuation) unless the text clearly continues — a hard-wrapped sentence
//! whose next line starts lower case, a line ending in `the`/`of`/`and`, a
//! comma or a hyphen, or an abbreviation bound to the next word. A segment
//! may therefore contain line breaks (including U+2028 or NEL); a
//! one-sentence-per-line printer should replace every line break inside a
//! span with a space. The rules, the lexicon and how to extend it are
//! described in the README ("Sentences").
//!
//! In both modes the spans are in order, non-empty, on `char` boundaries,
//! and cover the whole input without gaps: the white space after a
//! sentence belongs to it (as in UAX #29), so concatenating the segments
//! gives the input back. No allocation, no panics.
//!
//! ```
//! use tidings_core::sentence::{sentences, Mode};
//! let text = "At 5 a.m. Mr. Smith left. He was gone.";
//! let v: Vec<&str> = sentences(text, Mode::News).map(|s| s.text(text)).collect();
//! assert_eq!(v, ["At 5 a.m. Mr. Smith left. ", "He was gone."]);
//! ```

mod news;
mod uax29;

pub use crate::Mode;
use crate::Span;

/// Boundaries found per call of the engine (see [`Sentences::refill`]).
const BATCH: usize = 32;

/// Iterator over sentence spans; see the [module docs](self).
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    /// Start of the next span.
    pos: usize,
    engine: Engine,
    /// Ends of the next spans, `buf[head..filled]`.
    buf: [usize; BATCH],
    head: usize,
    filled: usize,
}

#[derive(Clone, Debug)]
enum Engine {
    News(news::News),
    Uax29(uax29::Uax29),
}

/// Splits `text` into sentences in `mode`.
pub fn sentences(text: &str, mode: Mode) -> Sentences<'_> {
    let engine = match mode {
        Mode::News => Engine::News(news::News::new()),
        Mode::Uax29 => Engine::Uax29(uax29::Uax29::new()),
    };
    Sentences {
        text,
        pos: 0,
        engine,
        buf: [0; BATCH],
        head: 0,
        filled: 0,
    }
}

impl Sentences<'_> {
    /// Runs the engine for up to [`BATCH`] boundaries.
    ///
    /// Why batches: in page text a segment ends every ~50 bytes, and one
    /// engine call per segment paid a large function's entry and exit and
    /// the reload of its state each time; a batch pays them once per 32
    /// segments, and [`Iterator::next`] shrinks to a few instructions the
    /// caller inlines. The boundaries are the same.
    #[inline(never)]
    fn refill(&mut self) {
        let (text, len) = (self.text, self.text.len());
        // Called when the buffer is used up: `pos` is the last end.
        let mut start = self.pos;
        let mut n = 0;
        for slot in self.buf.iter_mut() {
            if start >= len {
                break;
            }
            let boundary = match &mut self.engine {
                Engine::News(e) => e.next_boundary(text, start),
                Engine::Uax29(e) => e.next_boundary(text),
            };
            // Boundaries are strictly increasing; anything else ends the
            // text.
            let end = match boundary {
                Some(b) if b > start && b < len => b,
                _ => len,
            };
            *slot = end;
            start = end;
            n += 1;
        }
        self.head = 0;
        self.filled = n;
    }
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    #[inline]
    fn next(&mut self) -> Option<Span> {
        if self.head >= self.filled {
            self.refill();
            if self.filled == 0 {
                return None;
            }
        }
        let end = *self.buf.get(self.head)?;
        self.head += 1;
        let start = self.pos;
        self.pos = end;
        Some(Span { start, end })
    }
}

impl core::iter::FusedIterator for Sentences<'_> {}
