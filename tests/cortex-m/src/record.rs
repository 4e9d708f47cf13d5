//! The one place the firmware calls the core's article API.
//!
//! Until `tidings_core::article` lands, [`record`] writes a stand-in record
//! from the segmenters that exist (`token::tokenize`, `sentence::sentences`)
//! with the same shape of work: fixed-capacity parse state on the stack,
//! JSON written into the caller's buffer. Switching is a few lines:
//!
//! ```ignore
//! pub fn record(text: &str, out: &mut [u8]) -> Result<usize, RecordError> {
//!     let article = article::parse(text, &article::Config::default())
//!         .map_err(|_| RecordError("parse"))?;
//!     json::to_slice(&article, &[], out).map_err(|_| RecordError("json"))
//! }
//! ```
//!
//! and [`capacity_metrics`] reports `size_of` of the article type at two
//! capacities instead of the stand-in state's.

use tidings_core::{Mode, Span, sentence, token};

use crate::RecordError;

/// Sentences the stand-in state keeps per article.
pub const SENTENCE_CAP: usize = 512;

/// Stand-in parse state: a fixed-capacity list of sentence spans, the kind
/// of bounded collection the article record is made of.
#[derive(Debug)]
pub struct State<const N: usize> {
    sentences: [Span; N],
    len: usize,
}

impl<const N: usize> State<N> {
    const fn new() -> Self {
        State {
            sentences: [Span { start: 0, end: 0 }; N],
            len: 0,
        }
    }

    fn push(&mut self, s: Span) -> Result<(), RecordError> {
        let slot = self
            .sentences
            .get_mut(self.len)
            .ok_or(RecordError("too many sentences"))?;
        *slot = s;
        self.len += 1;
        Ok(())
    }
}

// TODO(article): switch to tidings_core::article::parse + json::to_slice
/// Parses `text` and writes its JSON record into `out`; returns its length.
#[inline(never)]
pub fn record(text: &str, out: &mut [u8]) -> Result<usize, RecordError> {
    let mut state = State::<SENTENCE_CAP>::new();
    for s in sentence::sentences(text, Mode::News) {
        state.push(s)?;
    }
    let words = token::tokenize(text, Mode::News)
        .filter(|t| t.kind == token::Kind::Word)
        .count();
    let mut w = Json { out, len: 0 };
    w.raw("{\"schema\":1,\"stats\":{\"bytes\":")?;
    w.dec(text.len())?;
    w.raw(",\"sentences\":")?;
    w.dec(state.len)?;
    w.raw(",\"words\":")?;
    w.dec(words)?;
    w.raw("}}")?;
    Ok(w.len)
}

// TODO(article): size_of the article type at two capacities
/// `(name, bytes)` of the parse state: at the capacity [`record`] uses and
/// at two capacities `a < b`, so RAM per unit of capacity is
/// `(state_bytes_cap_b - state_bytes_cap_a) / (cap_b - cap_a)`.
pub fn capacity_metrics() -> [(&'static str, usize); 5] {
    const A: usize = 64;
    const B: usize = 128;
    [
        ("state_bytes", core::mem::size_of::<State<SENTENCE_CAP>>()),
        ("state_cap_a", A),
        ("state_bytes_cap_a", core::mem::size_of::<State<A>>()),
        ("state_cap_b", B),
        ("state_bytes_cap_b", core::mem::size_of::<State<B>>()),
    ]
}

/// Appends to the output buffer; a full buffer is an error, never a panic.
struct Json<'a> {
    out: &'a mut [u8],
    len: usize,
}

impl Json<'_> {
    fn raw(&mut self, s: &str) -> Result<(), RecordError> {
        let end = self
            .len
            .checked_add(s.len())
            .ok_or(RecordError("output buffer full"))?;
        let dst = self
            .out
            .get_mut(self.len..end)
            .ok_or(RecordError("output buffer full"))?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }

    fn dec(&mut self, n: usize) -> Result<(), RecordError> {
        let mut buf = [0u8; 20];
        let len = crate::out::decimal(n, &mut buf);
        let digits = buf.get(buf.len().saturating_sub(len)..).unwrap_or(&[]);
        // Digits are ASCII.
        self.raw(core::str::from_utf8(digits).unwrap_or("0"))
    }
}
