//! Context: features that depend on neighbouring segments, computed in a
//! fixed-size ring so that memory does not grow with the page.
//!
//! Each segment passes three points:
//!
//! 1. **push** — features; flags that look back (duplicate of the previous
//!    segment, credit line after a caption, runs of table rows, author
//!    biographies, header anchors);
//! 2. **stage 2**, two segments later, when the look-ahead flags are final —
//!    the base [`quality`]; runs of headline + teaser *cards*
//!    (three or more in a row: a related-articles list);
//! 3. **finalize**, [`DELAY`] segments after the push, when no later
//!    segment can change it any more — yielded to the consumer.
//!
//! Both passes of the parser run this same pipeline, so they see identical
//! segments and flags.

use super::Config;
use super::classify::{caption_label, mark_pitch};
use super::features::{Features, W_PROMO, features, features_cheap};
use super::glue::Flags;
use super::score::{Ctx, quality};
use super::segment::{Segment, Segments};
use super::text::{eq_folded, find_str, is_space, strip_prefix_folded};

/// Ring capacity (segments held at once).
pub const RING: usize = 24;
/// Segments between push and finalization.
pub const DELAY: u32 = 18;
/// Segments between push and stage 2.
const STAGE2: u32 = 2;
/// Largest gap between two cards of one run.
const CARD_GAP: u32 = 6;

/// Header anchors: blocks that announce an article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Anchor {
    /// Nothing.
    #[default]
    None,
    /// Repeats the page's first line (the HTML `<title>` in text dumps).
    Title,
    /// A dateline.
    Date,
    /// A byline.
    Byline,
}

/// A segment with everything the classifier knows about it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Info {
    /// Position in the segment stream.
    pub idx: u32,
    /// Where it is.
    pub seg: Segment,
    /// Own features.
    pub f: Features,
    /// Context flags.
    pub c: Ctx,
    /// Quality before card detection.
    pub q_base: f32,
    /// Final quality.
    pub q: f32,
    /// Header anchor.
    pub anchor: Anchor,
}

impl Info {
    /// Counts as body inside the region: prose, or a table row.
    #[inline]
    pub fn body_like(&self) -> bool {
        self.q > 0.0 || self.c.row
    }
    /// Nothing but a placeholder or punctuation.
    #[inline]
    pub fn junk(&self) -> bool {
        self.f.widget || self.f.tokens == 0
    }
}

/// The ring a [`Pipeline`] keeps its segments in (borrowed, not owned).
pub type Ring = [Info; RING];

/// An empty [`Ring`].
#[inline]
pub fn ring() -> Ring {
    [Info::default(); RING]
}

