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

use super::classify::opens_comments;
use super::context::{Anchor, Info, Pipeline};
use super::segment::Segments;

/// How far above a run's first segment the second pass resumes: the header
/// window (title, byline, date) and the context warm-up must fit.
pub const RESUME_ABOVE: u32 = 80;
use super::Config;
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

#[derive(Clone, Debug, Default)]
struct Run<'a> {
    start: u32,
    first: u32,
    /// Where the second pass can resume for this run.
    snap: Option<(u32, Segments<'a>)>,
    /// First anchor after the run's first segment: ordinal, end byte of the
    /// segment after it is not known yet, so keep the anchor's ordinal and
    /// the positive mass before it.
    anchor: Option<TrimAnchor>,
    mass: f32,
    /// The run starts right below a header anchor (its first segment took
    /// the anchor boost): it is the article from its first segment, so a
    /// title anchor further down does not trim it (a photo gallery inside
    /// the article that repeats the headline must not cut the paragraphs
    /// above it); a byline or date line still does.
    headed: bool,
}

/// Online maximum-subarray over segment scores.
#[derive(Clone, Debug)]
pub struct Region<'a> {
    cur: f32,
    run: Run<'a>,
    best: f32,
    best_run: Run<'a>,
    best_end: u32,
    best_last: u32,
    /// The segments right after the best run are closing lines (see
    /// [`closing_line`], at most [`MAX_CLOSING`]): the last one's end and
    /// ordinal.
    closing: Option<(u32, u32)>,
    anchor_boost: AnchorBoost,
    boost: f32,
    trim_ratio: f32,
}

impl<'a> Region<'a> {
    /// Empty region finder.
    pub fn new(cfg: &Config) -> Self {
        Region {
            cur: 0.0,
            run: Run::default(),
            best: 0.0,
            best_run: Run::default(),
            best_end: 0,
            best_last: 0,
            closing: None,
            anchor_boost: AnchorBoost::default(),
            boost: cfg.anchor_boost,
            trim_ratio: cfg.header_trim,
        }
    }

    /// Adds the next segment; `pipeline` provides the resume snapshot when
    /// a new run starts.
    pub fn feed(&mut self, info: &Info, cfg: &Config, pipeline: &Pipeline<'a, '_>) {
        let mut sc = body_score(&info.f, &info.c, info.q, cfg);
        // The mass the leading trim weighs leaves the boost out: a short
        // standfirst right under the title must not outweigh the article
        // because it was the first prose after the title.
        let plain = sc;
        let boosted = self
            .anchor_boost
            .takes(info, pipeline.text(), self.best > 0.0);
        if boosted {
            sc += self.boost;
        }
        if self.cur <= 0.0 {
            self.cur = 0.0;
            let target = info.idx.saturating_sub(RESUME_ABOVE);
            self.run = Run {
                start: info.seg.start,
                first: info.idx,
                snap: if target == 0 {
                    None
                } else {
                    pipeline.snapshot_at_or_before(target)
                },
                anchor: None,
                mass: 0.0,
                headed: boosted,
            };
        }
        self.run.anchor = next_anchor(
            self.run.anchor,
            info,
            self.run.first,
            self.run.headed,
            self.run.mass,
        );
        self.cur += sc;
        self.run.mass += plain.max(0.0);
        if self.cur > self.best {
            self.best = self.cur;
            self.best_run.clone_from(&self.run);
            self.best_end = info.seg.end;
            self.best_last = info.idx;
            self.closing = None;
        } else if self.best > 0.0
            && info.idx == self.closing.map_or(self.best_last, |(_, i)| i) + 1
            && self.closing.map_or(0, |(_, i)| i - self.best_last) < MAX_CLOSING
            && closing_line(info)
        {
            self.closing = Some((info.seg.end, info.idx));
        }
    }

    /// Where pass 2 resumes for the best window: ordinal and segmenter
    /// state (`None`: from the start of the text).
    pub fn resume(&self) -> Option<(u32, Segments<'a>)> {
        self.best_run.snap.clone()
    }

