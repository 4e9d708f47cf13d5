//! Pass 2: the record, from the body window and the segment stream.
//!
//! Segments above the window go through a small ring (the header window,
//! [`super::header`]); segments inside become body paragraphs when they are
//! body-like — a lone headline between two body paragraphs is kept as a
//! subheading — or captions/boilerplate otherwise; segments below are
//! boilerplate, searched for a late byline, a biography and its outlet.
//! Boilerplate blocks of one kind that follow each other are merged.

use super::classify::{
    InBodyList, Zone, embed_attribution, inline_break, kind_of, labelled_headline, related_label,
    tail_kind,
};
use super::context::{self, Anchor, Info, Pipeline};
use super::header::{self, MAX_HEADER, Role};
use super::record::{Article, Span32};
use super::text::{find_str, is_space, span_in, split_ascii, trim};
use super::{Config, Error};
use crate::grammar;
use crate::lexicon::boilerplate::Kind;
use crate::ucd::case::is_upper;

/// Fixed ring of the segments just above the body.
#[derive(Debug)]
struct HeaderRing {
    buf: [Info; MAX_HEADER],
    start: usize,
    len: usize,
    cap: usize,
}

impl HeaderRing {
    fn new(cap: usize) -> Self {
        HeaderRing {
            buf: [Info::default(); MAX_HEADER],
            start: 0,
            len: 0,
            cap: cap.clamp(1, MAX_HEADER),
        }
    }
    /// Pushes; returns the evicted oldest item when full.
    fn push(&mut self, x: Info) -> Option<Info> {
        if self.len == self.cap {
            let old = self.buf.get(self.start).copied();
            if let Some(slot) = self.buf.get_mut(self.start) {
                *slot = x;
            }
            self.start = self.wrap(self.start + 1);
            old
        } else {
            let at = self.wrap(self.start + self.len);
            if let Some(slot) = self.buf.get_mut(at) {
                *slot = x;
            }
            self.len += 1;
            None
        }
    }
    /// `i % cap` for `i < 2 * cap`, without a division that could panic
    /// (the compiler cannot see that `cap >= 1`).
    #[inline]
    fn wrap(&self, i: usize) -> usize {
        if i >= self.cap { i - self.cap } else { i }
    }
    fn contiguous(&mut self) -> &[Info] {
        if let Some(used) = self.buf.get_mut(..self.cap)
            && self.start <= used.len()
        {
            used.rotate_left(self.start);
        }
        self.start = 0;
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

struct Asm<
    't,
    'o,
    'a,
    const P: usize,
    const L: usize,
    const B: usize,
    const C: usize,
    const A: usize,
> {
    text: &'a str,
    out: &'o mut Article<'a, P, L, B, C, A>,
    prev_kept: bool,
    /// A list inside the body is open (see [`InBodyList`]).
    list: InBodyList,
    /// The previous body-zone segment was a bare related-link label.
    prev_label: bool,
    pending: Option<Info>,
    tail_seen: u32,
    /// A comment-section head was seen below the body: the prose that
    /// follows is comments.
    in_comments: bool,
    /// First body-zone segments, held until the header is decided.
    pre: heapless::Vec<Info, PRE>,
    header_done: bool,
    /// The page's first segment (title candidate in HTML text dumps).
    first: Option<Info>,
    _t: core::marker::PhantomData<&'t ()>,
}

/// Body-zone segments held back for the header decision (the title's words
/// come back in the lede).
const PRE: usize = 12;

/// Segments above the body window analysed in full in pass 2.
const FOCUS_ABOVE: u32 = 64;
/// Segments below the body window analysed in full in pass 2.
const FOCUS_BELOW: u32 = 16;

fn seg_span(it: &Info) -> Span32 {
    Span32 {
        start: it.seg.start,
        end: it.seg.end,
    }
}

/// Lines of a segment (several when it was hard-wrapped).
fn seg_lines(text: &str, it: &Info, out: &mut heapless::Vec<Span32, 64>) {
    out.clear();
    let s = it.seg.text(text);
    if !it.seg.wrapped {
        let _ = out.push(seg_span(it));
        return;
    }
    for l in split_ascii(s, b'\n') {
        let t = trim(l);
        if t.is_empty() {
            continue;
        }
        if let Some(sp) = span_in(text, t)
            && out.push(Span32::from_span(sp)).is_err()
        {
            // Join the rest into the last line rather than drop text.
            if let Some(last) = out.last_mut() {
                last.end = it.seg.end;
            }
            break;
        }
    }
}

/// `text[a..b]`, trimmed, as one boilerplate block of `kind` (page chrome
/// far from the article is not classified segment by segment).
fn far_block<const P: usize, const L: usize, const B: usize, const C: usize, const A: usize>(
    out: &mut Article<'_, P, L, B, C, A>,
    text: &str,
    a: usize,
    b: usize,
    kind: Kind,
) -> Result<(), Error> {
    let t = trim(text.get(a..b).unwrap_or(""));
    if t.is_empty() {
        return Ok(());
    }
    match span_in(text, t) {
        Some(sp) => out.push_boiler(kind, Span32::from_span(sp)),
        None => Ok(()),
    }
}

/// `for The Kyiv Independent.` → `The Kyiv Independent`.
fn bio_outlet(s: &str) -> Option<&str> {
    for key in [" for ", " at ", " with "] {
        let Some(i) = find_str(s, key) else { continue };
        let rest = s.get(i + key.len()..)?;
        let mut end = 0;
        let mut words = 0;
        for (j, w) in rest.split_inclusive(' ').scan(0usize, |pos, w| {
            let at = *pos;
            *pos += w.len();
            Some((at, w))
        }) {
            let core = w.trim_matches(|c: char| is_space(c) || matches!(c, '.' | ',' | ';'));
            let cap = core.chars().next().is_some_and(is_upper);
            if !(cap || (words > 0 && matches!(core, "of" | "the" | "and" | "de"))) {
                break;
            }
            words += 1;
            end = j + w.trim_end().len();
            if w.trim_end().ends_with(['.', ',', ';']) || words >= 6 {
                break;
            }
        }
        if words == 0 {
            continue;
        }
        let o = rest.get(..end)?.trim_end_matches(['.', ',', ';']);
        if !o.is_empty() {
            return Some(o);
        }
    }
    None
}

impl<'t, 'o, 'a, const P: usize, const L: usize, const B: usize, const C: usize, const A: usize>
    Asm<'t, 'o, 'a, P, L, B, C, A>
{
    fn boiler(&mut self, it: &Info, zone: Zone) -> Result<(), Error> {
        self.out.push_boiler(kind_of(it, zone), seg_span(it))
    }

    fn caption(&mut self, it: &Info) -> Result<(), Error> {
        self.out.push_caption(seg_span(it))
    }

    fn paragraph(&mut self, it: &Info) -> Result<(), Error> {
        let mut lines = heapless::Vec::<Span32, 64>::new();
        seg_lines(self.text, it, &mut lines);
        self.out.push_paragraph(&lines, it.seg.start as usize)
    }

    fn byline(&mut self, it: &Info) -> Result<bool, Error> {
        let s = it.seg.text(self.text);
        let plausible = header::byline_plausible(it, s);
        if !plausible {
            return Ok(false);
        }
        let parsed = grammar::byline::parse_byline(s)
            .or_else(|| {
                // `By Jonathan Garber FOXBusiness`: a byline with a trailing
                // word the grammar does not know (an outlet, a label).
                if !it.f.byline_like || it.f.words > 8 {
                    return None;
                }
                let cut = s.trim_end().rfind(super::text::is_space)?;
                grammar::byline::parse_byline(s.get(..cut)?)
            })
            .or_else(|| {
                // `11/19/2019 by Lars Brandle`: a byline after a date stamp.
                let i = find_str(s, " by ").or_else(|| find_str(s, " By "))?;
                let head = s.get(..i)?;
                if !head.chars().any(|c| c.is_ascii_digit()) || head.len() > 40 {
                    return None;
                }
                grammar::byline::parse_byline(s.get(i + 1..)?)
            });
        let Some(b) = parsed else {
            return Ok(false);
        };
        let mut any = false;
        for a in &b.authors {
            if let Some(sp) = span_in(self.text, a) {
                self.out.push_author(Span32::from_span(sp))?;
                any = true;
            }
        }
        if self.out.outlet.is_none()
            && let Some(o) = b
                .outlet
                .filter(|o| !grammar::is_desk(o))
                .and_then(|o| span_in(self.text, o))
        {
            self.out.outlet = Some(Span32::from_span(o));
        }
        Ok(any)
    }

    fn header(&mut self, items: &[Info]) -> Result<(), Error> {
        let text = self.text;
        let mut lede = heapless::Vec::<u32, 96>::new();
        for it in self.pre.iter().filter(|i| i.body_like()) {
            header::content_words(it.seg.text(text), &mut lede);
        }
        let mut roles = [Role::Other; MAX_HEADER];
        let picked = header::pick_title(items, self.first.as_ref(), text, &lede);
        if picked == Some(header::TitleAt::First) {
            self.out.title = self.first.as_ref().map(seg_span);
        }
        let title = match picked {
            Some(header::TitleAt::Ring(k)) => Some(k),
            _ => None,
        };
        if let Some(t) = title {
            if let Some(r) = roles.get_mut(t) {
                *r = Role::Title;
            }
            self.out.title = items.get(t).map(seg_span);
            if let Some(s) = header::pick_section(items, t) {
                if let Some(r) = roles.get_mut(s) {
                    *r = Role::Section;
                }
                self.out.section = items.get(s).map(seg_span);
            }
        }
        if let Some(s) = header::pick_subtitle(items, title, text) {
            if let Some(r) = roles.get_mut(s) {
                *r = Role::Subtitle;
            }
            self.out.subtitle = items.get(s).map(seg_span);
        }
        let after = title.map_or(0, |t| t + 1);
        for (k, it) in items.iter().enumerate().skip(after) {
            if header::is_caption(it)
                && roles.get(k) == Some(&Role::Other)
                && let Some(r) = roles.get_mut(k)
            {
                *r = Role::Caption;
            }
        }
        // Byline: after the title first, then above it (nearest first).
        let order_after = items.iter().skip(after);
        let order_before = items.iter().take(after.saturating_sub(1)).rev();
        for it in order_after.chain(order_before) {
            if it.f.words <= 16 && self.byline(it)? {
                break;
            }
        }
        if self.out.authors.is_empty() {
            self.name_byline(items, title)?;
        }
        // Date: nearest to the title after it, then above it.
        let after_fwd = items.iter().skip(after);
        let before_rev = items.iter().take(after.saturating_sub(1)).rev();
        for it in after_fwd.chain(before_rev) {
            // The grammar is only asked about lines that look dated.
            if it.f.words > 30 || header::is_caption(it) || !it.f.date_like {
                continue;
            }
            if let Some((dt, _)) = grammar::date::find_date(it.seg.text(text))
                && dt.iso().is_some()
            {
                self.out.published = Some(dt);
                break;
            }
        }
        for (k, it) in items.iter().enumerate() {
            match roles.get(k).copied().unwrap_or_default() {
                Role::Other => self.boiler(it, Zone::Header)?,
                Role::Caption => self.caption(it)?,
                _ => {}
            }
        }
        Ok(())
    }

    /// A bare name line next to the title or a dateline (`David Ehrlich`,
    /// `Natasha Turak @NatashaTurak`): the byline without "By".
    fn name_byline(&mut self, items: &[Info], title: Option<usize>) -> Result<(), Error> {
        let Some(t) = title else {
            return Ok(());
        };
        for (k, it) in items.iter().enumerate().skip(t + 1) {
            // `Helen Davidson in Taipei` above the dateline: anywhere below
            // the title (a live page puts its key events between them); a
            // bare name only within eight lines of it.
            let placed = header::placed_byline(it, self.text);
            if placed.is_none() && k > t + 8 {
                continue;
            }
            if let Some(names) = placed {
                if !header::next_to_date(items, k) {
                    continue;
                }
                for n in names.iter() {
                    if let Some(sp) = span_in(self.text, n) {
                        self.out.push_author(Span32::from_span(sp))?;
                    }
                }
                return Ok(());
            }
            let s = it.seg.text(self.text);
            // Drop a trailing `@handle …` (glued in some dumps).
            let name = match s.find('@') {
                Some(i) if i > 0 => trim(s.get(..i).unwrap_or(s)),
                _ => s,
            };
            // A label line before the name: `Author:` / `By`.
            let labelled = k > 0
                && items
                    .get(k - 1)
                    .is_some_and(|p| header::is_label(p.seg.text(self.text)));
            let named = if labelled {
                let f = &it.f;
                (1..=5).contains(&f.words) && !f.terminal && f.digit_words == 0
            } else if name.len() < s.len() {
                let f = super::features::features(name);
                (2..=4).contains(&f.words) && f.caps == f.words && f.stop == 0 && f.digit_words == 0
            } else {
                header::name_like(it, self.text)
            };
            if !named {
                continue;
            }
            // A job-title line below the name: `Transport correspondent, BBC Scotland`.
            let role = header::role_below(items, k, self.text);
            let near_anchor = header::next_to_date(items, k) || k == t + 1 || role.is_some();
            if (near_anchor || labelled || name.len() < s.len())
                && let Some(sp) = span_in(self.text, trim(name))
            {
                self.out.push_author(Span32::from_span(sp))?;
                if self.out.outlet.is_none()
                    && let Some((_, Some(o))) = role
                    && let Some(sp) = span_in(self.text, o)
                {
                    self.out.outlet = Some(Span32::from_span(sp));
                }
                return Ok(());
            }
        }
        Ok(())
    }

    fn sandwich_ok(it: &Info) -> bool {
        it.f.headline()
            && !it.f.caption
            && !it.f.credit
            && it.f.tokens >= 2
            && !super::score::teaser(&it.f)
            && !it.f.bullet
            && !it.c.captioned
            && !it.c.dup
            && !it.c.card
            && !it.f.byline_like
            && !it.f.date_like
            && it.anchor == Anchor::None
    }

    fn non_body(&mut self, it: &Info) -> Result<(), Error> {
        if self.out.authors.is_empty() && it.f.byline_like && it.f.words <= 16 && self.byline(it)? {
            return Ok(());
        }
        // A dateline between the header and the first paragraph.
        if self.out.published.is_none()
            && self.out.paragraph_count() == 0
            && it.f.date_like
            && it.f.words <= 30
            && let Some((dt, _)) = grammar::date::find_date(it.seg.text(self.text))
            && dt.iso().is_some()
        {
            self.out.published = Some(dt);
        }
        if header::is_caption(it) {
            self.caption(it)
        } else {
            self.boiler(it, Zone::Body)
        }
    }

    fn resolve_pending(&mut self, next_kept: bool) -> Result<(), Error> {
        if let Some(p) = self.pending.take() {
            if next_kept {
                self.paragraph(&p)?;
                self.prev_kept = true;
            } else {
                self.non_body(&p)?;
                self.prev_kept = false;
            }
        }
        Ok(())
    }

    fn body(&mut self, it: &Info) -> Result<(), Error> {
        let base = (it.body_like() && !labelled_headline(self.prev_label, &it.f))
            || (self.prev_kept && embed_attribution(it, self.text));
        let listed = !base && self.prev_kept && self.list.keeps(it, self.text);
        let kept = base || listed;
        self.list.update(it, self.text, kept, listed);
        self.prev_label = related_label(&it.f);
        self.resolve_pending(kept)?;
        if kept {
            self.paragraph(it)?;
            self.prev_kept = true;
        } else if self.prev_kept && Self::sandwich_ok(it) {
            self.pending = Some(*it);
        } else {
            self.non_body(it)?;
            // An advertisement or a `RELATED:` line inside the article
            // does not end it: a subheading after one is still sandwiched.
            self.prev_kept = self.prev_kept && inline_break(&it.f);
        }
        Ok(())
    }

    /// Decides the header (once), then replays the held body segments.
    fn flush_header(&mut self, ring: &mut HeaderRing) -> Result<(), Error> {
        if self.header_done {
            return Ok(());
        }
        self.header_done = true;
        let items = ring.contiguous();
        self.header(items)?;
        // One held segment at a time, not `mem::take` of the whole list: a
        // copy of it would be 1 KiB more stack on a microcontroller. `body`
        // never reads `pre` (the header is done, so nothing is held again).
        let mut k = 0;
        while let Some(it) = self.pre.get(k).copied() {
            k += 1;
            self.body(&it)?;
        }
        self.pre.clear();
        Ok(())
    }

    /// A body-zone segment: held until the header is decided.
    fn body_zone(&mut self, it: &Info, ring: &mut HeaderRing) -> Result<(), Error> {
        if self.header_done {
            return self.body(it);
        }
        let full = self.pre.push(*it).is_err();
        let ready = self.pre.iter().filter(|i| i.body_like()).count() >= 6;
        if full || ready {
            self.flush_header(ring)?;
            if full {
                self.body(it)?;
            }
        }
        Ok(())
    }

    fn end_body(&mut self) -> Result<(), Error> {
        self.resolve_pending(false)?;
        // A trailing outlet credit (`… isolation. /Telegraph/`) leaves the body.
        if let Some(l) = self.out.last_line() {
            let s = l.text(self.text);
            if let Some(o) = grammar::outlet::find_outlet(s)
                && o.position == grammar::outlet::Position::Trailing
                && o.span.start > 0
            {
                let cut = l.start + o.span.start as u32;
                let credit = Span32 {
                    start: cut,
                    end: l.end,
                };
                if let Some(sp) = span_in(self.text, o.outlet) {
                    self.out.outlet = Some(Span32::from_span(sp));
                }
                self.out.trim_last_line(cut);
                self.out
                    .push_boiler(crate::lexicon::boilerplate::Kind::Credit, credit)?;
            }
        }
        if self.out.outlet.is_none()
            && let Some(l) = self.out.first_line()
        {
            let s = l.text(self.text);
            let o = grammar::outlet::parse_dateline(s)
                .and_then(|d| d.outlet)
                .or_else(|| {
                    grammar::outlet::find_outlet(s)
                        .filter(|o| o.position == grammar::outlet::Position::Leading)
                        .map(|o| o.outlet)
                });
            if let Some(sp) = o.and_then(|o| span_in(self.text, o)) {
                self.out.outlet = Some(Span32::from_span(sp));
            }
        }
        Ok(())
    }

    fn tail(&mut self, it: &Info) -> Result<(), Error> {
        self.tail_seen += 1;
        if self.tail_seen <= 3 && self.out.authors.is_empty() && it.f.words <= 12 {
            let _ = self.byline(it)?;
        }
        if it.c.bio
            && self.out.outlet.is_none()
            && let Some(sp) = bio_outlet(it.seg.text(self.text)).and_then(|o| span_in(self.text, o))
        {
            self.out.outlet = Some(Span32::from_span(sp));
        }
        let kind = tail_kind(it, self.text, &mut self.in_comments);
        self.out.push_boiler(kind, seg_span(it))
    }
}

/// Where pass 2 gets its segments: pass 1's cache, or a pipeline that
/// re-reads the text from a snapshot. One lives on the stack per parse (the
/// size of the pipeline, as before the cache existed; no allocator to box
/// it with).
#[allow(clippy::large_enum_variant)]
enum Source<'c, 'a, 'r> {
    Cached(core::slice::Iter<'c, Info>),
    Pipeline(Pipeline<'a, 'r, 0>),
}

impl Iterator for Source<'_, '_, '_> {
    type Item = Info;
    #[inline]
    fn next(&mut self) -> Option<Info> {
        match self {
            Source::Cached(it) => it.next().copied(),
            Source::Pipeline(p) => p.next(),
        }
    }
}

/// Runs pass 2 over `text` with the body window `[first, last]` (segment
/// ordinals) and fills `out`.
#[inline(never)]
pub fn assemble<
    'a,
    const P: usize,
    const L: usize,
    const B: usize,
    const C: usize,
    const A: usize,
>(
    text: &'a str,
    cfg: &Config,
    pass1: &super::Pass1<'a>,
    out: &mut Article<'a, P, L, B, C, A>,
    cached: Option<&[Info]>,
) -> Result<(), Error> {
    let mut asm = Asm {
        text,
        out,
        prev_kept: false,
        list: InBodyList::default(),
        prev_label: false,
        pending: None,
        tail_seen: 0,
        in_comments: false,
        pre: heapless::Vec::new(),
        header_done: false,
        first: pass1.first,
        _t: core::marker::PhantomData,
    };
    let window = pass1.window;
    let (first, last) = window.unwrap_or((u32::MAX, u32::MAX));
    // Full features only around the body: the header window's reach above
    // it, a margin below it for bylines, biographies and related lists.
    let lo = first.saturating_sub(FOCUS_ABOVE);
    let hi = last.saturating_add(FOCUS_BELOW);
    let mut ring = HeaderRing::new(cfg.header_lookback);
    let mut in_body = false;
    let mut after = false;
    let Some(_) = window else {
        // No article: the page is one header block.
        let t = trim(text);
        if let Some(sp) = span_in(text, t).filter(|s| !s.is_empty()) {
            asm.out.push_boiler(Kind::Header, Span32::from_span(sp))?;
        }
        return Ok(());
    };
    // Resume near the body; everything above is one page-header block.
    let resume_at = pass1.resume.as_ref().map_or(0, |(at, _)| *at);
    let mut segs = context::ring();
    let source = match cached {
        Some(infos) => Source::Cached(infos.get(resume_at as usize..).unwrap_or(&[]).iter()),
        None => Source::Pipeline(match pass1.resume.clone() {
            Some((at, s)) => Pipeline::resume(text, cfg, s, at, pass1.line0, (lo, hi), &mut segs),
            None => Pipeline::fresh(text, cfg, (lo, hi), &mut segs),
        }),
    };
    let mut started = false;
    for it in source {
        if !started {
            started = true;
            far_block(asm.out, text, 0, it.seg.start as usize, Kind::Header)?;
        }
        if it.idx > hi {
            // Below the focus: the rest of the page is one footer block.
            if !after {
                after = true;
                asm.flush_header(&mut ring)?;
                asm.end_body()?;
            }
            far_block(
                asm.out,
                text,
                it.seg.start as usize,
                text.len(),
                Kind::Footer,
            )?;
            break;
        }
        if it.idx < lo {
            asm.out.push_boiler(Kind::Header, seg_span(&it))?;
            continue;
        }
        if it.idx < first {
            if header::filler(&it) {
                asm.boiler(&it, Zone::Header)?;
            } else if let Some(old) = ring.push(it) {
                asm.boiler(&old, Zone::Header)?;
            }
        } else if it.idx <= last {
            in_body = true;
            asm.body_zone(&it, &mut ring)?;
        } else {
            if !after {
                after = true;
                asm.flush_header(&mut ring)?;
                asm.end_body()?;
            }
            asm.tail(&it)?;
        }
    }
    if !in_body {
        for it in ring.contiguous() {
            asm.boiler(it, Zone::Header)?;
        }
    } else if !after {
        asm.flush_header(&mut ring)?;
        asm.end_body()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_by_is_the_substring_test() {
        for s in [
            "",
            "by",
            " by ",
            "x by y",
            "x By y",
            "x bye y",
            "xby y",
            "Story by  Ann",
            "a by",
            "by the way",
            "— by —",
            "x  By\ty",
        ] {
            assert_eq!(
                header::has_by(s),
                s.contains(" by ") || s.contains(" By "),
                "{s:?}"
            );
        }
    }

    #[test]
    fn outlet_from_bio() {
        assert_eq!(
            bio_outlet(
                "Dmytro Basmat is a senior news editor for The Kyiv Independent. He previously"
            ),
            Some("The Kyiv Independent")
        );
        assert_eq!(
            bio_outlet("She is a reporter at Reuters, covering energy."),
            Some("Reuters")
        );
        assert_eq!(bio_outlet("He writes about things for fun."), None);
    }
}
