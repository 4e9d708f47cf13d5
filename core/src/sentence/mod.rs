//! Sentence segmenter. (API skeleton: implementation in progress.)

pub use crate::Mode;
use crate::Span;

/// Iterator over sentence spans; the spans cover the whole input, in order.
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
    mode: Mode,
}

/// Splits `text` into sentences in `mode`.
pub fn sentences(text: &str, mode: Mode) -> Sentences<'_> {
    Sentences { text, pos: 0, mode }
}

impl Iterator for Sentences<'_> {
    type Item = Span;
    fn next(&mut self) -> Option<Span> {
        let _ = (self.text, self.pos, self.mode);
        None
    }
}
