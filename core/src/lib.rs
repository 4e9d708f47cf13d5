//! # tidings-core
//!
//! Turns raw news-article text into structured article records. `#![no_std]`,
//! no allocator, never panics on input: it links into Cortex-M firmware and is
//! the hot path of the `tidings` daemon.
//!
//! * [`token`]: word tokenizer (UAX #29 and a news-tailored mode).
//! * [`sentence`]: sentence segmenter (UAX #29 and a news-tailored mode).
//! * [`lexicon`]: abbreviation and boilerplate lexicons shared by the stages.
//! * [`stream`]: the article parser fed line by line, in fixed memory.
//! * [`ucd`]: the Unicode properties the segmenters need (UCD 17.0).
//!
//! See `DESIGN.md` in the repository for the pipeline.
#![no_std]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]
#![warn(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

/// Whether the build takes the speed-only paths: fast paths that give the
/// same results as the general code at the cost of more code (the plain
/// word path of the article features, the first-word filter in front of
/// the boilerplate phrase lookup). Off on bare-metal targets
/// (`target_os = "none"`), where flash is scarcer than cycles; tests check
/// that both ways give the same results, and the QEMU run that device and
/// host records are byte-identical.
pub(crate) const SPEED_PATHS: bool = cfg!(not(target_os = "none"));

pub mod article;
pub mod grammar;
pub mod json;
pub mod lexicon;
pub mod sentence;
pub mod stream;
pub mod token;
pub mod ucd;

/// A byte range `start..end` into the text a segmenter was given.
///
/// Always on `char` boundaries, `start <= end <= text.len()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The spanned text, or `""` if the span does not fit `text`.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// Whether the span is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// Segmentation mode, shared by [`token`] and [`sentence`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// UAX #29 plus the documented tailorings for news copy (the default).
    #[default]
    News,
    /// Unicode Standard Annex #29 boundaries, exactly (Unicode 17.0).
    Uax29,
}
