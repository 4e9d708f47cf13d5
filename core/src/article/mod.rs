//! Raw page text → article record.
//!
//! ```text
//! text ─► lines & blocks ─► glue repair ─► segments ─► features ─► context
//!      ─► body region (pass 1) ─► classification & record (pass 2)
//! ```
//!
//! * [`lines`]: physical lines (memchr), hard-wrap detection.
//! * [`glue`]: split points where a scraper dropped a line break.
//! * [`segment`]: the blocks the classifier sees.
//! * [`features`]: per-block counts and shape tests.
//! * [`context`]: neighbour-dependent flags in a fixed ring.
//! * [`score`]: body evidence per block.
//! * [`region`]: the densest run of prose (pass 1).
//! * [`header`], [`classify`], [`assemble`]: roles and kinds (pass 2).
//! * [`record`]: the [`Article`]; [`id`]: its body hash; [`stats`]: word
//!   and sentence counts.
//! * [`swar`]: eight-bytes-at-a-time scans for the byte loops.
//!
//! Two passes over the text, no allocation; memory is the [`Article`] plus
//! two fixed rings of a few KiB, whatever the size of the page. The
//! classifier only ever sees [`segment::Segment`]s and their features, so an
//! HTML front end producing the same segments can plug in unchanged.

pub mod assemble;
pub mod classify;
pub mod context;
pub mod features;
pub mod glue;
pub mod header;
pub mod id;
pub mod lines;
pub mod record;
pub mod region;
pub mod score;
pub mod segment;
pub mod stats;
pub mod swar;
pub mod text;

pub use crate::lexicon::boilerplate::Kind as BoilerKind;
pub use record::{Article, Capacity, Paragraph, Span32, Stats};

/// Tuning knobs. The defaults are what the development corpus was measured
/// with; each field says what it trades, and
/// `docs/article-parser-design.md` how the weights enter the body score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Config {
    /// Split lines where a scraper dropped a break (default `true`).
    pub glue_repair: bool,
    /// Join hard-wrapped lines into one block (default `true`).
    pub unwrap_lines: bool,
    /// Mass every segment costs the body region (default `3.0`).
    pub segment_cost: f32,
    /// Largest cost of an ordinary non-prose segment (default `10.0`).
    pub negative_cap: f32,
    /// Cost of a marker segment: comment/related headers, copyright,
    /// cookie banners, biographies (default `25.0`).
    pub marker_cost: f32,
    /// Mass of a table row inside a run of rows (default `1.0`).
    pub row_score: f32,
    /// Extra mass for the first prose segment after a header anchor
    /// (default `30.0`).
    pub anchor_boost: f32,
    /// Leading trim: start the body after an anchor when less than this
    /// share of the region's mass precedes it (default `0.25`).
    pub header_trim: f32,
    /// Segments above the body searched for title, byline, date (default
    /// `24`, at most [`header::MAX_HEADER`]).
    pub header_lookback: usize,
    /// Compute `stats.words` and `stats.sentences` (default `true`).
    pub stats: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            glue_repair: true,
            unwrap_lines: true,
            segment_cost: 3.0,
            negative_cap: 10.0,
            marker_cost: 25.0,
            row_score: 1.0,
            anchor_boost: 30.0,
            header_trim: 0.25,
            header_lookback: header::MAX_HEADER,
            stats: true,
        }
    }
}

/// Why parsing failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// A fixed capacity ran out. `offset` is the byte offset in the text of
    /// the block that did not fit (how far parsing got).
    Capacity {
        /// Which capacity.
        which: Capacity,
        /// Its size.
        limit: usize,
        /// Byte offset where parsing stopped.
        offset: usize,
    },
    /// The text is longer than 4 GiB − 1 (spans are `u32`).
    TooLarge {
        /// Its length.
        len: usize,
    },
}

impl core::error::Error for Error {}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Error::Capacity {
                which,
                limit,
                offset,
            } => write!(
                f,
                "article capacity exceeded: more than {limit} {} (parsing stopped at byte {offset})",
                which.as_str()
            ),
            Error::TooLarge { len } => {
                write!(f, "text too large: {len} bytes (limit {})", u32::MAX)
            }
        }
    }
}

/// Warning: no body region was found.
pub const WARN_NO_BODY: &str = "no article body found";
/// Warning: the body is very short (< 40 words).
pub const WARN_SHORT_BODY: &str = "article body is very short";

/// Segments [`parse`] keeps from pass 1 for pass 2 (see [`parse_into_with`]):
/// enough for every development page; 512 × 84 bytes ≈ 42 KiB of stack on a
/// 64-bit host (firmware uses [`parse_into`], which keeps no cache).
pub const CACHE: usize = 512;

/// Parses `text` into an [`Article`] with the default capacities.
pub fn parse<'a>(text: &'a str, cfg: &Config) -> Result<Article<'a>, Error> {
    let mut a = Article::empty(text);
    let mut cache = [context::Info::default(); CACHE];
    parse_into_with(text, cfg, &mut a, &mut cache)?;
    Ok(a)
}

