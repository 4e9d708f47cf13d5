//! The body region: the densest contiguous run of prose.
//!
//! Every segment contributes its [`body_score`](super::score::body_score);
//! the body is the contiguous run with the largest total (Kadane's maximum
//! subarray, online, O(1) memory). Short interruptions inside an article —
//! a caption, an ad slot, a "READ MORE" line — cost less than the prose on
//! both sides, so the run bridges them; a menu or a related-headlines list
//! costs more than the teaser prose behind it is worth, so the run stops.
//!
//! Two header refinements:
//!
//! * **anchor boost** — the first prose segment within 8 segments after a
//!   header anchor (a repeat of the page title, a dateline, a byline) gets
//!   extra mass: articles start right after their header, teaser lists do
//!   not.
//! * **leading trim** — when the best run contains an anchor while less than
//!   a quarter of its mass precedes it, the run starts after the anchor
//!   (prose above an article's header belongs to something else).

use super::Config;
use super::context::{Anchor, Info};
use super::score::body_score;

/// The body window: byte range and segment ordinals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Window {
    /// Start of the first segment.
    pub start: u32,
    /// End of the last segment.
    pub end: u32,
    /// Ordinal of the first segment.
    pub first: u32,
    /// Ordinal of the last segment.
    pub last: u32,
}

#[derive(Clone, Copy, Debug, Default)]
struct Run {
    start: u32,
    first: u32,
    /// First anchor after the run's first segment: ordinal, end byte of the
    /// segment after it is not known yet, so keep the anchor's ordinal and
    /// the positive mass before it.
    anchor: Option<(u32, f32)>,
    mass: f32,
}

/// Online maximum-subarray over segment scores.
#[derive(Clone, Copy, Debug)]
pub struct Region {
    cur: f32,
    run: Run,
    best: f32,
    best_run: Run,
    best_end: u32,
    best_last: u32,
    pending_anchor: Option<u32>,
    boost: f32,
    trim_ratio: f32,
}

impl Region {
    /// Empty region finder.
    pub fn new(cfg: &Config) -> Self {
        Region {
            cur: 0.0,
            run: Run::default(),
            best: 0.0,
            best_run: Run::default(),
            best_end: 0,
            best_last: 0,
            pending_anchor: None,
            boost: cfg.anchor_boost,
            trim_ratio: cfg.header_trim,
        }
    }

    /// Adds the next segment.
    pub fn feed(&mut self, info: &Info, cfg: &Config) {
        let mut sc = body_score(&info.f, &info.c, info.q, cfg);
        if info.anchor != Anchor::None {
            self.pending_anchor = Some(info.idx);
        }
        if info.q > 0.0 {
            if let Some(a) = self.pending_anchor {
                if info.idx - a <= 8 {
                    sc += self.boost;
                }
                self.pending_anchor = None;
            }
        }
        if self.cur <= 0.0 {
            self.cur = 0.0;
            self.run = Run {
                start: info.seg.start,
                first: info.idx,
                anchor: None,
                mass: 0.0,
            };
        }
        // Only header anchors trim: a dated tweet embed inside the body
        // (`— Name (@handle) November 1, 2019`) must not.
        let header_anchor = match info.anchor {
            Anchor::Title | Anchor::Byline => true,
            Anchor::Date => info.f.words <= 8,
            Anchor::None => false,
        };
        if header_anchor && self.run.anchor.is_none() && info.idx > self.run.first {
            self.run.anchor = Some((info.idx, self.run.mass));
        }
        self.cur += sc;
        self.run.mass += sc.max(0.0);
        if self.cur > self.best {
            self.best = self.cur;
            self.best_run = self.run;
            self.best_end = info.seg.end;
            self.best_last = info.idx;
        }
    }

    /// The best window, before the leading trim (which needs the segment
    /// after the anchor; see [`Region::trim_after`]).
    pub fn best(&self) -> Option<(Window, Option<u32>)> {
        if self.best <= 0.0 {
            return None;
        }
        let w = Window {
            start: self.best_run.start,
            end: self.best_end,
            first: self.best_run.first,
            last: self.best_last,
        };
        let trim = self.best_run.anchor.and_then(|(a, before)| {
            let total = self.best_run_total();
            (before < self.trim_ratio * total && a < self.best_last).then_some(a)
        });
        Some((w, trim))
    }

    fn best_run_total(&self) -> f32 {
        // Positive mass of the best run up to its end: the run's mass at the
        // time it became best is what `best_run` captured.
        self.best_run.mass
    }
}
