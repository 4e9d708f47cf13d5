//! The stream's decisions: the online body region, the body zone's
//! paragraph/caption/boilerplate choice, the tail, and emitting what is
//! decided in order.
//!
//! The body region is [`crate::article::region`]'s maximum-subarray rule run
//! online (see [`super`] for the commit rule); the body zone follows
//! [`crate::article::assemble`] (a lone headline between two paragraphs is
//! kept as a subheading; a trailing outlet credit leaves the last
//! paragraph).

use super::context::Context;
use super::{Act, Block, Config, Event, Slot};
use crate::Span;
use crate::article::classify::{
    InBodyList, Zone, embed_attribution, inline_break, kind_of, labelled_headline, related_label,
    tail_kind,
};
use crate::article::context::{Anchor, Info};
use crate::article::header;
use crate::article::region::{AnchorBoost, MAX_CLOSING, TrimAnchor, closing_line, next_anchor};
use crate::article::score::{body_score, teaser};
use crate::article::segment::Segment;
use crate::grammar;
use crate::lexicon::boilerplate::Kind;

/// Blocks a segment waits for before its flags are final.
const LOOKAHEAD: u32 = 2;
/// Body-zone blocks held for the header decision (as in `assemble`).
pub(super) const PRE: usize = 12;
/// Body paragraphs that are enough for the header decision.
const PRE_BODY: usize = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Looking for the article.
    Search,
    /// In the article.
    Body,
    /// After it.
    Tail,
}

/// The decision state.
#[derive(Debug)]
pub(super) struct Engine<const SEGS: usize> {
    pub(super) cfg: Config,
    ctx: Context,
    pub(super) pend: heapless::Vec<Slot, SEGS>,
    /// Ordinal of the next block.
    next: u32,
    /// Ordinal of the next block to finalize and score.
    fed: u32,
    blank: bool,
    /// The last final block that is not junk (teaser-card rule).
    last_final: Option<Info>,
    phase: Phase,
    // Region.
    cur: f32,
    anchor_boost: AnchorBoost,
    /// The current run's first segment took the anchor boost.
    run_headed: bool,
    run_first: u32,
    run_mass: f32,
    run_anchor: Option<TrimAnchor>,
    run_peak: u32,
    run_peak_val: f32,
    run_peak_mass: f32,
    best: f32,
    best_first: u32,
    best_last: u32,
    best_mass: f32,
    best_anchor: Option<TrimAnchor>,
    // Body.
    pub(super) body_first: u32,
    peak: u32,
    peak_val: f32,
    peak_mass: f32,
    header_done: bool,
    /// Next body-zone ordinal to decide.
    body_next: u32,
    prev_kept: bool,
    /// A list inside the body is open (`classify::InBodyList`).
    list: InBodyList,
    /// The previous body-zone segment was a bare related-link label.
    prev_label: bool,
    sandwich: Option<u32>,
    /// The last paragraph, held until the next one (trailing credit).
    last_para: Option<u32>,
    // Annotations.
    pub(super) authors: bool,
    pub(super) outlet: bool,
    pub(super) published: bool,
    paragraphs: u32,
    tail_seen: u32,
    /// Inside a comment section below the body (`classify::tail_kind`).
    in_comments: bool,
}

impl<const SEGS: usize> Engine<SEGS> {
    pub(super) fn new(cfg: Config) -> Self {
        Engine {
            cfg,
            ctx: Context::new(),
            pend: heapless::Vec::new(),
            next: 0,
            fed: 0,
            blank: true,
            last_final: None,
            phase: Phase::Search,
            cur: 0.0,
            anchor_boost: AnchorBoost::default(),
            run_headed: false,
            run_first: 0,
            run_mass: 0.0,
            run_anchor: None,
            run_peak: 0,
            run_peak_val: 0.0,
            run_peak_mass: 0.0,
            best: 0.0,
            best_first: 0,
            best_last: 0,
            best_mass: 0.0,
            best_anchor: None,
            body_first: 0,
            peak: 0,
            peak_val: 0.0,
            peak_mass: 0.0,
            header_done: false,
            body_next: 0,
            prev_kept: false,
            list: InBodyList::default(),
            prev_label: false,
            sandwich: None,
            last_para: None,
            authors: false,
            outlet: false,
            published: false,
            paragraphs: 0,
            tail_seen: 0,
            in_comments: false,
        }
    }

    pub(super) fn glue(&self) -> bool {
        self.cfg.article.glue_repair
    }

