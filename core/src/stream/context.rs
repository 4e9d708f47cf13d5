//! Neighbour-dependent flags for streamed segments.
//!
//! The same flags as the whole-document pipeline
//! ([`crate::article::context`]), computed with a look-ahead of two
//! segments: a segment is final once the two after it have arrived (a credit
//! line marks the caption before it and the one before that when the caption
//! was doubled; the third row of a table marks the two before it). What the
//! whole-document pipeline looks further ahead for — runs of headline +
//! teaser *cards* and numbered headline lists, 18 segments — is not
//! computed here, except for the single card (a prose line glued right
//! under a headline) (see the module documentation of [`super`]).

use super::Slot;
use crate::article::classify::{caption_label, mark_pitch};
use crate::article::context::{
    Anchor, BIO_MAX, Info, bio_of, byline_name, date_anchor, is_row, labelled_image_credit,
};
use crate::article::features::{Features, W_PROMO, features};
use crate::article::glue::Flags;
use crate::article::score::{Ctx, quality};
use crate::article::segment::Segment;
use crate::article::text::{eq_folded, find_str, lower, span_in, strip_prefix_folded};

/// Longest first line kept for title anchors (bytes; a page title is
/// shorter).
const LINE0: usize = 256;

/// Context state carried from segment to segment.
#[derive(Debug, Default)]
pub struct Context {
    /// The page's first segment, copied (title anchors compare with it).
    line0: heapless::String<LINE0>,
    has_line0: bool,
    row_run: u32,
    /// Recent name lines: window offsets and ordinal (`u32::MAX`: none).
    names: [(u32, u32, u32); 4],
    /// The latest byline's name, copied (the window moves on): an author
    /// bio at the end of the article is far from it.
    byline: heapless::String<BYLINE_NAME>,
}

/// Longest byline name kept for the bio test (bytes).
const BYLINE_NAME: usize = 64;

fn slot(prev: &mut [Slot], idx: u32) -> Option<&mut Info> {
    prev.iter_mut()
        .rev()
        .find(|s| s.info.idx == idx)
        .map(|s| &mut s.info)
}

impl Context {
    /// Fresh state.
    pub fn new() -> Self {
        Context {
            names: [(0, 0, u32::MAX); 4],
            ..Context::default()
        }
    }

    /// The window moved down by `n` bytes: rebase remembered names, forget
    /// the ones that left it.
    pub fn rebase(&mut self, n: u32) {
        for nm in &mut self.names {
            if nm.2 == u32::MAX {
                continue;
            }
            if nm.0 < n {
                *nm = (0, 0, u32::MAX);
            } else {
                nm.0 -= n;
                nm.1 -= n;
            }
        }
    }

    /// The [`Info`] of segment `idx`; updates the flags of the earlier
    /// segments still in `prev` (they are not final yet).
    pub fn info(&mut self, text: &str, seg: Segment, idx: u32, prev: &mut [Slot]) -> Info {
        let s = seg.text(text);
        if !self.has_line0 {
            self.has_line0 = true;
            let mut end = s.len().min(LINE0);
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            let _ = self.line0.push_str(s.get(..end).unwrap_or(""));
        }
        let f = features(s);
        let mut info = Info {
            idx,
            seg,
            f,
            c: Ctx {
                standfirst: seg.glue.has(Flags::STANDFIRST),
                repeat: seg.glue.has(Flags::REPEAT),
                ..Ctx::default()
            },
            ..Info::default()
        };
        if idx > 0
            && f.tokens >= 4
            && let Some(p) = slot(prev, idx - 1)
            && p.seg.text(text) == s
        {
            p.c.dup = true;
            info.c.dup = true;
        }
        if idx > 0
            && let Some(p) = slot(prev, idx - 1)
        {
            mark_pitch(p, &mut info);
        }
        if idx > 0 && slot(prev, idx - 1).is_some_and(|p| caption_label(&p.f)) {
            info.c.captioned = true;
        }
        if f.credit && f.words <= 12 && idx > 0 && !labelled_image_credit(s) {
            let mut dup_prev = false;
            if let Some(p) = slot(prev, idx - 1) {
                p.c.captioned = true;
                dup_prev = p.c.dup;
            }
            if dup_prev
                && idx > 1
                && let Some(p) = slot(prev, idx - 2)
            {
                p.c.captioned = true;
            }
        }
        if is_row(&f) {
            self.row_run += 1;
            if self.row_run >= 3 {
                let from = if self.row_run == 3 { idx - 2 } else { idx };
                for k in from..idx {
                    if let Some(p) = slot(prev, k) {
                        p.c.row = true;
                    }
                }
                info.c.row = true;
            }
        } else {
            self.row_run = 0;
        }
        info.c.bio = self.is_bio(text, idx, s);
        self.remember_name(text, idx, &f, seg);
        info.anchor = self.anchor(idx, s, &f);
        info
    }

