//! The one place the firmware calls the core's article API.
//!
//! The record is parsed into an [`Article`] with the fixed capacities below
//! (sized down from the core's defaults, which are meant for a server) and
//! written as JSON into the caller's buffer, exactly as the daemon does on
//! the host, so the two outputs can be compared byte for byte.

use tidings_core::article::{self, Article, Capacity};
use tidings_core::json;

use crate::RecordError;

/// Body paragraphs the firmware's record holds.
pub const PARAS: usize = 64;
/// Body line spans (a hard-wrapped paragraph takes several).
pub const LINES: usize = 96;
/// Boilerplate blocks.
pub const BOILER: usize = 64;
/// Captions.
pub const CAPTIONS: usize = 8;
/// Authors.
pub const AUTHORS: usize = 8;

/// The firmware's article type.
pub type DeviceArticle<'a> = Article<'a, PARAS, LINES, BOILER, CAPTIONS, AUTHORS>;

/// Parses `text` and writes its JSON record into `out`; returns its length.
///
/// The article lives in this frame: its size is part of the measured stack.
#[inline(never)]
pub fn record(text: &str, out: &mut [u8]) -> Result<usize, RecordError> {
    let mut a = DeviceArticle::empty(text);
    article::parse_into(text, &article::Config::default(), &mut a).map_err(|e| match e {
        article::Error::Capacity { which, .. } => RecordError(match which {
            Capacity::Paragraphs => "capacity exceeded: paragraphs",
            Capacity::Lines => "capacity exceeded: lines",
            Capacity::Boilerplate => "capacity exceeded: boilerplate",
            Capacity::Captions => "capacity exceeded: captions",
            Capacity::Authors => "capacity exceeded: authors",
        }),
        article::Error::TooLarge { .. } => RecordError("text too large"),
    })?;
    json::to_slice(&a, &[], out).map_err(|_| RecordError("record buffer too small"))
}

/// How the article's RAM scales with its capacities, from `size_of` at two
/// capacities (so padding and layout are the compiler's, not a guess).
pub fn capacity_metrics() -> [(&'static str, usize); 4] {
    /// Extra capacity for the difference.
    const D: usize = 64;
    let base = core::mem::size_of::<DeviceArticle<'static>>();
    let more_paras = core::mem::size_of::<
        Article<'static, { PARAS + D }, { LINES + D }, BOILER, CAPTIONS, AUTHORS>,
    >();
    let more_boiler =
        core::mem::size_of::<Article<'static, PARAS, LINES, { BOILER + D }, CAPTIONS, AUTHORS>>();
    [
        ("article_bytes", base),
        (
            "article_default_capacity_bytes",
            core::mem::size_of::<Article<'static>>(),
        ),
        // One more paragraph of one line: a paragraph slot and a line slot.
        (
            "ram_per_paragraph_bytes",
            more_paras.saturating_sub(base) / D,
        ),
        (
            "ram_per_boilerplate_bytes",
            more_boiler.saturating_sub(base) / D,
        ),
    ]
}
