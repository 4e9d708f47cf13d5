//! The header decision: title, section, subtitle, captions, byline and date
//! among the blocks above the body, with the article parser's choosers
//! ([`crate::article::header`]) and line grammars, as in
//! [`crate::article::assemble`].

use super::engine::{Engine, PRE, block_of};
use super::{Act, Event};
use crate::article::classify::{Zone, kind_of};
use crate::article::context::Info;
use crate::article::header::{self, MAX_HEADER, Role, TitleAt};
use crate::article::text::{find_str, is_space, trim};
use crate::grammar;

impl<const SEGS: usize> Engine<SEGS> {
    /// Decides the roles of the blocks above `body_first` and emits the
    /// annotations found there.
    pub(super) fn decide_header(&mut self, text: &str, sink: &mut dyn FnMut(Event<'_>)) {
        let lookback = self.cfg.article.header_lookback.clamp(1, MAX_HEADER);
        let mut ring: heapless::Vec<Info, MAX_HEADER> = heapless::Vec::new();
        let mut first = None;
        for k in 0..self.pend.len() {
            let Some(s) = self.pend.get(k).copied() else {
                break;
            };
            if s.info.idx >= self.body_first {
                break;
            }
            if s.act != Act::Open {
                continue;
            }
            if header::filler(&s.info) {
                self.set_act(s.info.idx, Act::Boiler(kind_of(&s.info, Zone::Header)));
                continue;
            }
            if ring.len() >= lookback && !ring.is_empty() {
                let old = ring.remove(0);
                self.set_act(old.idx, Act::Boiler(kind_of(&old, Zone::Header)));
            }
            let _ = ring.push(s.info);
        }
        // The page's first block competes as an HTML <title> when it is
        // still here but outside the window.
        if let Some(s) = self.pend.first()
            && s.info.idx == 0
            && ring.first().is_some_and(|r| r.idx > 0)
        {
            first = Some(s.info);
        }
        let mut lede = heapless::Vec::<u32, 96>::new();
        for s in self
            .pend
            .iter()
            .filter(|s| (self.body_first..=self.peak_idx()).contains(&s.info.idx))
            .take(PRE)
            .filter(|s| s.info.body_like())
        {
            header::content_words(s.info.seg.text(text), &mut lede);
        }
        let items = ring.as_slice();
        let mut roles = [Role::Other; MAX_HEADER];
        let picked = header::pick_title(items, first.as_ref(), text, &lede);
        if picked == Some(TitleAt::First) {
            self.set_act(0, Act::Title);
        }
        let title = match picked {
            Some(TitleAt::Ring(k)) => Some(k),
            _ => None,
        };
        if let Some(t) = title {
            set_role(&mut roles, t, Role::Title);
            if let Some(s) = header::pick_section(items, t) {
                set_role(&mut roles, s, Role::Section);
            }
        }
        if let Some(s) = header::pick_subtitle(items, title, text) {
            set_role(&mut roles, s, Role::Subtitle);
        }
        let after = title.map_or(0, |t| t + 1);
        for (k, it) in items.iter().enumerate().skip(after) {
            if header::is_caption(it) && roles.get(k) == Some(&Role::Other) {
                set_role(&mut roles, k, Role::Caption);
            }
        }
        // Byline: after the title first, then above it (nearest first).
        let order = items
            .iter()
            .skip(after)
            .chain(items.iter().take(after.saturating_sub(1)).rev());
        for it in order {
            let delta = self.slot(it.idx).map_or(0, |s| s.delta);
            if it.f.words <= 16 && self.byline(text, delta, it, sink) {
                break;
            }
        }
        if !self.authors {
            self.name_byline(text, items, title, sink);
        }
        // Date: nearest to the title after it, then above it.
        let order = items
            .iter()
            .skip(after)
            .chain(items.iter().take(after.saturating_sub(1)).rev());
        for it in order {
            if it.f.words > 30 || header::is_caption(it) || !it.f.date_like {
                continue;
            }
            if self.date(text, it, sink) {
                break;
            }
        }
        for (k, it) in items.iter().enumerate() {
            let act = match roles.get(k).copied().unwrap_or_default() {
                Role::Title => Act::Title,
                Role::Section => Act::Section,
                Role::Subtitle => Act::Subtitle,
                Role::Caption => Act::Caption,
                Role::Other => Act::Boiler(kind_of(it, Zone::Header)),
            };
            self.set_act(it.idx, act);
        }
    }

    /// Authors (and an outlet) from a byline block; `true` when it named
    /// at least one author.
    pub(super) fn byline(
        &mut self,
        text: &str,
        delta: usize,
        it: &Info,
        sink: &mut dyn FnMut(Event<'_>),
    ) -> bool {
        let s = it.seg.text(text);
        let plausible = header::byline_plausible(it, s);
        if !plausible {
            return false;
        }
        let parsed = grammar::byline::parse_byline(s)
            .or_else(|| {
                if !it.f.byline_like || it.f.words > 8 {
                    return None;
                }
                let cut = s.trim_end().rfind(is_space)?;
                grammar::byline::parse_byline(s.get(..cut)?)
            })
            .or_else(|| {
                let i = find_str(s, " by ").or_else(|| find_str(s, " By "))?;
                let head = s.get(..i)?;
                if !head.chars().any(|c| c.is_ascii_digit()) || head.len() > 40 {
                    return None;
                }
                grammar::byline::parse_byline(s.get(i + 1..)?)
            });
        let Some(b) = parsed else {
            return false;
        };
        let mut any = false;
        for a in &b.authors {
            if let Some(bl) = block_of(text, delta, a) {
                sink(Event::Author(bl));
                any = true;
            }
        }
        if !self.outlet
            && let Some(bl) = b.outlet.and_then(|o| block_of(text, delta, o))
        {
            self.outlet = true;
            sink(Event::Outlet(bl));
        }
        self.authors |= any;
        any
    }

    /// A bare name line next to the title or a dateline: the byline
    /// without "By".
    fn name_byline(
        &mut self,
        text: &str,
        items: &[Info],
        title: Option<usize>,
        sink: &mut dyn FnMut(Event<'_>),
    ) {
        let Some(t) = title else { return };
        for (k, it) in items.iter().enumerate().skip(t + 1).take(8) {
            // `Helen Davidson in Taipei` above the dateline.
            if let Some(names) = header::placed_byline(it, text) {
                if !header::next_to_date(items, k) {
                    continue;
                }
                let delta = self.slot(it.idx).map_or(0, |s| s.delta);
                for n in names.iter() {
                    if let Some(b) = block_of(text, delta, n) {
                        self.authors = true;
                        sink(Event::Author(b));
                    }
                }
                return;
            }
            let s = it.seg.text(text);
            let name = match s.find('@') {
                Some(i) if i > 0 => trim(s.get(..i).unwrap_or(s)),
                _ => s,
            };
            let labelled = k > 0
                && items
                    .get(k - 1)
                    .is_some_and(|p| header::is_label(p.seg.text(text)));
            let named = if labelled {
                let f = &it.f;
                (1..=5).contains(&f.words) && !f.terminal && f.digit_words == 0
            } else if name.len() < s.len() {
                let f = crate::article::features::features(name);
                (2..=4).contains(&f.words) && f.caps == f.words && f.stop == 0 && f.digit_words == 0
            } else {
                header::name_like(it, text)
            };
            if !named {
                continue;
            }
            // A job-title line below the name: `Transport correspondent, BBC Scotland`.
            let role = header::role_below(items, k, text);
            let near_anchor = header::next_to_date(items, k) || k == t + 1 || role.is_some();
            if near_anchor || labelled || name.len() < s.len() {
                let delta = self.slot(it.idx).map_or(0, |s| s.delta);
                if let Some(b) = block_of(text, delta, trim(name)) {
                    self.authors = true;
                    sink(Event::Author(b));
                    if !self.outlet
                        && let Some((_, Some(o))) = role
                        && let Some(ob) = items.get(k + 1).and_then(|r| {
                            block_of(text, self.slot(r.idx).map_or(0, |s| s.delta), o)
                        })
                    {
                        self.outlet = true;
                        sink(Event::Outlet(ob));
                    }
                    return;
                }
            }
        }
    }
}

fn set_role(roles: &mut [Role; MAX_HEADER], k: usize, r: Role) {
    if let Some(x) = roles.get_mut(k) {
        *x = r;
    }
}