    /// Free block slots.
    pub(super) fn room(&self) -> usize {
        SEGS - self.pend.len()
    }

    pub(super) fn blank_line(&mut self) {
        self.blank = true;
    }

    /// Window offset of the oldest pending block.
    pub(super) fn oldest_start(&self) -> Option<usize> {
        self.pend.first().map(|s| s.info.seg.start as usize)
    }

    /// The window dropped its first `n` bytes.
    pub(super) fn rebase(&mut self, n: u32) {
        for s in &mut self.pend {
            s.info.seg.start = s.info.seg.start.saturating_sub(n);
            s.info.seg.end = s.info.seg.end.saturating_sub(n);
            s.delta = s.delta.wrapping_add(n as usize);
        }
        self.ctx.rebase(n);
    }

    /// Ordinal of the body's last block so far.
    pub(super) fn peak_idx(&self) -> u32 {
        self.peak
    }

    pub(super) fn slot(&self, idx: u32) -> Option<&Slot> {
        let first = self.pend.first()?.info.idx;
        self.pend.get(idx.checked_sub(first)? as usize)
    }

    pub(super) fn info(&self, idx: u32) -> Option<Info> {
        self.slot(idx).map(|s| s.info)
    }

    pub(super) fn set_act(&mut self, idx: u32, act: Act) {
        let Some(first) = self.pend.first().map(|s| s.info.idx) else {
            return;
        };
        if let Some(s) = idx
            .checked_sub(first)
            .and_then(|k| self.pend.get_mut(k as usize))
        {
            s.act = act;
        }
    }