/// The segment → [`Info`] pipeline.
///
/// The ring (2 KiB on 32-bit targets) is the caller's: a pipeline is built
/// by value (`new`, `fresh`, `resume`) and a ring inside it was copied with
/// it, several times per parse — on a microcontroller that was most of the
/// parser's stack. The caller declares the ring once in its own frame.
#[derive(Debug)]
pub struct Pipeline<'a, 'r, const S: usize = SNAPS> {
    text: &'a str,
    segs: Segments<'a>,
    ring: &'r mut Ring,
    /// Ordinal of the next pushed segment.
    next: u32,
    /// Ordinal of the next segment to stage / finalize.
    staged: u32,
    finalized: u32,
    done: bool,
    line0: Option<(u32, u32)>,
    row_run: u32,
    card_run: u32,
    card_first: [u32; 2],
    card_last: u32,
    names: [(u32, u32, u32); 4],
    /// The latest byline's name (text offsets): an author bio at the end
    /// of the article is far from it.
    byline: Option<(u32, u32)>,
    /// Current numbered-list run: items (ordinals), positives, last number.
    list: heapless::Vec<u32, 16>,
    list_pos: u32,
    list_num: u8,
    /// Ordinals that get full features; the others only cheap ones.
    focus: (u32, u32),
    /// Segmenter snapshots taken every [`SNAP_EVERY`] segments (ordinal of
    /// the next segment, state), so the second pass can resume near the body
    /// instead of re-reading the page from the top.
    snaps: [Option<(u32, Segments<'a>)>; S],
}

/// Segments between segmenter snapshots.
pub const SNAP_EVERY: u32 = 32;
/// Snapshots kept by default (they reach `SNAP_EVERY * SNAPS` segments
/// back); a pipeline that need not be resumed from uses `S = 0`.
pub const SNAPS: usize = 4;

/// A data row of a table (results, standings): a few tokens with numbers
/// in them. Shared by the whole-document and the streaming context.
pub(crate) fn is_row(f: &Features) -> bool {
    f.tokens >= 4
        && !(f.terminal && f.words > 25)
        // A sentence that mentions a number (`… near Highway 14 on
        // Tuesday, prompting evacuations.`) or a photo caption is no row.
        && !(f.terminal && f.words >= 12 && f.stop_ratio() >= 0.2)
        && !f.caption
        // `Sun 23 Nov 2026 18.55 GMT` above a match report's score lines:
        // the article's dateline, not the first row of a table.
        && !f.dateline()
        && (f.digit_words >= 2 || f.digit_later)
}

impl<'a, 'r> Pipeline<'a, 'r> {
    /// Pipeline over `text` (keeps segmenter snapshots for resuming).
    pub fn new(text: &'a str, cfg: &Config, ring: &'r mut Ring) -> Self {
        Pipeline::fresh(text, cfg, (0, u32::MAX), ring)
    }

    /// A pipeline that computes full features and context only for the
    /// segment ordinals in `lo..=hi` (pass 2 around the body window); the
    /// others get [`features_cheap`] and no context, which is all their
    /// boilerplate kind needs. Ordinals and segments are the same as with
    /// [`Pipeline::new`].
    pub fn focused(text: &'a str, cfg: &Config, lo: u32, hi: u32, ring: &'r mut Ring) -> Self {
        Pipeline::fresh(text, cfg, (lo, hi), ring)
    }
}

impl<'a, 'r, const S: usize> Pipeline<'a, 'r, S> {
    /// A pipeline from the start of `text` with full features for the
    /// ordinals in `focus`.
    #[inline(always)]
    pub fn fresh(text: &'a str, cfg: &Config, focus: (u32, u32), ring: &'r mut Ring) -> Self {
        let wrap = if cfg.unwrap_lines {
            super::lines::wrap_width(text)
        } else {
            None
        };
        let mut p = Self::with_segments(text, Segments::new(text, wrap, cfg.glue_repair), ring);
        p.focus = focus;
        p
    }

    #[inline(always)]
    fn with_segments(text: &'a str, segs: Segments<'a>, ring: &'r mut Ring) -> Self {
        // Slots are only read after they were written (`slot`/`at` check the
        // ordinal), so this is for determinism, not correctness.
        ring.fill(Info::default());
        Pipeline {
            text,
            segs,
            ring,
            next: 0,
            staged: 0,
            finalized: 0,
            done: false,
            line0: None,
            row_run: 0,
            card_run: 0,
            card_first: [0; 2],
            card_last: 0,
            names: [(0, 0, u32::MAX); 4],
            byline: None,
            list: heapless::Vec::new(),
            list_pos: 0,
            list_num: 0,
            focus: (0, u32::MAX),
            snaps: [const { None }; S],
        }
    }

    /// Resumes a pipeline from a segmenter snapshot taken by another
    /// pipeline over the same text and config: the next segment gets ordinal
    /// `next`; `line0` is the first segment's span (for title anchors).
    /// Context flags warm up over the first [`DELAY`] segments.
    #[inline(always)]
    pub fn resume(
        text: &'a str,
        cfg: &Config,
        segs: Segments<'a>,
        next: u32,
        line0: Option<(u32, u32)>,
        focus: (u32, u32),
        ring: &'r mut Ring,
    ) -> Self {
        let _ = cfg;
        let mut p = Pipeline::with_segments(text, segs, ring);
        p.next = next;
        p.staged = next;
        p.finalized = next;
        p.line0 = line0;
        p.focus = focus;
        p
    }

    /// The latest snapshot at or before ordinal `idx`.
    pub fn snapshot_at_or_before(&self, idx: u32) -> Option<(u32, Segments<'a>)> {
        self.snaps
            .iter()
            .flatten()
            .filter(|(at, _)| *at <= idx)
            .max_by_key(|(at, _)| *at)
            .cloned()
    }

    /// The text the pipeline reads.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The first segment's span.
    pub fn line0(&self) -> Option<(u32, u32)> {
        self.line0
    }

    #[inline]
    fn in_focus(&self, idx: u32) -> bool {
        (self.focus.0..=self.focus.1).contains(&idx)
    }

    #[inline]
    fn slot(&mut self, idx: u32) -> Option<&mut Info> {
        if idx >= self.next || self.next - idx > RING as u32 {
            return None;
        }
        self.ring.get_mut(idx as usize % RING)
    }

    #[inline]
    fn at(&self, idx: u32) -> Option<&Info> {
        if idx >= self.next || self.next - idx > RING as u32 {
            return None;
        }
        self.ring.get(idx as usize % RING)
    }

    fn push(&mut self, seg: Segment) {
        let idx = self.next;
        let s = seg.text(self.text);
        if idx == 0 {
            self.line0 = Some((seg.start, seg.end));
        }
        if !self.in_focus(idx) {
            let info = Info {
                idx,
                seg,
                f: features_cheap(s),
                q_base: -1.0,
                q: -1.0,
                ..Info::default()
            };
            if let Some(slot) = self.ring.get_mut(idx as usize % RING) {
                *slot = info;
            }
            self.next += 1;
            self.row_run = 0;
            return;
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
        // Duplicate of the previous segment.
        if idx > 0 && f.tokens >= 4 {
            let text = self.text;
            if let Some(p) = self.slot(idx - 1)
                && p.seg.text(text) == s
            {
                p.c.dup = true;
                info.c.dup = true;
            }
        }
        if idx > 0
            && let Some(p) = self.slot(idx - 1)
        {
            mark_pitch(p, &mut info);
        }
        // A bare caption label marks the caption after it.
        if idx > 0 && self.slot(idx - 1).is_some_and(|p| caption_label(&p.f)) {
            info.c.captioned = true;
        }
        // A credit line marks the caption before it — unless it is a
        // labelled image credit (`Image copyright Getty Images`, `Image
        // source, Reuters`): those pages print the image's credit first and
        // its caption after it under its own label (`Image caption …`), so
        // the segment above is the article's.
        if f.credit && f.words <= 12 && idx > 0 && !labelled_image_credit(s) {
            let mut dup_prev = false;
            if let Some(p) = self.slot(idx - 1) {
                p.c.captioned = true;
                dup_prev = p.c.dup;
            }
            if dup_prev
                && idx > 1
                && let Some(p) = self.slot(idx - 2)
            {
                p.c.captioned = true;
            }
        }
        // Runs of data rows (blank lines between rows allowed).
        if is_row(&f) {
            self.row_run += 1;
            if self.row_run >= 3 {
                let from = if self.row_run == 3 { idx - 2 } else { idx };
                for k in from..idx {
                    if let Some(p) = self.slot(k) {
                        p.c.row = true;
                    }
                }
                info.c.row = true;
            }
        } else {
            self.row_run = 0;
        }
        info.c.bio = self.is_bio(idx, s);
        self.remember_name(idx, &f, seg);
        info.anchor = self.anchor(idx, seg, &f);
        if idx == 0 {
            self.line0 = Some((seg.start, seg.end));
        }
        if let Some(slot) = self.ring.get_mut(idx as usize % RING) {
            *slot = info;
        }
        self.next += 1;
    }

    fn anchor(&self, idx: u32, seg: Segment, f: &Features) -> Anchor {
        if idx > 0
            && (2..=30).contains(&f.words)
            && f.lex.is_none()
            && f.chars >= 12
            && let Some((a, b)) = self.line0
        {
            let l0 = self.text.get(a as usize..b as usize).unwrap_or("");
            let s = seg.text(self.text);
            // Cheap gates before the folded comparison: plausible length
            // and the same first letter.
            let same_start = match (s.chars().next(), l0.chars().next()) {
                (Some(x), Some(y)) => super::text::lower(x) == super::text::lower(y),
                _ => false,
            };
            if !same_start || s.len() > l0.len() + 8 {
                // fall through to the other anchors
            } else if eq_folded(s, l0)
                || (s.len() * 5 >= l0.len() * 2 && strip_prefix_folded(l0, s).is_some())
            {
                return Anchor::Title;
            }
        }
        if f.date_like && f.words <= 12 {
            // Not the attribution line of an embedded post
            // (`— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019`).
            let s = seg.text(self.text);
            if !(s.starts_with(['—', '–', '-']) || find_str(s, "(@").is_some()) {
                return date_anchor(f, s);
            }
        }
        if f.byline_like && f.words <= 10 {
            return Anchor::Byline;
        }
        Anchor::None
    }

    /// Remembers short capitalised lines and byline names for [`Self::is_bio`].
    fn remember_name(&mut self, idx: u32, f: &Features, seg: Segment) {
        let s = seg.text(self.text);
        let span = if f.byline_like && f.words <= 6 {
            let rest = byline_name(s);
            let sp =
                super::text::span_in(self.text, rest).map(|sp| (sp.start as u32, sp.end as u32));
            if sp.is_some() {
                self.byline = sp;
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
    fn is_bio(&self, idx: u32, s: &str) -> bool {
        let recent = self.names.iter().any(|&(a, b, at)| {
            at != u32::MAX
                && idx.saturating_sub(at) <= 8
                && at != idx
                && bio_of(self.text.get(a as usize..b as usize).unwrap_or(""), s)
        });
        // The byline's name opens a short paragraph anywhere below it:
        // `Thomas Becker is a science writer based in Munich.` at the end.
        recent
            || self.byline.is_some_and(|(a, b)| {
                s.len() <= BIO_MAX && bio_of(self.text.get(a as usize..b as usize).unwrap_or(""), s)
            })
    }

    /// Numbered lists (`1. …`, `2. …`, `3. …`) of mostly headline-like items
    /// are headline lists ("Most popular"): their few prose-like items are
    /// teasers, not body.
    fn numbered(&mut self, m: u32, info: &Info, qb: f32) {
        let n = info.f.list_num;
        let extends = n > 0
            && n == self.list_num.wrapping_add(1)
            && self.list.last().is_some_and(|&l| m - l <= 3);
        if !extends {
            self.list.clear();
            self.list_pos = 0;
            if n != 1 {
                self.list_num = 0;
                return;
            }
        }
        self.list_num = n;
        let _ = self.list.push(m);
        if qb > 0.0 {
            self.list_pos += 1;
        }
        if self.list.len() >= 3 && self.list_pos * 3 <= self.list.len() as u32 {
            let items = self.list.clone();
            for k in items {
                if self.at(k).is_some_and(|p| p.q_base > 0.0) {
                    self.mark_card(k);
                }
            }
        }
    }

    /// Stage 2 for segment `m`: base quality and card runs.
    fn stage2(&mut self, m: u32) {
        if !self.in_focus(m) {
            self.card_run = 0;
            return;
        }
        let Some(info) = self.at(m).copied() else {
            return;
        };
        // A repeat of the page title is a headline, never body.
        let qb = if info.anchor == Anchor::Title {
            -1.0
        } else {
            quality(&info.f, &info.c)
        };
        if let Some(p) = self.slot(m) {
            p.q_base = qb;
            p.q = qb;
        }
        self.numbered(m, &info, qb);
        if qb <= 0.0 || info.c.row {
            return;
        }
        // Previous non-junk segment.
        let mut j = m;
        let mut prev = None;
        while j > 0 && m - j < 6 {
            j -= 1;
            match self.at(j) {
                Some(p) if p.junk() => continue,
                Some(p) => {
                    prev = Some(*p);
                    break;
                }
                None => break,
            }
        }
        let hp = prev.is_some_and(|p| {
            p.q_base <= 0.0
                && !p.c.row
                && p.f.headline()
                && !p.f.caption
                && !p.f.all_caps
                && !p.c.captioned
                && p.anchor == Anchor::None
        });
        if !hp {
            self.card_run = 0;
            return;
        }
        let single = prev.is_some_and(|p| p.idx + 1 == m && p.f.words >= 4)
            && !info.seg.blank_before
            && (!info.f.terminal || info.f.signals & W_PROMO != 0);
        if single {
            self.mark_card(m);
        }
        if self.card_run > 0 && m - self.card_last <= CARD_GAP {
            self.card_run += 1;
        } else {
            self.card_run = 1;
        }
        match self.card_run {
            1 => self.card_first = [m, m],
            2 => {
                if let Some(s) = self.card_first.get_mut(1) {
                    *s = m;
                }
            }
            3 => {
                let [a, b] = self.card_first;
                self.mark_card(a);
                self.mark_card(b);
                self.mark_card(m);
            }
            _ => self.mark_card(m),
        }
        self.card_last = m;
    }

    fn mark_card(&mut self, k: u32) {
        if let Some(p) = self.slot(k) {
            p.c.card = true;
            p.q = -1.0;
        }
    }
}

impl<const S: usize> Iterator for Pipeline<'_, '_, S> {
    type Item = Info;

    fn next(&mut self) -> Option<Info> {
        loop {
            if !self.done && self.next < self.finalized + DELAY {
                if self.next.is_multiple_of(SNAP_EVERY) {
                    let k = (self.next / SNAP_EVERY) as usize % SNAPS;
                    if let Some(slot) = self.snaps.get_mut(k) {
                        *slot = Some((self.next, self.segs.clone()));
                    }
                }
                match self.segs.next() {
                    Some(seg) => {
                        self.push(seg);
                        while self.staged + STAGE2 < self.next {
                            let m = self.staged;
                            self.stage2(m);
                            self.staged += 1;
                        }
                        continue;
                    }
                    None => {
                        self.done = true;
                        while self.staged < self.next {
                            let m = self.staged;
                            self.stage2(m);
                            self.staged += 1;
                        }
                    }
                }
            }
            if self.finalized < self.next {
                let k = self.finalized;
                self.finalized += 1;
                if let Some(info) = self.at(k).copied() {
                    return Some(info);
                }
                continue;
            }
            return None;
        }
    }
}

/// The name a byline line gives, for the bio test: its first author when
/// the byline grammar reads the line (`By Jane Doe | Fox News` → `Jane
/// Doe`, `Bruce Y. Lee Senior Contributor` → `Bruce Y. Lee`), else the
/// words after its first (`By Jane Doe` → `Jane Doe`). Shared by the
/// whole-document and the streaming context.
/// The anchor of a dated header line: a byline when it is a long stamp
/// line that parses as one (`Written by Arjun Deshpande | Nagpur |
/// Updated: November 21, 2026 10:15 IST`), so that the body's leading trim
/// (which takes only short date lines, not dated embeds) starts the body
/// below it; else a date. Shared by the whole-document and the streaming
/// context.
pub(crate) fn date_anchor(f: &super::features::Features, s: &str) -> Anchor {
    // Cheap gate first: the byline grammar costs ≈ 28 k instructions a
    // line, and most long dated lines have no `by` in them.
    if f.words > 8
        && (f.byline_like || super::header::has_by(s))
        && crate::grammar::byline::parse_byline(s).is_some_and(|b| !b.authors.is_empty())
    {
        Anchor::Byline
    } else {
        Anchor::Date
    }
}

/// `Image copyright …`, `Image source, …`: a credit that names itself.
/// Shared by the whole-document and the streaming context.
pub(crate) fn labelled_image_credit(s: &str) -> bool {
    ["image copyright", "image source"]
        .iter()
        .any(|l| s.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)))
}

pub(crate) fn byline_name(s: &str) -> &str {
    if let Some(b) = crate::grammar::byline::parse_byline(s)
        && let Some(&first) = b.authors.first()
    {
        return first;
    }
    s.split_once(is_space)
        .map(|(_, r)| r.trim_start_matches(is_space))
        .unwrap_or("")
}

/// Longest paragraph read as a bio of the byline's author far below the
/// byline (bytes): a bio is a sentence or two.
pub(crate) const BIO_MAX: usize = 400;

/// Whether `s` opens with `name` (folded) and then a verb of being or
/// working (`is`, `was`, `joined`, `ist`, `é`…): a biography of `name`.
/// Shared by the whole-document and the streaming context.
pub(crate) fn bio_of(name: &str, s: &str) -> bool {
    const VERBS: &[&str] = &[
        "is", "was", "has", "joined", "covers", "writes", "reports", "ist", "est", "é", "es", "è",
        "—",
    ];
    let (Some(&a), Some(&b)) = (name.as_bytes().first(), s.as_bytes().first()) else {
        return false;
    };
    if name.len() < 4 {
        return false;
    }
    // Cheap gate: the folded prefix test needs the same first letter
    // (bytes when both are ASCII, the common case: this runs per segment).
    if a.is_ascii() && b.is_ascii() {
        if !a.eq_ignore_ascii_case(&b) {
            return false;
        }
    } else if a.is_ascii() {
        // Only a character that lower-cases to ASCII (the Kelvin sign) can
        // match an ASCII letter: one lookup, not two.
        if s.chars().next().map(super::text::lower) != Some(char::from(a.to_ascii_lowercase())) {
            return false;
        }
    } else {
        let first = |t: &str| t.chars().next().map(super::text::lower);
        if first(s) != first(name) {
            return false;
        }
    }
    let Some(n) = strip_prefix_folded(s, name) else {
        return false;
    };
    let rest = s.get(n..).unwrap_or("").trim_start_matches(is_space);
    VERBS.contains(&rest.split(is_space).next().unwrap_or(""))
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::vec::Vec;

    #[test]
    fn yields_every_segment_once_in_order() {
        let mut t = std::string::String::new();
        for i in 0..100 {
            t.push_str(&std::format!("Line number {i} is here.\n\n"));
        }
        let v: Vec<Info> = Pipeline::new(&t, &Config::default(), &mut ring()).collect();
        assert_eq!(v.len(), 100);
        for (i, info) in v.iter().enumerate() {
            assert_eq!(info.idx as usize, i);
        }
    }

    #[test]
    fn cards_rows_dups_bios() {
        let t = "Headline One About Things\nThe first teaser says something about the thing that happened today here.\n\
                 Headline Two About Stuff\nThe second teaser says something about another thing that happened.\n\
                 Headline Three Here Now\nThe third teaser says something about a third thing that happened there.\n";
        let v: Vec<Info> = Pipeline::new(t, &Config::default(), &mut ring()).collect();
        assert!(v.iter().filter(|i| i.c.card).count() >= 3);
        let t = "1 Kyle Busch 5040 5 1\n2 Martin Truex 5035 7 0\n3 Kevin Harvick 5033 4 6\n";
        assert!(Pipeline::new(t, &Config::default(), &mut ring()).all(|i| i.c.row));
        // Datelines, a photo caption and a sentence that mention numbers
        // are no table: the sentence stays prose.
        let t = "Tue, June 11th 2024, 3:12 PM PDT

Updated Tue, June 11th 2024, 5:40 PM PDT

                 Firefighters work near Highway 14 on Tuesday afternoon. (KXYZ)

                 Firefighters were battling a fast-moving brush fire near Highway 14 on Tuesday, prompting evacuation warnings.
";
        let v: Vec<Info> = Pipeline::new(t, &Config::default(), &mut ring()).collect();
        assert!(v.last().is_some_and(|i| !i.c.row && i.q > 0.0));
        let t = "A caption that says what the picture shows.\nA caption that says what the picture shows.\n";
        assert!(Pipeline::new(t, &Config::default(), &mut ring()).all(|i| i.c.dup));
        let t = "Dmytro Basmat\n\nSenior News Editor\n\nDmytro Basmat is a senior news editor for The Kyiv Independent. He previously worked in politics.\n";
        assert!(Pipeline::new(t, &Config::default(), &mut ring()).any(|i| i.c.bio));
    }
}