    /// The best window and the leading-trim anchor, if any (the body then
    /// starts after it).
    pub fn best(&self) -> Option<(Window, Option<u32>)> {
        if self.best <= 0.0 {
            return None;
        }
        let (end, last) = self.closing.unwrap_or((self.best_end, self.best_last));
        let w = Window {
            start: self.best_run.start,
            end,
            first: self.best_run.first,
            last,
        };
        let trim = self
            .best_run
            .anchor
            .and_then(|TrimAnchor { idx: a, before, .. }| {
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

/// The header-anchor boost: the first prose segment within 8 segments
/// after a header anchor gets extra mass (articles start right after their
/// header, teaser lists do not) — except after a comment section's head
/// below body mass ([`opens_comments`]), where every post's own date line
/// would boost the post. Shared with the streaming engine.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct AnchorBoost {
    pending: Option<u32>,
    comments: bool,
}

impl AnchorBoost {
    /// Whether `info` takes the boost; `after_body`: body mass was seen.
    pub(crate) fn takes(&mut self, info: &Info, text: &str, after_body: bool) -> bool {
        if after_body && opens_comments(info, text) {
            self.comments = true;
        }
        if info.anchor != Anchor::None {
            self.pending = Some(info.idx);
        }
        if info.q <= 0.0 {
            return false;
        }
        self.pending
            .take()
            .is_some_and(|a| info.idx - a <= 8 && !self.comments)
    }
}

/// Whether `info`, in a run that began at segment `run_first`, is a header
/// anchor the leading trim may start the body after. Only header anchors
/// past the run's first segment trim: a title repeat, a byline, and a short
/// date line (a longer dated line inside a body is an embed's attribution,
/// `— Name (@handle) November 1, 2019`, and must not). Shared with the
/// streaming engine.
pub(crate) fn trims(info: &Info, run_first: u32) -> bool {
    match info.anchor {
        Anchor::Title | Anchor::Byline => info.idx > run_first,
        Anchor::Date => info.idx > run_first && info.f.words <= 8,
        Anchor::None => false,
    }
}

/// The leading-trim anchor of a run: the body starts after segment `idx`
/// when `before`, the run's positive mass above it, is small.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct TrimAnchor {
    pub(crate) idx: u32,
    pub(crate) before: f32,
    /// A byline or title anchor that a long stamp line right below it may
    /// still extend (once).
    open: bool,
}

/// The run's leading-trim anchor after `info`: the first header anchor
/// ([`trims`]); a byline or title anchor moves down once, over a long dated
/// line right below it (`Par Jean Dupont` then `Publié le 21 novembre 2026
/// à 14h05, mis à jour à 15h10`: the body starts below both; a short date
/// line there is not body-like anyway). Not over more: a schedule of dated
/// lines (`2a etapa: 8 de abril – Curitiba`) is the body. A `headed` run
/// (see `Run::headed`) ignores title anchors. `mass` is the run's positive
/// mass before `info`. Shared with the streaming engine.
pub(crate) fn next_anchor(
    anchor: Option<TrimAnchor>,
    info: &Info,
    run_first: u32,
    headed: bool,
    mass: f32,
) -> Option<TrimAnchor> {
    if headed && info.anchor == Anchor::Title {
        return anchor;
    }
    match anchor {
        None => trims(info, run_first).then_some(TrimAnchor {
            idx: info.idx,
            before: mass,
            open: matches!(info.anchor, Anchor::Byline | Anchor::Title),
        }),
        Some(a) if a.open && info.idx == a.idx + 1 => Some(TrimAnchor {
            idx: if info.anchor == Anchor::Date && info.f.words > 8 {
                info.idx
            } else {
                a.idx
            },
            open: false,
            ..a
        }),
        kept => kept,
    }
}

/// How many closing lines in a row may join the body after the best run
/// (an article of one-sentence paragraphs ends in several short ones:
/// `Schools in three districts canceled classes.` / `More snow is expected
/// Sunday.`).
pub const MAX_CLOSING: u32 = 3;

/// A short closing paragraph right after the best run (`Candidates must
/// register by Friday.`): finished prose that the run left out only
/// because a segment of a few words costs more than it adds. It joins the
/// body when nothing marks it as page furniture.
pub fn closing_line(info: &Info) -> bool {
    let f = &info.f;
    info.q > 0.0
        && f.terminal
        && f.lex.is_none()
        && !info.c.dup
        && !info.c.bio
        && !f.caption
        && !f.credit
}