/// Parses `text` into caller-provided storage (any capacities). `out` is
/// reset first. Uses no segment cache: pass 2 re-reads the region around
/// the body (the small-memory path; see [`parse_into_with`]).
pub fn parse_into<
    'a,
    const P: usize,
    const L: usize,
    const B: usize,
    const C: usize,
    const A: usize,
>(
    text: &'a str,
    cfg: &Config,
    out: &mut Article<'a, P, L, B, C, A>,
) -> Result<(), Error> {
    parse_into_with(text, cfg, out, &mut [])
}

/// [`parse_into`] with a caller-provided segment cache. Pass 1 stores every
/// segment's [`context::Info`] (features, context flags, quality) in
/// `cache`; when the whole page fits, pass 2 reads them back instead of
/// segmenting and analysing the region around the body a second time —
/// about half the work. A page with more segments than `cache.len()` (or an
/// empty cache) takes the re-reading path; the record is the same either
/// way except that re-reading warms its context flags up from a snapshot.
pub fn parse_into_with<
    'a,
    const P: usize,
    const L: usize,
    const B: usize,
    const C: usize,
    const A: usize,
>(
    text: &'a str,
    cfg: &Config,
    out: &mut Article<'a, P, L, B, C, A>,
    cache: &mut [context::Info],
) -> Result<(), Error> {
    if u32::try_from(text.len()).is_err() {
        return Err(Error::TooLarge { len: text.len() });
    }
    out.reset(text);
    let pass1 = pass1_cached(text, cfg, cache);
    // Pass 2: the record.
    let cached = pass1.cached.and_then(|n| cache.get(..n as usize));
    assemble::assemble(text, cfg, &pass1, out, cached)?;
    finish(out, cfg);
    Ok(())
}

/// What pass 1 hands to pass 2.
#[derive(Clone, Debug)]
pub struct Pass1<'a> {
    /// Body window as segment ordinals `(first, last)` of the
    /// [`context::Pipeline`] stream, after the leading trim.
    pub window: Option<(u32, u32)>,
    /// Where pass 2 resumes: ordinal and segmenter state.
    pub resume: Option<(u32, segment::Segments<'a>)>,
    /// The page's first segment (a title candidate).
    pub first: Option<context::Info>,
    /// Its span (for title anchors).
    pub line0: Option<(u32, u32)>,
    /// Number of segments when all of them are in the cache.
    pub cached: Option<u32>,
}

/// Pass 1: the body window.
pub fn pass1<'a>(text: &'a str, cfg: &Config) -> Pass1<'a> {
    pass1_cached(text, cfg, &mut [])
}

/// Pass 1, storing each segment's [`context::Info`] at its ordinal in
/// `cache` while it fits.
#[inline(never)]
pub fn pass1_cached<'a>(text: &'a str, cfg: &Config, cache: &mut [context::Info]) -> Pass1<'a> {
    let mut region = region::Region::new(cfg);
    let mut ring = context::ring();
    let mut pipeline = context::Pipeline::new(text, cfg, &mut ring);
    let mut first = None;
    let mut count = 0u32;
    while let Some(info) = pipeline.next() {
        if info.idx == 0 {
            first = Some(info);
        }
        if let Some(slot) = cache.get_mut(info.idx as usize) {
            *slot = info;
        }
        count = info.idx.saturating_add(1);
        region.feed(&info, cfg, &pipeline);
    }
    let window = region
        .best()
        .map(|(w, trim)| (trim.map_or(w.first, |a| a + 1), w.last))
        .filter(|(a, b)| a <= b);
    Pass1 {
        window,
        resume: region.resume(),
        first,
        line0: pipeline.line0(),
        cached: (count as usize <= cache.len()).then_some(count),
    }
}

/// Pass 1: the body window as segment ordinals `(first, last)`.
pub fn body_window(text: &str, cfg: &Config) -> Option<(u32, u32)> {
    pass1(text, cfg).window
}

fn finish<const P: usize, const L: usize, const B: usize, const C: usize, const A: usize>(
    a: &mut Article<'_, P, L, B, C, A>,
    cfg: &Config,
) {
    let mut h = id::BodyHasher::default();
    let mut counts = stats::Counts::default();
    for p in a.body() {
        h.paragraph();
        for line in p.lines() {
            h.line(line);
        }
        if cfg.stats {
            stats::paragraph(p.lines(), &mut counts);
        }
    }
    let (words, sentences) = (counts.words, counts.sentences);
    a.id = h.finish();
    a.stats.paragraphs = a.paragraph_count();
    a.stats.words = words;
    a.stats.sentences = sentences;
    if a.paragraph_count() == 0 {
        a.warn(WARN_NO_BODY);
    } else if cfg.stats && words > 0 && words < 40 {
        a.warn(WARN_SHORT_BODY);
    }
}