    /// The blocks of one new line (window offsets; `delta` maps them to
    /// absolute offsets).
    pub(super) fn line(
        &mut self,
        text: &str,
        delta: usize,
        segs: &[Segment],
        sink: &mut dyn FnMut(Event<'_>),
    ) {
        let mut first = true;
        for &seg in segs {
            let mut seg = seg;
            seg.blank_before = first && self.blank;
            first = false;
            self.blank = false;
            let idx = self.next;
            let info = self.ctx.info(text, seg, idx, &mut self.pend);
            let slot = Slot {
                info,
                act: Act::Open,
                delta,
            };
            // The caller made room for one block; a line with more blocks
            // than free slots decides the oldest ones now.
            let mut pushed = self.pend.push(slot).is_ok();
            for _ in 0..SEGS + 4 {
                if pushed || !self.force(text, sink) {
                    break;
                }
                pushed = self.pend.push(slot).is_ok();
            }
            if !pushed {
                // Only with fewer than three slots (`SEGS` < 3): the block
                // cannot wait for its look-ahead; it is not reported.
                continue;
            }
            self.next += 1;
            while self.fed + LOOKAHEAD <= idx {
                self.feed_next(text, sink);
            }
        }
        self.drain(text, sink);
    }

    /// Finalizes and scores the next block.
    fn feed_next(&mut self, text: &str, sink: &mut dyn FnMut(Event<'_>)) {
        let idx = self.fed;
        self.fed += 1;
        let first = self.pend.first().map_or(u32::MAX, |s| s.info.idx);
        let Some(s) = idx
            .checked_sub(first)
            .and_then(|k| self.pend.get_mut(k as usize))
        else {
            return;
        };
        Context::finalize(&mut s.info, self.last_final.as_ref());
        let info = s.info;
        if !info.junk() {
            self.last_final = Some(info);
        }
        self.feed(text, &info, sink);
    }

    fn feed(&mut self, text: &str, info: &Info, sink: &mut dyn FnMut(Event<'_>)) {
        let acfg = &self.cfg.article;
        let idx = info.idx;
        let mut sc = body_score(&info.f, &info.c, info.q, acfg);
        // The leading trim weighs mass without the boost (as `region.rs`).
        let plain = sc;
        let after_body = self.best > 0.0 || self.phase != Phase::Search;
        let boosted = self.anchor_boost.takes(info, text, after_body);
        if boosted {
            sc += acfg.anchor_boost;
        }
        if self.phase == Phase::Tail {
            self.tail(text, idx, sink);
            return;
        }
        if self.phase == Phase::Search && self.cur <= 0.0 {
            self.cur = 0.0;
            self.run_first = idx;
            self.run_mass = 0.0;
            self.run_anchor = None;
            self.run_headed = boosted;
            self.run_peak_val = 0.0;
        }
        self.run_anchor = next_anchor(
            self.run_anchor,
            info,
            self.run_first,
            self.run_headed,
            self.run_mass,
        );
        self.cur += sc;
        self.run_mass += plain.max(0.0);
        match self.phase {
            Phase::Search => {
                if self.cur > self.run_peak_val {
                    self.run_peak_val = self.cur;
                    self.run_peak = idx;
                    self.run_peak_mass = self.run_mass;
                }
                if self.cur > self.best {
                    self.best = self.cur;
                    self.best_first = self.run_first;
                    self.best_last = idx;
                    self.best_mass = self.run_mass;
                    self.best_anchor = self.run_anchor;
                }
                if self.cur >= self.cfg.commit_mass {
                    self.commit(
                        self.run_first,
                        idx,
                        self.cur,
                        self.run_mass,
                        self.run_anchor,
                    );
                    self.advance(text, sink);
                }
            }
            Phase::Body => {
                if self.cur > self.peak_val {
                    self.peak_val = self.cur;
                    self.peak = idx;
                    self.peak_mass = self.run_mass;
                    self.advance(text, sink);
                } else if self.cur <= 0.0 {
                    self.end_run(text, sink);
                }
            }
            Phase::Tail => {}
        }
    }

    fn commit(&mut self, first: u32, peak: u32, val: f32, mass: f32, anchor: Option<TrimAnchor>) {
        self.phase = Phase::Body;
        self.body_first = first;
        self.body_next = first;
        self.peak = peak;
        self.peak_val = val;
        self.peak_mass = mass;
        self.run_first = first;
        self.run_anchor = anchor;
        self.header_done = false;
    }

    /// The body's first block after the leading trim (a header anchor inside
    /// the run with little mass before it: the article starts after it).
    fn trimmed_first(&self) -> u32 {
        match self.run_anchor {
            Some(TrimAnchor { idx: a, before, .. })
                if before < self.cfg.article.header_trim * self.peak_mass && a < self.peak =>
            {
                a + 1
            }
            _ => self.run_first,
        }
    }

    /// The peak moved: decide the header once enough body is in, then the
    /// body zone up to the peak.
    fn advance(&mut self, text: &str, sink: &mut dyn FnMut(Event<'_>)) {
        if !self.header_done {
            let first = self.trimmed_first();
            let (mut zone, mut body) = (0usize, 0usize);
            for s in &self.pend {
                if (first..=self.peak).contains(&s.info.idx) {
                    zone += 1;
                    body += usize::from(s.info.body_like());
                }
            }
            if zone <= PRE && body < PRE_BODY {
                return;
            }
            self.flush_header(text, sink);
        }
        self.body_upto(text, self.peak, sink);
        self.drain(text, sink);
    }

    /// Decides the header window (see `header.rs`), then the body zone so
    /// far.
    fn flush_header(&mut self, text: &str, sink: &mut dyn FnMut(Event<'_>)) {
        if self.header_done {
            return;
        }
        self.header_done = true;
        self.body_first = self.trimmed_first();
        self.body_next = self.body_first;
        self.decide_header(text, sink);
        self.body_upto(text, self.peak, sink);
    }

    fn body_upto(&mut self, text: &str, last: u32, sink: &mut dyn FnMut(Event<'_>)) {
        while self.body_next <= last {
            let idx = self.body_next;
            self.body_next += 1;
            if let Some(it) = self.info(idx) {
                self.body(text, &it, sink);
            }
        }
    }

    fn sandwich_ok(it: &Info) -> bool {
        it.f.headline()
            && !it.f.caption
            && !it.f.credit
            && it.f.tokens >= 2
            && !teaser(&it.f)
            && !it.f.bullet
            && !it.c.captioned
            && !it.c.dup
            && !it.c.card
            && !it.f.byline_like
            && !it.f.date_like
            && it.anchor == Anchor::None
    }

    fn paragraph(&mut self, text: &str, idx: u32, sink: &mut dyn FnMut(Event<'_>)) {
        self.set_act(idx, Act::Paragraph);
        self.prev_kept = true;
        self.last_para = Some(idx);
        self.paragraphs += 1;
        if self.paragraphs == 1 && !self.outlet {
            // A wire dateline on the first paragraph names the outlet (a
            // trailing credit later overrides it).
            if let Some(s) = self.slot(idx) {
                let line = s.info.seg.text(text);
                let o = grammar::outlet::parse_dateline(line)
                    .and_then(|d| d.outlet)
                    .or_else(|| {
                        grammar::outlet::find_outlet(line)
                            .filter(|o| o.position == grammar::outlet::Position::Leading)
                            .map(|o| o.outlet)
                    });
                if let Some(b) = o.and_then(|o| block_of(text, s.delta, o)) {
                    sink(Event::Outlet(b));
                }
            }
        }
    }

    fn resolve_sandwich(&mut self, text: &str, next_kept: bool, sink: &mut dyn FnMut(Event<'_>)) {
        if let Some(p) = self.sandwich.take() {
            if next_kept {
                self.paragraph(text, p, sink);
            } else {
                self.non_body(text, p, sink);
                self.prev_kept = false;
            }
        }
    }

    fn body(&mut self, text: &str, it: &Info, sink: &mut dyn FnMut(Event<'_>)) {
        let base = (it.body_like() && !labelled_headline(self.prev_label, &it.f))
            || (self.prev_kept && embed_attribution(it, text));
        let listed = !base && self.prev_kept && self.list.keeps(it, text);
        let kept = base || listed;
        self.list.update(it, text, kept, listed);
        self.prev_label = related_label(&it.f);
        self.resolve_sandwich(text, kept, sink);
        if kept {
            self.paragraph(text, it.idx, sink);
        } else if self.prev_kept && Self::sandwich_ok(it) {
            self.sandwich = Some(it.idx);
        } else {
            self.non_body(text, it.idx, sink);
            self.prev_kept = self.prev_kept && inline_break(&it.f);
        }
    }

    fn non_body(&mut self, text: &str, idx: u32, sink: &mut dyn FnMut(Event<'_>)) {
        let Some(it) = self.info(idx) else { return };
        let delta = self.slot(idx).map_or(0, |s| s.delta);
        if !self.authors
            && it.f.byline_like
            && it.f.words <= 16
            && self.byline(text, delta, &it, sink)
        {
            self.set_act(idx, Act::Byline);
            return;
        }
        if !self.published && self.paragraphs == 0 && it.f.date_like && it.f.words <= 30 {
            self.date(text, &it, sink);
        }
        let act = if header::is_caption(&it) {
            Act::Caption
        } else {
            Act::Boiler(kind_of(&it, Zone::Body))
        };
        self.set_act(idx, act);
    }

    /// A publication date in `it`, if it has one.
    pub(super) fn date(&mut self, text: &str, it: &Info, sink: &mut dyn FnMut(Event<'_>)) -> bool {
        if let Some((dt, _)) = grammar::date::find_date(it.seg.text(text))
            && dt.iso().is_some()
        {
            self.published = true;
            sink(Event::Published(dt));
            return true;
        }
        false
    }

    /// The article ended at the peak: the rest is tail.
    fn end_run(&mut self, text: &str, sink: &mut dyn FnMut(Event<'_>)) {
        if self.phase != Phase::Body {
            return;
        }
        // Short closing paragraphs right after the peak join the body, as
        // in the whole-document region (`region::closing_line`).
        for _ in 0..MAX_CLOSING {
            if self.peak + 1 < self.fed
                && self.info(self.peak + 1).is_some_and(|it| closing_line(&it))
            {
                self.peak += 1;
            } else {
                break;
            }
        }
        self.flush_header(text, sink);
        self.body_upto(text, self.peak, sink);
        self.resolve_sandwich(text, false, sink);
        self.phase = Phase::Tail;
        if let Some(p) = self.last_para.take()
            && let Some(s) = self.slot(p).copied()
        {
            let line = s.info.seg.text(text);
            if let Some(o) = grammar::outlet::find_outlet(line)
                && o.position == grammar::outlet::Position::Trailing
                && o.span.start > 0
            {
                if let Some(b) = block_of(text, s.delta, o.outlet) {
                    self.outlet = true;
                    sink(Event::Outlet(b));
                }
                self.set_act(p, Act::ParagraphCredit(o.span.start as u32));
            }
        }
        let (from, to) = (self.peak + 1, self.fed);
        for idx in from..to {
            self.tail(text, idx, sink);
        }
        self.drain(text, sink);
    }

    fn tail(&mut self, text: &str, idx: u32, sink: &mut dyn FnMut(Event<'_>)) {
        let Some(it) = self.info(idx) else { return };
        let delta = self.slot(idx).map_or(0, |s| s.delta);
        self.tail_seen += 1;
        if self.tail_seen <= 3 && !self.authors && it.f.words <= 12 {
            let _ = self.byline(text, delta, &it, sink);
        }
        let kind = tail_kind(&it, text, &mut self.in_comments);
        self.set_act(idx, Act::Boiler(kind));
    }

    /// Emits the decided blocks at the front of the queue, in order. In the
    /// body the last paragraph and what follows it wait (trailing credit).
    fn drain(&mut self, text: &str, sink: &mut dyn FnMut(Event<'_>)) {
        loop {
            let Some(front) = self.pend.first().copied() else {
                return;
            };
            if front.act == Act::Open {
                return;
            }
            if self.phase == Phase::Body && self.last_para.is_some_and(|p| front.info.idx >= p) {
                return;
            }
            if !self.pend.is_empty() {
                self.pend.remove(0);
            }
            emit(text, &front, sink);
        }
    }

    /// Makes progress under memory pressure; `false` when nothing is left
    /// to decide.
    pub(super) fn force(&mut self, text: &str, sink: &mut dyn FnMut(Event<'_>)) -> bool {
        let state = |e: &Self| (e.pend.len(), e.fed, e.phase, e.header_done, e.last_para);
        let before = state(self);
        let oldest_final = self.pend.first().is_some_and(|s| s.info.idx < self.fed);
        match self.phase {
            Phase::Search if oldest_final => {
                let idx = self.pend.first().map_or(0, |s| s.info.idx);
                let in_run = self.cur > 0.0 && idx >= self.run_first;
                if in_run {
                    self.commit(
                        self.run_first,
                        self.run_peak,
                        self.run_peak_val,
                        self.run_peak_mass,
                        self.run_anchor,
                    );
                    self.flush_header(text, sink);
                } else if let Some(it) = self.info(idx) {
                    self.set_act(idx, Act::Boiler(kind_of(&it, Zone::Header)));
                }
            }
            Phase::Body if !self.header_done => self.flush_header(text, sink),
            Phase::Body if self.last_para.is_some() => self.last_para = None,
            Phase::Body if self.fed > self.peak + 1 => self.end_run(text, sink),
            _ => {
                if self.fed < self.next {
                    self.feed_next(text, sink);
                }
            }
        }
        self.drain(text, sink);
        before != state(self)
    }

    /// The page ended.
    pub(super) fn finish(&mut self, text: &str, sink: &mut dyn FnMut(Event<'_>)) {
        while self.fed < self.next {
            self.feed_next(text, sink);
        }
        if self.phase == Phase::Search {
            let still_here = self
                .pend
                .first()
                .is_some_and(|s| s.info.idx <= self.best_first);
            if self.best > 0.0 && still_here {
                self.commit(
                    self.best_first,
                    self.best_last,
                    self.best,
                    self.best_mass,
                    self.best_anchor,
                );
            } else {
                // No article: the page is header.
                for k in 0..self.pend.len() {
                    if let Some(s) = self.pend.get_mut(k)
                        && s.act == Act::Open
                    {
                        s.act = Act::Boiler(Kind::Header);
                    }
                }
            }
        }
        self.end_run(text, sink);
        for k in 0..self.pend.len() {
            if let Some(s) = self.pend.get_mut(k)
                && s.act == Act::Open
            {
                s.act = Act::Boiler(Kind::Footer);
            }
        }
        self.drain(text, sink);
    }
}

/// The block for `sub` (a slice of `text`) with absolute offsets.
pub(super) fn block_of<'s>(text: &'s str, delta: usize, sub: &'s str) -> Option<Block<'s>> {
    let sp = crate::article::text::span_in(text, sub)?;
    Some(Block {
        text: sub,
        span: Span {
            start: sp.start.wrapping_add(delta),
            end: sp.end.wrapping_add(delta),
        },
    })
}

fn emit(text: &str, s: &Slot, sink: &mut dyn FnMut(Event<'_>)) {
    let t = s.info.seg.text(text);
    let Some(b) = block_of(text, s.delta, t) else {
        return;
    };
    let ev = match s.act {
        Act::Open => return,
        Act::Title => Event::Title(b),
        Act::Subtitle => Event::Subtitle(b),
        Act::Section => Event::Section(b),
        Act::Byline => Event::Byline(b),
        Act::Paragraph => Event::Paragraph(b),
        Act::ParagraphCredit(cut) => {
            let cut = cut as usize;
            let para = crate::article::text::trim(t.get(..cut).unwrap_or(t));
            let credit = t.get(cut..).unwrap_or("");
            if let Some(p) = block_of(text, s.delta, para) {
                sink(Event::Paragraph(p));
            }
            match block_of(text, s.delta, credit) {
                Some(c) => Event::Boilerplate(Kind::Credit, c),
                None => return,
            }
        }
        Act::Caption => Event::Caption(b),
        Act::Boiler(k) => Event::Boilerplate(k, b),
    };
    sink(ev);
}