    /// Base quality, once the flags are final (a repeat of the page title is
    /// a headline, never body); `prev` is the last final block that is not
    /// junk. A prose block glued right under a headline line is a teaser
    /// card (the whole-document pipeline's single-card rule).
    pub fn finalize(info: &mut Info, prev: Option<&Info>) {
        let q = if info.anchor == Anchor::Title {
            -1.0
        } else {
            quality(&info.f, &info.c)
        };
        info.q_base = q;
        info.q = q;
        if q <= 0.0 || info.c.row {
            return;
        }
        let Some(p) = prev.filter(|p| info.idx - p.idx < 6) else {
            return;
        };
        let headline = p.q_base <= 0.0
            && !p.c.row
            && p.f.headline()
            && !p.f.caption
            && !p.f.all_caps
            && !p.c.captioned
            && p.anchor == Anchor::None;
        let single = headline
            && p.idx + 1 == info.idx
            && p.f.words >= 4
            && !info.seg.blank_before
            && (!info.f.terminal || info.f.signals & W_PROMO != 0);
        if single {
            info.c.card = true;
            info.q = -1.0;
        }
    }

    fn anchor(&self, idx: u32, s: &str, f: &Features) -> Anchor {
        let l0 = self.line0.as_str();
        if idx > 0 && (2..=30).contains(&f.words) && f.lex.is_none() && f.chars >= 12 {
            let same_start = match (s.chars().next(), l0.chars().next()) {
                (Some(x), Some(y)) => lower(x) == lower(y),
                _ => false,
            };
            if same_start
                && s.len() <= l0.len() + 8
                && (eq_folded(s, l0)
                    || (s.len() * 5 >= l0.len() * 2 && strip_prefix_folded(l0, s).is_some()))
            {
                return Anchor::Title;
            }
        }
        if f.date_like
            && f.words <= 12
            && !(s.starts_with(['—', '–', '-']) || find_str(s, "(@").is_some())
        {
            return date_anchor(f, s);
        }
        if f.byline_like && f.words <= 10 {
            return Anchor::Byline;
        }
        Anchor::None
    }

    fn remember_name(&mut self, text: &str, idx: u32, f: &Features, seg: Segment) {
        let s = seg.text(text);
        let span = if f.byline_like && f.words <= 6 {
            let rest = byline_name(s);
            let sp = span_in(text, rest).map(|sp| (sp.start as u32, sp.end as u32));
            if sp.is_some() {
                self.byline.clear();
                // A name longer than the copy is not kept (no bio test).
                let _ = self.byline.push_str(rest);
            }
            sp
        } else if (2..=4).contains(&f.words)
            && f.caps == f.words
            && !f.terminal
            && f.digit_words == 0
            && f.lex.is_none()
        {
            Some((seg.start, seg.end))
        } else {
            None
        };
        if let Some((a, b)) = span {
            self.names.rotate_right(1);
            if let Some(n) = self.names.first_mut() {
                *n = (a, b, idx);
            }
        }
    }

    /// A biography starts with a recent name line or byline name followed
    /// by a verb of being/working.
    fn is_bio(&self, text: &str, idx: u32, s: &str) -> bool {
        let recent = self.names.iter().any(|&(a, b, at)| {
            at != u32::MAX
                && idx.saturating_sub(at) <= 8
                && at != idx
                && bio_of(text.get(a as usize..b as usize).unwrap_or(""), s)
        });
        recent || (s.len() <= BIO_MAX && bio_of(&self.byline, s))
    }
}
